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
	if l.timers.n >= 1000 || l.timers.stale >= 600 {
		t.Errorf("heap not rebuilt: %d slots, %d stale", l.timers.n, l.timers.stale)
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
	if l.timers.n != 0 || l.timers.stale != 0 {
		t.Errorf("%d slots (%d stale) left", l.timers.n, l.timers.stale)
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

// TestTimerQueueMixed: batches of every size and shape (ascending,
// cycling through a range of delays as bench/timers.py does, random, equal
// deadlines), added from callbacks while earlier timers fire, with
// cancellations before and after the batch is flushed, pop in (deadline,
// order of scheduling) order, whether a batch goes into the heap, is cut
// into runs, or is sorted first.
func TestTimerQueueMixed(t *testing.T) {
	l := NewLoop(true)
	rng := rand.New(rand.NewPCG(3, 4))
	type key struct {
		when float64
		seq  int
	}
	var want, got []key
	var hs []*TimerHandle
	var fired []bool
	add := func(when float64) {
		k := key{when, len(want)}
		hs = append(hs, l.CallAt(when, func() { got = append(got, k); fired[k.seq] = true }))
		want = append(want, k)
		fired = append(fired, false)
	}
	cancel := func(n int) {
		for range n {
			i := rng.IntN(len(hs))
			hs[i].Cancel()
			if !fired[i] {
				want[i].seq = -1
			}
		}
	}
	batch := func(now float64) {
		n := []int{1, 5, 63, 64, 65, 300, 2000, 10000}[rng.IntN(8)]
		shape := rng.IntN(4)
		for i := range n {
			var d float64
			switch shape {
			case 0: // ascending
				d = float64(i) / 16
			case 1: // cycling delays
				d = float64(i%100) / 8
			case 2: // random
				d = float64(rng.IntN(1000)) / 8
			case 3: // equal
				d = 3
			}
			add(now + d)
		}
		cancel(n / 10)
	}
	batch(0)
	for k := 1; k <= 40; k++ {
		at := float64(k) * 3.5
		l.CallAt(at, func() {
			batch(at)
			cancel(20)
		})
	}
	// Two thirds of the pending timers cancelled at once: the queue is
	// compacted (heap, runs and batch) while a batch is pending.
	l.CallAt(70.25, func() {
		batch(70.25)
		for i := range hs {
			if i%3 != 0 && !fired[i] {
				hs[i].Cancel()
				want[i].seq = -1
			}
		}
	})
	l.CallAt(1e5, l.Stop)
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
	if l.timers.n != 0 || l.timers.stale != 0 {
		t.Errorf("%d slots (%d stale) left", l.timers.n, l.timers.stale)
	}
	l.Close()
}

// TestTimerBatchCompacted: a batch spread over several blocks and then
// compacted below the size that is cut into runs (most of its timers
// cancelled before the loop looked) still fires every timer left, in
// order.
func TestTimerBatchCompacted(t *testing.T) {
	l := NewLoop(true)
	var got []int
	hs := make([]*TimerHandle, 300)
	for i := range hs {
		i := i
		hs[i] = l.CallAt(float64(300-i), func() { got = append(got, i) })
	}
	for i := range hs {
		if i%10 != 0 {
			hs[i].Cancel()
		}
	}
	l.CallAt(1000, l.Stop)
	l.RunForever()
	var want []int
	for i := 290; i >= 0; i -= 10 {
		want = append(want, i)
	}
	if !slices.Equal(got, want) {
		t.Errorf("fired %v, want %v", got, want)
	}
	if l.timers.n != 0 || l.timers.stale != 0 {
		t.Errorf("%d slots (%d stale) left", l.timers.n, l.timers.stale)
	}
	l.Close()
}
