package runtime

import (
	"slices"
	"unsafe"
)

// timerQueue holds a loop's pending timers (CPython's _scheduled heap) and
// pops them in (deadline, order of scheduling) order.
//
// Timers scheduled during a pass are appended to a batch, in blocks that
// are never copied. Before the loop looks at its timers, the batch is
// flushed: a small batch goes into a 4-ary heap of slots; a large one (the
// first steps of a gather over 100,000 sleeping coroutines) is cut into
// its ascending runs, kept as they are in their blocks, and a binary heap
// over the runs' first slots picks the earliest. Timers scheduled in one
// pass usually come in long ascending runs (equal delays, or delays cycling
// through a range), so popping one costs a few comparisons between run
// heads and reads the runs in order, where a heap of 100,000 slots costs
// eight levels of four comparisons each, most of them cache misses. A block
// whose runs are short (random deadlines) is sorted instead, in place.
//
// A cancelled timer leaves its slot behind, stale (its entry's seq no
// longer matches), as CPython leaves a cancelled TimerHandle in its heap:
// stale slots are dropped when they reach the front, and everything is
// compacted when they are more than half of the slots (base_events.py
// _run_once).
type timerQueue struct {
	heap  []heapItem   // 4-ary heap (see heapItem)
	runs  []timerRun   // binary heap of sorted runs, by their first slot
	batch [][]heapItem // blocks of slots added since the last flush, in order
	nb    int          // slots in batch
	n     int          // slots in heap, runs and batch, stale ones included
	stale int          // stale slots
	seq   uint64       // the last sequence number given
	front int8         // where peek found the earliest slot (frontHeap, frontRuns)
}

// timerRun is a run of slots sorted by (when, seq), consumed from the front.
type timerRun []heapItem

const (
	frontHeap int8 = iota
	frontRuns
)

const (
	// runMin is the size from which a flushed batch is cut into runs
	// instead of going into the heap slot by slot.
	runMin = 64
	// runAvg is the mean run length below which a block is sorted
	// before it is cut into runs.
	runAvg = 16
	// blockMax is the largest block of a batch, in slots (1.5 MiB).
	blockMax = 1 << 16
)

// add schedules e at when.
func (q *timerQueue) add(e *timerEntry, when float64) {
	q.seq += 2
	e.when = when
	e.seq = q.seq
	if e.sleep {
		e.seq |= seqSleep
	}
	k := len(q.batch) - 1
	if k < 0 || len(q.batch[k]) == cap(q.batch[k]) {
		size := runMin
		if k >= 0 {
			size = min(2*cap(q.batch[k]), blockMax)
		}
		q.batch = append(q.batch, makeHuge[heapItem](size)[:0])
		k++
	}
	q.batch[k] = append(q.batch[k], heapItem{when: when, seq: e.seq, e: e})
	q.nb++
	q.n++
}

// flush moves the batch into the heap or the runs.
func (q *timerQueue) flush() {
	if q.nb == 0 {
		return
	}
	if q.nb < runMin {
		// Usually one block, the first, which stays for the next batch;
		// a compaction (see compact) can leave fewer than runMin slots
		// in several.
		for _, b := range q.batch {
			for _, it := range b {
				q.push(it)
			}
			clear(b)
		}
		clear(q.batch[1:])
		q.batch = q.batch[:1]
		q.batch[0] = q.batch[0][:0]
		q.nb = 0
		return
	}
	for i, b := range q.batch {
		q.addRuns(b)
		q.batch[i] = nil
	}
	q.batch = q.batch[:0]
	q.nb = 0
}

// addRuns adds the ascending runs of b (slots in order of scheduling) to
// the runs, after sorting b when its runs are short.
func (q *timerQueue) addRuns(b []heapItem) {
	if len(b) == 0 {
		return
	}
	nrun := 1
	for i := 1; i < len(b); i++ {
		if b[i].when < b[i-1].when {
			nrun++
		}
	}
	if nrun > 1 && len(b) < runAvg*nrun {
		slices.SortFunc(b, func(x, y heapItem) int {
			if x.less(&y) {
				return -1
			}
			return 1 // seq numbers differ
		})
		nrun = 1
	}
	start := 0
	for i := 1; i < len(b) && nrun > 1; i++ {
		if b[i].when < b[i-1].when {
			q.pushRun(b[start:i:i])
			start = i
			nrun--
		}
	}
	q.pushRun(b[start:])
}

// push adds a slot to the heap.
func (q *timerQueue) push(it heapItem) {
	i := len(q.heap)
	if i == cap(q.heap) {
		// Double (append grows large slices by a quarter: 100k timers
		// would copy the heap about four times over).
		h := makeHuge[heapItem](max(2*i, 64))[:i]
		copy(h, q.heap)
		q.heap = h
	}
	q.heap = append(q.heap, it)
	q.siftUp(i)
}

func (q *timerQueue) siftUp(i int) {
	h := q.heap
	it := h[i]
	for i > 0 {
		p := (i - 1) / 4
		if !it.less(&h[p]) {
			break
		}
		h[i] = h[p]
		i = p
	}
	h[i] = it
}

// leastChild returns the index of the least of slot i's up to four
// children in the heap h, or -1 when i is a leaf.
func leastChild(h []heapItem, i int) int {
	c := 4*i + 1 // the first of up to four children
	if c >= len(h) {
		return -1
	}
	m := c
	for k := c + 1; k < min(c+4, len(h)); k++ {
		if h[k].less(&h[m]) {
			m = k
		}
	}
	return m
}

func (q *timerQueue) siftDown(i int) {
	h := q.heap
	it := h[i]
	for {
		m := leastChild(h, i)
		if m < 0 || !h[m].less(&it) {
			break
		}
		h[i] = h[m]
		i = m
	}
	h[i] = it
}

// popSlot removes the top slot of the heap. The last slot, which takes its
// place, is nearly always one of the latest deadlines, so instead of
// sifting it down from the top (comparing it with the least child at each
// level) the hole moves down to a leaf along the least children and the
// last slot sifts up from there, usually not at all (Floyd's bottom-up
// deletion: a quarter fewer comparisons).
func (q *timerQueue) popSlot() {
	h := q.heap
	n := len(h) - 1
	it := h[n]
	h[n] = heapItem{}
	h = h[:n]
	q.heap = h
	if n == 0 {
		return
	}
	i := 0
	for {
		m := leastChild(h, i)
		if m < 0 {
			break
		}
		h[i] = h[m]
		i = m
	}
	h[i] = it
	q.siftUp(i)
}

// pushRun adds a non-empty sorted run.
func (q *timerQueue) pushRun(r timerRun) {
	q.runs = append(q.runs, r)
	rs := q.runs
	i := len(rs) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !rs[i][0].less(&rs[p][0]) {
			break
		}
		rs[i], rs[p] = rs[p], rs[i]
		i = p
	}
}

// siftDownRun restores the runs' heap below i.
func (q *timerQueue) siftDownRun(i int) {
	rs := q.runs
	n := len(rs)
	for {
		c := 2*i + 1
		if c >= n {
			return
		}
		if c+1 < n && rs[c+1][0].less(&rs[c][0]) {
			c++
		}
		if !rs[c][0].less(&rs[i][0]) {
			return
		}
		rs[i], rs[c] = rs[c], rs[i]
		i = c
	}
}

// popRunSlot removes the first slot of the earliest run.
func (q *timerQueue) popRunSlot() {
	rs := q.runs
	r := rs[0]
	r[0] = heapItem{}
	if len(r) > 1 {
		rs[0] = r[1:]
	} else {
		last := len(rs) - 1
		rs[0] = rs[last]
		rs[last] = nil
		q.runs = rs[:last]
	}
	if len(q.runs) > 1 {
		q.siftDownRun(0)
	}
}

// peek flushes the batch, drops stale slots from the front and returns
// the earliest pending slot (nil when there is none), remembering where it
// is for drop.
func (q *timerQueue) peek() *heapItem {
	q.flush()
	for {
		var m *heapItem
		switch {
		case len(q.runs) == 0 && len(q.heap) == 0:
			return nil
		case len(q.runs) == 0 || (len(q.heap) > 0 && q.heap[0].less(&q.runs[0][0])):
			m, q.front = &q.heap[0], frontHeap
		default:
			m, q.front = &q.runs[0][0], frontRuns
		}
		if q.stale == 0 || m.e.seq == m.seq {
			return m
		}
		q.drop()
		q.stale--
	}
}

// drop removes the slot peek returned.
func (q *timerQueue) drop() {
	if q.front == frontHeap {
		q.popSlot()
	} else {
		q.popRunSlot()
	}
	q.n--
}

// remove makes the pending timer e's slot stale.
func (q *timerQueue) remove(e *timerEntry) {
	e.seq = 0
	q.stale++
	if q.stale > minStaleTimers && 2*q.stale > q.n {
		q.compact()
	}
}

// minStaleTimers is the number of cancelled timers the queue keeps before
// it may be compacted (base_events.py _MIN_SCHEDULED_TIMER_HANDLES).
const minStaleTimers = 100

// live keeps the slots of s that are not stale, in order, and clears the
// rest.
func live(s []heapItem) []heapItem {
	w := 0
	for _, it := range s {
		if it.e.seq == it.seq {
			s[w] = it
			w++
		}
	}
	clear(s[w:])
	return s[:w]
}

// compact drops every stale slot.
func (q *timerQueue) compact() {
	h := live(q.heap)
	q.heap = h
	for i := (len(h) - 2) / 4; len(h) > 1 && i >= 0; i-- {
		q.siftDown(i)
	}
	rs := q.runs
	w := 0
	for _, r := range rs {
		if r = live(r); len(r) > 0 {
			rs[w] = r
			w++
		}
	}
	clear(rs[w:])
	q.runs = rs[:w]
	for i := w/2 - 1; i >= 0; i-- {
		q.siftDownRun(i)
	}
	q.nb = 0
	for i, b := range q.batch {
		q.batch[i] = live(b)
		q.nb += len(q.batch[i])
	}
	q.n = len(q.heap) + q.nb
	for _, r := range q.runs {
		q.n += len(r)
	}
	q.stale = 0
}

// reset unschedules every pending timer and drops the slots.
func (q *timerQueue) reset() {
	unschedule := func(s []heapItem) {
		for _, it := range s {
			if it.e.seq == it.seq {
				it.e.seq = 0
			}
		}
	}
	unschedule(q.heap)
	for _, r := range q.runs {
		unschedule(r)
	}
	for _, b := range q.batch {
		unschedule(b)
	}
	*q = timerQueue{seq: q.seq}
}

// addTimer schedules e at when.
func (l *Loop) addTimer(e *timerEntry, when float64) { l.timers.add(e, when) }

// removeTimer cancels the pending timer e: its slot goes stale.
func (l *Loop) removeTimer(e *timerEntry) { l.timers.remove(e) }

// nextTimer returns the deadline of the earliest pending timer, dropping
// cancelled ones from the front; ok is false when there is none.
func (l *Loop) nextTimer() (when float64, ok bool) {
	if it := l.timers.peek(); it != nil {
		return it.when, true
	}
	return 0, false
}

// seqSleep is the bit of a slot's sequence number (the sequence numbers
// go up by two) that says its timer is a SleepOp's, so that firing it
// does not read the timer itself: in a burst of 100,000 sleeps each of them
// is a cache miss, and the SleepOp is read again when the ready queue
// runs it.
const seqSleep = 1

// fireNext removes the earliest timer (after nextTimer returned true) and
// queues its owner on the ready queue.
func (l *Loop) fireNext() {
	q := &l.timers
	var it *heapItem
	if q.front == frontHeap {
		it = &q.heap[0]
	} else {
		it = &q.runs[0][0]
	}
	e, sleep := it.e, it.seq&seqSleep != 0
	q.drop()
	e.seq = 0
	if sleep {
		l.ready.pushSleep((*SleepOp)(unsafe.Pointer(e)))
		return
	}
	l.ready.push((*TimerHandle)(unsafe.Pointer(e)))
}
