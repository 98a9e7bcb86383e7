package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// This file lowers the constructors of the collections module's classes
// and the Counter methods that take either an iterable or a mapping
// (check/collections.go types them).

func init() {
	lowerHooks["collections.deque"] = lowerDeque
	lowerHooks["collections.Counter"] = lowerCounter
	lowerHooks["collections.defaultdict"] = lowerDefaultDict
	lowerHooks["collections.OrderedDict"] = lowerOrderedDict
	lowerHooks["Counter.update"] = lowerCounterUpdate
	lowerHooks["Counter.subtract"] = lowerCounterUpdate
}

func lowerDeque(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	lt := g.typeOf(x).(*check.List)
	args, _ := check.BindEntry(e, x)
	var xs Code = Nil()
	if args[0] != nil {
		xs = g.sliceOf(args[0])
	}
	var maxlen Code = py("Opt").Types(Int64()).Values()
	if args[1] != nil {
		maxlen = g.exprTo(args[1], &check.Optional{Elem: check.Int})
	}
	return sym(e.Go).Types(g.goType(lt.Elem)).Call(xs, maxlen)
}

func lowerCounter(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	dt := g.typeOf(x).(*check.Dict)
	var xs Code = Nil()
	if len(x.Args) > 0 {
		if _, ok := g.typeOf(x.Args[0]).(*check.Dict); ok { // the counts of a mapping
			return Func().Params().Add(g.goType(dt)).Block(
				Id("_c").Op(":=").Add(sym(e.Go).Types(g.goType(dt.Key)).Call(Nil())),
				sym(e.Also[0]).Call(Id("_c"), g.expr(x.Args[0])),
				Return(Id("_c")),
			).Call()
		}
		xs = g.sliceOf(x.Args[0])
	}
	return sym(e.Go).Types(g.goType(dt.Key)).Call(xs)
}

func lowerDefaultDict(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	dt := g.typeOf(x).(*check.Dict)
	f := x.Args[0]
	call := g.info.Factories[f]
	factory := Func().Params().Add(g.goType(dt.Val)).Block(Return(g.exprTo(call, dt.Val)))
	return sym(e.Go).Types(g.goType(dt.Key), g.goType(dt.Val)).Call(factory, Lit(factoryRepr(f, g.typeOf(f))))
}

// factoryRepr is the repr CPython prints for a default factory.
func factoryRepr(f ast.Expr, t check.Type) string {
	switch x := f.(type) {
	case *ast.Name:
		switch tt := t.(type) {
		case *check.TypeName:
			return "<class '" + x.ID + "'>"
		case *check.ClassRef:
			return "<class '__main__." + tt.Class.Qual() + "'>"
		}
		return "<function " + x.ID + ">"
	case *ast.Lambda:
		return "<function <lambda>>"
	}
	return "<function>"
}

func lowerOrderedDict(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	dt := g.typeOf(x).(*check.Dict)
	return sym(e.Go).Types(g.goType(dt.Key), g.goType(dt.Val)).Call()
}

func lowerCounterUpdate(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, _ check.Type) *Statement {
	a := x.Args[0]
	if _, ok := g.typeOf(a).(*check.Dict); ok {
		return sym(e.Also[0]).Call(r, g.expr(a))
	}
	return sym(e.Go).Call(r, g.sliceOf(a))
}
