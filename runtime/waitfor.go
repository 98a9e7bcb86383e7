package runtime

import "github.com/aiogo/aiogo/runtime/py"

// This file ports asyncio.wait_for as CPython 3.11 has it (tasks.py:436-504,
// before 3.12 rebuilt it on asyncio.timeout): on timeout the inner future is
// cancelled and waited for, and a value it returns anyway wins.

// releaser is tasks.py _release_waiter bound to one waiter: a done-callback
// and timer callback that completes the waiter unless it is done.
type releaser struct{ w *Future[py.NoneType] }

func (r *releaser) run() {
	if r.w.state == statePending {
		r.w.SetResult(py.None)
	}
}

func isCancelErr(e py.Exception) bool { return py.IsInstance(e, py.CancelledErrorClass) }

// awaitFut awaits a future from hand-written coroutine code: it steps f and,
// once it is done, reads its result. An exception (thrown into the task at
// this await, or the future's own) is returned instead of raised.
func awaitFut[T any](tc *TaskCore, f *Future[T]) (done bool, exc py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			done, exc = true, toException(r)
		}
	}()
	if !f.Step(tc) {
		return false, nil
	}
	f.Result()
	return true, nil
}

// cancelWait is tasks.py _cancel_and_wait: cancel fut and wait until it is
// done, through a separate waiter so that the wait itself stays
// cancellable.
type cancelWait struct {
	waiter *Future[py.NoneType]
	rel    releaser
	fut    AnyFuture
}

func (c *cancelWait) start(loop *Loop, fut AnyFuture) {
	c.waiter = NewFuture[py.NoneType](loop)
	c.rel.w = c.waiter
	c.fut = fut
	fut.fcore().addCB(&c.rel)
	fut.Cancel()
}

func (c *cancelWait) step(tc *TaskCore) bool {
	done, exc := awaitFut(tc, c.waiter)
	if !done {
		return false
	}
	c.fut.fcore().removeRunner(&c.rel) // finally: fut.remove_done_callback(cb)
	if exc != nil {
		panic(exc)
	}
	return true
}

const (
	wfStart = iota
	wfDirect
	wfZero
	wfWait
	wfCancelRaise
	wfCancelTimeout
	wfDone
)

// waitForOp is the coroutine wait_for(aw, timeout).
type waitForOp[T any] struct {
	aw      Awaitable[T]
	timeout float64
	has     bool
	state   uint8
	fut     FutureOf[T]
	waiter  *Future[py.NoneType]
	rel     releaser
	handle  *TimerHandle
	cw      cancelWait
	pending py.Exception
	res     T
}

// WaitFor is asyncio.wait_for(aw, timeout) (timeout may be None) with
// CPython 3.11's semantics: on timeout the inner task is
// cancelled and awaited, then TimeoutError (caused by its CancelledError) is
// raised unless it returned a value anyway.
func WaitFor[T any](aw Awaitable[T], timeout py.Opt[float64]) Awaitable[T] {
	return &waitForOp[T]{aw: aw, timeout: timeout.V, has: timeout.Ok}
}

// Result returns the value wait_for returned.
func (w *waitForOp[T]) Result() T { return w.res }

// resultOrTimeout is `return fut.result()` turning CancelledError into
// TimeoutError() from it.
func resultOrTimeout[T any](f FutureOf[T]) T {
	defer func() {
		if r := recover(); r != nil {
			e := toException(r)
			if isCancelErr(e) {
				te := py.NewExc(py.TimeoutErrorClass)
				te.Context = e
				panic(py.RaiseFrom(te, e))
			}
			panic(e)
		}
	}()
	return f.Result()
}

// Step implements Awaitable.
func (w *waitForOp[T]) Step(tc *TaskCore) bool {
	for {
		switch w.state {
		case wfStart:
			if !w.has {
				w.state = wfDirect
				continue
			}
			loop := tc.loop
			if w.timeout <= 0 {
				w.fut = ensureFuture(loop, w.aw)
				if w.fut.Done() {
					w.state = wfDone
					w.res = w.fut.Result()
					return true
				}
				w.cw.start(loop, w.fut)
				w.state = wfZero
				continue
			}
			w.waiter = NewFuture[py.NoneType](loop)
			w.rel.w = w.waiter
			w.handle = loop.CallLater(w.timeout, w.rel.run)
			w.fut = ensureFuture(loop, w.aw)
			w.fut.fcore().addCB(&w.rel)
			w.state = wfWait
		case wfDirect:
			if !w.aw.Step(tc) {
				return false
			}
			w.state = wfDone
			w.res = w.aw.Result()
			return true
		case wfZero:
			if !w.cw.step(tc) {
				return false
			}
			w.state = wfDone
			w.res = resultOrTimeout(w.fut)
			return true
		case wfWait:
			done, exc := awaitFut(tc, w.waiter)
			if !done {
				return false
			}
			if exc != nil && !isCancelErr(exc) {
				w.state = wfDone
				w.handle.Cancel()
				panic(exc)
			}
			if w.fut.Done() {
				w.state = wfDone
				w.handle.Cancel()
				w.res = w.fut.Result()
				return true
			}
			w.fut.fcore().removeRunner(&w.rel)
			w.cw.start(tc.loop, w.fut)
			if exc != nil {
				w.pending = exc
				w.state = wfCancelRaise
			} else {
				w.state = wfCancelTimeout
			}
		case wfCancelRaise, wfCancelTimeout:
			if !w.stepCancel(tc) {
				return false
			}
			st := w.state
			w.state = wfDone
			w.handle.Cancel()
			if st == wfCancelRaise {
				panic(w.pending)
			}
			w.res = resultOrTimeout(w.fut)
			return true
		default:
			return true
		}
	}
}

// stepCancel steps the cancel-and-wait, cancelling the timer if it raises
// (wait_for's finally).
func (w *waitForOp[T]) stepCancel(tc *TaskCore) bool {
	ok := false
	defer func() {
		if !ok {
			if r := recover(); r != nil {
				w.state = wfDone
				w.handle.Cancel()
				panic(r)
			}
		}
	}()
	done := w.cw.step(tc)
	ok = true
	return done
}
