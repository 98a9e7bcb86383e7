package runtime

import (
	"strings"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// yieldFrame is
//
//	async def child(n):
//	    log(f"{n} first"); await asyncio.sleep(0); log(f"{n} second")
//
// with the sleep lowered to Yield and Resumed, as the code generator
// lowers a literal sleep(0).
type yieldFrame struct {
	state int
	n     string
	log   func(string)
}

func (f *yieldFrame) Step(tc *TaskCore) bool {
	switch f.state {
	case 1:
		goto r1
	}
	f.log(f.n + " first step")
	Yield(tc)
	f.state = 1
	return false
r1:
	Resumed(tc)
	f.log(f.n + " second step")
	f.state = -1
	return true
}

func (f *yieldFrame) Result() py.NoneType { return py.None }

// TestYieldOrder checks that Yield resumes a task on the next pass in
// call_soon order, as a SleepOp of delay 0 does (childFrame), and that a
// task cancelled while it yields gets CancelledError at the resume.
func TestYieldOrder(t *testing.T) {
	for _, yield := range []bool{true, false} {
		l := NewLoop(true)
		var out []string
		log := func(s string) { out = append(out, s) }
		mk := func(n string) Awaitable[py.NoneType] {
			if yield {
				return &yieldFrame{n: n, log: log}
			}
			return &childFrame{n: n, log: log}
		}
		a := CreateTask(l, mk("a"), "")
		b := CreateTask(l, mk("b"), "")
		c := CreateTask(l, mk("c"), "")
		l.CallSoon(func() { log("cb"); b.Cancel() })
		RunUntilComplete[*py.List[py.NoneType]](l, GatherList(l, []Awaitable[py.NoneType]{a, c}, false))
		l.Close()
		got := strings.Join(out, ", ")
		want := "a first step, b first step, c first step, cb, a second step, c second step"
		if got != want {
			t.Errorf("yield=%v: got %q, want %q", yield, got, want)
		}
		if !b.Cancelled() {
			t.Errorf("yield=%v: b not cancelled", yield)
		}
	}
}
