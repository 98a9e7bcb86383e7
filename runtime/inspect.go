package runtime

// asyncio.iscoroutine and asyncio.isfuture at run time (check/coroinspect.go).

// IsCoroutine is asyncio.iscoroutine(v): an awaitable that is neither a
// task nor a future is a coroutine object (what an async def's call,
// asyncio.sleep() or q.get() gives).
func IsCoroutine(v any) bool {
	if _, fut := v.(AnyFuture); fut {
		return false
	}
	_, aw := v.(interface{ Step(tc *TaskCore) bool })
	return aw
}

// IsFuture is asyncio.isfuture(v): a task or a future.
func IsFuture(v any) bool {
	_, fut := v.(AnyFuture)
	return fut
}
