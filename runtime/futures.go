package runtime

import (
	"strings"
	"unsafe"

	"github.com/aiogo/aiogo/runtime/py"
)

// Future states (futures.py _PENDING, _CANCELLED, _FINISHED).
const (
	statePending uint8 = iota
	stateCancelled
	stateFinished
)

// futCore.flags bits.
const (
	fLogTB      uint8 = 1 << iota // exception set and not retrieved yet
	fFutMsg                       // ext.futMsg holds the future's cancel message
	fTaskMsg                      // ext.taskMsg holds the task's cancel message
	fMustCancel                   // Task._must_cancel
	fStarted                      // the task's coroutine has been stepped
	fNamed                        // ext.name overrides "Task-N"
	fIsTask                       // the core belongs to a TaskCore
)

// futCore is the non-generic state shared by Future[T] and TaskCore.
// Rarely used fields live in ext, allocated on first use, so a pending
// future with one waiter is 56 bytes plus its result.
type futCore struct {
	loop *Loop
	// exc is the exception of a finished future. While a task is pending it
	// holds the exception to throw into the coroutine (see TakeThrow).
	exc   py.Exception
	cb0   runner // first done-callback (most futures have exactly one)
	ext   *futExt
	state uint8
	flags uint8
	// regPos is, in a TaskCore, where the loop's task registry holds it
	// (see taskRegistry; kept in what would be padding).
	regPos uint16
	// tnum is, in a TaskCore, the N of the default name "Task-N" (kept in
	// what would be padding; ext.bigNum holds numbers above 2^32-1).
	tnum uint32
}

type futExt struct {
	cbs          []runner // done-callbacks after cb0, in registration order
	futMsg       string   // Future._cancel_message
	taskMsg      string   // Task._cancel_message (cancelImpl mirrors it into futMsg: one C field)
	cancelledExc py.Exception
	hook         cancelHook // the outer future of gather overrides cancel()
	name         string
	bigNum       uint64 // a task number that does not fit in tnum
	ncancel      int32  // Task.cancelling()
	detached     bool   // Detach: nothing but the loop refers to the task
	view         any    // the task's *Future[T] view (TaskAsFuture)
}

// cancelHook replaces Future.cancel (used by gather's _GatheringFuture).
type cancelHook interface {
	cancelChildren(msg string, hasMsg bool) bool
}

// waitable is what a task can be suspended on (Task._fut_waiter): a future,
// a task, or a sleep.
type waitable interface {
	// cancelImpl is fut.cancel(msg); it reports whether a cancellation was
	// requested.
	cancelImpl(msg string, hasMsg bool) bool
	// raisesCancelled reports whether waking on it raises CancelledError.
	raisesCancelled() bool
}

// futureLike is implemented by *Future[T], *Task[T] and *TaskCore.
type futureLike interface {
	waitable
	fcore() *futCore
	ResultAny() any
}

func (c *futCore) fcore() *futCore { return c }

func (c *futCore) extra() *futExt {
	if c.ext == nil {
		c.ext = &futExt{}
	}
	return c.ext
}

// addCB registers r as a done-callback; on a done future it is queued at once
// (futures.py:222: never called synchronously).
func (c *futCore) addCB(r runner) {
	if c.state != statePending {
		if _, ok := r.(notifier); ok {
			c.keepNotifier(r)
			c.loop.ready.push((*futNotify)(c))
			return
		}
		c.loop.ready.push(r)
		return
	}
	if c.cb0 == nil && (c.ext == nil || len(c.ext.cbs) == 0) {
		c.cb0 = r
		return
	}
	x := c.extra()
	x.cbs = append(x.cbs, r)
}

// lastCB returns the callback (or, on a done future, the notifier)
// registered last, nil if none.
func (c *futCore) lastCB() runner {
	if c.ext != nil && len(c.ext.cbs) > 0 {
		return c.ext.cbs[len(c.ext.cbs)-1]
	}
	return c.cb0
}

// notifier is a done-callback that is told which future is done: gather
// registers itself on every child, so a child costs the gather no callback
// object of its own. When the future is done, its notifiers stay in cb0 and
// ext.cbs (a done future has no other callbacks: they were queued) and a
// futNotify entry is queued for each, in the order of the callbacks.
type notifier interface {
	runner // never called: notify is
	notify(c *futCore)
}

// futNotify is a ready-queue entry that calls the next notifier kept on a
// done future (the future itself, seen as this type).
type futNotify futCore

func (n *futNotify) run() {
	c := (*futCore)(n)
	r := c.cb0
	if r != nil {
		c.cb0 = nil
	} else {
		cbs := c.ext.cbs
		r = cbs[0]
		copy(cbs, cbs[1:])
		cbs[len(cbs)-1] = nil
		c.ext.cbs = cbs[:len(cbs)-1]
	}
	r.(notifier).notify(c)
}

// keepNotifier appends r to the notifiers kept on a done future.
func (c *futCore) keepNotifier(r runner) {
	if c.cb0 == nil && (c.ext == nil || len(c.ext.cbs) == 0) {
		c.cb0 = r
		return
	}
	x := c.extra()
	x.cbs = append(x.cbs, r)
}

// removeIf removes every pending callback for which match is true and
// returns how many were removed.
func (c *futCore) removeIf(match func(runner) bool) int {
	if c.state != statePending {
		return 0 // the callbacks were queued (what is left are notifiers)
	}
	n := 0
	if c.cb0 != nil && match(c.cb0) {
		c.cb0 = nil
		n++
	}
	if c.ext != nil && len(c.ext.cbs) > 0 {
		kept := c.ext.cbs[:0]
		for _, r := range c.ext.cbs {
			if match(r) {
				n++
			} else {
				kept = append(kept, r)
			}
		}
		clear(c.ext.cbs[len(kept):])
		c.ext.cbs = kept
	}
	return n
}

// removeRunner removes the internal callback r.
func (c *futCore) removeRunner(r runner) int {
	return c.removeIf(func(x runner) bool { return x == r })
}

// scheduleCallbacks queues every done-callback in registration order
// (futures.py:161); notifiers stay on the future (see notifier).
func (c *futCore) scheduleCallbacks() {
	q := &c.loop.ready
	if r := c.cb0; r != nil {
		c.cb0 = nil
		if _, ok := r.(notifier); ok {
			c.cb0 = r
			q.push((*futNotify)(c))
		} else {
			q.push(r)
		}
	}
	if c.ext != nil && len(c.ext.cbs) > 0 {
		cbs := c.ext.cbs
		w := 0 // notifiers kept in cbs[:w]
		for _, r := range cbs {
			if _, ok := r.(notifier); ok {
				if c.cb0 == nil {
					c.cb0 = r
				} else {
					cbs[w] = r
					w++
				}
				q.push((*futNotify)(c))
			} else {
				q.push(r)
			}
		}
		clear(cbs[w:])
		c.ext.cbs = cbs[:w]
	}
}

func (c *futCore) setFutMsg(msg string, hasMsg bool) {
	if hasMsg {
		c.extra().futMsg = msg
		c.flags |= fFutMsg
	} else {
		c.flags &^= fFutMsg
	}
}

// cancelFut is Future.cancel.
func (c *futCore) cancelFut(msg string, hasMsg bool) bool {
	c.flags &^= fLogTB
	if c.state != statePending {
		return false
	}
	c.state = stateCancelled
	c.setFutMsg(msg, hasMsg)
	c.scheduleCallbacks()
	return true
}

// makeCancelledError is Future._make_cancelled_error: the saved
// CancelledError that cancelled a task is handed out once, then fresh ones.
func (c *futCore) makeCancelledError() py.Exception {
	if c.ext != nil && c.ext.cancelledExc != nil {
		e := c.ext.cancelledExc
		c.ext.cancelledExc = nil
		return e
	}
	if c.flags&fFutMsg != 0 {
		return py.NewExc(py.CancelledErrorClass, c.ext.futMsg)
	}
	return py.NewExc(py.CancelledErrorClass)
}

func (c *futCore) raisesCancelled() bool {
	return c.state == stateCancelled ||
		(c.state == stateFinished && c.exc != nil && py.IsInstance(c.exc, py.CancelledErrorClass))
}

// checkResult raises what result() raises for anything but a value.
func (c *futCore) checkResult() {
	switch c.state {
	case stateFinished:
		c.flags &^= fLogTB
		if c.exc != nil {
			panic(c.exc)
		}
	case stateCancelled:
		panic(c.makeCancelledError())
	default:
		panic(py.NewExc(py.InvalidStateErrorClass, "Result is not set."))
	}
}

// Done reports whether the future is finished or cancelled (done()).
func (c *futCore) Done() bool { return c.state != statePending }

// Cancelled reports whether the future was cancelled (cancelled()).
func (c *futCore) Cancelled() bool { return c.state == stateCancelled }

// Exception returns the exception the future finished with, or nil
// (exception()). It raises CancelledError when cancelled and
// InvalidStateError("Exception is not set.") when pending.
func (c *futCore) Exception() py.Exception {
	switch c.state {
	case stateFinished:
		c.flags &^= fLogTB
		return c.exc
	case stateCancelled:
		panic(c.makeCancelledError())
	}
	panic(py.NewExc(py.InvalidStateErrorClass, "Exception is not set."))
}

// Loop returns the loop the future belongs to (get_loop()).
func (c *futCore) Loop() *Loop { return c.loop }

func (c *futCore) finish() {
	if c.state != statePending {
		panic(py.NewExc(py.InvalidStateErrorClass, "invalid state"))
	}
	c.state = stateFinished
	c.scheduleCallbacks()
}

func (c *futCore) setExc(e py.Exception, self futureLike) {
	if c.state != statePending {
		panic(py.NewExc(py.InvalidStateErrorClass, "invalid state"))
	}
	if py.IsInstance(e, py.StopIterationClass) {
		panic(py.TypeError("StopIteration interacts badly with generators and cannot be raised into a Future"))
	}
	c.exc = e
	c.flags |= fLogTB
	c.loop.noteFailed(self)
	c.finish()
	if c.ext != nil && c.ext.detached {
		// runners.go: collected once its done-callbacks have run.
		c.loop.ready.push(&dropReport{self})
	}
}

// Future is asyncio.Future[T]. Awaiting it (Step) suspends the task until
// the future is done; a done future is awaited without suspending.
type Future[T any] struct {
	futCore
	result T
	task   *Task[T] // non-nil: the future is a task seen as a Future (futureview.go)
}

// NewFuture creates a pending future on loop (loop.create_future());
// nil means the current event loop.
func NewFuture[T any](loop *Loop) *Future[T] {
	return &Future[T]{futCore: futCore{loop: loopOrCurrent(loop)}}
}

// Step implements Awaitable: it returns true when the future is done;
// otherwise it registers tc's wake-up as a done-callback and returns false.
func (f *Future[T]) Step(tc *TaskCore) bool {
	if f.task != nil {
		return f.task.Step(tc)
	}
	if e := tc.exc; e != nil {
		tc.exc = nil
		panic(e)
	}
	if f.state != statePending {
		return true
	}
	if f.loop != tc.loop {
		var b strings.Builder
		f.PyRepr(&b)
		return tc.differentLoop(b.String())
	}
	f.addCB(tc)
	tc.waiter = f
	return false
}

// Result returns the value, or raises the exception, CancelledError, or
// InvalidStateError("Result is not set.") (result()).
func (f *Future[T]) Result() T {
	if f.task != nil {
		return f.task.Result()
	}
	if f.state != stateFinished || f.exc != nil {
		f.checkResult()
	}
	f.flags &^= fLogTB
	return f.result
}

// ResultAny is Result as an any (AnyAwaitable).
func (f *Future[T]) ResultAny() any { return f.Result() }

// SetResult marks the future done with v and queues its callbacks; it
// raises InvalidStateError("invalid state") if the future is done.
func (f *Future[T]) SetResult(v T) {
	if f.task != nil {
		f.task.SetResult(v)
	}
	if f.state != statePending {
		panic(py.NewExc(py.InvalidStateErrorClass, "invalid state"))
	}
	f.result = v
	f.finish()
}

// SetException marks the future done with exception e (set_exception).
func (f *Future[T]) SetException(e py.Exception) {
	if f.task != nil {
		f.task.SetException(e)
	}
	f.setExc(e, f)
}

// Cancel cancels the future without a message (cancel()); it returns false
// if the future is already done.
func (f *Future[T]) Cancel() bool { return f.cancelImpl("", false) }

// CancelMsg cancels the future with a message (cancel(msg)).
func (f *Future[T]) CancelMsg(msg string) bool { return f.cancelImpl(msg, true) }

func (f *Future[T]) cancelImpl(msg string, hasMsg bool) bool {
	if f.task != nil {
		if hasMsg {
			return f.task.CancelMsg(msg)
		}
		return f.task.Cancel()
	}
	if f.ext != nil && f.ext.hook != nil {
		return f.ext.hook.cancelChildren(msg, hasMsg)
	}
	return f.cancelFut(msg, hasMsg)
}

// futCB is a user done-callback of a Future.
type futCB[T any] struct {
	fn  func(*Future[T])
	f   *Future[T]
	key any // funcKey(fn) or a caller-supplied comparable key
}

func (c *futCB[T]) run() {
	defer c.f.loop.recoverCallback()
	c.fn(c.f)
}

// funcKey returns the identity of a func value: the pointer to its closure
// object. Two func values from the same variable, or the same top-level
// function, have the same key; separately created closures (and method
// values, which Go allocates on each evaluation) have distinct keys.
func funcKey[F any](fn F) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&fn)) }

// AddDoneCallback schedules fn(f) with call_soon when f is done, in
// registration order (add_done_callback).
func (f *Future[T]) AddDoneCallback(fn func(*Future[T])) {
	if f.task != nil {
		f.AddDoneCallbackKey(funcKey(fn), fn)
		return
	}
	f.addCB(&futCB[T]{fn: fn, f: f, key: funcKey(fn)})
}

// AddDoneCallbackKey is AddDoneCallback with an explicit identity key for
// RemoveDoneCallbackKey (e.g. a compiler-assigned id of a bound method).
// The key must be comparable.
func (f *Future[T]) AddDoneCallbackKey(key any, fn func(*Future[T])) {
	if f.task != nil {
		f.task.AddDoneCallbackKey(key, func(*Task[T]) { fn(f) })
		return
	}
	f.addCB(&futCB[T]{fn: fn, f: f, key: key})
}

// RemoveDoneCallback removes every pending registration of fn (same func
// value, see funcKey) and returns how many were removed.
func (f *Future[T]) RemoveDoneCallback(fn func(*Future[T])) int {
	return f.removeKey(funcKey(fn))
}

// RemoveDoneCallbackKey removes the registrations made with key.
func (f *Future[T]) RemoveDoneCallbackKey(key any) int { return f.removeKey(key) }

func (f *Future[T]) removeKey(k any) int {
	if f.task != nil {
		return f.task.removeKey(k)
	}
	return f.removeIf(func(r runner) bool {
		c, ok := r.(*futCB[T])
		return ok && c.key == k
	})
}

// noteFailed remembers a failed future for the "exception was never
// retrieved" report. Entries whose exception was retrieved are dropped
// whenever the list doubles, so it stays proportional to the unretrieved
// ones.
func (l *Loop) noteFailed(f futureLike) {
	if len(l.failed) >= 64 && len(l.failed) == cap(l.failed) {
		kept := l.failed[:0]
		for _, x := range l.failed {
			if x.fcore().flags&fLogTB != 0 {
				kept = append(kept, x)
			}
		}
		clear(l.failed[len(kept):])
		l.failed = kept
	}
	l.failed = append(l.failed, f)
}
