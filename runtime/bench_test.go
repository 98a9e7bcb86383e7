package runtime

import (
	goruntime "runtime"
	"testing"
	"unsafe"

	"github.com/aiogo/aiogo/runtime/py"
)

// BenchmarkSleep0RoundTrip: one task doing b.N `await asyncio.sleep(0)`
// (SleepOp embedded in the frame): one loop pass and one task step per op.
func BenchmarkSleep0RoundTrip(b *testing.B) {
	l := NewLoop(true)
	f := &workerFrame{i: 1, rounds: int64(b.N)}
	b.ReportAllocs()
	b.ResetTimer()
	RunUntilComplete[int64](l, f)
	b.StopTimer()
	l.Close()
}

// BenchmarkSleep0Switch100Tasks: 100 tasks taking turns with sleep(0); ns
// per task switch.
func BenchmarkSleep0Switch100Tasks(b *testing.B) {
	l := NewLoop(true)
	rounds := int64(b.N/100 + 1)
	aws := make([]Awaitable[int64], 100)
	for i := range aws {
		aws[i] = &workerFrame{i: int64(i), rounds: rounds}
	}
	b.ReportAllocs()
	b.ResetTimer()
	RunUntilComplete(l, GatherList(l, aws, false))
	b.StopTimer()
	l.Close()
}

// spawnFrame is `for _ in range(n): await asyncio.create_task(coro())`.
type spawnFrame struct {
	state int
	n, i  int
	t     *Task[int64]
	child returnFrame[int64]
}

func (f *spawnFrame) Step(tc *TaskCore) bool {
	switch f.state {
	case 1:
		goto s1
	}
loop:
	if f.i >= f.n {
		return true
	}
	f.t = CreateTask[int64](tc.loop, &returnFrame[int64]{v: 1}, "")
	f.state = 1
s1:
	if !f.t.Step(tc) {
		return false
	}
	_ = f.t.Result()
	f.i++
	goto loop
}

func (f *spawnFrame) Result() int { return f.i }

// BenchmarkTaskCreateFinish: create a task, await it (2 passes); the
// allocations are the Task and its frame.
func BenchmarkTaskCreateFinish(b *testing.B) {
	l := NewLoop(true)
	f := &spawnFrame{n: b.N}
	b.ReportAllocs()
	b.ResetTimer()
	RunUntilComplete[int](l, f)
	b.StopTimer()
	l.Close()
}

// futWaiter awaits futs[0..n) in order.
type futWaiter struct {
	state int
	i     int
	futs  []*Future[int]
	sum   int
}

func (f *futWaiter) Step(tc *TaskCore) bool {
	switch f.state {
	case 1:
		goto s1
	}
loop:
	if f.i >= len(f.futs) {
		return true
	}
	f.state = 1
s1:
	if !f.futs[f.i].Step(tc) {
		return false
	}
	f.sum += f.futs[f.i].Result()
	f.i++
	goto loop
}

func (f *futWaiter) Result() int { return f.sum }

// futResolver resolves futs[i] then yields, in a loop.
type futResolver struct {
	state int
	i     int
	futs  []*Future[int]
	sleep SleepOp
}

func (f *futResolver) Step(tc *TaskCore) bool {
	switch f.state {
	case 1:
		goto s1
	}
loop:
	if f.i >= len(f.futs) {
		return true
	}
	f.futs[f.i].SetResult(f.i)
	f.sleep.Init(0)
	f.state = 1
s1:
	if !f.sleep.Step(tc) {
		return false
	}
	f.i++
	goto loop
}

func (f *futResolver) Result() int { return 0 }

// BenchmarkFutureResolveWake: a task awaits a future that another task
// resolves; per op: set_result, the waiter's wake-up and step, and the
// resolver's sleep(0). Futures are allocated before the timer starts, so
// the op itself must not allocate.
func BenchmarkFutureResolveWake(b *testing.B) {
	l := NewLoop(true)
	futs := make([]*Future[int], b.N)
	for i := range futs {
		futs[i] = NewFuture[int](l)
	}
	w := CreateTask[int](l, &futWaiter{futs: futs}, "")
	CreateTask[int](l, &futResolver{futs: futs}, "")
	b.ReportAllocs()
	b.ResetTimer()
	RunUntilComplete[int](l, w)
	b.StopTimer()
	l.Close()
}

// sleeperFrame sleeps delay, n times (SleepOp with a timer).
type sleeperFrame struct {
	state int
	n, i  int
	delay float64
	sleep SleepOp
}

func (f *sleeperFrame) Step(tc *TaskCore) bool {
	switch f.state {
	case 1:
		goto s1
	}
loop:
	if f.i >= f.n {
		return true
	}
	f.sleep.Init(f.delay)
	f.state = 1
s1:
	if !f.sleep.Step(tc) {
		return false
	}
	f.i++
	goto loop
}

func (f *sleeperFrame) Result() int { return f.i }

// BenchmarkSleepTimerFire: `await asyncio.sleep(1e-6)` on the virtual
// clock: timer push, idle jump, pop, fire, wake (two passes); no allocation.
func BenchmarkSleepTimerFire(b *testing.B) {
	l := NewLoop(true)
	b.ReportAllocs()
	b.ResetTimer()
	RunUntilComplete[int](l, &sleeperFrame{n: b.N, delay: 1e-6})
	b.StopTimer()
	l.Close()
}

// BenchmarkTimerScheduleFire: loop.call_later with 1000 timers pending;
// one allocation (the TimerHandle) per op.
func BenchmarkTimerScheduleFire(b *testing.B) {
	l := NewLoop(true)
	n := 0
	var fn func()
	fn = func() {
		n++
		if n == b.N {
			l.Stop()
			return
		}
		l.CallLater(float64(n%1000)*1e-6, fn)
	}
	for i := range 1000 {
		l.CallLater(float64(i)*1e-6, fn)
	}
	b.ReportAllocs()
	b.ResetTimer()
	l.RunForever()
	b.StopTimer()
	l.Close()
}

// BenchmarkTimerScheduleCancel: call_later + cancel with 10k timers
// pending (indexed heap: the cancelled timer leaves the heap at once).
func BenchmarkTimerScheduleCancel(b *testing.B) {
	l := NewLoop(true)
	fn := func() {}
	for i := range 10000 {
		l.CallLater(float64(i), fn)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		h := l.CallLater(float64(i%20000), fn)
		h.Cancel()
	}
	b.StopTimer()
	l.Close()
}

// BenchmarkSleepScheduleCancel: a sleeping SleepOp cancelled through the
// task-cancel path's waiter. The one allocation is the CancelledError the
// task will raise (made when the sleep is cancelled).
func BenchmarkSleepScheduleCancel(b *testing.B) {
	l := NewLoop(true)
	fn := func() {}
	for i := range 10000 {
		l.CallLater(float64(i), fn)
	}
	tc := &CreateTask[int](l, &returnFrame[int]{}, "").TaskCore
	var s SleepOp
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		s.Init(5000)
		s.Step(tc)
		s.cancelImpl("", false)
		l.ready.clear()
	}
	b.StopTimer()
	l.Close()
}

// BenchmarkSpawnWorkload is bench/spawn.py: 100k tasks x 10 sleep(0), then
// gather. Reports ns per sleep(0) switch.
func BenchmarkSpawnWorkload(b *testing.B) {
	for range b.N {
		l := NewLoop(true)
		const n = 100_000
		aws := make([]Awaitable[int64], n)
		for i := range aws {
			aws[i] = CreateTask[int64](l, &workerFrame{i: int64(i), rounds: 10}, "")
		}
		res := RunUntilComplete(l, GatherList(l, aws, false))
		var sum int64
		for _, v := range res.V {
			sum += v
		}
		if sum != 49999500000 {
			b.Fatal(sum)
		}
		l.Close()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/switch")
}

// parkFrame is bench/idle.py's waiter: `await ev.wait(); return i & 1`.
type parkFrame struct {
	state int
	i     int64
	ev    *Future[py.NoneType]
}

func (f *parkFrame) Step(tc *TaskCore) bool {
	if !f.ev.Step(tc) {
		return false
	}
	return true
}

func (f *parkFrame) Result() int64 { return f.i & 1 }

// BenchmarkIdleWorkload is bench/idle.py: 1M tasks parked on one future.
// Reports the heap bytes per parked task (Task + frame + callback slot +
// ready/registry slots).
func BenchmarkIdleWorkload(b *testing.B) {
	const n = 1_000_000
	var perTask float64
	for range b.N {
		goruntime.GC()
		var m0, m1 goruntime.MemStats
		goruntime.ReadMemStats(&m0)
		l := NewLoop(true)
		ev := NewFuture[py.NoneType](l)
		aws := make([]Awaitable[int64], n)
		for i := range aws {
			aws[i] = CreateTask[int64](l, &parkFrame{i: int64(i), ev: ev}, "")
		}
		RunUntilComplete[py.NoneType](l, Sleep(0)) // every task parks
		goruntime.ReadMemStats(&m1)
		perTask = float64(m1.HeapAlloc-m0.HeapAlloc) / n
		ev.SetResult(py.None)
		res := RunUntilComplete(l, GatherList(l, aws, false))
		var sum int64
		for _, v := range res.V {
			sum += v
		}
		if sum != n/2 {
			b.Fatal(sum)
		}
		l.Close()
	}
	b.ReportMetric(perTask, "B/parked-task")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/task")
}

// BenchmarkTimersWorkload is bench/timers.py: 100k sleeps with 1000
// distinct deadlines within 10 ms (virtual clock).
func BenchmarkTimersWorkload(b *testing.B) {
	for range b.N {
		l := NewLoop(true)
		const n = 100_000
		aws := make([]Awaitable[int], n)
		for i := range aws {
			aws[i] = &sleeperFrame{n: 1, delay: float64(i%1000) * 0.00001}
		}
		RunUntilComplete(l, GatherList(l, aws, false))
		l.Close()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/100_000, "ns/timer")
}

func TestSizes(t *testing.T) {
	t.Logf("sizeof Task[int64]=%d TaskCore=%d Future[int64]=%d SleepOp=%d Loop=%d",
		unsafe.Sizeof(Task[int64]{}), unsafe.Sizeof(TaskCore{}), unsafe.Sizeof(Future[int64]{}),
		unsafe.Sizeof(SleepOp{}), unsafe.Sizeof(Loop{}))
	if s := unsafe.Sizeof(Task[int64]{}); s > 80 {
		t.Errorf("Task[int64] is %d bytes", s)
	}
	// A task created from an Awaitable fits the 112-byte size class.
	if s := unsafe.Sizeof(coroTask[int64]{}); s > 112 {
		t.Errorf("coroTask[int64] is %d bytes", s)
	}
	// bench/idle.py's task and frame: 144 bytes.
	if s := unsafe.Sizeof(frameTask[int64, idleFrame, *idleFrame]{}); s > 144 {
		t.Errorf("bench/idle.py's task is %d bytes", s)
	}
}

// TestZeroAllocs checks that the steady-state paths allocate nothing: the
// allocations of a whole run must not grow with the number of operations.
func TestZeroAllocs(t *testing.T) {
	measure := func(name string, run func(n int)) {
		small := testing.AllocsPerRun(3, func() { run(1000) })
		big := testing.AllocsPerRun(3, func() { run(21000) })
		if big > small {
			t.Errorf("%s: %v allocations for 1000 ops, %v for 21000", name, small, big)
		}
	}
	measure("sleep(0) round trip", func(n int) {
		l := NewLoop(true)
		RunUntilComplete[int64](l, &workerFrame{i: 1, rounds: int64(n)})
	})
	measure("sleep(d>0)", func(n int) {
		l := NewLoop(true)
		RunUntilComplete[int](l, &sleeperFrame{n: n, delay: 1e-6})
	})
	futs := make([]*Future[int], 21000)
	for i := range futs {
		futs[i] = new(Future[int])
	}
	measure("future resolve+wake", func(n int) {
		l := NewLoop(true)
		for _, f := range futs[:n] {
			*f = Future[int]{futCore: futCore{loop: l}}
		}
		w := CreateTask[int](l, &futWaiter{futs: futs[:n]}, "")
		CreateTask[int](l, &futResolver{futs: futs[:n]}, "")
		RunUntilComplete[int](l, w)
	})
}

// idleFrame has the fields of bench/idle.py's waiter frame.
type idleFrame struct {
	state int
	res   int64
	ev    *Event
	i     int64
	aw    EventWaitOp
}

func (f *idleFrame) Step(tc *TaskCore) bool { return f.aw.Step(tc) }
func (f *idleFrame) Result() int64          { return f.res }

// BenchmarkTimerBurst is the timer queue's part of bench/timers.py: 100k
// timers scheduled in one pass with deadlines cycling through 1000 delays,
// all due when the loop next looks, fired in deadline order. Reports ns
// per timer (scheduling, popping and running a callback that counts).
func BenchmarkTimerBurst(b *testing.B) {
	const n = 100_000
	for range b.N {
		l := NewLoop(false)
		fired := 0
		fn := func() { fired++ }
		t0 := l.Time() - 1 // every deadline has passed
		for i := range n {
			l.CallAt(t0+float64(i)*1e-9+float64(i%1000)*1e-6, fn)
		}
		l.CallAt(t0+1, l.Stop)
		l.RunForever()
		if fired != n {
			b.Fatalf("%d timers fired", fired)
		}
		l.Close()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/timer")
}
