package runtime

import (
	"math"
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aiogo/aiogo/runtime/py"
)

// Threads (R18): asyncio.to_thread, loop.run_in_executor(None, ...),
// asyncio.run_coroutine_threadsafe and time.sleep. Python functions run "in
// a thread" are ordinary compiled Go functions run on a worker goroutine of
// the loop's default executor; their result comes back through the loop's
// thread-safe inbox like CPython's call_soon_threadsafe. Every job holds the
// loop's external-work count (BeginExternal) until its result is posted, so
// the loop neither exits early nor jumps its virtual clock meanwhile.

// DefaultExecutor returns the loop's default executor, creating it on first
// use (loop._default_executor).
func (l *Loop) DefaultExecutor() *Executor {
	if l.executor == nil {
		l.executor = NewExecutor(0, l)
	}
	return l.executor
}

// closeExecutor shuts the default executor down and waits for its workers.
func (l *Loop) closeExecutor() {
	l.closeStreams()
	if ex := l.executor; ex != nil {
		l.executor = nil
		ex.Shutdown(true)
	}
	l.gilForget() // gil.go: no worker is left
}

// postThreadsafe is CallSoonThreadsafe without the panic: it reports false
// when the loop is already closed (the callback is dropped).
func (l *Loop) postThreadsafe(fn func()) bool {
	h := &Handle{fn: fn, loop: l}
	l.inboxMu.Lock()
	if l.closed.Load() {
		l.inboxMu.Unlock()
		return false
	}
	l.inbox = append(l.inbox, h)
	l.inboxFlag.Store(true)
	l.inboxMu.Unlock()
	l.wakeUp()
	return true
}

// callThread runs fn, converting a Python exception into exc.
func callThread[T any](fn func() T) (v T, exc py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			exc = py.FromPanic(r) // a Go panic of any value becomes an exception (goerror.go)
		}
	}()
	return fn(), nil
}

// executorCheckCancel is the done-callback run_in_executor's future gets
// (futures._chain_future's _call_check_cancel): a cancelled future keeps a
// job that has not started yet from running.
type executorCheckCancel struct {
	f         futureLike
	cancelled *atomic.Bool
}

func (c *executorCheckCancel) run() {
	if c.f.fcore().state == stateCancelled {
		c.cancelled.Store(true)
	}
}

// RunInExecutor is loop.run_in_executor(None, fn): fn runs on a worker
// goroutine of the default executor and the returned future receives its
// result or exception on a later pass. Cancelling the future does not stop a
// job that is already running (R18).
func RunInExecutor[T any](l *Loop, fn func() T) *Future[T] {
	l = loopOrCurrent(l)
	l.checkClosed()
	f := NewFuture[T](l)
	cancelled := &atomic.Bool{}
	f.addCB(&executorCheckCancel{f: f, cancelled: cancelled})
	gilActivate(l) // gil.go: from now on l's language code runs under its lock
	ok := l.DefaultExecutor().Submit(func() {
		if cancelled.Load() {
			return
		}
		gilAcquire(l)
		v, exc := callThread(fn)
		gilRelease(l)
		l.postThreadsafe(func() {
			if f.state != statePending {
				return
			}
			if exc != nil {
				f.SetException(exc)
			} else {
				f.SetResult(v)
			}
		})
	})
	if !ok {
		panic(py.RuntimeError("cannot schedule new futures after shutdown"))
	}
	return f
}

// ToThreadOp is the coroutine asyncio.to_thread(fn, *args) returns: its first
// step submits fn to the default executor, then it awaits the future.
type ToThreadOp[T any] struct {
	fn  func() T
	fut *Future[T]
}

// ToThread is asyncio.to_thread(fn): fn is a closure over the arguments.
func ToThread[T any](fn func() T) *ToThreadOp[T] { return &ToThreadOp[T]{fn: fn} }

// Step implements Awaitable.
func (o *ToThreadOp[T]) Step(tc *TaskCore) bool {
	if o.fut == nil {
		if e := tc.exc; e != nil {
			tc.exc = nil
			panic(e)
		}
		o.fut = RunInExecutor(tc.loop, o.fn)
	}
	return o.fut.Step(tc)
}

// Result implements Awaitable.
func (o *ToThreadOp[T]) Result() T { return o.fut.Result() }

// ResultAny implements AnyAwaitable.
func (o *ToThreadOp[T]) ResultAny() any { return o.fut.Result() }

// shutdownExecutorOp is loop.shutdown_default_executor(): a helper goroutine
// shuts the pool down (waiting for running jobs) while the loop keeps
// running, then resolves a future through the inbox.
type shutdownExecutorOp struct {
	fut *Future[py.NoneType]
}

func (o *shutdownExecutorOp) Step(tc *TaskCore) bool {
	if o.fut == nil {
		l := tc.loop
		ex := l.executor
		if ex == nil {
			return true
		}
		o.fut = NewFuture[py.NoneType](l)
		f := o.fut
		// The helper goroutine only waits for the workers (which hold the
		// external count while they run), so it holds none itself.
		l.goIO(func() {
			ex.Shutdown(true)
			l.postThreadsafe(func() {
				if f.state == statePending {
					f.SetResult(py.None)
				}
			})
		})
	}
	if !o.fut.Step(tc) {
		return false
	}
	tc.loop.executor = nil
	return true
}

func (o *shutdownExecutorOp) Result() py.NoneType { return py.None }

// ShutdownDefaultExecutor is loop.shutdown_default_executor().
func (l *Loop) ShutdownDefaultExecutor() Awaitable[py.NoneType] { return &shutdownExecutorOp{} }

// concurrent.futures exception classes.
var (
	// ConcurrentErrorClass is concurrent.futures.Error.
	ConcurrentErrorClass = &py.Class{Name: "Error", Base: py.ExceptionClass, Module: "concurrent.futures._base"}
	// ConcurrentCancelledErrorClass is concurrent.futures.CancelledError.
	ConcurrentCancelledErrorClass = &py.Class{Name: "CancelledError", Base: ConcurrentErrorClass, Module: "concurrent.futures._base"}
)

// Concurrent future states.
const (
	cfPending uint8 = iota
	cfRunning
	cfCancelled
	cfFinished
)

// ConcurrentFuture is concurrent.futures.Future[T], what
// run_coroutine_threadsafe returns. Its methods may be called from any
// goroutine; Result blocks the caller.
type ConcurrentFuture[T any] struct {
	mu     sync.Mutex
	done   chan struct{}
	state  uint8
	result T
	exc    py.Exception
	loop   *Loop
	task   *Task[T]
	parked []*parked // worker goroutines blocked in Result/Exception
}

func newConcurrentFuture[T any](l *Loop) *ConcurrentFuture[T] {
	return &ConcurrentFuture[T]{done: make(chan struct{}), loop: l}
}

// finish sets the final state once; it reports false if already done.
func (c *ConcurrentFuture[T]) finish(state uint8, v T, exc py.Exception) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state == cfCancelled || c.state == cfFinished {
		return false
	}
	c.state, c.result, c.exc = state, v, exc
	close(c.done)
	for _, p := range c.parked {
		p.wake()
	}
	c.parked = nil
	return true
}

// Done reports whether the future is finished or cancelled (done()).
func (c *ConcurrentFuture[T]) Done() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.state == cfCancelled || c.state == cfFinished
}

// Cancelled reports whether the future was cancelled (cancelled()).
func (c *ConcurrentFuture[T]) Cancelled() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.state == cfCancelled
}

// Running reports whether the coroutine's task was started (running()).
func (c *ConcurrentFuture[T]) Running() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.state == cfRunning
}

// Cancel cancels the future unless it is done; the task on the loop is then
// cancelled through call_soon_threadsafe (futures._call_check_cancel).
func (c *ConcurrentFuture[T]) Cancel() bool {
	var zero T
	c.mu.Lock()
	if c.state == cfFinished {
		c.mu.Unlock()
		return false
	}
	if c.state == cfCancelled {
		c.mu.Unlock()
		return true
	}
	c.mu.Unlock()
	if !c.finish(cfCancelled, zero, nil) {
		return c.Cancelled()
	}
	c.loop.postThreadsafe(func() {
		if c.task != nil {
			c.task.Cancel()
		}
	})
	return true
}

// wait blocks until the future is done or the timeout passes; it reports
// whether the future is done. While a worker blocks, it does not count as
// pending thread work, so the loop may advance its virtual clock to run the
// coroutine being waited for; with the virtual clock the timeout is
// measured on the loop's clock.
func (c *ConcurrentFuture[T]) wait(timeout float64, hasTimeout bool) bool {
	select {
	case <-c.done:
		return true
	default:
	}
	l := c.loop
	if hasTimeout && timeout <= 0 {
		return false
	}
	held := gilBlock()
	defer gilUnblock(held)
	if l.onLoopGoroutine() || currentLoop() != l {
		// Not a worker of the running loop: plain blocking wait.
		if !hasTimeout {
			<-c.done
			return true
		}
		t := time.NewTimer(secondsToDuration(timeout))
		defer t.Stop()
		select {
		case <-c.done:
			return true
		case <-t.C:
			return false
		}
	}
	p := newParked(l)
	c.mu.Lock()
	if c.state == cfCancelled || c.state == cfFinished {
		c.mu.Unlock()
		return true
	}
	c.parked = append(c.parked, p)
	c.mu.Unlock()
	p.park(timeout, hasTimeout)
	select {
	case <-c.done:
		return true
	default:
		return false
	}
}

// parked is a worker goroutine blocked until wake is called (by the loop,
// a timer or another goroutine). While parked it does not hold the loop's
// external-work count; wake gives the count back before the worker runs
// again, so the virtual clock cannot jump in between.
type parked struct {
	l     *Loop
	ch    chan struct{}
	woken atomic.Bool
}

func newParked(l *Loop) *parked { return &parked{l: l, ch: make(chan struct{})} }

func (p *parked) wake() {
	if p.woken.CompareAndSwap(false, true) {
		p.l.external.Add(1)
		close(p.ch)
	}
}

// park blocks until wake, or until the timeout (loop time on the virtual
// clock, real time otherwise).
func (p *parked) park(timeout float64, hasTimeout bool) {
	l := p.l
	if hasTimeout {
		if l.virtual {
			// The timer request is posted before the count is released,
			// so the loop sees it before it could jump the clock.
			if !l.postThreadsafe(func() { l.CallLater(timeout, p.wake) }) {
				return
			}
		} else {
			t := time.AfterFunc(secondsToDuration(timeout), p.wake)
			defer t.Stop()
		}
	}
	l.external.Add(-1)
	l.wakeUp()
	<-p.ch
}

func secondsToDuration(s float64) time.Duration {
	return time.Duration(math.Min(s, maxIdleWait.Seconds()) * 1e9)
}

// Result waits for the future (at most timeout seconds unless it is None) and
// returns its value or raises its exception; TimeoutError when the time is
// up and concurrent.futures.CancelledError when it was cancelled
// (result(timeout=...)).
func (c *ConcurrentFuture[T]) Result(timeout py.Opt[float64]) T {
	if !c.wait(timeout.V, timeout.Ok) {
		panic(py.NewExc(py.TimeoutErrorClass))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state == cfCancelled {
		panic(py.NewExc(ConcurrentCancelledErrorClass))
	}
	if c.exc != nil {
		panic(c.exc)
	}
	return c.result
}

// Exception waits like Result and returns the exception, or nil
// (exception(timeout=...)).
func (c *ConcurrentFuture[T]) Exception(timeout py.Opt[float64]) py.Exception {
	if !c.wait(timeout.V, timeout.Ok) {
		panic(py.NewExc(py.TimeoutErrorClass))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state == cfCancelled {
		panic(py.NewExc(ConcurrentCancelledErrorClass))
	}
	return c.exc
}

// cfSetState is the done-callback of the task run_coroutine_threadsafe
// created: it copies the task's outcome to the concurrent future
// (futures._set_concurrent_future_state).
type cfSetState[T any] struct{ c *ConcurrentFuture[T] }

func (s cfSetState[T]) run() {
	c := s.c
	t := c.task
	var zero T
	switch t.state {
	case stateCancelled:
		c.finish(cfCancelled, zero, nil)
	case stateFinished:
		if t.exc != nil {
			t.flags &^= fLogTB
			exc := t.exc
			if py.IsInstance(exc, py.CancelledErrorClass) {
				c.finish(cfCancelled, zero, nil)
				return
			}
			c.finish(cfFinished, zero, exc)
		} else {
			c.finish(cfFinished, t.value(), nil)
		}
	}
}

// RunCoroutineThreadsafe is asyncio.run_coroutine_threadsafe(coro, loop):
// from any goroutine, it asks the loop to run coro as a task and returns a
// concurrent future that receives the task's outcome.
func RunCoroutineThreadsafe[T any](coro Awaitable[T], l *Loop) *ConcurrentFuture[T] {
	c := newConcurrentFuture[T](l)
	ok := l.postThreadsafe(func() {
		c.mu.Lock()
		if c.state == cfCancelled {
			c.mu.Unlock()
			return
		}
		c.state = cfRunning
		c.mu.Unlock()
		t := LoopCreateTask(l, coro, "")
		c.task = t
		t.addCB(cfSetState[T]{c})
	})
	if !ok {
		panic(py.RuntimeError("Event loop is closed"))
	}
	return c
}

// TimeSleep is time.sleep(secs): it blocks the calling goroutine, a worker
// running a function given to to_thread or run_in_executor, or the loop
// itself, which then runs nothing meanwhile. With the virtual clock the
// sleep is virtual too: on the loop's goroutine the clock moves forward by
// secs at once; a worker parks until the loop's clock reaches now + secs
// (the clock only jumps when every worker is parked or idle).
func TimeSleep(secs float64) {
	if secs < 0 {
		panic(py.ValueError("sleep length must be non-negative"))
	}
	if math.IsNaN(secs) {
		panic(py.ValueError("Invalid value NaN (not a number)"))
	}
	l := currentLoop()
	if l == nil || !l.virtual {
		held := gilBlock()
		time.Sleep(secondsToDuration(secs))
		gilUnblock(held)
		return
	}
	if l.onLoopGoroutine() {
		l.vnow.Store(math.Float64bits(math.Float64frombits(l.vnow.Load()) + secs))
		return
	}
	held := gilBlock()
	newParked(l).park(secs, true)
	gilUnblock(held)
}

// curGoid returns the id of the calling goroutine (parsed from the first
// line of its stack trace, "goroutine N [...").
func curGoid() int64 {
	var buf [64]byte
	b := buf[:goruntime.Stack(buf[:], false)]
	const prefix = "goroutine "
	if len(b) < len(prefix) {
		return -1
	}
	var id int64
	for _, ch := range b[len(prefix):] {
		if ch < '0' || ch > '9' {
			break
		}
		id = id*10 + int64(ch-'0')
	}
	return id
}
