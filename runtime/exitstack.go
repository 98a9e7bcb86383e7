package runtime

import "github.com/aiogo/aiogo/runtime/py"

// This file ports contextlib.ExitStack and contextlib.AsyncExitStack from
// CPython 3.11 (contextlib.py: _BaseExitStack, ExitStack.__exit__,
// AsyncExitStack.__aexit__). Generated code registers each exit callback
// as a Go closure: the __exit__ of a context manager entered with
// enter_context / enter_async_context (which reports whether it
// suppresses the exception), or a callback(f, *args) /
// push_async_callback(f, *args) whose arguments were evaluated when it was
// registered (it never suppresses).

// exitCB is one registered exit callback: sync for a plain __exit__ or
// callback, async for an awaited __aexit__ or push_async_callback.
type exitCB struct {
	sync  func(exc py.Exception) bool
	async func(exc py.Exception) Awaitable[bool]
}

// ExitStack is contextlib.ExitStack: a stack of exit callbacks run in
// reverse order of registration when the with block ends or on close().
type ExitStack struct {
	cbs []exitCB
}

// NewExitStack is contextlib.ExitStack().
func NewExitStack() *ExitStack { return &ExitStack{} }

// AsyncExitStack is contextlib.AsyncExitStack: an ExitStack whose
// callbacks may be awaited (__aexit__ of async context managers and
// push_async_callback).
type AsyncExitStack struct {
	ExitStack
}

// NewAsyncExitStack is contextlib.AsyncExitStack().
func NewAsyncExitStack() *AsyncExitStack { return &AsyncExitStack{} }

// PushExit registers the __exit__ of an entered context manager (or a
// sync callback, which returns false).
func (s *ExitStack) PushExit(exit func(exc py.Exception) bool) {
	s.cbs = append(s.cbs, exitCB{sync: exit})
}

// PushAsyncExit registers the awaited __aexit__ of an entered async
// context manager (or an async callback, whose result is false).
func (s *AsyncExitStack) PushAsyncExit(exit func(exc py.Exception) Awaitable[bool]) {
	s.cbs = append(s.cbs, exitCB{async: exit})
}

// PushCallback is callback(f, *args): f is called (with the arguments
// evaluated at registration) when the stack unwinds.
func (s *ExitStack) PushCallback(f func()) {
	s.PushExit(func(py.Exception) bool { f(); return false })
}

// PushAsyncCallback is push_async_callback(f, *args): the coroutine f
// returns is awaited when the stack unwinds.
func PushAsyncCallback[T any](s *AsyncExitStack, f func() Awaitable[T]) {
	s.PushAsyncExit(func(py.Exception) Awaitable[bool] {
		return MapAwaitable(f(), func(T) bool { return false })
	})
}

// EnterContext is enter_context(cm) after cm.__enter__() returned v: the
// exit is registered only once the enter succeeded.
func EnterContext[T any](s *ExitStack, v T, exit func(exc py.Exception) bool) T {
	s.PushExit(exit)
	return v
}

// EnterAsyncContext is enter_async_context(cm): awaiting it calls enter
// (cm.__aenter__()), awaits its result and then registers the exit
// (syncExit for a manager whose exit does not suspend, else asyncExit).
func EnterAsyncContext[T any](s *AsyncExitStack, enter func() Awaitable[T], syncExit func(py.Exception) bool, asyncExit func(py.Exception) Awaitable[bool]) Awaitable[T] {
	return &enterAsyncOp[T]{s: s, enter: enter, syncExit: syncExit, asyncExit: asyncExit}
}

type enterAsyncOp[T any] struct {
	s         *AsyncExitStack
	enter     func() Awaitable[T]
	aw        Awaitable[T]
	syncExit  func(py.Exception) bool
	asyncExit func(py.Exception) Awaitable[bool]
	res       T
}

func (o *enterAsyncOp[T]) Step(tc *TaskCore) bool {
	if o.aw == nil {
		o.aw = o.enter()
	}
	if !o.aw.Step(tc) {
		return false
	}
	o.res = o.aw.Result()
	o.aw = nil
	if o.syncExit != nil {
		o.s.PushExit(o.syncExit)
	} else {
		o.s.PushAsyncExit(o.asyncExit)
	}
	return true
}

func (o *enterAsyncOp[T]) Result() T { return o.res }

// Ready is an awaitable that finishes at once with v: the awaited
// __aenter__ of a manager whose enter does not suspend.
func Ready[T any](v T) Awaitable[T] { return readyAw[T]{v} }

type readyAw[T any] struct{ v T }

func (r readyAw[T]) Step(*TaskCore) bool { return true }
func (r readyAw[T]) Result() T           { return r.v }

// PopAll is pop_all(): a new stack holding the callbacks, this one left
// empty (so leaving its with block runs nothing).
func (s *ExitStack) PopAll() *ExitStack {
	n := &ExitStack{cbs: s.cbs}
	s.cbs = nil
	return n
}

// PopAll is pop_all() of an AsyncExitStack.
func (s *AsyncExitStack) PopAll() *AsyncExitStack {
	n := &AsyncExitStack{ExitStack{cbs: s.cbs}}
	s.cbs = nil
	return n
}

// Enter is __enter__: it returns the stack itself.
func (s *ExitStack) Enter() *ExitStack { return s }

// Exit is __exit__ (exc nil on a normal exit): it runs the callbacks in
// reverse order, each seeing the exception left by the ones before; it
// reports whether the exception it received was suppressed and raises the
// last exception a callback raised (unless a later one suppressed it).
func (s *ExitStack) Exit(exc py.Exception) bool {
	u := unwinder{exc: exc, frame: exc, received: exc != nil}
	for len(s.cbs) > 0 {
		cb := s.cbs[len(s.cbs)-1]
		s.cbs = s.cbs[:len(s.cbs)-1]
		u.outcome(callExit(cb.sync, u.exc))
	}
	return u.finish()
}

// Close is close(): __exit__(None, None, None).
func (s *ExitStack) Close() { s.Exit(nil) }

// AEnter is __aenter__: it returns the stack itself (it never suspends).
func (s *AsyncExitStack) AEnter() *AsyncExitStack { return s }

// AExit is __aexit__: Exit with the async callbacks awaited in turn.
func (s *AsyncExitStack) AExit(exc py.Exception) Awaitable[bool] {
	return &unwindOp{s: s, u: unwinder{exc: exc, frame: exc, received: exc != nil}}
}

// AClose is aclose(): __aexit__(None, None, None).
func (s *AsyncExitStack) AClose() Awaitable[py.NoneType] {
	return MapAwaitable[bool](s.AExit(nil), func(bool) py.NoneType { return py.None })
}

// unwinder is the state of ExitStack.__exit__ / __aexit__ while the
// callbacks run.
type unwinder struct {
	exc        py.Exception // exc_details[1]: what the next callback sees
	frame      py.Exception // frame_exc: the exception being handled
	received   bool
	suppressed bool
	pending    bool // pending_raise
}

// outcome records what one callback did: suppressed the exception, or
// raised raised (nil: returned).
func (u *unwinder) outcome(suppress bool, raised py.Exception) {
	if raised != nil {
		fixContext(raised, u.exc, u.frame)
		u.pending = true
		u.exc = raised
		return
	}
	if suppress {
		u.suppressed = true
		u.pending = false
		u.exc = nil
	}
}

// finish raises the pending exception or returns __exit__'s result.
func (u *unwinder) finish() bool {
	if u.pending {
		// raise exc_details[1] with its context as fixed (not chained again
		// to the exception the with statement is handling).
		u.exc.Exc().KeepContext()
		panic(u.exc)
	}
	return u.received && u.suppressed
}

// fixContext is _fix_exception_context(new_exc, old_exc). In CPython the
// callback raised newExc while frame was being handled, so newExc's
// context chain ends at frame, and that link is replaced by old. A
// callback compiled here does not see frame: its chain ends at None
// where CPython's has frame (when there is one).
func fixContext(newExc, old, frame py.Exception) {
	if frame == nil || newExc == old || newExc == frame {
		// CPython: the chain ends at None, or the callback re-raised the
		// exception it was handed: left as it is.
		return
	}
	e := newExc.Exc()
	for {
		ctx := e.Context
		if ctx != nil && ctx == old {
			return
		}
		if ctx == nil || ctx == frame {
			break
		}
		e = ctx.Exc()
	}
	e.Context = old
}

// callExit calls a sync exit callback, returning the exception it raised.
func callExit(f func(py.Exception) bool, exc py.Exception) (suppress bool, raised py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(py.Exception)
			if !ok {
				panic(r)
			}
			suppress, raised = false, e
		}
	}()
	return f(exc), nil
}

// unwindOp is the awaitable of AsyncExitStack.__aexit__.
type unwindOp struct {
	s   *AsyncExitStack
	u   unwinder
	cur Awaitable[bool] // the async callback being awaited
	res bool
}

func (o *unwindOp) Step(tc *TaskCore) bool {
	for {
		if o.cur != nil {
			fin, sup, raised := stepExit(o.cur, tc)
			if !fin {
				return false
			}
			o.cur = nil
			o.u.outcome(sup, raised)
			continue
		}
		s := &o.s.ExitStack
		if len(s.cbs) == 0 {
			break
		}
		cb := s.cbs[len(s.cbs)-1]
		s.cbs = s.cbs[:len(s.cbs)-1]
		if cb.sync != nil {
			o.u.outcome(callExit(cb.sync, o.u.exc))
			continue
		}
		aw, raised := startExit(cb.async, o.u.exc)
		if raised != nil {
			o.u.outcome(false, raised)
			continue
		}
		o.cur = aw
	}
	o.res = o.u.finish()
	return true
}

func (o *unwindOp) Result() bool { return o.res }

// startExit calls an async exit callback (making its awaitable).
func startExit(f func(py.Exception) Awaitable[bool], exc py.Exception) (aw Awaitable[bool], raised py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(py.Exception)
			if !ok {
				panic(r)
			}
			aw, raised = nil, e
		}
	}()
	return f(exc), nil
}

// stepExit steps an awaited exit callback: fin is false while it is
// suspended; raised is the exception it finished with (a CancelledError
// thrown into the task while it waits included, as in CPython).
func stepExit(aw Awaitable[bool], tc *TaskCore) (fin, suppress bool, raised py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(py.Exception)
			if !ok {
				panic(r)
			}
			fin, suppress, raised = true, false, e
		}
	}()
	if !aw.Step(tc) {
		return false, false, nil
	}
	return true, aw.Result(), nil
}

// NullContext is contextlib.nullcontext(enter_result): with and async with
// bind enter_result and do nothing else.
type NullContext[T any] struct{ v T }

// NewNullContext is contextlib.nullcontext(v).
func NewNullContext[T any](v T) *NullContext[T] { return &NullContext[T]{v} }

// Enter is __enter__.
func (n *NullContext[T]) Enter() T { return n.v }

// Exit is __exit__ (it never suppresses).
func (n *NullContext[T]) Exit() {}

// AEnter is __aenter__ (it never suspends).
func (n *NullContext[T]) AEnter() T { return n.v }

// AExit is __aexit__.
func (n *NullContext[T]) AExit() {}
