package codegen

// Code generation for exceptions beyond plain try/except: pending
// completions of finally blocks (see ir/try.go), with statements, raise
// ... from, exception attributes, and the asyncio API built on
// cancellation (wait_for, shield, timeout, TaskGroup, Task.cancel...).
//
// A finally block's pending record is two frame fields, e.g. for
//
//	async def f() -> int:
//	    for i in range(3):
//	        try:
//	            if i == 1:
//	                break
//	            await g()
//	        finally:
//	            await cleanup()
//	    return 0
//
// the break becomes
//
//	_f._pc3 = 3        // pending code: 3 = first jump target (the break)
//	_f._pe4 = nil      // no pending exception
//	goto _b9           // the finally body
//
// an exception raised at `await g()` (or thrown into the task there, e.g.
// a CancelledError) lands in the handler block via the frame's recover:
//
//	_b7:               // resume=N, the frame's _h while the try body runs
//	_f._pe4 = _f._exc
//	_f._pc3 = 1        // pending exception
//	goto _b9
//
// and the end of the finally body replays the record:
//
//	switch _f._pc3 {
//	case 1: panic(_f._pe4)
//	case 3: goto _b12  // the loop exit
//	}
//	goto _b4           // code 0: after the try statement
//
// The frame is resumable in throw mode at every await because the thrown
// exception is an ordinary panic raised by the awaited leaf when the task
// is re-stepped (TaskCore.TakeThrow), caught by the recover of each frame
// on the way up whose current handler slot is non-zero.

import (
	"fmt"
	"sort"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

// tryInstr emits the instructions added by try/finally and with lowering.
func (g *gen) tryInstr(in ir.Instr) ([]Code, bool) {
	switch x := in.(type) {
	case *ir.SetInt:
		return []Code{g.varRef(x.Var, false).Op("=").Lit(x.Value)}, true
	case *ir.ClearExc:
		return []Code{g.varRef(x.Var, false).Op("=").Nil()}, true
	case *ir.ChainExc:
		return []Code{py("Chain").Call(g.varRef(x.Exc, false), g.varRef(x.Context, false))}, true
	case *ir.StarBegin, *ir.StarSplit, *ir.StarAdd, *ir.StarEnd:
		return g.starInstr(in) // star.go
	case *ir.CMCall:
		call := g.cmCall(x.M, x.Op, x.Exc)
		if x.Dst == nil {
			return []Code{g.line(x.Pos), call}, true
		}
		return []Code{g.line(x.Pos), g.storeVar(x.Dst, call)}, true
	}
	return nil, false
}

// switchTerm emits the replay of a pending completion.
func (g *gen) switchTerm(t *ir.Switch) []Code {
	var cases []Code
	for _, c := range t.Cases {
		cases = append(cases, Case(Lit(c.Value)).Block(Goto().Id(g.label(c.To))))
	}
	return []Code{Switch(g.varRef(t.Var, false)).Block(cases...)}
}

// excCode is the Go expression of an exception variable (nil: none).
func (g *gen) excCode(v *ir.Var) Code {
	if v == nil {
		return Nil()
	}
	return g.varRef(v, false)
}

// cmCall is the Go call of a context manager's enter or exit method.
func (g *gen) cmCall(m *ir.WithMgr, op ir.CMOp, exc *ir.Var) *Statement {
	cm := m.CM
	mgr := g.varRef(m.Mgr, true)
	if cm.Members != nil {
		return g.unionCMCall(cm, mgr, op, exc) // union_methods.go
	}
	return g.cmCallOn(cm, mgr, op, g.excCode(exc))
}

// cmCallOn is the Go call of the enter or exit method of the context
// manager mgr (not a union), e the exception passed to exit (Nil: none).
func (g *gen) cmCallOn(cm *check.CtxMgr, mgr *Statement, op ir.CMOp, e Code) *Statement {
	if r := cm.Runtime; r != nil {
		enter, exit := "Enter", "Exit"
		if cm.Async {
			enter, exit = "AEnter", "AExit"
		}
		if op == ir.CMEnter {
			return mgr.Dot(enter).Call()
		}
		if r.ExitTakesExc {
			return mgr.Dot(exit).Call(e)
		}
		return mgr.Dot(exit).Call()
	}
	if op == ir.CMEnter {
		return mgr.Dot(g.methodSlot(cm.Enter)).Call()
	}
	var args []Code
	for i, p := range cm.Exit.Sig.Params {
		args = append(args, g.excArg(i, p.Type, e))
	}
	return mgr.Dot(g.methodSlot(cm.Exit)).Call(args...)
}

// excArg converts the exception being handled (a py.Exception, nil on a
// normal exit) to parameter i of __exit__: the type, the value or the
// traceback.
func (g *gen) excArg(i int, t check.Type, e Code) Code {
	if i == 2 {
		if o, ok := t.(*check.Optional); ok {
			if _, any := o.Elem.(*check.AnyType); any || o.Elem == check.Object {
				return py("TracebackOpt").Call(e) // tb: TracebackType | None
			}
			return g.goType(t).(*Statement).Clone().Values()
		}
		if _, ok := t.(*check.AnyType); ok || t == check.Object {
			return py("TracebackOf").Call(e) // None, or a traceback object
		}
		return py("None")
	}
	switch x := t.(type) {
	case *check.AnyType:
		if i == 0 {
			return py("ExcTypeAny").Call(e)
		}
		return py("ExcAny").Call(e)
	case *check.Optional:
		switch el := x.Elem.(type) {
		case *check.ClassRef:
			return py("ExcTypeOpt").Call(e)
		case *check.Class:
			if el.Builtin {
				return py("ExcOpt").Call(e)
			}
			return py("ExcOptAs").Types(Id(g.ifaceName(el))).Call(e)
		case *check.AnyType:
			if i == 0 {
				return py("Some").Call(py("ExcTypeAny").Call(e))
			}
			return py("Some").Call(py("ExcAny").Call(e))
		}
	}
	panic(fmt.Sprintf("codegen: unsupported __exit__ parameter type %v", t))
}

// cmAwaitValue is the awaitable of an async context manager's
// __aenter__/__aexit__.
func (g *gen) cmAwaitValue(a *ir.Await) *Statement {
	return g.cmCall(a.CM, a.CMOp, a.CMExc)
}

// raiseFrom emits raise X from Y.
func (g *gen) raiseFrom(t *ir.Raise, exc Code) Code {
	if _, ok := t.Cause.(*ast.NoneLit); ok {
		return Panic(py("RaiseFrom").Call(exc, Nil()))
	}
	var cause Code
	switch ct := g.typeOf(t.Cause).(type) {
	case *check.ClassRef:
		cause = py("Instantiate").Call(g.expr(t.Cause))
	case *check.Optional:
		cause = py("OptExc").Call(g.expr(t.Cause))
	default:
		_ = ct
		cause = g.expr(t.Cause)
	}
	return Panic(py("RaiseFrom").Call(exc, cause))
}

// excAttr emits the built-in attributes of exceptions.
func (g *gen) excAttr(x *ast.Attribute) (*Statement, bool) {
	v := g.expr(x.Value)
	switch x.Attr {
	case "args":
		return py("MkTuple").Call(v.Dot("Exc").Call().Dot("Args")), true
	case "__cause__":
		return py("ExcOpt").Call(v.Dot("Exc").Call().Dot("Cause")), true
	case "__context__":
		return py("ExcOpt").Call(v.Dot("Exc").Call().Dot("Context")), true
	case "__suppress_context__":
		return v.Dot("Exc").Call().Dot("SuppressContext"), true
	case "value":
		return g.narrowed(x, v.Dot("Exc").Call().Dot("Value").Call(), true), true // check/anycast.go
	case "message":
		return v.Dot("Exc").Call().Dot("Message"), true
	case "code":
		return v.Dot("Exc").Call().Dot("Code").Call(), true
	case "__notes__":
		return v.Dot("Exc").Call().Dot("Notes").Call(), true
	case "exceptions":
		et := g.typeOf(x).(*check.Tuple).Elems[0]
		_ = et
		return py("MkTuple").Call(v.Dot("Exc").Call().Dot("Exceptions")), true
	}
	if s, ok := g.osExcAttr(x); ok { // exc_hierarchy.go
		return s, true
	}
	return g.ioExcAttr(x) // threads.go
}

// timeoutArg converts a float | None timeout (e nil: absent) to the
// runtime's py.Opt[float64].
func (g *gen) timeoutArg(e ast.Expr) Code {
	if e == nil || g.typeOf(e) == check.None {
		return py("Opt").Types(Float64()).Values()
	}
	if isOptional(g.typeOf(e)) {
		return py("OptFloatOf").Call(g.expr(e))
	}
	return py("Some").Types(Float64()).Call(g.exprTo(e, check.Float))
}

// asyncioCall emits the asyncio functions built on cancellation.
func (g *gen) asyncioCall(x *ast.Call, name string) (*Statement, bool) {
	if name == "issubclass" { // exc_hierarchy.go
		return g.issubclass(x), true
	}
	if s, ok := g.coroInspect(x, name); ok { // coroinspect.go
		return s, true
	}
	switch name {
	case "asyncio.wait_for":
		res := g.typeOf(x).(*check.Coroutine).Result
		var te ast.Expr
		if k := g.kw(x, "timeout"); k != nil {
			te = k
		} else {
			te = x.Args[1]
		}
		return g.timeoutCall(g.goType(g.typeOf(x)), []Code{g.awaitableArg(x.Args[0], res)}, te, func(l, t []Code) *Statement {
			return rt("WaitFor").Types(g.goType(res)).Call(append(l, t...)...)
		}), true
	case "asyncio.shield":
		res := g.typeOf(x).(*check.Future).Result
		return rt("ShieldFuture").Types(g.goType(res)).Call(Nil(), g.awaitableArg(x.Args[0], res)), true
	case "asyncio.timeout":
		return g.timeoutCall(Op("*").Add(rt("Timeout")), nil, x.Args[0], func(_, t []Code) *Statement {
			return rt("NewTimeout").Call(t...)
		}), true
	case "asyncio.timeout_at":
		return g.timeoutCall(Op("*").Add(rt("Timeout")), nil, x.Args[0], func(_, t []Code) *Statement {
			return rt("NewTimeoutAt").Call(t...)
		}), true
	case "asyncio.TaskGroup":
		return rt("NewTaskGroup").Call(), true
	}
	return nil, false
}

// awaitableArg emits an awaitable argument as an rt.Awaitable[T].
func (g *gen) awaitableArg(e ast.Expr, res check.Type) Code {
	if ft, ok := g.typeOf(e).(*check.Future); ok && ft.Result == nil {
		return g.exprTo(e, &check.Future{Result: res})
	}
	return g.expr(e)
}

// taskMethod emits the cancellation methods of tasks and futures.
func (g *gen) taskMethod(x *ast.Call, r *Statement, name string) (*Statement, bool) {
	switch name {
	case "cancel":
		msg := g.kw(x, "msg")
		if len(x.Args) == 1 {
			msg = x.Args[0]
		}
		if msg != nil {
			switch g.typeOf(msg).(type) {
			case *check.Optional: // cancel(None) is cancel()
				return Func().Params(Id("_m").Add(g.goType(g.typeOf(msg)))).Bool().Block(
					If(Id("_m").Dot("Ok")).Block(Return(r.Clone().Dot("CancelMsg").Call(Id("_m").Dot("V")))),
					Return(r.Clone().Dot("Cancel").Call()),
				).Call(g.expr(msg)), true
			case *check.Basic:
				if g.typeOf(msg) == check.None {
					return r.Dot("Cancel").Call(), true
				}
			}
			return r.Dot("CancelMsg").Call(g.expr(msg)), true
		}
		return r.Dot("Cancel").Call(), true
	case "exception":
		return py("ExcOpt").Call(r.Dot("Exception").Call()), true
	case "get_loop":
		return r.Dot("Loop").Call(), true
	case "cancelling":
		return py("IntOf").Call(r.Dot("Cancelling").Call()), true
	case "uncancel":
		return py("IntOf").Call(r.Dot("Uncancel").Call()), true
	case "set_exception":
		a := x.Args[0]
		if _, ok := g.typeOf(a).(*check.ClassRef); ok {
			return r.Dot("SetException").Call(py("Instantiate").Call(g.expr(a))), true
		}
		return r.Dot("SetException").Call(g.expr(a)), true
	}
	return nil, false
}

// runtimeMethod emits methods of TaskGroup and Timeout.
func (g *gen) runtimeMethod(x *ast.Call, r *Statement, t *check.Opaque, name string) (*Statement, bool) {
	switch t {
	case check.TaskGroupType:
		if name == "create_task" {
			var nm Code = Lit("")
			if n := g.kw(x, "name"); n != nil {
				nm = g.taskName(n) // tasknames.go
			}
			res := g.typeOf(x.Args[0]).(*check.Coroutine).Result
			create := "TaskGroupCreateTask"
			if g.frameCall(x.Args[0]) {
				create = "TaskGroupCreateTaskFrame" // the frame is stored in the task
			}
			return erasedTask(res, rt(create).Types(g.goType(res)).Call(r, g.expr(x.Args[0]), nm)), true
		}
	case check.TimeoutType:
		switch name {
		case "when":
			return r.Dot("When").Call(), true
		case "reschedule":
			return g.timeoutCall(nil, []Code{r}, x.Args[0], func(l, t []Code) *Statement {
				return Add(l[0]).Dot("Reschedule").Call(t...)
			}), true
		case "expired":
			return r.Dot("Expired").Call(), true
		}
	}
	return nil, false
}

// isinstanceExc tests a boxed value (any) against exception classes.
func (g *gen) isinstanceExc(v Code, classes []Code) *Statement {
	return py("IsInstanceAny").Call(append([]Code{v}, classes...)...)
}

// gatherRetExc is gather's return_exceptions argument.
func (g *gen) gatherRetExc(x *ast.Call) Code {
	if e := g.kw(x, "return_exceptions"); e != nil {
		return g.truth(e)
	}
	return False()
}

func allExcClasses(ts []check.Type) bool {
	for _, t := range ts {
		if c, ok := t.(*check.Class); !ok || !c.IsExc {
			return false
		}
	}
	return true
}

// gatherExc emits gather(..., return_exceptions=...): results (and
// exceptions) are collected in a list of any.
func (g *gen) gatherExc(x *ast.Call) *Statement {
	loop := Nil() // as in gather
	var list Code
	if check.GatherMixed(x) {
		list = g.gatherMixedList(x, nil) // surface_conv.go
	}
	if len(x.Args) == 1 {
		if s, ok := x.Args[0].(*ast.Starred); ok {
			et := g.elemType(g.typeOf(s.Value))
			res, _ := check.AwaitResult(et)
			if _, ok := et.(*check.Union); ok { // check.BoxedUnionAwait
				return rt(gatherAnyFunc(g.typeOf(x))).Call(loop, rt("AnyAwaitables").Call(g.sliceOf(s.Value)), g.gatherRetExc(x))
			}
			list = Func().Params(Id("_xs").Index().Add(g.goType(et))).Index().Add(rt("AnyAwaitable")).Block(
				Id("_out").Op(":=").Make(Index().Add(rt("AnyAwaitable")), Len(Id("_xs"))),
				For(List(Id("_i"), Id("_x")).Op(":=").Range().Id("_xs")).Block(
					Id("_out").Index(Id("_i")).Op("=").Add(rt("Erase").Types(g.goType(res)).Call(Id("_x")))),
				Return(Id("_out")),
			).Call(g.sliceOf(s.Value))
		}
	}
	if list == nil {
		var els []Code
		for _, a := range x.Args {
			res, _ := check.AwaitResult(g.typeOf(a))
			els = append(els, rt("Erase").Types(g.goType(res)).Call(g.expr(a)))
		}
		list = Index().Add(rt("AnyAwaitable")).Values(els...)
	}
	return rt(gatherAnyFunc(g.typeOf(x))).Call(loop, list, g.gatherRetExc(x))
}

// gatherAnyFunc is the runtime's untyped gather for a gather with
// return_exceptions=True of type t: GatherAnyOpt for a list of
// T | None | BaseException, GatherAnyPlain where a tuple has such
// elements (optional values held as a union holds them), else GatherAny.
func gatherAnyFunc(t check.Type) string {
	res, _ := check.AwaitResult(t)
	switch r := res.(type) {
	case *check.List:
		if _, opt := r.Elem.(*check.Optional); opt {
			return "GatherAnyOpt"
		}
	case *check.Tuple:
		for _, e := range r.Elems {
			if _, opt := e.(*check.Optional); opt {
				return "GatherAnyPlain"
			}
		}
	}
	return "GatherAny"
}

// frame records the Go function holding the body of f (named goName) for
// tracebacks.
func (g *gen) frame(f *ir.Func, goName string) {
	if g.frames == nil {
		g.frames = map[string]string{}
	}
	name := f.Info.Name
	switch {
	case f.Info == g.info.Module:
		name = "<module>"
	case f.Info.Lambda != nil:
		name = "<lambda>"
	}
	switch g.mode {
	case modeTry:
		goName += ".func1"
	case modeCoro:
		goName += ".Step"
	case modeCoroTry:
		goName += "._run"
	}
	g.frames[goName] = name
}

// registerFrames emits the init function registering traceback names.
func (g *gen) registerFrames() {
	if len(g.frames) == 0 {
		return
	}
	keys := make([]string, 0, len(g.frames))
	for k := range g.frames {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	d := Dict{}
	for _, k := range keys {
		d[Lit(k)] = Lit(g.frames[k])
	}
	g.file.Func().Id("init").Params().Block(py("RegisterFuncs").Call(Map(String()).String().Values(d)))
}

// lineAgain emits a line directive for pos even when the previous one
// named the same line: //line numbers the following Go lines
// consecutively, so a suspension point a few Go lines below its directive
// would otherwise be attributed to a later Python line in tracebacks.
func (g *gen) lineAgain(pos ast.Pos) Code {
	if g.opts.NoLineDirectives || pos.Line == 0 {
		return Null()
	}
	g.lastPos = pos
	return Comment(fmt.Sprintf("//line %s:%d", g.opts.Source, pos.Line))
}
