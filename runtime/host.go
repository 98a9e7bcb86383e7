package runtime

import (
	"context"
	"errors"
	"io"
	"iter"
	"reflect"
	goruntime "runtime"
	"sync"
	"sync/atomic"

	"github.com/aiogo/aiogo/runtime/py"
)

// This file lets a Go program host event loops: any number of goroutines
// may each run a loop (Call), or submit coroutines to a loop running on a
// goroutine of its own (Host, Await). Code generated for a library package
// calls these; see the README's "Use from Go".
//
// A loop running alone in the process (every compiled program, and a Go
// program making one call at a time) is found with one atomic load: it is
// not registered anywhere and nobody reads a goroutine id. Reading the
// goroutine id (runtime.Stack, microseconds) is only needed while several
// loops run at once: a loop that starts while others run registers under
// its goroutine's id, and a loop that started alone registers at the
// start of its first pass after another loop started (Loop.runOnce calls
// registerIfShared). Until then it is the "solo" loop: a lookup by
// goroutine id that finds nothing returns it, as the lookup of a loop
// running alone does for every goroutine. The GIL (gil.go) registers the
// loop that switches it on.

var (
	loopsMu   sync.Mutex
	loopsByG  = map[int64]*Loop{}
	nRunning  atomic.Int32
	soloLoop  atomic.Pointer[Loop] // running loop not registered under its goroutine id
	errClosed = errors.New("aiogo: host is closed")
)

func init() {
	py.FormatUnraisable = FormatTraceback
	py.SetOutputRouter(func() *py.Output {
		if l := currentLoop(); l != nil && l.host != nil {
			return l.host.out
		}
		return nil
	})
}

// enterRunning records l as running on the calling goroutine; it raises
// RuntimeError when this goroutine already runs a loop.
func (l *Loop) enterRunning() {
	loopsMu.Lock()
	if nRunning.Load() == 0 {
		nRunning.Store(1)
		runningLoop.Store(l)
		soloLoop.Store(l)
		loopsMu.Unlock()
		return
	}
	solo := soloLoop.Load()
	loopsMu.Unlock()
	id := curGoid()
	// The solo loop is not registered: find out from the stack whether it
	// runs on this goroutine.
	nested := solo != nil && stackRunsLoop(2) // ours is the first
	loopsMu.Lock()
	defer loopsMu.Unlock()
	if nested || loopsByG[id] != nil {
		panic(py.Exception(py.RuntimeError("Cannot run the event loop while another loop is running")))
	}
	loopsByG[id] = l
	l.goid.Store(id)
	nRunning.Add(1)
	runningLoop.Store(nil)
}

// registerIfShared registers the loop under its goroutine's id when it runs
// unregistered while other loops run or once the GIL is on (gil.go
// compares goroutine ids); the loop's goroutine calls it at the start of
// each pass.
func (l *Loop) registerIfShared() {
	if l.goid.Load() != 0 || nRunning.Load() < 2 && l.gilp.Load() == nil {
		return
	}
	l.register()
}

// register records the calling goroutine (which runs l) under its id.
func (l *Loop) register() {
	id := curGoid()
	loopsMu.Lock()
	loopsByG[id] = l
	l.goid.Store(id)
	soloLoop.CompareAndSwap(l, nil)
	loopsMu.Unlock()
}

// leaveRunning undoes enterRunning.
func (l *Loop) leaveRunning() {
	loopsMu.Lock()
	defer loopsMu.Unlock()
	if id := l.goid.Load(); id != 0 {
		delete(loopsByG, id)
		l.goid.Store(0)
	}
	soloLoop.CompareAndSwap(l, nil)
	runningLoop.Store(nil)
	if nRunning.Add(-1) == 1 {
		if s := soloLoop.Load(); s != nil {
			runningLoop.Store(s)
		}
		for _, o := range loopsByG {
			runningLoop.Store(o)
		}
	}
}

// currentLoop returns the loop running on the calling goroutine, or, while
// only one loop runs in the process, that loop (so that its worker
// goroutines find it too); nil when none.
func currentLoop() *Loop {
	if l := runningLoop.Load(); l != nil {
		return l
	}
	if nRunning.Load() == 0 {
		return nil
	}
	return loopOnGoroutine()
}

// loopOnGoroutine returns the loop running on the calling goroutine (or
// the solo loop, see above), or nil.
func loopOnGoroutine() *Loop {
	if nRunning.Load() == 0 {
		return nil
	}
	if l := runningLoop.Load(); l != nil && l.goid.Load() == 0 {
		// Alone and unregistered: it runs here if a loop's frame is on
		// this goroutine's stack.
		if stackRunsLoop(1) {
			return l
		}
		return nil
	}
	id := curGoid()
	loopsMu.Lock()
	l := loopsByG[id]
	loopsMu.Unlock()
	if l == nil {
		l = soloLoop.Load()
	}
	return l
}

// onLoopGoroutine reports whether the caller is the goroutine running l.
func (l *Loop) onLoopGoroutine() bool {
	if id := l.goid.Load(); id != 0 {
		return id == curGoid()
	}
	if soloLoop.Load() != l {
		return false // not running
	}
	// l is the solo loop: the caller runs it if a loop's frame is on its
	// stack and that loop is not a registered one.
	if !stackRunsLoop(1) {
		return false
	}
	if nRunning.Load() == 1 {
		return true
	}
	id := curGoid()
	loopsMu.Lock()
	other := loopsByG[id]
	loopsMu.Unlock()
	return other == nil
}

// runForeverPC is the entry of (*Loop).RunForever, whose frame is on the
// stack of every goroutine running a loop.
var runForeverPC uintptr

func init() {
	runForeverPC = goruntime.FuncForPC(reflect.ValueOf((*Loop).RunForever).Pointer()).Entry()
}

// stackRunsLoop reports whether the calling goroutine is running a loop:
// whether at least min RunForever frames are on its stack. It walks the
// stack's program counters only, without formatting anything as
// runtime.Stack does.
func stackRunsLoop(min int) bool {
	var pcs [64]uintptr
	for skip := 2; ; skip += len(pcs) {
		n := goruntime.Callers(skip, pcs[:])
		for _, pc := range pcs[:n] {
			if f := goruntime.FuncForPC(pc - 1); f != nil && f.Entry() == runForeverPC {
				if min--; min == 0 {
					return true
				}
			}
		}
		if n < len(pcs) {
			return false
		}
	}
}

// hostConf holds the options of a hosted loop.
type hostConf struct {
	virtual  bool
	stdout   io.Writer
	stderr   io.Writer
	out      *py.Output
	released atomic.Bool
}

// Option configures a loop created by NewHost or Call.
type Option func(*hostConf)

// WithVirtualClock makes the loop use the virtual clock: when nothing is
// ready to run, time jumps to the next timer instead of sleeping.
func WithVirtualClock() Option { return func(c *hostConf) { c.virtual = true } }

// WithStdout sends the output of print to w (default os.Stdout). Output is
// buffered and flushed before each Call or Await returns.
func WithStdout(w io.Writer) Option { return func(c *hostConf) { c.stdout = w } }

// WithStderr sends what the loop writes to stderr (tracebacks of
// exceptions nobody retrieved, callback errors) to w (default os.Stderr).
func WithStderr(w io.Writer) Option { return func(c *hostConf) { c.stderr = w } }

func newHostLoop(opts []Option) *Loop {
	c := &hostConf{}
	for _, o := range opts {
		o(c)
	}
	c.out = py.NewOutput(c.stdout, c.stderr)
	py.UseOutput(1)
	l := NewLoop(c.virtual)
	l.host = c
	return l
}

// release flushes the loop's output and stops routing print to it.
func (c *hostConf) release() {
	c.out.Flush()
	if c.released.CompareAndSwap(false, true) {
		py.UseOutput(-1)
	}
}

// Call runs a coroutine to completion on a new event loop on the calling
// goroutine, like asyncio.run, and returns its result. Any number of
// goroutines may call it at once, each with its own loop. Cancelling ctx
// cancels the task (the coroutine sees CancelledError) and Call returns
// ctx.Err(); an exception the coroutine raises returns as an *Error.
// Tasks still pending when the coroutine returns are cancelled, and the
// loop's output is flushed before Call returns.
func Call[T any](ctx context.Context, aw Awaitable[T], opts ...Option) (res T, err error) {
	if err := ctx.Err(); err != nil {
		return res, err
	}
	if nRunning.Load() > 0 && stackRunsLoop(1) {
		// Called from language code running on a loop (through a Go
		// function): one running loop per goroutine, as asyncio.run.
		return res, NewError(py.RuntimeError("Cannot run the event loop while another loop is running"))
	}
	l := newHostLoop(opts)
	defer l.host.release()
	task := LoopCreateTask(l, Awaitable[T](aw), "")
	stop := context.AfterFunc(ctx, func() { l.postThreadsafe(func() { task.Cancel() }) })
	var exc py.Exception
	func() {
		defer func() {
			if r := recover(); r != nil {
				exc = toException(r)
			}
		}()
		res = RunUntilComplete[T](l, task)
	}()
	stop()
	func() {
		defer l.Close()
		if l.tasks.live() > 0 || l.executor != nil {
			l.shutdown() // nothing to clean up otherwise
		}
	}()
	return res, resultErr(ctx, exc)
}

// resultErr turns the exception a hosted task ended with into the error
// returned to Go: ctx.Err() when the context was cancelled and the task
// ended cancelled, an *Error otherwise.
func resultErr(ctx context.Context, exc py.Exception) error {
	if exc == nil {
		return nil
	}
	if err := ctx.Err(); err != nil && py.IsInstance(exc, py.CancelledErrorClass) {
		return err
	}
	return NewError(exc)
}

// Host is an event loop running on a goroutine of its own, to which any
// goroutine can submit coroutines with Await. Coroutines submitted to the
// same Host share one loop (and so its module state, its clock and its
// output) and interleave like tasks of one asyncio program.
type Host struct {
	l       *Loop
	mu      sync.RWMutex
	closed  bool
	closing bool // set on the loop goroutine
	done    chan struct{}
}

// NewHost starts an event loop on a new goroutine. Close stops it.
func NewHost(opts ...Option) *Host {
	h := &Host{l: newHostLoop(opts), done: make(chan struct{})}
	go h.serve()
	return h
}

// Loop returns the host's event loop.
func (h *Host) Loop() *Loop { return h.l }

func (h *Host) serve() {
	defer close(h.done)
	defer h.l.host.release()
	for !h.closing {
		func() {
			defer func() {
				if r := recover(); r != nil && !h.closing {
					// SystemExit or KeyboardInterrupt raised by a callback:
					// report it and keep serving.
					py.Stderr(FormatTraceback(toException(r)))
				}
			}()
			h.l.RunForever()
		}()
	}
	defer h.l.Close()
	h.l.shutdown()
}

// Close cancels the coroutines still running on the host (their Await
// returns an *Error of class CancelledError), stops the loop and waits for
// its goroutine and worker threads to finish. Close is idempotent.
func (h *Host) Close() error {
	h.mu.Lock()
	if !h.closed {
		h.closed = true
		h.l.postThreadsafe(func() {
			h.closing = true
			h.l.Stop()
		})
	}
	h.mu.Unlock()
	<-h.done
	return nil
}

// Await runs a coroutine as a task on h's loop and waits for it. It is safe
// to call from any number of goroutines. Cancelling ctx cancels the task
// (the coroutine sees CancelledError) and Await returns ctx.Err(); an
// exception the coroutine raises returns as an *Error. The loop's output is
// flushed before Await returns. A nil h runs the coroutine with Call.
func Await[T any](ctx context.Context, h *Host, aw Awaitable[T]) (res T, err error) {
	if h == nil {
		return Call(ctx, aw)
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	var exc py.Exception
	var task *Task[T]
	done := make(chan struct{})
	h.mu.RLock()
	if h.closed {
		h.mu.RUnlock()
		return res, errClosed
	}
	h.l.postThreadsafe(func() {
		task = LoopCreateTask(h.l, aw, "")
		task.AddDoneCallback(func(t *Task[T]) {
			defer close(done)
			defer func() {
				if r := recover(); r != nil {
					exc = toException(r)
				}
			}()
			res = t.Result()
		})
	})
	h.mu.RUnlock()
	stop := context.AfterFunc(ctx, func() { h.l.postThreadsafe(func() { task.Cancel() }) })
	<-done
	stop()
	h.l.host.out.Flush()
	return res, resultErr(ctx, exc)
}

// Coroutine is an unstarted coroutine producing a T: what the generated
// ...Coro functions return, to be run with Await or Call or awaited by other
// coroutines.
type Coroutine[T any] = Awaitable[T]

// Convert returns an awaitable that runs aw and converts its result with f
// (generated code converts Python values to Go types at the boundary).
func Convert[S, T any](aw Awaitable[S], f func(S) T) Awaitable[T] {
	return &converted[S, T]{aw: aw, f: f}
}

type converted[S, T any] struct {
	aw Awaitable[S]
	f  func(S) T
}

// Step advances the wrapped awaitable.
func (c *converted[S, T]) Step(tc *TaskCore) bool { return c.aw.Step(tc) }

// Result converts the wrapped awaitable's result.
func (c *converted[S, T]) Result() T { return c.f(c.aw.Result()) }

// CallSync calls a plain (non-async) Python function from Go: a Python
// exception returns as an *Error, and what it printed is flushed.
func CallSync[T any](fn func() T) (res T, err error) {
	defer py.Flush()
	defer func() {
		if r := recover(); r != nil {
			err = NewError(toException(r))
		}
	}()
	return fn(), nil
}

// InitModule runs the module-level code of a library package, as importing
// the Python module would, from the package's init function. Its output is
// flushed; an uncaught exception panics with an *Error, as a failing import
// would.
func InitModule(body func()) {
	defer py.Flush()
	defer func() {
		if r := recover(); r != nil {
			panic(NewError(toException(r)))
		}
	}()
	body()
}

// NoneAttribute is the error of a method called on the zero handle of a
// class a generated package exports: Python's AttributeError for an
// attribute of None.
func NoneAttribute(name string) error {
	return NewError(py.AttributeError("'NoneType' object has no attribute '" + name + "'"))
}

// Seq adapts a Python iterator (made by mk at the first step) to a Go
// iterator whose values are converted by f: what a generated package
// exports for a function returning Iterator[T]. An exception the Python
// code raises ends the sequence with a last (zero, *Error) pair. Output is
// flushed after each step.
func Seq[T, U any](mk func() py.Iter[T], f func(T) U) iter.Seq2[U, error] {
	return func(yield func(U, error) bool) {
		var it py.Iter[T]
		step := func() (v U, ok bool, err error) {
			defer py.Flush()
			defer func() {
				if r := recover(); r != nil {
					err = NewError(toException(r))
				}
			}()
			if it == nil {
				it = mk()
			}
			x, ok := it.Next()
			if ok {
				v = f(x)
			}
			return v, ok, err
		}
		for {
			v, ok, err := step()
			if err != nil {
				yield(v, err)
				return
			}
			if !ok || !yield(v, nil) {
				return
			}
		}
	}
}
