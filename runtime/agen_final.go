package runtime

import (
	"sort"
	"sync"

	"github.com/aiogo/aiogo/runtime/py"
)

// Finalization of async generators, as base_events.py's asyncgen hooks do
// it. The first asend/athrow/aclose/__anext__ call of a generator while a
// loop runs registers it with that loop (_asyncgen_firstiter_hook, the
// loop's _asyncgens). When the program drops a started, unfinished
// generator (an async for over a direct call of an async generator
// function left by break: AsyncFor.Drop), the loop closes it the way
// _asyncgen_finalizer_hook does: call_soon(create_task, agen.aclose()).
// asyncio.run's shutdown_asyncgens closes the generators still registered.
// Go has no reference counts: a generator dropped any other way (a local
// variable going out of scope) stays registered until the loop shuts down.

// agenFinal is an async generator as the loop's hooks see it.
type agenFinal interface {
	// acloseAny is agen.aclose() as an AnyAwaitable.
	acloseAny() AnyAwaitable
}

// agenSet is a loop's _asyncgens: registered generators by arrival.
type agenSet struct {
	seq  int
	gens map[agenFinal]int
}

var (
	agenMu   sync.Mutex
	agenSets = map[*Loop]*agenSet{}
)

func (l *Loop) agenAdd(g agenFinal) {
	agenMu.Lock()
	defer agenMu.Unlock()
	s := agenSets[l]
	if s == nil {
		s = &agenSet{gens: map[agenFinal]int{}}
		agenSets[l] = s
	}
	s.seq++
	s.gens[g] = s.seq
}

// agenRemove forgets g and reports whether the loop had it.
func (l *Loop) agenRemove(g agenFinal) bool {
	agenMu.Lock()
	defer agenMu.Unlock()
	s := agenSets[l]
	if s == nil {
		return false
	}
	_, had := s.gens[g]
	delete(s.gens, g)
	return had
}

// agenTake removes and returns the loop's registered generators in the
// order they registered.
func (l *Loop) agenTake() []agenFinal {
	agenMu.Lock()
	defer agenMu.Unlock()
	s := agenSets[l]
	delete(agenSets, l)
	if s == nil {
		return nil
	}
	gs := make([]agenFinal, 0, len(s.gens))
	for g := range s.gens {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return s.gens[gs[i]] < s.gens[gs[j]] })
	return gs
}

// initHooks is async_gen_init_hooks: the first operation on g while a loop
// runs registers it with that loop.
func (g *AsyncGen[Y, S]) initHooks() {
	if g.hooked {
		return
	}
	g.hooked = true
	if l := currentLoop(); l != nil {
		g.loop = l
		l.agenAdd(g)
	}
}

func (g *AsyncGen[Y, S]) acloseAny() AnyAwaitable { return Erase(g.AClose()) }

// finalize is what dropping the last reference to g does: a started,
// unfinished generator is closed by a task the loop creates soon.
func (g *AsyncGen[Y, S]) finalize() {
	if g == nil {
		return // a variable never bound (an owned local: ir/owned.go)
	}
	l := g.loop
	if l == nil || g.state == agenDone || l.closed.Load() || !l.agenRemove(g) {
		return // not started, finished, or being closed by shutdown_asyncgens
	}
	aw := g.AClose()
	l.CallSoon(func() { LoopCreateTask[py.NoneType](l, aw, "") })
}

// FinalizeAsyncGen is the end of an async for over an async generator
// nothing else holds: the loop held the only reference, so the generator
// is finalized (closed soon by a task) if it has started and not
// finished. Other values are left alone.
func FinalizeAsyncGen(v any) {
	if g, ok := v.(interface{ finalize() }); ok {
		g.finalize()
	}
}

// shutdownAsyncgens is loop.shutdown_asyncgens(): aclose() every
// registered generator concurrently; their exceptions are reported.
func (l *Loop) shutdownAsyncgens() {
	gens := l.agenTake()
	if len(gens) == 0 {
		RunUntilComplete[py.NoneType](l, nop{})
		return
	}
	RunUntilComplete[py.NoneType](l, &agenShutdown{l: l, gens: gens})
}

// agenShutdown is the shutdown_asyncgens coroutine: it gathers the
// aclose() of each generator and reports the exceptions.
type agenShutdown struct {
	l    *Loop
	gens []agenFinal
	g    *Future[*py.List[any]]
}

func (s *agenShutdown) Step(tc *TaskCore) bool {
	if s.g == nil {
		aws := make([]AnyAwaitable, len(s.gens))
		for i, g := range s.gens {
			aws[i] = g.acloseAny()
		}
		s.g = GatherAny(s.l, aws, true)
	}
	if !s.g.Step(tc) {
		return false
	}
	for _, r := range s.g.Result().V {
		if e, ok := r.(py.Exception); ok {
			py.Stderr("an error occurred during closing of asynchronous generator\nexception: " + py.Repr(e) + "\n" + FormatTraceback(e))
		}
	}
	return true
}

func (s *agenShutdown) Result() py.NoneType { return py.None }

// setDone marks g finished; the loop forgets it (CPython's _asyncgens is a
// weak set: a finished generator nobody refers to leaves it). Its frame is
// cleared: the generators only it held are finalized (py.Hold).
func (g *AsyncGen[Y, S]) setDone() {
	g.state = agenDone
	if g.loop != nil {
		g.loop.agenRemove(g)
		g.loop = nil
	}
	held := g.held
	g.held = nil
	for _, x := range held {
		py.FinalizeHeld(x)
	}
}

// HoldGens records generators that only g's frame holds (py.Hold).
func (g *AsyncGen[Y, S]) HoldGens(held []any) { g.held = append(g.held, held...) }

// PyFinalize is what dropping the last reference to g does (py.FinalizeHeld).
func (g *AsyncGen[Y, S]) PyFinalize() { g.finalize() }

// throwsIntoFirstStep reports whether a task's awaitable takes an
// exception thrown before its first step, instead of never running: the
// aclose() of the finalizer hook's task. Cancelled before it started (at
// asyncio.run's end, say), CPython throws the CancelledError into the
// generator, whose finally blocks run (async_gen_athrow_throw).
func throwsIntoFirstStep(tc *TaskCore) bool {
	vt, ok := taskVTs.Load(any((*coroTask[py.NoneType])(nil)))
	if !ok || vt.(*taskVT) != tc.vt {
		return false // not a task running an Awaitable[None]
	}
	_, ok = coroOf[py.NoneType](tc).coro.(interface{ takesFirstThrow() })
	return ok
}

// FinalizeAfter is anext(agen()) awaited where only the call holds the
// generator gen: once aw finishes (or raises), gen is finalized as
// FinalizeAsyncGen does.
func FinalizeAfter[T any](aw Awaitable[T], gen any) Awaitable[T] {
	return &finalizeAfter[T]{aw: aw, gen: gen}
}

type finalizeAfter[T any] struct {
	aw  Awaitable[T]
	gen any
}

func (f *finalizeAfter[T]) Step(tc *TaskCore) bool {
	done := false
	defer func() {
		if done {
			FinalizeAsyncGen(f.gen)
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				done = true
				panic(r)
			}
		}()
		done = f.aw.Step(tc)
	}()
	return done
}

func (f *finalizeAfter[T]) Result() T { return f.aw.Result() }
