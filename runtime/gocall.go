package runtime

import (
	"context"
	"sync/atomic"

	"github.com/aiogo/aiogo/runtime/py"
)

// Go functions called from Python code: a module-level def marked with a
// `# aiogo:go PKG.Func` comment is compiled to a call of the Go function
// (the Python body is what CPython runs). See the README's "Calling Go".

// GoCallOp is the awaitable of an `async def` implemented in Go: its first
// step runs the Go function on a worker goroutine of the loop's default
// executor (like asyncio.to_thread) with a context that is cancelled when
// the awaiting task is cancelled (or the call is over); the coroutine then
// awaits the result. A returned Go error raises aiogo.GoError, a Go panic
// aiogo.GoPanic (py.FromPanic), both with the Go error reachable through
// errors.Unwrap of the *Error Go callers receive.
type GoCallOp[T any] struct {
	fn  func(context.Context) (T, error)
	fut *Future[T]
}

// Init prepares the call of fn (the frame's constructor calls it).
func (o *GoCallOp[T]) Init(fn func(context.Context) (T, error)) { *o = GoCallOp[T]{fn: fn} }

// ctxCanceller is the done-callback of a Go call's future: it cancels the
// context the Go function runs with.
type ctxCanceller struct{ cancel context.CancelFunc }

func (c *ctxCanceller) run() { c.cancel() }

// Step implements Awaitable.
func (o *GoCallOp[T]) Step(tc *TaskCore) bool {
	if o.fut == nil {
		if e := tc.exc; e != nil {
			tc.exc = nil
			panic(e)
		}
		ctx, cancel := context.WithCancel(context.Background())
		o.fut = runGo(tc.loop, o.fn, ctx)
		o.fut.addCB(&ctxCanceller{cancel})
	}
	return o.fut.Step(tc)
}

// Result implements Awaitable.
func (o *GoCallOp[T]) Result() T { return o.fut.Result() }

// runGo is RunInExecutor for a Go function: the job touches no language
// object (the generated code converted the arguments to Go values on the
// loop, and the result it builds is new), so it neither switches the
// loop's GIL on nor takes it (gil.go): a program whose only threads are Go
// calls never takes a lock. A returned error raises aiogo.GoError, a panic
// aiogo.GoPanic.
func runGo[T any](l *Loop, fn func(context.Context) (T, error), ctx context.Context) *Future[T] {
	l.checkClosed()
	f := NewFuture[T](l)
	cancelled := &atomic.Bool{}
	f.addCB(&executorCheckCancel{f: f, cancelled: cancelled})
	ok := l.DefaultExecutor().Submit(func() {
		if cancelled.Load() {
			return
		}
		var v T
		var err error
		var exc py.Exception
		func() {
			defer func() {
				if r := recover(); r != nil {
					exc = py.FromPanic(r)
				}
			}()
			v, err = fn(ctx)
		}()
		if exc == nil && err != nil {
			exc = py.NewGoError(err)
		}
		l.postThreadsafe(func() {
			if f.state != statePending {
				return
			}
			if exc != nil {
				f.SetException(exc)
			} else {
				f.SetResult(v)
			}
		})
	})
	if !ok {
		panic(py.RuntimeError("cannot schedule new futures after shutdown"))
	}
	return f
}

// CallGo calls a Go function from a plain (non-async) def implemented in
// Go, on the loop's goroutine: a returned error raises aiogo.GoError and a
// panic aiogo.GoPanic instead of crashing the program.
func CallGo[T any](fn func() (T, error)) T {
	var v T
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(py.FromPanic(r))
			}
		}()
		v, err = fn()
	}()
	if err != nil {
		panic(py.Exception(py.NewGoError(err)))
	}
	return v
}
