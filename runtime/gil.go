package runtime

import (
	goruntime "runtime"
	"sync"
	"sync/atomic"
)

// The global interpreter lock. Functions given to asyncio.to_thread and
// run_in_executor are compiled Go functions that run on worker goroutines;
// they share module state (lists, dicts, sets) with the loop and with each
// other. CPython makes every single operation on those objects atomic with
// its GIL; aiogo does the same with one process-wide mutex, but only once a
// worker exists: a program that never starts a thread never takes it.
//
// The protocol:
//   - gilActivate: the goroutine running language code (the loop's, when
//     run_in_executor submits the first job) takes the lock and switches it
//     on. From then on the lock is held by whichever goroutine runs
//     language code: the loop's goroutine while RunForever runs (gilEnter),
//     or a worker while it runs its job (gilAcquire/gilRelease around the
//     call).
//   - Blocking calls release it, as CPython releases its GIL: the loop's
//     wait for I/O and timers (waitIdle), time.sleep, waiting on a
//     concurrent future, waiting for the executor's workers to finish.
//     gilBlock/gilUnblock do that for whoever holds it.
//   - Switching: when a worker waits for the lock, the loop hands it over
//     between two passes (gilSwitch), so a busy loop does not starve the
//     workers (CPython's switch interval). A worker keeps the lock for the
//     whole function it runs unless it blocks; language code in a worker
//     that spins waiting for another thread would therefore wait forever
//     (CPython would switch every 5 ms).
//
// The lock is never switched off again. Every access to language objects
// is then ordered by the mutex, which also keeps `go test -race` quiet.
var (
	gilOn      atomic.Bool
	gilMu      sync.Mutex
	gilOwner   atomic.Int64 // goroutine id of the holder, 0 when free
	gilWaiters atomic.Int32 // goroutines blocked in gilAcquire
)

// gilActivate switches the lock on, held by the calling goroutine, which
// must be the one running language code; it does nothing when the lock is
// already on.
func gilActivate() {
	if gilOn.Load() {
		return
	}
	gilMu.Lock()
	gilOwner.Store(curGoid())
	gilOn.Store(true)
}

// gilAcquire takes the lock for the calling goroutine (a no-op while the
// lock is off).
func gilAcquire() {
	if !gilOn.Load() {
		return
	}
	gilWaiters.Add(1)
	gilMu.Lock()
	gilWaiters.Add(-1)
	gilOwner.Store(curGoid())
}

// gilRelease releases a lock taken with gilAcquire.
func gilRelease() {
	if !gilOn.Load() {
		return
	}
	gilOwner.Store(0)
	gilMu.Unlock()
}

// gilBlock releases the lock before a blocking call if the calling
// goroutine holds it; pass its result to gilUnblock after the call.
func gilBlock() bool {
	if !gilOn.Load() {
		return false
	}
	return gilBlockAs(curGoid())
}

// gilBlockAs is gilBlock for a caller that knows its goroutine id.
func gilBlockAs(goid int64) bool {
	if !gilOn.Load() || goid == 0 || gilOwner.Load() != goid {
		return false
	}
	gilOwner.Store(0)
	gilMu.Unlock()
	return true
}

// gilUnblock takes the lock back after a blocking call if gilBlock
// released it.
func gilUnblock(held bool) {
	if held {
		gilAcquire()
	}
}

// gilSwitch hands the lock to a waiting worker between two passes of the
// loop l.
func (l *Loop) gilSwitch() {
	if gilWaiters.Load() == 0 {
		return
	}
	if held := gilBlockAs(l.goid.Load()); held {
		goruntime.Gosched()
		gilAcquire()
	}
}

// gilEnter takes the lock when a loop starts running after the lock was
// switched on. A loop gives it back when RunForever returns: code outside a
// running loop (module code after asyncio.run, which has shut the workers
// down) runs without it.
func gilEnter() {
	if gilOn.Load() && gilOwner.Load() != curGoid() {
		gilAcquire()
	}
}
