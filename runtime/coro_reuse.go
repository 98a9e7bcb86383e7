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
