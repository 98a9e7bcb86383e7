package py

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file holds the iteration protocol that generated for loops and
// built-ins (enumerate, zip, sum, ...) use. Loop iterators are small value
// types that a generated frame can hold by value; Iter is the boxed form
// used for values of Python type Iterator[T].

// Iter is a Python iterator: Next returns the next element and true, or
// the zero value and false when exhausted.
type Iter[T any] interface {
	Next() (T, bool)
}

// RangeIter iterates over range(start, stop, step).
type RangeIter struct{ cur, stop, step int64 }

// Range validates range() arguments and returns an iterator over them.
func Range(start, stop, step int64) RangeIter {
	if step == 0 {
		panic(ValueError("range() arg 3 must not be zero"))
	}
	return RangeIter{start, stop, step}
}

// SizeHint is the number of values the iterator has left
// (len(range(...))), capped at 1<<24: what a list built from it may
// allocate up front.
func (r RangeIter) SizeHint() int {
	var n uint64
	switch {
	case r.step > 0 && r.cur < r.stop:
		n = (uint64(r.stop)-uint64(r.cur)-1)/uint64(r.step) + 1
	case r.step < 0 && r.cur > r.stop:
		n = (uint64(r.cur)-uint64(r.stop)-1)/(-uint64(r.step)) + 1
	}
	return int(min(n, 1<<24))
}

// Range1 is range(stop).
func Range1(stop int64) RangeIter { return RangeIter{0, stop, 1} }

// Next implements Iter.
func (r *RangeIter) Next() (int64, bool) {
	if (r.step > 0 && r.cur < r.stop) || (r.step < 0 && r.cur > r.stop) {
		v := r.cur
		r.cur += r.step
		return v, true
	}
	return 0, false
}

// Len is len(range(...)).
func (r RangeIter) Len() int64 {
	if r.step > 0 && r.cur < r.stop {
		return (r.stop - r.cur + r.step - 1) / r.step
	}
	if r.step < 0 && r.cur > r.stop {
		return (r.cur - r.stop - r.step - 1) / (-r.step)
	}
	return 0
}

// Contains is x in range(...).
func (r RangeIter) Contains(x int64) bool {
	if r.step > 0 {
		if x < r.cur || x >= r.stop {
			return false
		}
		return (x-r.cur)%r.step == 0
	}
	if x > r.cur || x <= r.stop {
		return false
	}
	return (r.cur-x)%(-r.step) == 0
}

// Slice materialises the range.
func (r RangeIter) Slice() []int64 {
	out := make([]int64, 0, r.Len())
	for v, ok := r.Next(); ok; v, ok = r.Next() {
		out = append(out, v)
	}
	return out
}

// ListIter iterates over a list, re-reading its length at every step as
// CPython does.
type ListIter[T any] struct {
	l *List[T]
	i int
}

// IterList starts iterating over l.
func IterList[T any](l *List[T]) ListIter[T] { return ListIter[T]{l: l} }

// Next implements Iter.
func (it *ListIter[T]) Next() (T, bool) {
	if it.i < len(it.l.V) {
		v := it.l.V[it.i]
		it.i++
		return v, true
	}
	var zero T
	return zero, false
}

// SliceIter iterates over a snapshot slice.
type SliceIter[T any] struct {
	xs []T
	i  int
	// kind is what Python iterator it stands for (its type's __name__,
	// iterNames).
	kind uint8
}

// The kinds of SliceIter.
const (
	IterKindTuple uint8 = iota
	IterKindSet
	IterKindGenExp
	IterKindReversed
	IterKindListReversed
	IterKindRange
	IterKindDictReversed
	IterKindZip
)

var iterNames = [...]string{"tuple_iterator", "set_iterator", "generator", "reversed", "list_reverseiterator", "range_iterator", "dict_reversekeyiterator", "zip"}

// PyTypeName is type(it).__name__.
func (it *SliceIter[T]) PyTypeName() string { return iterNames[it.kind] }

// PyTypeName is type(it).__name__.
func (it *ListIter[T]) PyTypeName() string {
	switch {
	case it.l.dq != nil:
		return "_deque_iterator"
	case it.l.ba:
		return "bytearray_iterator"
	}
	return "list_iterator"
}

// PyTypeName is type(it).__name__ (CPython has a faster iterator for
// ASCII strings).
func (it *StrIter) PyTypeName() string {
	for i := 0; i < len(it.s); i++ {
		if it.s[i] >= utf8.RuneSelf {
			return "str_iterator"
		}
	}
	return "str_ascii_iterator"
}

// PyTypeName is type(it).__name__.
func (it *BytesIter) PyTypeName() string { return "bytes_iterator" }

// rangeIterator is iter(range(...)) boxed (a range object is a RangeIter
// value).
type rangeIterator struct{ RangeIter }

// PyTypeName is type(it).__name__.
func (it *rangeIterator) PyTypeName() string { return "range_iterator" }

// dictKeyIterator is iter(d), where DictKeyIter is also the d.keys() view.
type dictKeyIterator[K comparable, V any] struct{ DictKeyIter[K, V] }

// PyTypeName is type(it).__name__.
func (it *dictKeyIterator[K, V]) PyTypeName() string { return "dict_keyiterator" }

// IterOfDict is iter(d): its keys.
func IterOfDict[K comparable, V any](d *Dict[K, V]) Iter[K] {
	return &dictKeyIterator[K, V]{DictKeyIter[K, V]{d.Iter()}}
}

// IterOfKind boxes an iterator over a snapshot slice standing for the
// Python iterator kind (IterKindTuple...).
func IterOfKind[T any](xs []T, kind uint8) Iter[T] { return &SliceIter[T]{xs: xs, kind: kind} }

// ReversedAs is reversed(xs) over a snapshot, of the iterator kind of
// the argument's type (IterKindListReversed...).
func ReversedAs[T any](xs []T, kind uint8) Iter[T] {
	it := Reversed(xs).(*SliceIter[T])
	it.kind = kind
	return it
}

// IterSlice starts iterating over xs.
func IterSlice[T any](xs []T) SliceIter[T] { return SliceIter[T]{xs: xs} }

// Next implements Iter.
func (it *SliceIter[T]) Next() (T, bool) {
	if it.i < len(it.xs) {
		v := it.xs[it.i]
		it.i++
		return v, true
	}
	var zero T
	return zero, false
}

// StrIter iterates over the characters of a string.
type StrIter struct {
	s string
	i int
}

// IterStr starts iterating over s.
func IterStr(s string) StrIter { return StrIter{s: s} }

// Next implements Iter.
func (it *StrIter) Next() (string, bool) {
	if it.i >= len(it.s) {
		return "", false
	}
	_, n := utf8.DecodeRuneInString(it.s[it.i:])
	v := it.s[it.i : it.i+n]
	it.i += n
	return v, true
}

// BytesIter iterates over the bytes of a bytes value as ints.
type BytesIter struct {
	s Bytes
	i int
}

// IterBytes starts iterating over b.
func IterBytes(b Bytes) BytesIter { return BytesIter{s: b} }

// Next implements Iter.
func (it *BytesIter) Next() (int64, bool) {
	if it.i >= len(it.s) {
		return 0, false
	}
	v := int64(it.s[it.i])
	it.i++
	return v, true
}

// DictKeyIter iterates over a dict's keys.
type DictKeyIter[K comparable, V any] struct{ it *DictIter[K, V] }

// IterDict starts iterating over d's keys.
func IterDict[K comparable, V any](d *Dict[K, V]) DictKeyIter[K, V] {
	return DictKeyIter[K, V]{d.Iter()}
}

// Next implements Iter.
func (it *DictKeyIter[K, V]) Next() (K, bool) {
	k, _, ok := it.it.Next()
	return k, ok
}

type dictValIter[K comparable, V any] struct{ it *DictIter[K, V] }

func (it *dictValIter[K, V]) Next() (V, bool) {
	_, v, ok := it.it.Next()
	return v, ok
}

type dictItemIter[K comparable, V any] struct{ it *DictIter[K, V] }

func (it *dictItemIter[K, V]) Next() (Tuple2[K, V], bool) {
	k, v, ok := it.it.Next()
	return Tuple2[K, V]{k, v}, ok
}

// DictKeys is iter(d.keys()).
func DictKeys[K comparable, V any](d *Dict[K, V]) Iter[K] { return &DictKeyIter[K, V]{d.Iter()} }

// The views d.keys(), d.values() and d.items() print as CPython's
// (dict_keys([...]) and so on), showing the dict as it is then.

// PyRepr implements Reprer.
func (it *DictKeyIter[K, V]) PyRepr(b *strings.Builder) {
	b.WriteString(viewRepr(viewName(it.it.d, "keys"), it.it.d.Keys()))
}

// PyTypeName implements TypeNamer.
func (it *DictKeyIter[K, V]) PyTypeName() string { return viewName(it.it.d, "keys") }

// PyRepr implements Reprer.
func (it *dictValIter[K, V]) PyRepr(b *strings.Builder) {
	b.WriteString(viewRepr(viewName(it.it.d, "values"), it.it.d.Values()))
}

// PyTypeName implements TypeNamer.
func (it *dictValIter[K, V]) PyTypeName() string { return viewName(it.it.d, "values") }

// PyRepr implements Reprer.
func (it *dictItemIter[K, V]) PyRepr(b *strings.Builder) {
	b.WriteString(viewRepr(viewName(it.it.d, "items"), it.it.d.Items()))
}

// PyTypeName implements TypeNamer.
func (it *dictItemIter[K, V]) PyTypeName() string { return viewName(it.it.d, "items") }

// DictValues is iter(d.values()).
func DictValues[K comparable, V any](d *Dict[K, V]) Iter[V] { return &dictValIter[K, V]{d.Iter()} }

// DictItems is iter(d.items()).
func DictItems[K comparable, V any](d *Dict[K, V]) Iter[Tuple2[K, V]] {
	return &dictItemIter[K, V]{d.Iter()}
}

// IterOfList boxes a list iterator.
func IterOfList[T any](l *List[T]) Iter[T] { return &ListIter[T]{l: l} }

// IterOfSlice boxes a slice iterator.
func IterOfSlice[T any](xs []T) Iter[T] { return &SliceIter[T]{xs: xs} }

// IterOfRange boxes a range iterator.
func IterOfRange(r RangeIter) Iter[int64] { return &rangeIterator{r} }

// IterOfStr boxes a string iterator.
func IterOfStr(s string) Iter[string] { return &StrIter{s: s} }

// IterOfBytes boxes a bytes iterator.
func IterOfBytes(b Bytes) Iter[int64] { return &BytesIter{s: b} }

// Collect drains an iterator into a slice.
func Collect[T any](it Iter[T]) []T {
	var out []T
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		out = append(out, v)
	}
	return out
}

type enumerateIter[T any] struct {
	it Iter[T]
	n  int64
}

func (e *enumerateIter[T]) Next() (Tuple2[int64, T], bool) {
	v, ok := e.it.Next()
	if !ok {
		return Tuple2[int64, T]{}, false
	}
	n := e.n
	e.n++
	return Tuple2[int64, T]{n, v}, true
}

// Enumerate is enumerate(it, start).
func Enumerate[T any](it Iter[T], start int64) Iter[Tuple2[int64, T]] {
	return &enumerateIter[T]{it, start}
}

// Reversed is reversed(xs) over a snapshot.
func Reversed[T any](xs []T) Iter[T] {
	out := make([]T, len(xs))
	for i, v := range xs {
		out[len(xs)-1-i] = v
	}
	return &SliceIter[T]{xs: out, kind: IterKindReversed}
}

// SumInts is sum() over ints, with overflow checks.
func SumInts(xs []int64, start int64) int64 {
	s := start
	for _, x := range xs {
		s = AddInt(s, x)
	}
	return s
}

// SumFloats is sum() over floats (CPython adds left to right).
func SumFloats(xs []float64, start float64) float64 {
	s := start
	for _, x := range xs {
		s += x
	}
	return s
}

// AnyOf is any(): true if truth holds for some element.
func AnyOf[T any](xs []T, truth func(T) bool) bool {
	for _, x := range xs {
		if truth(x) {
			return true
		}
	}
	return false
}

// AllOf is all(): true if truth holds for every element.
func AllOf[T any](xs []T, truth func(T) bool) bool {
	for _, x := range xs {
		if !truth(x) {
			return false
		}
	}
	return true
}

// MinOf is min() over a sequence with an ordering; key may be nil.
func MinOf[T any](xs []T, less func(a, b T) bool, name string) T {
	if len(xs) == 0 {
		panic(ValueError(name + "() arg is an empty sequence"))
	}
	best := xs[0]
	for _, x := range xs[1:] {
		if name == "min" {
			if less(x, best) {
				best = x
			}
		} else if less(best, x) {
			best = x
		}
	}
	return best
}

// MinOfDefault is min()/max() with default=.
func MinOfDefault[T any](xs []T, less func(a, b T) bool, name string, def T) T {
	if len(xs) == 0 {
		return def
	}
	return MinOf(xs, less, name)
}

// SortedSlice returns a sorted copy (stable; reverse keeps equal elements
// in their original order, as CPython does).
func SortedSlice[T any](xs []T, less func(a, b T) bool, reverse bool) *List[T] {
	out := make([]T, len(xs))
	copy(out, xs)
	SortSliceInPlace(out, less, reverse)
	return &List[T]{V: out}
}

// SortSliceInPlace sorts xs like list.sort.
func SortSliceInPlace[T any](xs []T, less func(a, b T) bool, reverse bool) {
	if reverse {
		for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
			xs[i], xs[j] = xs[j], xs[i]
		}
		StableSort(xs, less)
		for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
			xs[i], xs[j] = xs[j], xs[i]
		}
		return
	}
	StableSort(xs, less)
}

// Unpack checks that a sequence has exactly n elements for unpacking.
func Unpack[T any](xs []T, n int) []T {
	if len(xs) < n {
		panic(ValueError(fmt.Sprintf("not enough values to unpack (expected %d, got %d)", n, len(xs))))
	}
	if len(xs) > n {
		panic(ValueError(fmt.Sprintf("too many values to unpack (expected %d)", n)))
	}
	return xs
}

// StrChars splits a string into its characters.
func StrChars(s string) []string {
	out := make([]string, 0, len(s))
	for i, w := 0, 0; i < len(s); i += w {
		_, w = utf8.DecodeRuneInString(s[i:])
		out = append(out, s[i:i+w])
	}
	return out
}

type mapIter[T, R any] struct {
	f  func(T) R
	it Iter[T]
}

func (m *mapIter[T, R]) Next() (R, bool) {
	v, ok := m.it.Next()
	if !ok {
		var zero R
		return zero, false
	}
	return m.f(v), true
}

// MapIter is map(f, it): lazy, like CPython's.
func MapIter[T, R any](f func(T) R, it Iter[T]) Iter[R] { return &mapIter[T, R]{f, it} }

type filterIter[T any] struct {
	keep func(T) bool
	it   Iter[T]
}

func (f *filterIter[T]) Next() (T, bool) {
	for {
		v, ok := f.it.Next()
		if !ok || f.keep(v) {
			return v, ok
		}
	}
}

// FilterIter is filter(f, it).
func FilterIter[T any](keep func(T) bool, it Iter[T]) Iter[T] { return &filterIter[T]{keep, it} }

// ZipLists is zip(*rows) over a list of lists: tuples of the i-th elements,
// as long as the shortest row.
func ZipLists[T any](rows *List[*List[T]]) Iter[VarTuple[T]] {
	n := -1
	for _, r := range rows.V {
		if n < 0 || len(r.V) < n {
			n = len(r.V)
		}
	}
	if n < 0 {
		n = 0
	}
	out := make([]VarTuple[T], n)
	for i := 0; i < n; i++ {
		t := make([]T, len(rows.V))
		for j, r := range rows.V {
			t[j] = r.V[i]
		}
		out[i] = MkTuple(t)
	}
	return &SliceIter[VarTuple[T]]{xs: out, kind: IterKindZip}
}

// ZipRows is zip(*rows) over any iterable of iterables: row gives each
// row's iterator (all taken at once, as the call unpacks rows); the tuples
// hold the i-th elements, as long as the shortest row.
func ZipRows[R, T any](rows Iter[R], row func(R) Iter[T]) Iter[VarTuple[T]] {
	return &zipRows[T]{its: RowIters(rows, row)}
}

// RowIters is the iterator of each row of rows (the arguments *rows
// spreads into a call of zip), in order.
func RowIters[R, T any](rows Iter[R], row func(R) Iter[T]) []Iter[T] {
	var its []Iter[T]
	for {
		r, ok := rows.Next()
		if !ok {
			break
		}
		its = append(its, row(r))
	}
	return its
}

// ZipIters zips iterators of one element type into variable-length
// tuples: zip(header, *rows).
func ZipIters[T any](its []Iter[T]) Iter[VarTuple[T]] {
	return &zipRows[T]{its: its}
}

type zipRows[T any] struct {
	its  []Iter[T]
	done bool
}

func (z *zipRows[T]) Next() (VarTuple[T], bool) {
	if z.done || len(z.its) == 0 {
		return VarTuple[T]{}, false
	}
	t := make([]T, len(z.its))
	for i, it := range z.its {
		v, ok := it.Next()
		if !ok {
			z.done = true
			return VarTuple[T]{}, false
		}
		t[i] = v
	}
	return MkTuple(t), true
}

// UnpackAtLeast checks that xs has at least before+after values for a
// starred unpacking (a, *rest, b = xs) and returns xs.
func UnpackAtLeast[T any](xs []T, before, after int) []T {
	if n := before + after; len(xs) < n {
		panic(ValueError(fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", n, len(xs))))
	}
	return xs
}

// NextFunc iterates by calling a user object's __next__ until it raises
// StopIteration (for loops over user iterators).
type NextFunc[T any] struct {
	next func() T
	done bool
}

// NextIter returns an iterator stepping next (a bound __next__).
func NextIter[T any](next func() T) *NextFunc[T] { return &NextFunc[T]{next: next} }

// Next implements Iter: StopIteration from __next__ ends the iteration;
// any other exception propagates.
func (it *NextFunc[T]) Next() (v T, ok bool) {
	if it.done {
		return v, false
	}
	defer func() {
		if r := recover(); r != nil {
			if e, isExc := r.(Exception); isExc && IsInstance(e, StopIterationClass) {
				it.done = true
				var zero T
				v, ok = zero, false
				return
			}
			panic(r)
		}
	}()
	return it.next(), true
}

// StarArgs checks the arguments of max(a, *xs)/min(...) gathered in xs, as
// CPython does when it counts them only at run time: no argument is a
// TypeError, and a single one is iterated (the characters of a str; an
// int is a TypeError).
func StarArgs[T any](xs []T, name string) []T {
	switch len(xs) {
	case 0:
		panic(TypeError(name + " expected at least 1 argument, got 0"))
	case 1:
		if s, ok := any(xs[0]).(string); ok {
			if cs, ok := any(StrChars(s)).([]T); ok {
				return cs
			}
		}
		panic(TypeError("'" + TypeName(any(xs[0])) + "' object is not iterable"))
	}
	return xs
}

// PyTypeName is type(e).__name__.
func (e *enumerateIter[T]) PyTypeName() string { return "enumerate" }

// PyTypeName is type(m).__name__.
func (m *mapIter[T, R]) PyTypeName() string { return "map" }

// PyTypeName is type(f).__name__.
func (f *filterIter[T]) PyTypeName() string { return "filter" }

// PyTypeName is type(z).__name__.
func (z *zipRows[T]) PyTypeName() string { return "zip" }

// viewIterator is iter(view) of a dict view (d.values() is both the view
// and its iterator here): the same iterator, named as CPython names a
// view's iterator.
type viewIterator[T any] struct{ Iter[T] }

// ViewIter is iter(v) of the dict view v.
func ViewIter[T any](v Iter[T]) Iter[T] { return viewIterator[T]{v} }

// PyTypeName is type(it).__name__.
func (it viewIterator[T]) PyTypeName() string {
	switch n := TypeName(it.Iter); n {
	case "dict_keys":
		return "dict_keyiterator"
	case "dict_values":
		return "dict_valueiterator"
	case "dict_items":
		return "dict_itemiterator"
	case "odict_keys", "odict_values", "odict_items":
		return "odict_iterator"
	default:
		return n
	}
}

// SetIter iterates over a set the way CPython's set iterator does: over
// its elements in iteration order, raising RuntimeError "Set changed size
// during iteration" at the next step after the loop body added or removed
// elements.
type SetIter[T comparable] struct {
	xs   []T
	i    int
	s    *Set[T]
	used int64
}

// IterSet starts iterating over s.
func IterSet[T comparable](s *Set[T]) SetIter[T] {
	return SetIter[T]{xs: s.Slice(), s: s, used: s.Len()}
}

// Next implements Iter.
func (it *SetIter[T]) Next() (T, bool) {
	var zero T
	if it.s != nil && it.s.Len() != it.used {
		it.used = -1 // the error is sticky, as in CPython's setiter_iternext
		panic(RuntimeError("Set changed size during iteration"))
	}
	if it.i < len(it.xs) {
		v := it.xs[it.i]
		it.i++
		return v, true
	}
	return zero, false
}

// PyTypeName is type(it).__name__.
func (it *SetIter[T]) PyTypeName() string { return "set_iterator" }

// IterOfSet is iter(s): a set iterator that raises RuntimeError once s
// changed size (and at every next() after that).
func IterOfSet[T comparable](s *Set[T]) Iter[T] {
	it := IterSet(s)
	return &it
}
