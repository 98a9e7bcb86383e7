package check

import "github.com/aiogo/aiogo/ast"

// contextlib.ExitStack, contextlib.AsyncExitStack and
// contextlib.nullcontext (runtime/exitstack.go).
//
//	async with contextlib.AsyncExitStack() as stack:
//	    conn = await stack.enter_async_context(connect("db"))
//	    f = stack.enter_context(opened("log"))
//	    stack.callback(print, "closing")          # arguments evaluated now
//	    stack.push_async_callback(flush, conn)    # awaited on the way out
//
// The exits run in reverse order when the block ends (or on close() /
// aclose()), each seeing the exception the previous ones left, as
// CPython's ExitStack.__exit__ does.

// The runtime types of the exit stacks.
var (
	// ExitStackType is contextlib.ExitStack.
	ExitStackType = &Opaque{"ExitStack", "ExitStack"}
	// AsyncExitStackType is contextlib.AsyncExitStack.
	AsyncExitStackType = &Opaque{"AsyncExitStack", "AsyncExitStack"}
)

func init() {
	RuntimeCMs["ExitStack"] = &RuntimeCM{EnterResult: ExitStackType, As: ExitStackType, ExitTakesExc: true, ExitResult: Bool}
	RuntimeCMs["AsyncExitStack"] = &RuntimeCM{Async: true, EnterResult: AsyncExitStackType, As: AsyncExitStackType,
		ExitTakesExc: true, ExitAwaits: true, ExitResult: Bool}
}

// RunnerType is asyncio.Runner (runtime/runner.go): a sync context
// manager owning an event loop for several run() calls.
var RunnerType = &Opaque{"Runner", "Runner"}

func init() {
	RuntimeCMs["Runner"] = &RuntimeCM{EnterResult: RunnerType, As: RunnerType, ExitResult: None}
}

// runnerMethod types the methods of asyncio.Runner; ok is false for other
// receivers or names. x nil asks whether the method exists.
func (c *checker) runnerMethod(r *Opaque, name string, x *ast.Call) (Type, bool) {
	if r != RunnerType || (name != "run" && name != "close" && name != "get_loop") {
		return nil, false
	}
	if x == nil {
		return r, true
	}
	c.noKeywords(x)
	switch name {
	case "close":
		c.nargs(x, name, 0, 0)
		return None, true
	case "get_loop":
		c.nargs(x, name, 0, 0)
		return LoopType, true
	}
	if !c.nargs(x, name, 1, 1) {
		return nil, true
	}
	t := c.expr(x.Args[0])
	if co, ok := t.(*Coroutine); ok {
		return co.Result, true
	}
	if t != nil {
		c.errorf(x.Args[0].Position(), "Runner.run() needs a coroutine, not %s", t)
	}
	return nil, true
}

// StackCall describes a call of an exit-stack method that registers an
// exit (Info.StackCalls).
type StackCall struct {
	// CM is the context manager entered by enter_context or
	// enter_async_context.
	CM *CtxMgr
	// Callback is the call callback(f, *args) / push_async_callback(f,
	// *args) stands for: f(*args), made when the stack unwinds from the
	// values the arguments had at registration.
	Callback *ast.Call
	// PushCM is set for push(cm) / push_async_exit(cm): cm's exit is
	// registered without entering it (CM describes it).
	PushCM bool
	// Exit is the exit callable of push(f) / push_async_exit(f): f is
	// called with (exc_type, exc, tb) and its result suppresses.
	Exit *Func
}

// exitStackType maps the annotation names of the exit stacks.
func exitStackType(name string) Type {
	switch name {
	case "asyncio.Runner":
		return RunnerType
	case "contextlib.ExitStack":
		return ExitStackType
	case "contextlib.AsyncExitStack":
		return AsyncExitStackType
	}
	return nil
}

// exitStackCall types contextlib.ExitStack(), AsyncExitStack() and
// nullcontext(enter_result=None); ok is false for other names.
func (c *checker) exitStackCall(x *ast.Call, name string) (Type, bool) {
	switch name {
	case "asyncio.Runner":
		c.noKeywords(x)
		c.nargs(x, name, 0, 0)
		return RunnerType, true
	case "contextlib.ExitStack", "contextlib.AsyncExitStack":
		c.noKeywords(x)
		c.nargs(x, name, 0, 0)
		return exitStackType(name), true
	case "contextlib.nullcontext":
		c.noKeywords(x, "enter_result")
		if !c.nargs(x, name, 0, 1) {
			return nil, true
		}
		var arg ast.Expr
		if len(x.Args) == 1 {
			arg = x.Args[0]
		} else if k := c.keyword(x, "enter_result"); k != nil {
			arg = k.Value
		}
		if arg == nil {
			return &GenCM{Yield: None, Null: true}, true
		}
		t := c.expr(arg)
		if t == nil {
			return nil, true
		}
		return &GenCM{Yield: t, Null: true}, true
	}
	return nil, false
}

// exitStackMethod types the methods of the exit stacks; ok is false for
// other receivers or names. x nil asks whether the method exists.
func (c *checker) exitStackMethod(r *Opaque, name string, x *ast.Call) (Type, bool) {
	if r != ExitStackType && r != AsyncExitStackType {
		return nil, false
	}
	async := r == AsyncExitStackType
	switch name {
	case "enter_context", "callback", "pop_all", "push":
	case "close":
		if async {
			return nil, false
		}
	case "enter_async_context", "push_async_callback", "aclose", "push_async_exit":
		if !async {
			return nil, false
		}
	default:
		return nil, false
	}
	if x == nil {
		return r, true
	}
	switch name {
	case "pop_all":
		c.nargs(x, name, 0, 0)
		c.noKeywords(x)
		return r, true
	case "close":
		c.nargs(x, name, 0, 0)
		c.noKeywords(x)
		return None, true
	case "aclose":
		c.nargs(x, name, 0, 0)
		c.noKeywords(x)
		return &Coroutine{None}, true
	case "enter_context", "enter_async_context":
		c.noKeywords(x)
		if !c.nargs(x, name, 1, 1) {
			return nil, true
		}
		t := c.expr(x.Args[0])
		if t == nil {
			return nil, true
		}
		cm := c.ctxMgr(t, name == "enter_async_context", x.Args[0])
		if cm == nil {
			return nil, true
		}
		if cm.Members != nil {
			c.unsupported(x.Args[0], name+"() of a union of context managers")
			return nil, true
		}
		c.info.StackCalls[x] = &StackCall{CM: cm}
		as := cm.As
		if as == nil {
			as = None
		}
		if name == "enter_async_context" {
			return &Coroutine{as}, true
		}
		return as, true
	}
	if name == "push" || name == "push_async_exit" {
		return c.stackPush(x, name, name == "push_async_exit"), true
	}
	// callback(f, *args, **kwds), push_async_callback(f, *args, **kwds)
	if len(x.Args) == 0 {
		c.errorf(x.Pos, "%s() needs a callable", name)
		return nil, true
	}
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			c.errorf(a.Position(), "*arguments are outside the aiogo language here")
			return nil, true
		}
	}
	if c.stmtExpr != x {
		// typeshed: it returns the callable itself (used as a decorator).
		c.unsupported(x, "the value of "+name+"()")
	}
	inner := &ast.Call{Pos: x.Pos, Func: x.Args[0], Args: x.Args[1:], Keywords: x.Keywords}
	t := c.expr(inner)
	if t == nil {
		return nil, true
	}
	_, coro := t.(*Coroutine)
	switch {
	case name == "callback" && coro:
		c.errorf(x.Args[0].Position(), "callback() of a coroutine function: the coroutine would never be awaited (use push_async_callback)")
		return nil, true
	case name == "push_async_callback" && !coro:
		c.errorf(x.Args[0].Position(), "push_async_callback() needs a coroutine function, not a callable returning %s", t)
		return nil, true
	}
	c.info.StackCalls[x] = &StackCall{Callback: inner}
	return None, true
}

// stackPush types push(exit) / push_async_exit(exit): exit is a context
// manager (its __exit__ / __aexit__ is registered, it is not entered) or a
// callable taking (exc_type, exc, tb) and returning bool | None (awaited
// for push_async_exit).
func (c *checker) stackPush(x *ast.Call, name string, async bool) Type {
	c.noKeywords(x)
	if !c.nargs(x, name, 1, 1) {
		return nil
	}
	if c.stmtExpr != x {
		c.unsupported(x, "the value of "+name+"()") // typeshed: exit itself
	}
	t := c.expr(x.Args[0])
	if t == nil {
		return nil
	}
	if f, ok := t.(*Func); ok {
		if len(f.Params) != 3 {
			c.errorf(x.Args[0].Position(), "%s() needs a function taking (exc_type, exc, tb), not %s", name, t)
			return nil
		}
		for i, p := range f.Params {
			if !excParamOK(i, p.Type) {
				c.errorf(x.Args[0].Position(), "parameter %d of the exit function given to %s() cannot be None", i+1, name)
				return nil
			}
		}
		res := f.Ret
		if async {
			co, ok := res.(*Coroutine)
			if !ok {
				c.errorf(x.Args[0].Position(), "push_async_exit() needs a coroutine function, not %s", t)
				return nil
			}
			res = co.Result
		}
		switch res.(type) {
		case *Basic, *Optional:
		default:
			c.errorf(x.Args[0].Position(), "the exit function given to %s() must return bool or None", name)
			return nil
		}
		c.info.StackCalls[x] = &StackCall{Exit: f}
		return None
	}
	cm := c.ctxMgr(t, async, x.Args[0])
	if cm == nil {
		return nil
	}
	if cm.Members != nil {
		c.unsupported(x.Args[0], name+"() of a union of context managers")
		return nil
	}
	c.info.StackCalls[x] = &StackCall{CM: cm, PushCM: true}
	return None
}
