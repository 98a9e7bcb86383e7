package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// Lowering hooks of the rows check/surface_more.go types, and of the tuple
// methods (a fixed tuple's elements become a slice first).

func init() {
	lowerHooks["dict.fromkeys"] = func(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
		dt := g.typeOf(x).(*check.Dict)
		if len(x.Args) == 1 { // the values are None (an Optional's zero)
			return sym(e.Go).Call(g.sliceOfTo(x.Args[0], dt.Key), g.zero(dt.Val))
		}
		return sym(e.Go).Call(g.sliceOfTo(x.Args[0], dt.Key), g.exprTo(x.Args[1], dt.Val))
	}
	tupleMethod := func(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rt check.Type) *Statement {
		t := rt.(*check.Tuple)
		return sym(e.Go).Types(g.goType(check.TupleElem(t))).Call(g.tupleSlice(r, t), g.exprTo(x.Args[0], check.TupleElem(t)))
	}
	lowerHooks["tuple.count"] = tupleMethod
	lowerHooks["tuple.index"] = tupleMethod
}

// sliceOfTo is sliceOf(e) for elements of type et (a list of ints where
// floats are expected converts them).
func (g *gen) sliceOfTo(e ast.Expr, et check.Type) Code {
	if from := g.elemOf(e); from != nil && !check.Identical(from, et) {
		return py("ConvertSlice").Call(g.sliceOf(e), Func().Params(Id("_v").Add(g.goType(from))).Add(g.goType(et)).Block(Return(g.convert(Id("_v"), from, et))))
	}
	return g.sliceOf(e)
}
