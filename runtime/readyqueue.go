package runtime

// ring is the ready queue: a FIFO of runners kept in fixed-size segments.
// A burst of wake-ups (an Event set with a million waiters) costs one
// segment per segSize entries and no copying. Consumed segments go to a
// free list, so the next burst reuses them (a million tasks created, then
// woken: one burst's worth of segments, not two); the free list shrinks by
// an eighth per loop pass above minSpare segments, so memory held after a
// burst is returned within a few dozen passes.
type ring struct {
	head, tail *segment // pop from head.buf[hi], push to tail.buf[ti]
	hi, ti     int
	n          int      // queued runners
	spare      *segment // free list (linked by next)
	nspare     int
}

// minSpare is the number of free segments a loop keeps for good.
const minSpare = 4

// segSize is the number of runners in a segment (4 KiB).
const segSize = 256

type segment struct {
	buf  [segSize]runner
	next *segment
}

func (q *ring) push(r runner) {
	if q.tail == nil || q.ti == segSize {
		q.addSegment()
	}
	q.tail.buf[q.ti] = r
	q.ti++
	q.n++
}

func (q *ring) addSegment() {
	s := q.spare
	if s != nil {
		q.spare, s.next = s.next, nil
		q.nspare--
	} else {
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
	}
	r := q.head.buf[q.hi]
	q.head.buf[q.hi] = nil
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
	}
}

// clear drops every queued runner and the segments.
func (q *ring) clear() { *q = ring{} }

// taskRegistry holds a loop's tasks for all_tasks() and the shutdown of
// asyncio.run: tasks in creation order, in chunks (a million tasks cost 8
// bytes each and no copying). Finished tasks are not removed one by one:
// once they are the majority the registry is compacted, so each task costs
// O(1) amortized and needs no index of its own.
type taskRegistry struct {
	chunks [][]*TaskCore // every chunk but the last is full
	n      int           // entries, done or not
	ndone  int           // entries whose task is done (counted by done)
}

// regChunk is the number of tasks in a chunk.
const regChunk = 1024

// regFirst is the capacity the first chunk starts with: a loop that runs a
// few tasks (a Go program calling one coroutine) does not pay for a whole
// chunk; the first chunk grows by append up to regChunk.
const regFirst = 8

func (r *taskRegistry) add(tc *TaskCore) {
	if r.n == len(r.chunks)*regChunk {
		capacity := regChunk
		if len(r.chunks) == 0 {
			capacity = regFirst
		}
		r.chunks = append(r.chunks, make([]*TaskCore, 0, capacity))
	}
	last := len(r.chunks) - 1
	r.chunks[last] = append(r.chunks[last], tc)
	r.n++
}

// done records that one registered task finished (it stays listed until the
// next compaction; pending and live skip it).
func (r *taskRegistry) done() {
	r.ndone++
	if r.ndone > 64 && 2*r.ndone > r.n {
		r.compact()
	}
}

// live is the number of tasks not done.
func (r *taskRegistry) live() int { return r.n - r.ndone }

// compact removes the tasks that are done, keeping the order of the others.
// A task counted by done whose state is not set yet (done is called just
// before it finishes) stays until the next compaction.
func (r *taskRegistry) compact() {
	w := 0 // write position
	for _, c := range r.chunks {
		for _, tc := range c {
			if tc.state == statePending {
				r.chunks[w/regChunk][w%regChunk] = tc
				w++
			}
		}
	}
	kept := w
	for ci := range r.chunks {
		c := r.chunks[ci]
		lo := min(max(w-ci*regChunk, 0), len(c))
		clear(c[lo:])
		r.chunks[ci] = c[:lo]
	}
	nc := (kept + regChunk - 1) / regChunk
	clear(r.chunks[nc:])
	r.chunks = r.chunks[:nc]
	r.ndone -= r.n - kept
	r.n = kept
	if r.ndone < 0 {
		r.ndone = 0
	}
}

// pending returns the tasks that are not done, in creation order.
func (r *taskRegistry) pending() []*TaskCore {
	out := make([]*TaskCore, 0, r.live())
	for _, c := range r.chunks {
		for _, tc := range c {
			if tc.state == statePending {
				out = append(out, tc)
			}
		}
	}
	return out
}
