package runtime

import (
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/aiogo/aiogo/runtime/py"
)

func catchExc(f func()) (exc py.Exception) {
	defer func() {
		if x := recover(); x != nil {
			exc = x.(py.Exception)
		}
	}()
	f()
	return nil
}

func TestVirtualClockJumps(t *testing.T) {
	l := NewLoop(true)
	start := time.Now()
	var at []float64
	main := newScript(
		await(sleepAw(100)),
		do(func() { at = append(at, l.Time()) }),
		await(sleepAw(0.05)),
		await(sleepAw(0.1)),
		do(func() { at = append(at, l.Time()) }),
	)
	run(t, l, main)
	l.Close()
	if el := time.Since(start); el > time.Second {
		t.Fatalf("virtual sleeps took %v of real time", el)
	}
	want := 100.0
	want += 0.05
	want += 0.1
	if at[0] != 100 || at[1] != want {
		t.Fatalf("virtual times %v", at)
	}
	// The 012 check: sequential sleeps of 0.05 and 0.1 take >= 0.149.
	l = NewLoop(true)
	var t0, t1 float64
	run(t, l, newScript(do(func() { t0 = l.Time() }), await(sleepAw(0.05)), await(sleepAw(0.1)), do(func() { t1 = l.Time() })))
	l.Close()
	if !(t1-t0 >= 0.149) {
		t.Fatalf("elapsed %v", t1-t0)
	}
}

// TestVirtualClockFarDeadlines: from about 1e7 s on, now + ClockResolution
// rounds to now, and the virtual clock jumped to such a deadline again and
// again without firing it (asyncio.sleep(1e9) hung).
func TestVirtualClockFarDeadlines(t *testing.T) {
	for _, tc := range []struct {
		name   string
		delays []float64
		want   float64
	}{
		{"1e9", []float64{1e9}, 1e9},
		{"1e15", []float64{1e15}, 1e15},
		{"1e9 then 1e-9", []float64{1e9, 1e-9}, 1e9 + 1e-9},
		{"1e9 then 0.5", []float64{1e9, 0.5}, 1e9 + 0.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := NewLoop(true)
			var steps []op
			for _, d := range tc.delays {
				steps = append(steps, await(sleepAw(d)))
			}
			var at float64
			steps = append(steps, do(func() { at = l.Time() }))
			done := make(chan struct{})
			go func() {
				defer close(done)
				run(t, l, newScript(steps...))
				l.Close()
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatalf("sleeps of %v did not end", tc.delays)
			}
			if at != tc.want {
				t.Fatalf("clock at %v, want %v", at, tc.want)
			}
		})
	}
}

func TestRealClockSleeps(t *testing.T) {
	l := NewLoop(false)
	start := time.Now()
	var lt0, lt1 float64
	run(t, l, newScript(do(func() { lt0 = l.Time() }), await(sleepAw(0.05)), do(func() { lt1 = l.Time() })))
	l.Close()
	el := time.Since(start)
	if el < 50*time.Millisecond || el > 10*time.Second { // only the lower bound is exact on a loaded machine
		t.Fatalf("sleep(0.05) took %v", el)
	}
	if d := lt1 - lt0; d < 0.05 || d > 10 {
		t.Fatalf("loop clock advanced %v", d)
	}
}

func TestCallSoonThreadsafeWakesIdleLoop(t *testing.T) {
	for _, virtual := range []bool{false, true} {
		l := NewLoop(virtual)
		fut := NewFuture[string](l)
		l.BeginExternal()
		go func() {
			time.Sleep(20 * time.Millisecond)
			l.CallSoonThreadsafe(func() { fut.SetResult("from thread") })
			l.EndExternal()
		}()
		start := time.Now()
		// A timer far away: the virtual clock must not jump past it while
		// the thread is working, and the real one must not sleep until it.
		h := l.CallLater(50, func() {})
		got := RunUntilComplete[string](l, fut)
		h.Cancel()
		if got != "from thread" {
			t.Fatalf("got %q", got)
		}
		if el := time.Since(start); el < 20*time.Millisecond || el > 20*time.Second {
			t.Fatalf("virtual=%v: waited %v", virtual, el)
		}
		if virtual && l.Time() != 0 {
			t.Fatalf("virtual clock moved to %v while thread work was pending", l.Time())
		}
		l.Close()
	}
}

func TestThreadsafeManyProducers(t *testing.T) {
	l := NewLoop(false)
	const n, per = 8, 1000
	count := 0
	done := NewFuture[py.NoneType](l)
	for range n {
		go func() {
			for range per {
				l.CallSoonThreadsafe(func() {
					count++
					if count == n*per {
						done.SetResult(py.None)
					}
				})
			}
		}()
	}
	RunUntilComplete[py.NoneType](l, done)
	l.Close()
	if count != n*per {
		t.Fatalf("count %d", count)
	}
}

func TestNoGoroutineLeak(t *testing.T) {
	before := goruntime.NumGoroutine()
	for range 20 {
		l := NewLoop(false)
		fut := NewFuture[int](l)
		go l.CallSoonThreadsafe(func() { fut.SetResult(1) })
		l.CallLater(10, func() {})
		run(t, l, newScript(await(sleepAw(0.001)), await(func() AnyAwaitable { return fut })))
		l.Close()
	}
	deadline := time.Now().Add(2 * time.Second)
	for goruntime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := goruntime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines before, %d after", before, n)
	}
}

// TestLoopLifecycle is r15 (R17).
func TestLoopLifecycle(t *testing.T) {
	l := NewLoop(true)
	var log []string
	add := func(s string) func() { return func() { log = append(log, s) } }
	l.CallSoon(func() {
		log = append(log, "first: stop()")
		l.Stop()
		l.CallSoon(add("scheduled by first (next iteration)"))
	})
	l.CallSoon(add("already queued in same iteration"))
	l.RunForever()
	if got := strings.Join(log, "|"); got != "first: stop()|already queued in same iteration" {
		t.Fatalf("run_forever after stop(): %s", got)
	}
	log = nil
	l.Stop()
	l.RunForever()
	if got := strings.Join(log, "|"); got != "scheduled by first (next iteration)" {
		t.Fatalf("leftover: %s", got)
	}
	e := catchExc(func() {
		RunUntilComplete[any](l, newScript(do(l.Stop), await(sleepAw(1))))
	})
	if e == nil || e.Error() != "Event loop stopped before Future completed." {
		t.Fatalf("run_until_complete + stop: %v", e)
	}
	var closeErr py.Exception
	RunUntilComplete[any](l, newScript(do(func() { closeErr = catchExc(l.Close) })))
	if closeErr == nil || closeErr.Error() != "Cannot close a running event loop" {
		t.Fatalf("close while running: %v", closeErr)
	}
	l.CallLater(10, func() { t.Error("ran after close") })
	l.Close()
	if !l.IsClosed() {
		t.Fatal("not closed")
	}
	if e := catchExc(func() { l.CallSoon(func() {}) }); e == nil || e.Error() != "Event loop is closed" {
		t.Fatalf("call_soon after close: %v", e)
	}
	if e := catchExc(func() { GetRunningLoop() }); e == nil || e.Error() != "no running event loop" {
		t.Fatalf("get_running_loop: %v", e)
	}
}

func TestRunCancelsLeftoverTasks(t *testing.T) {
	var log []string
	res := Run(func() Awaitable[any] {
		s := newScript(
			do(func() {
				bg := newScript(try(sleepAw(10), func(_ any, e py.Exception) {
					if isCancelled(e) {
						log = append(log, "bg got CancelledError during asyncio.run shutdown")
					}
					raise(e)
				}))
				CreateTask[any](nil, bg, "")
			}),
			await(sleepAw(0)),
		)
		s.ret = "main result"
		return s
	})
	if res != "main result" || len(log) != 1 {
		t.Fatalf("res=%v log=%v", res, log)
	}
	if eventLoop.Load() != nil || runningLoop.Load() != nil {
		t.Fatal("loop still set after Run")
	}
	// The main task's exception is raised after the cleanup.
	e := catchExc(func() {
		Run(func() Awaitable[any] { return newScript(do(func() { raise(py.ValueError("bad")) })) })
	})
	if e == nil || py.Repr(e) != "ValueError('bad')" {
		t.Fatalf("Run raised %v", e)
	}
}

func TestRunEnvClock(t *testing.T) {
	t.Setenv(ClockEnv, "virtual")
	start := time.Now()
	v := Run(func() Awaitable[py.NoneType] { return Sleep(3600) })
	if v != py.None || time.Since(start) > time.Second {
		t.Fatal("AIOGO_CLOCK=virtual not honoured")
	}
}

func TestMainExitStatus(t *testing.T) {
	if c := runMain(func() {}); c != 0 {
		t.Fatalf("status %d", c)
	}
	if c := runMain(func() {
		Run(func() Awaitable[any] { return newScript(do(func() { raise(py.ValueError("bad")) })) })
	}); c != 1 {
		t.Fatalf("status %d", c)
	}
	if c := runMain(func() { raise(py.NewExc(py.SystemExitClass, int64(3))) }); c != 3 {
		t.Fatalf("SystemExit status %d", c)
	}
	// An exception in a task nobody awaited does not change the status.
	if c := runMain(func() {
		Run(func() Awaitable[any] {
			return newScript(
				do(func() { CreateTask[any](nil, newScript(do(func() { raise(py.ValueError("lost")) })), "") }),
				await(sleepAw(0)),
			)
		})
	}); c != 0 {
		t.Fatalf("status %d", c)
	}
}

func TestFormatTraceback(t *testing.T) {
	inner := py.ValueError("inner")
	e := py.RuntimeError("outer")
	e.Cause = inner
	e.Traceback = []py.Frame{{File: "p.py", Func: "f", Line: 3}, {File: "p.py", Func: "<module>", Line: 9}}
	got := FormatTraceback(e)
	want := "ValueError: inner\n\nThe above exception was the direct cause of the following exception:\n\n" +
		"Traceback (most recent call last):\n  File \"p.py\", line 9, in <module>\n  File \"p.py\", line 3, in f\nRuntimeError: outer\n"
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// TestFormatTracebackGroup checks CPython 3.11's drawing of an exception
// group: the "Exception Group Traceback" header with a '+' margin, numbered
// member boxes, a member's own cause chain inside its box, nested groups
// one level deeper, and the closing line.
func TestFormatTracebackGroup(t *testing.T) {
	fr := func(fn string, line int) []py.Frame { return []py.Frame{{File: "p.py", Func: fn, Line: line}} }
	a := py.ValueError("a")
	a.Traceback = fr("load", 3)
	k := py.KeyError("k")
	b := py.RuntimeError("b")
	b.Cause = k
	b.Traceback = fr("load", 5)
	inner := py.NewExceptionGroup("inner", []py.Exception{py.TypeError("t")})
	inner.Traceback = fr("sub", 7)
	g := py.NewExceptionGroup("unhandled errors in a TaskGroup", []py.Exception{a, b, inner})
	g.Traceback = fr("main", 9)
	want := `  + Exception Group Traceback (most recent call last):
  |   File "p.py", line 9, in main
  | ExceptionGroup: unhandled errors in a TaskGroup (3 sub-exceptions)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "p.py", line 3, in load
    | ValueError: a
    +---------------- 2 ----------------
    | KeyError: 'k'
    | 
    | The above exception was the direct cause of the following exception:
    | 
    | Traceback (most recent call last):
    |   File "p.py", line 5, in load
    | RuntimeError: b
    +---------------- 3 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "p.py", line 7, in sub
    | ExceptionGroup: inner (1 sub-exception)
    +-+---------------- 1 ----------------
      | TypeError: t
      +------------------------------------
`
	if got := FormatTraceback(g); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// TestFormatTracebackNotes checks that add_note's notes follow the
// exception's line, one line each (split at newlines), also in a group box.
func TestFormatTracebackNotes(t *testing.T) {
	e := py.ValueError("bad")
	e.AddNote("first")
	e.AddNote("two\nlines")
	if got, want := FormatTraceback(e), "ValueError: bad\nfirst\ntwo\nlines\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	g := py.NewExceptionGroup("g", []py.Exception{e})
	g.AddNote("group note")
	want := "  | ExceptionGroup: g (1 sub-exception)\n  | group note\n  +-+---------------- 1 ----------------\n    | ValueError: bad\n    | first\n    | two\n    | lines\n    +------------------------------------\n"
	if got := FormatTraceback(g); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
