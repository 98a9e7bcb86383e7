package py

// Tuple0 and the variable-length Tuple; Tuple1..Tuple16 (with MakeTupleN
// and ZipN) are generated into tuple_gen.go by TestTupleGen.

import "strings"

// Tuple0 is the empty tuple ().
type Tuple0 struct{}

// PyRepr writes "()".
func (t Tuple0) PyRepr(b *strings.Builder) { b.WriteString("()") }

func (t Tuple0) seqKind() int    { return kindTuple }
func (t Tuple0) seqLen() int     { return 0 }
func (t Tuple0) seqAt(i int) any { panic(IndexError("tuple index out of range")) }

// PyEqual reports t == other.
func (t Tuple0) PyEqual(other any) bool { return equalSeq(t, other) }

// PyCompare orders t and other.
func (t Tuple0) PyCompare(other any) int { return compareSeq(t, other) }

// PyTypeName returns "tuple".
func (t Tuple0) PyTypeName() string { return "tuple" }

// PyHash returns CPython's hash of () (it was 0, the hash of unknown
// values, so hash(()) and tuples holding () differed from CPython's).
func (t Tuple0) PyHash() (int64, bool) { return tupleHash(t) }

// Tuple is a variable-length tuple (tuple[T, ...]) backed by a slice.
type Tuple[T any] struct {
	V []T
}

// NewTuple returns a variable-length tuple holding xs.
func NewTuple[T any](xs ...T) Tuple[T] { return Tuple[T]{V: xs} }

// Len returns len(t).
func (t Tuple[T]) Len() int64 { return int64(len(t.V)) }

// Get returns t[i].
func (t Tuple[T]) Get(i int64) T {
	n := int64(len(t.V))
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		panic(IndexError("tuple index out of range"))
	}
	return t.V[i]
}

// Slice returns t[lo:hi:step].
func (t Tuple[T]) Slice(lo, hi, step Opt[int64]) Tuple[T] {
	return Tuple[T]{V: SliceOf(t.V, lo, hi, step)}
}

// PyRepr writes repr(t).
func (t Tuple[T]) PyRepr(b *strings.Builder) {
	b.WriteByte('(')
	seqReprTo(b, t.V)
	if len(t.V) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
}

func (t Tuple[T]) seqKind() int    { return kindTuple }
func (t Tuple[T]) seqLen() int     { return len(t.V) }
func (t Tuple[T]) seqAt(i int) any { return t.V[i] }

// PyEqual reports t == other.
func (t Tuple[T]) PyEqual(other any) bool { return equalSeq(t, other) }

// PyCompare orders t and other.
func (t Tuple[T]) PyCompare(other any) int { return compareSeq(t, other) }

// PyTypeName returns "tuple".
func (t Tuple[T]) PyTypeName() string { return "tuple" }

// PyHash returns CPython's tuple hash and whether it is deterministic.
func (t Tuple[T]) PyHash() (int64, bool) { return tupleHash(t) }

func equalSeq(a sequence, other any) bool {
	b, ok := asSeq(unwrapOpt(other))
	if !ok || a.seqKind() != b.seqKind() || a.seqLen() != b.seqLen() {
		return false
	}
	for i := 0; i < a.seqLen(); i++ {
		if !EqualItem(a.seqAt(i), b.seqAt(i)) {
			return false
		}
	}
	return true
}

func tupleHash(t sequence) (int64, bool) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	n := t.seqLen()
	acc := uint64(prime5)
	det := true
	for i := 0; i < n; i++ {
		h, d := hashOf(t.seqAt(i))
		det = det && d
		acc += uint64(h) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(n) ^ (prime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, det
	}
	return int64(acc), det
}

// TupleItem is t[i] for a fixed tuple t and an index known only at run
// time; E is the elements' common type (any for a union of them).
func TupleItem[E any](t indexer, i int64) E {
	n := int64(t.seqLen())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		panic(IndexError("tuple index out of range"))
	}
	v, _ := t.seqAt(int(i)).(E)
	return v
}

// UnionItem is item i of v, a value of a union of fixed tuples (unpacking
// kind, arg = ev); E is the item's type (any for a union of them).
func UnionItem[E any](v any, i int) E { return TupleItem[E](v.(indexer), int64(i)) }

// UnionItemOpt is item i of v, a value of a union of fixed tuples some of
// which hold None there (tuple[int, str] | tuple[int, None]).
func UnionItemOpt[E any](v any, i int) Opt[E] {
	x := v.(indexer).seqAt(i)
	if IsNone(x) {
		return Opt[E]{}
	}
	return Opt[E]{V: x.(E), Ok: true}
}
