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
			call := g.expr(a).Dot(g.methodSlot(m)).Call()
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
	if len(x.Args) == 1 {
		return g.sumRadd(x, t) // notimpl.go
	}
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
		step = Id("_acc").Dot(g.methodSlot(m)).Call(g.convert(Id("_v"), et, m.Sig.Params[0].Type))
		if m.NotImpl {
			step = py("BinopResult").Call(step, Lit("+"), Id("_acc"), Id("_v")) // notimpl.go
		}
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

// gatherMixedList builds the awaitables of a gather() mixing starred and
// other arguments (check.GatherMixed), in argument order: a
// []rt.Awaitable[et], or with et nil a []rt.AnyAwaitable of erased ones.
func (g *gen) gatherMixedList(x *ast.Call, et check.Type) Code {
	var elem Code = rt("AnyAwaitable")
	if et != nil {
		elem = rt("Awaitable").Types(g.goType(et))
	}
	wrap := func(v Code, t check.Type) Code {
		if et != nil {
			return v
		}
		res, _ := check.AwaitResult(t)
		return rt("Erase").Types(g.goType(res)).Call(v)
	}
	body := []Code{Var().Id("_l").Index().Add(elem)}
	for _, a := range x.Args {
		if s, ok := a.(*ast.Starred); ok {
			st := g.elemType(g.typeOf(s.Value))
			body = append(body, For(List(Id("_"), Id("_x")).Op(":=").Range().Add(headExpr(g.sliceOf(s.Value)))).Block(
				Id("_l").Op("=").Append(Id("_l"), wrap(Id("_x"), st)),
			))
			continue
		}
		body = append(body, Id("_l").Op("=").Append(Id("_l"), wrap(g.expr(a), g.typeOf(a))))
	}
	body = append(body, Return(Id("_l")))
	return Func().Params().Index().Add(elem).Block(body...).Call()
}

// gatherMixedSame reports whether every argument of a mixed gather()
// yields exactly et (else the results are erased to object).
func (g *gen) gatherMixedSame(x *ast.Call, et check.Type) bool {
	for _, a := range x.Args {
		t := g.typeOf(a)
		if s, ok := a.(*ast.Starred); ok {
			t = g.elemType(g.typeOf(s.Value))
		}
		if r, _ := check.AwaitResult(t); !check.Identical(r, et) {
			return false
		}
	}
	return true
}
