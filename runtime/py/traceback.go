package py

import (
	"runtime"
	"strings"
	"sync"
)

// Tracebacks.
//
// Generated code carries //line directives back to the .py file, so the Go
// stack of a panicking Python exception already names .py files and lines.
// Nothing is recorded while no exception is raised: when generated code (or
// the runtime) recovers an exception, Catch walks the Go stack between the
// panic and the recovering function and appends the frames of registered
// Python functions to BaseException.Traceback (innermost first). A frame
// that re-raises what it caught (bare raise, an except clause that does not
// match, a finally that ends) continues the same traceback: its own entry
// is not repeated.

var (
	funcMu    sync.RWMutex
	funcNames = map[string]string{}
)

// RegisterFuncs records the Python names of generated Go functions: keys
// are Go function names without their package path ("f", "(*_main_co)._run",
// "f.func1"), values the names a traceback prints ("f", "main",
// "<module>"). Generated code calls it from init.
func RegisterFuncs(names map[string]string) {
	funcMu.Lock()
	defer funcMu.Unlock()
	for k, v := range names {
		funcNames[k] = v
	}
}

// shortFuncName strips the package path from a Go function name.
func shortFuncName(full string) string {
	if i := strings.LastIndexByte(full, '/'); i >= 0 {
		full = full[i+1:]
	}
	if i := strings.IndexByte(full, '.'); i >= 0 {
		return full[i+1:]
	}
	return full
}

// parentFunc is the function enclosing a closure ("f.func1.2" -> "f.func1").
func parentFunc(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return name
}

// Catch converts a recovered panic into a Python exception and records the
// traceback frames it crossed. Generated code calls it from the deferred
// function that recovers exceptions for its except and finally clauses.
func Catch(r any) Exception {
	e := AsException(r)
	RecordTraceback(e, 1)
	return e
}

// entryCache maps the entry PC of a deferred recovering closure to the
// entry PC of the function that deferred it (where a traceback segment
// stops).
var (
	entryMu     sync.RWMutex
	stopEntries = map[uintptr]stopFunc{}
	panicEntry  uintptr // runtime.gopanic, found on first use
)

// stopFunc identifies a function: its entry PC and name (an inlined call
// shares its caller's entry).
type stopFunc struct {
	entry uintptr
	name  string
}

func (s stopFunc) is(pc uintptr) bool {
	f := runtime.FuncForPC(pc - 1)
	return f != nil && f.Entry() == s.entry && f.Name() == s.name
}

func funcEntry(pc uintptr) uintptr {
	if f := runtime.FuncForPC(pc - 1); f != nil {
		return f.Entry()
	}
	return 0
}

// stopEntry returns the function enclosing the closure at pc.
func stopEntry(pc uintptr) stopFunc {
	f := runtime.FuncForPC(pc - 1)
	if f == nil {
		return stopFunc{}
	}
	entryMu.RLock()
	stop, ok := stopEntries[f.Entry()]
	entryMu.RUnlock()
	if ok {
		return stop
	}
	// Resolve the parent by name once per closure: search the stack.
	parent := parentFunc(f.Name())
	var buf [64]uintptr
	n := runtime.Callers(1, buf[:])
	fr := runtime.CallersFrames(buf[:n])
	for {
		x, more := fr.Next()
		if x.Function == parent {
			stop = stopFunc{x.Entry, parent}
			break
		}
		if !more {
			break
		}
	}
	if stop.entry != 0 {
		entryMu.Lock()
		stopEntries[f.Entry()] = stop
		entryMu.Unlock()
	}
	return stop
}

func isPanicPC(pc uintptr) bool {
	entryMu.RLock()
	pe := panicEntry
	entryMu.RUnlock()
	if pe != 0 {
		return funcEntry(pc) == pe
	}
	f := runtime.FuncForPC(pc - 1)
	if f == nil || f.Name() != "runtime.gopanic" {
		return false
	}
	entryMu.Lock()
	panicEntry = f.Entry()
	entryMu.Unlock()
	return true
}

// RecordTraceback appends to e's traceback the Python frames between the
// panic being recovered and the function whose deferred call recovers it.
// skip is the number of calls between that deferred function and the
// caller of RecordTraceback (0: the caller is the deferred function).
//
// Only the program counters are saved (a few hundred nanoseconds); they
// are turned into file, line and function names when the traceback is
// printed (Frames).
func RecordTraceback(e Exception, skip int) {
	if e == nil {
		return
	}
	var small [12]uintptr
	buf := small[:]
	for {
		n := runtime.Callers(2+skip, buf)
		pcs := buf[:n]
		if n == 0 {
			return
		}
		stop := stopEntry(pcs[0])
		i := 1
		for i < n && !isPanicPC(pcs[i]) {
			i++
		}
		if i >= n {
			if n == len(buf) {
				buf = make([]uintptr, 4*len(buf))
				continue
			}
			return // not recovering a panic
		}
		start := i + 1
		end := -1
		for j := start; j < n; j++ {
			if stop.is(pcs[j]) {
				end = j
				break
			}
		}
		if end < 0 {
			if n == len(buf) && len(buf) < 4096 {
				buf = make([]uintptr, 4*len(buf))
				continue
			}
			end = n - 1
		}
		be := e.Exc()
		be.tbSegs = append(be.tbSegs, append([]uintptr(nil), pcs[start:end+1]...))
		return
	}
}

// Frames returns the traceback recorded so far, innermost frame first,
// resolving the saved program counters into Traceback. A frame that
// re-raised what it caught (bare raise, an except clause that does not
// match, the end of a finally) is not repeated.
func (e *BaseException) Frames() []Frame {
	if len(e.tbSegs) == 0 {
		return e.Traceback
	}
	funcMu.RLock()
	defer funcMu.RUnlock()
	for _, seg := range e.tbSegs {
		first := true
		frames := runtime.CallersFrames(seg)
		for {
			fr, more := frames.Next()
			short := shortFuncName(fr.Function)
			if name, ok := funcNames[short]; ok {
				if !(first && e.tbFunc == short && len(e.Traceback) > 0) {
					e.Traceback = append(e.Traceback, Frame{File: fr.File, Func: name, Line: fr.Line})
				}
				e.tbFunc = short
				first = false
			}
			if !more {
				break
			}
		}
	}
	e.tbSegs = nil
	return e.Traceback
}

// Chain sets e.__context__ to ctx, the exception being handled when e was
// raised (implicit chaining), unless e already has a context or is ctx. Like
// CPython it breaks a cycle that this would create.
func Chain(e, ctx Exception) {
	if e == nil || ctx == nil {
		return
	}
	be, bc := e.Exc(), ctx.Exc()
	if be.keepCtx {
		be.keepCtx = false
		return
	}
	if be == bc || be.Context != nil {
		return
	}
	for o := bc; o != nil; {
		if o.Context == nil {
			break
		}
		next := o.Context.Exc()
		if next == be {
			o.Context = nil
			break
		}
		o = next
	}
	be.Context = ctx
}

// RaiseFrom implements raise e from cause (cause nil: from None): it sets
// __cause__ and __suppress_context__ and returns e.
func RaiseFrom(e Exception, cause Exception) Exception {
	be := e.Exc()
	be.Cause = cause
	be.SuppressContext = true
	return e
}

// ExcOpt returns e as an Optional (None when nil).
func ExcOpt(e Exception) Opt[Exception] {
	if e == nil {
		return Opt[Exception]{}
	}
	return Opt[Exception]{V: e, Ok: true}
}

// ExcOptAs returns e as an Optional of a user exception type (None when nil
// or not of that type).
func ExcOptAs[T Exception](e Exception) Opt[T] {
	if e == nil {
		return Opt[T]{}
	}
	if v, ok := e.Exc().Outer().(T); ok {
		return Opt[T]{V: v, Ok: true}
	}
	return Opt[T]{}
}

// OptExc unwraps an optional exception (nil for None).
func OptExc(o Opt[Exception]) Exception {
	if !o.Ok {
		return nil
	}
	return o.V
}

// ExcTypeOpt returns type(e) as an Optional class (None when e is nil): the
// exc_type argument of __exit__.
func ExcTypeOpt(e Exception) Opt[*Class] {
	if e == nil {
		return Opt[*Class]{}
	}
	return Opt[*Class]{V: e.Exc().Class, Ok: true}
}

// ExcTypeAny is type(e), or None when e is nil.
func ExcTypeAny(e Exception) any {
	if e == nil {
		return None
	}
	return e.Exc().Class
}

// ExcAny is e boxed, or None when e is nil.
func ExcAny(e Exception) any {
	if e == nil {
		return None
	}
	return e
}

// IsInstanceAny reports whether the boxed value v is an exception that is an
// instance of one of classes.
func IsInstanceAny(v any, classes ...*Class) bool {
	e, ok := v.(Exception)
	if !ok {
		return false
	}
	for _, c := range classes {
		if IsInstance(e, c) {
			return true
		}
	}
	return false
}

// OptFloatOf converts an int | None or float | None to a float | None.
func OptFloatOf[T int64 | float64](o Opt[T]) Opt[float64] {
	return Opt[float64]{V: float64(o.V), Ok: o.Ok}
}

// PyRepr writes repr(c), e.g. <class 'ValueError'>.
func (c *Class) PyRepr(b *strings.Builder) {
	b.WriteString("<class '")
	if c.Module != "" && c.Module != "builtins" {
		b.WriteString(c.Module)
		b.WriteByte('.')
	}
	b.WriteString(c.Name)
	b.WriteString("'>")
}

// SetCause is e.__cause__ = c: like CPython's setter it also sets
// __suppress_context__.
func SetCause(e Exception, c Opt[Exception]) {
	be := e.Exc()
	be.Cause = nil
	if c.Ok {
		be.Cause = c.V
	}
	be.SuppressContext = true
}

// SetContext is e.__context__ = c.
func SetContext(e Exception, c Opt[Exception]) {
	be := e.Exc()
	be.Context = nil
	if c.Ok {
		be.Context = c.V
	}
}

// OptExcAs unwraps an optional user exception (nil for None).
func OptExcAs[T Exception](o Opt[T]) Exception {
	if !o.Ok {
		return nil
	}
	return o.V
}
