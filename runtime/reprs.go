package runtime

import (
	"fmt"
	"strings"

	"github.com/aiogo/aiogo/runtime/py"
)

// CPython 3.11's reprs of the synchronization primitives and queues. The
// primitives print an address as CPython does (so their output differs
// between runs, as it does under CPython); a queue's repr is exact.

func lockExtra(b *strings.Builder, name string, p any, state string, waiters int) {
	fmt.Fprintf(b, "<asyncio.locks.%s object at %p [%s", name, p, state)
	if waiters > 0 {
		fmt.Fprintf(b, ", waiters:%d", waiters)
	}
	b.WriteString("]>")
}

func lockState(locked bool) string {
	if locked {
		return "locked"
	}
	return "unlocked"
}

// PyRepr is repr(lock).
func (l *Lock) PyRepr(b *strings.Builder) {
	lockExtra(b, "Lock", l, lockState(l.locked), l.waiters.n)
}

// PyRepr is repr(event).
func (e *Event) PyRepr(b *strings.Builder) {
	state := "unset"
	if e.IsSet() {
		state = "set"
	}
	n := 0
	for w := e.head.next; w != nil && w != &e.head; w = w.next {
		n++
	}
	lockExtra(b, "Event", e, state, n)
}

// PyRepr is repr(condition).
func (c *Condition) PyRepr(b *strings.Builder) {
	lockExtra(b, "Condition", c, lockState(c.lock.locked), c.waiters.n)
}

// PyRepr is repr(semaphore).
func (s *Semaphore) PyRepr(b *strings.Builder) {
	name := "Semaphore"
	if s.bound >= 0 {
		name = "BoundedSemaphore"
	}
	state := "locked"
	if !s.Locked() {
		state = fmt.Sprintf("unlocked, value:%d", s.value)
	}
	lockExtra(b, name, s, state, s.waiters.n)
}

// PyStr is str(queue): <Queue maxsize=0 _queue=[1] tasks=1>.
func (q *Queue[T]) PyStr() string {
	var b strings.Builder
	q.format(&b, false)
	return b.String()
}

// PyRepr is repr(queue): <Queue at 0x... maxsize=0 _queue=[1] tasks=1>.
func (q *Queue[T]) PyRepr(b *strings.Builder) { q.format(b, true) }

func (q *Queue[T]) format(b *strings.Builder, addr bool) {
	switch q.kind {
	case kindLIFO:
		b.WriteString("<LifoQueue")
	case kindPriority:
		b.WriteString("<PriorityQueue")
	default:
		b.WriteString("<Queue")
	}
	if addr {
		fmt.Fprintf(b, " at %p", q)
	}
	fmt.Fprintf(b, " maxsize=%d", q.maxsize)
	if q.n > 0 {
		b.WriteString(" _queue=[")
		for i := 0; i < q.n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			var v T
			if q.kind == kindFIFO {
				v = q.items[(q.head+i)&(len(q.items)-1)]
			} else {
				v = q.items[i]
			}
			b.WriteString(py.Repr(v))
		}
		b.WriteString("]")
	}
	if q.getters.n > 0 {
		fmt.Fprintf(b, " _getters[%d]", q.getters.n)
	}
	if q.putters.n > 0 {
		fmt.Fprintf(b, " _putters[%d]", q.putters.n)
	}
	if q.unfinished > 0 {
		fmt.Fprintf(b, " tasks=%d", q.unfinished)
	}
	b.WriteString(">")
}

// PyRepr is repr(future), as CPython 3.11's base_futures._future_repr_info
// writes it: <Future pending>, <Future pending cb=[Task.task_wakeup()]>,
// <Future finished result=...> (the result through reprlib.repr),
// <Future finished exception=ValueError('x')>, <Future cancelled>.
// CPython names other callbacks by function and source position; they
// show as <callback>() here.
func (f *Future[T]) PyRepr(b *strings.Builder) {
	if f.task != nil {
		f.task.PyRepr(b)
		return
	}
	b.WriteString("<Future ")
	switch f.state {
	case statePending:
		b.WriteString("pending")
	case stateCancelled:
		b.WriteString("cancelled")
	default:
		b.WriteString("finished")
		if f.exc != nil {
			b.WriteString(" exception=")
			b.WriteString(py.Repr(f.exc))
		} else {
			b.WriteString(" result=")
			b.WriteString(py.ReprLib(any(f.result)))
		}
	}
	var cbs []runner
	if f.cb0 != nil && f.state == statePending {
		cbs = append(cbs, f.cb0)
	}
	if f.ext != nil && f.state == statePending {
		cbs = append(cbs, f.ext.cbs...)
	}
	if len(cbs) > 0 {
		name := func(r runner) string {
			if _, ok := r.(*TaskCore); ok {
				return "Task.task_wakeup()"
			}
			return "<callback>()"
		}
		b.WriteString(" cb=[")
		switch len(cbs) {
		case 1:
			b.WriteString(name(cbs[0]))
		case 2:
			b.WriteString(name(cbs[0]) + ", " + name(cbs[1]))
		default:
			fmt.Fprintf(b, "%s, <%d more>, %s", name(cbs[0]), len(cbs)-2, name(cbs[len(cbs)-1]))
		}
		b.WriteString("]")
	}
	b.WriteString(">")
}
