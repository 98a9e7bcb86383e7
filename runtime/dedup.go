package runtime

import "reflect"

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

// coroTasks remembers the task made for each coroutine argument.
type coroTasks map[any]futureLike

// lookup returns the task already made for aw, if any.
func (m coroTasks) lookup(aw any) (futureLike, bool) {
	k, ok := coroKey(aw)
	if !ok || m == nil {
		return nil, false
	}
	f, ok := m[k]
	return f, ok
}

// remember records f as the future of aw (a coroutine); it returns the
// possibly new map.
func (m coroTasks) remember(aw any, f futureLike) coroTasks {
	k, ok := coroKey(aw)
	if !ok || any(f) == aw {
		return m
	}
	if m == nil {
		m = coroTasks{}
	}
	m[k] = f
	return m
}

// CoroTasks is the first step of asyncio.as_completed over coroutines: each
// becomes a task (ensure_future), a coroutine given twice only once.
func CoroTasks[T any, C Awaitable[T]](cs []C) []*Task[T] {
	loop := GetRunningLoop()
	ts := make([]*Task[T], 0, len(cs))
	var made coroTasks
	for _, c := range cs {
		if _, ok := made.lookup(c); ok {
			continue
		}
		t := CreateTask[T](loop, Awaitable[T](c), "")
		made = made.remember(c, t)
		ts = append(ts, t)
	}
	return ts
}
