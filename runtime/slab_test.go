package runtime

import (
	"testing"
	"unsafe"
)

// TestSlabBurst: past slabAfter tasks in one pass, task boxes come from
// slabs (adjacent in memory); the tasks behave as any others; the slabs are
// dropped after a pass that creates few tasks.
func TestSlabBurst(t *testing.T) {
	for _, on := range []bool{true, false} {
		old := slabsOn
		slabsOn = on
		l := NewLoop(true)
		const n = 5000
		tasks := make([]*Task[int64], n)
		for i := range tasks {
			tasks[i] = CreateTaskFrame[int64](l, &workerFrame{i: int64(i), rounds: 3}, "")
		}
		type box = frameTask[int64, workerFrame, *workerFrame]
		size := unsafe.Sizeof(box{})
		adjacent := 0
		for i := 1; i < n; i++ {
			if uintptr(unsafe.Pointer(tasks[i])) == uintptr(unsafe.Pointer(tasks[i-1]))+size {
				adjacent++
			}
		}
		if on && adjacent < n-slabAfter-20 {
			t.Errorf("slabs on: %d of %d tasks adjacent to the previous one", adjacent, n)
		}
		if on && l.slabs.byType == nil {
			t.Error("slabs on: no slab kept during the burst")
		}
		if on && !l.ready.tail.slab {
			t.Error("slabs on: the ready queue's segments do not come from a slab during the burst")
		}
		res := RunUntilComplete(l, GatherSlice[int64](l, tasks, false))
		var sum int64
		for _, v := range res.V {
			sum += v
		}
		if want := int64(3 * n * (n - 1) / 2); sum != want {
			t.Errorf("sum %d, want %d", sum, want)
		}
		if got := RunUntilComplete[int64](l, CreateTaskFrame[int64](l, &workerFrame{i: 1, rounds: 2}, "")); got != 2 {
			t.Errorf("after the burst: %d", got)
		}
		if l.slabs.byType != nil || l.slabs.last != nil {
			t.Error("slabs kept after the burst")
		}
		for s := l.ready.spare; s != nil; s = s.next {
			if s.slab {
				t.Error("a segment from a slab kept in the free list after the burst")
			}
		}
		if l.ready.nslab != 0 {
			t.Errorf("nslab %d after the burst", l.ready.nslab)
		}
		l.Close()
		slabsOn = old
	}
}
