package py

import "strings"

// SliceObj is a slice object, slice(start, stop, step): what a subscript
// x[a:b:c] passes to a user class's __getitem__, and what slice(...)
// builds. Each bound is an int or None.
type SliceObj struct{ Start, Stop, Step Opt[int64] }

// NewSlice is slice(start, stop, step).
func NewSlice(start, stop, step Opt[int64]) SliceObj { return SliceObj{start, stop, step} }

// NewSlice1 is slice(stop).
func NewSlice1(stop Opt[int64]) SliceObj { return SliceObj{Stop: stop} }

// PyTypeName is "slice" (hash() of one raises TypeError: unhashable).
func (s SliceObj) PyTypeName() string { return "slice" }

// PyHash raises TypeError: slices are unhashable in CPython 3.11 (also
// inside a tuple being hashed). The checker refuses them as dict keys and
// set elements.
func (s SliceObj) PyHash() (int64, bool) { panic(TypeError("unhashable type: 'slice'")) }

// PyRepr writes slice(1, None, None), as CPython's repr (and str).
func (s SliceObj) PyRepr(b *strings.Builder) {
	b.WriteString("slice(")
	reprTo(b, s.Start)
	b.WriteString(", ")
	reprTo(b, s.Stop)
	b.WriteString(", ")
	reprTo(b, s.Step)
	b.WriteByte(')')
}

// Indices is s.indices(length): the start, stop and step a sequence of
// that length selects with s (clamped as slicing clamps them).
func (s SliceObj) Indices(length int64) Tuple3[int64, int64, int64] {
	if length < 0 {
		panic(ValueError("length should not be negative"))
	}
	start, stop, st, _ := AdjustIndices(length, s.Start, s.Stop, s.Step)
	return Tuple3[int64, int64, int64]{start, stop, st}
}

// SliceBy is l[s] for a slice object s.
func (l *List[T]) SliceBy(s SliceObj) *List[T] { return l.Slice(s.Start, s.Stop, s.Step) }

// SliceBy is t[s] for a slice object s.
func (t VarTuple[T]) SliceBy(s SliceObj) VarTuple[T] { return t.Slice(s.Start, s.Stop, s.Step) }

// SliceRangeBy is r[s] for a slice object s.
func (r RangeIter) SliceRangeBy(s SliceObj) RangeIter { return r.SliceRange(s.Start, s.Stop, s.Step) }

// StrSliceBy is x[s] for a str x and a slice object s.
func StrSliceBy(x string, s SliceObj) string { return StrSlice(x, s.Start, s.Stop, s.Step) }

// BytesSliceBy is x[s] for bytes x and a slice object s.
func BytesSliceBy(x Bytes, s SliceObj) Bytes { return BytesSlice(x, s.Start, s.Stop, s.Step) }

// SeqSliceBy is x[s] for a Sequence x and a slice object s.
func SeqSliceBy[T any](x Seq[T], s SliceObj) Seq[T] { return SeqSlice(x, s.Start, s.Stop, s.Step) }

// ListSetSliceBy is l[s] = vals for a slice object s.
func ListSetSliceBy[T any](l *List[T], s SliceObj, vals *List[T]) {
	ListSetSlice(l, s.Start, s.Stop, s.Step, vals)
}

// ListDelSliceBy is del l[s] for a slice object s.
func ListDelSliceBy[T any](l *List[T], s SliceObj) { ListDelSlice(l, s.Start, s.Stop, s.Step) }
