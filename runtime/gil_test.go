package runtime

import (
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// TestGILSharedState is shared program 129 in Go: functions run by
// to_thread write one dict and one list. Every single operation must be
// atomic (nothing lost, no "concurrent map writes"); under -race the run
// must be clean, since all language code runs under the lock.
func TestGILSharedState(t *testing.T) {
	counts := py.NewDict[int64, int64]()
	log := py.NewList[int64]()
	const n = 20000
	work := func(base int64) int64 {
		for i := int64(0); i < n; i++ {
			k := base*1000000 + i
			counts.Set(k, i)
			if i%2 == 0 {
				counts.Del(k)
			}
			log.Append(i)
		}
		return base
	}
	var total int64
	l := NewLoop(false)
	main := newScript(
		await(func() AnyAwaitable {
			aws := make([]Awaitable[int64], 4)
			for b := range aws {
				b := int64(b)
				aws[b] = ToThread(func() int64 { return work(b) })
			}
			return GatherList(l, aws, false)
		}),
		do(func() { total = counts.Len() + log.Len() }),
	)
	RunUntilComplete[any](l, main)
	l.Close()
	if want := int64(4*n/2 + 4*n); total != want {
		t.Errorf("dict+list sizes %d, want %d", total, want)
	}
	if gilOwner.Load() != 0 {
		t.Error("the lock is still held after the loop stopped")
	}
}
