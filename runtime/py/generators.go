package py

// Generators.
//
// A generator function compiles to a frame struct (its parameters and the
// variables live across yields) with a resumable state machine; calling the
// function only builds the frame and wraps it in a *Gen. Each resume
// delivers a sent value (or a thrown exception, raised at the suspended
// yield) and runs the body to its next yield or to its end:
//
//	g := NewGen[int64, NoneType, NoneType](&gen_countdown{n: 3})
//	for v, ok := g.Next(); ok; v, ok = g.Next() { ... }
//
// Gen implements Iter, so for loops, list(), sum() ... consume generators
// like any other iterator. The Python-visible state rules live here: a
// finished generator stays finished, a generator cannot be re-entered,
// StopIteration escaping the body becomes RuntimeError (PEP 479), close()
// throws GeneratorExit, and the return value travels in StopIteration.

// GenFrame is the generated state machine of a generator function.
import (
	"fmt"
	"reflect"
)

type GenFrame[Y, S, R any] interface {
	// GenResume continues the body from where it stopped, with sent as the
	// value of the suspended yield expression or, when thrown is non-nil,
	// raising thrown there. It reports true when the body yielded
	// (GenYielded is the value) and false when it returned (GenResult).
	GenResume(sent S, thrown Exception) bool
	// GenYielded is the value of the last yield.
	GenYielded() Y
	// GenResult is the return value once the body has finished.
	GenResult() R
}

// Generator states (CPython's GEN_CREATED, GEN_SUSPENDED, ...).
const (
	genCreated = iota
	genSuspended
	genRunning
	genDone
)

// Gen is a generator object: Generator[Y, S, R].
type Gen[Y, S, R any] struct {
	f     GenFrame[Y, S, R]
	state int8
	// stop holds the return value between the end of the body and the
	// StopIteration that reports it (only the first one carries it).
	stop    R
	hasStop bool
	async   bool
	// held are generators only this generator's frame holds (Hold),
	// finalized when it finishes.
	held []any
}

// NewGen wraps a generator frame in a generator object.
func NewGen[Y, S, R any](f GenFrame[Y, S, R]) *Gen[Y, S, R] { return &Gen[Y, S, R]{f: f} }

// genStopConv converts StopIteration (and StopAsyncIteration in an async
// generator) escaping a generator body into RuntimeError (PEP 479).
func genStopConv(r any, async bool) any {
	e, ok := r.(Exception)
	if !ok {
		return r
	}
	var msg string
	switch {
	case IsInstance(e, StopIterationClass):
		msg = "generator raised StopIteration"
		if async {
			msg = "async generator raised StopIteration"
		}
	case async && IsInstance(e, StopAsyncIterationClass):
		msg = "async generator raised StopAsyncIteration"
	default:
		return r
	}
	re := RuntimeError(msg)
	re.Cause = e
	re.Context = e
	re.SuppressContext = true
	return re
}

// CoroStopConv is the PEP 479 conversion of a StopIteration escaping a
// coroutine's body into RuntimeError("coroutine raised StopIteration");
// other exceptions are returned as they are.
func CoroStopConv(e Exception) Exception {
	if !IsInstance(e, StopIterationClass) {
		return e
	}
	re := RuntimeError("coroutine raised StopIteration")
	re.Cause = e
	re.Context = e
	re.SuppressContext = true
	return re
}

// StopReraised reports whether e, raised by a context manager's generator
// after the with body's exception body was thrown in at its yield, is that
// StopIteration (or StopAsyncIteration) converted into RuntimeError by PEP
// 479: contextlib then lets the original exception propagate.
func StopReraised(e, body Exception) bool {
	if body == nil || e == body || !IsInstance(e, RuntimeErrorClass) {
		return false
	}
	if !IsInstance(body, StopIterationClass) && !IsInstance(body, StopAsyncIterationClass) {
		return false
	}
	return e.Exc().Cause == body
}

// GenConvertStop is the PEP 479 conversion for generator-like frames driven
// outside Gen (async generators): it returns the value to re-panic with.
func GenConvertStop(r any, async bool) any { return genStopConv(r, async) }

// resume runs the body once: (y, true) when it yielded, (zero, false) when
// it is (or already was) finished.
func (g *Gen[Y, S, R]) resume(sent S, thrown Exception) (y Y, ok bool) {
	return g.resumeWith(sent, false, thrown)
}

// resumeNone is resume for next(), a for loop, throw() and close(): the
// suspended yield receives None (see SentNone).
func (g *Gen[Y, S, R]) resumeNone(thrown Exception) (y Y, ok bool) {
	var zero S
	return g.resumeWith(zero, true, thrown)
}

// resumeWith is resume; none says the yield receives None, whatever sent
// holds (the zero value of a send type that cannot hold None).
func (g *Gen[Y, S, R]) resumeWith(sent S, none bool, thrown Exception) (y Y, ok bool) {
	switch g.state {
	case genRunning:
		panic(ValueError("generator already executing"))
	case genDone:
		if thrown != nil {
			panic(thrown)
		}
		return y, false
	case genCreated:
		if thrown != nil {
			g.state = genDone
			g.release()
			panic(thrown)
		}
	}
	g.state = genRunning
	normal := false
	defer func() {
		if !normal {
			g.state = genDone
			r := recover()
			g.release()
			if r != nil {
				panic(genStopConv(r, g.async))
			}
		}
	}()
	sentNone = none || isNoneValue(sent)
	yielded := g.f.GenResume(sent, thrown)
	normal = true
	if yielded {
		g.state = genSuspended
		if !everSuspended.Load() {
			everSuspended.Store(true) // exitgens.go
		}
		return g.f.GenYielded(), true
	}
	g.state = genDone
	g.stop = g.f.GenResult()
	g.hasStop = true
	g.release()
	return y, false
}

// stopExc is the StopIteration that reports the end of the generator.
func (g *Gen[Y, S, R]) stopExc() *BaseException {
	if !g.hasStop {
		return StopIteration()
	}
	g.hasStop = false
	v := any(g.stop)
	var zero R
	g.stop = zero
	if _, none := v.(NoneType); none {
		return StopIteration()
	}
	if o, ok := v.(optional); ok {
		v = o.Any()
		if _, none := v.(NoneType); none {
			return StopIteration()
		}
	}
	return StopIteration(v)
}

// TakeStop returns the StopIteration for a generator that has just
// finished (what next() raises).
func (g *Gen[Y, S, R]) TakeStop() Exception { return g.stopExc() }

// Next implements Iter: the next value, or false once the body has
// finished (the return value is dropped, as a for loop drops it).
func (g *Gen[Y, S, R]) Next() (Y, bool) {
	y, ok := g.resumeNone(nil)
	if !ok {
		g.hasStop = false
	}
	return y, ok
}

// NextValue is next(g) and g.__next__(): it raises StopIteration at the end.
func (g *Gen[Y, S, R]) NextValue() Y {
	y, ok := g.resumeNone(nil)
	if !ok {
		panic(g.stopExc())
	}
	return y
}

// NextDefault is next(g, default).
func (g *Gen[Y, S, R]) NextDefault(def Y) Y {
	y, ok := g.resumeNone(nil)
	if !ok {
		g.hasStop = false
		return def
	}
	return y
}

// Send is g.send(v).
func (g *Gen[Y, S, R]) Send(v S) Y {
	if g.state == genCreated && !isNoneValue(v) {
		panic(TypeError("can't send non-None value to a just-started generator"))
	}
	y, ok := g.resume(v, nil)
	if !ok {
		panic(g.stopExc())
	}
	return y
}

// Throw is g.throw(exc): exc is raised at the suspended yield; the result
// is the next value yielded.
func (g *Gen[Y, S, R]) Throw(exc Exception) Y {
	y, ok := g.resumeNone(exc)
	if !ok {
		panic(g.stopExc())
	}
	return y
}

// Close is g.close(): GeneratorExit is raised at the suspended yield.
func (g *Gen[Y, S, R]) Close() {
	switch g.state {
	case genCreated, genDone:
		g.state = genDone
		g.release()
		return
	}
	if g.closeRun() {
		msg := "generator ignored GeneratorExit"
		if g.async {
			msg = "async generator ignored GeneratorExit"
		}
		panic(RuntimeError(msg))
	}
}

// closeRun throws GeneratorExit in and reports whether the body yielded.
func (g *Gen[Y, S, R]) closeRun() (yielded bool) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(Exception); ok && (IsInstance(e, GeneratorExitClass) || IsInstance(e, StopIterationClass)) {
				yielded = false
				return
			}
			panic(r)
		}
	}()
	_, yielded = g.resumeNone(NewExc(GeneratorExitClass))
	g.hasStop = false
	return yielded
}

// Finished reports whether the generator has ended.
func (g *Gen[Y, S, R]) Finished() bool { return g.state == genDone }

// PyTypeName is type(g).__name__.
func (g *Gen[Y, S, R]) PyTypeName() string { return "generator" }

// isNoneValue reports whether a sent value is None.
func isNoneValue(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case NoneType:
		return true
	case optional:
		_, none := x.Any().(NoneType)
		return none
	}
	return false
}

// Delegator is a generator-like iterator that yield from can forward
// send(), throw() and close() to (any *Gen).
type Delegator[Y any] interface {
	Iter[Y]
	// DelegSend resumes with a sent value (any: converted to the send type).
	DelegSend(v any) (Y, bool)
	// DelegThrow raises e at the suspended yield.
	DelegThrow(e Exception) (Y, bool)
	// Close is close().
	Close()
	// DelegResult is the return value after the end (any).
	DelegResult() any
}

// DelegSend implements Delegator.
func (g *Gen[Y, S, R]) DelegSend(v any) (Y, bool) {
	s := convertAny[S](v)
	if v != nil && !isNoneValue(v) && g.state == genCreated {
		panic(TypeError("can't send non-None value to a just-started generator"))
	}
	return g.resumeWith(s, v == nil || isNoneValue(v), nil)
}

// DelegThrow implements Delegator.
func (g *Gen[Y, S, R]) DelegThrow(e Exception) (Y, bool) {
	return g.resumeNone(e)
}

// DelegResult implements Delegator.
func (g *Gen[Y, S, R]) DelegResult() any {
	g.hasStop = false
	v := g.stop
	var zero R
	g.stop = zero
	return v
}

// Delegate is the state of one `yield from` in a generator body: the
// sub-iterator and what the outer generator received while suspended.
type Delegate[Y any] struct {
	it     Iter[Y]
	sub    Delegator[Y] // it, when it is a generator
	sent   any
	thrown Exception
	// Y is the value the sub-iterator yielded last.
	Y   Y
	res any
}

// NewDelegate starts `yield from it`.
func NewDelegate[Y any](it Iter[Y]) *Delegate[Y] {
	d := &Delegate[Y]{it: it}
	d.sub, _ = it.(Delegator[Y])
	return d
}

// Received records what the outer generator was resumed with.
func (d *Delegate[Y]) Received(sent any, thrown Exception) {
	d.sent, d.thrown = sent, thrown
}

// Step advances the sub-iterator with what was received (nothing the first
// time): true with d.Y set when it yielded, false when it finished. A
// thrown GeneratorExit closes the sub-iterator and is re-raised; other
// thrown exceptions are forwarded to a generator or raised here.
func (d *Delegate[Y]) Step() bool {
	sent, thrown := d.sent, d.thrown
	d.sent, d.thrown = nil, nil
	var y Y
	var ok bool
	switch {
	case thrown != nil:
		if IsInstance(thrown, GeneratorExitClass) {
			if d.sub != nil {
				d.sub.Close()
			} else if c, isC := d.it.(interface{ Close() }); isC {
				c.Close()
			}
			panic(thrown)
		}
		if d.sub == nil {
			panic(thrown)
		}
		y, ok = d.sub.DelegThrow(thrown)
	case d.sub != nil && sent != nil && !isNoneValue(sent):
		y, ok = d.sub.DelegSend(sent)
	default:
		y, ok = d.it.Next()
	}
	if ok {
		d.Y = y
		return true
	}
	if d.sub != nil {
		d.res = d.sub.DelegResult()
	}
	return false
}

// Result is the value of the yield from expression (the sub-generator's
// return value; None for other iterators).
func (d *Delegate[Y]) Result() any {
	if d.res == nil {
		return None
	}
	return d.res
}

// DelegateResult converts the value of a yield from to its static type.
func DelegateResult[R any](v any) R {
	return convertAny[R](v)
}

// NextOf is next(it) for any iterator: StopIteration at the end.
func NextOf[T any](it Iter[T]) T {
	v, ok := it.Next()
	if !ok {
		if s, isGen := it.(interface{ TakeStop() Exception }); isGen {
			panic(s.TakeStop())
		}
		panic(StopIteration())
	}
	return v
}

// NextOr is next(it, default) for any iterator.
func NextOr[T any](it Iter[T], def T) T {
	v, ok := it.Next()
	if !ok {
		return def
	}
	return v
}

// FuncIter is an iterator defined by a function (lazy generator
// expressions).
type FuncIter[T any] struct {
	F    func() (T, bool)
	done bool
}

// PyTypeName is type(f).__name__: a generator expression's.
func (f *FuncIter[T]) PyTypeName() string { return "generator" }

// Next implements Iter.
func (f *FuncIter[T]) Next() (T, bool) {
	if f.done {
		var zero T
		return zero, false
	}
	defer func() {
		if r := recover(); r != nil {
			f.done = true
			panic(genStopConv(r, false)) // PEP 479
		}
	}()
	v, ok := f.F()
	if !ok {
		f.done = true
	}
	return v, ok
}

// GenCM is the context manager of a @contextmanager function.
type GenCM[Y any] struct{ g Delegator[Y] }

// NewGenCM wraps the generator a @contextmanager function made.
func NewGenCM[Y any](it Iter[Y]) *GenCM[Y] { return &GenCM[Y]{it.(Delegator[Y])} }

// Enter runs the generator to its yield and returns the yielded value.
func (c *GenCM[Y]) Enter() Y {
	y, ok := c.g.Next()
	if !ok {
		panic(RuntimeError("generator didn't yield"))
	}
	return y
}

// Exit resumes the generator after the with body: normally (it must
// finish) or by throwing the body's exception in at the yield. It reports
// whether the exception is suppressed.
func (c *GenCM[Y]) Exit(exc Exception) (suppress bool) {
	if exc == nil {
		if _, ok := c.g.Next(); ok {
			panic(RuntimeError("generator didn't stop"))
		}
		return false
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(Exception); ok && (e == exc || StopReraised(e, exc)) {
				suppress = false
				return
			}
			panic(r)
		}
	}()
	if _, ok := c.g.DelegThrow(exc); ok {
		panic(RuntimeError("generator didn't stop after throw()"))
	}
	return true
}

// sentNone records whether the generator resuming now receives None at
// its yield (next(), a for loop) rather than a value send() passed: a
// send type that cannot hold None gets its zero value then, and
// generated code reads SentNone where the program can tell the two apart.
// Code of the language never runs on two goroutines at once, so one flag
// serves the program; it is read at once, as the resumed body starts.
var sentNone bool

// SentNone reports whether the generator being resumed receives None (see
// sentNone).
func SentNone() bool { return sentNone }

// SentValue is what a yield from hands its delegate: v, or nil when the
// generator was resumed with None (the delegate is advanced by next()).
func SentValue(v any) any {
	if sentNone {
		return nil
	}
	return v
}

// BindAny stores v into *p and returns it: a generator a consuming call
// closes afterwards, recorded where it is made (codegen's closing.go).
func BindAny[T any](p *any, v T) T {
	*p = v
	return v
}

// CloseIter closes it when it is a generator whose last reference goes
// (a for loop over a generator call ends, a local holding one is rebound;
// see ir.CloseIter). CPython closes it from its finalizer then, where
// nothing can catch what its cleanup raises: an exception is reported on
// stderr ("Exception ignored in: ...") and the program goes on.
func CloseIter(it any) {
	c, ok := it.(interface{ Close() })
	if !ok {
		return
	}
	if rv := reflect.ValueOf(c); rv.Kind() == reflect.Pointer && rv.IsNil() {
		return // a variable not yet bound to its generator
	}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(Exception)
			if !ok {
				panic(r)
			}
			Stderr(fmt.Sprintf("Exception ignored in: <generator object at %p>\n", c) + FormatUnraisable(e))
		}
	}()
	c.Close()
}

// FormatUnraisable formats an exception CloseIter reports: its traceback
// once the event-loop runtime is linked (it sets this), else its last
// line.
var FormatUnraisable = FormatExceptionOnly

// CallIter is iter(f, sentinel): each step calls f; the iterator is
// exhausted once stop says f's value equals the sentinel.
func CallIter[T any](f func() T, stop func(T) bool) Iter[T] {
	return &callIter[T]{f: f, stop: stop}
}

type callIter[T any] struct {
	f    func() T
	stop func(T) bool
	done bool
}

// Next implements Iter.
func (c *callIter[T]) Next() (T, bool) {
	var zero T
	if c.done {
		return zero, false
	}
	v := c.f()
	if c.stop(v) {
		c.done = true
		return zero, false
	}
	return v, true
}

// CallIterOpt is iter(f, None) for f returning T | None: the values up to
// the first None.
func CallIterOpt[T any](f func() Opt[T]) Iter[T] { return &optCallIter[T]{f: f} }

type optCallIter[T any] struct {
	f    func() Opt[T]
	done bool
}

// Next implements Iter.
func (c *optCallIter[T]) Next() (T, bool) {
	var zero T
	if c.done {
		return zero, false
	}
	v := c.f()
	if !v.Ok {
		c.done = true
		return zero, false
	}
	return v.V, true
}

// Generators held by a generator's frame. A generator function's frame
// holds its arguments; when the generator finishes (returns, raises or is
// closed) CPython clears the frame, and an argument nothing else refers to
// (a fresh generator given to the call, which the body only iterates:
// windows(readings(n), 3)) is freed then, which finalizes it. Generated
// code passes such arguments to Hold; the generator finalizes them when it
// finishes, in argument order, as a frame clears its locals.

// HoldGens records generators that only g's frame holds.
func (g *Gen[Y, S, R]) HoldGens(held []any) { g.held = append(g.held, held...) }

// release finalizes the generators g's finished frame held.
func (g *Gen[Y, S, R]) release() {
	held := g.held
	g.held = nil
	for _, x := range held {
		FinalizeHeld(x)
	}
}

// Hold makes the new generator g (sync or async) hold the generators held,
// which nothing else refers to, until it finishes, and returns g.
func Hold[G any](g G, held ...any) G {
	if h, ok := any(g).(interface{ HoldGens([]any) }); ok {
		h.HoldGens(held)
	}
	return g
}

// FinalizeHeld is what CPython does to a generator whose last reference
// goes: a generator is closed at once (what its finally blocks raise is
// reported, not raised: CloseIter); an async generator that has started is
// closed soon by a task its loop creates (its PyFinalize).
func FinalizeHeld(x any) {
	if f, ok := x.(interface{ PyFinalize() }); ok {
		f.PyFinalize()
		return
	}
	CloseIter(x)
}
