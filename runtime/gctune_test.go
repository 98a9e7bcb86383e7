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
	for i := 0; i < slabAfter+1; i++ {
		CreateTaskFrame[int64](l, &workerFrame{i: 1, rounds: 1}, "")
	}
	if p := debug.SetGCPercent(100); p != smallHeapGOGC || gcPercent.Load() != smallHeapGOGC {
		t.Errorf("after a burst: GC percent %d (tuner %d), want %d", p, gcPercent.Load(), smallHeapGOGC)
	}
	RunUntilComplete[py.NoneType](l, Sleep(0))
	l.Close()
}
