package runtime

import (
	"runtime/debug"

	"github.com/aiogo/aiogo/runtime/py"
	"testing"
)

// TestBurstGC: a burst of task creation raises the GC percent to the
// growing-heap headroom while the tuner runs at Go's default, and does
// nothing while the tuner is off.
func TestBurstGC(t *testing.T) {
	saved := debug.SetGCPercent(100)
	savedTuner, savedLive := gcPercent.Load(), gcLastLive.Load()
	defer func() {
		debug.SetGCPercent(saved)
		gcPercent.Store(savedTuner)
		gcLastLive.Store(savedLive)
	}()
	gcPercent.Store(0) // tuner off (no Main)
	burstGC()
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("tuner off: GC percent %d", p)
	}
	gcPercent.Store(100)
	gcLastLive.Store(0)
	l := NewLoop(true)
	// A pass's first burstGCAfter boxes (tasks, ready-queue segments,
	// registry chunks) leave the percent alone.
	for i := 0; i < burstGCAfter/2; i++ {
		CreateTaskFrame[int64](l, &workerFrame{i: 1, rounds: 1}, "")
	}
	if p := debug.SetGCPercent(100); p != 100 || gcPercent.Load() != 100 {
		t.Errorf("after %d tasks: GC percent %d (tuner %d), want 100", burstGCAfter/2, p, gcPercent.Load())
	}
	for i := 0; i < burstGCAfter; i++ {
		CreateTaskFrame[int64](l, &workerFrame{i: 1, rounds: 1}, "")
	}
	if p := debug.SetGCPercent(100); p != smallHeapGOGC || gcPercent.Load() != smallHeapGOGC {
		t.Errorf("after a burst: GC percent %d (tuner %d), want %d", p, gcPercent.Load(), smallHeapGOGC)
	}
	RunUntilComplete[py.NoneType](l, Sleep(0))
	l.Close()
}

// TestBurstRoom: a burst's block of live data raises the GC percent so that
// the goal stays burstAhead blocks above the heap in use; nothing changes
// while the tuner is off or the live heap is large.
func TestBurstRoom(t *testing.T) {
	saved := debug.SetGCPercent(100)
	savedTuner, savedLive := gcPercent.Load(), gcLastLive.Load()
	defer func() {
		debug.SetGCPercent(saved)
		gcPercent.Store(savedTuner)
		gcLastLive.Store(savedLive)
	}()
	const block = 64 << 20
	for _, tc := range []struct {
		name        string
		tuner, live int64
		raised      bool
	}{
		{"tuner off", 0, 1 << 20, false},
		{"large heap", 100, smallHeap, false},
		{"small heap", 100, 1 << 20, true},
	} {
		debug.SetGCPercent(100)
		gcPercent.Store(int32(tc.tuner))
		gcLastLive.Store(uint64(tc.live))
		burstRoom(block)
		p := debug.SetGCPercent(100)
		// live counts as gcFloorSize: the goal is at least 4*64 MiB above it.
		if raised := p >= (burstAhead*block-gcFloorSize)/gcFloorSize*100; raised != tc.raised || (raised && gcPercent.Load() != int32(p)) {
			t.Errorf("%s: GC percent %d (tuner %d)", tc.name, p, gcPercent.Load())
		}
	}
}
