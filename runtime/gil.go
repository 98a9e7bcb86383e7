package runtime

import (
	goruntime "runtime"
	"sync"
	"sync/atomic"
)

// The global interpreter lock, one per event loop. Functions given to
// asyncio.to_thread and run_in_executor are compiled Go functions that run
// on worker goroutines of a loop's executor; they share module state
// (lists, dicts, sets) with the loop and with each other. CPython makes
// every single operation on those objects atomic with its GIL; aiogo does
// the same with a mutex per loop, switched on when the loop first hands
// work to a worker: a loop that never starts a thread never takes it.
//
// The lock is per loop, not per process: loops a Go program runs on
// different goroutines (rt.Call, rt.Host) run in parallel even after some
// of them used to_thread. What one loop's lock orders is the loop's
// goroutine and its own workers, the threads CPython's GIL orders in an
// asyncio program; objects shared by different loops (module globals of a
// library called from several goroutines) are not ordered by it, as they
// are not ordered between loops that never started a thread (share them
// through one rt.Host).
//
// The protocol, for one loop l:
//   - gilActivate(l): the goroutine running language code (the loop's,
//     when run_in_executor submits the first job) takes l's lock and
//     switches it on. From then on the lock is held by whichever goroutine
//     runs l's language code: l's goroutine while RunForever runs
//     (gilEnter), or one of l's workers while it runs its job
//     (gilAcquire/gilRelease around the call).
//   - Blocking calls release it, as CPython releases its GIL: the loop's
//     wait for I/O and timers (waitIdle), time.sleep, waiting on a
//     concurrent future, waiting for the executor's workers to finish.
//     gilBlock/gilUnblock do that for whoever holds a lock (the lock the
//     calling goroutine holds is found by goroutine id).
//   - Switching: when a worker waits for the lock, the loop hands it over
//     between two passes (gilSwitch), so a busy loop does not starve the
//     workers (CPython's switch interval). A worker keeps the lock for the
//     whole function it runs unless it blocks; language code in a worker
//     that spins waiting for another thread would therefore wait forever
//     (CPython would switch every 5 ms).
//
// A loop's lock is never switched off again; it is forgotten when the
// loop is closed. Every access to a loop's language objects from its
// goroutine and workers is then ordered by the mutex, which also keeps
// `go test -race` quiet.
type gil struct {
	mu      sync.Mutex
	owner   atomic.Int64 // goroutine id of the holder, 0 when free
	waiters atomic.Int32 // goroutines blocked in acquire
}

var (
	gilOn  atomic.Bool // some loop's lock is on: the test before the slow paths
	gilsMu sync.Mutex
	gils   []*gil // the locks that are on, for gilBlock
)

// gilActivate switches l's lock on, held by the calling goroutine, which
// must be the one running l's language code; it does nothing when the lock
// is already on.
func gilActivate(l *Loop) {
	if l.gilp.Load() != nil {
		return
	}
	g := &gil{}
	g.mu.Lock()
	g.owner.Store(curGoid())
	gilsMu.Lock()
	gils = append(gils, g)
	gilsMu.Unlock()
	l.gilp.Store(g)
	gilOn.Store(true)
}

// acquire takes the lock for the calling goroutine.
func (g *gil) acquire() {
	g.waiters.Add(1)
	g.mu.Lock()
	g.waiters.Add(-1)
	g.owner.Store(curGoid())
}

// release releases the lock.
func (g *gil) release() {
	g.owner.Store(0)
	g.mu.Unlock()
}

// gilAcquire takes l's lock for the calling goroutine, one of l's workers
// (a no-op while the lock is off).
func gilAcquire(l *Loop) {
	if g := l.gilp.Load(); g != nil {
		g.acquire()
	}
}

// gilRelease releases a lock taken with gilAcquire.
func gilRelease(l *Loop) {
	if g := l.gilp.Load(); g != nil {
		g.release()
	}
}

// gilBlock releases the lock the calling goroutine holds, if any, before a
// blocking call; pass its result to gilUnblock after the call.
func gilBlock() *gil {
	if !gilOn.Load() {
		return nil
	}
	return gilBlockAs(curGoid())
}

// gilBlockAs is gilBlock for a caller that knows its goroutine id.
func gilBlockAs(goid int64) *gil {
	if !gilOn.Load() || goid == 0 {
		return nil
	}
	gilsMu.Lock()
	var held *gil
	for _, g := range gils {
		if g.owner.Load() == goid {
			held = g
			break
		}
	}
	gilsMu.Unlock()
	if held != nil {
		held.release()
	}
	return held
}

// gilUnblock takes the lock back after a blocking call if gilBlock
// released it.
func gilUnblock(held *gil) {
	if held != nil {
		held.acquire()
	}
}

// gilSwitch hands l's lock to a waiting worker between two passes.
func (l *Loop) gilSwitch() {
	g := l.gilp.Load()
	if g == nil || g.waiters.Load() == 0 {
		return
	}
	if id := l.goid.Load(); id != 0 && g.owner.Load() == id {
		g.release()
		goruntime.Gosched()
		g.acquire()
	}
}

// gilEnter takes l's lock when l starts running after its lock was
// switched on. A loop gives it back when RunForever returns: code outside
// a running loop (module code after asyncio.run, which has shut the
// workers down) runs without it.
func (l *Loop) gilEnter() {
	if g := l.gilp.Load(); g != nil && g.owner.Load() != curGoid() {
		g.acquire()
	}
}

// gilLeave gives back l's own lock when RunForever returns, if the loop's
// goroutine holds it. Only l's: a loop run by asyncio.run inside a
// function on a worker of another loop (a sync wrapper over async code
// run by to_thread) leaves that loop's lock, held by the worker around
// the whole function, to the worker.
func (l *Loop) gilLeave() {
	g := l.gilp.Load()
	if g == nil || !gilOn.Load() {
		return
	}
	if id := l.goid.Load(); id != 0 && g.owner.Load() == id {
		g.release()
	}
}

// gilForget drops l's lock from the locks gilBlock looks at (l is closed
// and its workers are gone).
func (l *Loop) gilForget() {
	g := l.gilp.Load()
	if g == nil {
		return
	}
	gilsMu.Lock()
	for i, o := range gils {
		if o == g {
			gils = append(gils[:i], gils[i+1:]...)
			break
		}
	}
	gilsMu.Unlock()
}
