package runtime

import "github.com/aiogo/aiogo/runtime/py"

// This file ports CPython 3.11's Lib/asyncio/taskgroups.py (R10): a child
// failing with anything but a cancellation cancels its siblings and the
// parent task; __aexit__ waits for every child, undoes its own cancel
// request of the parent and raises the collected errors as an
// ExceptionGroup.

// TaskGroup is asyncio.TaskGroup.
type TaskGroup struct {
	entered, exiting, aborting bool
	parentCancelRequested      bool
	loop                       *Loop
	parent                     *TaskCore
	tasks                      []*TaskCore // in creation order (CPython: a set)
	errors                     []py.Exception
	baseError                  py.Exception
	onCompleted                *Future[bool]
}

// NewTaskGroup is asyncio.TaskGroup().
func NewTaskGroup() *TaskGroup { return &TaskGroup{} }

// repr is TaskGroup.__repr__ (CPython 3.11).
func (g *TaskGroup) repr() string {
	s := "<TaskGroup"
	if len(g.tasks) > 0 {
		s += " tasks=" + py.StrInt(int64(len(g.tasks)))
	}
	if len(g.errors) > 0 {
		s += " errors=" + py.StrInt(int64(len(g.errors)))
	}
	if g.aborting {
		s += " cancelling"
	} else if g.entered {
		s += " entered"
	}
	return s + ">"
}

// AEnter is __aenter__: it binds the group to the current task. It never
// suspends.
func (g *TaskGroup) AEnter() *TaskGroup {
	if g.entered {
		panic(py.RuntimeError("TaskGroup " + g.repr() + " has already been entered"))
	}
	if g.loop == nil {
		g.loop = GetRunningLoop()
	}
	g.parent = CurrentTask(g.loop)
	if g.parent == nil {
		panic(py.RuntimeError("TaskGroup " + g.repr() + " cannot determine the parent task"))
	}
	g.entered = true
	return g
}

// tgDone is the group's _on_task_done callback for one child.
type tgDone struct {
	g *TaskGroup
	t *TaskCore
}

func (d *tgDone) run() { d.g.onTaskDone(d.t) }

// TaskGroupCreateTask is tg.create_task(coro, name=name).
func TaskGroupCreateTask[T any](g *TaskGroup, coro Awaitable[T], name string) *Task[T] {
	g.checkCreate()
	return adopt(g, CreateTask(g.loop, coro, name))
}

// checkCreate raises as tg.create_task does when the group cannot take a
// new task.
func (g *TaskGroup) checkCreate() {
	if !g.entered {
		panic(py.RuntimeError("TaskGroup " + g.repr() + " has not been entered"))
	}
	if g.exiting && len(g.tasks) == 0 {
		panic(py.RuntimeError("TaskGroup " + g.repr() + " is finished"))
	}
	if g.aborting {
		panic(py.RuntimeError("TaskGroup " + g.repr() + " is shutting down"))
	}
}

// adopt makes t a task of the group.
func adopt[T any](g *TaskGroup, t *Task[T]) *Task[T] {
	t.addCB(&tgDone{g: g, t: &t.TaskCore})
	g.tasks = append(g.tasks, &t.TaskCore)
	return t
}

func isBaseError(e py.Exception) bool {
	return py.IsInstance(e, py.SystemExitClass) || py.IsInstance(e, py.KeyboardInterruptClass)
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range g.tasks {
		if !t.Done() {
			t.Cancel()
		}
	}
}

func (g *TaskGroup) discard(t *TaskCore) {
	for i, x := range g.tasks {
		if x == t {
			g.tasks = append(g.tasks[:i], g.tasks[i+1:]...)
			return
		}
	}
}

func (g *TaskGroup) onTaskDone(t *TaskCore) {
	g.discard(t)
	if g.onCompleted != nil && len(g.tasks) == 0 && !g.onCompleted.Done() {
		g.onCompleted.SetResult(true)
	}
	if t.Cancelled() {
		return
	}
	exc := t.Exception()
	if exc == nil {
		return
	}
	g.errors = append(g.errors, exc)
	if isBaseError(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if g.parent.Done() {
		py.Stderr("Task " + t.repr() + " has errored out but its parent task " + g.parent.repr() + " is already completed\n")
		return
	}
	if !g.aborting && !g.parentCancelRequested {
		g.abort()
		g.parentCancelRequested = true
		g.parent.Cancel()
	}
}

// AExit is __aexit__ with the exception leaving the block (nil: none): the
// returned awaitable waits for the children, then raises the errors or
// the cancellation. It never suppresses (its result is false).
func (g *TaskGroup) AExit(exc py.Exception) Awaitable[bool] {
	return &tgExit{g: g, exc: exc}
}

// tgExit is the coroutine TaskGroup.__aexit__.
type tgExit struct {
	g                *TaskGroup
	exc              py.Exception
	propagate        py.Exception
	started, waiting bool
}

// Result implements Awaitable: __aexit__ returns None.
func (x *tgExit) Result() bool { return false }

// Step implements Awaitable.
func (x *tgExit) Step(tc *TaskCore) bool {
	g := x.g
	if !x.started {
		x.started = true
		g.exiting = true
		if x.exc != nil && isBaseError(x.exc) && g.baseError == nil {
			g.baseError = x.exc
		}
		if x.exc != nil && x.exc.Exc().Class == py.CancelledErrorClass {
			x.propagate = x.exc
		}
		// gh-95289 (3.11.7): a cancellation the group requested of its
		// parent is always withdrawn, whatever ends the body.
		if g.parentCancelRequested && g.parent.Uncancel() == 0 {
			x.propagate = nil
		}
		if x.exc != nil && !g.aborting {
			g.abort()
		}
	}
	for {
		if x.waiting {
			done, exc := awaitFut(tc, g.onCompleted)
			if !done {
				return false
			}
			x.waiting = false
			if exc != nil {
				if !isCancelErr(exc) {
					panic(exc)
				}
				if !g.aborting {
					x.propagate = exc
					g.abort()
				}
			}
			g.onCompleted = nil
		}
		if len(g.tasks) == 0 {
			break
		}
		if g.onCompleted == nil {
			g.onCompleted = NewFuture[bool](g.loop)
		}
		x.waiting = true
	}
	if g.baseError != nil {
		panic(g.baseError)
	}
	if x.propagate != nil && len(g.errors) == 0 {
		panic(x.propagate)
	}
	if x.exc != nil && x.exc.Exc().Class != py.CancelledErrorClass {
		g.errors = append(g.errors, x.exc)
	}
	if len(g.errors) > 0 {
		errs := g.errors
		g.errors = nil
		me := py.NewExceptionGroup("unhandled errors in a TaskGroup", errs)
		panic(py.RaiseFrom(me, nil))
	}
	return true
}
