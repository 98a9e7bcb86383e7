package py

import (
	"strings"
	"unsafe"
)

// VarTuple is a tuple whose length is known only at run time
// (tuple[T, ...], the result of tuple(iterable)). It refers to its elements
// as a slice would, but through a pointer and a length, so that Go can
// compare it: Go's == on tuples is identity, and a dict or set of tuples
// finds equal keys by PyUserHash and PyEqual (userkey.go), as CPython's
// does. A tuple never changes its elements, so tuples may share them.
type VarTuple[T any] struct {
	p *T // the first element; nil when empty
	n int
}

// MkTuple makes a tuple of xs, which it keeps (the caller gives them up).
func MkTuple[T any](xs []T) VarTuple[T] {
	if len(xs) == 0 {
		return VarTuple[T]{}
	}
	return VarTuple[T]{&xs[0], len(xs)}
}

// TupleOf builds a variable-length tuple from a slice (copied).
func TupleOf[T any](xs []T) VarTuple[T] {
	out := make([]T, len(xs))
	copy(out, xs)
	return MkTuple(out)
}

// TupleAs is a tuple of boxed values as a tuple of T, the type its items
// are known to have: a column of zip(*rows) over rows of mixed item types
// (names, ages = zip(*pairs)).
func TupleAs[T any](t VarTuple[any]) VarTuple[T] {
	out := make([]T, t.n)
	for i, v := range t.Elems() {
		out[i] = v.(T)
	}
	return MkTuple(out)
}

// Elems returns the tuple's elements; the caller must not change them.
func (t VarTuple[T]) Elems() []T { return unsafe.Slice(t.p, t.n) }

// Len is len(t).
func (t VarTuple[T]) Len() int64 { return int64(t.n) }

// Get is t[i] with negative indices.
func (t VarTuple[T]) Get(i int64) T {
	n := int64(t.n)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		panic(IndexError("tuple index out of range"))
	}
	return t.Elems()[i]
}

// Items boxes the elements.
func (t VarTuple[T]) Items() []any { return AnySlice(t.Elems()) }

// PyRepr implements Reprer.
func (t VarTuple[T]) PyRepr(b *strings.Builder) {
	b.WriteByte('(')
	for i, v := range t.Elems() {
		if i > 0 {
			b.WriteString(", ")
		}
		reprTo(b, any(v))
	}
	if t.n == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
}

func (t VarTuple[T]) seqKind() int    { return kindTuple }
func (t VarTuple[T]) seqLen() int     { return t.n }
func (t VarTuple[T]) seqAt(i int) any { return t.Elems()[i] }

// PyEqual implements Equaler.
func (t VarTuple[T]) PyEqual(other any) bool { return equalSeq(t, other) }

// PyCompare implements Comparer.
func (t VarTuple[T]) PyCompare(other any) int { return compareSeq(t, other) }

// PyHash returns CPython's hash of the tuple and whether it is
// deterministic across runs (not when T's values hash as strs do).
func (t VarTuple[T]) PyHash() (int64, bool) {
	var zero T
	_, det := hashOf(any(zero)) // false for str and bytes elements
	h, d := tupleHash(t)
	return h, det && d
}

// PyUserHash is hash(t): a dict or set keyed by tuples of run-time length
// finds equal tuples by it (userkey.go).
func (t VarTuple[T]) PyUserHash() int64 {
	h, _ := tupleHash(t)
	return h
}

// PyTypeName names the type for error messages.
func (t VarTuple[T]) PyTypeName() string { return "tuple" }

// OptIs is `o is v` for an optional reference.
func OptIs[T comparable](o Opt[T], v T) bool { return o.Ok && o.V == v }

// OptIsAny is `o is v` for an optional and a value of another static type
// (an optional BaseException and a user exception class, an optional base
// class and a subclass): the identity of the objects held. None is v only
// when v is None.
func OptIsAny[T any](o Opt[T], v any) bool {
	if !o.Ok {
		return IsNone(v)
	}
	return any(o.V) == v
}

// OptIsOpt is `a is b` for optionals of different static element types
// (e.__context__ is saved, where saved is an AppError | None): None is
// None, otherwise the identity of the objects held.
func OptIsOpt[T, U any](a Opt[T], b Opt[U]) bool {
	if !a.Ok || !b.Ok {
		return a.Ok == b.Ok
	}
	return any(a.V) == any(b.V)
}
