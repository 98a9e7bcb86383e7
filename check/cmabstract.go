package check

import "github.com/aiogo/aiogo/ast"

// Context managers as annotations: typing.AsyncContextManager[T] and
// contextlib.AbstractAsyncContextManager[T] (ContextManager[T] and
// AbstractContextManager[T] for with) stand for any context manager
// whose as-value is a T:
//
//	def factory(name: str) -> AsyncContextManager[Conn]:
//	    return connect(name)            # an @asynccontextmanager function's result
//
//	async def use(cm: AbstractAsyncContextManager[Conn]) -> None:
//	    async with cm as c: ...
//
// A user class with __aenter__/__aexit__, an @asynccontextmanager
// result, asyncio.Lock (a T of None), TaskGroup, timeout(),
// nullcontext(x)... are stored there; codegen converts the value to the
// runtime's interface (rt.AsyncCM, py.CM), whose enter and exit are those
// of the value's own protocol (ctxMgrOf).

// cmAnnotation resolves the context-manager annotations; ok is false for
// other names.
func (c *checker) cmAnnotation(name string, args []ast.Expr, x ast.Expr) (Type, bool) {
	async := false
	switch name {
	case "typing.AsyncContextManager", "contextlib.AbstractAsyncContextManager":
		async = true
	case "typing.ContextManager", "contextlib.AbstractContextManager":
	default:
		return nil, false
	}
	if len(args) != 1 {
		c.errorf(x.Position(), "%s takes 1 type argument", name)
		return nil, true
	}
	t := c.annotation(args[0])
	if t == nil {
		return nil, true
	}
	return &GenCM{Yield: t, Async: async, Abstract: true}, true
}

// assignableCM reports whether a value of type from is stored where the
// abstract context manager to is declared: from has the protocol (async
// or not, as to) and binds a value assignable to to's (the abstract
// classes are covariant).
func (c *checker) assignableCM(from Type, to *GenCM) bool {
	if !to.Abstract {
		return false
	}
	cm := CtxMgrOf(from, to.Async)
	if cm == nil || cm.Members != nil {
		return false
	}
	as := cm.As
	if as == nil {
		as = None
	}
	return Identical(as, to.Yield) || as != None && c.assignableType(as, to.Yield)
}
