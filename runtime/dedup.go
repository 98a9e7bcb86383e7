package runtime

import (
	"reflect"
	"slices"
)

// coroKey returns the identity of a coroutine object passed to gather or
// as_completed, so that a coroutine given twice becomes one task as in
// CPython (gather's arg_to_fut, as_completed's set(fs)); ok is false for
// futures and tasks (gather dedups those with marks) and for values that
// are not pointers (equal values need not be one coroutine object).
func coroKey(aw any) (key any, ok bool) {
	if _, fut := aw.(futureLike); fut {
		return nil, false
	}
	t := reflect.TypeOf(aw)
	if t == nil || t.Kind() != reflect.Pointer {
		return nil, false
	}
	return aw, true
}

// coroTasks remembers the task made for each coroutine argument of one
// call (gather, as_completed). A call whose coroutine arguments are all
// distinct objects, as they nearly always are (gather(*[job(i) for i in
// ...])), needs no memory at all: the first lookup checks that, in one
// pass over the arguments, and then lookup and remember do nothing (a map
// of 100,000 coroutines cost bench/timers.py a quarter of its time).
type coroTasks struct {
	repeats func() bool // reports whether a coroutine argument is repeated
	checked bool        // repeats was called
	dedup   bool        // its answer
	m       map[any]futureLike
}

// newCoroTasks returns the memory of a call over the arguments aws.
func newCoroTasks[A any](aws []A) coroTasks {
	return coroTasks{repeats: func() bool { return repeatedCoros(aws) }}
}

// lookup returns the task already made for aw, if any.
func (c *coroTasks) lookup(aw any) (futureLike, bool) {
	if !c.checked {
		c.checked = true
		c.dedup = c.repeats()
	}
	if !c.dedup || c.m == nil {
		return nil, false
	}
	k, ok := coroKey(aw)
	if !ok {
		return nil, false
	}
	f, ok := c.m[k]
	return f, ok
}

// remember records f as the future of aw (a coroutine) after a lookup of
// aw.
func (c *coroTasks) remember(aw any, f futureLike) {
	if !c.dedup {
		return
	}
	k, ok := coroKey(aw)
	if !ok || any(f) == aw {
		return
	}
	if c.m == nil {
		c.m = map[any]futureLike{}
	}
	c.m[k] = f
}

// repeatedCoros reports whether a coroutine object (see coroKey) occurs
// twice in aws. Arguments built in order (a list comprehension of
// coroutine calls, whose frames come one after the other from the
// allocator or a slab) usually have increasing addresses, which proves
// them distinct in one pass; otherwise the addresses are sorted. (The
// addresses are only compared while aws holds the objects, and Go's heap
// objects do not move.)
func repeatedCoros[A any](aws []A) bool {
	var last uintptr
	for _, aw := range aws {
		p, ok := coroAddr(any(aw))
		if !ok {
			continue
		}
		if p <= last {
			return repeatedSorted(aws)
		}
		last = p
	}
	return false
}

// repeatedSorted is repeatedCoros for arguments whose addresses are not
// increasing.
func repeatedSorted[A any](aws []A) bool {
	ps := make([]uintptr, 0, len(aws))
	for _, aw := range aws {
		if p, ok := coroAddr(any(aw)); ok {
			ps = append(ps, p)
		}
	}
	slices.Sort(ps)
	for i := 1; i < len(ps); i++ {
		if ps[i] == ps[i-1] {
			return true
		}
	}
	return false
}

// coroAddr returns the address of the coroutine object aw (see coroKey).
func coroAddr(aw any) (uintptr, bool) {
	if _, ok := coroKey(aw); !ok {
		return 0, false
	}
	return reflect.ValueOf(aw).Pointer(), true
}

// CoroTasks is the first step of asyncio.as_completed over coroutines: each
// becomes a task (ensure_future), a coroutine given twice only once.
func CoroTasks[T any, C Awaitable[T]](cs []C) []*Task[T] {
	loop := GetRunningLoop()
	ts := make([]*Task[T], 0, len(cs))
	made := newCoroTasks(cs)
	for _, c := range cs {
		if _, ok := made.lookup(c); ok {
			continue
		}
		t := CreateTask[T](loop, Awaitable[T](c), "")
		made.remember(c, t)
		ts = append(ts, t)
	}
	return ts
}
