package runtime

import "github.com/aiogo/aiogo/runtime/py"

// Async generators, async iteration and the generator-based context
// managers of contextlib.
//
// An async generator compiles to a frame that both awaits (its Step takes
// the TaskCore like a coroutine's) and yields: Step returns true when the
// body reached a yield or its end, false when it suspended on an await.
// The awaitables that asend(), athrow(), aclose() and __anext__ return
// deliver the sent value or thrown exception to the frame and step it on
// behalf of the awaiting task; exceptions (including a cancellation
// thrown into the task at an await inside the generator) propagate
// through them as through any awaited coroutine.

// AsyncGenFrame is the generated state machine of an async generator.
type AsyncGenFrame[Y, S any] interface {
	// AGenSend stores what the next step delivers at the suspended yield:
	// the sent value or, when thrown is non-nil, an exception to raise.
	AGenSend(sent S, thrown py.Exception)
	// Step runs the body until it awaits something pending (false) or
	// reaches a yield or its end (true).
	Step(tc *TaskCore) bool
	// AGenYielded is the value of the last yield and true, or false when
	// the body has finished.
	AGenYielded() (Y, bool)
}

// AsyncIter is what async for consumes: something with __anext__.
type AsyncIter[T any] interface {
	ANext() Awaitable[T]
}

// AsyncIterFunc adapts a bound __anext__ method to AsyncIter.
type AsyncIterFunc[T any] func() Awaitable[T]

// ANext implements AsyncIter.
func (f AsyncIterFunc[T]) ANext() Awaitable[T] { return f() }

// Async generator states.
const (
	agenCreated = iota
	agenSuspended
	agenRunning
	agenDone
)

// AsyncGen is an async generator object: AsyncGenerator[Y, S].
type AsyncGen[Y, S any] struct {
	f      AsyncGenFrame[Y, S]
	state  int8
	hooked bool  // the loop's firstiter hook saw it (agen_final.go)
	loop   *Loop // the loop that finalizes it, once hooked
	held   []any // generators only its frame holds (py.Hold)
}

// NewAsyncGen wraps an async generator frame.
func NewAsyncGen[Y, S any](f AsyncGenFrame[Y, S]) *AsyncGen[Y, S] {
	return &AsyncGen[Y, S]{f: f}
}

type agenOpKind int8

const (
	opSend agenOpKind = iota
	opThrow
	opClose
)

// agenOp is the awaitable of one asend/athrow/aclose/__anext__ call.
type agenOp[Y, S any] struct {
	g       *AsyncGen[Y, S]
	kind    agenOpKind
	sent    S
	thrown  py.Exception
	started bool
	y       Y
}

// ANext is __anext__() / anext(g): asend(None).
func (g *AsyncGen[Y, S]) ANext() Awaitable[Y] {
	g.initHooks()
	return &agenOp[Y, S]{g: g}
}

// ASend is asend(v).
func (g *AsyncGen[Y, S]) ASend(v S) Awaitable[Y] {
	g.initHooks()
	return &agenOp[Y, S]{g: g, sent: v}
}

// AThrow is athrow(exc).
func (g *AsyncGen[Y, S]) AThrow(exc py.Exception) Awaitable[Y] {
	g.initHooks()
	return &agenOp[Y, S]{g: g, kind: opThrow, thrown: exc}
}

// AClose is aclose().
func (g *AsyncGen[Y, S]) AClose() Awaitable[py.NoneType] {
	g.initHooks()
	return &agenClose[Y, S]{agenOp[Y, S]{g: g, kind: opClose, thrown: py.NewExc(py.GeneratorExitClass)}}
}

// Step implements Awaitable.
func (op *agenOp[Y, S]) Step(tc *TaskCore) (finished bool) {
	g := op.g
	if !op.started {
		op.started = true
		switch g.state {
		case agenRunning:
			panic(py.RuntimeError("anext(): asynchronous generator is already running"))
		case agenDone:
			switch op.kind {
			case opClose:
				return true
			case opThrow:
				// CPython 3.11's athrow() on a finished generator
				// does not raise: its awaitable stops at once and
				// the await gives None (async_gen_athrow_send).
				return true
			}
			panic(py.NewExc(py.StopAsyncIterationClass))
		case agenCreated:
			if op.kind == opClose {
				g.setDone()
				return true
			}
			if op.kind == opThrow {
				g.setDone()
				panic(op.thrown)
			}
		}
		g.f.AGenSend(op.sent, op.thrown)
	}
	g.state = agenRunning
	normal := false
	defer func() {
		if !normal {
			g.setDone()
			if r := recover(); r != nil {
				if op.kind == opClose {
					if e, ok := r.(py.Exception); ok && (py.IsInstance(e, py.GeneratorExitClass) || py.IsInstance(e, py.StopAsyncIterationClass)) {
						finished = true
						return
					}
				}
				panic(py.GenConvertStop(r, true))
			}
		}
	}()
	done := g.f.Step(tc)
	normal = true
	if !done {
		return false // awaiting inside the generator: still running
	}
	y, yielded := g.f.AGenYielded()
	if !yielded {
		g.setDone()
		if op.kind == opClose {
			return true
		}
		panic(py.NewExc(py.StopAsyncIterationClass))
	}
	g.state = agenSuspended
	if op.kind == opClose {
		panic(py.RuntimeError("async generator ignored GeneratorExit"))
	}
	op.y = y
	return true
}

// Result implements Awaitable.
func (op *agenOp[Y, S]) Result() Y { return op.y }

// agenClose is the awaitable of aclose().
type agenClose[Y, S any] struct{ op agenOp[Y, S] }

func (c *agenClose[Y, S]) Step(tc *TaskCore) bool {
	if !c.op.started && tc != nil && tc.exc != nil {
		// A task running aclose() cancelled before its first step: the
		// exception goes into the generator in place of GeneratorExit
		// (see throwsIntoFirstStep).
		c.op.thrown, tc.exc = tc.exc, nil
	}
	return c.op.Step(tc)
}

func (c *agenClose[Y, S]) takesFirstThrow()    {}
func (c *agenClose[Y, S]) Result() py.NoneType { return py.None }

// AsyncFor is the state of an async for loop: the iterator and the
// __anext__ awaitable in flight.
type AsyncFor[T any] struct {
	it   AsyncIter[T]
	aw   Awaitable[T]
	stop bool
}

// NewAsyncFor starts an async for over it.
func NewAsyncFor[T any](it AsyncIter[T]) *AsyncFor[T] { return &AsyncFor[T]{it: it} }

// finalize finalizes the async generator the loop iterates, if it is one
// (the loop held it alone: ir.FreshIterMethod); a loop that never started
// (nil) has nothing to finalize.
func (a *AsyncFor[T]) finalize() {
	if a == nil {
		return
	}
	if g, ok := a.it.(interface{ finalize() }); ok {
		g.finalize()
	}
}

// Start calls __anext__.
func (a *AsyncFor[T]) Start() {
	a.stop = false
	a.aw = a.it.ANext()
}

// Step steps the pending __anext__: true when it has finished (with a
// value or StopAsyncIteration).
func (a *AsyncFor[T]) Step(tc *TaskCore) (done bool) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(py.Exception); ok && py.IsInstance(e, py.StopAsyncIterationClass) {
				a.stop = true
				done = true
				return
			}
			panic(r)
		}
	}()
	return a.aw.Step(tc)
}

// Next returns the value __anext__ produced, or false at
// StopAsyncIteration.
func (a *AsyncFor[T]) Next() (v T, ok bool) {
	if a.stop {
		a.aw = nil
		return v, false
	}
	defer func() {
		if r := recover(); r != nil {
			if e, isExc := r.(py.Exception); isExc && py.IsInstance(e, py.StopAsyncIterationClass) {
				ok = false
				return
			}
			panic(r)
		}
	}()
	v = a.aw.Result()
	a.aw = nil
	return v, true
}

// AnextDefault is anext(it, default).
func AnextDefault[T any](it AsyncIter[T], def T) Awaitable[T] {
	return &anextDefault[T]{aw: it.ANext(), def: def}
}

type anextDefault[T any] struct {
	aw   Awaitable[T]
	def  T
	stop bool
}

func (a *anextDefault[T]) Step(tc *TaskCore) (done bool) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(py.Exception); ok && py.IsInstance(e, py.StopAsyncIterationClass) {
				a.stop = true
				done = true
				return
			}
			panic(r)
		}
	}()
	return a.aw.Step(tc)
}

func (a *anextDefault[T]) Result() T {
	if a.stop {
		return a.def
	}
	return a.aw.Result()
}

// Aclosing is contextlib.aclosing(g).
type Aclosing[Y, S any] struct{ g *AsyncGen[Y, S] }

// NewAclosing is aclosing(g).
func NewAclosing[Y, S any](g *AsyncGen[Y, S]) *Aclosing[Y, S] { return &Aclosing[Y, S]{g} }

// AEnter returns the generator (async with ... as g).
func (a *Aclosing[Y, S]) AEnter() *AsyncGen[Y, S] { return a.g }

// AExit awaits g.aclose().
func (a *Aclosing[Y, S]) AExit() Awaitable[py.NoneType] { return a.g.AClose() }

// AsyncGenCM is the context manager of an @asynccontextmanager function.
type AsyncGenCM[Y any] struct{ g asyncThrower[Y] }

type asyncThrower[Y any] interface {
	AsyncIter[Y]
	AThrow(exc py.Exception) Awaitable[Y]
}

// NewAsyncGenCM wraps the generator an @asynccontextmanager function made.
func NewAsyncGenCM[Y any](g AsyncIter[Y]) *AsyncGenCM[Y] {
	return &AsyncGenCM[Y]{g.(asyncThrower[Y])}
}

// AEnter runs the generator to its yield.
func (c *AsyncGenCM[Y]) AEnter() Awaitable[Y] { return &cmEnter[Y]{aw: c.g.ANext()} }

type cmEnter[Y any] struct{ aw Awaitable[Y] }

func (e *cmEnter[Y]) Step(tc *TaskCore) bool {
	defer func() {
		if r := recover(); r != nil {
			if ex, ok := r.(py.Exception); ok && py.IsInstance(ex, py.StopAsyncIterationClass) {
				panic(py.RuntimeError("generator didn't yield"))
			}
			panic(r)
		}
	}()
	return e.aw.Step(tc)
}

func (e *cmEnter[Y]) Result() Y { return e.aw.Result() }

// AExit resumes the generator after the body: normally (it must finish),
// or with the body's exception thrown in at the yield. The result
// suppresses the exception when true.
func (c *AsyncGenCM[Y]) AExit(exc py.Exception) Awaitable[bool] {
	if exc != nil {
		return &cmExit[Y]{exc: exc, aw: c.g.AThrow(exc)}
	}
	return &cmExit[Y]{aw: c.g.ANext()}
}

type cmExit[Y any] struct {
	aw       Awaitable[Y]
	exc      py.Exception
	suppress bool
}

func (x *cmExit[Y]) Step(tc *TaskCore) (done bool) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(py.Exception)
			if !ok {
				panic(r)
			}
			if x.exc == nil {
				if py.IsInstance(e, py.StopAsyncIterationClass) {
					done = true
					return
				}
				panic(r)
			}
			if py.StopReraised(e, x.exc) {
				// The body's StopIteration, re-raised by the generator
				// as PEP 479's RuntimeError: the original propagates.
				done = true
				return
			}
			if e == x.exc || py.IsInstance(e, py.StopAsyncIterationClass) {
				// Re-raised unchanged (no suppression), or the generator
				// finished: the exception was swallowed.
				done = true
				x.suppress = e != x.exc
				return
			}
			panic(r)
		}
	}()
	if !x.aw.Step(tc) {
		return false
	}
	if x.exc == nil {
		panic(py.RuntimeError("generator didn't stop"))
	}
	panic(py.RuntimeError("generator didn't stop after athrow()"))
}

func (x *cmExit[Y]) Result() bool { return x.suppress }

// AnextOther is anext(it, default) where the default has another type
// than the elements (anext(agen, None) of an async generator of str): the
// result is conv of the next element, or def once it is exhausted.
func AnextOther[T, R any](it AsyncIter[T], conv func(T) R, def R) Awaitable[R] {
	return &anextOther[T, R]{inner: anextDefault[T]{aw: it.ANext()}, conv: conv, def: def}
}

type anextOther[T, R any] struct {
	inner anextDefault[T]
	conv  func(T) R
	def   R
}

func (a *anextOther[T, R]) Step(tc *TaskCore) bool { return a.inner.Step(tc) }

func (a *anextOther[T, R]) Result() R {
	if a.inner.stop {
		return a.def
	}
	return a.conv(a.inner.aw.Result())
}

// FinalizeArgsAfter is the await of a coroutine call given fresh async
// generators that only the coroutine holds (ir.AwaitFinalizedArgs): when
// the await finishes, normally or by an exception, CPython frees the
// coroutine and the generators with it, and each started, unfinished one
// is closed soon by a task (its finalizer hook), as FinalizeAsyncGen.
func FinalizeArgsAfter[T any](aw Awaitable[T], gens ...any) Awaitable[T] {
	return &argsFinalizer[T]{aw: aw, gens: gens}
}

type argsFinalizer[T any] struct {
	aw   Awaitable[T]
	gens []any
}

func (f *argsFinalizer[T]) Step(tc *TaskCore) (done bool) {
	normal := false
	defer func() {
		if done || !normal { // finished, or raised
			for _, g := range f.gens {
				FinalizeAsyncGen(g)
			}
			f.gens = nil
		}
	}()
	done = f.aw.Step(tc)
	normal = true
	return done
}

func (f *argsFinalizer[T]) Result() T { return f.aw.Result() }
