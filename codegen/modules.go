package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// builtinExtra emits the random module and asyncio.wait / as_completed.
func (g *gen) builtinExtra(x *ast.Call, name string) (*Statement, bool) {
	return g.builtinExtraOn(x, name, py("DefaultRandom"))
}

// builtinExtraOn is builtinExtra with the random functions drawing from
// r (a random.Random instance's methods).
func (g *gen) builtinExtraOn(x *ast.Call, name string, r *Statement) (*Statement, bool) {
	arg := func(i int, t check.Type) Code { return g.exprTo(x.Args[i], t) }
	switch name {
	case "bin", "hex", "oct":
		spec := map[string]string{"bin": "#b", "hex": "#x", "oct": "#o"}[name]
		if check.IndexDunder(g.typeOf(x.Args[0])) != nil { // bin(obj): its __index__
			return py("Format").Call(g.exprTo(x.Args[0], check.Int), Lit(spec)), true
		}
		return py("Format").Call(g.exprAny(x.Args[0]), Lit(spec)), true
	case "map":
		ft, fv := g.callTarget(x.Args[0])
		if ft == nil {
			return nil, false
		}
		et := g.elemOf(x.Args[1])
		if void := voidRet(ft); void || len(ft.Params) == 1 && et != nil && !check.Identical(et, ft.Params[0].Type) {
			// The function's parameter has another representation than
			// the elements (a float parameter that ints reach): convert.
			// A function returning None (list(map(print, xs))) is a Go
			// function without a result: each call gives None.
			var arg Code = Id("_v")
			if len(ft.Params) == 1 && et != nil {
				arg = g.convert(Id("_v"), et, ft.Params[0].Type)
			} else {
				et = ft.Params[0].Type
			}
			ret := ft.Ret
			body := []Code{Return(Id("_mf").Call(arg))}
			if void {
				ret = check.None
				body = []Code{Id("_mf").Call(arg), Return(py("None"))}
			}
			rt := g.goType(ret)
			conv := Func().Params(Id("_v").Add(g.goType(et))).Add(rt).Block(body...)
			return Func().Params(Id("_mf").Add(g.goType(ft))).Add(py("Iter").Types(rt)).Block(
				Return(py("MapIter").Call(conv, g.iterOf(x.Args[1]))),
			).Call(fv), true
		}
		return py("MapIter").Call(fv, g.iterOf(x.Args[1])), true
	case "filter":
		et := g.elemOf(x.Args[1])
		if _, isNone := x.Args[0].(*ast.NoneLit); isNone {
			return py("FilterIter").Call(Func().Params(Id("v").Add(g.goType(et))).Bool().Block(Return(g.truthOf(Id("v"), et))), g.iterOf(x.Args[1])), true
		}
		ft, fv := g.callTarget(x.Args[0])
		var arg Code = Id("_v")
		if len(ft.Params) == 1 {
			arg = g.convert(Id("_v"), et, ft.Params[0].Type)
		}
		return py("FilterIter").Call(Func().Params(Id("_v").Add(g.goType(et))).Bool().Block(
			Return(g.truthOf(Add(fv).Call(arg), ft.Ret))), g.iterOf(x.Args[1])), true
	case "divmod":
		if m := check.Dunder(g.typeOf(x.Args[0]), "__divmod__"); m != nil {
			return g.expr(x.Args[0]).Dot(g.methodSlot(m)).Call(g.exprTo(x.Args[1], m.Sig.Params[0].Type)), true
		}
		if et := g.typeOf(x).(*check.Tuple).Elems[0]; et == check.Int {
			return py("DivModInt").Call(arg(0, check.Int), arg(1, check.Int)), true
		} else if check.NumUnion(et) {
			return py("NumDivMod").Call(arg(0, et), arg(1, et)), true // floatpos.go
		}
		return py("DivModFloat").Call(arg(0, check.Float), arg(1, check.Float)), true
	case "contextlib.ExitStack", "contextlib.AsyncExitStack", "contextlib.nullcontext", "asyncio.Runner":
		return g.exitStackCall(x, name) // exitstack.go
	case "contextlib.suppress":
		var classes []Code
		for _, a := range x.Args {
			classes = append(classes, g.expr(a))
		}
		return py("NewSuppress").Call(classes...), true
	case "random.Random":
		if len(x.Args) == 0 {
			return py("NewRandomUnseeded").Call(), true
		}
		if s := g.seedBytes(x.Args[0]); s != nil {
			return py("NewRandomBytes").Call(s), true
		}
		return py("NewRandom").Call(arg(0, check.Int)), true
	case "random.seed":
		if s := g.seedBytes(x.Args[0]); s != nil {
			return r.Dot("SeedBytes").Call(s), true
		}
		return r.Dot("Seed").Call(arg(0, check.Int)), true
	case "random.random":
		return r.Dot("Random").Call(), true
	case "random.getrandbits":
		return r.Dot("GetRandBits").Call(arg(0, check.Int)), true
	case "random.randbytes":
		return r.Dot("RandBytes").Call(arg(0, check.Int)), true
	case "random.randint":
		return r.Dot("RandInt").Call(arg(0, check.Int), arg(1, check.Int)), true
	case "random.randrange":
		switch len(x.Args) {
		case 1:
			return r.Dot("RandRangeStop").Call(arg(0, check.Int)), true
		case 2:
			return r.Dot("RandRange").Call(arg(0, check.Int), arg(1, check.Int), Lit(1)), true
		}
		return r.Dot("RandRange").Call(arg(0, check.Int), arg(1, check.Int), arg(2, check.Int)), true
	case "random.uniform":
		return r.Dot("Uniform").Call(arg(0, check.Float), arg(1, check.Float)), true
	case "random.choice":
		seq := x.Args[0]
		switch t := g.typeOf(seq).(type) {
		case *check.List:
			return Func().Params(Id("_s").Add(g.goType(t))).Add(g.goType(t.Elem)).Block(
				Return(Id("_s").Dot("V").Index(r.Clone().Dot("Choice").Call(Id("_s").Dot("Len").Call()))),
			).Call(g.expr(seq)), true
		}
		return Func().Params(Id("_s").Index().Add(g.goType(g.elemOf(seq)))).Add(g.goType(g.elemOf(seq))).Block(
			Return(Id("_s").Index(r.Clone().Dot("Choice").Call(Int64().Call(Len(Id("_s")))))),
		).Call(g.sliceOf(seq)), true
	case "random.choices":
		return g.randomChoices(x, r), true
	case "random.expovariate", "random.gauss", "random.normalvariate", "random.triangular",
		"random.lognormvariate", "random.gammavariate", "random.betavariate", "random.paretovariate", "random.weibullvariate":
		return g.randomDist(x, name, r), true
	case "random.shuffle":
		return py("Shuffle").Call(r, g.expr(x.Args[0]).Dot("V")), true
	case "random.sample":
		var k Code
		if len(x.Args) > 1 {
			k = arg(1, check.Int)
		} else {
			k = g.exprTo(g.kw(x, "k"), check.Int)
		}
		return py("Sample").Call(r, g.sliceOf(x.Args[0]), k), true
	case "asyncio.wait":
		timeout := g.timeoutArg(g.kw(x, "timeout"))
		var when Code = rt("AllCompleted")
		if w := g.kw(x, "return_when"); w != nil {
			when = g.expr(w)
		}
		et := g.elemOf(x.Args[0])
		if _, ok := et.(*check.Coroutine); ok {
			// Coroutines are refused by CPython 3.11's wait (TypeError),
			// after its checks of return_when and of an empty collection.
			ft := g.typeOf(x).(*check.Coroutine).Result.(*check.Tuple).Elems[0].(*check.Set).Elem
			return rt("WaitCoroutines").Types(g.goType(ft), g.goType(et)).Call(g.sliceOf(x.Args[0]), timeout, when), true
		}
		if co, ok := g.typeOf(x).(*check.Coroutine); ok {
			if tu, ok := co.Result.(*check.Tuple); ok && len(tu.Elems) == 2 {
				if s, ok := tu.Elems[0].(*check.Set); ok {
					et = s.Elem // tasks seen as futures (check.waitViewable)
				}
			}
		}
		if _, ok := et.(*check.Union); ok { // check.BoxedUnionAwait
			return rt("WaitAny").Call(g.sliceOf(x.Args[0]), timeout, when), true
		}
		return rt("Wait").Types(g.goType(et)).Call(g.sliceOfTo(x.Args[0], et), timeout, when), true
	case "asyncio.as_completed":
		timeout := g.timeoutArg(g.kw(x, "timeout"))
		et := g.elemOf(x.Args[0])
		if _, ok := et.(*check.Union); ok { // check.BoxedUnionAwait
			return rt("AsCompletedAny").Call(g.sliceOf(x.Args[0]), timeout), true
		}
		res, _ := check.AwaitResult(et)
		fs := g.sliceOf(x.Args[0])
		ftGo := g.goType(et)
		if _, ok := et.(*check.Coroutine); ok {
			// Coroutines become tasks first (ensure_future): CoroTasks makes
			// *rt.Task[res] whatever Go type a task of res has elsewhere (an
			// object result's is the erased *rt.TaskCore).
			ftGo = Op("*").Add(rt("Task").Types(g.goType(res)))
			fs = rt("CoroTasks").Types(g.goType(res), g.goType(et)).Call(fs) // a repeated coroutine is one task
		}
		return rt("AsCompleted").Types(g.goType(res), ftGo).Call(fs, timeout), true
	}
	return nil, false
}

// randomChoices emits random.choices(population, weights, *, cum_weights, k):
// py.Choices without weights, else py.ChoicesCum over the accumulated
// weights as floats.
func (g *gen) randomChoices(x *ast.Call, r *Statement) *Statement {
	var k Code = Lit(1)
	if e := g.kw(x, "k"); e != nil {
		k = g.exprTo(e, check.Int)
	}
	pop := g.sliceOf(x.Args[0])
	var w ast.Expr
	cumulative := false
	if len(x.Args) > 1 {
		w = x.Args[1]
	}
	if e := g.kw(x, "weights"); e != nil {
		w = e
	}
	if _, none := w.(*ast.NoneLit); none {
		w = nil
	}
	if e := g.kw(x, "cum_weights"); e != nil {
		if _, none := e.(*ast.NoneLit); !none {
			w, cumulative = e, true
		}
	}
	if w == nil {
		kind := "list"
		switch t := g.typeOf(x.Args[0]); t {
		case check.Str:
			kind = "string"
		case check.Bytes:
			kind = ""
		case check.RangeType:
			kind = "range object"
		default:
			if _, ok := t.(*check.Tuple); ok {
				kind = "tuple"
			}
		}
		return py("Choices").Call(r, pop, k, Lit(kind))
	}
	acc := "AccumulateFloats"
	if g.elemOf(w) == check.Int {
		acc = "AccumulateInts"
	}
	return py("ChoicesCum").Call(r, pop, py(acc).Call(g.sliceOf(w), Lit(cumulative)), k)
}

// randomDist emits the continuous distributions (arguments positional or
// by keyword, defaults as in Lib/random.py).
func (g *gen) randomDist(x *ast.Call, name string, r *Statement) *Statement {
	params := check.RandomParams[name]
	defaults := map[string]float64{"mu": 0, "sigma": 1, "low": 0, "high": 1}
	arg := func(i int) ast.Expr {
		if i < len(x.Args) {
			return x.Args[i]
		}
		return g.kw(x, params[i])
	}
	float := func(i int) Code {
		if e := arg(i); e != nil {
			return g.exprTo(e, check.Float)
		}
		return Lit(defaults[params[i]])
	}
	switch name {
	case "random.expovariate":
		return r.Dot("Expovariate").Call(float(0))
	case "random.gauss":
		return r.Dot("Gauss").Call(float(0), float(1))
	case "random.normalvariate":
		return r.Dot("NormalVariate").Call(float(0), float(1))
	case "random.lognormvariate":
		return r.Dot("LogNormVariate").Call(float(0), float(1))
	case "random.gammavariate":
		return r.Dot("GammaVariate").Call(float(0), float(1))
	case "random.betavariate":
		return r.Dot("BetaVariate").Call(float(0), float(1))
	case "random.paretovariate":
		return r.Dot("ParetoVariate").Call(float(0))
	case "random.weibullvariate":
		return r.Dot("WeibullVariate").Call(float(0), float(1))
	}
	mode := arg(2)
	if mode == nil || g.typeOf(mode) == check.None {
		return r.Dot("Triangular").Call(float(0), float(1), Lit(0.0), False())
	}
	return r.Dot("Triangular").Call(float(0), float(1), g.exprTo(mode, check.Float), True())
}

// seedBytes is the bytes a str, bytes or bytearray seed of random.seed or
// random.Random stands for (its UTF-8 encoding for a str), or nil for an
// int seed.
func (g *gen) seedBytes(a ast.Expr) Code {
	switch t := g.typeOf(a); {
	case t == check.Str, t == check.Bytes:
		return Index().Byte().Parens(g.expr(a))
	case check.IsByteArray(t):
		return Index().Byte().Parens(py("ByteArrayBytes").Call(g.expr(a)))
	}
	return nil
}

// voidRet reports a function returning None: its Go function has no result.
func voidRet(ft *check.Func) bool { return ft.Ret == check.None || ft.Ret == nil }
