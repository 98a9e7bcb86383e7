package runtime

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTimerStaleSlots: cancelled timers leave stale slots that never fire,
// are dropped from the top before the loop computes its wait (the virtual
// clock does not stop at a cancelled deadline), and the heap is rebuilt
// when they are more than half of it.
func TestTimerStaleSlots(t *testing.T) {
	l := NewLoop(true)
	hs := make([]*TimerHandle, 1000)
	var fired []int
	for i := range hs {
		i := i
		hs[i] = l.CallAt(float64(1000-i), func() { fired = append(fired, i) })
	}
	for i := 0; i < 600; i++ {
		hs[i].Cancel()
	}
	if len(l.timers) >= 1000 || l.stale >= 600 {
		t.Errorf("heap not rebuilt: %d slots, %d stale", len(l.timers), l.stale)
	}
	early := l.CallAt(0.5, func() { t.Error("cancelled timer fired") })
	early.Cancel()
	var first float64
	l.CallAt(1, func() { first = l.Time() })
	passes := l.passes
	l.CallAt(2000, l.Stop)
	l.RunForever()
	if first != 1 {
		t.Errorf("first timer at %v", first)
	}
	if len(fired) != 400 {
		t.Fatalf("%d timers fired, want 400", len(fired))
	}
	for k, i := range fired {
		if want := 999 - k; i != want {
			t.Fatalf("fired[%d] = %d, want %d", k, i, want)
		}
	}
	if n := l.passes - passes; n > 402 {
		t.Errorf("%d passes for 402 deadlines", n)
	}
	if len(l.timers) != 0 || l.stale != 0 {
		t.Errorf("%d slots (%d stale) left", len(l.timers), l.stale)
	}
	l.Close()
}

// TestTimerHeapOrder: timers with random deadlines, many of them equal,
// some cancelled, some added while others fire, pop in (deadline, order of
// scheduling) order.
func TestTimerHeapOrder(t *testing.T) {
	l := NewLoop(true)
	rng := rand.New(rand.NewPCG(1, 2))
	type key struct {
		when float64
		seq  int
	}
	var want, got []key
	seq := 0
	var hs []*TimerHandle
	add := func(when float64) {
		k := key{when, seq}
		seq++
		hs = append(hs, l.CallAt(when, func() { got = append(got, k) }))
		want = append(want, k)
	}
	for range 5000 {
		add(float64(rng.IntN(300)))
	}
	for i := range hs {
		if rng.IntN(4) == 0 {
			hs[i].Cancel()
			want[i].seq = -1
		}
	}
	// One more batch from inside a callback, after earlier deadlines fired.
	l.CallAt(150.5, func() {
		for range 500 {
			add(151 + float64(rng.IntN(100)))
		}
	})
	l.CallAt(1000, l.Stop)
	l.RunForever()
	live := want[:0]
	for _, k := range want {
		if k.seq >= 0 {
			live = append(live, k)
		}
	}
	slices.SortStableFunc(live, func(a, b key) int { return cmp.Compare(a.when, b.when) })
	if !slices.Equal(got, live) {
		t.Fatalf("%d timers fired in the wrong order (want %d)", len(got), len(live))
	}
	l.Close()
}
