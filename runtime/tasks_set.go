package runtime

import (
	"strings"

	"github.com/aiogo/aiogo/runtime/py"
)

// SetResult is Task.set_result: a task's result comes from its coroutine,
// so it raises RuntimeError as CPython's Task does.
func (t *Task[T]) SetResult(T) {
	panic(py.NewExc(py.RuntimeErrorClass, "Task does not support set_result operation"))
}

// SetException is Task.set_exception: it raises RuntimeError as CPython's
// Task does.
func (t *Task[T]) SetException(py.Exception) {
	panic(py.NewExc(py.RuntimeErrorClass, "Task does not support set_exception operation"))
}

// PyRepr is repr(task) as CPython 3.11's base_tasks._task_repr_info writes
// it, without the coro=<...> part (CPython names the coroutine's source
// file and line there): <Task pending name='Task-1'>, <Task cancelled
// name='t'>, <Task finished name='t' result=1> (reprlib.repr of the
// result), <Task finished name='t' exception=ValueError('x')>.
func (tc *TaskCore) PyRepr(b *strings.Builder) {
	b.WriteString("<Task ")
	switch tc.state {
	case statePending:
		b.WriteString("pending")
	case stateCancelled:
		b.WriteString("cancelled")
	default:
		b.WriteString("finished")
	}
	b.WriteString(" name=")
	b.WriteString(py.StrRepr(tc.GetName()))
	if tc.state == stateFinished {
		if tc.exc != nil {
			b.WriteString(" exception=")
			b.WriteString(py.Repr(tc.exc))
		} else if tc.vt != nil {
			b.WriteString(" result=")
			b.WriteString(py.ReprLib(tc.vt.resultAny(tc)))
		}
	}
	b.WriteString(">")
}
