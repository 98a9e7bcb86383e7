package runtime

import (
	"strings"

	"github.com/aiogo/aiogo/runtime/py"
)

// This file ports CPython 3.11's Lib/asyncio/timeouts.py: a timeout scope
// cancels its task at the deadline and, on exit, turns the CancelledError
// into TimeoutError when no other cancellation is pending (R11).

// Timeout states (timeouts.py _State).
const (
	toCreated = iota
	toEntered
	toExpiring
	toExpired
	toExited
)

var timeoutStateNames = [...]string{"created", "active", "expiring", "expired", "finished"}

// Timeout is asyncio.Timeout, the async context manager returned by
// asyncio.timeout and asyncio.timeout_at.
type Timeout struct {
	state      uint8
	hasWhen    bool
	when       float64
	handle     interface{ Cancel() }
	task       *TaskCore
	cancelling int
}

// NewTimeout is asyncio.timeout(delay); delay may be None.
func NewTimeout(delay py.Opt[float64]) *Timeout {
	if !delay.Ok {
		return &Timeout{}
	}
	return &Timeout{hasWhen: true, when: GetRunningLoop().Time() + delay.V}
}

// NewTimeoutAt is asyncio.timeout_at(when); when may be None.
func NewTimeoutAt(when py.Opt[float64]) *Timeout {
	return &Timeout{hasWhen: when.Ok, when: when.V}
}

// When returns the deadline, or None (when()).
func (t *Timeout) When() py.Opt[float64] {
	return py.Opt[float64]{V: t.when, Ok: t.hasWhen}
}

// Expired reports whether the deadline passed and cancelled the task
// (expired()).
func (t *Timeout) Expired() bool { return t.state == toExpiring || t.state == toExpired }

// Reschedule moves the deadline (reschedule(when)); when may be None.
func (t *Timeout) Reschedule(whenOpt py.Opt[float64]) {
	when, has := whenOpt.V, whenOpt.Ok
	if t.state == toCreated {
		panic(py.RuntimeError("Timeout has not been entered"))
	}
	if t.state != toEntered {
		panic(py.RuntimeError("Cannot change state of " + timeoutStateNames[t.state] + " Timeout"))
	}
	t.when, t.hasWhen = when, has
	if t.handle != nil {
		t.handle.Cancel()
	}
	if !has {
		t.handle = nil
		return
	}
	loop := GetRunningLoop()
	if when <= loop.Time() {
		t.handle = loop.CallSoon(t.onTimeout)
	} else {
		t.handle = loop.CallAt(when, t.onTimeout)
	}
}

// AEnter is __aenter__: it binds the scope to the current task and arms the
// deadline. It never suspends.
func (t *Timeout) AEnter() *Timeout {
	if t.state != toCreated {
		panic(py.RuntimeError("Timeout has already been entered"))
	}
	t.task = CurrentTask(nil)
	if t.task == nil {
		panic(py.RuntimeError("Timeout should be used inside a task"))
	}
	t.state = toEntered
	t.cancelling = t.task.Cancelling()
	t.Reschedule(py.Opt[float64]{V: t.when, Ok: t.hasWhen})
	return t
}

// AExit is __aexit__ with the exception leaving the block (nil: none). It
// raises TimeoutError from the CancelledError when this scope's deadline
// cancelled the task and no other cancellation is pending. It never
// suspends or suppresses.
func (t *Timeout) AExit(exc py.Exception) bool {
	if t.handle != nil {
		t.handle.Cancel()
		t.handle = nil
	}
	switch t.state {
	case toExpiring:
		t.state = toExpired
		if t.task.Uncancel() <= t.cancelling && exc != nil && exc.Exc().Class == py.CancelledErrorClass {
			te := py.NewExc(py.TimeoutErrorClass)
			panic(py.RaiseFrom(te, exc))
		}
	case toEntered:
		t.state = toExited
	}
	return false
}

func (t *Timeout) onTimeout() {
	t.task.Cancel()
	t.state = toExpiring
	t.handle = nil
}

// PyRepr writes repr(t) like CPython: <Timeout [active] when=...> (the
// deadline rounded to 3 digits).
func (t *Timeout) PyRepr(b *strings.Builder) {
	b.WriteString("<Timeout [" + timeoutStateNames[t.state] + "]")
	if t.state == toEntered {
		if t.hasWhen {
			b.WriteString(" when=" + py.Repr(py.RoundFloatN(t.when, 3)))
		} else {
			b.WriteString(" when=None")
		}
	}
	b.WriteString(">")
}
