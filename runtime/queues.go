package runtime

import "github.com/aiogo/aiogo/runtime/py"

// This file ports CPython 3.11's Lib/asyncio/queues.py. The getters and
// putters are the waiter nodes of locks.go, embedded in QueueGetOp and
// QueuePutOp, so a blocking get or put allocates nothing.

// Queue kinds.
const (
	kindFIFO uint8 = iota
	kindLIFO
	kindPriority
)

// Queue is asyncio.Queue[T], and also asyncio.PriorityQueue[T] and
// asyncio.LifoQueue[T] (NewPriorityQueue, NewLifoQueue): one Go type, so a
// PriorityQueue is usable wherever a Queue is, as in Python. Items come out
// FIFO, lowest first (heapq order) or LIFO. Waiting getters and putters are
// woken FIFO, but the hand-off is not strict: a task that calls get() before
// the woken getter runs takes the item, and the woken getter waits again at
// the back of the line (R14).
type Queue[T any] struct {
	items      []T // FIFO: ring buffer (power-of-two capacity); LIFO: stack; priority: heap
	head, n    int
	less       func(a, b T) bool
	maxsize    int64
	unfinished int64
	getters    waitList
	putters    waitList
	finished   Event
	kind       uint8
}

// NewQueue is asyncio.Queue(maxsize): maxsize <= 0 means unbounded.
func NewQueue[T any](maxsize int64) *Queue[T] {
	q := &Queue[T]{maxsize: maxsize}
	q.finished.head.state = evSet
	return q
}

// NewLifoQueue is asyncio.LifoQueue(maxsize): the last item put is the
// first one got.
func NewLifoQueue[T any](maxsize int64) *Queue[T] {
	q := NewQueue[T](maxsize)
	q.kind = kindLIFO
	return q
}

// NewPriorityQueue is asyncio.PriorityQueue(maxsize): items come out in the
// order of heapq.heappop with less as `<`. A nil less compares with py.Less.
func NewPriorityQueue[T any](maxsize int64, less func(a, b T) bool) *Queue[T] {
	q := NewQueue[T](maxsize)
	q.kind = kindPriority
	if less == nil {
		less = func(a, b T) bool { return py.Less(a, b) }
	}
	q.less = less
	return q
}

// Qsize returns the number of items in the queue (qsize()).
func (q *Queue[T]) Qsize() int64 { return int64(q.n) }

// Maxsize returns the maximum size given at construction (maxsize).
func (q *Queue[T]) Maxsize() int64 { return q.maxsize }

// Empty reports whether the queue has no items (empty()).
func (q *Queue[T]) Empty() bool { return q.n == 0 }

// Full reports whether the queue holds maxsize items; an unbounded queue is
// never full (full()).
func (q *Queue[T]) Full() bool { return q.maxsize > 0 && int64(q.n) >= q.maxsize }

// Finished returns the event join() waits for (_finished): set exactly when
// no task is unfinished.
func (q *Queue[T]) Finished() *Event { return &q.finished }

// put is _put.
func (q *Queue[T]) put(v T) {
	if q.n == len(q.items) {
		q.grow()
	}
	switch q.kind {
	case kindFIFO:
		q.items[(q.head+q.n)&(len(q.items)-1)] = v
		q.n++
	case kindLIFO:
		q.items[q.n] = v
		q.n++
	default:
		q.items[q.n] = v
		q.n++
		q.siftDown(0, q.n-1)
	}
}

// get is _get (the queue is not empty).
func (q *Queue[T]) get() T {
	var zero T
	switch q.kind {
	case kindFIFO:
		v := q.items[q.head]
		q.items[q.head] = zero
		q.head = (q.head + 1) & (len(q.items) - 1)
		q.n--
		return v
	case kindLIFO:
		q.n--
		v := q.items[q.n]
		q.items[q.n] = zero
		return v
	}
	// heapq.heappop
	q.n--
	last := q.items[q.n]
	q.items[q.n] = zero
	if q.n == 0 {
		return last
	}
	v := q.items[0]
	q.items[0] = last
	q.siftUp(0)
	return v
}

func (q *Queue[T]) grow() {
	nc := 2 * len(q.items)
	if nc == 0 {
		nc = 8
	}
	nb := make([]T, nc)
	if q.kind == kindFIFO {
		k := copy(nb, q.items[q.head:])
		copy(nb[k:], q.items[:q.head])
		q.head = 0
	} else {
		copy(nb, q.items[:q.n])
	}
	q.items = nb
}

// siftDown is heapq._siftdown(heap, startpos, pos).
func (q *Queue[T]) siftDown(start, pos int) {
	h := q.items
	newitem := h[pos]
	for pos > start {
		parentpos := (pos - 1) >> 1
		parent := h[parentpos]
		if q.less(newitem, parent) {
			h[pos] = parent
			pos = parentpos
			continue
		}
		break
	}
	h[pos] = newitem
}

// siftUp is heapq._siftup(heap, pos) on items[:n].
func (q *Queue[T]) siftUp(pos int) {
	h := q.items
	end := q.n
	start := pos
	newitem := h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end && !q.less(h[child], h[right]) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = newitem
	q.siftDown(start, pos)
}

// wakeupNext is Queue._wakeup_next: pop waiters until one that is not done,
// and wake it.
func wakeupNext(ws *waitList) {
	for w := ws.head; w != nil; w = ws.head {
		ws.remove(w)
		if w.state == wPending {
			w.wake()
			return
		}
	}
}

// PutNowait puts v without blocking (put_nowait()); it raises QueueFull
// when the queue is full.
func (q *Queue[T]) PutNowait(v T) {
	if q.Full() {
		panic(py.Exception(py.NewExc(py.QueueFullClass)))
	}
	q.put(v)
	q.unfinished++
	q.finished.Clear()
	if q.getters.head != nil {
		wakeupNext(&q.getters)
	}
}

// GetNowait removes and returns an item without blocking (get_nowait()); it
// raises QueueEmpty when the queue is empty.
func (q *Queue[T]) GetNowait() T {
	if q.n == 0 {
		panic(py.Exception(py.NewExc(py.QueueEmptyClass)))
	}
	v := q.get()
	if q.putters.head != nil {
		wakeupNext(&q.putters)
	}
	return v
}

// TaskDone marks one item as processed (task_done()); join() returns when
// every item put has been marked. Called more often than items were put it
// raises ValueError("task_done() called too many times").
func (q *Queue[T]) TaskDone() {
	if q.unfinished <= 0 {
		panic(py.Exception(py.ValueError("task_done() called too many times")))
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.Set()
	}
}

// Join returns a new operation for `await q.join()`: it waits until every
// item put has been marked done. (The embeddable form is an EventWaitOp
// initialised with q.Finished(): join() is `if unfinished: await
// finished.wait()`, and finished is set exactly when nothing is
// unfinished.)
func (q *Queue[T]) Join() *QueueJoinOp {
	o := &QueueJoinOp{}
	o.Init(&q.finished)
	return o
}

// QueueJoinOp is the awaitable of q.join() used as a value (given to
// wait_for, gather, create_task...): an EventWaitOp whose result is None,
// as join() returns None.
type QueueJoinOp struct{ EventWaitOp }

// Result implements Awaitable[py.NoneType].
func (o *QueueJoinOp) Result() py.NoneType { return py.None }

// ResultAny implements AnyAwaitable.
func (o *QueueJoinOp) ResultAny() any { return py.None }

// Get returns a new operation for `await q.get()`.
func (q *Queue[T]) Get() *QueueGetOp[T] {
	o := &QueueGetOp[T]{}
	o.Init(q)
	return o
}

// Put returns a new operation for `await q.put(v)`.
func (q *Queue[T]) Put(v T) *QueuePutOp[T] {
	o := &QueuePutOp[T]{}
	o.Init(q, v)
	return o
}

// QueueGetOp is `await q.get()` as a value a frame embeds.
type QueueGetOp[T any] struct {
	q *Queue[T]
	w waiter
	v T
}

// Init prepares the op to get from q.
func (o *QueueGetOp[T]) Init(q *Queue[T]) {
	o.q = q
	o.w.op = opInit
}

// Step implements Awaitable.
func (o *QueueGetOp[T]) Step(tc *TaskCore) bool {
	q := o.q
	if o.w.op == opWaiting {
		e, spurious := o.w.resumed(tc)
		if spurious {
			return false
		}
		if e != nil {
			// except: getter.cancel(); remove it; pass the wake-up on.
			if o.w.state == wPending {
				o.w.state = wCancelled
			}
			q.getters.remove(&o.w)
			o.w.op = opDone
			if q.n != 0 && o.w.state != wCancelled {
				wakeupNext(&q.getters)
			}
			panic(e)
		}
	} else if o.w.op != opInit {
		return true
	}
	if q.n == 0 { // while self.empty(): wait for a put
		q.getters.park(&o.w, tc)
		o.w.op = opWaiting
		return false
	}
	o.v = q.GetNowait()
	o.w.op = opDone
	return true
}

// Result implements Awaitable: the item.
func (o *QueueGetOp[T]) Result() T {
	v := o.v
	var zero T
	o.v = zero
	return v
}

// ResultAny implements AnyAwaitable.
func (o *QueueGetOp[T]) ResultAny() any { return o.Result() }

// QueuePutOp is `await q.put(v)` as a value a frame embeds.
type QueuePutOp[T any] struct {
	q *Queue[T]
	w waiter
	v T
}

// Init prepares the op to put v into q.
func (o *QueuePutOp[T]) Init(q *Queue[T], v T) {
	o.q = q
	o.v = v
	o.w.op = opInit
}

// Step implements Awaitable.
func (o *QueuePutOp[T]) Step(tc *TaskCore) bool {
	q := o.q
	if o.w.op == opWaiting {
		e, spurious := o.w.resumed(tc)
		if spurious {
			return false
		}
		if e != nil {
			if o.w.state == wPending {
				o.w.state = wCancelled
			}
			q.putters.remove(&o.w)
			o.w.op = opDone
			var zero T
			o.v = zero
			if !q.Full() && o.w.state != wCancelled {
				wakeupNext(&q.putters)
			}
			panic(e)
		}
	} else if o.w.op != opInit {
		return true
	}
	if q.Full() { // while self.full(): wait for a get
		q.putters.park(&o.w, tc)
		o.w.op = opWaiting
		return false
	}
	q.PutNowait(o.v)
	var zero T
	o.v = zero
	o.w.op = opDone
	return true
}

// Result implements Awaitable: put() returns None.
func (o *QueuePutOp[T]) Result() py.NoneType { return py.None }

// ResultAny implements AnyAwaitable.
func (o *QueuePutOp[T]) ResultAny() any { return py.None }
