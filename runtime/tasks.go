package runtime

import (
	"math"
	"os"
	goruntime "runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/aiogo/aiogo/runtime/py"
)

// Awaitable is anything `await` accepts: generated coroutine frames,
// *Future[T], *Task[T], *SleepOp and the values of Sleep/SleepResult.
type Awaitable[T any] interface {
	// Step advances the awaitable on behalf of task tc. It returns true when
	// it has finished (then Result returns the value, or panics with the
	// exception); false when it suspended, having arranged for tc to be
	// stepped again later.
	Step(tc *TaskCore) bool
	// Result returns the value of a finished awaitable or panics with its
	// exception.
	Result() T
}

// AnyAwaitable is an awaitable whose result type is erased: what the
// heterogeneous gather takes. *Future[T], *Task[T], *TaskCore and *SleepOp
// implement it; Erase adapts any Awaitable[T].
type AnyAwaitable interface {
	Step(tc *TaskCore) bool
	ResultAny() any
}

// AnyFuture is the type-erased view of a *Future[T] or *Task[T] (and
// *TaskCore), e.g. for asyncio.wait over tasks of different result types.
type AnyFuture interface {
	AnyAwaitable
	Done() bool
	Cancelled() bool
	Cancel() bool
	CancelMsg(msg string) bool
	Exception() py.Exception
	fcore() *futCore
}

// FutureOf is a *Future[T] or a *Task[T]: what EnsureFuture returns.
type FutureOf[T any] interface {
	Awaitable[T]
	AnyFuture
}

// erased adapts an Awaitable[T] to AnyAwaitable and Awaitable[any].
type erased[T any] struct{ a Awaitable[T] }

func (e *erased[T]) Step(tc *TaskCore) bool { return e.a.Step(tc) }
func (e *erased[T]) ResultAny() any         { return e.a.Result() }
func (e *erased[T]) Result() any            { return e.a.Result() }

// Erase returns a as an AnyAwaitable. Values that already have ResultAny
// (futures, tasks, sleeps, frames that define it) are returned unchanged;
// others are wrapped (one allocation).
func Erase[T any](a Awaitable[T]) AnyAwaitable {
	if x, ok := a.(AnyAwaitable); ok {
		return x
	}
	return &erased[T]{a}
}

// anyAwaitable is an AnyAwaitable seen as an Awaitable[any].
type anyAwaitable struct{ a AnyAwaitable }

func (e *anyAwaitable) Step(tc *TaskCore) bool { return e.a.Step(tc) }
func (e *anyAwaitable) Result() any            { return e.a.ResultAny() }

func asAwaitableAny(a AnyAwaitable) Awaitable[any] {
	if x, ok := a.(Awaitable[any]); ok {
		return x
	}
	return &anyAwaitable{a}
}

// The generic half of a task (its coroutine and result type) lives in the
// task's box, of one of two kinds: coroTask[T] holds a coroutine as an
// Awaitable[T] (any awaitable, one allocation for the task and one for the
// coroutine), frameTask holds a generated coroutine frame by value (one
// allocation for both; see CreateTaskFrame). The Task[T], and so the
// TaskCore, is the box's first field, so the functions of the box's taskVT
// find the box from the TaskCore with a pointer conversion: a task carries
// one pointer to a table shared by its box type instead of an interface
// (16 bytes) to its own box, and a frame task keeps its result in the frame
// only.
type taskVT struct {
	// step steps the coroutine on behalf of tc; true when it finished.
	step func(tc *TaskCore) bool
	// drop releases the coroutine (it raised).
	drop func(tc *TaskCore)
	// resultAny is the result as an any (the task finished with a value).
	resultAny func(tc *TaskCore) any
	// result is a func(*TaskCore) T: Task[T].Result's value.
	result any
}

// taskVTs holds the taskVT of each box type, keyed by (*B)(nil).
var taskVTs sync.Map

// vtFor returns the taskVT of box type B, made by mk the first time. The
// loop remembers the last one (a burst creates tasks of one type).
func vtFor[B any](l *Loop, mk func() *taskVT) *taskVT {
	key := any((*B)(nil))
	if l.vtKey == key {
		return l.vt
	}
	vt, ok := taskVTs.Load(key)
	if !ok {
		vt, _ = taskVTs.LoadOrStore(key, mk())
	}
	l.vtKey, l.vt = key, vt.(*taskVT)
	return l.vt
}

// coroTask is a Task[T] running any Awaitable[T]. The task is a named
// field, not embedded: the box then has no methods, so that Go does not
// compile wrappers of the task's promoted methods for each instance (its
// type is used as a key of taskVTs).
type coroTask[T any] struct {
	Task   Task[T]
	coro   Awaitable[T]
	result T
}

// coroOf returns the box of a task created by newTask.
func coroOf[T any](tc *TaskCore) *coroTask[T] { return (*coroTask[T])(unsafe.Pointer(tc)) }

func coroVT[T any]() *taskVT {
	return &taskVT{
		step: func(tc *TaskCore) bool {
			t := coroOf[T](tc)
			if !t.coro.Step(tc) {
				return false
			}
			t.result = t.coro.Result()
			t.coro = nil
			return true
		},
		drop:      func(tc *TaskCore) { coroOf[T](tc).coro = nil },
		resultAny: func(tc *TaskCore) any { return coroOf[T](tc).result },
		result:    func(tc *TaskCore) T { return coroOf[T](tc).result },
	}
}

// FrameOf is the constraint of a generated coroutine frame type F: *F is
// an Awaitable[T].
type FrameOf[T, F any] interface {
	*F
	Awaitable[T]
}

// frameTask is a Task[T] that stores its coroutine frame (of type F) in the
// same allocation; the frame holds the result. A finished frame is kept
// (closures created by the coroutine may still refer to it). As in
// coroTask, the task is a named field.
type frameTask[T, F any, PF FrameOf[T, F]] struct {
	Task  Task[T]
	frame F
}

// frameOf returns the frame of a task created by newFrameTask.
func frameOf[T, F any, PF FrameOf[T, F]](tc *TaskCore) PF {
	return PF(&(*frameTask[T, F, PF])(unsafe.Pointer(tc)).frame)
}

func frameVT[T, F any, PF FrameOf[T, F]]() *taskVT {
	return &taskVT{
		step:      func(tc *TaskCore) bool { return frameOf[T, F, PF](tc).Step(tc) },
		drop:      func(*TaskCore) {},
		resultAny: func(tc *TaskCore) any { return frameOf[T, F, PF](tc).Result() },
		result:    func(tc *TaskCore) T { return frameOf[T, F, PF](tc).Result() },
	}
}

// TaskCore is the non-generic part of a task: what a running coroutine
// chain sees, and the type-erased handle of any task (current_task,
// all_tasks). It is also a ready-queue entry: running it steps the task.
type TaskCore struct {
	futCore
	vt     *taskVT  // the functions of the box holding this task (see taskVT)
	waiter waitable // Task._fut_waiter
	// The number of cancellation requests (cancelling()) is in ext: it
	// is rare, and a TaskCore stays at 80 bytes.
}

// Task is asyncio.Task[T]: a coroutine driven by the loop. Awaiting a task
// awaits its completion. Its result is in its box (see taskVT).
type Task[T any] struct {
	TaskCore
}

var taskCounter atomic.Uint64 // tasks.py _task_name_counter (process-wide)

func newTask[T any](loop *Loop, coro Awaitable[T], name string, alwaysNumber bool) *Task[T] {
	loop = loopOrCurrent(loop)
	loop.checkClosed()
	b := allocBox[coroTask[T]](loop)
	b.coro = coro
	b.Task.initTask(loop, vtFor[coroTask[T]](loop, coroVT[T]), name, alwaysNumber)
	return &b.Task
}

// initTask registers a new task whose box has the functions vt and queues
// its first step.
func (tc *TaskCore) initTask(loop *Loop, vt *taskVT, name string, alwaysNumber bool) {
	tc.loop = loop
	tc.vt = vt
	tc.flags = fIsTask
	if alwaysNumber || name == "" {
		tc.setNum(taskCounter.Add(1))
	}
	if name != "" {
		tc.SetName(name)
	}
	loop.tasks.add(tc)
	loop.ready.pushTask(tc)
}

// newFrameTask is newTask for a frame stored in the task.
func newFrameTask[T, F any, PF FrameOf[T, F]](loop *Loop, frame *F, name string, alwaysNumber bool) *Task[T] {
	loop = loopOrCurrent(loop)
	loop.checkClosed()
	b := allocBox[frameTask[T, F, PF]](loop)
	b.frame = *frame
	b.Task.initTask(loop, vtFor[frameTask[T, F, PF]](loop, frameVT[T, F, PF]), name, alwaysNumber)
	return &b.Task
}

// CreateTaskFrame is CreateTask for a generated coroutine frame: the frame
// is copied into the task, so the task and its coroutine are one
// allocation. frame must be a fresh frame that nothing else refers to
// (generated code passes the result of the frame's constructor).
func CreateTaskFrame[T, F any, PF FrameOf[T, F]](loop *Loop, frame *F, name string) *Task[T] {
	return newFrameTask[T, F, PF](loop, frame, name, true)
}

// TaskGroupCreateTaskFrame is TaskGroupCreateTask for a generated
// coroutine frame (see CreateTaskFrame).
func TaskGroupCreateTaskFrame[T, F any, PF FrameOf[T, F]](g *TaskGroup, frame *F, name string) *Task[T] {
	g.checkCreate()
	return adopt(g, newFrameTask[T, F, PF](g.loop, frame, name, true))
}

// CreateTask wraps coro in a task whose first step is queued with call_soon
// (asyncio.create_task(coro, name=name), also TaskGroup.create_task). Like
// CPython 3.11 it always takes the next "Task-N" number, then applies name
// if it is not empty.
func CreateTask[T any](loop *Loop, coro Awaitable[T], name string) *Task[T] {
	return newTask(loop, coro, name, true)
}

// LoopCreateTask is loop.create_task(coro, name=name): a "Task-N" number is
// only taken when name is empty.
func LoopCreateTask[T any](loop *Loop, coro Awaitable[T], name string) *Task[T] {
	return newTask(loop, coro, name, false)
}

// ensureFuture returns aw itself if it is a future or task, else a new task.
func ensureFuture[T any](loop *Loop, aw Awaitable[T]) FutureOf[T] {
	switch f := aw.(type) {
	case *Future[T]:
		return f
	case *Task[T]:
		return f
	}
	if tc, ok := any(aw).(*TaskCore); ok {
		if f, ok := any(tc).(FutureOf[T]); ok {
			return f // a Task[Any] (T is any): the task itself
		}
	}
	return LoopCreateTask(loop, aw, "")
}

// setNum records the task's number N ("Task-N").
func (tc *TaskCore) setNum(n uint64) {
	if n <= math.MaxUint32 {
		tc.tnum = uint32(n)
		return
	}
	tc.extra().bigNum = n
}

// num returns the task's number N ("Task-N"), 0 if it has none.
func (tc *TaskCore) num() uint64 {
	if tc.ext != nil && tc.ext.bigNum != 0 {
		return tc.ext.bigNum
	}
	return uint64(tc.tnum)
}

// Step implements Awaitable: awaiting a task waits for it to be done.
func (t *Task[T]) Step(tc *TaskCore) bool { return t.TaskCore.Step(tc) }

// Result returns the task's value or raises its exception (result()).
func (t *Task[T]) Result() T {
	if t.state != stateFinished || t.exc != nil {
		t.checkResult()
	}
	t.flags &^= fLogTB
	return t.value()
}

// value is the result of a task that finished with a value.
func (t *Task[T]) value() T {
	if f, ok := t.vt.result.(func(*TaskCore) T); ok {
		return f(&t.TaskCore)
	}
	// A task of another result type seen through TaskFromAny.
	v := t.vt.resultAny(&t.TaskCore)
	if r, ok := v.(T); ok {
		return r
	}
	panic(py.TypeError("the result of task " + t.GetName() + " is not of its declared type"))
}

// TaskFromAny views a type-erased task (a Task[Any] of current_task() or
// all_tasks()) as a Task[T], where the program declares one: the same
// task (Task[T] is only its TaskCore); result() reads the task's value.
func TaskFromAny[T any](tc *TaskCore) *Task[T] {
	if tc == nil {
		return nil
	}
	return (*Task[T])(unsafe.Pointer(tc))
}

// ResultAny is Result as an any.
func (t *Task[T]) ResultAny() any { return t.Result() }

// taskCB is a user done-callback of a Task.
type taskCB[T any] struct {
	fn  func(*Task[T])
	t   *Task[T]
	key any
}

func (c *taskCB[T]) run() {
	defer c.t.loop.recoverCallback()
	c.fn(c.t)
}

// AddDoneCallback schedules fn(t) with call_soon when t is done.
func (t *Task[T]) AddDoneCallback(fn func(*Task[T])) {
	t.addCB(&taskCB[T]{fn: fn, t: t, key: funcKey(fn)})
}

// AddDoneCallbackKey is AddDoneCallback with an explicit comparable identity
// key for RemoveDoneCallbackKey.
func (t *Task[T]) AddDoneCallbackKey(key any, fn func(*Task[T])) {
	t.addCB(&taskCB[T]{fn: fn, t: t, key: key})
}

// RemoveDoneCallback removes every pending registration of fn and returns
// how many were removed (see funcKey for what "the same fn" means).
func (t *Task[T]) RemoveDoneCallback(fn func(*Task[T])) int { return t.removeKey(funcKey(fn)) }

// RemoveDoneCallbackKey removes the registrations made with key.
func (t *Task[T]) RemoveDoneCallbackKey(key any) int { return t.removeKey(key) }

func (t *Task[T]) removeKey(k any) int {
	return t.removeIf(func(r runner) bool {
		c, ok := r.(*taskCB[T])
		return ok && c.key == k
	})
}

// anyTaskCB is a done-callback registered through the type-erased handle.
type anyTaskCB struct {
	fn  func(*TaskCore)
	t   *TaskCore
	key any
}

func (c *anyTaskCB) run() {
	defer c.t.loop.recoverCallback()
	c.fn(c.t)
}

// AddDoneCallbackAny schedules fn(tc) when the task is done.
func (tc *TaskCore) AddDoneCallbackAny(fn func(*TaskCore)) {
	tc.addCB(&anyTaskCB{fn: fn, t: tc, key: funcKey(fn)})
}

// Core returns the task's non-generic part (itself for a *TaskCore).
func (tc *TaskCore) Core() *TaskCore { return tc }

// Step implements AnyAwaitable: awaiting a task waits for it to be done.
func (tc *TaskCore) Step(w *TaskCore) bool {
	if e := w.exc; e != nil {
		w.exc = nil
		panic(e)
	}
	if tc.state != statePending {
		return true
	}
	if tc == w {
		panic(py.RuntimeError("Task cannot await on itself: " + tc.repr()))
	}
	if tc.loop != w.loop {
		return w.differentLoop(tc.repr())
	}
	tc.addCB(w)
	w.waiter = tc
	return false
}

// differentLoop makes the task's await of a pending future (or task) of
// another loop raise RuntimeError at its next step, as CPython's
// Task.__step does (call_soon(__step, RuntimeError(...)): "Task ... got
// Future ... attached to a different loop").
func (tc *TaskCore) differentLoop(fut string) bool {
	tc.loop.ready.push(&throwStep{tc, py.RuntimeError("Task " + tc.repr() + " got Future " + fut + " attached to a different loop")})
	return false
}

// throwStep is a ready entry stepping a task with an exception thrown in
// at its await (a cancellation requested meanwhile replaces it, in run).
type throwStep struct {
	tc  *TaskCore
	exc py.Exception
}

func (s *throwStep) run() {
	s.tc.exc = s.exc
	s.tc.run()
}

// ResultAny returns the task's result as an any, or raises.
func (tc *TaskCore) ResultAny() any {
	if tc.state != stateFinished || tc.exc != nil {
		tc.checkResult()
	}
	tc.flags &^= fLogTB
	return tc.vt.resultAny(tc)
}

// Result implements Awaitable[any] (and task.result() of a Task[Any], such
// as the tasks of all_tasks()): the result as an any, or it raises.
func (tc *TaskCore) Result() any { return tc.ResultAny() }

// Loop returns the task's loop.
func (tc *TaskCore) Loop() *Loop { return tc.loop }

// GetName returns the task's name (get_name()).
func (tc *TaskCore) GetName() string {
	if tc.flags&fNamed != 0 {
		return tc.ext.name
	}
	return "Task-" + strconv.FormatUint(tc.num(), 10)
}

// SetName renames the task (set_name()).
func (tc *TaskCore) SetName(name string) {
	tc.extra().name = name
	tc.flags |= fNamed
}

func (tc *TaskCore) repr() string {
	var b strings.Builder
	tc.PyRepr(&b) // tasks_set.go
	return b.String()
}

// Cancelling returns the number of pending cancellation requests
// (cancelling()).
func (tc *TaskCore) Cancelling() int {
	if tc.ext == nil {
		return 0
	}
	return int(tc.ext.ncancel)
}

// Uncancel decrements the number of cancellation requests and returns it
// (uncancel()).
func (tc *TaskCore) Uncancel() int {
	if tc.ext == nil {
		return 0
	}
	if tc.ext.ncancel > 0 {
		tc.ext.ncancel--
	}
	return int(tc.ext.ncancel)
}

// Cancel requests cancellation without a message (cancel()): the awaited
// future is cancelled, or CancelledError is thrown into the coroutine at its
// next step. It returns false if the task is done.
func (tc *TaskCore) Cancel() bool { return tc.cancelImpl("", false) }

// CancelMsg is cancel(msg).
func (tc *TaskCore) CancelMsg(msg string) bool { return tc.cancelImpl(msg, true) }

// cancelImpl is Task.cancel (tasks.py:198).
func (tc *TaskCore) cancelImpl(msg string, hasMsg bool) bool {
	tc.flags &^= fLogTB
	if tc.state != statePending {
		return false
	}
	tc.extra().ncancel++
	if tc.waiter != nil && tc.waiter.cancelImpl(msg, hasMsg) {
		// Leave waiter set: it may be a task that swallows the
		// cancellation and has to be cancelled again.
		return true
	}
	tc.flags |= fMustCancel
	if hasMsg {
		tc.extra().taskMsg = msg
		tc.flags |= fTaskMsg
	} else {
		tc.flags &^= fTaskMsg
	}
	// The C Task's cancel message and its Future's are one field
	// (FutureObj_HEAD): a task that swallows this cancellation and
	// finishes still hands the message to _make_cancelled_error (gather
	// cancelled while the task was among its children twice).
	tc.setFutMsg(msg, hasMsg)
	return true
}

func (tc *TaskCore) taskMsg() (string, bool) {
	if tc.flags&fTaskMsg != 0 {
		return tc.ext.taskMsg, true
	}
	return "", false
}

// run is one Task.__step: it is what the ready queue runs for a task's
// first step and for every wake-up.
func (tc *TaskCore) run() {
	if tc.state != statePending {
		return
	}
	if tc.flags&fMustCancel != 0 {
		tc.flags &^= fMustCancel
		// A wake-up that raises CancelledError anyway keeps its own
		// exception (and message); otherwise throw a new one.
		if tc.waiter == nil || !tc.waiter.raisesCancelled() {
			msg, has := tc.taskMsg()
			if has {
				tc.exc = py.NewExc(py.CancelledErrorClass, msg)
			} else {
				tc.exc = py.NewExc(py.CancelledErrorClass)
			}
		}
	}
	if tc.waiter != nil {
		tc.waiter = nil
	}
	if tc.flags&fStarted == 0 {
		tc.flags |= fStarted
		if e := tc.exc; e != nil && !throwsIntoFirstStep(tc) { // agen_final.go
			// Thrown into a coroutine that never started: its body
			// does not run.
			tc.exc = nil
			tc.stepFailed(e)
			return
		}
	}
	// The step runs without a deferred recover of its own: a Python
	// exception escaping the coroutine unwinds to the one in
	// Loop.runSome, which calls stepFailed (one defer per batch of ready
	// entries instead of one per step).
	l := tc.loop
	l.current = tc
	done := tc.vt.step(tc)
	l.current = nil
	if tc.exc != nil {
		tc.exc = nil // a throw nobody took is dropped
	}
	switch {
	case done:
		tc.unregister()
		if tc.flags&fMustCancel != 0 {
			// Cancelled right before the coroutine returned: the value is lost.
			tc.flags &^= fMustCancel
			tc.cancelFut(tc.taskMsg())
			return
		}
		tc.finish()
	default:
		if tc.flags&fMustCancel != 0 && tc.waiter != nil {
			msg, has := tc.taskMsg()
			if tc.waiter.cancelImpl(msg, has) {
				tc.flags &^= fMustCancel
			}
		}
	}
}

// stepFailed ends a step whose coroutine raised exc: the task is cancelled
// (CancelledError) or finishes with the exception. SystemExit and
// KeyboardInterrupt then propagate out of the loop.
func (tc *TaskCore) stepFailed(exc py.Exception) {
	// A StopIteration escaping the task's coroutine is a RuntimeError
	// (PEP 479), which the task can hold: a Future refuses StopIteration.
	exc = py.CoroStopConv(exc)
	tc.loop.current = nil
	tc.exc = nil
	tc.vt.drop(tc)
	tc.unregister()
	if py.IsInstance(exc, py.CancelledErrorClass) {
		tc.extra().cancelledExc = exc
		tc.cancelFut("", false)
		return
	}
	tc.setExc(exc, tc)
	if py.IsInstance(exc, py.SystemExitClass) || py.IsInstance(exc, py.KeyboardInterruptClass) {
		panic(exc)
	}
}

func (tc *TaskCore) unregister() { tc.loop.tasks.done(tc) }

// toException converts a recovered panic into a Python exception. Go runtime
// errors become Python exceptions as py.AsException decides; any other value
// is a bug: its stack is printed and the panic continues.
//
// It also records the Python frames the exception crossed in its
// traceback, so it must be called directly by the deferred function that
// recovered r.
func toException(r any) py.Exception {
	switch x := r.(type) {
	case py.Exception:
		py.RecordTraceback(x, 1)
		return x
	case goruntime.Error:
		e := py.AsException(x)
		py.RecordTraceback(e, 1)
		return e
	case error:
		if _, ok := x.(interface{ RuntimeError() }); ok {
			e := py.AsException(x)
			py.RecordTraceback(e, 1)
			return e
		}
	}
	os.Stderr.Write(debug.Stack())
	panic(r)
}

// CurrentTask returns the task being stepped on loop, or nil
// (asyncio.current_task()). A nil loop means the running loop.
func CurrentTask(loop *Loop) *TaskCore {
	if loop == nil {
		loop = GetRunningLoop()
	}
	return loop.current
}

// CurrentTaskOpt is asyncio.current_task() as an Optional: None outside a
// task step (in a callback run by call_soon, call_later or a done
// callback).
func CurrentTaskOpt(loop *Loop) py.Opt[*TaskCore] {
	if tc := CurrentTask(loop); tc != nil {
		return py.Some(tc)
	}
	return py.Opt[*TaskCore]{}
}

// AllTasks returns the loop's tasks that are not done (asyncio.all_tasks()),
// in creation order. A nil loop means the running loop.
func AllTasks(loop *Loop) []*TaskCore {
	if loop == nil {
		loop = GetRunningLoop()
	}
	out := loop.tasks.pending()
	slices.SortFunc(out, func(a, b *TaskCore) int {
		switch {
		case a.num() < b.num():
			return -1
		case a.num() > b.num():
			return 1
		}
		return 0
	})
	return out
}

// shieldOp is the outer future of shield plus its two callbacks.
type shieldOp[T any] struct {
	Future[T]
	inner FutureOf[T]
	onOut shieldOuterCB[T]
}

// run is shield's _inner_done_callback.
func (s *shieldOp[T]) run() {
	ic := s.inner.fcore()
	if s.state == stateCancelled {
		if ic.state != stateCancelled {
			ic.flags &^= fLogTB // inner.exception()
		}
		return
	}
	switch {
	case ic.state == stateCancelled:
		s.cancelFut("", false)
	case ic.Exception() != nil:
		s.SetException(ic.exc)
	default:
		s.SetResult(s.inner.Result())
	}
}

// shieldOuterCB is shield's _outer_done_callback.
type shieldOuterCB[T any] struct{ s *shieldOp[T] }

func (c *shieldOuterCB[T]) run() {
	if ic := c.s.inner.fcore(); ic.state == statePending {
		ic.removeRunner(c.s)
	}
}

// MapAwaitable adapts an Awaitable[T] to an Awaitable[U] whose result is
// conv of a's: an overriding coroutine method with a narrower result
// called through its base class's signature.
func MapAwaitable[T, U any](a Awaitable[T], conv func(T) U) Awaitable[U] {
	return &mappedAwaitable[T, U]{a, conv}
}

type mappedAwaitable[T, U any] struct {
	a    Awaitable[T]
	conv func(T) U
}

func (m *mappedAwaitable[T, U]) Step(tc *TaskCore) bool { return m.a.Step(tc) }
func (m *mappedAwaitable[T, U]) Result() U              { return m.conv(m.a.Result()) }
