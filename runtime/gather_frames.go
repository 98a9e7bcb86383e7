package runtime

import "github.com/aiogo/aiogo/runtime/py"

// gather over a list comprehension of coroutine calls,
//
//	await asyncio.gather(*[job(i) for i in range(n)])
//
// is the commonest way to start many tasks at once. The comprehension's
// list is a temporary only gather sees, so instead of a list of coroutine
// frames (each copied out of its constructor, then wrapped in a task of its
// own by gather) the generated code builds the tasks' boxes directly:
// FrameTask copies each fresh frame into a task box (a frameTask, as
// CreateTaskFrame makes; from slabs during a burst) that is not a task yet,
// and GatherFrameTasks then starts the tasks in argument order and keeps
// the comprehension's slice as its children. A child costs its box and 8
// bytes, instead of a frame, a task box holding an interface to it, the
// list's 16-byte interface and gather's own 8 bytes. If the comprehension
// raises, the boxes built so far are dropped: no task was created, as in
// CPython, where the coroutine objects are dropped unawaited.

// FrameTask returns a task box holding a copy of *frame, a fresh coroutine
// frame nothing else refers to, allocated for the loop running tc. The task
// is not started: only GatherFrameTasks may use it.
func FrameTask[T, F any, PF FrameOf[T, F]](tc *TaskCore, frame *F) *Task[T] {
	l := tc.loop
	b := allocBox[frameTask[T, F, PF]](l)
	b.frame = *frame
	b.Task.vt = vtFor[frameTask[T, F, PF]](l, frameVT[T, F, PF])
	return &b.Task
}

// GatherFrameTasks is asyncio.gather(*[coro(...) for ...]) without
// return_exceptions, over boxes made by FrameTask: each becomes a task
// (create_task, in argument order, as gather's ensure_future does), and the
// slice itself holds the gather's children. A nil loop means the current
// loop.
func GatherFrameTasks[T any](loop *Loop, tasks []*Task[T]) *Future[*py.List[T]] {
	loop = loopOrCurrent(loop)
	g := &gatherOp[T]{get: resultOf[T]}
	g.loop = loop
	if len(tasks) == 0 {
		g.SetResult(py.NewList[T]())
		return &g.Future
	}
	loop.checkClosed()
	for _, t := range tasks {
		t.initTask(loop, t.vt, "", false)
		t.cb0 = g // addCB on a pending task without callbacks
	}
	g.nfuts = len(tasks)
	g.tasks = tasks
	g.extra().hook = g
	return &g.Future
}
