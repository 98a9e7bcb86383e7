package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// convertOther emits int(a)/float(a) of a union of scalars (a run-time
// switch, py.IntOfAny/FloatOfAny) or of an instance of a class defining
// __int__, __float__ or __index__ (check.convertOther); nil otherwise.
func (g *gen) convertOther(t, at check.Type, a ast.Expr) *Statement {
	if t != check.Int && t != check.Float {
		return nil
	}
	if check.ScalarUnion(at) {
		if t == check.Int {
			return py("IntOfAny").Call(g.expr(a))
		}
		return py("FloatOfAny").Call(g.expr(a))
	}
	if cls, ok := at.(*check.Class); ok && !cls.Builtin {
		if m := check.ConvDunder(t, cls); m != nil {
			call := g.expr(a).Dot(methodGoName(m.Name)).Call()
			if t == check.Float && m.Sig.Ret == check.Int {
				return Float64().Call(call)
			}
			return call
		}
	}
	return nil
}

// sumOther emits sum(xs, start) of lists (each step a new concatenated
// list, as list.__add__ makes) and of instances of a class with __add__
// (check.sumOther); nil for other sums.
func (g *gen) sumOther(x *ast.Call, t check.Type) *Statement {
	if len(x.Args) != 2 {
		return nil
	}
	et := g.elemOf(x.Args[0])
	var step Code
	switch tt := t.(type) {
	case *check.List:
		if _, ok := et.(*check.List); !ok {
			return nil
		}
		step = g.binop("+", Id("_acc"), tt, g.convert(Id("_v"), et, tt), tt)
	case *check.Class:
		m := check.SumAdd(et, t)
		if m == nil {
			return nil
		}
		step = Id("_acc").Dot(methodGoName(m.Name)).Call(g.convert(Id("_v"), et, m.Sig.Params[0].Type))
	default:
		return nil
	}
	return Func().Params().Add(g.goType(t)).Block(
		Id("_it").Op(":=").Add(g.iterOf(x.Args[0])),
		Id("_acc").Op(":=").Add(g.exprTo(x.Args[1], t)),
		For(List(Id("_v"), Id("_ok")).Op(":=").Id("_it").Dot("Next").Call(), Id("_ok"), List(Id("_v"), Id("_ok")).Op("=").Id("_it").Dot("Next").Call()).Block(
			Id("_acc").Op("=").Add(step),
		),
		Return(Id("_acc")),
	).Call()
}
