package runtime

import (
	"fmt"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// Tests of wait_for, timeout and TaskGroup against CPython 3.11's outputs
// (shared/notes/asyncio-semantics.md R10-R12).

// catchExc runs f and returns the Python exception it raises, or nil.
func catchPyExc(f func()) (e py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			e = r.(py.Exception)
		}
	}()
	f()
	return nil
}

func excName(e py.Exception) string {
	if e == nil {
		return "None"
	}
	return e.Exc().Class.Name
}

func TestTimeoutExpiry(t *testing.T) {
	l := NewLoop(true)
	var out []string
	var tm *Timeout
	var body py.Exception
	s := newScript(
		do(func() { tm = NewTimeout(py.Some[float64](0.01)); tm.AEnter() }),
		try(sleepAw(1), func(_ any, e py.Exception) { body = e }),
		do(func() {
			e := catchPyExc(func() { tm.AExit(body) })
			out = append(out, fmt.Sprintf("inside %s, outside %s cause=%s expired=%v cancelling=%d",
				excName(body), excName(e), excName(e.Exc().Cause), tm.Expired(), CurrentTask(nil).Cancelling()))
		}),
		// timeout(None) rescheduled to a past deadline fires on the next pass.
		do(func() { tm = NewTimeout(py.Opt[float64]{}); tm.AEnter(); tm.Reschedule(py.Some[float64](l.Time() - 1)) }),
		try(sleepAw(1), func(_ any, e py.Exception) { body = e }),
		do(func() {
			e := catchPyExc(func() { tm.AExit(body) })
			out = append(out, "rescheduled: "+excName(e))
		}),
		// A block that finishes in time.
		do(func() { tm = NewTimeout(py.Some[float64](1)); tm.AEnter() }),
		await(sleepAw(0.01)),
		do(func() {
			e := catchPyExc(func() { tm.AExit(nil) })
			out = append(out, fmt.Sprintf("in time: %s expired=%v", excName(e), tm.Expired()))
		}),
	)
	run(t, l, s)
	l.Close()
	want := "inside CancelledError, outside TimeoutError cause=CancelledError expired=true cancelling=0\n" +
		"rescheduled: TimeoutError\nin time: None expired=false"
	if got := strings.Join(out, "\n"); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// swallower is `async def f(): try: await sleep(1) except CancelledError: return "swallowed"`.
func swallower() *script {
	s := &script{}
	s.ops = []op{try(sleepAw(1), func(_ any, e py.Exception) {
		if e != nil {
			s.ret = "swallowed"
		}
	})}
	return s
}

func TestWaitFor311(t *testing.T) {
	l := NewLoop(true)
	var out []string
	s := newScript(
		try(func() AnyAwaitable { return Erase(WaitFor[py.NoneType](Sleep(1), py.Some[float64](0.01))) }, func(_ any, e py.Exception) {
			out = append(out, fmt.Sprintf("1. %s cause=%s", excName(e), excName(e.Exc().Cause)))
		}),
		try(func() AnyAwaitable { return Erase(WaitFor[any](swallower(), py.Some[float64](0.01))) }, func(v any, e py.Exception) {
			out = append(out, fmt.Sprintf("2. %v %s", v, excName(e)))
		}),
		try(func() AnyAwaitable {
			f := NewFuture[string](l)
			f.SetResult("done")
			return Erase(WaitFor[string](f, py.Some[float64](0)))
		}, func(v any, e py.Exception) { out = append(out, fmt.Sprintf("3. %v %s", v, excName(e))) }),
		try(func() AnyAwaitable { return Erase(WaitFor[py.NoneType](Sleep(1), py.Some[float64](0))) }, func(_ any, e py.Exception) {
			out = append(out, "3. pending: "+excName(e))
		}),
		try(func() AnyAwaitable { return Erase(WaitFor[py.NoneType](SleepResult(0.01, py.None), py.Opt[float64]{})) }, func(_ any, e py.Exception) {
			out = append(out, "4. None timeout: "+excName(e))
		}),
	)
	run(t, l, s)
	l.Close()
	want := "1. TimeoutError cause=CancelledError\n2. swallowed None\n3. done None\n3. pending: TimeoutError\n4. None timeout: None"
	if got := strings.Join(out, "\n"); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTaskGroupFailure(t *testing.T) {
	l := NewLoop(true)
	var out []string
	child := func(name string, d float64, fail bool) *script {
		return newScript(
			try(sleepAw(d), func(_ any, e py.Exception) {
				if e != nil {
					out = append(out, name+" cancelled")
					panic(e)
				}
			}),
			do(func() {
				if fail {
					panic(py.ValueError(name))
				}
				out = append(out, name+" finished")
			}),
		)
	}
	var tg *TaskGroup
	var body py.Exception
	s := newScript(
		do(func() {
			tg = NewTaskGroup()
			tg.AEnter()
			TaskGroupCreateTask[any](tg, child("a", 0.005, false), "")
			TaskGroupCreateTask[any](tg, child("b", 1, false), "")
			TaskGroupCreateTask[any](tg, child("E1", 0.01, true), "")
			TaskGroupCreateTask[any](tg, child("E2", 0.01, true), "")
		}),
		try(sleepAw(1), func(_ any, e py.Exception) {
			body = e
			out = append(out, fmt.Sprintf("body %s cancelling=%d", excName(e), CurrentTask(nil).Cancelling()))
		}),
		try(func() AnyAwaitable { return Erase(tg.AExit(body)) }, func(_ any, e py.Exception) {
			out = append(out, fmt.Sprintf("%s %s cancelling=%d", excName(e), py.Repr(e), CurrentTask(nil).Cancelling()))
		}),
	)
	run(t, l, s)
	l.Close()
	want := "a finished\nb cancelled\nbody CancelledError cancelling=1\n" +
		"ExceptionGroup ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('E1'), ValueError('E2')]) cancelling=0"
	if got := strings.Join(out, "\n"); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
