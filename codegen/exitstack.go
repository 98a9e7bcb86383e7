package codegen

// Code generation for contextlib.ExitStack, AsyncExitStack and
// nullcontext (check/exitstack.go, runtime/exitstack.go). A registering
// call becomes a function literal called at once with the stack and the
// evaluated arguments, e.g. stack.callback(log, name) becomes
//
//	func(_s *rt.ExitStack, _a0 string) py.NoneType {
//		_s.PushCallback(func() { log(_a0) })
//		return py.None
//	}(stack, name)
//
// so that each registration keeps the values its arguments had (a loop
// registering callbacks for each of its items), as CPython does.

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

// exitStackGoType is the Go type of the exit stacks and nullcontext (nil
// for other types).
func (g *gen) exitStackGoType(t check.Type) Code {
	switch x := t.(type) {
	case *check.Opaque:
		switch x {
		case check.ExitStackType, check.AsyncExitStackType, check.RunnerType:
			return Op("*").Add(rt(x.GoName))
		}
	case *check.GenCM:
		if x.Null {
			return Op("*").Add(rt("NullContext")).Types(g.goType(x.Yield))
		}
	}
	return nil
}

// exitStackCall emits contextlib.ExitStack(), AsyncExitStack() and
// nullcontext(...); ok is false for other names.
func (g *gen) exitStackCall(x *ast.Call, name string) (*Statement, bool) {
	switch name {
	case "asyncio.Runner":
		return rt("NewRunner").Call(), true
	case "contextlib.ExitStack":
		return rt("NewExitStack").Call(), true
	case "contextlib.AsyncExitStack":
		return rt("NewAsyncExitStack").Call(), true
	case "contextlib.nullcontext":
		cm := g.typeOf(x).(*check.GenCM)
		var arg ast.Expr
		if len(x.Args) == 1 {
			arg = x.Args[0]
		} else if k := g.kw(x, "enter_result"); k != nil {
			arg = k
		}
		var v Code = py("None")
		if arg != nil {
			v = g.exprTo(arg, cm.Yield)
		}
		return rt("NewNullContext").Types(g.goType(cm.Yield)).Call(v), true
	}
	return nil, false
}

// exitStackMethod emits the methods of the exit stacks.
func (g *gen) exitStackMethod(x *ast.Call, r *Statement, t *check.Opaque, name string) (*Statement, bool) {
	if t == check.RunnerType {
		switch name {
		case "close":
			return r.Dot("Close").Call(), true
		case "get_loop":
			return r.Dot("GetLoop").Call(), true
		}
		res := g.typeOf(x.Args[0]).(*check.Coroutine).Result
		return rt("RunnerRun").Types(g.goType(res)).Call(r, g.expr(x.Args[0])), true
	}
	if t != check.ExitStackType && t != check.AsyncExitStackType {
		return nil, false
	}
	switch name {
	case "pop_all":
		return r.Dot("PopAll").Call(), true
	case "close":
		return r.Dot("Close").Call(), true
	case "aclose":
		return r.Dot("AClose").Call(), true
	}
	sc := g.info.StackCalls[x]
	if sc == nil {
		panic(fmt.Sprintf("codegen: %s() without its registration", name))
	}
	stackT := g.goType(t)
	if sc.PushCM || sc.Exit != nil {
		return g.stackPushCall(x, r, stackT, sc), true
	}
	if sc.CM != nil {
		return g.enterContextCall(x, r, stackT, sc.CM, name == "enter_async_context"), true
	}
	return g.stackCallbackCall(x, r, stackT, sc.Callback, name == "push_async_callback"), true
}

// enterContextCall emits enter_context(cm) / enter_async_context(cm).
func (g *gen) enterContextCall(x *ast.Call, r *Statement, stackT Code, cm *check.CtxMgr, async bool) *Statement {
	arg := x.Args[0]
	mt := g.goType(g.typeOf(arg))
	as := cm.As
	if as == nil {
		as = check.None
	}
	asT := g.goType(as)
	m := func() *Statement { return Id("_m") }
	syncExit, asyncExit := g.cmExitFunc(cm, m)
	if !async {
		// The exit is registered once __enter__ returned.
		var body []Code
		var v Code = Id("_v")
		enter := g.cmCallOn(cm, m(), ir.CMEnter, Nil())
		if as == check.None {
			body = append(body, enter)
			v = py("None")
		} else {
			body = append(body, Id("_v").Op(":=").Add(enter))
		}
		var s Code = Id("_s")
		if g.typeOf(x.Func.(*ast.Attribute).Value) == check.AsyncExitStackType {
			s = Op("&").Id("_s").Dot("ExitStack")
		}
		body = append(body, Return(rt("EnterContext").Call(s, v, syncExit)))
		return Func().Params(Id("_s").Add(stackT), Id("_m").Add(mt)).Add(asT).Block(body...).Call(r, g.expr(arg))
	}
	// enter_async_context: __aenter__ is called when the result is awaited.
	enterFn := Func().Params().Add(rt("Awaitable").Types(asT)).Block(g.cmAsyncEnter(cm, m())...)
	if syncExit == nil {
		syncExit = Nil()
	}
	if asyncExit == nil {
		asyncExit = Nil()
	}
	return Func().Params(Id("_s").Add(stackT), Id("_m").Add(mt)).Add(rt("Awaitable").Types(asT)).Block(
		Return(rt("EnterAsyncContext").Call(Id("_s"), enterFn, syncExit, asyncExit)),
	).Call(r, g.expr(arg))
}

// cmAsyncEnter is the body of a function returning the awaitable of
// __aenter__ of the async context manager m, whose result is the value
// bound by as (None for the primitives, whose acquire gives True).
func (g *gen) cmAsyncEnter(cm *check.CtxMgr, m *Statement) []Code {
	as := cm.As
	if as == nil {
		as = check.None
	}
	enter := g.cmCallOn(cm, m, ir.CMEnter, Nil())
	switch {
	case cm.Runtime != nil && !cm.Runtime.EnterAwaits && as == check.None:
		return []Code{enter, Return(rt("Ready").Call(py("None")))}
	case cm.Runtime != nil && !cm.Runtime.EnterAwaits:
		return []Code{Return(rt("Ready").Call(enter))}
	case cm.Runtime != nil && as == check.None:
		// A primitive's acquire (its result True is not bound by as).
		return []Code{Return(rt("MapAwaitable").Call(enter, Func().Params(Id("_").Add(g.goType(cm.EnterResult))).Add(py("NoneType")).Block(Return(py("None")))))}
	}
	return []Code{Return(enter)}
}

// cmExitFunc is the exit of the context manager m as a function of the
// exception: func(py.Exception) bool when it does not suspend (sync), else
// func(py.Exception) rt.Awaitable[bool] (async); it reports whether the
// exception is suppressed.
func (g *gen) cmExitFunc(cm *check.CtxMgr, m func() *Statement) (sync, async Code) {
	call := g.cmCallOn(cm, m(), ir.CMExit, Id("_e"))
	awaits := cm.Async
	if cm.Runtime != nil {
		awaits = cm.Runtime.ExitAwaits
	}
	res := cm.ExitResult
	if res == nil {
		res = check.None
	}
	param := Id("_e").Add(py("Exception"))
	if !awaits {
		var body []Code
		if res == check.None {
			body = []Code{call, Return(False())}
		} else {
			body = []Code{Return(g.truthOf(call, res))}
		}
		return Func().Params(param).Bool().Block(body...), nil
	}
	if res == check.Bool {
		return nil, Func().Params(param).Add(rt("Awaitable").Types(Bool())).Block(Return(call))
	}
	conv := Func().Params(Id("_r").Add(g.goType(res))).Bool().Block(Return(g.truthOf(Id("_r"), res)))
	if res == check.None {
		conv = Func().Params(Id("_").Add(py("NoneType"))).Bool().Block(Return(False()))
	}
	return nil, Func().Params(param).Add(rt("Awaitable").Types(Bool())).Block(
		Return(rt("MapAwaitable").Call(call, conv)))
}

// stackCallbackCall emits callback(f, *args) / push_async_callback(f,
// *args): the arguments (and a bound method's receiver, or a variable
// holding the callable) are evaluated at registration and the call
// inner, made when the stack unwinds, reads them.
func (g *gen) stackCallbackCall(x *ast.Call, r *Statement, stackT Code, inner *ast.Call, async bool) *Statement {
	var early []ast.Expr
	switch f := inner.Func.(type) {
	case *ast.Attribute:
		switch g.typeOf(f.Value).(type) {
		case *check.ModuleType, *check.ClassRef, nil:
		default:
			early = append(early, f.Value)
		}
	case *ast.Name:
		if sym := g.info.Uses[f]; sym != nil && sym.Kind == check.SymVar {
			early = append(early, f)
		}
	default:
		// push_async_callback(compensation(name, ref)): the callable is
		// made at registration, not when the stack unwinds.
		early = append(early, f)
	}
	early = append(early, inner.Args...)
	for _, k := range inner.Keywords {
		early = append(early, k.Value)
	}
	params := []Code{Id("_s").Add(stackT)}
	args := []Code{r}
	for i, e := range early {
		name := fmt.Sprintf("_a%d", i)
		params = append(params, Id(name).Add(g.goType(g.typeOf(e))))
		args = append(args, g.expr(e))
	}
	saved := map[ast.Expr]string{}
	if g.override == nil {
		g.override = map[ast.Expr]string{}
	}
	for i, e := range early {
		if old, ok := g.override[e]; ok {
			saved[e] = old
		}
		g.override[e] = fmt.Sprintf("_a%d", i)
	}
	call := g.expr(inner)
	for _, e := range early {
		delete(g.override, e)
		if old, ok := saved[e]; ok {
			g.override[e] = old
		}
	}
	var push Code
	if async {
		res := g.typeOf(inner).(*check.Coroutine).Result
		push = rt("PushAsyncCallback").Call(Id("_s"), Func().Params().Add(rt("Awaitable").Types(g.goType(res))).Block(Return(call)))
	} else {
		push = Id("_s").Dot("PushCallback").Call(Func().Params().Block(call))
	}
	return Func().Params(params...).Add(py("NoneType")).Block(push, Return(py("None"))).Call(args...)
}

// stackPushCall emits push(exit) / push_async_exit(exit): the exit of a
// context manager (not entered), or an exit function called with the
// exception's (type, value, traceback).
func (g *gen) stackPushCall(x *ast.Call, r *Statement, stackT Code, sc *check.StackCall) *Statement {
	arg := x.Args[0]
	at := g.typeOf(arg)
	var syncExit, asyncExit Code
	if sc.PushCM {
		syncExit, asyncExit = g.cmExitFunc(sc.CM, func() *Statement { return Id("_m") })
	} else {
		f := sc.Exit
		var args []Code
		for i, p := range f.Params {
			args = append(args, g.excArg(i, p.Type, Id("_e")))
		}
		call := Id("_m").Call(args...)
		param := Id("_e").Add(py("Exception"))
		res := f.Ret
		if co, ok := res.(*check.Coroutine); ok {
			res = co.Result
			conv := Func().Params(Id("_r").Add(g.goType(res))).Bool().Block(Return(g.truthOf(Id("_r"), res)))
			if res == check.None {
				conv = Func().Params(Id("_").Add(py("NoneType"))).Bool().Block(Return(False()))
			}
			asyncExit = Func().Params(param).Add(rt("Awaitable").Types(Bool())).Block(Return(rt("MapAwaitable").Call(call, conv)))
		} else if res == check.None {
			syncExit = Func().Params(param).Bool().Block(call, Return(False()))
		} else {
			syncExit = Func().Params(param).Bool().Block(Return(g.truthOf(call, res)))
		}
	}
	push := Id("_s").Dot("PushExit").Call(syncExit)
	if syncExit == nil {
		push = Id("_s").Dot("PushAsyncExit").Call(asyncExit)
	}
	return Func().Params(Id("_s").Add(stackT), Id("_m").Add(g.goType(at))).Add(py("NoneType")).Block(push, Return(py("None"))).Call(r, g.expr(arg))
}
