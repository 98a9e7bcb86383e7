package runtime

import (
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aiogo/aiogo/runtime/py"
)

// runner is an entry of the ready queue: a task step (*TaskCore), a future
// done-callback, a timer whose deadline passed, or a user callback (*Handle).
// Internal wake-ups are pointers to long-lived objects, so queuing them never
// allocates.
type runner interface{ run() }

// timerEntry is what the timer heap points at. It is the first field of
// its owner, a TimerHandle or a SleepOp (sleep is set), so scheduling a
// sleep does not allocate, and the owner is found from the entry with a
// pointer conversion instead of an interface stored in every entry.
type timerEntry struct {
	when  float64
	seq   uint64 // the sequence number of its slot in the timer queue; 0 when not scheduled
	sleep bool   // the owner is a SleepOp
	// state is the owner's own state (a SleepOp's), kept here, in what
	// would be padding.
	state uint8
}

// heapItem is one slot of the timer queue (timers.go): of its 4-ary heap
// (half the levels of a binary one, and the four children of a slot share
// a cache line or two) or of one of its sorted runs. The deadline and the
// sequence number are copied into the slot so comparisons stay in the
// queue's memory: sifting touches nothing else. A slot whose entry's seq
// no longer matches is stale (its timer was cancelled).
type heapItem struct {
	when float64
	seq  uint64
	e    *timerEntry
}

func (a *heapItem) less(b *heapItem) bool {
	return a.when < b.when || (a.when == b.when && a.seq < b.seq)
}

// Handle is a callback scheduled with CallSoon or CallSoonThreadsafe
// (asyncio.Handle).
type Handle struct {
	fn        func()
	loop      *Loop
	cancelled atomic.Bool
}

// Cancel prevents the callback from running if it has not run yet.
func (h *Handle) Cancel() { h.cancelled.Store(true) }

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool { return h.cancelled.Load() }

func (h *Handle) run() {
	if h.cancelled.Load() {
		return
	}
	defer h.loop.recoverCallback()
	h.fn()
}

// TimerHandle is a callback scheduled with CallLater or CallAt
// (asyncio.TimerHandle).
type TimerHandle struct {
	timerEntry
	fn        func()
	loop      *Loop
	cancelled bool
}

// Cancel prevents the callback from running. A pending timer leaves the heap
// at once (the heap is indexed, so this is O(log n)).
func (t *TimerHandle) Cancel() {
	if t.cancelled {
		return
	}
	t.cancelled = true
	if t.seq != 0 {
		t.loop.removeTimer(&t.timerEntry)
	}
}

// Cancelled reports whether Cancel was called.
func (t *TimerHandle) Cancelled() bool { return t.cancelled }

// When returns the deadline in the loop's clock (TimerHandle.when()).
func (t *TimerHandle) When() float64 { return t.when }

func (t *TimerHandle) run() {
	if t.cancelled {
		return
	}
	defer t.loop.recoverCallback()
	t.fn()
}

// Loop is a single-threaded event loop with CPython 3.11 asyncio's scheduling
// order. All methods except CallSoonThreadsafe, EndExternal and Time must be
// called on the goroutine running the loop (or while it is not running).
type Loop struct {
	ready   ring
	timers  timerQueue    // timers.go
	vnow    atomic.Uint64 // virtual clock, float64 bits
	virtual bool

	running  bool
	stopping bool
	closed   atomic.Bool

	current *TaskCore    // task being stepped (current_task)
	tasks   taskRegistry // not-done tasks (all_tasks)
	failed  []futureLike

	inboxFlag atomic.Bool // inbox non-empty: lets the loop skip the mutex
	inboxMu   sync.Mutex
	inbox     []*Handle
	spare     []*Handle
	wake      chan struct{}
	idle      *time.Timer
	external  atomic.Int64
	passes    uint64  // number of runOnce calls (iterations)
	slabs     slabs   // slab.go: task boxes during a burst
	vtKey     any     // tasks.go: the box type of the last task created
	vt        *taskVT // and its functions

	holdReports bool // Close leaves the unretrieved reports to Run (runners.go)

	poll atomic.Pointer[poller] // netpoll.go: created by the first socket
	sw   *sockWriter            // writer.go: started by the first write
	io   *loopIO                // transports.go: sockets to close with the loop
	ioWG sync.WaitGroup         // helper goroutines Close waits for
	rbuf []byte                 // transports.go: the scratch buffer reads go to

	executor *Executor           // default executor (threads.go), created on first use
	host     *hostConf           // options of a loop a Go program hosts (host.go), or nil
	goid     atomic.Int64        // goroutine inside RunForever, 0 when not running or not registered (host.go)
	gilp     atomic.Pointer[gil] // the loop's GIL once switched on (gil.go)
}

// NewLoop creates an event loop. virtual selects the virtual clock: when no
// callback is ready and no thread work is pending, time jumps to the next
// timer deadline instead of sleeping.
func NewLoop(virtual bool) *Loop {
	l := &Loop{virtual: virtual, wake: make(chan struct{}, 1)}
	l.ready.loop = l
	return l
}

// NewEventLoop creates a loop like asyncio.new_event_loop(): the clock is
// virtual when the environment variable AIOGO_CLOCK is "virtual".
func NewEventLoop() *Loop { return NewLoop(virtualFromEnv()) }

var (
	runningLoop atomic.Pointer[Loop] // loop inside RunForever
	eventLoop   atomic.Pointer[Loop] // set_event_loop
)

// GetRunningLoop returns the running loop (asyncio.get_running_loop()); it
// raises RuntimeError("no running event loop") when none is running.
//
// There is one running loop per process (not per thread as in CPython).
func GetRunningLoop() *Loop {
	if _, ok := workerThread(); ok { // executor.go
		if l := loopOnGoroutine(); l != nil {
			return l // a loop the thread runs (asyncio.run inside the function)
		}
		panic(py.Exception(py.RuntimeError("no running event loop")))
	}
	if l := currentLoop(); l != nil {
		return l
	}
	panic(py.Exception(py.RuntimeError("no running event loop")))
}

// GetEventLoop returns the running loop, else the loop set with
// SetEventLoop, else a new loop that becomes the current one
// (asyncio.get_event_loop()).
func GetEventLoop() *Loop {
	if name, ok := workerThread(); ok { // executor.go
		if l := loopOnGoroutine(); l != nil {
			return l
		}
		panic(py.Exception(py.RuntimeError("There is no current event loop in thread '" + name + "'.")))
	}
	return getEventLoop()
}

// getEventLoop is GetEventLoop for the runtime's own use (a loop for an
// object made without one), on any goroutine.
func getEventLoop() *Loop {
	if l := currentLoop(); l != nil {
		return l
	}
	if l := eventLoop.Load(); l != nil {
		return l
	}
	l := NewEventLoop()
	eventLoop.Store(l)
	return l
}

// SetEventLoop makes l the current loop (asyncio.set_event_loop); nil clears it.
func SetEventLoop(l *Loop) { eventLoop.Store(l) }

func loopOrCurrent(l *Loop) *Loop {
	if l != nil {
		return l
	}
	return getEventLoop()
}

func (l *Loop) checkClosed() {
	if l.closed.Load() {
		panic(py.Exception(py.RuntimeError("Event loop is closed")))
	}
}

// IsRunning reports whether the loop is inside RunForever.
func (l *Loop) IsRunning() bool { return l.running }

// IsClosed reports whether Close was called.
func (l *Loop) IsClosed() bool { return l.closed.Load() }

// CallSoon schedules fn to run on a later pass, after everything already
// queued (loop.call_soon).
func (l *Loop) CallSoon(fn func()) *Handle {
	l.checkClosed()
	h := &Handle{fn: fn, loop: l}
	l.ready.push(h)
	return h
}

// CallLater schedules fn to run delay seconds from now (loop.call_later).
func (l *Loop) CallLater(delay float64, fn func()) *TimerHandle {
	return l.CallAt(l.Time()+delay, fn)
}

// CallAt schedules fn to run at the loop time when (loop.call_at). Timers
// with equal deadlines run in the order they were scheduled.
func (l *Loop) CallAt(when float64, fn func()) *TimerHandle {
	l.checkClosed()
	t := &TimerHandle{fn: fn, loop: l}
	l.addTimer(&t.timerEntry, when)
	return t
}

// CallSoonThreadsafe schedules fn from any goroutine and wakes the loop if it
// is idle (loop.call_soon_threadsafe). The returned handle must only be
// cancelled from the loop's goroutine or before the loop could run it.
func (l *Loop) CallSoonThreadsafe(fn func()) *Handle {
	if l.onLoopGoroutine() { // threads.go: like CPython, straight to the ready queue
		return l.CallSoon(fn)
	}
	h := &Handle{fn: fn, loop: l}
	l.inboxMu.Lock()
	if l.closed.Load() {
		l.inboxMu.Unlock()
		panic(py.Exception(py.RuntimeError("Event loop is closed")))
	}
	l.inbox = append(l.inbox, h)
	l.inboxFlag.Store(true)
	l.inboxMu.Unlock()
	l.wakeUp()
	return h
}

// BeginExternal records that work outside the loop (a thread started by
// to_thread or run_in_executor) will later post a result with
// CallSoonThreadsafe. While such work is pending the virtual clock does not
// jump: the loop waits for the result first.
func (l *Loop) BeginExternal() { l.external.Add(1) }

// EndExternal undoes BeginExternal; it may be called from any goroutine,
// after the result has been posted with CallSoonThreadsafe.
func (l *Loop) EndExternal() {
	l.external.Add(-1)
	l.wakeUp()
}

func (l *Loop) wakeUp() {
	if p := l.poll.Load(); p != nil {
		p.wake() // netpoll.go
	}
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

func (l *Loop) drainInbox() {
	l.inboxMu.Lock()
	items := l.inbox
	l.inbox = l.spare[:0]
	l.inboxFlag.Store(false)
	l.inboxMu.Unlock()
	for i, h := range items {
		l.ready.push(h)
		items[i] = nil
	}
	l.spare = items[:0]
}

// runOnce is one iteration of the loop (base_events.py _run_once): take what
// other goroutines posted, wait if there is nothing to do, move due timers
// to the end of the ready queue, then run exactly the callbacks that are
// queued at that point; whatever they schedule runs on the next pass.
func (l *Loop) runOnce() {
	l.passes++
	if l.tasks.ndone > 64 {
		l.tasks.newPass() // registry.go
	}
	if l.slabs.byType != nil {
		l.slabs.newPass(l.passes) // slab.go: drop the slabs of a burst that is over
	}
	l.registerIfShared() // host.go: several loops run; ours must be found by goroutine id
	if l.ready.nspare > minSpare {
		l.ready.trim()
	}
	if l.ready.nslab > 0 && l.slabs.byType == nil {
		l.ready.dropSlabSpares() // the burst is over
	}
	if gilOn.Load() {
		l.gilSwitch() // gil.go
	}
	if l.inboxFlag.Load() {
		l.drainInbox()
	}
	if p := l.poll.Load(); p != nil {
		l.pollIO(p) // netpoll.go: every pass polls the sockets
	} else if l.ready.n == 0 && !l.stopping {
		l.waitIdle()
	}
	if l.timers.n > 0 {
		now := l.Time()
		end := now + ClockResolution
		for {
			w, ok := l.nextTimer()
			// A deadline the virtual clock has reached is due even where
			// now + ClockResolution rounds to now (from about 1e7 s on:
			// float64's spacing there is above 1e-9), or the clock would
			// jump to it again and again without firing it.
			if !ok || (w >= end && !(l.virtual && w <= now)) {
				break
			}
			l.fireNext() // timers.go
		}
	}
	for n := l.ready.n; n > 0; {
		n = l.runSome(n)
	}
}

// runSome runs the next n ready entries and returns how many of them are
// left to run: 0, or the rest of the batch after a task step that raised.
// Task steps have no deferred recover of their own; the exception of a
// step unwinds to this function's, which ends that task (stepFailed) and
// returns so that runOnce goes on with the rest. A panic outside a task
// step (l.current nil) propagates.
func (l *Loop) runSome(n int) (left int) {
	done := false
	defer func() {
		if done {
			return
		}
		r := recover()
		tc := l.current
		if tc == nil {
			panic(r)
		}
		left = n - 1
		tc.stepFailed(toException(r))
	}()
	for ; n > 0; n-- {
		l.ready.runNext()
	}
	done = true
	return 0
}

// waitIdle blocks until the next timer is due or another goroutine posts
// work. With the virtual clock it jumps to the next deadline instead, unless
// thread work is pending.
func (l *Loop) waitIdle() {
	if gilOn.Load() {
		// gil.go: blocking releases the lock, as CPython's selector does.
		held := gilBlockAs(l.goid.Load())
		defer gilUnblock(held)
	}
	if l.virtual {
		// external is read before the inbox: EndExternal comes after the
		// result was posted, so seeing 0 means the result is visible.
		ext := l.external.Load()
		if !l.inboxFlag.Load() {
			if w, ok := l.nextTimer(); ext == 0 && ok {
				if w > math.Float64frombits(l.vnow.Load()) {
					l.vnow.Store(math.Float64bits(w))
				}
				return
			}
			<-l.wake
		}
	} else if w, ok := l.nextTimer(); ok {
		d := w - realNow()
		if d <= 0 {
			return
		}
		dur := maxIdleWait
		if d < maxIdleWait.Seconds() {
			dur = time.Duration(math.Ceil(d * 1e9))
		}
		if l.idle == nil {
			l.idle = time.NewTimer(dur)
		} else {
			l.idle.Reset(dur)
		}
		select {
		case <-l.wake:
			l.idle.Stop()
		case <-l.idle.C:
		}
	} else {
		<-l.wake
	}
	if l.inboxFlag.Load() {
		l.drainInbox()
	}
}

// RunForever runs passes until Stop is called (loop.run_forever). Stop
// lets the current pass finish; callbacks it queued run on the next run.
func (l *Loop) RunForever() {
	l.checkClosed()
	if l.running {
		panic(py.Exception(py.RuntimeError("This event loop is already running")))
	}
	l.enterRunning() // host.go: one running loop per goroutine
	l.running = true
	l.gilEnter() // gil.go
	defer func() {
		l.gilLeave() // gil.go: code outside a running loop holds no lock
		l.leaveRunning()
		l.stopping = false
		l.running = false
		l.current = nil
	}()
	for {
		l.runOnce()
		if l.stopping {
			break
		}
	}
}

// Stop asks RunForever to return after the current pass (loop.stop). Called
// before RunForever, it makes the next run do exactly one pass.
func (l *Loop) Stop() { l.stopping = true }

// Close discards pending callbacks and timers and marks the loop closed
// (loop.close). It raises RuntimeError while the loop is running. It also
// reports, on stderr, task and future exceptions that were never retrieved.
// It shuts down the default executor and closes the loop's streams and
// servers, waiting for their goroutines, so nothing is left behind.
func (l *Loop) Close() {
	if l.running {
		panic(py.Exception(py.RuntimeError("Cannot close a running event loop")))
	}
	if l.closed.Load() {
		return
	}
	l.closeExecutor() // threads.go: no worker goroutine outlives the loop
	l.inboxMu.Lock()
	l.closed.Store(true)
	l.inbox, l.spare = nil, nil
	l.inboxFlag.Store(false)
	l.inboxMu.Unlock()
	l.ready.clear()
	l.timers.reset()
	if l.idle != nil {
		l.idle.Stop()
		l.idle = nil
	}
	if eventLoop.Load() == l {
		eventLoop.Store(nil)
	}
	if !l.holdReports {
		l.reportUnretrieved()
	}
}

// stopper is the done-callback RunUntilComplete adds to its future
// (_run_until_complete_cb).
type stopper struct{ f futureLike }

func (s *stopper) run() {
	c := s.f.fcore()
	if c.state == stateFinished {
		c.flags &^= fLogTB
		if e := c.exc; e != nil && (py.IsInstance(e, py.SystemExitClass) || py.IsInstance(e, py.KeyboardInterruptClass)) {
			return
		}
	}
	c.loop.Stop()
}

// RunUntilComplete runs the loop until aw is done and returns its result or
// raises its exception (loop.run_until_complete). A coroutine is wrapped in
// a task; a *Future or *Task is used as is.
func RunUntilComplete[T any](l *Loop, aw Awaitable[T]) T {
	l.checkClosed()
	if l.running {
		panic(py.Exception(py.RuntimeError("This event loop is already running")))
	}
	f := ensureFuture(l, aw)
	fl := f.(futureLike)
	s := &stopper{fl}
	c := fl.fcore()
	if c.loop != nil && c.loop != l {
		// CPython's ensure_future: a future (a gather made before any loop ran,
		// say) created on another loop cannot be run here.
		panic(py.Exception(py.ValueError("The future belongs to a different loop than the one specified as the loop argument")))
	}
	c.addCB(s)
	func() {
		defer c.removeRunner(s)
		l.RunForever()
	}()
	if c.state == statePending {
		panic(py.Exception(py.RuntimeError("Event loop stopped before Future completed.")))
	}
	return f.Result()
}

// recoverCallback is deferred around user callbacks: like CPython's
// Handle._run it reports an exception on stderr and lets the loop go on
// (SystemExit and KeyboardInterrupt propagate).
func (l *Loop) recoverCallback() {
	r := recover()
	if r == nil {
		return
	}
	e := toException(r)
	if py.IsInstance(e, py.SystemExitClass) || py.IsInstance(e, py.KeyboardInterruptClass) {
		panic(e)
	}
	py.Stderr("Exception in callback\n" + FormatTraceback(e))
}
