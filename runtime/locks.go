package runtime

import "github.com/aiogo/aiogo/runtime/py"

// This file ports CPython 3.11's Lib/asyncio/locks.py: Lock, Event,
// Condition, Semaphore and BoundedSemaphore.
//
// # Waiters without futures
//
// CPython parks each waiting task on a fresh future kept in a deque. Here the
// "future" is a waiter node embedded in the operation value (LockAcquireOp,
// EventWaitOp, ...), which a generated frame embeds by value the way it
// embeds a SleepOp; the primitive links the nodes of its waiting tasks into
// an intrusive FIFO list. Waiting therefore allocates nothing, and a parked
// task costs the 32 bytes of its node (plus a pointer to the primitive,
// except for an Event).
//
// A node has the three states of its future: pending, done (set_result:
// the task is queued to wake up on the next pass, exactly one pass like the
// future's done-callback) and cancelled (Task.cancel cancelled the task's
// waiter: the task is queued and CancelledError is raised at the await).
// While a task is parked, the node is its waiter (Task._fut_waiter), so the
// existing TaskCore cancellation drives it. When the task resumes, the
// operation runs the code CPython runs after `await fut` — the finally and
// except clauses that keep each primitive consistent under cancellation.
//
// # Protocol for the compiler
//
// Every waiting method has an operation type with the Awaitable protocol:
//
//	op.Init(prim, args...)    // prepare; may be called again once finished
//	op.Step(tc) bool          // Awaitable.Step
//	op.Result() T             // Awaitable.Result
//
// A frame that awaits `lock.acquire()` directly embeds a LockAcquireOp and
// calls Init then Step, so the await allocates nothing. Used as a value
// (asyncio.create_task(lock.acquire()), wait_for(q.get(), 1)), the method
// itself — (*Lock).Acquire, (*Queue[T]).Get, ... — returns a new, initialised
// operation.
//
// `async with x` on a Lock, Semaphore, BoundedSemaphore or Condition uses
//
//	x.AEnter()   // the awaitable of __aenter__ (a new operation)
//	x.AExit()    // __aexit__: releases; never suspends, never suppresses
//
// and a frame embeds AEnter's operation instead: LockAcquireOp for a Lock
// and a Condition (InitCond(cond) acquires its lock), SemAcquireOp for a
// Semaphore or BoundedSemaphore (codegen/sync.go does both). __aenter__
// returns None in CPython; the operations' Result is True, which
// `async with ... as v` must not expose.
//
// The method names map one to one: Python's acquire, release, locked,
// wait, wait_for, set, clear, is_set, notify, notify_all, put, get,
// put_nowait, get_nowait, task_done, join, qsize, empty, full and maxsize
// are Acquire, Release, Locked, Wait, WaitFor, Set, Clear, IsSet, Notify,
// NotifyAll, Put, Get, PutNowait, GetNowait, TaskDone, Join, Qsize, Empty,
// Full and Maxsize.

// Waiter node states (the states of the waiter future).
const (
	wPending uint8 = iota
	wDone
	wCancelled
)

// Operation states shared by the ops in this file and queues.go.
const (
	opInit uint8 = iota
	opWaiting
	opReacquire
	opDone
)

// waiter is a waiting task's place in a primitive's FIFO: CPython's waiter
// future, embedded in the operation.
type waiter struct {
	next, prev *waiter
	tc         *TaskCore
	state      uint8 // wPending, wDone, wCancelled
	linked     bool  // in a waitList
	op         uint8 // state of the operation embedding the node
}

// wake is fut.set_result(...): the task resumes on the next pass.
func (w *waiter) wake() {
	w.state = wDone
	w.tc.loop.ready.pushTask(w.tc)
}

// cancelImpl is fut.cancel(msg) on the waiter future, called by
// Task.cancel. The task wakes on the next pass and CancelledError(msg) is
// thrown at the await (it is left in the task's throw slot).
func (w *waiter) cancelImpl(msg string, hasMsg bool) bool {
	if w.state != wPending {
		return false
	}
	w.state = wCancelled
	tc := w.tc
	if hasMsg {
		tc.exc = py.NewExc(py.CancelledErrorClass, msg)
	} else {
		tc.exc = py.NewExc(py.CancelledErrorClass)
	}
	tc.loop.ready.pushTask(tc)
	return true
}

func (w *waiter) raisesCancelled() bool { return w.state == wCancelled }

// park queues w (a fresh pending future) at the back of ws and makes it
// tc's waiter.
func (ws *waitList) park(w *waiter, tc *TaskCore) {
	w.tc = tc
	w.state = wPending
	ws.pushBack(w)
	tc.waiter = w
}

// resumed is called when a parked op is stepped again. It returns the
// exception thrown at the await (taking it), or nil when the waiter was
// woken normally. spurious is true when the task was stepped although its
// waiter is still pending and nothing was thrown: the op stays parked.
func (w *waiter) resumed(tc *TaskCore) (exc py.Exception, spurious bool) {
	if e := tc.exc; e != nil && tc.state == statePending {
		tc.exc = nil
		return e, false
	}
	if w.state == wPending {
		tc.waiter = w
		return nil, true
	}
	return nil, false
}

// waitList is an intrusive FIFO of waiter nodes (CPython's deque of
// futures).
//
// Waking always takes the first pending node, so the woken (done) nodes
// that wait in the list for their task to run come before every pending
// one; first skips them. Nodes before first are never pending: only
// pushBack makes a pending node, at the back.
type waitList struct {
	head, tail *waiter
	first      *waiter // no pending node before it (nil: none pending, or empty)
	n          int
}

func (ws *waitList) pushBack(w *waiter) {
	w.next = nil
	w.prev = ws.tail
	if ws.tail != nil {
		ws.tail.next = w
	} else {
		ws.head = w
	}
	ws.tail = w
	if ws.first == nil {
		ws.first = w
	}
	w.linked = true
	ws.n++
}

// firstPending returns the first pending node, or nil.
func (ws *waitList) firstPending() *waiter {
	w := ws.first
	for w != nil && w.state != wPending {
		w = w.next
	}
	ws.first = w
	return w
}

// remove unlinks w if it is in the list (deque.remove, tolerant).
func (ws *waitList) remove(w *waiter) {
	if !w.linked {
		return
	}
	if w.prev != nil {
		w.prev.next = w.next
	} else {
		ws.head = w.next
	}
	if w.next != nil {
		w.next.prev = w.prev
	} else {
		ws.tail = w.prev
	}
	if ws.first == w {
		ws.first = w.next
	}
	w.next, w.prev = nil, nil
	w.linked = false
	ws.n--
}

// allCancelled reports whether every waiter is cancelled (true when empty).
func (ws *waitList) allCancelled() bool {
	for w := ws.head; w != nil; w = w.next {
		if w.state != wCancelled {
			return false
		}
	}
	return true
}

func isCancelledError(e py.Exception) bool { return py.IsInstance(e, py.CancelledErrorClass) }

// ---------------------------------------------------------------- Lock

// Lock is asyncio.Lock: a FIFO lock not owned by a task. release() wakes the
// first waiter but leaves the lock unlocked until that waiter runs; a task
// that calls acquire() meanwhile queues behind it (R13).
type Lock struct {
	waiters waitList
	locked  bool
}

// NewLock returns an unlocked lock (asyncio.Lock()).
func NewLock() *Lock { return &Lock{} }

// Locked reports whether the lock is held (locked()).
func (l *Lock) Locked() bool { return l.locked }

// Acquire returns a new operation for `await lock.acquire()` (True once
// the lock is held).
func (l *Lock) Acquire() *LockAcquireOp {
	o := &LockAcquireOp{}
	o.Init(l)
	return o
}

// Release releases the lock and wakes the first waiter (release()); it
// raises RuntimeError("Lock is not acquired.") on an unlocked lock.
func (l *Lock) Release() {
	if !l.locked {
		panic(py.Exception(py.RuntimeError("Lock is not acquired.")))
	}
	l.locked = false
	l.wakeUpFirst()
}

// AEnter is __aenter__ for `async with lock`: it acquires the lock.
func (l *Lock) AEnter() *LockAcquireOp { return l.Acquire() }

// AExit is __aexit__ for `async with lock`: it releases the lock. It never
// suspends and never suppresses the exception.
func (l *Lock) AExit() { l.Release() }

// wakeUpFirst is Lock._wake_up_first: only the first waiter is looked at.
func (l *Lock) wakeUpFirst() {
	if w := l.waiters.head; w != nil && w.state == wPending {
		w.wake()
	}
}

// LockAcquireOp is `await lock.acquire()` as a value a frame embeds.
type LockAcquireOp struct {
	lock *Lock
	w    waiter
}

// Init prepares the op to acquire l.
func (o *LockAcquireOp) Init(l *Lock) {
	o.lock = l
	o.w.op = opInit
}

// InitCond prepares the op to acquire c's lock (`async with cond`).
func (o *LockAcquireOp) InitCond(c *Condition) { o.Init(c.lock) }

// Step implements Awaitable.
func (o *LockAcquireOp) Step(tc *TaskCore) bool {
	done, e := o.step(tc)
	if e != nil {
		panic(e)
	}
	return done
}

// step is Lock.acquire; an exception is returned rather than raised.
func (o *LockAcquireOp) step(tc *TaskCore) (bool, py.Exception) {
	l := o.lock
	switch o.w.op {
	case opInit:
		if !l.locked && l.waiters.allCancelled() {
			l.locked = true
			o.w.op = opDone
			return true, nil
		}
		l.waiters.park(&o.w, tc)
		o.w.op = opWaiting
		return false, nil
	case opWaiting:
		e, spurious := o.w.resumed(tc)
		if spurious {
			return false, nil
		}
		l.waiters.remove(&o.w) // finally: self._waiters.remove(fut)
		o.w.op = opDone
		if e != nil {
			if isCancelledError(e) && !l.locked {
				l.wakeUpFirst()
			}
			return false, e
		}
		l.locked = true
	}
	return true, nil
}

// Result implements Awaitable: acquire() returns True.
func (o *LockAcquireOp) Result() bool { return true }

// ResultAny implements AnyAwaitable.
func (o *LockAcquireOp) ResultAny() any { return true }

// ---------------------------------------------------------------- Event

// Event is asyncio.Event. set() wakes every waiter in FIFO order; a clear()
// right after does not take the wake-ups back.
//
// An event is the sentinel node of a circular list of its waiters, and its
// flag is the sentinel's state, so a waiter node can be unlinked without a
// pointer to the event and EventWaitOp is just a node: a task parked on an
// event costs 32 bytes of frame (bench/idle.py).
type Event struct {
	head waiter // sentinel: next/prev are the first/last waiter; state is the flag
}

// evSet is the state of an Event's sentinel when the flag is set.
const evSet uint8 = 1

// NewEvent returns a cleared event (asyncio.Event()).
func NewEvent() *Event { return &Event{} }

// IsSet reports whether the flag is set (is_set()).
func (e *Event) IsSet() bool { return e.head.state == evSet }

// Set sets the flag and wakes all waiters (set()).
func (e *Event) Set() {
	h := &e.head
	if h.state == evSet {
		return
	}
	h.state = evSet
	if h.next == nil {
		return
	}
	for w := h.next; w != h; w = w.next {
		if w.state == wPending {
			w.wake()
		}
	}
}

// Clear resets the flag (clear()).
func (e *Event) Clear() { e.head.state = 0 }

// Wait returns a new operation for `await ev.wait()` (True).
func (e *Event) Wait() *EventWaitOp {
	o := &EventWaitOp{}
	o.Init(e)
	return o
}

// EventWaitOp is `await ev.wait()` (and Queue.join()) as a value a frame
// embeds. Until it parks, w.prev points at the event's sentinel.
type EventWaitOp struct {
	w waiter
}

// Init prepares the op to wait for ev.
func (o *EventWaitOp) Init(ev *Event) {
	o.w.prev = &ev.head
	o.w.op = opInit
}

// Step implements Awaitable.
func (o *EventWaitOp) Step(tc *TaskCore) bool {
	w := &o.w
	switch w.op {
	case opInit:
		h := w.prev
		if h.state == evSet {
			w.op = opDone
			return true
		}
		if h.next == nil { // zero Event: empty ring
			h.next, h.prev = h, h
		}
		w.next, w.prev = h, h.prev // append before the sentinel
		h.prev.next = w
		h.prev = w
		w.linked = true
		w.tc = tc
		w.state = wPending
		tc.waiter = w
		w.op = opWaiting
		return false
	case opWaiting:
		e, spurious := w.resumed(tc)
		if spurious {
			return false
		}
		w.prev.next = w.next // finally: self._waiters.remove(fut)
		w.next.prev = w.prev
		w.next, w.prev = nil, nil
		w.linked = false
		w.op = opDone
		if e != nil {
			panic(e)
		}
	}
	return true
}

// Result implements Awaitable: wait() returns True.
func (o *EventWaitOp) Result() bool { return true }

// ResultAny implements AnyAwaitable.
func (o *EventWaitOp) ResultAny() any { return true }

// ---------------------------------------------------------------- Condition

// Condition is asyncio.Condition: waiters are woken FIFO by notify and
// re-acquire the underlying lock before wait() returns.
type Condition struct {
	lock    *Lock
	waiters waitList
}

// NewCondition returns a condition over lock, or over a new Lock when lock
// is nil (asyncio.Condition(lock=None)).
func NewCondition(lock *Lock) *Condition {
	if lock == nil {
		lock = NewLock()
	}
	return &Condition{lock: lock}
}

// Lock returns the underlying lock.
func (c *Condition) Lock() *Lock { return c.lock }

// Locked reports whether the underlying lock is held (locked()).
func (c *Condition) Locked() bool { return c.lock.locked }

// Acquire acquires the underlying lock (acquire()).
func (c *Condition) Acquire() *LockAcquireOp { return c.lock.Acquire() }

// Release releases the underlying lock (release()).
func (c *Condition) Release() { c.lock.Release() }

// AEnter is __aenter__ for `async with cond`: it acquires the lock.
func (c *Condition) AEnter() *LockAcquireOp { return c.lock.Acquire() }

// AExit is __aexit__ for `async with cond`: it releases the lock.
func (c *Condition) AExit() { c.lock.Release() }

// Notify wakes up to n waiters, FIFO (notify(n)); it raises
// RuntimeError("cannot notify on un-acquired lock") when the lock is not
// held.
func (c *Condition) Notify(n int64) {
	if !c.lock.locked {
		panic(py.Exception(py.RuntimeError("cannot notify on un-acquired lock")))
	}
	var idx int64
	for w := c.waiters.firstPending(); w != nil && idx < n; w = w.next {
		if w.state == wPending {
			idx++
			w.wake()
			c.waiters.first = w.next
		}
	}
}

// NotifyAll wakes every waiter (notify_all()).
func (c *Condition) NotifyAll() { c.Notify(int64(c.waiters.n)) }

// Wait returns a new operation for `await cond.wait()`.
func (c *Condition) Wait() *CondWaitOp {
	o := &CondWaitOp{}
	o.Init(c)
	return o
}

// WaitFor returns a new operation for `await cond.wait_for(predicate)`.
func (c *Condition) WaitFor(pred func() bool) *CondWaitForOp {
	o := &CondWaitForOp{}
	o.Init(c, pred)
	return o
}

// CondWaitOp is `await cond.wait()` as a value a frame embeds: release the
// lock, wait to be notified, re-acquire the lock even when cancelled (a
// cancellation during the re-acquire is remembered and raised once the lock
// is held again).
type CondWaitOp struct {
	c         *Condition
	w         waiter
	acq       LockAcquireOp
	exc       py.Exception // raised by the notify wait, re-raised after re-acquiring
	cancelled bool         // a re-acquire was cancelled
}

// Init prepares the op to wait on c.
func (o *CondWaitOp) Init(c *Condition) {
	o.c = c
	o.w.op = opInit
	o.exc = nil
	o.cancelled = false
}

// Step implements Awaitable.
func (o *CondWaitOp) Step(tc *TaskCore) bool {
	done, e := o.step(tc)
	if e != nil {
		panic(e)
	}
	return done
}

func (o *CondWaitOp) step(tc *TaskCore) (bool, py.Exception) {
	c := o.c
	switch o.w.op {
	case opInit:
		if !c.lock.locked {
			o.w.op = opDone
			return false, py.RuntimeError("cannot wait on un-acquired lock")
		}
		c.lock.Release()
		c.waiters.park(&o.w, tc)
		o.w.op = opWaiting
		return false, nil
	case opWaiting:
		e, spurious := o.w.resumed(tc)
		if spurious {
			return false, nil
		}
		c.waiters.remove(&o.w)
		o.exc = e
		o.w.op = opReacquire
		o.acq.Init(c.lock)
	case opReacquire:
	default:
		return true, nil
	}
	// finally: re-acquire the lock, even if cancelled.
	for {
		done, e := o.acq.step(tc)
		if e != nil {
			if !isCancelledError(e) {
				o.w.op = opDone
				return false, e
			}
			o.cancelled = true
			o.acq.Init(c.lock)
			continue
		}
		if !done {
			return false, nil
		}
		break
	}
	o.w.op = opDone
	if o.cancelled {
		o.exc = nil
		return false, py.NewExc(py.CancelledErrorClass)
	}
	if e := o.exc; e != nil {
		o.exc = nil
		return false, e
	}
	return true, nil
}

// Result implements Awaitable: wait() returns True.
func (o *CondWaitOp) Result() bool { return true }

// ResultAny implements AnyAwaitable.
func (o *CondWaitOp) ResultAny() any { return true }

// CondWaitForOp is `await cond.wait_for(predicate)` for a predicate
// returning bool: CondWaitForValOp[bool] with the identity as truth.
type CondWaitForOp struct {
	CondWaitForValOp[bool]
}

// Init prepares the op to wait on c until pred() is true.
func (o *CondWaitForOp) Init(c *Condition, pred func() bool) {
	o.CondWaitForValOp.Init(c, pred, isTrue)
}

// isTrue is the truth of a bool.
func isTrue(b bool) bool { return b }

// ---------------------------------------------------------------- Semaphore

// Semaphore is asyncio.Semaphore and asyncio.BoundedSemaphore (bound >= 0):
// FIFO, with the count taken at wake-up time (gh-90155). BoundedSemaphore is
// the same Go type, so a BoundedSemaphore is usable wherever a Semaphore is.
type Semaphore struct {
	waiters waitList
	value   int64
	bound   int64 // -1: plain Semaphore
}

// NewSemaphore is asyncio.Semaphore(value); a value < 0 raises
// ValueError("Semaphore initial value must be >= 0").
func NewSemaphore(value int64) *Semaphore {
	if value < 0 {
		panic(py.Exception(py.ValueError("Semaphore initial value must be >= 0")))
	}
	return &Semaphore{value: value, bound: -1}
}

// NewBoundedSemaphore is asyncio.BoundedSemaphore(value): release() above
// the initial value raises ValueError.
func NewBoundedSemaphore(value int64) *Semaphore {
	s := NewSemaphore(value)
	s.bound = value
	return s
}

// Locked reports whether acquire() would block (locked()): the count is
// zero or a waiter that is not cancelled is queued.
func (s *Semaphore) Locked() bool {
	return s.value == 0 || !s.waiters.allCancelled()
}

// Value returns the internal counter (_value).
func (s *Semaphore) Value() int64 { return s.value }

// Acquire returns a new operation for `await sem.acquire()` (True).
func (s *Semaphore) Acquire() *SemAcquireOp {
	o := &SemAcquireOp{}
	o.Init(s)
	return o
}

// Release increments the counter and wakes the first pending waiter
// (release()). A BoundedSemaphore raises ValueError("BoundedSemaphore
// released too many times") instead of going above its initial value.
func (s *Semaphore) Release() {
	if s.bound >= 0 && s.value >= s.bound {
		panic(py.Exception(py.ValueError("BoundedSemaphore released too many times")))
	}
	s.value++
	s.wakeUpNext()
}

// AEnter is __aenter__ for `async with sem`: it acquires the semaphore.
func (s *Semaphore) AEnter() *SemAcquireOp { return s.Acquire() }

// AExit is __aexit__ for `async with sem`: it releases the semaphore.
func (s *Semaphore) AExit() { s.Release() }

// wakeUpNext is Semaphore._wake_up_next: the first waiter that is not done
// gets one unit of the count.
func (s *Semaphore) wakeUpNext() {
	if w := s.waiters.firstPending(); w != nil {
		s.value--
		w.wake()
		s.waiters.first = w.next
	}
}

// SemAcquireOp is `await sem.acquire()` as a value a frame embeds.
type SemAcquireOp struct {
	sem *Semaphore
	w   waiter
}

// Init prepares the op to acquire s.
func (o *SemAcquireOp) Init(s *Semaphore) {
	o.sem = s
	o.w.op = opInit
}

// Step implements Awaitable.
func (o *SemAcquireOp) Step(tc *TaskCore) bool {
	s := o.sem
	switch o.w.op {
	case opInit:
		if s.value != 0 && s.waiters.allCancelled() {
			s.value--
			o.w.op = opDone
			return true
		}
		s.waiters.park(&o.w, tc)
		o.w.op = opWaiting
		return false
	case opWaiting:
		e, spurious := o.w.resumed(tc)
		if spurious {
			return false
		}
		s.waiters.remove(&o.w)
		o.w.op = opDone
		if e != nil {
			if isCancelledError(e) && o.w.state != wCancelled {
				// Woken (given a unit) but cancelled before running:
				// hand the unit to the next waiter.
				s.value++
				s.wakeUpNext()
			}
			panic(e)
		}
		if s.value > 0 {
			s.wakeUpNext()
		}
	}
	return true
}

// Result implements Awaitable: acquire() returns True.
func (o *SemAcquireOp) Result() bool { return true }

// ResultAny implements AnyAwaitable.
func (o *SemAcquireOp) ResultAny() any { return true }
