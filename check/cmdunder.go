package check

import "github.com/aiogo/aiogo/ast"

// Explicit calls of the context-manager methods of the runtime's context
// managers (RuntimeCMs): a class delegating its own protocol to a stack, a
// lock or a task group it owns,
//
//	async def __aenter__(self) -> "Pool":
//	    await self._stack.__aenter__()
//	    ...
//	async def __aexit__(self, et: type[BaseException] | None,
//	                    exc: BaseException | None, tb: object) -> bool:
//	    return await self._stack.__aexit__(et, exc, tb)
//
// __aenter__() is a coroutine whose result is what `async with ... as`
// binds (None for the locks); __aexit__(et, exc, tb) one whose result is
// what CPython's method returns: a bool for the exit stacks, None for the
// others (dunderExitNone). __enter__/__exit__ do the same for the
// synchronous managers. The runtime's exit sees only the exception value
// (exc; None on a normal exit), as the methods of CPython read it.

// dunderExitNone lists the runtime managers whose __aexit__/__exit__
// returns None in CPython although the runtime's exit reports a bool.
var dunderExitNone = map[string]bool{"TaskGroup": true, "Timeout": true}

// DunderCM is the protocol behind the explicit context-manager method
// call name (__aenter__, __aexit__, __enter__ or __exit__) on a value of
// type t: a runtime manager (RuntimeCMs) or a generator-based one
// (@asynccontextmanager, @contextmanager, aclosing, nullcontext, the
// Abstract(Async)ContextManager annotations). exit is the type of the
// value the exit method returns (awaited for async managers), as CPython's
// method returns it. cm is nil for other types and names.
func DunderCM(t Type, name string) (cm *RuntimeCM, exit Type) {
	var async bool
	switch name {
	case "__aenter__", "__aexit__":
		async = true
	case "__enter__", "__exit__":
	default:
		return nil, nil
	}
	switch x := t.(type) {
	case *Opaque:
		r := RuntimeCMs[x.GoName]
		if r == nil || r.Async != async {
			return nil, nil
		}
		if dunderExitNone[x.GoName] || r.ExitResult == nil {
			return r, None
		}
		return r, r.ExitResult
	case *GenCM:
		m := genCtxMgr(x, async)
		if m == nil {
			return nil, nil
		}
		return m.Runtime, m.ExitResult
	}
	return nil, nil
}

// cmDunderMethod types __aenter__/__aexit__/__enter__/__exit__ called on
// a runtime or generator-based context manager; ok is false for other
// receivers or names. x nil asks whether the method exists.
func (c *checker) cmDunderMethod(recv Type, name string, x *ast.Call) (Type, bool) {
	cm, exitRes := DunderCM(recv, name)
	if cm == nil {
		return nil, false
	}
	if x == nil {
		return recv, true
	}
	c.noKeywords(x)
	wrap := func(t Type) Type {
		if cm.Async {
			return &Coroutine{t}
		}
		return t
	}
	if name == "__enter__" || name == "__aenter__" {
		c.nargs(x, name, 0, 0)
		as := cm.As
		if as == nil {
			as = None
		}
		return wrap(as), true
	}
	if c.nargs(x, name, 3, 3) {
		c.expr(x.Args[0])
		if t := c.expr(x.Args[1]); t != nil && !excValueType(t) {
			c.errorf(x.Args[1].Position(), "the exception argument of %s must be an exception or None, not %s", name, t)
		}
		c.expr(x.Args[2])
	}
	return wrap(exitRes), true
}

// excValueType reports whether t is None, an exception class instance or
// an optional one: what the exc argument of an __exit__ call takes.
func excValueType(t Type) bool {
	if o, ok := t.(*Optional); ok {
		t = o.Elem
	}
	if t == None {
		return true
	}
	cl, ok := t.(*Class)
	return ok && cl.IsExc
}
