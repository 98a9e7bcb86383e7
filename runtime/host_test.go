package runtime

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aiogo/aiogo/runtime/py"
)

// sleeper is `async def f(d, v): await asyncio.sleep(d); print(v); return v`,
// raising ValueError(v) when fail is set, or a Go error when goErr is set.
type sleeper struct {
	state int
	sl    SleepOp
	d     float64
	v     int64
	fail  bool
	goErr error
}

func (f *sleeper) Step(tc *TaskCore) bool {
	if f.state == 0 {
		f.sl.Init(f.d)
		f.state = 1
	}
	if !f.sl.Step(tc) {
		return false
	}
	f.sl.Result()
	py.Print(" ", "\n", "slept", f.v)
	if f.fail {
		panic(py.Exception(py.ValueError(fmt.Sprint("bad ", f.v))))
	}
	if f.goErr != nil {
		e := py.NewExc(py.RuntimeErrorClass, "wrapped")
		e.Cause = py.NewGoError(f.goErr)
		panic(py.Exception(e))
	}
	return true
}

func (f *sleeper) Result() int64 { return f.v }

func TestCallFromGoroutines(t *testing.T) {
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, 8)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := Call[int64](context.Background(), &sleeper{d: 0.01, v: int64(i)}, WithStdout(&outs[i]))
			if err != nil || v != int64(i) {
				t.Errorf("call %d: %v, %v", i, v, err)
			}
		}()
	}
	wg.Wait()
	for i := range outs {
		if got, want := outs[i].String(), fmt.Sprintf("slept %d\n", i); got != want {
			t.Errorf("output %d: %q, want %q", i, got, want)
		}
	}
}

func TestCallErrors(t *testing.T) {
	var out bytes.Buffer
	_, err := Call[int64](context.Background(), &sleeper{v: 3, fail: true}, WithStdout(&out), WithVirtualClock())
	var pe *Error
	if !errors.As(err, &pe) || pe.Class != "ValueError" || pe.Message != "bad 3" || err.Error() != "ValueError: bad 3" {
		t.Fatalf("err = %#v", err)
	}
	if !strings.Contains(pe.Traceback, "ValueError: bad 3") || !pe.IsInstance("Exception") {
		t.Errorf("traceback %q", pe.Traceback)
	}
	if out.String() != "slept 3\n" {
		t.Errorf("output %q", out.String())
	}
	sentinel := errors.New("disk on fire")
	_, err = Call[int64](context.Background(), &sleeper{v: 1, goErr: sentinel}, WithStdout(&out))
	if !errors.Is(err, sentinel) || err.Error() != "RuntimeError: wrapped" {
		t.Fatalf("err = %v, want to wrap %v", err, sentinel)
	}
	// An exception with an empty message keeps its class name.
	if e := NewError(py.NewExc(py.TimeoutErrorClass)); e.Error() != "TimeoutError" {
		t.Errorf("Error() = %q", e.Error())
	}
}

func TestCallCancel(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := Call[int64](ctx, &sleeper{d: 10, v: 1})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatalf("cancellation took %v", time.Since(start))
	}
}

func TestHostAwait(t *testing.T) {
	var out bytes.Buffer
	h := NewHost(WithVirtualClock(), WithStdout(&out))
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := Await[int64](context.Background(), h, &sleeper{d: float64(i), v: int64(i)})
			if err != nil || v != int64(i) {
				t.Errorf("await %d: %v, %v", i, v, err)
			}
		}()
	}
	wg.Wait()
	// A cancelled context cancels the task.
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(5 * time.Millisecond); cancel() }()
	h2 := NewHost(WithStdout(&out))
	if _, err := Await[int64](ctx, h2, &sleeper{d: 30, v: 9}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled await: %v", err)
	}
	// Close cancels what is still running.
	errc := make(chan error, 1)
	go func() {
		_, err := Await[int64](context.Background(), h2, &sleeper{d: 30, v: 9})
		errc <- err
	}()
	time.Sleep(5 * time.Millisecond)
	h2.Close()
	var pe *Error
	if err := <-errc; !errors.As(err, &pe) || !pe.IsInstance("CancelledError") {
		t.Errorf("await across Close: %v", err)
	}
	if _, err := Await[int64](context.Background(), h2, &sleeper{v: 1}); err == nil {
		t.Errorf("await after Close succeeded")
	}
	h.Close()
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	sort.Strings(lines)
	if len(lines) != 6 {
		t.Fatalf("output %q", out.String())
	}
	for i, l := range lines {
		if l != fmt.Sprintf("slept %d", i) {
			t.Errorf("line %d: %q", i, l)
		}
	}
}

// TestToThreadGoPanic: a Go callback that panics with an ordinary error
// inside to_thread raises aiogo.GoPanic in the awaiting coroutine instead of
// killing the process.
func TestToThreadGoPanic(t *testing.T) {
	boom := errors.New("boom")
	_, exc := callThread(func() int { panic(boom) })
	if exc == nil || exc.Exc().Class != py.GoPanicClass {
		t.Fatalf("exc = %v", exc)
	}
	if !errors.Is(NewError(exc), boom) {
		t.Errorf("Go error not reachable from %v", exc)
	}
	_, exc = callThread(func() int { panic("plain string") })
	if exc == nil || !strings.Contains(exc.Error(), "plain string") {
		t.Fatalf("exc = %v", exc)
	}
}

// BenchmarkCall is the cost of calling a coroutine from Go on a new loop
// (what an exported function of a generated package does).
func BenchmarkCall(b *testing.B) {
	b.ReportAllocs()
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		if _, err := Call[int64](ctx, &returnFrame[int64]{v: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHostAwait is the cost of submitting a coroutine to a running
// Host from another goroutine and waiting for its result.
func BenchmarkHostAwait(b *testing.B) {
	b.ReportAllocs()
	h := NewHost()
	defer h.Close()
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		if _, err := Await[int64](ctx, h, &returnFrame[int64]{v: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCallParallel is BenchmarkCall from GOMAXPROCS goroutines at
// once: several loops run at the same time (the multi-loop path).
func BenchmarkCallParallel(b *testing.B) {
	b.ReportAllocs()
	ctx := context.Background()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := Call[int64](ctx, &returnFrame[int64]{v: 1}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// TestNestedRunWithoutGoid: a loop running alone is not registered under
// its goroutine id, yet running another loop inside one of its callbacks
// on the same goroutine is still refused (RuntimeError, as CPython), while
// other goroutines may run loops meanwhile and find their own loop.
func TestNestedRunWithoutGoid(t *testing.T) {
	ctx := context.Background()
	var nestedErr, otherErr error
	var inner, outer *Loop
	l := NewLoop(true)
	main := newScript(
		do(func() {
			outer = GetRunningLoop()
			_, nestedErr = Call[int64](ctx, &returnFrame[int64]{v: 1})
			done := make(chan struct{})
			go func() { // another goroutine: its own loop, found by id
				defer close(done)
				_, otherErr = Call[any](ctx, newScript(do(func() { inner = GetRunningLoop() })))
			}()
			held := gilBlock() // another test may have switched the lock on
			<-done
			gilUnblock(held)
			if GetRunningLoop() != l || !l.onLoopGoroutine() {
				t.Error("the solo loop is not found on its goroutine")
			}
		}),
	)
	RunUntilComplete[any](l, main)
	l.Close()
	var pe *Error
	if !errors.As(nestedErr, &pe) || pe.Class != "RuntimeError" {
		t.Errorf("nested Call: %v", nestedErr)
	}
	if otherErr != nil || inner == nil || inner == l || outer != l {
		t.Errorf("other goroutine: %v, inner %p outer %p l %p", otherErr, inner, outer, l)
	}
	if currentLoop() != nil || nRunning.Load() != 0 || soloLoop.Load() != nil || len(loopsByG) != 0 {
		t.Error("running-loop registry not empty after the loops stopped")
	}
}
