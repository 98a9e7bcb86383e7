package runtime

import (
	"context"
	"testing"
	"time"

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
	if g := l.gilp.Load(); g == nil || g.owner.Load() != 0 {
		t.Error("the lock is still held after the loop stopped")
	}
}

// TestGILPerLoop: the lock is per loop. While a worker of loop A holds A's
// lock (a Go function that does not block through the runtime), loop B on
// another goroutine still runs, to_thread included; under -race the run
// is clean.
func TestGILPerLoop(t *testing.T) {
	ctx := context.Background()
	started := make(chan struct{})
	aDone := make(chan error, 1)
	go func() {
		_, err := Call[any](ctx, newScript(await(func() AnyAwaitable {
			return ToThread(func() int64 {
				close(started)
				time.Sleep(400 * time.Millisecond) // holds A's lock throughout
				return 1
			})
		})))
		aDone <- err
	}()
	<-started
	t0 := time.Now()
	var got int64
	_, err := Call[any](ctx, newScript(
		await(func() AnyAwaitable { return ToThread(func() int64 { return 41 }) }),
		do(func() { got = 42 }),
	))
	took := time.Since(t0)
	if err != nil || got != 42 {
		t.Fatalf("loop B: %v, %d", err, got)
	}
	if took > 300*time.Millisecond {
		t.Errorf("loop B took %v: it waited for loop A's lock", took)
	}
	if err := <-aDone; err != nil {
		t.Fatal(err)
	}
}
