package runtime

import "unsafe"

// ring is the ready queue: a FIFO of runners kept in fixed-size segments.
// A burst of wake-ups (an Event set with a million waiters) costs one
// segment per segSize entries and no copying. Consumed segments go to a
// free list, so the next burst reuses them (a million tasks created, then
// woken: one burst's worth of segments, not two); the free list shrinks by
// an eighth per loop pass above minSpare segments, so memory held after a
// burst is returned within a few dozen passes.
//
// Most entries are task steps and, for gathers, notifications of a task
// child (futNotify): they take 8 bytes, a *TaskCore and a bit; any other
// runner takes a 16-byte slot in an array the segment allocates on first
// use.
type ring struct {
	head, tail *segment // pop from head at hi, push to tail at ti
	hi, ti     int
	n          int      // queued runners
	spare      *segment // free list (linked by next)
	nspare     int
	nslab      int   // segments in spare that came from a slab
	loop       *Loop // the loop whose slabs a burst's segments come from (nil: none)
}

// minSpare is the number of free segments a loop keeps for good.
const minSpare = 4

// segSize is the number of entries in a segment (4 KiB of task pointers).
const segSize = 512

type segment struct {
	tasks  [segSize]*TaskCore   // a task step, or a notification (bit set in notify)
	notify [segSize / 64]uint64 // bit i: tasks[i] stands for its futNotify
	others *[segSize]runner     // entries that are neither (nil in tasks)
	next   *segment
	slab   bool // allocated from a slab (slab.go) during a burst
}

func (q *ring) push(r runner) {
	if q.tail == nil || q.ti == segSize {
		q.addSegment()
	}
	s, i := q.tail, q.ti
	switch x := r.(type) {
	case *TaskCore:
		s.tasks[i] = x
	case *futNotify:
		if x.flags&fIsTask == 0 {
			s.other(i, r)
			break
		}
		// The futCore of a task is the first field of its TaskCore.
		s.tasks[i] = (*TaskCore)(unsafe.Pointer(x))
		s.notify[i/64] |= 1 << (i % 64)
	default:
		s.other(i, r)
	}
	q.ti++
	q.n++
}

// other stores a runner that is not a task in slot i.
func (s *segment) other(i int, r runner) {
	if s.others == nil {
		s.others = new([segSize]runner)
	}
	s.others[i] = r
}

func (q *ring) addSegment() {
	s := q.spare
	switch {
	case s != nil:
		q.spare, s.next = s.next, nil
		q.nspare--
		if s.slab {
			q.nslab--
		}
	case q.loop != nil:
		// During a burst (a million tasks queued for their first step)
		// segments come from slabs, advised as huge pages like the tasks'
		// (slab.go): 4 KiB segments of their own each cost a page fault.
		s = allocBox[segment](q.loop)
		s.slab = q.loop.slabs.used == q.loop.passes
	default:
		s = new(segment)
	}
	if q.tail == nil {
		q.head, q.hi = s, 0
	} else {
		q.tail.next = s
	}
	q.tail, q.ti = s, 0
}

// pop removes the oldest runner; the queue must not be empty.
func (q *ring) pop() runner {
	if q.hi == segSize {
		old := q.head
		q.head, q.hi = old.next, 0
		old.next = q.spare // its entries were cleared as they were popped
		q.spare = old
		q.nspare++
		if old.slab {
			q.nslab++
		}
	}
	s, i := q.head, q.hi
	var r runner
	if tc := s.tasks[i]; tc != nil {
		s.tasks[i] = nil
		if bit := uint64(1) << (i % 64); s.notify[i/64]&bit != 0 {
			s.notify[i/64] &^= bit
			r = (*futNotify)(&tc.futCore)
		} else {
			r = tc
		}
	} else {
		r = s.others[i]
		s.others[i] = nil
	}
	q.hi++
	q.n--
	if q.n == 0 {
		// head == tail: rewind so the segment is reused from its start.
		q.hi, q.ti = 0, 0
	}
	return r
}

// trim drops an eighth of the free segments above minSpare (once per loop
// pass).
func (q *ring) trim() {
	for k := (q.nspare - minSpare) / 8; k > 0; k-- {
		s := q.spare
		q.spare, s.next = s.next, nil
		q.nspare--
		if s.slab {
			q.nslab--
		}
	}
}

// dropSlabSpares removes the segments that came from slabs from the free
// list (once the burst is over: one of them would keep its whole slab).
func (q *ring) dropSlabSpares() {
	p := &q.spare
	for s := *p; s != nil; s = *p {
		if s.slab {
			*p, s.next = s.next, nil
			q.nspare--
			q.nslab--
			continue
		}
		p = &s.next
	}
}

// clear drops every queued runner and the segments.
func (q *ring) clear() { *q = ring{loop: q.loop} }
