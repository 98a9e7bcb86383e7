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
