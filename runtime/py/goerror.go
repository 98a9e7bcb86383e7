package py

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var (
	// GoErrorClass is aiogo.GoError(Exception): a Go error raised into
	// Python code (an error returned by a Go function the program calls, or
	// a Go panic with an error value). The Go error is GoError.Err.
	GoErrorClass = &Class{Name: "GoError", Base: ExceptionClass, Module: "aiogo"}
	// GoPanicClass is aiogo.GoPanic(GoError): a Go panic inside a Go
	// function the program called; GoError.Err is a *PanicError.
	GoPanicClass = &Class{Name: "GoPanic", Base: GoErrorClass, Module: "aiogo"}
)

// GoError is the Python exception carrying a Go error. str(e) is the Go
// error's message; errors.Unwrap gives the Go error back.
type GoError struct {
	BaseException
	// Err is the Go error (never nil).
	Err error
}

// Unwrap returns the Go error.
func (e *GoError) Unwrap() error { return e.Err }

// NewGoError wraps a Go error as a Python exception of class aiogo.GoError.
func NewGoError(err error) *GoError {
	e := &GoError{Err: err}
	e.Class = GoErrorClass
	e.Args = []any{err.Error()}
	e.Self = e
	return e
}

// PanicError is the Go error of a recovered Go panic.
type PanicError struct {
	// Value is what was passed to panic.
	Value any
	// Stack is the Go stack of the panicking goroutine.
	Stack []byte
}

func (p *PanicError) Error() string { return fmt.Sprintf("panic: %v", p.Value) }

// Unwrap returns the panic value when it is an error.
func (p *PanicError) Unwrap() error {
	if err, ok := p.Value.(error); ok {
		return err
	}
	return nil
}

// FromPanic converts any recovered panic value into a Python exception,
// never re-panicking: a Python exception passes through, Go runtime errors
// become the closest Python exception (like AsException) and anything else
// becomes aiogo.GoPanic. Use it where Go code that is not generated from
// Python runs (Go functions called from the program, to_thread callbacks).
func FromPanic(r any) Exception {
	var e Exception
	switch x := r.(type) {
	case Exception:
		e = x
	case runtime.Error:
		e = AsException(x)
	default:
		if _, ok := x.(interface{ RuntimeError() }); ok {
			e = AsException(x)
			break
		}
		g := NewGoError(&PanicError{Value: r, Stack: debug.Stack()})
		g.Class = GoPanicClass
		e = g
	}
	RecordTraceback(e, 1)
	return e
}
