package py

import "strings"

// VarTuple is a tuple whose length is known only at run time
// (tuple[T, ...], the result of tuple(iterable)).
type VarTuple[T any] struct{ V []T }

// TupleOf builds a variable-length tuple from a slice (copied).
func TupleOf[T any](xs []T) VarTuple[T] {
	out := make([]T, len(xs))
	copy(out, xs)
	return VarTuple[T]{V: out}
}

// Len is len(t).
func (t VarTuple[T]) Len() int64 { return int64(len(t.V)) }

// Get is t[i] with negative indices.
func (t VarTuple[T]) Get(i int64) T {
	n := int64(len(t.V))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		panic(IndexError("tuple index out of range"))
	}
	return t.V[i]
}

// Items boxes the elements.
func (t VarTuple[T]) Items() []any { return AnySlice(t.V) }

// PyRepr implements Reprer.
func (t VarTuple[T]) PyRepr(b *strings.Builder) {
	b.WriteByte('(')
	for i, v := range t.V {
		if i > 0 {
			b.WriteString(", ")
		}
		reprTo(b, any(v))
	}
	if len(t.V) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
}

func (t VarTuple[T]) seqKind() int    { return kindTuple }
func (t VarTuple[T]) seqLen() int     { return len(t.V) }
func (t VarTuple[T]) seqAt(i int) any { return t.V[i] }

// PyEqual implements Equaler.
func (t VarTuple[T]) PyEqual(other any) bool { return equalSeq(t, other) }

// PyCompare implements Comparer.
func (t VarTuple[T]) PyCompare(other any) int { return compareSeq(t, other) }

// PyTypeName names the type for error messages.
func (t VarTuple[T]) PyTypeName() string { return "tuple" }

// OptIs is `o is v` for an optional reference.
func OptIs[T comparable](o Opt[T], v T) bool { return o.Ok && o.V == v }
