// Package runtime is the event loop of aiogo programs: a single-threaded
// re-implementation of CPython 3.11 asyncio whose scheduling order is
// CPython's, so a compiled program prints in the same order as
// `python3 prog.py`. Generated code imports it as rt. The files follow
// CPython's Lib/asyncio: events.go (Loop, handles, timers), futures.go,
// tasks.go, sleep.go, gather.go, runners.go (Run, Main) and clock.go;
// locks.go (Lock, Event, Condition, Semaphore, BoundedSemaphore) and
// queues.go (Queue, PriorityQueue, LifoQueue) park waiting tasks on waiter
// nodes embedded in the operation a frame awaits, so waiting on them
// allocates nothing (see locks.go for the protocol the compiler uses).
// Cancellation-based APIs: waitfor.go (wait_for, 3.11 semantics),
// timeouts.go (asyncio.timeout/timeout_at) and taskgroups.go (TaskGroup);
// their __aexit__ is AExit(exc), driven by the compiler's with lowering.
// Tracebacks: recovering code records the Go program counters an exception
// crossed (py.RecordTraceback); //line directives map them to .py frames
// when FormatTraceback prints them.
//
// # The coroutine protocol
//
// Each `async def` is compiled to a frame type: a struct holding a state
// number and the variables live across awaits, with a Step method that
// switches on the state. Frames, *Future[T], *Task[T] and sleeps all
// implement
//
//	type Awaitable[T any] interface {
//		Step(tc *TaskCore) bool // true: finished; false: suspended
//		Result() T              // value, or panics with the exception
//	}
//
// To await x, a frame calls x.Step(tc) in the state for that await; if it
// returns false the frame returns false too, leaving its state at that await.
// A finished awaitable's Result gives the value. Sub-coroutines are usually
// frames embedded by value in the caller's frame, so `await coro()` costs no
// allocation and no loop pass (R3).
//
// Python exceptions are Go panics whose value implements py.Exception; they
// propagate through Step and Result like through Python frames.
//
// # How a task steps
//
// A task (Task[T], whose non-generic part is TaskCore) owns a root
// awaitable. Stepping the task is TaskCore.run, CPython's Task.__step: it
// calls root.Step(tc) inside a recover. A resumed task re-walks the chain of
// suspended frames down to the leaf that suspended it, like coro.send()
// travelling through `yield from`. The leaf is:
//
//   - a *Future[T] or *Task[T]: it registers the task as a done-callback and
//     becomes the task's waiter (Task._fut_waiter); when re-stepped after
//     completion it returns true and the frame reads Result;
//   - a SleepOp: delay <= 0 re-queues the task (a bare yield, one pass);
//     delay > 0 pushes a timer embedded in the SleepOp on the heap; when due,
//     the timer moves to the ready queue (one pass) and wakes the task (one
//     more pass), exactly CPython's call_later + future.
//
// Cancellation follows tasks.py: Task.Cancel counts the request
// (Cancelling/Uncancel) and cancels the waiter, or sets _must_cancel. In the
// latter case the next step puts a CancelledError in the task's throw slot;
// the leaf that is re-stepped takes it (TaskCore.TakeThrow) and panics with
// it, so it propagates up through the frames as an ordinary exception and
// every `finally` runs. A task cancelled before its first step never runs
// its body. A CancelledError that escapes the coroutine cancels the task.
//
// # How wake-ups are queued
//
// The loop has one FIFO ready queue of `interface{ run() }` values, kept in
// segments (readyqueue.go). Task steps and wake-ups are the *TaskCore
// itself (8 bytes in a segment), a gather's notification that a task child
// is done is that child (a bit beside it), other future done-callbacks are
// pointers to small objects created when the callback is added, due timers
// are their *TimerHandle or *SleepOp, and user callbacks are *Handle
// values. Nothing is allocated per wake-up. Each pass
// (runOnce, base_events.py _run_once) drains the thread-safe inbox, waits if
// nothing is ready (until the next timer, or for CallSoonThreadsafe), moves
// due timers (when < now + ClockResolution) to the end of the queue, and
// runs exactly the entries queued at that moment; whatever they schedule
// runs on the next pass (R1). Done-callbacks are always queued, in
// registration order, never called synchronously (R5). create_task only
// queues the first step (R2).
//
// Timers live in a 4-ary heap ordered by (deadline, sequence number), so
// equal deadlines fire in scheduling order. Cancelling a timer leaves its
// slot stale, as CPython leaves a cancelled TimerHandle in its heap: stale
// slots are dropped when they reach the top and the heap is rebuilt
// without them when they are more than half of it.
//
// Clocks: with the real clock the idle loop blocks on a capacity-1 wake-up
// channel and a timer for the next deadline; with the virtual clock
// (NewLoop(true), or AIOGO_CLOCK=virtual for Run) time jumps to the next
// deadline as soon as nothing is ready and no thread work is pending
// (BeginExternal/EndExternal). The loop itself starts no goroutines; the
// default executor (executor.go, threads.go) does, and Close waits for it.
//
// # Sockets
//
// Streams follow CPython's split: netpoll.go is the selector (one epoll
// instance per loop, waited on by the loop goroutine itself, created by the
// first socket), transports.go the socket transports (non-blocking reads
// into a scratch buffer, direct writes, pause_reading above twice the
// reader's limit, write flow control), servers.go the servers and
// connections (backlog, reuse_address, accept back-off on EMFILE), and
// streams.go StreamReader/StreamWriter. With the virtual clock, time jumps
// only after a zero-timeout poll found nothing.
//
// # Threads and signals
//
// gil.go: once a worker thread exists, language code runs under one lock
// (CPython's GIL), released around blocking calls. signals.go: SIGINT and
// SIGTERM as CPython's asyncio.run handles them.
//
// Generated main() calls Main(func() { ...module code...; Run(...) }).
package runtime
