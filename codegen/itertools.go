package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// lowerItertools lowers a call of an itertools function (check's
// itertools.go) to its runtime function (py/itertools.go).
func lowerItertools(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	name := e.Short()
	switch name {
	case "chain":
		var its []Code
		for _, a := range x.Args {
			its = append(its, g.iterOf(a))
		}
		return sym(e.Go).Call(its...)
	case "product":
		var pools []Code
		for _, a := range x.Args {
			pools = append(pools, g.sliceOf(a))
		}
		if len(x.Args) == 1 {
			var rep Code = Lit(int64(1))
			if k := g.kw(x, "repeat"); k != nil {
				rep = g.exprTo(k, check.Int)
			}
			return sym(e.Go).Call(pools[0], rep)
		}
		if len(x.Args) == 2 {
			return py("Product2").Call(pools...)
		}
		return py("Product3").Call(pools...)
	}
	args, _ := check.BindEntry(e, x)
	arg := func(i int) ast.Expr {
		if i < len(args) {
			if _, none := args[i].(*ast.NoneLit); !none {
				return args[i]
			}
		}
		return nil
	}
	given := func(i int) bool { return i < len(args) && args[i] != nil }
	intOr := func(i int, def int64) Code {
		if a := arg(i); a != nil {
			return g.exprTo(a, check.Int)
		}
		return Lit(def)
	}
	switch name {
	case "count":
		return sym(e.Go).Call(intOr(0, 0), intOr(1, 1))
	case "repeat":
		return sym(e.Go).Call(g.expr(args[0]), intOr(1, 0), Lit(arg(1) == nil))
	case "from_iterable":
		inner := g.elemOf(args[0])
		return sym(e.Go).Call(py("MapIter").Call(Func().Params(Id("_it").Add(g.goType(inner))).Add(g.goType(&check.Iterator{Elem: g.elemType(inner)})).Block(
			Return(g.iterOfVal(Id("_it"), inner))), g.iterOf(args[0])))
	case "cycle", "pairwise":
		return sym(e.Go).Call(g.iterOf(args[0]))
	case "permutations":
		return sym(e.Go).Call(g.sliceOf(args[0]), intOr(1, 0), Lit(arg(1) == nil))
	case "combinations", "combinations_with_replacement":
		return sym(e.Go).Call(g.sliceOf(args[0]), g.exprTo(args[1], check.Int))
	case "islice":
		if !given(2) {
			// islice(it, stop)
			return sym(e.Go).Call(g.iterOf(args[0]), Lit(int64(0)), intOr(1, 0), Lit(int64(1)), Lit(arg(1) == nil))
		}
		return sym(e.Go).Call(g.iterOf(args[0]), intOr(1, 0), intOr(2, 0), intOr(3, 1), Lit(arg(2) == nil))
	case "accumulate":
		et := g.elemOf(args[0])
		var f Code
		if a := arg(1); a != nil {
			f = g.exprTo(a, check.AccumulateFunc(et))
		} else {
			f = Func().Params(Id("a"), Id("b").Add(g.goType(et))).Add(g.goType(et)).Block(
				Return(g.binop("+", Id("a"), et, Id("b"), et)))
		}
		var init Code = g.zero(et)
		if a := arg(2); a != nil {
			init = g.exprTo(a, et)
		}
		return sym(e.Go).Call(g.iterOf(args[0]), f, init, Lit(arg(2) != nil))
	case "groupby":
		et := g.elemOf(args[0])
		kt := et
		var key Code = py("Identity").Types(g.goType(et))
		if a := arg(1); a != nil {
			kf, kv := g.callTarget(a)
			kt = kf.Ret
			key = Func().Params(Id("_key").Add(g.goType(kf))).Func().Params(g.goType(et)).Add(g.goType(kt)).Block(
				Return(Func().Params(Id("a").Add(g.goType(et))).Add(g.goType(kt)).Block(Return(Id("_key").Call(Id("a"))))),
			).Call(kv)
		}
		eq := Func().Params(Id("a"), Id("b").Add(g.goType(kt))).Bool().Block(
			Return(g.cmp1("==", Id("a"), kt, Id("b"), kt, nil)))
		return sym(e.Go).Call(g.iterOf(args[0]), key, eq)
	}
	panic("codegen: unsupported itertools function " + name)
}

// lowerReduce lowers functools.reduce(function, iterable[, initial]).
func lowerReduce(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, rt check.Type) *Statement {
	et := g.elemOf(x.Args[1])
	acc := g.typeOf(x)
	init, has := g.zero(acc), false
	if len(x.Args) == 3 {
		init, has = g.exprTo(x.Args[2], acc), true
	}
	var conv Code = Nil() // the first item starts the accumulator only without initial
	if !has {
		conv = Func().Params(Id("_v").Add(g.goType(et))).Add(g.goType(acc)).Block(Return(g.convert(Id("_v"), et, acc)))
	}
	return sym(e.Go).Call(g.exprTo(x.Args[0], check.ReduceFunc(acc, et)), g.iterOf(x.Args[1]), init, Lit(has), conv)
}
