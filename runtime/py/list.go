package py

import (
	"iter"
	"slices"
	"strconv"
	"strings"
	"unsafe"
)

// List is Python's list[T].
type List[T any] struct {
	V  []T
	dq *dequeExt // a collections.deque (deque.go)
	ba bool      // a bytearray (bytearray.go)
}

// NewList returns a list holding xs (the slice is used as is, not copied).
func NewList[T any](xs ...T) *List[T] { return &List[T]{V: xs} }

// ListOf returns a list holding a copy of xs (list(iterable)).
func ListOf[T any](xs []T) *List[T] {
	v := make([]T, len(xs))
	copy(v, xs)
	return &List[T]{V: v}
}

// Len returns len(l).
func (l *List[T]) Len() int64 { return int64(len(l.V)) }

// Get returns l[i] (negative indices count from the end).
func (l *List[T]) Get(i int64) T {
	n := int64(len(l.V))
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		panic(IndexError(l.kind() + " index out of range"))
	}
	return l.V[i]
}

// Set performs l[i] = v.
func (l *List[T]) Set(i int64, v T) {
	n := int64(len(l.V))
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		if l.dq != nil {
			panic(IndexError("deque index out of range")) // as CPython's deque_ass_item
		}
		if l.ba {
			panic(IndexError("bytearray index out of range"))
		}
		panic(IndexError("list assignment index out of range"))
	}
	if l.ba {
		checkByte(any(v))
	}
	l.V[i] = v
}

// Ptr returns a pointer to l[i] (for augmented assignment l[i] += x).
func (l *List[T]) Ptr(i int64) *T {
	n := int64(len(l.V))
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		panic(IndexError("list index out of range"))
	}
	return &l.V[i]
}

// Append performs l.append(v).
func (l *List[T]) Append(v T) {
	if l.ba {
		checkByte(any(v))
	}
	if n := len(l.V); n == 0 || n == cap(l.V) {
		l.V = room(l.V)
	}
	l.V = append(l.V, v)
	if l.dq != nil {
		l.trimFront()
	}
}

// ListExtend performs l.extend(other) (also l += other).
func ListExtend[T any](l *List[T], other *List[T]) {
	if l.ba {
		checkBytes(other.V)
	}
	l.V = append(l.V, other.V...)
	if l.dq != nil {
		l.trimFront()
	}
}

// ListInsert performs l.insert(i, v) with CPython's clamping.
func ListInsert[T any](l *List[T], i int64, v T) {
	n := int64(len(l.V))
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	} else if i > n {
		i = n
	}
	if l.dq != nil && l.dq.maxlen >= 0 && n >= l.dq.maxlen {
		panic(IndexError("deque already at its maximum size"))
	}
	var zero T
	l.V = append(l.V, zero)
	copy(l.V[i+1:], l.V[i:])
	l.V[i] = v
}

// Pop performs l.pop().
func (l *List[T]) Pop() T {
	n := len(l.V)
	if n == 0 {
		if l.dq != nil {
			panic(IndexError("pop from an empty deque"))
		}
		panic(IndexError("pop from empty list"))
	}
	v := l.V[n-1]
	var zero T
	l.V[n-1] = zero
	l.V = l.V[:n-1]
	return v
}

// ListPopAt performs l.pop(i).
func ListPopAt[T any](l *List[T], i int64) T {
	n := int64(len(l.V))
	if n == 0 {
		panic(IndexError("pop from empty list"))
	}
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		panic(IndexError("pop index out of range"))
	}
	v := l.V[i]
	listDelAt(l, i)
	return v
}

func listDelAt[T any](l *List[T], i int64) {
	copy(l.V[i:], l.V[i+1:])
	var zero T
	l.V[len(l.V)-1] = zero
	l.V = l.V[:len(l.V)-1]
}

// ListDelItem performs del l[i].
func ListDelItem[T any](l *List[T], i int64) {
	n := int64(len(l.V))
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		panic(IndexError("list assignment index out of range"))
	}
	listDelAt(l, i)
}

// find returns the index of the first element equal to v in [lo, hi), or -1.
func (l *List[T]) find(v T, lo, hi int64) int64 {
	switch xs := any(l.V).(type) { // the common element types without boxing
	case []int64:
		return indexOfEq(xs, any(v).(int64), lo, hi)
	case []string:
		return indexOfEq(xs, any(v).(string), lo, hi)
	case []float64:
		return indexOfFloat(xs, any(v).(float64), lo, hi)
	case []bool:
		return indexOfEq(xs, any(v).(bool), lo, hi)
	}
	bv := any(v)
	for i := lo; i < hi && i < int64(len(l.V)); i++ {
		if EqualItem(any(l.V[i]), bv) {
			return i
		}
	}
	return -1
}

// indexOfFloat is find's loop for floats: a NaN matches the same NaN
// item (EqualItem: CPython compares items by identity first).
func indexOfFloat(xs []float64, x float64, lo, hi int64) int64 {
	if x != x {
		for i := lo; i < hi; i++ {
			if xs[i] != xs[i] && sameNaN(xs[i], x) {
				return i
			}
		}
		return -1
	}
	return indexOfEq(xs, x, lo, hi)
}

// indexOfEq is find's loop for elements compared by ==. It is instantiated
// for the four types find names, once, however many List instances there
// are.
func indexOfEq[E int64 | string | float64 | bool](xs []E, x E, lo, hi int64) int64 {
	for i := lo; i < hi; i++ {
		if xs[i] == x {
			return i
		}
	}
	return -1
}

// Contains reports v in l.
func (l *List[T]) Contains(v T) bool { return l.find(v, 0, int64(len(l.V))) >= 0 }

// ListIndex performs l.index(v).
func ListIndex[T any](l *List[T], v T, start, stop Opt[int64]) int64 {
	lo, hi := clampRange(start, stop, int64(len(l.V)))
	i := l.find(v, lo, hi)
	if i < 0 {
		panic(ValueError(Repr(v) + " is not in list"))
	}
	return i
}

// clampRange adjusts start/end arguments like CPython's index/count helpers.
func clampRange(start, stop Opt[int64], n int64) (int64, int64) {
	lo, hi := int64(0), n
	if start.Ok {
		lo = start.V
		if lo < 0 {
			lo += n
			if lo < 0 {
				lo = 0
			}
		}
	}
	if stop.Ok {
		hi = stop.V
		if hi < 0 {
			hi += n
			if hi < 0 {
				hi = 0
			}
		}
	}
	if hi > n {
		hi = n
	}
	return lo, hi
}

// ListCount performs l.count(v).
func ListCount[T any](l *List[T], v T) int64 {
	var c int64
	n := int64(len(l.V))
	for i := int64(0); i < n; {
		j := l.find(v, i, n)
		if j < 0 {
			break
		}
		c++
		i = j + 1
	}
	return c
}

// ListRemove performs l.remove(v).
func ListRemove[T any](l *List[T], v T) {
	i := l.find(v, 0, int64(len(l.V)))
	if i < 0 {
		panic(ValueError("list.remove(x): x not in list"))
	}
	listDelAt(l, i)
}

// ListReverse reverses l in place.
func ListReverse[T any](l *List[T]) {
	for i, j := 0, len(l.V)-1; i < j; i, j = i+1, j-1 {
		l.V[i], l.V[j] = l.V[j], l.V[i]
	}
}

// Clear empties l.
func (l *List[T]) Clear() {
	clear(l.V)
	l.V = l.V[:0]
}

// Copy returns a shallow copy of l.
func (l *List[T]) Copy() *List[T] {
	c := ListOf(l.V)
	c.dq, c.ba = l.dq, l.ba
	return c
}

// Slice returns l[lo:hi:step].
func (l *List[T]) Slice(lo, hi, step Opt[int64]) *List[T] {
	return &List[T]{V: SliceOf(l.V, lo, hi, step), ba: l.ba}
}

// ListDelSlice performs del l[lo:hi:step].
func ListDelSlice[T any](l *List[T], lo, hi, step Opt[int64]) {
	start, _, st, n := AdjustIndices(int64(len(l.V)), lo, hi, step)
	if n == 0 {
		return
	}
	if st < 0 {
		start = start + (n-1)*st
		st = -st
	}
	if st == 1 {
		l.V = append(l.V[:start], l.V[start+n:]...)
		return
	}
	out := l.V[:start]
	next := start
	for i := start; i < int64(len(l.V)); i++ {
		if i == next && i <= start+(n-1)*st {
			next += st
			continue
		}
		out = append(out, l.V[i])
	}
	var zero T
	for i := len(out); i < len(l.V); i++ {
		l.V[i] = zero
	}
	l.V = out
}

// ListSetSlice performs l[lo:hi:step] = vals.
func ListSetSlice[T any](l *List[T], lo, hi, step Opt[int64], vals *List[T]) {
	if l.ba {
		checkBytes(vals.V)
	}
	src := vals.V
	if vals == l {
		src = append([]T(nil), vals.V...)
	}
	start, stop, st, n := AdjustIndices(int64(len(l.V)), lo, hi, step)
	if st == 1 {
		if stop < start {
			stop = start
		}
		tail := append([]T(nil), l.V[stop:]...)
		l.V = append(append(l.V[:start], src...), tail...)
		return
	}
	if int64(len(src)) != n {
		panic(ValueError("attempt to assign sequence of size " + StrInt(int64(len(src))) +
			" to extended slice of size " + StrInt(n)))
	}
	for i := int64(0); i < n; i++ {
		l.V[start+i*st] = src[i]
	}
}

// Concat returns a + b as a new list.
func Concat[T any](a, b *List[T]) *List[T] {
	v := make([]T, 0, len(a.V)+len(b.V))
	v = append(v, a.V...)
	return &List[T]{V: append(v, b.V...), ba: a.ba}
}

// Repeat returns a * n as a new list.
func Repeat[T any](a *List[T], n int64) *List[T] {
	if n <= 0 || len(a.V) == 0 {
		return &List[T]{ba: a.ba}
	}
	checkRepeat[T](len(a.V), n) // memlimit.go: MemoryError, not a Go out-of-memory crash
	v := make([]T, 0, int64(len(a.V))*n)
	for i := int64(0); i < n; i++ {
		v = append(v, a.V...)
	}
	return &List[T]{V: v, ba: a.ba}
}

// ListIMul performs l *= n in place.
func ListIMul[T any](l *List[T], n int64) {
	r := Repeat(l, n)
	l.V = r.V
}

// ListSort sorts l in place (stable). With reverse, equal elements keep their
// original order, as CPython's list.sort(reverse=True).
func ListSort[T any](l *List[T], less func(a, b T) bool, reverse bool) {
	SortSliceInPlace(l.V, less, reverse) // reversed, sorted, reversed back: CPython's comparisons
}

// All iterates over l by index, observing appends made during iteration
// (like CPython's list iterator).
func (l *List[T]) All() iter.Seq2[int64, T] {
	return func(yield func(int64, T) bool) {
		for i := 0; i < len(l.V); i++ {
			if !yield(int64(i), l.V[i]) {
				return
			}
		}
	}
}

// Values iterates over the elements of l (live, like CPython).
func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < len(l.V); i++ {
			if !yield(l.V[i]) {
				return
			}
		}
	}
}

// PyRepr writes repr(l).
func (l *List[T]) PyRepr(b *strings.Builder) {
	if l == nil {
		b.WriteString("None")
		return
	}
	if l.ba {
		byteArrayRepr(b, any(l.V).([]int64)) // bytearray.go
		return
	}
	switch any(l.V).(type) {
	case []int64, []float64, []string, []bool:
	default: // items that may hold the list itself (reprguard.go)
		if !reprEnter(unsafe.Pointer(l)) {
			b.WriteString("[...]")
			return
		}
		defer reprLeave(unsafe.Pointer(l))
	}
	if l.dq != nil {
		b.WriteString("deque([")
	} else {
		b.WriteByte('[')
	}
	seqReprTo(b, l.V)
	b.WriteByte(']')
	if l.dq != nil {
		l.dq.reprTail(b) // deque.go
	}
}

func seqReprTo[T any](b *strings.Builder, xs []T) {
	switch v := any(xs).(type) { // the common element types without boxing
	case []int64:
		intsReprTo(b, v)
		return
	case []float64:
		floatsReprTo(b, v)
		return
	case []string:
		strsReprTo(b, v)
		return
	}
	for i := range xs {
		if i > 0 {
			b.WriteString(", ")
		}
		reprTo(b, any(xs[i]))
	}
}

// intsReprTo, floatsReprTo and strsReprTo are seqReprTo's loops for the
// common element types, outside the generic function so that each of its
// instances does not compile them again.
func intsReprTo(b *strings.Builder, v []int64) {
	var buf [24]byte
	for i, x := range v {
		if i > 0 {
			b.WriteString(", ")
		}
		b.Write(strconv.AppendInt(buf[:0], x, 10))
	}
}

func floatsReprTo(b *strings.Builder, v []float64) {
	var buf [32]byte
	for i, x := range v {
		if i > 0 {
			b.WriteString(", ")
		}
		b.Write(appendFloatRepr(buf[:0], x))
	}
}

func strsReprTo(b *strings.Builder, v []string) {
	for i, x := range v {
		if i > 0 {
			b.WriteString(", ")
		}
		strReprTo(b, x)
	}
}

// PyEqual reports l == other (other may be any list type).
func (l *List[T]) PyEqual(other any) bool {
	switch o := other.(type) {
	case Bytes: // bytearray == bytes (bytearray.go)
		if !l.ba || len(o) != len(l.V) {
			return false
		}
		for i, x := range l.V {
			if any(x).(int64) != int64(o[i]) {
				return false
			}
		}
		return true
	case *List[T]:
		if len(l.V) != len(o.V) {
			return false
		}
		switch a := any(l.V).(type) { // the common element types without boxing
		case []int64:
			return slices.Equal(a, any(o.V).([]int64))
		case []string:
			return slices.Equal(a, any(o.V).([]string))
		}
		for i := range l.V {
			if !EqualItem(any(l.V[i]), any(o.V[i])) {
				return false
			}
		}
		return true
	case sequence:
		if o.seqKind() != kindList || o.seqLen() != len(l.V) {
			return false
		}
		for i := range l.V {
			if !EqualItem(any(l.V[i]), o.seqAt(i)) {
				return false
			}
		}
		return true
	}
	return false
}

func (l *List[T]) seqKind() int    { return kindList }
func (l *List[T]) seqLen() int     { return len(l.V) }
func (l *List[T]) seqAt(i int) any { return l.V[i] }

// PyCompare compares l with another list lexicographically (-1, 0, 1).
func (l *List[T]) PyCompare(other any) int { return compareSeq(l, other) }

// PyTypeName returns "list".
func (l *List[T]) PyTypeName() string {
	if l != nil && l.ba {
		return "bytearray"
	}
	if l != nil && l.dq != nil {
		return "deque"
	}
	return "list"
}

// doubleFrom is the length from which a full list doubles its capacity
// when appended to, where append grows a large slice by a quarter: a list
// built by a million appends then allocates about twice its final size
// instead of five times, and copies each element once instead of four
// times. Fresh memory is what costs (a page fault per 4 KiB on a virtual
// machine), so from hugeMin bytes on the new array is advised as huge
// pages.
const doubleFrom = 4096

// hugeMin is the size of a list's array from which grow advises huge pages.
const hugeMin = 1 << 20

// room prepares v, empty or full, for an append: a full one of
// doubleFrom elements or more grows (see grow); an empty one whose
// capacity was made for the elements to come (a list comprehension
// allocates its list once), from hugeMin bytes, is advised as huge pages
// before it is written.
func room[T any](v []T) []T {
	switch n := len(v); {
	case n == 0 && cap(v) > 0:
		if size := uintptr(cap(v)) * unsafe.Sizeof(*new(T)); size >= hugeMin {
			adviseHuge(uintptr(unsafe.Pointer(unsafe.SliceData(v))), size)
		}
	case n == cap(v) && n >= doubleFrom:
		return grow(v)
	}
	return v
}

// grow returns v with room for as many elements again.
func grow[T any](v []T) []T {
	n := len(v)
	w := make([]T, n, 2*n)
	if size := uintptr(2*n) * unsafe.Sizeof(*new(T)); size >= hugeMin {
		adviseHuge(uintptr(unsafe.Pointer(unsafe.SliceData(w))), size)
	}
	copy(w, v)
	return w
}

// SortList runs sort, a sort of l's elements in place, as CPython's
// list.sort does: while it runs the list is empty (a key function or
// __lt__ reading it sees no items), and when they changed it (an append,
// an insert, a slice assignment) those changes are dropped, the sorted
// items are put back and it raises ValueError("list modified during
// sort"). An exception from a comparison leaves the items as they are
// then, with the changes dropped too.
func SortList[T any](l *List[T], sort func(xs []T)) {
	saved := l.V
	mark := make([]T, 0, 1)
	l.V = mark
	finished := false
	defer func() {
		if !finished {
			l.V = saved // a comparison raised
		}
	}()
	sort(saved)
	finished = true
	changed := len(l.V) != 0 || cap(l.V) != 1 || unsafe.SliceData(l.V) != unsafe.SliceData(mark)
	l.V = saved
	if changed {
		panic(ValueError("list modified during sort"))
	}
}
