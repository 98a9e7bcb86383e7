package runtime

import (
	"fmt"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// This file holds frames written the way the code generator writes them: a
// struct with a state number and the live variables, and a Step method that
// dispatches on the state with a switch and gotos.

// childFrame is
//
//	async def child(n):
//	    log(f"{n} first step"); await asyncio.sleep(0); log(f"{n} second step")
type childFrame struct {
	state int
	n     string
	log   func(string)
	sleep SleepOp
}

func (f *childFrame) Step(tc *TaskCore) bool {
	switch f.state {
	case 0:
		goto s0
	case 1:
		goto s1
	}
	panic(fmt.Sprintf("childFrame: bad state %d", f.state))
s0:
	f.log(f.n + " first step")
	f.sleep.Init(0)
	f.state = 1
s1:
	if !f.sleep.Step(tc) {
		return false
	}
	f.log(f.n + " second step")
	f.state = -1
	return true
}

func (f *childFrame) Result() py.NoneType { return py.None }

// r02MainFrame is
//
//	async def main():
//	    loop = asyncio.get_running_loop()
//	    loop.call_soon(lambda: log("cb queued before tasks"))
//	    t1 = asyncio.create_task(child("t1")); t2 = asyncio.create_task(child("t2"))
//	    log("main: after create_task, children not started yet")
//	    await asyncio.sleep(0)
//	    log("main resumed")
//	    await asyncio.gather(t1, t2)
//	    log("main done")
type r02MainFrame struct {
	state  int
	log    func(string)
	t1, t2 *Task[py.NoneType]
	sleep  SleepOp
	g      *Future[*py.List[py.NoneType]]
}

func (f *r02MainFrame) Step(tc *TaskCore) bool {
	switch f.state {
	case 0:
		goto s0
	case 1:
		goto s1
	case 2:
		goto s2
	}
	panic("bad state")
s0:
	{
		loop := GetRunningLoop()
		loop.CallSoon(func() { f.log("cb queued before tasks") })
		f.t1 = CreateTask[py.NoneType](nil, &childFrame{n: "t1", log: f.log}, "")
		f.t2 = CreateTask[py.NoneType](nil, &childFrame{n: "t2", log: f.log}, "")
		f.log("main: after create_task, children not started yet")
		f.sleep.Init(0)
		f.state = 1
	}
s1:
	if !f.sleep.Step(tc) {
		return false
	}
	f.log("main resumed")
	f.g = GatherList[py.NoneType](nil, []Awaitable[py.NoneType]{f.t1, f.t2}, false)
	f.state = 2
s2:
	if !f.g.Step(tc) {
		return false
	}
	_ = f.g.Result()
	f.log("main done")
	f.state = -1
	return true
}

func (f *r02MainFrame) Result() py.NoneType { return py.None }

// workerFrame is the spawn benchmark's coroutine, with a try/except the
// way the generator lowers it (a recover around the awaiting state):
//
//	async def worker(i: int, rounds: int) -> int:
//	    total = 0
//	    for _ in range(rounds):
//	        try:
//	            await asyncio.sleep(0)
//	        except asyncio.CancelledError:
//	            return -1
//	        total += i
//	    return total
type workerFrame struct {
	state     int
	i, rounds int64
	total, k  int64
	result    int64
	sleep     SleepOp
}

func (f *workerFrame) Step(tc *TaskCore) (done bool) {
	switch f.state {
	case 0:
		goto s0
	case 1:
		goto s1
	}
	panic("bad state")
s0:
	f.total = 0
	f.k = 0
loop:
	if f.k >= f.rounds {
		f.result = f.total
		f.state = -1
		return true
	}
	f.sleep.Init(0)
	f.state = 1
s1:
	switch f.awaitSleep(tc) {
	case 0:
		return false
	case 2: // except CancelledError: return -1
		f.result = -1
		f.state = -1
		return true
	}
	f.total += f.i
	f.k++
	goto loop
}

// awaitSleep is the try block: 1 done, 0 suspended, 2 CancelledError caught.
func (f *workerFrame) awaitSleep(tc *TaskCore) (r int) {
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(py.Exception); ok && py.IsInstance(e, py.CancelledErrorClass) {
				r = 2
				return
			}
			panic(x)
		}
	}()
	if f.sleep.Step(tc) {
		return 1
	}
	return 0
}

func (f *workerFrame) Result() int64 { return f.result }

// returnFrame is `async def coro(): return v` (never suspends).
type returnFrame[T any] struct {
	state int
	v     T
}

func (f *returnFrame[T]) Step(tc *TaskCore) bool { f.state = -1; return true }
func (f *returnFrame[T]) Result() T              { return f.v }

// script is a test-only interpreter frame: a list of ops, each either plain
// code or one await (optionally inside try/except that catches everything).
// It lets the ordering tests read like the Python programs they mirror.
type script struct {
	ops []op
	pc  int
	cur AnyAwaitable
	ret any
}

type op struct {
	do   func()
	aw   func() AnyAwaitable
	then func(v any, e py.Exception) // non-nil: the await is in a try block
}

func do(f func()) op                                             { return op{do: f} }
func await(f func() AnyAwaitable) op                             { return op{aw: f} }
func try(f func() AnyAwaitable, then func(any, py.Exception)) op { return op{aw: f, then: then} }

func (s *script) Step(tc *TaskCore) bool {
	for s.pc < len(s.ops) {
		o := &s.ops[s.pc]
		if o.do != nil {
			s.pc++
			o.do()
			continue
		}
		if s.cur == nil {
			s.cur = o.aw()
		}
		var v any
		var exc py.Exception
		done := func() (d bool) {
			if o.then != nil {
				defer func() {
					if r := recover(); r != nil {
						exc = r.(py.Exception)
						d = true
					}
				}()
			}
			if !s.cur.Step(tc) {
				return false
			}
			v = s.cur.ResultAny()
			return true
		}()
		if !done {
			return false
		}
		s.cur = nil
		s.pc++
		if o.then != nil {
			o.then(v, exc)
		}
	}
	return true
}

func (s *script) Result() any    { return s.ret }
func (s *script) ResultAny() any { return s.ret }

func newScript(ops ...op) *script { return &script{ops: ops} }

// raise panics with a Python exception (the generated `raise`).
func raise(e py.Exception) { panic(e) }

// recorder collects output lines.
type recorder struct {
	lines []string
	loop  *Loop
}

func (r *recorder) log(s string) { r.lines = append(r.lines, s) }
func (r *recorder) logIter(s string) {
	r.lines = append(r.lines, fmt.Sprintf("iter=%d %s", r.loop.passes, s))
}
func (r *recorder) logf(format string, a ...any) { r.log(fmt.Sprintf(format, a...)) }

func (r *recorder) check(t *testing.T, want string) {
	t.Helper()
	got := strings.Join(r.lines, "\n")
	want = strings.Trim(want, "\n")
	if got != want {
		t.Errorf("output mismatch\n--- got\n%s\n--- want\n%s", got, want)
	}
}
