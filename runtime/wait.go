package runtime

import "github.com/aiogo/aiogo/runtime/py"

// This file ports asyncio.wait and asyncio.as_completed from CPython 3.11
// (tasks.py: wait/_wait, as_completed with its Queue of finished futures).

// The return_when values of asyncio.wait (strings, as in CPython).
const (
	FirstCompleted = "FIRST_COMPLETED"
	FirstException = "FIRST_EXCEPTION"
	AllCompleted   = "ALL_COMPLETED"
)

// Waitee is what asyncio.wait and as_completed accept: tasks and futures,
// compared by identity.
type Waitee interface {
	comparable
	AnyFuture
}

// WaitOp is the awaitable of asyncio.wait(fs, timeout=, return_when=).
type WaitOp[F Waitee] struct {
	fs         []F
	returnWhen string
	timeout    float64
	hasTimeout bool
	started    bool
	counter    int
	waiter     *Future[py.NoneType]
	th         *TimerHandle
	cbs        []*waitCB[F]
	res        py.Tuple2[*py.Set[F], *py.Set[F]]
}

type waitCB[F Waitee] struct {
	w *WaitOp[F]
	f F
}

func (c *waitCB[F]) run() {
	w := c.w
	w.counter--
	if w.counter <= 0 || w.returnWhen == FirstCompleted ||
		w.returnWhen == FirstException && !c.f.Cancelled() && c.f.Exception() != nil {
		if w.th != nil {
			w.th.Cancel()
		}
		if !w.waiter.Done() {
			w.waiter.SetResult(py.None)
		}
	}
}

// Wait is asyncio.wait. Duplicates in fs count once, as in CPython's set.
func Wait[F Waitee](fs []F, timeoutOpt py.Opt[float64], returnWhen string) *WaitOp[F] {
	timeout, hasTimeout := timeoutOpt.V, timeoutOpt.Ok
	if returnWhen != FirstCompleted && returnWhen != FirstException && returnWhen != AllCompleted {
		panic(py.ValueError("Invalid return_when value: " + returnWhen))
	}
	seen := make(map[F]bool, len(fs))
	var uniq []F
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			uniq = append(uniq, f)
		}
	}
	if len(uniq) == 0 {
		panic(py.ValueError("Set of Tasks/Futures is empty."))
	}
	return &WaitOp[F]{fs: uniq, returnWhen: returnWhen, timeout: timeout, hasTimeout: hasTimeout}
}

// WaitCoroutines is asyncio.wait over coroutines: CPython 3.11 checks
// return_when and emptiness as for futures, then raises TypeError (the
// coroutines are never run).
func WaitCoroutines[F Waitee, C any](cs []C, _ py.Opt[float64], returnWhen string) *WaitOp[F] {
	if returnWhen != FirstCompleted && returnWhen != FirstException && returnWhen != AllCompleted {
		panic(py.ValueError("Invalid return_when value: " + returnWhen))
	}
	if len(cs) == 0 {
		panic(py.ValueError("Set of Tasks/Futures is empty."))
	}
	panic(py.TypeError("Passing coroutines is forbidden, use tasks explicitly."))
}

// Step implements Awaitable.
func (w *WaitOp[F]) Step(tc *TaskCore) bool {
	if !w.started {
		w.started = true
		loop := tc.Loop()
		w.waiter = NewFuture[py.NoneType](loop)
		if w.hasTimeout {
			waiter := w.waiter
			w.th = loop.CallLater(w.timeout, func() {
				if !waiter.Done() {
					waiter.SetResult(py.None)
				}
			})
		}
		w.counter = len(w.fs)
		for _, f := range w.fs {
			cb := &waitCB[F]{w: w, f: f}
			w.cbs = append(w.cbs, cb)
			f.fcore().addCB(cb)
		}
	}
	done, exc := awaitFut(tc, w.waiter)
	if !done {
		return false
	}
	// finally: cancel the timer and remove the callbacks.
	if w.th != nil {
		w.th.Cancel()
	}
	for _, cb := range w.cbs {
		cb.f.fcore().removeRunner(cb)
	}
	if exc != nil {
		panic(exc)
	}
	doneSet, pending := py.NewSet[F](), py.NewSet[F]()
	for _, f := range w.fs {
		if f.Done() {
			doneSet.Add(f)
		} else {
			pending.Add(f)
		}
	}
	w.res = py.Tuple2[*py.Set[F], *py.Set[F]]{F0: doneSet, F1: pending}
	return true
}

// Result implements Awaitable: the (done, pending) sets.
func (w *WaitOp[F]) Result() py.Tuple2[*py.Set[F], *py.Set[F]] { return w.res }

// asCompleted is the shared state of one as_completed call.
type asCompleted[T any, F interface {
	Waitee
	Awaitable[T]
}] struct {
	todo    map[F]bool
	order   []F
	doneQ   []F
	timeout []bool // parallel to doneQ: a dummy entry from the timeout
	getters []*Future[py.NoneType]
	th      *TimerHandle
	cbs     map[F]*acCB[T, F]
}

type acCB[T any, F interface {
	Waitee
	Awaitable[T]
}] struct {
	s *asCompleted[T, F]
	f F
}

func (c *acCB[T, F]) run() {
	s := c.s
	if len(s.todo) == 0 {
		return // the timeout came first
	}
	delete(s.todo, c.f)
	s.put(c.f, false)
	if len(s.todo) == 0 && s.th != nil {
		s.th.Cancel()
	}
}

func (s *asCompleted[T, F]) put(f F, timeout bool) {
	s.doneQ = append(s.doneQ, f)
	s.timeout = append(s.timeout, timeout)
	for len(s.getters) > 0 {
		g := s.getters[0]
		s.getters = s.getters[1:]
		if !g.Done() {
			g.SetResult(py.None)
			break
		}
	}
}

// AsCompleted is asyncio.as_completed(fs, timeout=): an iterator of
// awaitables that return the results in completion order.
func AsCompleted[T any, F interface {
	Waitee
	Awaitable[T]
}](fs []F, timeoutOpt py.Opt[float64]) py.Iter[Awaitable[T]] {
	timeout, hasTimeout := timeoutOpt.V, timeoutOpt.Ok
	loop := GetEventLoop()
	s := &asCompleted[T, F]{todo: map[F]bool{}, cbs: map[F]*acCB[T, F]{}}
	for _, f := range fs {
		if !s.todo[f] {
			s.todo[f] = true
			s.order = append(s.order, f)
		}
	}
	for _, f := range s.order {
		cb := &acCB[T, F]{s: s, f: f}
		s.cbs[f] = cb
		f.fcore().addCB(cb)
	}
	if len(s.todo) > 0 && hasTimeout {
		s.th = loop.CallLater(timeout, func() {
			for _, f := range s.order {
				if s.todo[f] {
					f.fcore().removeRunner(s.cbs[f])
					var zero F
					s.put(zero, true)
				}
			}
			clear(s.todo)
		})
	}
	return &asCompletedIter[T, F]{s: s, n: len(s.order)}
}

type asCompletedIter[T any, F interface {
	Waitee
	Awaitable[T]
}] struct {
	s *asCompleted[T, F]
	n int
}

func (it *asCompletedIter[T, F]) Next() (Awaitable[T], bool) {
	if it.n == 0 {
		return nil, false
	}
	it.n--
	return &waitForOne[T, F]{s: it.s}, true
}

// waitForOne is as_completed's _wait_for_one coroutine: await the queue of
// finished futures, then return the next one's result.
type waitForOne[T any, F interface {
	Waitee
	Awaitable[T]
}] struct {
	s      *asCompleted[T, F]
	getter *Future[py.NoneType]
	res    T
}

// Step implements Awaitable.
func (w *waitForOne[T, F]) Step(tc *TaskCore) bool {
	s := w.s
	for len(s.doneQ) == 0 {
		if w.getter == nil {
			w.getter = NewFuture[py.NoneType](tc.Loop())
			s.getters = append(s.getters, w.getter)
		}
		done, exc := awaitFut(tc, w.getter)
		if !done {
			return false
		}
		g := w.getter
		w.getter = nil
		if exc != nil {
			g.Cancel()
			for i, x := range s.getters {
				if x == g {
					s.getters = append(s.getters[:i], s.getters[i+1:]...)
					break
				}
			}
			panic(exc)
		}
	}
	f, timedOut := s.doneQ[0], s.timeout[0]
	s.doneQ, s.timeout = s.doneQ[1:], s.timeout[1:]
	if timedOut {
		panic(py.NewExc(py.TimeoutErrorClass))
	}
	w.res = f.Result()
	return true
}

// Result implements Awaitable.
func (w *waitForOne[T, F]) Result() T { return w.res }

// WaitAny is asyncio.wait over the values of a union of task and future
// types (Task[int] | Task[str]), boxed: the sets hold the same values.
func WaitAny(fs []any, timeoutOpt py.Opt[float64], returnWhen string) Awaitable[py.Tuple2[*py.Set[any], *py.Set[any]]] {
	afs := make([]AnyFuture, len(fs))
	for i, f := range fs {
		afs[i] = f.(AnyFuture)
	}
	return MapAwaitable[py.Tuple2[*py.Set[AnyFuture], *py.Set[AnyFuture]]](Wait(afs, timeoutOpt, returnWhen),
		func(r py.Tuple2[*py.Set[AnyFuture], *py.Set[AnyFuture]]) py.Tuple2[*py.Set[any], *py.Set[any]] {
			box := func(s *py.Set[AnyFuture]) *py.Set[any] {
				out := py.NewSet[any]()
				for _, f := range s.Slice() {
					out.Add(f)
				}
				return out
			}
			return py.Tuple2[*py.Set[any], *py.Set[any]]{F0: box(r.F0), F1: box(r.F1)}
		})
}

// AnyAwaitables views the values of a union of awaitable types (boxed) as
// AnyAwaitables: gather(*tasks) of a list[Task[int] | Task[str]].
func AnyAwaitables(xs []any) []AnyAwaitable {
	out := make([]AnyAwaitable, len(xs))
	for i, x := range xs {
		out[i] = x.(AnyAwaitable)
	}
	return out
}

// anyFutAw is a task or future of a boxed union value seen as an
// Awaitable[any] (its result boxed as the union holds it); it compares as
// the task it holds.
type anyFutAw struct{ AnyFuture }

func (a anyFutAw) Result() any { return a.ResultAny() }

// AsCompletedAny is asyncio.as_completed over the values of a union of
// task and future types (Task[int] | Task[str]), boxed.
func AsCompletedAny(fs []any, timeoutOpt py.Opt[float64]) py.Iter[Awaitable[any]] {
	ws := make([]anyFutAw, len(fs))
	for i, f := range fs {
		ws[i] = anyFutAw{f.(AnyFuture)}
	}
	return AsCompleted[any](ws, timeoutOpt)
}
