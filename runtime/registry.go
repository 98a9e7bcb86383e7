package runtime

// taskRegistry holds a loop's tasks for all_tasks() and the shutdown of
// asyncio.run: tasks in creation order, in chunks (a million tasks cost 8
// bytes each and no copying). Finished tasks are not removed one by one:
// done only counts them, in the registry and in the task's chunk (each task
// knows its chunk: futCore.regPos), and at the start of a loop pass, once
// they are the majority, the registry is compacted. A chunk whose tasks are
// all done is dropped without reading them, and a chunk with none done
// that stays in place is kept as it is, so compacting after a burst of
// tasks that finished in creation order (bench/idle.py: a million tasks
// woken by one Event) touches no task; other chunks are scanned. Each task
// costs O(1) amortized.
type taskRegistry struct {
	chunks [][]*TaskCore // every chunk but the last is full
	cdone  []int32       // per chunk, its tasks counted by done
	n      int           // entries, done or not
	ndone  int           // entries whose task is done (counted by done)
}

// regChunk is the number of tasks in a chunk.
const regChunk = 1024

// regFirst is the capacity the first chunk starts with: a loop that runs a
// few tasks (a Go program calling one coroutine) does not pay for a whole
// chunk; the first chunk grows by append up to regChunk.
const regFirst = 8

// A task's regPos is 0 when its chunk is not recorded (chunks from
// regPosMax on, always scanned), 1+ci for chunk ci, and regGone once done
// counted it.
const (
	regGone   = 1<<16 - 1
	regPosMax = regGone - 1
)

func (r *taskRegistry) add(tc *TaskCore) {
	if r.n == len(r.chunks)*regChunk {
		capacity := regChunk
		if len(r.chunks) == 0 {
			capacity = regFirst
		}
		var c []*TaskCore
		if capacity == regChunk && tc.loop != nil {
			// During a burst, chunks come from slabs (see ring.addSegment).
			c = allocBox[[regChunk]*TaskCore](tc.loop)[:0]
		} else {
			c = make([]*TaskCore, 0, capacity)
		}
		r.chunks = append(r.chunks, c)
		r.cdone = append(r.cdone, 0)
	}
	last := len(r.chunks) - 1
	r.chunks[last] = append(r.chunks[last], tc)
	tc.regPos = chunkPos(last)
	r.n++
}

// chunkPos is the regPos of a task in chunk ci.
func chunkPos(ci int) uint16 {
	if ci < regPosMax {
		return uint16(ci + 1)
	}
	return 0
}

// done records that the registered task tc finished (or is about to: its
// state may not be set yet). It stays listed until a compaction; pending
// and live skip it.
func (r *taskRegistry) done(tc *TaskCore) {
	p := tc.regPos
	if p == regGone {
		return
	}
	tc.regPos = regGone
	r.ndone++
	if p != 0 {
		r.cdone[p-1]++
	}
}

// live is the number of tasks not done.
func (r *taskRegistry) live() int { return r.n - r.ndone }

// newPass compacts the registry when most of its tasks are done (called
// at the start of each loop pass, when every task counted by done has its
// final state).
func (r *taskRegistry) newPass() {
	if r.ndone > 64 && 2*r.ndone > r.n {
		r.compact()
	}
}

// compact removes the tasks that are done, keeping the order of the others.
func (r *taskRegistry) compact() {
	w := 0 // write position
	for ci, c := range r.chunks {
		switch {
		case int(r.cdone[ci]) == len(c) && chunkPos(ci) != 0:
			continue // all done: nothing to read
		case r.cdone[ci] == 0 && w == ci*regChunk && chunkPos(ci) != 0:
			w += len(c) // none done, and it stays where it is
			continue
		}
		for _, tc := range c {
			if tc.state == statePending {
				r.chunks[w/regChunk][w%regChunk] = tc
				tc.regPos = chunkPos(w / regChunk)
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
	r.cdone = r.cdone[:nc]
	clear(r.cdone)
	r.n = kept
	r.ndone = 0
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
