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
// Most entries are task steps, notifications of a task child for gathers
// (futNotify) and sleeps whose timer fired: they take 8 bytes, a pointer
// and a bit saying which kind it points to; any other runner takes a
// 16-byte slot in an array the segment allocates on first use.
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
	// tasks[i] is a *TaskCore (a task step), or, with its bit set in
	// notify, the *TaskCore standing for its futNotify, or, with its bit
	// set in sleeps, a *SleepOp whose timer fired.
	tasks  [segSize]unsafe.Pointer
	notify [segSize / 64]uint64
	sleeps [segSize / 64]uint64
	others *[segSize]runner // entries of other kinds (nil in tasks)
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
		s.tasks[i] = unsafe.Pointer(x)
	case *futNotify:
		if x.flags&fIsTask == 0 {
			s.other(i, r)
			break
		}
		// The futCore of a task is the first field of its TaskCore.
		s.tasks[i] = unsafe.Pointer(x)
		s.notify[i/64] |= 1 << (i % 64)
	case *SleepOp:
		s.tasks[i] = unsafe.Pointer(x)
		s.sleeps[i/64] |= 1 << (i % 64)
	default:
		s.other(i, r)
	}
	q.ti++
	q.n++
}

// pushTask queues a step of tc (push(tc) without the conversion to a
// runner: most entries are task steps).
func (q *ring) pushTask(tc *TaskCore) {
	if q.tail == nil || q.ti == segSize {
		q.addSegment()
	}
	q.tail.tasks[q.ti] = unsafe.Pointer(tc)
	q.ti++
	q.n++
}

// pushSleep queues the sleep s, whose timer fired (push(s) without the
// conversion to a runner).
func (q *ring) pushSleep(s *SleepOp) {
	if q.tail == nil || q.ti == segSize {
		q.addSegment()
	}
	g, i := q.tail, q.ti
	g.tasks[i] = unsafe.Pointer(s)
	g.sleeps[i/64] |= 1 << (i % 64)
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

// runNext removes the oldest entry and runs it (pop().run(), calling the
// run method of the three kinds of 8-byte entries directly); the queue
// must not be empty.
func (q *ring) runNext() {
	if q.hi == segSize {
		q.nextSegment()
	}
	s, i := q.head, q.hi
	p := s.tasks[i]
	if p == nil {
		r := s.others[i]
		s.others[i] = nil
		q.popped()
		r.run()
		return
	}
	s.tasks[i] = nil
	q.popped()
	w, bit := i/64, uint64(1)<<(i%64)
	if (s.notify[w]|s.sleeps[w])&bit == 0 {
		(*TaskCore)(p).run()
		return
	}
	if s.notify[w]&bit != 0 {
		s.notify[w] &^= bit
		(*futNotify)(p).run()
		return
	}
	s.sleeps[w] &^= bit
	(*SleepOp)(p).run()
}

// nextSegment moves the head to the next segment, the consumed one to the
// free list.
func (q *ring) nextSegment() {
	old := q.head
	q.head, q.hi = old.next, 0
	old.next = q.spare // its entries were cleared as they were popped
	q.spare = old
	q.nspare++
	if old.slab {
		q.nslab++
	}
}

// popped records that the entry at the head was taken.
func (q *ring) popped() {
	q.hi++
	q.n--
	if q.n == 0 {
		// head == tail: rewind so the segment is reused from its start.
		q.hi, q.ti = 0, 0
	}
}

// pop removes the oldest runner; the queue must not be empty.
func (q *ring) pop() runner {
	if q.hi == segSize {
		q.nextSegment()
	}
	s, i := q.head, q.hi
	var r runner
	if p := s.tasks[i]; p != nil {
		s.tasks[i] = nil
		w, bit := i/64, uint64(1)<<(i%64)
		switch {
		case s.notify[w]&bit != 0:
			s.notify[w] &^= bit
			r = (*futNotify)(p)
		case s.sleeps[w]&bit != 0:
			s.sleeps[w] &^= bit
			r = (*SleepOp)(p)
		default:
			r = (*TaskCore)(p)
		}
	} else {
		r = s.others[i]
		s.others[i] = nil
	}
	q.popped()
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
