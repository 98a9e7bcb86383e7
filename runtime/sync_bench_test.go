package runtime

import (
	goruntime "runtime"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// Frames written the way the code generator writes them, with the
// primitives' operations embedded by value.

// pingFrame is bench/pingpong.py's main loop:
//
//	for _ in range(n):
//	    await ping.put(v)
//	    v = await pong.get()
type pingFrame struct {
	state      int
	n, i       int
	v          int64
	ping, pong *Queue[int64]
	put        QueuePutOp[int64]
	get        QueueGetOp[int64]
}

func (f *pingFrame) Step(tc *TaskCore) bool {
	switch f.state {
	case 1:
		goto s1
	case 2:
		goto s2
	}
loop:
	if f.i >= f.n {
		return true
	}
	f.put.Init(f.ping, f.v)
s1:
	if !f.put.Step(tc) {
		f.state = 1
		return false
	}
	f.get.Init(f.pong)
s2:
	if !f.get.Step(tc) {
		f.state = 2
		return false
	}
	f.v = f.get.Result()
	f.i++
	goto loop
}

func (f *pingFrame) Result() int64 { return f.v }

// pongFrame is bench/pingpong.py's ponger:
//
//	for _ in range(n):
//	    v = await inbox.get()
//	    await outbox.put(v + 1)
type pongFrame struct {
	state         int
	n, i          int
	inbox, outbox *Queue[int64]
	get           QueueGetOp[int64]
	put           QueuePutOp[int64]
}

func (f *pongFrame) Step(tc *TaskCore) bool {
	switch f.state {
	case 1:
		goto s1
	case 2:
		goto s2
	}
loop:
	if f.i >= f.n {
		return true
	}
	f.get.Init(f.inbox)
s1:
	if !f.get.Step(tc) {
		f.state = 1
		return false
	}
	f.put.Init(f.outbox, f.get.Result()+1)
s2:
	if !f.put.Step(tc) {
		f.state = 2
		return false
	}
	f.i++
	goto loop
}

func (f *pongFrame) Result() py.NoneType { return py.None }

func runPingPong(l *Loop, n int) int64 {
	ping, pong := NewQueue[int64](0), NewQueue[int64](0)
	CreateTask[py.NoneType](l, &pongFrame{n: n, inbox: ping, outbox: pong}, "")
	return RunUntilComplete[int64](l, &pingFrame{n: n, ping: ping, pong: pong})
}

// BenchmarkQueueHandoff is bench/pingpong.py: per op, one put/get hand-off
// in each direction (two wake-ups, two task steps).
func BenchmarkQueueHandoff(b *testing.B) {
	l := NewLoop(true)
	b.ReportAllocs()
	b.ResetTimer()
	if v := runPingPong(l, b.N); v != int64(b.N) {
		b.Fatal(v)
	}
	b.StopTimer()
	l.Close()
}

// semFrame loops `async with sem: await asyncio.sleep(0)`.
type semFrame struct {
	state int
	n, i  int
	sem   *Semaphore
	acq   SemAcquireOp
	sleep SleepOp
}

func (f *semFrame) Step(tc *TaskCore) bool {
	switch f.state {
	case 1:
		goto s1
	case 2:
		goto s2
	}
loop:
	if f.i >= f.n {
		return true
	}
	f.acq.Init(f.sem)
s1:
	if !f.acq.Step(tc) {
		f.state = 1
		return false
	}
	f.sleep.Init(0)
s2:
	if !f.sleep.Step(tc) {
		f.state = 2
		return false
	}
	f.sem.Release()
	f.i++
	goto loop
}

func (f *semFrame) Result() int { return f.i }

// BenchmarkSemaphoreAcquireRelease: 4 tasks looping `async with sem:
// await sleep(0)` on Semaphore(2), so half the acquires wait. Per op: one
// acquire/release pair and one sleep(0).
func BenchmarkSemaphoreAcquireRelease(b *testing.B) {
	l := NewLoop(true)
	sem := NewSemaphore(2)
	aws := make([]Awaitable[int], 4)
	for i := range aws {
		aws[i] = &semFrame{n: b.N/4 + 1, sem: sem}
	}
	b.ReportAllocs()
	b.ResetTimer()
	RunUntilComplete(l, GatherList(l, aws, false))
	b.StopTimer()
	l.Close()
}

// BenchmarkSemaphoreUncontended: acquire (fast path) and release with no
// waiter, no loop involved.
func BenchmarkSemaphoreUncontended(b *testing.B) {
	l := NewLoop(true)
	tc := &CreateTask[int](l, &returnFrame[int]{}, "").TaskCore
	sem := NewSemaphore(1)
	var op SemAcquireOp
	b.ReportAllocs()
	for range b.N {
		op.Init(sem)
		if !op.Step(tc) {
			b.Fatal("blocked")
		}
		sem.Release()
	}
	b.StopTimer()
	l.Close()
}

// lockFrame loops `async with lock: await asyncio.sleep(0)`.
type lockFrame struct {
	state int
	n, i  int
	lock  *Lock
	acq   LockAcquireOp
	sleep SleepOp
}

func (f *lockFrame) Step(tc *TaskCore) bool {
	switch f.state {
	case 1:
		goto s1
	case 2:
		goto s2
	}
loop:
	if f.i >= f.n {
		return true
	}
	f.acq.Init(f.lock)
s1:
	if !f.acq.Step(tc) {
		f.state = 1
		return false
	}
	f.sleep.Init(0)
s2:
	if !f.sleep.Step(tc) {
		f.state = 2
		return false
	}
	f.lock.Release()
	f.i++
	goto loop
}

func (f *lockFrame) Result() int { return f.i }

// BenchmarkLockContended: 3 tasks looping `async with lock: await
// sleep(0)`; every release hands the lock to a waiter.
func BenchmarkLockContended(b *testing.B) {
	l := NewLoop(true)
	lock := NewLock()
	aws := make([]Awaitable[int], 3)
	for i := range aws {
		aws[i] = &lockFrame{n: b.N/3 + 1, lock: lock}
	}
	b.ReportAllocs()
	b.ResetTimer()
	RunUntilComplete(l, GatherList(l, aws, false))
	b.StopTimer()
	l.Close()
}

// evFrame is bench/idle.py's waiter: `await ev.wait(); return i & 1`.
type evFrame struct {
	state int
	i     int64
	ev    *Event
	wait  EventWaitOp
}

func (f *evFrame) Step(tc *TaskCore) bool {
	switch f.state {
	case 1:
		goto s1
	}
	f.wait.Init(f.ev)
s1:
	if !f.wait.Step(tc) {
		f.state = 1
		return false
	}
	return true
}

func (f *evFrame) Result() int64 { return f.i & 1 }

// BenchmarkEventIdle is bench/idle.py with asyncio.Event: 1M tasks parked
// on one Event. Reports heap bytes per parked task.
func BenchmarkEventIdle(b *testing.B) {
	const n = 1_000_000
	var perTask float64
	for range b.N {
		l := NewLoop(true)
		perTask = parkAll(b, l, n)
		l.Close()
	}
	b.ReportMetric(perTask, "B/parked-task")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/task")
}

func parkAll(b *testing.B, l *Loop, n int) float64 {
	var m0, m1 runtimeMemStats
	readMem(&m0)
	ev := NewEvent()
	aws := make([]Awaitable[int64], n)
	for i := range aws {
		aws[i] = CreateTask[int64](l, &evFrame{i: int64(i), ev: ev}, "")
	}
	RunUntilComplete[py.NoneType](l, Sleep(0))
	readMem(&m1)
	ev.Set()
	res := RunUntilComplete(l, GatherList(l, aws, false))
	var sum int64
	for _, v := range res.V {
		sum += v
	}
	if sum != int64(n/2) {
		b.Fatal(sum)
	}
	return float64(m1.HeapAlloc-m0.HeapAlloc) / float64(n)
}

// nosuspFrame awaits `coro()` (a returnFrame embedded by value) n times:
// the completed-coroutine await.
type nosuspFrame struct {
	state int
	n, i  int
	sum   int64
	sub   returnFrame[int64]
}

func (f *nosuspFrame) Step(tc *TaskCore) bool {
	for ; f.i < f.n; f.i++ {
		f.sub = returnFrame[int64]{v: 1}
		if !f.sub.Step(tc) {
			return false
		}
		f.sum += f.sub.Result()
	}
	return true
}

func (f *nosuspFrame) Result() int64 { return f.sum }

// BenchmarkAwaitCompleted: `await coro()` where coro returns without
// suspending and its frame is embedded in the caller's.
func BenchmarkAwaitCompleted(b *testing.B) {
	l := NewLoop(true)
	b.ReportAllocs()
	b.ResetTimer()
	if v := RunUntilComplete[int64](l, &nosuspFrame{n: b.N}); v != int64(b.N) {
		b.Fatal(v)
	}
	b.StopTimer()
	l.Close()
}

// TestSyncZeroAllocs checks that waiting on the primitives allocates
// nothing in the steady state.
func TestSyncZeroAllocs(t *testing.T) {
	measure := func(name string, run func(n int)) {
		small := testing.AllocsPerRun(3, func() { run(1000) })
		big := testing.AllocsPerRun(3, func() { run(21000) })
		if big > small {
			t.Errorf("%s: %v allocations for 1000 ops, %v for 21000", name, small, big)
		}
	}
	measure("queue hand-off", func(n int) {
		l := NewLoop(true)
		runPingPong(l, n)
	})
	measure("semaphore", func(n int) {
		l := NewLoop(true)
		sem := NewSemaphore(1)
		RunUntilComplete(l, GatherList(l, []Awaitable[int]{&semFrame{n: n, sem: sem}, &semFrame{n: n, sem: sem}}, false))
	})
	measure("lock", func(n int) {
		l := NewLoop(true)
		lock := NewLock()
		RunUntilComplete(l, GatherList(l, []Awaitable[int]{&lockFrame{n: n, lock: lock}, &lockFrame{n: n, lock: lock}}, false))
	})
	measure("await completed coroutine", func(n int) {
		l := NewLoop(true)
		RunUntilComplete[int64](l, &nosuspFrame{n: n})
	})
}

type runtimeMemStats = goruntime.MemStats

func readMem(m *runtimeMemStats) {
	goruntime.GC()
	goruntime.ReadMemStats(m)
}
