package runtime

import (
	"os"
	"unsafe"
)

// Task boxes in slabs. A program that creates many tasks at once (a
// million tasks parked on an Event, a gather over 100,000 coroutines)
// spends most of its time in page faults: every 4 KiB of fresh heap costs a
// trap into the kernel (several microseconds on a virtual machine), more
// than building the tasks. So, past the first slabAfter tasks that one
// loop pass creates, task boxes of one type come from slabs: arrays of
// boxes allocated at once, growing by doubling up to slabMaxBytes, whose
// memory is advised to the kernel as transparent huge pages (slab_linux.go:
// one fault per 2 MiB instead of 512).
//
// The price is retention: a slab is one Go object, so one reachable task
// keeps its whole slab (up to slabMaxBytes) alive. Slabs are only used
// while a burst lasts (the rest of a slab is dropped after a whole pass
// that takes no box from it), so the tasks of a slab were created in the
// same pass, as the children of one gather usually are. AIOGO_SLABS=off
// turns slabs off.
const (
	slabAfter    = 64      // tasks a pass allocates one by one before it uses slabs
	slabFirst    = 64      // boxes in the first slab of a type in a burst
	slabMaxBytes = 8 << 20 // the largest slab
	// burstGCAfter is the number of boxes a pass allocates before the
	// collector gets a growing heap's headroom (burstGC): a burst that fits
	// in its first slab (100 clients or connections gathered at once) adds
	// a few KiB of live data, and GOGC 400 would let a server's garbage fill
	// 64 MiB before the first collection (bench/echo.py: peak RSS 70 ->
	// 27 MiB, 17,000 -> 6,000 page faults). Larger bursts get it once they
	// outgrow their first slab.
	burstGCAfter = slabAfter + slabFirst
)

var slabsOn = os.Getenv("AIOGO_SLABS") != "off"

// slab hands out the boxes of one type.
type slab[B any] struct {
	free []B // boxes not handed out yet
	next int // the number of boxes in the next slab
}

// slabs is a loop's slabs during a burst, keyed by (*B)(nil).
type slabs struct {
	pass    uint64 // the pass n counts the boxes of
	n       int    // boxes allocated in that pass
	used    uint64 // the last pass that took a box from a slab
	lastKey any    // the type last allocated (most bursts have one type)
	last    any    // its *slab[B]
	byType  map[any]any
}

// newPass drops the slabs once a whole pass has taken no box from them
// (called by runOnce when l.slabs.byType is set).
func (s *slabs) newPass(pass uint64) {
	if s.used+1 < pass {
		s.lastKey, s.last, s.byType = nil, nil, nil
	}
}

// allocBox returns a new zeroed box of type B for a task created on l.
func allocBox[B any](l *Loop) *B {
	s := &l.slabs
	if s.pass != l.passes {
		s.pass, s.n = l.passes, 0
	}
	s.n++
	if s.n <= slabAfter || !slabsOn {
		return new(B)
	}
	if s.n == burstGCAfter+1 {
		burstGC() // gctune.go
	}
	s.used = l.passes
	var sl *slab[B]
	key := any((*B)(nil))
	if s.lastKey == key {
		sl = s.last.(*slab[B])
	} else {
		if s.byType == nil {
			s.byType = make(map[any]any)
		}
		if x, ok := s.byType[key]; ok {
			sl = x.(*slab[B])
		} else {
			sl = &slab[B]{next: slabFirst}
			s.byType[key] = sl
		}
		s.lastKey, s.last = key, sl
	}
	if len(sl.free) == 0 {
		sl.refill()
	}
	b := &sl.free[0]
	sl.free = sl.free[1:]
	return b
}

func (sl *slab[B]) refill() {
	size := unsafe.Sizeof(*new(B))
	n := sl.next
	if maxN := int(slabMaxBytes / max(size, 1)); n >= maxN {
		n = max(maxN, 1)
	} else {
		sl.next = 2 * n
	}
	sl.free = make([]B, n)
	adviseHuge(uintptr(unsafe.Pointer(&sl.free[0])), uintptr(n)*size)
	burstRoom(uintptr(n) * size) // gctune.go
}

// hugeMin is the size from which makeHuge advises huge pages.
const hugeMin = 1 << 20

// makeHuge is make([]E, n) for a large slice the loop fills at once (a
// gather's children and results): from hugeMin bytes on, its memory is
// advised as huge pages like a slab's.
func makeHuge[E any](n int) []E {
	s := make([]E, n)
	if size := uintptr(n) * unsafe.Sizeof(*new(E)); size >= hugeMin && slabsOn {
		adviseHuge(uintptr(unsafe.Pointer(&s[0])), size)
		burstRoom(size)
	}
	return s
}

// FrameCopy returns a copy of *frame, a fresh coroutine frame nothing else
// refers to, allocated for the loop running tc like a task box: during a
// burst (a list comprehension in a coroutine that builds many coroutines,
// as in gather(*[job(i) for i in range(n)])) the copies come from slabs.
func FrameCopy[F any](tc *TaskCore, frame *F) *F {
	p := allocBox[F](tc.loop)
	*p = *frame
	return p
}
