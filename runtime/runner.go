package runtime

import "github.com/aiogo/aiogo/runtime/py"

// Runner is asyncio.Runner (runners.py, 3.11): a context manager owning one
// event loop across several run() calls, shut down like asyncio.run's when
// the with block ends (or on close()).
type Runner struct {
	loop  *Loop
	state int // 0: created, 1: initialized, 2: closed
}

// NewRunner is asyncio.Runner().
func NewRunner() *Runner { return &Runner{} }

// lazyInit is Runner._lazy_init: the loop is created on first use.
func (r *Runner) lazyInit() {
	switch r.state {
	case 2:
		panic(py.RuntimeError("Runner is closed"))
	case 1:
		return
	}
	r.loop = NewEventLoop()
	SetEventLoop(r.loop)
	r.state = 1
}

// Enter is __enter__: it initializes the runner and returns it.
func (r *Runner) Enter() *Runner {
	r.lazyInit()
	return r
}

// Exit is __exit__: close().
func (r *Runner) Exit() { r.Close() }

// Close is close(): cancel the pending tasks, shut down the async
// generators and the default executor, close the loop.
func (r *Runner) Close() {
	if r.state != 1 {
		return
	}
	l := r.loop
	defer func() {
		SetEventLoop(nil)
		l.Close()
		r.loop = nil
		r.state = 2
	}()
	l.shutdown()
}

// GetLoop is get_loop().
func (r *Runner) GetLoop() *Loop {
	r.lazyInit()
	return r.loop
}

// RunnerRun is runner.run(coro): run coro as a task of the runner's loop
// until it is done, returning its result or raising its exception.
func RunnerRun[T any](r *Runner, coro Awaitable[T]) T {
	if loopOnGoroutine() != nil {
		panic(py.RuntimeError("Runner.run() cannot be called from a running event loop"))
	}
	r.lazyInit()
	defer py.RecursionBase.Store(py.RecursionBase.Swap(10))
	task := LoopCreateTask(r.loop, coro, "")
	return RunUntilComplete[T](r.loop, task)
}
