package runtime

import "github.com/aiogo/aiogo/runtime/py"

// AsyncCM is typing.AsyncContextManager[T] (contextlib's
// AbstractAsyncContextManager[T]): any asynchronous context manager whose
// __aenter__ gives a T. AsyncGenCM implements it; other managers are
// adapted by AsyncCMOf.
type AsyncCM[T any] interface {
	// AEnter is __aenter__: awaiting it gives the value bound by as.
	AEnter() Awaitable[T]
	// AExit is __aexit__ with the exception leaving the block (nil on a
	// normal exit); its result suppresses the exception when true.
	AExit(exc py.Exception) Awaitable[bool]
}

// AsyncCMOf adapts a context manager given by its enter and exit
// operations (bound to the manager) to AsyncCM.
func AsyncCMOf[T any](enter func() Awaitable[T], exit func(py.Exception) Awaitable[bool]) AsyncCM[T] {
	return &asyncCMFuncs[T]{enter, exit}
}

type asyncCMFuncs[T any] struct {
	enter func() Awaitable[T]
	exit  func(py.Exception) Awaitable[bool]
}

func (m *asyncCMFuncs[T]) AEnter() Awaitable[T]                   { return m.enter() }
func (m *asyncCMFuncs[T]) AExit(exc py.Exception) Awaitable[bool] { return m.exit(exc) }

// SyncExit makes a non-suspending exit an awaitable one.
func SyncExit(exit func(py.Exception) bool) func(py.Exception) Awaitable[bool] {
	return func(e py.Exception) Awaitable[bool] { return Ready(exit(e)) }
}
