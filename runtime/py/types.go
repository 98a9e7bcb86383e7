// Package py is the runtime value library of aiogo: it implements the
// Python-specific semantics (formatting, arithmetic, containers, exceptions)
// that generated Go code calls into. CPython 3.11 is the reference.
package py

// NoneType is the Go type of Python's None.
type NoneType struct{}

// None is the single value of NoneType.
var None NoneType

// Bytes is the Go representation of Python's bytes.
type Bytes string

// Opt is the representation of Optional[T]: Ok=false means None.
type Opt[T any] struct {
	V  T
	Ok bool
}

// Some returns an Opt holding v.
func Some[T any](v T) Opt[T] { return Opt[T]{V: v, Ok: true} }

// IsNone reports whether the optional is None: absent, or holding None
// (a present value of an object | None may itself be None).
func (o Opt[T]) IsNone() bool { return !o.Ok || IsNone(any(o.V)) }

// Get returns the held value; it panics with TypeError when o is None.
func (o Opt[T]) Get() T {
	if !o.Ok {
		panic(TypeError("'NoneType' object has no attribute"))
	}
	return o.V
}

// Or returns the held value or d when o is None.
func (o Opt[T]) Or(d T) T {
	if o.Ok {
		return o.V
	}
	return d
}

// Any returns the held value boxed, or None.
func (o Opt[T]) Any() any {
	if o.Ok {
		return o.V
	}
	return None
}

// optional is implemented by every Opt[T] so non-generic code can unwrap it.
type optional interface {
	Any() any
}
