package codegen

// Code generation for generators and async generators.
//
// A generator function becomes a frame struct like a coroutine's, plus
// the value slots of the generator protocol, and a constructor that only
// builds the frame and wraps it in a runtime generator object:
//
//	def countdown(n: int) -> Iterator[int]:      type gen_countdown struct {
//	    while n > 0:                                 _state  int
//	        yield n                                  _sent   py.NoneType
//	        n -= 1                                   _thrown py.Exception
//	                                                 _y      int64
//	                                                 n       int64
//	                                             }
//	                                             func countdown(n int64) py.Iter[int64] {
//	                                                 return py.NewGen[int64, py.NoneType, py.NoneType](&gen_countdown{n: n})
//	                                             }
//
// Step runs the body from the saved state to the next yield, which
// stores the value, records the resume point and returns:
//
//	_f._y = _f.n
//	_f._state = 1
//	return true
//	_b3:                          // resume point 1 (the dispatch switch jumps here)
//	if _f._thrown != nil {        // throw() / close(): raise at the yield
//		_e := _f._thrown
//		_f._thrown = nil
//		panic(_e)
//	}
//
// so try/except/finally around a yield see thrown exceptions through the
// frame's ordinary handler machinery. An async generator frame has the
// same shape with Step(*rt.TaskCore): it suspends at awaits (returning
// false) and at yields (returning true with _state >= 0); the runtime's
// asend/athrow/aclose awaitables tell the two apart (runtime/agen.go).

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// genFrameType names the frame struct of a generator function.
func genFrameType(f *ir.Func) string { return names.Derived(f.Name, "gen") }

// genGoType is the Go type of the generator types (nil for others).
func (g *gen) genGoType(t check.Type) Code {
	switch x := t.(type) {
	case *check.Generator:
		if x.Async {
			return Op("*").Add(rt("AsyncGen")).Types(g.goType(x.Yield), g.goType(x.Send))
		}
		return Op("*").Add(py("Gen")).Types(g.goType(x.Yield), g.goType(x.Send), g.goType(x.Return))
	case *check.AsyncIterator:
		return rt("AsyncIter").Types(g.goType(x.Elem))
	case *check.GenCM:
		switch {
		case x.Abstract && x.Async:
			return rt("AsyncCM").Types(g.goType(x.Yield)) // cmabstract.go
		case x.Abstract:
			return py("CM").Types(g.goType(x.Yield))
		case x.Closing:
			gt := x.Yield.(*check.Generator)
			return Op("*").Add(rt("Aclosing")).Types(g.goType(gt.Yield), g.goType(gt.Send))
		case x.Async:
			return Op("*").Add(rt("AsyncGenCM")).Types(g.goType(x.Yield))
		}
		return Op("*").Add(py("GenCM")).Types(g.goType(x.Yield))
	}
	return nil
}

// genVarType is the Go type of the generator temporaries (nil for others).
func (g *gen) genVarType(v *ir.Var) Code {
	switch v.Kind {
	case ir.VarDeleg:
		return Op("*").Add(py("Delegate")).Types(g.goType(g.elemType(v.IterType)))
	case ir.VarAIter:
		return Op("*").Add(rt("AsyncFor")).Types(g.goType(check.AsyncElem(v.IterType)))
	}
	return nil
}

// generator emits a generator or async generator function.
func (g *gen) generator(f *ir.Func, cls *check.Class) {
	gi := f.Info.Gen
	g.fn = f
	g.mode = modeCoro
	if f.HasTry {
		g.mode = modeCoroTry
	}
	async := gi.Async
	ft := genFrameType(f)
	g.frame(f, "(*"+ft+")")
	yt, st, rtT := g.goType(gi.Yield), g.goType(gi.Send), g.goType(gi.Return)
	fields := []Code{Id("_state").Int(), Id("_sent").Add(st), Id("_thrown").Add(py("Exception")), Id("_y").Add(yt)}
	if gi.Return != check.None {
		fields = append(fields, Id("_res").Add(rtT))
	}
	if f.HasTry {
		fields = append(fields, Id("_h").Int(), Id("_exc").Add(py("Exception")), Id("_inaw").Bool())
	}
	if cls != nil {
		fields = append(fields, Id(f.SymVars[f.Info.Params[0]].Name).Op("*").Id(g.className(cls)))
	}
	for _, v := range f.Vars {
		if v.InFrame && !(cls != nil && v.Sym == f.Info.Params[0]) {
			fields = append(fields, Id(v.Name).Add(g.varGoType(v)))
		}
	}
	fields = append(fields, g.awaitFields(f)...)
	g.file.Commentf("%s is the frame of generator %s.", ft, f.Info.Name)
	g.file.Type().Id(ft).Struct(fields...)

	// Constructor: build the frame, wrap it.
	params, names, vars := g.paramList(f, cls)
	inits := Dict{}
	if cls != nil {
		self := f.SymVars[f.Info.Params[0]].Name
		inits[Id(self)] = Id(self)
	}
	for i, v := range vars {
		if v.Cell && v.Kind != ir.VarFree {
			inits[Id(v.Name)] = Op("&").Id(names[i])
		} else {
			inits[Id(v.Name)] = Id(names[i])
		}
	}
	var wrap Code
	if async {
		wrap = rt("NewAsyncGen").Types(yt, st).Call(Op("&").Id(ft).Values(inits))
	} else {
		wrap = py("NewGen").Types(yt, st, rtT).Call(Op("&").Id(ft).Values(inits))
	}
	ctor := g.file.Func()
	if cls != nil {
		self := f.SymVars[f.Info.Params[0]].Name
		ctor = ctor.Params(Id(self).Op("*").Id(g.className(cls))).Id(methodGoName(f.Info.Name))
	} else {
		ctor = ctor.Id(f.Name)
	}
	ctor.Params(params...).Add(g.goType(f.Info.Sig.Ret)).Block(Return(wrap))

	recv := Params(Id("_f").Op("*").Id(ft))
	if async {
		g.file.Comment("AGenSend implements runtime.AsyncGenFrame.")
		g.file.Func().Add(recv).Id("AGenSend").Params(Id("s").Add(st), Id("t").Add(py("Exception"))).Block(
			List(Id("_f").Dot("_sent"), Id("_f").Dot("_thrown")).Op("=").List(Id("s"), Id("t")),
		)
		g.file.Comment("AGenYielded implements runtime.AsyncGenFrame.")
		g.file.Func().Add(recv).Id("AGenYielded").Params().Params(yt, Bool()).Block(
			Return(Id("_f").Dot("_y"), Id("_f").Dot("_state").Op(">=").Lit(0)),
		)
	} else {
		g.file.Comment("GenResume implements py.GenFrame.")
		g.file.Func().Add(recv).Id("GenResume").Params(Id("s").Add(st), Id("t").Add(py("Exception"))).Bool().Block(
			List(Id("_f").Dot("_sent"), Id("_f").Dot("_thrown")).Op("=").List(Id("s"), Id("t")),
			Id("_f").Dot("Step").Call(),
			Return(Id("_f").Dot("_state").Op(">=").Lit(0)),
		)
		g.file.Comment("GenYielded implements py.GenFrame.")
		g.file.Func().Add(recv).Id("GenYielded").Params().Add(yt).Block(Return(Id("_f").Dot("_y")))
		var res Code = py("None")
		if gi.Return != check.None {
			res = Id("_f").Dot("_res")
		}
		g.file.Comment("GenResult implements py.GenFrame.")
		g.file.Func().Add(recv).Id("GenResult").Params().Add(rtT).Block(Return(res))
	}

	// Step: the body.
	var body []Code
	for _, v := range f.Vars {
		if v.InFrame || (cls != nil && v.Sym == f.Info.Params[0]) {
			continue
		}
		body = append(body, Var().Id(v.Name).Add(g.varGoType(v)), Id("_").Op("=").Id(v.Name))
	}
	if cls != nil {
		self := f.SymVars[f.Info.Params[0]].Name
		body = append(body, Id(self).Op(":=").Id("_f").Dot(self), Id("_").Op("=").Id(self))
	}
	var cellInit []Code
	for _, v := range f.Vars {
		if v.Cell && !v.Param && v.Kind != ir.VarFree {
			cellInit = append(cellInit, g.varRef(v, false).Op("=").New(g.goType(v.Type)))
		}
	}
	var stepParams []Code
	var stepArgs []Code
	if async {
		stepParams = []Code{Id("_tc").Op("*").Add(rt("TaskCore"))}
		stepArgs = []Code{Id("_tc")}
	}
	// Cells are created when the body starts (state 0).
	var start []Code
	if len(cellInit) > 0 {
		start = []Code{If(Id("_f").Dot("_state").Op("==").Lit(0)).Block(cellInit...)}
	}
	blocks := g.blocks(f)
	if g.mode == modeCoroTry {
		inner := append([]Code{}, body...)
		inner = append(inner,
			Defer().Func().Params().Block(
				If(Id("_f").Dot("_h").Op("!=").Lit(0)).Block(
					If(Id("r").Op(":=").Recover(), Id("r").Op("!=").Nil()).Block(
						Id("_f").Dot("_exc").Op("=").Add(py("Catch")).Call(Id("r")),
						If(Id("_f").Dot("_inaw")).Block( // escaped an awaited coroutine (stmt.go: await)
							Id("_f").Dot("_inaw").Op("=").False(),
							Id("_f").Dot("_exc").Op("=").Add(py("CoroStopConv")).Call(Id("_f").Dot("_exc")),
						),
						Id("_f").Dot("_state").Op("=").Id("_f").Dot("_h"),
						Id("_ok").Op("=").False(),
					),
				),
			).Call(),
		)
		inner = append(inner, start...)
		inner = append(inner, g.dispatch(f, Id("_f").Dot("_state")))
		inner = append(inner, blocks...)
		g.file.Comment("run is the body; an exception caught by a handler returns _ok false and Step runs it again.")
		g.file.Func().Add(recv).Id("_run").Params(stepParams...).Params(Id("_done"), Id("_ok").Bool()).Block(inner...)
		g.file.Comment("Step runs the body to its next suspension point.")
		g.file.Func().Add(recv).Id("Step").Params(stepParams...).Bool().Block(
			For().Block(
				If(List(Id("done"), Id("ok")).Op(":=").Id("_f").Dot("_run").Call(stepArgs...), Id("ok")).Block(Return(Id("done"))),
				Id("_f").Dot("_thrown").Op("=").Nil(),
			),
		)
		return
	}
	body = append(body, start...)
	body = append(body, g.dispatch(f, Id("_f").Dot("_state")))
	body = append(body, blocks...)
	g.file.Comment("Step runs the body to its next suspension point.")
	g.file.Func().Add(recv).Id("Step").Params(stepParams...).Bool().Block(body...)
}

// genInstr emits the generator instructions.
func (g *gen) genInstr(in ir.Instr) ([]Code, bool) {
	switch x := in.(type) {
	case *ir.YieldResume:
		thrown := Id("_f").Dot("_thrown")
		sent := Code(Id("_f").Dot("_sent"))
		gi := g.fn.Info.Gen
		if x.Deleg != nil {
			if !gi.Async && !check.AdmitsNone(gi.Send) {
				sent = py("SentValue").Call(sent) // next() advances the delegate by next()
			}
			return []Code{
				g.varRef(x.Deleg, false).Dot("Received").Call(sent, thrown.Clone()),
				thrown.Clone().Op("=").Nil(),
			}, true
		}
		out := []Code{If(thrown.Clone().Op("!=").Nil()).Block(
			Id("_e").Op(":=").Add(thrown.Clone()),
			thrown.Clone().Op("=").Nil(),
			Panic(Id("_e")),
		)}
		if x.Dst != nil {
			val := g.convert(sent, gi.Send, x.Dst.Type)
			if !gi.Async && !check.AdmitsNone(gi.Send) && check.AdmitsNone(x.Dst.Type) {
				// Resumed by next(), the yield's value is None whatever
				// the send type says.
				out = append(out, If(py("SentNone").Call()).Block(
					g.storeVar(x.Dst, g.convert(py("None"), check.None, x.Dst.Type)),
				).Else().Block(g.storeVar(x.Dst, val)))
				return out, true
			}
			out = append(out, g.storeVar(x.Dst, val))
		}
		return out, true
	case *ir.DelegInit:
		et := g.elemType(x.Var.IterType)
		return []Code{g.line(x.Pos), g.varRef(x.Var, false).Op("=").Add(py("NewDelegate").Types(g.goType(et)).Call(g.iterOf(x.Src)))}, true
	case *ir.DelegResult:
		return []Code{g.storeVar(x.Dst, py("DelegateResult").Types(g.goType(x.Dst.Type)).Call(g.varRef(x.Var, false).Dot("Result").Call()))}, true
	case *ir.AIterInit:
		et := check.AsyncElem(x.Iter.IterType)
		return []Code{g.line(x.Pos), g.varRef(x.Iter, false).Op("=").Add(rt("NewAsyncFor").Types(g.goType(et)).Call(g.asyncIterOf(g.expr(x.Src), x.Iter.IterType)))}, true
	case *ir.ANextStart:
		return []Code{g.varRef(x.Iter, false).Dot("Start").Call()}, true
	case *ir.CloseIter:
		if x.Async {
			return []Code{rt("FinalizeAsyncGen").Call(g.varRef(x.Iter, false))}, true
		}
		return []Code{py("CloseIter").Call(g.varRef(x.Iter, false))}, true
	}
	return nil, false
}

// asyncIterOf converts a value of an async-iterable type to rt.AsyncIter.
func (g *gen) asyncIterOf(v *Statement, t check.Type) Code {
	c, ok := t.(*check.Class)
	if !ok {
		return v
	}
	ai := c.LookupMethod("__aiter__")
	it := v.Dot(methodGoName("__aiter__")).Call()
	if _, ok := ai.Sig.Ret.(*check.Class); ok {
		return rt("AsyncIterFunc").Types(g.goType(check.AsyncElem(t))).Call(it.Dot(methodGoName("__anext__")))
	}
	return it
}

// suspendReturn is the return of a frame that suspends (false) or stops
// at a yield (true).
func (g *gen) suspendReturn(done bool) Code {
	if g.mode == modeCoroTry {
		return Return(Lit(done), True())
	}
	return Return(Lit(done))
}

// genTerm emits the generator terminators.
func (g *gen) genTerm(t ir.Term) []Code {
	if out, ok := g.starTerm(t); ok { // star.go
		return out
	}
	switch x := t.(type) {
	case *ir.Yield:
		gi := g.fn.Info.Gen
		var v Code
		switch {
		case x.Deleg != nil:
			v = g.convert(g.varRef(x.Deleg, false).Dot("Y"), g.elemType(x.Deleg.IterType), gi.Yield)
		case x.Value == nil:
			if gi.Yield == check.None {
				v = py("None")
			} else {
				v = g.zero(gi.Yield)
			}
		default:
			v = g.exprTo(x.Value, gi.Yield)
		}
		return []Code{
			g.line(x.Pos),
			Id("_f").Dot("_y").Op("=").Add(v),
			Id("_f").Dot("_state").Op("=").Lit(x.Next.ResumeID),
			g.suspendReturn(true),
		}
	case *ir.DelegStep:
		return []Code{
			g.line(x.Pos),
			If(g.varRef(x.Var, false).Dot("Step").Call()).Block(Goto().Id(g.label(x.Yield))),
			Goto().Id(g.label(x.Exit)),
		}
	case *ir.AsyncForNext:
		it := g.varRef(x.Iter, false)
		et := check.AsyncElem(x.Iter.IterType)
		// The resume point is this block's own label (it is a resume block).
		var cur *ir.Block
		for _, b := range g.fn.Blocks {
			if b.Term == t {
				cur = b
			}
		}
		assign := g.assignGo(x.Target, Id("_v"), et)
		assign = append(assign, Goto().Id(g.label(x.Body)))
		return []Code{
			g.line(x.Pos),
			If(Op("!").Add(it.Clone()).Dot("Step").Call(Id("_tc"))).Block(
				Id("_f").Dot("_state").Op("=").Lit(cur.ResumeID),
				g.suspendReturn(false),
			),
			If(List(Id("_v"), Id("_ok")).Op(":=").Add(it.Clone()).Dot("Next").Call(), Id("_ok")).Block(assign...),
			Goto().Id(g.label(x.Exit)),
		}
	}
	panic(fmt.Sprintf("codegen: unexpected terminator %T", t))
}

// genBuiltin emits next, iter, aiter, anext and contextlib.aclosing.
func (g *gen) genBuiltin(x *ast.Call, name string) (*Statement, bool) {
	if s, ok := g.closingClass(x, name); ok { // closing_class.go
		return s, true
	}
	switch name {
	case "next":
		a := x.Args[0]
		if c, ok := g.typeOf(a).(*check.Class); ok && check.UserNext(c) != nil {
			// next(obj) calls obj.__next__() (its StopIteration propagates);
			// next(obj, d) catches StopIteration from it.
			et := check.UserNext(c).Sig.Ret
			step := g.expr(a).Dot(methodGoName("__next__"))
			if len(x.Args) == 1 {
				return step.Call(), true
			}
			it := py("NextIter").Types(g.goType(et)).Call(step)
			if res := g.typeOf(x); !check.Identical(res, et) {
				return g.nextOther(x, it, res, et), true
			}
			return py("NextOr").Call(it, g.exprTo(x.Args[1], et)), true
		}
		if len(x.Args) == 2 {
			if res, et := g.typeOf(x), g.elemOf(a); !check.Identical(res, et) {
				return g.nextOther(x, g.expr(a), res, et), true // surface_next.go
			}
		}
		if gt, ok := g.typeOf(a).(*check.Generator); ok {
			if len(x.Args) == 2 {
				return g.expr(a).Dot("NextDefault").Call(g.exprTo(x.Args[1], gt.Yield)), true
			}
			return g.expr(a).Dot("NextValue").Call(), true
		}
		if len(x.Args) == 2 {
			return py("NextOr").Call(g.expr(a), g.exprTo(x.Args[1], g.elemOf(a))), true
		}
		return py("NextOf").Call(g.expr(a)), true
	case "iter":
		a := x.Args[0]
		if len(x.Args) == 2 {
			return g.callIter(x), true
		}
		switch g.typeOf(a).(type) {
		case *check.Iterator, *check.Generator:
			if c, ok := a.(*ast.Call); ok {
				if at, ok := c.Func.(*ast.Attribute); ok && (at.Attr == "keys" || at.Attr == "values" || at.Attr == "items") {
					if _, ok := g.typeOf(at.Value).(*check.Dict); ok {
						return py("ViewIter").Call(g.expr(a)), true // iter(d.values()): a dict_valueiterator
					}
				}
			}
			return g.expr(a), true
		}
		return Add(g.iterOf(a)), true
	case "aiter":
		return Add(g.asyncIterOf(g.expr(x.Args[0]), g.typeOf(x.Args[0]))), true
	case "anext":
		a := x.Args[0]
		if ir.FreshGen(g.info, a, true) && !g.anextFresh[x] {
			// anext(agen()): only the call holds the generator; once the
			// await is over CPython frees it and the loop's finalizer hook
			// closes it (agen_final.go).
			if g.anextFresh == nil {
				g.anextFresh = map[*ast.Call]bool{}
			}
			g.anextFresh[x] = true
			if g.override == nil {
				g.override = map[ast.Expr]string{}
			}
			g.override[a] = "_g"
			aw, _ := g.genBuiltin(x, name)
			delete(g.override, a)
			delete(g.anextFresh, x)
			res := g.typeOf(x).(*check.Coroutine).Result
			return Func().Params(Id("_g").Add(g.goType(g.typeOf(a)))).Add(rt("Awaitable").Types(g.goType(res))).Block(
				Return(rt("FinalizeAfter").Call(aw, Id("_g"))),
			).Call(g.expr(a)), true
		}
		et := check.ANextElem(g.typeOf(a))
		var it Code
		if c, ok := g.typeOf(a).(*check.Class); ok && check.UserANext(c) != nil {
			// anext() calls __anext__ only (never __aiter__).
			it = rt("AsyncIterFunc").Types(g.goType(et)).Call(g.expr(a).Dot(methodGoName("__anext__")))
		} else {
			it = g.asyncIterOf(g.expr(a), g.typeOf(a))
		}
		if len(x.Args) == 2 {
			if co, ok := g.typeOf(x).(*check.Coroutine); ok && !check.Identical(co.Result, et) {
				// A default of another type (check's T | D).
				conv := Func().Params(Id("_v").Add(g.goType(et))).Add(g.goType(co.Result)).Block(Return(g.convert(Id("_v"), et, co.Result)))
				return rt("AnextOther").Call(it, conv, g.exprTo(x.Args[1], co.Result)), true
			}
			return rt("AnextDefault").Call(it, g.exprTo(x.Args[1], et)), true
		}
		return Add(it).Dot("ANext").Call(), true
	case "contextlib.aclosing":
		return rt("NewAclosing").Call(g.expr(x.Args[0])), true
	}
	return nil, false
}

// genMethod emits the methods of generators and iterators.
func (g *gen) genMethod(x *ast.Call, r *Statement, rtype check.Type, name string) (*Statement, bool) {
	excArg := func() Code {
		a := x.Args[0]
		if _, ok := g.typeOf(a).(*check.ClassRef); ok {
			return py("Instantiate").Call(g.expr(a))
		}
		return g.expr(a)
	}
	isNone := func() bool { return g.typeOf(x.Args[0]) == check.None }
	switch t := rtype.(type) {
	case *check.Generator:
		if t.Async {
			switch name {
			case "__anext__":
				return r.Dot("ANext").Call(), true
			case "asend":
				if isNone() {
					return r.Dot("ANext").Call(), true
				}
				return r.Dot("ASend").Call(g.exprTo(x.Args[0], t.Send)), true
			case "athrow":
				return r.Dot("AThrow").Call(excArg()), true
			case "aclose":
				return r.Dot("AClose").Call(), true
			case "__aiter__":
				return r, true
			}
			return nil, false
		}
		switch name {
		case "__next__":
			return r.Dot("NextValue").Call(), true
		case "send":
			if isNone() {
				return r.Dot("NextValue").Call(), true
			}
			return r.Dot("Send").Call(g.exprTo(x.Args[0], t.Send)), true
		case "throw":
			return r.Dot("Throw").Call(excArg()), true
		case "close":
			return r.Dot("Close").Call(), true
		case "__iter__":
			return r, true
		}
	case *check.Iterator:
		switch name {
		case "__next__":
			return py("NextOf").Call(r), true
		case "__iter__":
			return r, true
		}
	case *check.AsyncIterator:
		switch name {
		case "__anext__":
			return r.Dot("ANext").Call(), true
		case "__aiter__":
			return r, true
		}
	}
	return nil, false
}

// genDecorate applies @contextmanager / @asynccontextmanager to the Go
// function value v of fi; ok is false for other decorators.
func (g *gen) genDecorate(d ast.Expr, v Code, fi *check.FuncInfo) (Code, bool) {
	bf, ok := g.typeOf(d).(*check.BuiltinFunc)
	if !ok || (bf.Name != "contextlib.contextmanager" && bf.Name != "contextlib.asynccontextmanager") {
		return nil, false
	}
	var params, args []Code
	for i, p := range fi.Sig.Params {
		n := fmt.Sprintf("_p%d", i)
		params = append(params, Id(n).Add(g.goType(p.Type)))
		args = append(args, Id(n))
	}
	gi := fi.Gen
	var mk *Statement
	var rtT Code
	if bf.Name == "contextlib.asynccontextmanager" {
		mk = rt("NewAsyncGenCM").Types(g.goType(gi.Yield))
		rtT = Op("*").Add(rt("AsyncGenCM")).Types(g.goType(gi.Yield))
	} else {
		mk = py("NewGenCM").Types(g.goType(gi.Yield))
		rtT = Op("*").Add(py("GenCM")).Types(g.goType(gi.Yield))
	}
	return Func().Params(Id("_g").Add(g.goType(fi.Sig))).Func().Params(params...).Add(rtT).Block(
		Return(Func().Params(params...).Add(rtT).Block(Return(mk.Call(Id("_g").Call(args...))))),
	).Call(v), true
}

// lazyGenExp emits a generator expression without awaits as a lazy
// iterator: the first iterable is evaluated at once, the rest of the
// loops run as the consumer asks for values.
func (g *gen) lazyGenExp(x *ast.GeneratorExp) *Statement {
	et := g.typeOf(x).(*check.Iterator).Elem
	var outer []Code
	for _, gn := range x.Gens {
		for _, sym := range g.info.CompSyms[gn] {
			outer = append(outer, Var().Id(sym.GoName).Add(g.goType(sym.Type)), Id("_").Op("=").Id(sym.GoName))
		}
	}
	for i, gn := range x.Gens {
		it := fmt.Sprintf("_it%d", i)
		if i == 0 {
			outer = append(outer, Id(it).Op(":=").Add(g.iterInit(gn.Iter, g.typeOf(gn.Iter))))
		} else {
			outer = append(outer, Var().Id(it).Add(g.iterGoType(g.typeOf(gn.Iter))))
		}
	}
	last := len(x.Gens) - 1
	outer = append(outer, Id("_st").Op(":=").Lit(0))
	body := g.compFrameGuard(x) // recursion.go: a step runs in the generator's frame
	body = append(body, If(Id("_st").Op("!=").Lit(0)).Block(Goto().Id(fmt.Sprintf("_l%d", last))))
	for i, gn := range x.Gens {
		it := fmt.Sprintf("_it%d", i)
		if i > 0 {
			body = append(body, Id(it).Op("=").Add(g.iterInit(gn.Iter, g.typeOf(gn.Iter))))
		}
		label := fmt.Sprintf("_l%d", i)
		var exhausted Code = Return()
		if i > 0 {
			exhausted = Goto().Id(fmt.Sprintf("_l%d", i-1))
		}
		assign := g.assignGo(gn.Target, Id("_v"), g.elemOf(gn.Iter))
		body = append(body, Id(label).Op(":"),
			If(List(Id("_v"), Id("_ok")).Op(":=").Id(it).Dot("Next").Call(), Id("_ok")).Block(assign...).Else().Block(exhausted))
		for _, c := range gn.Ifs {
			body = append(body, If(Op("!").Parens(g.truth(c))).Block(Goto().Id(label)))
		}
	}
	body = append(body, Id("_st").Op("=").Lit(1))
	if et == check.None {
		body = append(body, g.stmtExpr(x.Elt), Return(py("None"), True()))
	} else {
		body = append(body, Return(g.exprTo(x.Elt, et), True()))
	}
	outer = append(outer, Return(Op("&").Add(py("FuncIter")).Types(g.goType(et)).Values(Dict{
		Id("F"): Func().Params().Params(Id("_r").Add(g.goType(et)), Id("_okr").Bool()).Block(body...),
	})))
	return Func().Params().Add(py("Iter").Types(g.goType(et))).Block(outer...).Call()
}

// callIter emits iter(f, sentinel): py.CallIter with f and a test of
// equality with the sentinel (Python ==); with a None sentinel and f
// returning T | None, py.CallIterOpt.
func (g *gen) callIter(x *ast.Call) *Statement {
	ft, fv := g.callTarget(x.Args[0])
	if o, ok := ft.Ret.(*check.Optional); ok && g.typeOf(x.Args[1]) == check.None {
		return py("CallIterOpt").Types(g.goType(o.Elem)).Call(fv)
	}
	rt := g.goType(ft.Ret)
	stop := Func().Params(Id("_v").Add(rt)).Bool().Block(
		Return(py("Equal").Call(Id("_v"), Id("_s"))),
	)
	return Func().Params(Id("_s").Any()).Add(py("Iter").Types(rt)).Block(
		Return(py("CallIter").Call(fv, stop)),
	).Call(g.expr(x.Args[1]))
}
