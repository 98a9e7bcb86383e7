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

// TraceDebug prints the frames RecordTraceback sees (debugging aid).
var TraceDebug = false

var (
	funcMu    sync.RWMutex
	funcNames = map[string]string{}
)

// RegisterFuncs records the Python names of generated Go functions: keys
// are Go function names without their package path ("f", "(*co_main).run",
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

// RecordTraceback appends to e's traceback the Python frames between the
// panic being recovered and the function whose deferred call recovers it.
// skip is the number of calls between that deferred function and the
// caller of RecordTraceback (0: the caller is the deferred function).
func RecordTraceback(e Exception, skip int) {
	if e == nil {
		return
	}
	var buf [128]uintptr
	n := runtime.Callers(2+skip, buf[:])
	frames := runtime.CallersFrames(buf[:n])
	first, more := frames.Next()
	stop := parentFunc(first.Function)
	panicking := false
	be := e.Exc()
	funcMu.RLock()
	defer funcMu.RUnlock()
	startLen := len(be.Traceback)
	for more {
		var fr runtime.Frame
		fr, more = frames.Next()
		if !panicking {
			panicking = fr.Function == "runtime.gopanic"
			continue
		}
		short := shortFuncName(fr.Function)
		if TraceDebug {
			println("frame", fr.Function, fr.File, fr.Line, "stop", stop)
		}
		if name, ok := funcNames[short]; ok {
			if len(be.Traceback) == startLen && be.tbFunc == short && startLen > 0 {
				// The frame that caught it raises it again: keep its
				// original line.
			} else {
				be.Traceback = append(be.Traceback, Frame{File: fr.File, Func: name, Line: fr.Line})
			}
			be.tbFunc = short
		}
		if fr.Function == stop {
			break
		}
	}
}

// Chain sets e.__context__ to ctx, the exception being handled when e was
// raised (implicit chaining), unless e already has a context or is ctx. Like
// CPython it breaks a cycle that this would create.
func Chain(e, ctx Exception) {
	if e == nil || ctx == nil {
		return
	}
	be, bc := e.Exc(), ctx.Exc()
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

// OptFloat returns the value of an optional float (0 for None).
func OptFloat[T int64 | float64](o Opt[T]) float64 { return float64(o.V) }

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
