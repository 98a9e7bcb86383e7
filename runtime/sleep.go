package runtime

import "github.com/aiogo/aiogo/runtime/py"

// SleepOp states.
const (
	sleepInit uint8 = iota
	sleepYielded
	sleepWaiting
	sleepFired
	sleepCancelled
	sleepDone
)

// SleepOp is asyncio.sleep as a value a generated frame embeds, so awaiting
// a sleep allocates nothing:
//
//	f.sleep.Init(delay)
//	f.state = 3
//	fallthrough / goto s3
//	s3: if !f.sleep.Step(tc) { return false }
//
// A delay <= 0 is a bare yield: the task is queued again with call_soon and
// resumes on the next pass. A positive delay schedules a timer (embedded in
// the SleepOp); when it fires (one pass) it wakes the task (one more pass),
// exactly like CPython's future + call_later. A SleepOp can be reused after
// it finished by calling Init again.
type SleepOp struct {
	// The timer is the first field (see timerEntry); when holds the
	// delay until the timer is scheduled, state is the op's state.
	timerEntry
	tc *TaskCore
}

// Init prepares the op to sleep for delay seconds.
func (s *SleepOp) Init(delay float64) {
	s.when = delay
	s.state = sleepInit
	s.tc = nil
}

// Step implements Awaitable.
func (s *SleepOp) Step(tc *TaskCore) bool {
	switch s.state {
	case sleepInit:
		l := tc.loop
		delay := s.when
		if !(delay > 0) {
			s.state = sleepYielded
			l.ready.pushTask(tc)
			return false
		}
		s.tc = tc
		s.state = sleepWaiting
		s.sleep = true
		l.addTimer(&s.timerEntry, l.Time()+delay)
		tc.waiter = s
		return false
	case sleepYielded, sleepFired:
		s.state = sleepDone
		if e := tc.exc; e != nil {
			tc.exc = nil
			panic(e)
		}
		return true
	case sleepCancelled:
		// cancelImpl left CancelledError(msg) in the task's throw slot.
		s.state = sleepDone
		if e := tc.exc; e != nil {
			tc.exc = nil
			panic(e)
		}
		panic(py.NewExc(py.CancelledErrorClass))
	case sleepWaiting:
		// Stepped before the timer fired: only a pending throw can do that.
		if e := tc.exc; e != nil {
			tc.exc = nil
			s.state = sleepDone
			if s.seq != 0 {
				tc.loop.removeTimer(&s.timerEntry)
			}
			panic(e)
		}
		tc.waiter = s
		return false
	}
	return true
}

// Yield is `await asyncio.sleep(0)` written with a literal zero delay, as
// generated code lowers it: a bare yield (tasks.py __sleep0) that needs no
// SleepOp in the frame. The task is queued again with call_soon, then the
// frame suspends; when it is stepped again it calls Resumed:
//
//	rt.Yield(tc)
//	f.state = 3
//	return false
//	s3: rt.Resumed(tc)
func Yield(tc *TaskCore) { tc.loop.ready.pushTask(tc) }

// Resumed ends a Yield: it raises what was thrown into the task while it
// was queued (a cancellation), as a finished SleepOp's Step does.
func Resumed(tc *TaskCore) {
	if e := tc.exc; e != nil {
		tc.exc = nil
		panic(e)
	}
}

// Result implements Awaitable (a sleep's value is None).
func (s *SleepOp) Result() py.NoneType { return py.None }

// ResultAny implements AnyAwaitable.
func (s *SleepOp) ResultAny() any { return py.None }

// run is the timer firing (futures._set_result_unless_cancelled): it wakes
// the task on the next pass.
func (s *SleepOp) run() {
	if s.state != sleepWaiting {
		return
	}
	s.state = sleepFired
	s.tc.loop.ready.pushTask(s.tc)
}

// cancelImpl cancels the sleep's implicit future: the task wakes on the
// next pass and CancelledError(msg) is raised at the await.
func (s *SleepOp) cancelImpl(msg string, hasMsg bool) bool {
	if s.state != sleepWaiting {
		return false
	}
	s.state = sleepCancelled
	if hasMsg {
		s.tc.exc = py.NewExc(py.CancelledErrorClass, msg)
	} else {
		s.tc.exc = py.NewExc(py.CancelledErrorClass)
	}
	l := s.tc.loop
	if s.seq != 0 {
		l.removeTimer(&s.timerEntry)
	}
	l.ready.pushTask(s.tc)
	return true
}

func (s *SleepOp) raisesCancelled() bool { return s.state == sleepCancelled }

// Sleep returns asyncio.sleep(delay) as an allocated awaitable, for a sleep
// used as a value (passed to a function, gather or create_task).
func Sleep(delay float64) Awaitable[py.NoneType] {
	s := &SleepOp{}
	s.Init(delay)
	return s
}

// sleepResult is asyncio.sleep(delay, result).
type sleepResult[T any] struct {
	SleepOp
	v T
}

func (s *sleepResult[T]) Result() T      { return s.v }
func (s *sleepResult[T]) ResultAny() any { return s.v }

// SleepResult returns asyncio.sleep(delay, result=v) as an awaitable.
func SleepResult[T any](delay float64, v T) Awaitable[T] {
	s := &sleepResult[T]{v: v}
	s.Init(delay)
	return s
}
