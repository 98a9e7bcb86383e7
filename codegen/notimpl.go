package codegen

import (
	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// binopNotImpl emits l op r through special method m, which may return
// NotImplemented (check/notimpl.go): the operands are evaluated once, left
// first, m is called (on r with l for a reflected method), and
// py.BinopResult raises CPython's TypeError when m returned NotImplemented.
func (g *gen) binopNotImpl(op string, m *check.Method, l Code, lt check.Type, r Code, rt check.Type, reflected bool) *Statement {
	var call *Statement
	if reflected {
		call = Id("_r").Dot(g.methodSlot(m)).Call(g.convert(Id("_l"), lt, m.Sig.Params[0].Type))
	} else {
		call = Id("_l").Dot(g.methodSlot(m)).Call(g.convert(Id("_r"), rt, m.Sig.Params[0].Type))
	}
	return Func().Params().Add(g.goType(m.Sig.Ret)).Block(
		Id("_l").Op(":=").Add(l),
		Id("_r").Op(":=").Add(r),
		Return(py("BinopResult").Call(call, Lit(op), g.convert(Id("_l"), lt, check.Object), g.convert(Id("_r"), rt, check.Object))),
	).Call()
}

// sumRadd emits sum(xs) of instances of a class with __radd__ and __add__
// (check.SumRadd): the int 0 for no elements, else x0.__radd__(0) + x1 +
// ..., each step raising CPython's TypeError where the method returns
// NotImplemented. nil for other sums.
func (g *gen) sumRadd(x *ast.Call, t check.Type) *Statement {
	et := g.elemOf(x.Args[0])
	radd := check.SumRadd(et)
	if radd == nil {
		return nil
	}
	add := check.SumAdd(et, et)
	zero := g.convert(Lit(0), check.Int, radd.Sig.Params[0].Type)
	first := Id("_v").Dot(g.methodSlot(radd)).Call(zero)
	if radd.NotImpl {
		first = py("BinopResult").Call(first, Lit("+"), Int64().Call(Lit(0)), Id("_v"))
	}
	step := Id("_acc").Dot(g.methodSlot(add)).Call(g.convert(Id("_v"), et, add.Sig.Params[0].Type))
	if add.NotImpl {
		step = py("BinopResult").Call(step, Lit("+"), Id("_acc"), Id("_v"))
	}
	return Func().Params().Add(g.goType(t)).Block(
		Id("_it").Op(":=").Add(g.iterOf(x.Args[0])),
		List(Id("_v"), Id("_ok")).Op(":=").Id("_it").Dot("Next").Call(),
		If(Op("!").Id("_ok")).Block(Return(g.convert(Int64().Call(Lit(0)), check.Int, t))),
		Id("_acc").Op(":=").Add(first),
		For(List(Id("_v"), Id("_ok")).Op("=").Id("_it").Dot("Next").Call(), Id("_ok"), List(Id("_v"), Id("_ok")).Op("=").Id("_it").Dot("Next").Call()).Block(
			Id("_acc").Op("=").Add(step),
		),
		Return(g.convert(Id("_acc"), et, t)),
	).Call()
}
