package runtime

import "github.com/aiogo/aiogo/runtime/py"

// ReusedCoroutine is the exception of stepping a coroutine object that has
// already finished (awaiting it again, or a task made from it).
func ReusedCoroutine() py.Exception {
	return py.RuntimeError("cannot reuse already awaited coroutine")
}

// coroState is implemented by generated coroutine frames: 0 not started,
// -1 finished, otherwise suspended at a resume point.
type coroState interface{ PyCoroState() int }

// AwaitCoro checks a coroutine object (not a fresh call) before an await
// steps it: one suspended in another await raises RuntimeError as CPython
// does ("coroutine is being awaited already"); a finished one raises when
// it is stepped (ReusedCoroutine).
func AwaitCoro[A any](a A) A {
	if s, ok := any(a).(coroState); ok && s.PyCoroState() > 0 {
		panic(py.RuntimeError("coroutine is being awaited already"))
	}
	return a
}

// coroCloser is implemented by generated coroutine frames: PyClose marks a
// coroutine that has not started (or has finished) as finished, and
// reports false for one suspended at an await.
type coroCloser interface{ PyClose() bool }

// CloseCoro is coro.close() of a coroutine object: one not started never
// runs (awaiting it raises ReusedCoroutine), a finished one stays as it is.
// Closing one suspended in an await elsewhere (CPython throws GeneratorExit
// into it) is reported as a RuntimeError. Other awaitables are left alone.
func CloseCoro(a any) {
	if cl, ok := a.(coroCloser); ok && !cl.PyClose() {
		panic(py.RuntimeError("aiogo: close() of a coroutine suspended in an await is not supported"))
	}
}
