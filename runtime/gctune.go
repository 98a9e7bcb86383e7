package runtime

import (
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// GC headroom for programs with many parked tasks. A program that creates
// a million tasks builds live data, not garbage, and with Go's default
// (GOGC=100) the collector runs again at every doubling of the heap, marking
// everything built so far each time. So after every collection (a
// finalizer re-armed each cycle) the runtime looks at the live heap: while
// it is growing fast (half as large again as at the previous cycle, at
// least growHeap above the floor) and still below smallHeap, the heap may
// grow to five times the live data (GOGC=400) before the next collection;
// otherwise Go's default applies, so a server in its steady state keeps
// Go's memory bound. GOGC or GOMEMLIMIT in the environment turn the tuning
// off.

const (
	smallHeap     = 256 << 20 // live heap below which the headroom applies
	growHeap      = 16 << 20  // live heap (above gcFloor) from which growth counts
	smallHeapGOGC = 400
)

var (
	gcLastLive atomic.Uint64 // live heap at the previous cycle
	gcPercent  atomic.Int32  // the value last set (0 while the tuner is off)
	gcSample   = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
)

// startGCTuner starts watching the collections (called once, by Main).
func startGCTuner() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	gcPercent.Store(100)
	armGCTuner()
}

// burstGC is called when a loop starts a burst of task creation (slab.go):
// the heap is about to grow with live tasks, so it gets the headroom of a
// growing heap at once instead of after the next collection (bench/spawn.py
// then builds its 100,000 tasks without a collection marking them). The
// next collection decides again.
func burstGC() {
	if gcLastLive.Load() < smallHeap && gcPercent.CompareAndSwap(100, smallHeapGOGC) {
		debug.SetGCPercent(smallHeapGOGC)
	}
}

// burstAhead is how many times the size of a burst's latest block of live
// data (see burstRoom) the collector's goal is kept above the heap in use.
const burstAhead = 4

// heapSample reads the bytes of heap objects (live, and garbage not swept
// yet): what the collector's goal is compared with.
var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

// burstRoom is called when a burst allocates a block of n bytes that will
// hold live data (a slab of task boxes, a gather's arrays, slab.go): while
// the tuner runs and the live heap is below smallHeap, the collector's
// goal is raised, if need be, to burstAhead*n above the heap in use, so
// that no collection runs while a burst builds its tasks (bench/idle.py's
// million parked tasks: marking the tasks just built, 100 MB of them, finds
// nothing to free and cost a quarter of its CPU time). The room given is a
// few blocks ahead of what the burst has built; once it is over the next
// collection comes within that room, and tuneGC decides again after it.
func burstRoom(n uintptr) {
	cur := gcPercent.Load()
	if cur == 0 {
		return // tuner off
	}
	live := gcLastLive.Load()
	if live >= smallHeap {
		return
	}
	live = max(live, gcFloorSize)
	metrics.Read(heapSample)
	if heapSample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	goal := heapSample[0].Value.Uint64() + burstAhead*uint64(n)
	if goal <= live {
		return
	}
	if p := int32(min((goal-live)*100/live, 1<<20)); p > cur && gcPercent.CompareAndSwap(cur, p) {
		debug.SetGCPercent(int(p))
	}
}

// gcSentinel is an object whose finalizer runs once per collection.
type gcSentinel struct{ _ [16]byte }

func armGCTuner() {
	goruntime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		tuneGC()
		armGCTuner()
	})
}

// tuneGC picks the GC percent for the live heap the last cycle found.
func tuneGC() {
	metrics.Read(gcSample)
	if gcSample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := gcSample[0].Value.Uint64()
	want := int32(100)
	if last := gcLastLive.Load(); live < smallHeap && live >= gcFloorSize+growHeap && live >= last+last/2 {
		want = smallHeapGOGC
	}
	gcLastLive.Store(live)
	if gcPercent.Swap(want) != want {
		debug.SetGCPercent(int(want))
	}
}
