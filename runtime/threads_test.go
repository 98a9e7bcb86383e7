package runtime

import (
	goruntime "runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aiogo/aiogo/runtime/py"
)

// waitGoroutines waits until at most n goroutines exist (workers that just
// signalled their WaitGroup may still be returning).
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for goruntime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("goroutine leak: %d > %d\n%s", goruntime.NumGoroutine(), n, buf[:goruntime.Stack(buf, true)])
		}
		time.Sleep(time.Millisecond)
	}
}

func TestExecutorBoundedFIFO(t *testing.T) {
	base := goruntime.NumGoroutine()
	e := NewExecutor(3, nil)
	var running, peak atomic.Int32
	var order []int
	done := make(chan int, 20)
	for i := 0; i < 20; i++ {
		e.Submit(func() {
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			running.Add(-1)
			done <- i
		})
	}
	for i := 0; i < 20; i++ {
		order = append(order, <-done)
	}
	if p := peak.Load(); p > 3 || p < 2 {
		t.Errorf("peak concurrency %d, want 2..3", p)
	}
	if w := e.Workers(); w != 3 {
		t.Errorf("workers = %d, want 3", w)
	}
	e.Shutdown(true)
	if e.Submit(func() {}) {
		t.Error("Submit after Shutdown succeeded")
	}
	waitGoroutines(t, base)
	if len(order) != 20 {
		t.Fatal(order)
	}
}

func TestDefaultMaxWorkers(t *testing.T) {
	if got, want := NewEventLoop().DefaultExecutor().MaxWorkers(), min(32, goruntime.NumCPU()+4); got != want {
		t.Errorf("max workers %d, want %d", got, want)
	}
}

// TestThreadsOnLoop runs to_thread / run_in_executor jobs (results,
// exceptions, time.sleep, run_coroutine_threadsafe from a worker) on both
// clocks and checks that no goroutine outlives Close.
func TestThreadsOnLoop(t *testing.T) {
	for _, virtual := range []bool{false, true} {
		base := goruntime.NumGoroutine()
		l := NewLoop(virtual)
		var log []string
		var start, elapsed float64
		main := newScript(
			do(func() { start = l.Time() }),
			await(func() AnyAwaitable {
				return GatherAny(l, []AnyAwaitable{
					ToThread(func() int64 { TimeSleep(0.05); return 42 }),
					Erase[py.NoneType](Sleep(0.05)),
				}, false)
			}),
			do(func() { elapsed = l.Time() - start }),
			try(func() AnyAwaitable {
				return RunInExecutor(l, func() int64 { panic(py.ValueError("in thread")) })
			}, func(v any, e py.Exception) { log = append(log, "caught "+py.Repr(e)) }),
			await(func() AnyAwaitable {
				return ToThread(func() string {
					cf := RunCoroutineThreadsafe[py.NoneType](Sleep(0.2), l)
					func() {
						defer func() { log = append(log, "timeout: "+py.Repr(recover())) }()
						cf.Result(py.Some[float64](0.01))
					}()
					cf.Result(py.Opt[float64]{})
					return "cf done"
				})
			}),
		)
		RunUntilComplete[any](l, main)
		if elapsed < 0.049 {
			t.Errorf("virtual=%v: elapsed %v", virtual, elapsed)
		}
		got := strings.Join(log, "|")
		if want := "caught ValueError('in thread')|timeout: TimeoutError()"; got != want {
			t.Errorf("virtual=%v: got %q, want %q", virtual, got, want)
		}
		if virtual && l.Time() < 0.2 {
			t.Errorf("virtual clock at %v after a 0.2 s sleep", l.Time())
		}
		l.Close()
		waitGoroutines(t, base)
	}
}

// TestCallSoonThreadsafeOrder: from the loop's goroutine call_soon_threadsafe
// queues at once (before a task re-queued by sleep(0)), like CPython.
func TestCallSoonThreadsafeOrder(t *testing.T) {
	l := NewLoop(true)
	var log []string
	main := newScript(
		do(func() { l.CallSoonThreadsafe(func() { log = append(log, "callback") }) }),
		await(func() AnyAwaitable { return Erase(Sleep(0)) }),
		do(func() { log = append(log, "task") }),
	)
	RunUntilComplete[any](l, main)
	l.Close()
	if got := strings.Join(log, " "); got != "callback task" {
		t.Errorf("got %q", got)
	}
}

// TestRunShutsDownExecutor: asyncio.run waits for a job still running when
// main returns (shutdown_default_executor) and leaves no goroutine.
func TestRunShutsDownExecutor(t *testing.T) {
	base := goruntime.NumGoroutine()
	var finished atomic.Bool
	Run(func() Awaitable[py.NoneType] {
		return &fnFrame{f: func(tc *TaskCore) {
			RunInExecutor(tc.loop, func() py.NoneType {
				time.Sleep(20 * time.Millisecond)
				finished.Store(true)
				return py.None
			})
		}}
	})
	if !finished.Load() {
		t.Error("asyncio.run returned before the executor job finished")
	}
	waitGoroutines(t, base)
}

// fnFrame is a coroutine that runs f and returns without suspending.
type fnFrame struct{ f func(tc *TaskCore) }

func (f *fnFrame) Step(tc *TaskCore) bool { f.f(tc); return true }
func (f *fnFrame) Result() py.NoneType    { return py.None }
