package runtime

import (
	"strings"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// The expected outputs in this file are CPython 3.11's, from
// shared/notes/asyncio-semantics.md and shared/conformance.

func sleepAw(d float64) func() AnyAwaitable {
	return func() AnyAwaitable { return Erase(Sleep(d)) }
}

func awaitF(a AnyAwaitable) func() AnyAwaitable { return func() AnyAwaitable { return a } }

// pyStr formats values like print().
func pyStr(vs ...any) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = py.Str(v)
	}
	return strings.Join(parts, " ")
}

// argsRepr is repr(e.args).
func argsRepr(e py.Exception) string {
	return py.Repr(py.NewList(e.Exc().Args...))[1:len(py.Repr(py.NewList(e.Exc().Args...)))-1] + tupleEnd(len(e.Exc().Args))
}

func tupleEnd(n int) string {
	if n == 1 {
		return ","
	}
	return ""
}

func tupleRepr(e py.Exception) string { return "(" + argsRepr(e) + ")" }

func isCancelled(e py.Exception) bool { return py.IsInstance(e, py.CancelledErrorClass) }

func run(t *testing.T, l *Loop, s *script) {
	t.Helper()
	RunUntilComplete[any](l, s)
}

func TestR1CallSoonFIFO(t *testing.T) {
	l := NewLoop(false)
	r := &recorder{loop: l}
	var c func()
	l.CallSoon(func() { r.logIter("a"); l.CallSoon(c) })
	l.CallSoon(func() { r.logIter("b") })
	c = func() { r.logIter("c"); l.Stop() }
	h := l.CallSoon(func() { r.logIter("cancelled-never-runs") })
	h.Cancel()
	l.RunForever()
	l.Close()
	r.check(t, "iter=1 a\niter=1 b\niter=2 c")
}

func TestR2CreateTask(t *testing.T) {
	l := NewLoop(false)
	r := &recorder{loop: l}
	RunUntilComplete[py.NoneType](l, &r02MainFrame{log: r.logIter})
	l.Close()
	r.check(t, `
iter=1 main: after create_task, children not started yet
iter=2 cb queued before tasks
iter=2 t1 first step
iter=2 t2 first step
iter=2 main resumed
iter=3 t1 second step
iter=3 t2 second step
iter=5 main done`)
}

// TestR3AwaitCosts runs on the virtual clock only: on a loaded machine the real
// clock lets timers that are meant to be apart expire in one loop pass,
// which changes the order it checks. TestRealClockSleeps covers the real clock.
func TestR3AwaitCosts(t *testing.T) {
	for _, virtual := range []bool{true} {
		l := NewLoop(virtual)
		r := &recorder{loop: l}
		var s uint64
		mark := do(func() { s = l.passes })
		cost := func(label string) op {
			return do(func() { r.logf("%s: %d iterations", label, l.passes-s) })
		}
		var f *Future[int]
		var tk *Task[int]
		main := newScript(
			mark, await(sleepAw(0)), cost("await sleep(0)"),
			mark, await(func() AnyAwaitable { return Erase[int](&returnFrame[int]{v: 1}) }), cost("await coro() (no suspend)"),
			do(func() { f = NewFuture[int](l); f.SetResult(1); s = l.passes }),
			await(func() AnyAwaitable { return f }), cost("await already-done future"),
			do(func() { f = NewFuture[int](l); l.CallSoon(func() { f.SetResult(1) }); s = l.passes }),
			await(func() AnyAwaitable { return f }), cost("await future resolved by call_soon"),
			mark, await(sleepAw(0.01)), cost("await sleep(0.01)"),
			do(func() { tk = CreateTask[int](l, &returnFrame[int]{v: 1}, ""); s = l.passes }),
			await(func() AnyAwaitable { return tk }), cost("await task that returns immediately"),
			do(func() { tk = CreateTask[int](l, &returnFrame[int]{v: 1}, "") }),
			await(sleepAw(0)), await(sleepAw(0)),
			mark, await(func() AnyAwaitable { return tk }),
			do(func() { r.log(pyStr("task done?", tk.Done())) }), cost("await finished task"),
		)
		run(t, l, main)
		l.Close()
		r.check(t, `
await sleep(0): 1 iterations
await coro() (no suspend): 0 iterations
await already-done future: 0 iterations
await future resolved by call_soon: 2 iterations
await sleep(0.01): 2 iterations
await task that returns immediately: 2 iterations
task done? True
await finished task: 0 iterations`)
	}
}

// TestR4Timers runs on the virtual clock only: on a loaded machine the real
// clock lets timers that are meant to be apart expire in one loop pass,
// which changes the order it checks. TestRealClockSleeps covers the real clock.
func TestR4Timers(t *testing.T) {
	for _, virtual := range []bool{true} {
		l := NewLoop(virtual)
		var out []string
		add := func(s string) func() { return func() { out = append(out, s) } }
		when := l.Time() + 0.02
		for i := range 10 {
			l.CallAt(when, add(py.Str(int64(i))))
		}
		l.CallAt(when-0.01, add("earlier"))
		l.CallAt(when+0.01, func() { out = append(out, "later"); l.Stop() })
		l.RunForever()
		if got := strings.Join(out, " "); got != "earlier 0 1 2 3 4 5 6 7 8 9 later" {
			t.Errorf("same-deadline order: %s", got)
		}
		out = nil
		l.CallSoon(func() {
			l.CallLater(0, add("call_later(0) registered first"))
			l.CallSoon(add("call_soon registered second"))
			l.CallLater(0.02, l.Stop)
		})
		l.RunForever()
		if got := strings.Join(out, "|"); got != "call_soon registered second|call_later(0) registered first" {
			t.Errorf("call_later(0) vs call_soon: %s", got)
		}
		out = nil
		for i := range 5 {
			l.CallLater(0.01, add(py.Str(int64(i))))
		}
		l.CallLater(0.03, l.Stop)
		l.RunForever()
		if got := strings.Join(out, " "); got != "0 1 2 3 4" {
			t.Errorf("call_later(0.01) x5: %s", got)
		}
		l.Close()
	}
}

func TestTimerCancel(t *testing.T) {
	l := NewLoop(true)
	type rec struct {
		when float64
		i    int
	}
	var fired []rec
	var hs []*TimerHandle
	seed := uint32(12345)
	rnd := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	for i := range 2000 {
		w := float64(rnd()%50) * 0.001
		i := i
		hs = append(hs, l.CallAt(w, func() { fired = append(fired, rec{w, i}) }))
	}
	cancelled := map[int]bool{}
	for i := range hs {
		if rnd()%2 == 0 {
			hs[i].Cancel()
			hs[i].Cancel() // idempotent
			cancelled[i] = true
		}
	}
	// A timer cancelled by a callback of the same pass, after it became due,
	// does not run either.
	var late *TimerHandle
	l.CallAt(0.1, func() { late.Cancel() })
	late = l.CallAt(0.1, func() { t.Error("cancelled due timer ran") })
	l.CallAt(0.2, l.Stop)
	l.RunForever()
	if len(fired) != 2000-len(cancelled) {
		t.Fatalf("fired %d timers, want %d", len(fired), 2000-len(cancelled))
	}
	for k, f := range fired {
		if cancelled[f.i] {
			t.Fatalf("cancelled timer %d fired", f.i)
		}
		if k > 0 {
			p := fired[k-1]
			if p.when > f.when || (p.when == f.when && p.i > f.i) {
				t.Fatalf("timer order: %v before %v", p, f)
			}
		}
	}
	if l.timers.n != 0 {
		t.Fatalf("%d timers left", l.timers.n)
	}
	l.Close()
}

func TestR5DoneCallbacks(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	var tk *Task[py.NoneType]
	main := newScript(
		do(func() {
			f := NewFuture[int](l)
			f.AddDoneCallback(func(*Future[int]) { r.log("cb1") })
			f.AddDoneCallback(func(*Future[int]) { r.log("cb2") })
			f.SetResult(42)
			r.log("after set_result: callbacks not yet run")
			f.AddDoneCallback(func(*Future[int]) { r.log("cb3 (added after done -> call_soon, not synchronous)") })
			r.log("after add_done_callback on done future")
		}),
		await(sleepAw(0)),
		do(func() {
			r.log("after one iteration")
			g := NewFuture[py.NoneType](l)
			g.AddDoneCallback(func(*Future[py.NoneType]) { raise(py.ValueError("boom in callback")) })
			g.AddDoneCallback(func(*Future[py.NoneType]) { r.log("next callback still runs") })
			g.SetResult(py.None)
		}),
		await(sleepAw(0)),
		do(func() {
			tk = CreateTask(l, Sleep(0), "")
			tk.AddDoneCallback(func(t *Task[py.NoneType]) { r.log(pyStr("task done-callback, result:", t.Result())) })
		}),
		await(func() AnyAwaitable { return tk }),
		do(func() { r.log("main after await t (its done-callback ran first, FIFO)") }),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
after set_result: callbacks not yet run
after add_done_callback on done future
cb1
cb2
cb3 (added after done -> call_soon, not synchronous)
after one iteration
next callback still runs
task done-callback, result: None
main after await t (its done-callback ran first, FIFO)`)
}

// w is r06's coroutine:
//
//	async def w(name, d, fail=False):
//	    try: await asyncio.sleep(d)
//	    except asyncio.CancelledError: print(f"  {name} cancelled"); raise
//	    if fail: raise ValueError(name)
//	    print(f"  {name} finished"); return name
func w(r *recorder, name string, d float64, fail bool) *script {
	s := &script{}
	s.ops = []op{
		try(sleepAw(d), func(_ any, e py.Exception) {
			if e != nil {
				if isCancelled(e) {
					r.log("  " + name + " cancelled")
				}
				raise(e)
			}
		}),
		do(func() {
			if fail {
				raise(py.ValueError(name))
			}
			r.log("  " + name + " finished")
			s.ret = name
		}),
	}
	return s
}

// TestR6Gather runs on the virtual clock only: on a loaded machine the real
// clock lets timers that are meant to be apart expire in one loop pass,
// which changes the order it checks. TestRealClockSleeps covers the real clock.
func TestR6Gather(t *testing.T) {
	for _, virtual := range []bool{true} {
		l := NewLoop(virtual)
		r := &recorder{loop: l}
		var g *Future[*py.List[any]]
		var b, c, dup *Task[any]
		main := newScript(
			await(func() AnyAwaitable {
				return GatherAny(l, []AnyAwaitable{w(r, "slow", .03, false), w(r, "fast", .01, false)}, false)
			}),
			do(func() {}),
		)
		main.ops[0].then = func(v any, e py.Exception) {
			r.log(pyStr("1. results in argument order:", py.Repr(v)))
		}
		main.ops = append(main.ops,
			try(func() AnyAwaitable {
				return GatherAny(l, []AnyAwaitable{w(r, "a", .01, true), w(r, "b", .02, false)}, true)
			}, func(v any, e py.Exception) { r.log("2. return_exceptions: " + py.Repr(v)) }),
			do(func() { b = CreateTask[any](l, w(r, "sibling", .05, false), "") }),
			try(func() AnyAwaitable { return GatherAny(l, []AnyAwaitable{w(r, "x", .01, true), b}, false) },
				func(v any, e py.Exception) {
					r.log("3. first exception propagates: " + py.Repr(e) + " | sibling still running: " + py.Str(!b.Done()))
				}),
			await(func() AnyAwaitable { return b }),
			do(func() {
				c = CreateTask[any](l, w(r, "c", 1, false), "")
				CreateTask[any](l, newScript(await(sleepAw(.01)), do(func() { c.Cancel() })), "")
			}),
			try(func() AnyAwaitable { return GatherAny(l, []AnyAwaitable{c, w(r, "d", .02, false)}, false) },
				func(v any, e py.Exception) {
					if isCancelled(e) {
						r.log(pyStr("4. child cancelled -> gather raises CancelledError; caller not cancelled:", int64(CurrentTask(l).Cancelling())))
					}
				}),
			await(sleepAw(.03)),
			do(func() { g = GatherAny(l, []AnyAwaitable{w(r, "e", 1, false), w(r, "f", 1, false)}, false) }),
			await(sleepAw(0)),
			do(func() { g.Cancel() }),
			try(func() AnyAwaitable { return g }, func(v any, e py.Exception) {
				if isCancelled(e) {
					r.log("5. outer.cancel() cancelled all children")
				}
			}),
			do(func() { dup = CreateTask[any](l, w(r, "dup", .01, false), "") }),
			try(func() AnyAwaitable { return GatherAny(l, []AnyAwaitable{dup, dup}, false) },
				func(v any, e py.Exception) { r.log("6. duplicate arg shares one task: " + py.Repr(v)) }),
		)
		run(t, l, main)
		l.Close()
		r.check(t, `
  fast finished
  slow finished
1. results in argument order: ['slow', 'fast']
  b finished
2. return_exceptions: [ValueError('a'), 'b']
3. first exception propagates: ValueError('x') | sibling still running: True
  sibling finished
  c cancelled
4. child cancelled -> gather raises CancelledError; caller not cancelled: 0
  d finished
  e cancelled
  f cancelled
5. outer.cancel() cancelled all children
  dup finished
6. duplicate arg shares one task: ['dup', 'dup']`)
	}
}

// TestGatherTyped is conformance 019 with GatherList.
func TestGatherTyped(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	delayed := func(v int64, d float64) Awaitable[int64] {
		s := &script{}
		s.ops = []op{await(sleepAw(d)), do(func() { r.log(pyStr("finished", v)); s.ret = v })}
		return &typed[int64]{s}
	}
	var tasks []Awaitable[int64]
	var same *Task[int64]
	main := newScript(
		try(func() AnyAwaitable {
			return GatherList(l, []Awaitable[int64]{delayed(1, 0.06), delayed(2, 0.02), delayed(3, 0.04)}, false)
		}, func(v any, e py.Exception) { r.log(py.Repr(v)) }),
		do(func() {
			tasks = nil
			for i := range int64(3) {
				tasks = append(tasks, CreateTask(l, delayed(i, 0.02*float64(3-i)), ""))
			}
		}),
		try(func() AnyAwaitable { return GatherList(l, tasks, false) }, func(v any, e py.Exception) { r.log(py.Repr(v)) }),
		try(func() AnyAwaitable {
			return GatherList(l, []Awaitable[int64]{delayed(10, 0), delayed(11, 0), delayed(12, 0), delayed(13, 0)}, false)
		}, func(v any, e py.Exception) { r.log(py.Repr(v)) }),
		do(func() { same = CreateTask(l, delayed(99, 0), "") }),
		try(func() AnyAwaitable { return GatherList[int64](l, []Awaitable[int64]{same, same}, false) },
			func(v any, e py.Exception) { r.log(py.Repr(v)) }),
		try(func() AnyAwaitable { return GatherList[int64](l, nil, false) },
			func(v any, e py.Exception) { r.log(py.Repr(v)) }),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
finished 2
finished 3
finished 1
[1, 2, 3]
finished 2
finished 1
finished 0
[0, 1, 2]
finished 10
finished 11
finished 12
finished 13
[10, 11, 12, 13]
finished 99
[99, 99]
[]`)
}

// typed views a script as an Awaitable[T].
type typed[T any] struct{ s *script }

func (x *typed[T]) Step(tc *TaskCore) bool { return x.s.Step(tc) }
func (x *typed[T]) Result() T              { return x.s.ret.(T) }

func TestR8Cancel(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	var inner *Future[py.NoneType]
	var tk, mid *Task[any]
	victim := func() *script {
		return newScript(try(func() AnyAwaitable { return inner }, func(_ any, e py.Exception) {
			if isCancelled(e) {
				r.log("a. thrown at await point, args = " + tupleRepr(e) + " | inner future cancelled: " + py.Str(inner.Cancelled()))
			}
			raise(e)
		}))
	}
	stubborn := func() *script {
		s := &script{}
		for i := range 2 {
			s.ops = append(s.ops, try(sleepAw(1), func(_ any, e py.Exception) {
				if isCancelled(e) {
					r.log(pyStr("c. swallowed #"+py.Str(int64(i))+", cancelling() =", int64(CurrentTask(l).Cancelling())))
				}
			}))
		}
		s.ops = append(s.ops, do(func() {
			me := CurrentTask(l)
			r.log(pyStr("c. uncancel ->", int64(me.Uncancel()), int64(me.Uncancel())))
			s.ret = "survived"
		}))
		return s
	}
	leaf := func() *script {
		return newScript(try(sleepAw(1), func(_ any, e py.Exception) {
			if isCancelled(e) {
				r.log("d. leaf got CancelledError")
				raise(e)
			}
		}))
	}
	selfcancel := func() *script {
		return newScript(
			do(func() {
				CurrentTask(l).Cancel()
				r.log("e. still running after self-cancel; next await raises")
			}),
			await(sleepAw(0)),
			do(func() { r.log("never") }),
		)
	}
	main := newScript(
		do(func() {
			inner = NewFuture[py.NoneType](l)
			tk = CreateTask[any](l, victim(), "")
		}),
		await(sleepAw(0)),
		do(func() {
			r.log(pyStr("a. cancel() returns", tk.CancelMsg("stop now"), "| t.cancelled() right after cancel():", tk.Cancelled(), "| cancelling():", int64(tk.Cancelling())))
		}),
		try(func() AnyAwaitable { return tk }, func(_ any, e py.Exception) {
			r.log("a. awaiting it raises CancelledError " + tupleRepr(e) + " | t.cancelled(): " + py.Str(tk.Cancelled()))
		}),
		// (b)
		do(func() {
			tk = CreateTask[any](l, newScript(do(func() { r.log("never printed") })), "")
			tk.Cancel()
		}),
		await(sleepAw(0)),
		do(func() { r.log(pyStr("b. cancelled before first step:", tk.Cancelled())) }),
		// (c)
		do(func() { tk = CreateTask[any](l, stubborn(), "") }),
		await(sleepAw(0)),
		do(func() { tk.Cancel() }),
		await(sleepAw(0)),
		do(func() { tk.Cancel(); tk.Cancel() }),
		try(func() AnyAwaitable { return tk }, func(v any, e py.Exception) {
			r.log(pyStr("c. result:", v, "| cancelled():", tk.Cancelled()))
		}),
		// (d)
		do(func() {
			mid = CreateTask[any](l, newScript(await(func() AnyAwaitable { return CreateTask[any](l, leaf(), "") })), "")
		}),
		await(sleepAw(0)), await(sleepAw(0)),
		do(func() { mid.Cancel() }),
		try(func() AnyAwaitable { return mid }, func(_ any, e py.Exception) {
			r.log(pyStr("d. mid cancelled:", mid.Cancelled()))
		}),
		// (e)
		do(func() { tk = CreateTask[any](l, selfcancel(), "") }),
		try(func() AnyAwaitable { return tk }, func(_ any, e py.Exception) {
			r.log(pyStr("e. self-cancelled:", tk.Cancelled(), "| cancel() on done task ->", tk.Cancel()))
		}),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
a. cancel() returns True | t.cancelled() right after cancel(): False | cancelling(): 1
a. thrown at await point, args = ('stop now',) | inner future cancelled: True
a. awaiting it raises CancelledError ('stop now',) | t.cancelled(): True
b. cancelled before first step: True
c. swallowed #0, cancelling() = 1
c. swallowed #1, cancelling() = 3
c. uncancel -> 2 1
c. result: survived | cancelled(): False
d. leaf got CancelledError
d. mid cancelled: True
e. still running after self-cancel; next await raises
e. self-cancelled: True | cancel() on done task -> False`)
}

// TestCancelPoints is r18 (R9) parts 1 and 2.
func TestCancelPoints(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	var tk *Task[any]
	body := func() *script {
		return newScript(
			do(func() { CurrentTask(l).Cancel() }),
			await(func() AnyAwaitable { f := NewFuture[int](l); f.SetResult(1); return f }),
			await(func() AnyAwaitable { return Erase[int](&returnFrame[int]{v: 2}) }),
			do(func() { r.log("1. survived 'await done-future' and 'await coro()' after cancel()") }),
			try(sleepAw(0), func(_ any, e py.Exception) {
				if isCancelled(e) {
					r.log("1. CancelledError delivered at first real suspension (sleep(0))")
				}
				raise(e)
			}),
		)
	}
	main := newScript(
		do(func() { tk = CreateTask[any](l, body(), "") }),
		try(func() AnyAwaitable { return tk }, func(any, py.Exception) {}),
		do(func() {
			s := newScript(do(func() { CurrentTask(l).Cancel() }))
			s.ret = "value"
			tk = CreateTask[any](l, s, "")
		}),
		try(func() AnyAwaitable { return tk }, func(v any, e py.Exception) {
			if isCancelled(e) {
				r.log("2. task that returned after being cancel()ed while running ends CANCELLED; result lost")
			}
		}),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
1. survived 'await done-future' and 'await coro()' after cancel()
1. CancelledError delivered at first real suspension (sleep(0))
2. task that returned after being cancel()ed while running ends CANCELLED; result lost`)
}

// TestDoneCallbackRemove is conformance 022.
func TestDoneCallbackRemove(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	makeCB := func(tag string) func(*Task[int64]) {
		return func(t *Task[int64]) { r.log(pyStr("callback", tag, t.Result())) }
	}
	doneCallback := func(f *Future[string]) { r.log(pyStr("Done", f.Result())) }
	var tk *Task[int64]
	var fut *Future[string]
	work := func(v int64) Awaitable[int64] {
		s := &script{}
		s.ops = []op{await(sleepAw(0)), do(func() { r.log(pyStr("work done", v)); s.ret = v })}
		return &typed[int64]{s}
	}
	main := newScript(
		do(func() {
			tk = CreateTask(l, work(1), "")
			cbA, cbB, cbC := makeCB("a"), makeCB("b"), makeCB("c")
			tk.AddDoneCallback(cbA)
			tk.AddDoneCallback(cbB)
			tk.AddDoneCallback(cbC)
			r.log(pyStr("removed", int64(tk.RemoveDoneCallback(cbB)), int64(tk.RemoveDoneCallback(cbB))))
		}),
		try(func() AnyAwaitable { return tk }, func(v any, e py.Exception) { r.log(pyStr("awaited", v)) }),
		do(func() { tk.AddDoneCallback(makeCB("late")); r.log("after late add") }),
		await(sleepAw(0)),
		do(func() {
			r.log("after yield")
			fut = NewFuture[string](l)
			fut.AddDoneCallback(doneCallback)
			fut.AddDoneCallback(doneCallback)
			fut.SetResult("future value")
			r.log("set_result returned")
		}),
		await(func() AnyAwaitable { return fut }),
		do(func() { r.log("awaited future") }),
		await(sleepAw(0)),
		do(func() { r.log("end") }),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
removed 1 0
work done 1
callback a 1
callback c 1
awaited 1
after late add
callback late 1
after yield
set_result returned
awaited future
Done future value
Done future value
end`)
}

// TestCancelMsgAndStates covers conformance 032, 037 and 023's states.
func TestCancelMsgAndStates(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	sleeper := func() *script {
		return newScript(try(sleepAw(10), func(_ any, e py.Exception) {
			r.log("inside: " + py.Repr(e) + " " + tupleRepr(e))
			raise(e)
		}))
	}
	var tk *Task[any]
	var tasks []*Task[any]
	catch := func(f func()) (exc py.Exception) {
		defer func() {
			if x := recover(); x != nil {
				exc = x.(py.Exception)
			}
		}()
		f()
		return nil
	}
	main := newScript(
		do(func() { tk = CreateTask[any](l, sleeper(), "") }),
		await(sleepAw(0)),
		do(func() {
			r.log(pyStr("cancel returned", tk.CancelMsg("stop now")))
			r.log(pyStr("done right after cancel():", tk.Done()))
		}),
		try(func() AnyAwaitable { return tk }, func(_ any, e py.Exception) {
			if isCancelled(e) {
				r.log("awaiting the task raised CancelledError")
			}
		}),
		do(func() {
			r.log(pyStr(tk.Cancelled(), tk.Done()))
			r.log(pyStr("cancel after done", tk.Cancel()))
			if e := catch(func() { tk.Result() }); isCancelled(e) {
				r.log("result() raises CancelledError " + tupleRepr(e))
			}
			if e := catch(func() { tk.Exception() }); isCancelled(e) {
				r.log("exception() raises CancelledError")
			}
			f := NewFuture[string](l)
			if e := catch(func() { f.Result() }); e != nil {
				r.log(py.Repr(e))
			}
			if e := catch(func() { f.Exception() }); e != nil {
				r.log(py.Repr(e))
			}
			f.SetResult("v")
			if e := catch(func() { f.SetResult("again") }); e != nil {
				r.log(py.Repr(e))
			}
			r.log(pyStr(f.Result(), f.Done(), f.Exception() == nil))
			ef := NewFuture[int64](l)
			ef.SetException(py.ValueError("stored"))
			r.log(pyStr(py.Repr(ef.Exception()), ef.Done(), ef.Cancelled()))
			// 037: cancel before the first step
			tasks = nil
			for i := range 4 {
				s := newScript(do(func() { r.log(pyStr("body ran", int64(i))) }))
				s.ret = int64(1)
				tasks = append(tasks, CreateTask[any](l, s, ""))
				if i%2 == 1 {
					tasks[i].Cancel()
				}
			}
		}),
		try(func() AnyAwaitable {
			return GatherAny(l, []AnyAwaitable{tasks[0], tasks[1], tasks[2], tasks[3]}, true)
		}, func(v any, e py.Exception) {
			var kinds, states []string
			for _, x := range v.(*py.List[any]).V {
				e, _ := x.(py.Exception)
				kinds = append(kinds, py.Str(e != nil && isCancelled(e)))
			}
			for _, tk := range tasks {
				states = append(states, py.Str(tk.Cancelled()))
			}
			r.log(strings.Join(kinds, ",") + " " + strings.Join(states, ",") + " " + py.Repr(v.(*py.List[any]).V[1]))
		}),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
cancel returned True
done right after cancel(): False
inside: CancelledError('stop now') ('stop now',)
awaiting the task raised CancelledError
True True
cancel after done False
result() raises CancelledError ()
exception() raises CancelledError
InvalidStateError('Result is not set.')
InvalidStateError('Exception is not set.')
InvalidStateError('invalid state')
v True True
ValueError('stored') True False
body ran 0
body ran 2
False,True,False,True False,True,False,True CancelledError('')`)
}

// TestCancelPropagation is conformance 039.
func TestCancelPropagation(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	var log []string
	child := func(name string) *script {
		s := &script{}
		s.ops = []op{try(sleepAw(1), func(_ any, e py.Exception) {
			if isCancelled(e) {
				log = append(log, name+" cancelled")
				raise(e)
			}
			s.ret = name
		})}
		return s
	}
	var c, p, t1, t2 *Task[any]
	var g, g2 *Future[*py.List[any]]
	main := newScript(
		do(func() {
			c = CreateTask[any](l, child("c"), "")
			p = CreateTask[any](l, newScript(try(func() AnyAwaitable { return c }, func(_ any, e py.Exception) {
				if isCancelled(e) {
					log = append(log, "parent cancelled")
					raise(e)
				}
			})), "")
		}),
		await(sleepAw(0)),
		do(func() { p.Cancel() }),
		try(func() AnyAwaitable { return GatherAny(l, []AnyAwaitable{p}, true) }, func(any, py.Exception) {}),
		do(func() {
			r.log(py.Repr(py.ListOf(log)) + " child cancelled too: " + py.Str(c.Cancelled()))
			log = nil
			g = GatherAny(l, []AnyAwaitable{child("a"), child("b")}, false)
		}),
		await(sleepAw(0.01)),
		do(func() { r.log(pyStr("gather cancel:", g.Cancel())) }),
		try(func() AnyAwaitable { return g }, func(_ any, e py.Exception) {
			if isCancelled(e) {
				r.log("gather raised CancelledError")
			}
		}),
		do(func() {
			r.log(py.Repr(py.ListOf(log)))
			log = nil
			t1 = CreateTask[any](l, child("t1"), "")
			t2 = CreateTask[any](l, SleepResult[any](0.02, "t2 ok"), "")
			g2 = GatherAny(l, []AnyAwaitable{t1, t2}, true)
		}),
		await(sleepAw(0)),
		do(func() { t1.Cancel() }),
		try(func() AnyAwaitable { return g2 }, func(v any, e py.Exception) {
			res := v.(*py.List[any]).V
			e0, _ := res[0].(py.Exception)
			r.log(pyStr(e0 != nil && isCancelled(e0), res[1], py.Repr(py.ListOf(log))))
		}),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
['c cancelled', 'parent cancelled'] child cancelled too: True
gather cancel: True
gather raised CancelledError
['a cancelled', 'b cancelled']
True t2 ok ['t1 cancelled']`)
}

// TestTaskNames is conformance 021 (names, current_task, all_tasks).
func TestTaskNames(t *testing.T) {
	taskCounter.Store(0)
	l := NewLoop(true)
	r := &recorder{loop: l}
	who := func(tag string) *script {
		s := &script{}
		var me *TaskCore
		s.ops = []op{
			do(func() { me = CurrentTask(l) }),
			await(sleepAw(0)),
			do(func() { s.ret = tag + ":" + me.GetName() }),
		}
		return s
	}
	var me *TaskCore
	var t1, t2, t3 *Task[any]
	main := newScript(
		do(func() {
			me = CurrentTask(l)
			r.log(me.GetName())
			t1 = CreateTask[any](l, who("a"), "alpha")
			t2 = CreateTask[any](l, who("b"), "")
			r.log(pyStr(t1.GetName(), t2.GetName()))
			t2.SetName("beta")
			all := AllTasks(l)
			r.log(pyStr(int64(len(all)), all[0] == me))
		}),
		try(func() AnyAwaitable { return GatherAny(l, []AnyAwaitable{t1, t2}, false) }, func(v any, e py.Exception) {
			r.log(py.Repr(v))
		}),
		do(func() { me.SetName("main-task") }),
		try(func() AnyAwaitable { return who("m") }, func(v any, e py.Exception) { r.log(py.Str(v)) }),
		try(func() AnyAwaitable { return GatherAny(l, []AnyAwaitable{who("g1"), who("g2")}, false) }, func(v any, e py.Exception) {
			r.log(py.Repr(v))
		}),
		do(func() {
			r.log(pyStr(CurrentTask(l) == me, int64(len(AllTasks(l)))))
			t3 = ensureFuture[any](l, who("e")).(*Task[any])
			if ensureFuture[any](l, t3) != FutureOf[any](t3) {
				t.Error("ensureFuture(task) is not the task")
			}
		}),
		try(func() AnyAwaitable { return t3 }, func(v any, e py.Exception) { r.log(pyStr(t3.GetName(), v)) }),
	)
	RunUntilComplete[any](l, LoopCreateTask[any](l, main, ""))
	l.Close()
	r.check(t, `
Task-1
alpha Task-3
3 True
['a:alpha', 'b:beta']
m:main-task
['g1:Task-4', 'g2:Task-5']
True 1
Task-6 e:Task-6`)
}

// TestShield is conformance 038's first and last parts (without Event).
func TestShield(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	var inner, outer *Task[any]
	var gate *Future[py.NoneType]
	important := func(tag string) *script {
		s := &script{}
		s.ops = []op{
			await(func() AnyAwaitable { return gate }),
			await(sleepAw(0)),
			do(func() { r.log(tag + " done"); s.ret = tag + " saved" }),
		}
		return s
	}
	main := newScript(
		do(func() {
			gate = NewFuture[py.NoneType](l)
			inner = CreateTask[any](l, important("first"), "")
			outer = CreateTask[any](l, newScript(await(func() AnyAwaitable { return ShieldFuture[any](l, inner) })), "")
		}),
		await(sleepAw(0.01)),
		do(func() { outer.Cancel() }),
		try(func() AnyAwaitable { return outer }, func(_ any, e py.Exception) {
			if isCancelled(e) {
				r.log(pyStr("outer cancelled:", outer.Cancelled()))
			}
		}),
		do(func() {
			r.log(pyStr("inner cancelled?", inner.Cancelled(), "inner done?", inner.Done()))
			gate.SetResult(py.None)
		}),
		try(func() AnyAwaitable { return inner }, func(v any, e py.Exception) { r.log(py.Str(v)) }),
		try(func() AnyAwaitable { return ShieldFuture[any](l, important("third")) }, func(v any, e py.Exception) { r.log(py.Str(v)) }),
		try(func() AnyAwaitable { return ShieldFuture(l, SleepResult[any](0.01, "shielded sleep")) }, func(v any, e py.Exception) { r.log(py.Str(v)) }),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
outer cancelled: True
inner cancelled? False inner done? False
first done
first saved
third done
third saved
shielded sleep`)
}
