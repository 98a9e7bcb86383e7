package runtime

import "github.com/aiogo/aiogo/runtime/py"

// AsFuture returns a finished Future holding the outcome of a finished
// task (its result, exception or cancellation). Generated code uses it to
// call a function whose parameter is typed Future[T] with a Task[T] (in
// Python a Task is a Future), typically from a done-callback.
func AsFuture[T any](t *Task[T]) *Future[T] {
	f := NewFuture[T](t.Loop())
	switch {
	case !t.Done():
		panic(py.NewExc(py.InvalidStateErrorClass, "Result is not ready."))
	case t.Cancelled():
		f.Cancel()
	case t.Exception() != nil:
		f.SetException(t.Exception())
		f.Exception() // the task reports an unretrieved exception, not the view
	default:
		f.SetResult(t.Result())
	}
	return f
}

// TaskAsFuture returns t seen as a Future[T]: generated code stores a
// task where a Future[T] is declared (fut: Future[int] = create_task(...),
// a dict of futures filled by ensure_future). In Python the task is the
// future; here the Future delegates every operation to the task (awaiting
// it waits on the task itself, so wake-up order is CPython's; cancel
// cancels the task; set_result raises RuntimeError as on a task). Unlike
// AsFuture, t need not be done. A task has one view (kept in its ext), so
// the Python identity of the task and the future is kept.
func TaskAsFuture[T any](t *Task[T]) *Future[T] {
	if t == nil {
		return nil
	}
	ext := t.extra()
	if v, ok := ext.view.(*Future[T]); ok {
		return v // one view per task: `f1 is f2` and set membership hold
	}
	v := &Future[T]{futCore: futCore{loop: t.loop}, task: t}
	ext.view = v
	return v
}

// Done reports whether the future is done (done()).
func (f *Future[T]) Done() bool {
	if f.task != nil {
		return f.task.Done()
	}
	return f.state != statePending
}

// Cancelled reports whether the future was cancelled (cancelled()).
func (f *Future[T]) Cancelled() bool {
	if f.task != nil {
		return f.task.Cancelled()
	}
	return f.state == stateCancelled
}

// Exception is exception(): the exception the future finished with (nil
// for a result), raising CancelledError or InvalidStateError as CPython.
func (f *Future[T]) Exception() py.Exception {
	if f.task != nil {
		return f.task.Exception()
	}
	return f.futCore.Exception()
}

// fcore is the core the runtime's combinators (gather, wait, shield...)
// register on: the task's for a task seen as a Future.
func (f *Future[T]) fcore() *futCore {
	if f.task != nil {
		return f.task.fcore()
	}
	return &f.futCore
}
