package runtime

import "github.com/aiogo/aiogo/runtime/py"

// Error is a Python exception returned to Go by Call, Await and the
// exported functions of generated packages. Error() reads like the last
// line of CPython's traceback ("ValueError: bad input"); errors.As finds
// it, and errors.Unwrap gives the Go error that caused the exception (an
// error returned by a Go function the Python code called), if any.
type Error struct {
	// Class is the exception's class name, module-qualified unless built in
	// ("ValueError", "aiogo.GoError").
	Class string
	// Message is str(exception) (may be empty).
	Message string
	// Traceback is the traceback CPython would print, .py frames included.
	Traceback string
	// Exception is the Python exception itself.
	Exception py.Exception
}

// NewError converts a Python exception into an *Error.
func NewError(e py.Exception) *Error {
	be := e.Exc()
	cls := "Exception"
	if be.Class != nil {
		cls = be.Class.QualName()
	}
	return &Error{Class: cls, Message: py.Str(e), Traceback: FormatTraceback(e), Exception: e}
}

// Error returns "Class: message", or the class alone for an empty message.
func (e *Error) Error() string {
	if e.Message == "" {
		return e.Class
	}
	return e.Class + ": " + e.Message
}

// Unwrap returns the Go error the exception carries (aiogo.GoError), looking
// through __cause__ and __context__; nil when there is none.
func (e *Error) Unwrap() error {
	x := e.Exception
	for i := 0; x != nil && i < 100; i++ {
		if u, ok := x.(interface{ Unwrap() error }); ok {
			return u.Unwrap()
		}
		be := x.Exc()
		if be.Self != nil && be.Self != x {
			if u, ok := be.Self.(interface{ Unwrap() error }); ok {
				return u.Unwrap()
			}
		}
		switch {
		case be.Cause != nil:
			x = be.Cause
		case be.Context != nil:
			x = be.Context
		default:
			x = nil
		}
	}
	return nil
}

// IsInstance reports whether the exception is an instance of the named
// class or of a subclass ("OSError" matches a ConnectionError); the name
// may be bare or module-qualified ("CancelledError").
func (e *Error) IsInstance(class string) bool {
	for c := e.Exception.Exc().Class; c != nil; c = c.Base {
		if c.Name == class || c.QualName() == class {
			return true
		}
	}
	return false
}
