package py

import (
	"strconv"
	"strings"
)

// Seq is the run-time form of the read-only collection protocols used as
// annotations: Iterable[T], Collection[T], Sequence[T] and
// AbstractSet[T]. A Seq is a live view of the object it was made from (a
// list, tuple, str, set, dict's keys, range or iterator): it prints, is
// compared and changes as that object. The checker allows only the
// operations of the declared protocol, so a view of a set is never
// indexed; a view of an iterator (whose Iter returns the iterator itself,
// as iter() of an iterator does) is only iterated.
type Seq[T any] interface {
	// Iter starts an iteration (iter(x)).
	Iter() Iter[T]
	// Len is len(x).
	Len() int64
	// Get is x[i] (negative indices count from the end).
	Get(i int64) T
	// Contains is v in x.
	Contains(v T) bool
	// Object is the object the view was made from.
	Object() any
}

type seqBase struct{ o any }

func (s seqBase) Object() any               { return s.o }
func (s seqBase) PyRepr(b *strings.Builder) { reprTo(b, s.o) }
func (s seqBase) PyStr() string             { return Str(s.o) }
func (s seqBase) PyEqual(other any) bool    { return Equal(s.o, SeqObject(other)) }
func (s seqBase) PyTypeName() string        { return TypeName(s.o) }

// viewUnsupported is the error of an operation the checker does not allow on
// a view (never raised by a checked program).
func viewUnsupported(op string) error { return TypeError(op + " is not supported on this iterable") }

// SeqObject returns the object a Seq was made from, and any other value
// unchanged.
func SeqObject(v any) any {
	if s, ok := v.(interface{ Object() any }); ok {
		return s.Object()
	}
	return v
}

type listSeq[T any] struct {
	seqBase
	l *List[T]
}

// SeqOfList views a list as a Seq.
func SeqOfList[T any](l *List[T]) Seq[T] { return listSeq[T]{seqBase{l}, l} }

func (s listSeq[T]) Iter() Iter[T]     { return IterOfList(s.l) }
func (s listSeq[T]) Len() int64        { return s.l.Len() }
func (s listSeq[T]) Get(i int64) T     { return s.l.Get(i) }
func (s listSeq[T]) Contains(v T) bool { return s.l.Contains(v) }

type tupleSeq[T any] struct {
	seqBase
	t VarTuple[T]
}

// SeqOfTuple views a tuple (of any arity, converted to tuple[T, ...]) as a
// Seq.
func SeqOfTuple[T any](t VarTuple[T]) Seq[T] { return tupleSeq[T]{seqBase{t}, t} }

func (s tupleSeq[T]) Iter() Iter[T] { return IterOfSlice(s.t.Elems()) }
func (s tupleSeq[T]) Len() int64    { return s.t.Len() }
func (s tupleSeq[T]) Get(i int64) T { return s.t.Get(i) }
func (s tupleSeq[T]) Contains(v T) bool {
	for _, x := range s.t.Elems() {
		if EqualItem(x, v) {
			return true
		}
	}
	return false
}

type strSeq struct {
	seqBase
	s string
}

// SeqOfStr views a str as a Seq of its characters.
func SeqOfStr(s string) Seq[string] { return strSeq{seqBase{s}, s} }

func (s strSeq) Iter() Iter[string]     { return IterOfStr(s.s) }
func (s strSeq) Len() int64             { return StrLen(s.s) }
func (s strSeq) Get(i int64) string     { return StrGetItem(s.s, i) }
func (s strSeq) Contains(v string) bool { return StrContains(s.s, v) }

type setSeq[T comparable] struct {
	seqBase
	s *Set[T]
}

// SeqOfSet views a set as a Seq.
func SeqOfSet[T comparable](s *Set[T]) Seq[T] { return setSeq[T]{seqBase{s}, s} }

func (s setSeq[T]) Iter() Iter[T]     { return IterOfSlice(s.s.Slice()) }
func (s setSeq[T]) Len() int64        { return s.s.Len() }
func (s setSeq[T]) Get(int64) T       { panic(viewUnsupported("indexing")) }
func (s setSeq[T]) Contains(v T) bool { return s.s.Contains(v) }

type dictSeq[K comparable, V any] struct {
	seqBase
	d *Dict[K, V]
}

// SeqOfDict views a dict as a Seq of its keys.
func SeqOfDict[K comparable, V any](d *Dict[K, V]) Seq[K] { return dictSeq[K, V]{seqBase{d}, d} }

func (s dictSeq[K, V]) Iter() Iter[K]     { return DictKeys(s.d) }
func (s dictSeq[K, V]) Len() int64        { return s.d.Len() }
func (s dictSeq[K, V]) Get(int64) K       { panic(viewUnsupported("indexing")) }
func (s dictSeq[K, V]) Contains(k K) bool { return s.d.Contains(k) }

type rangeSeq struct {
	seqBase
	r RangeIter
}

// SeqOfRange views a range as a Seq.
func SeqOfRange(r RangeIter) Seq[int64] { return rangeSeq{seqBase{r}, r} }

func (s rangeSeq) Iter() Iter[int64]     { return IterOfRange(s.r) }
func (s rangeSeq) Len() int64            { return s.r.Len() }
func (s rangeSeq) Contains(v int64) bool { return s.r.Contains(v) }
func (s rangeSeq) Get(i int64) int64     { return s.r.Get(i) }

// Get is range(...)[i].
func (r RangeIter) Get(i int64) int64 {
	n := r.Len()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		panic(IndexError("range object index out of range"))
	}
	return r.cur + i*r.step
}

type funcSeq[T any] struct {
	seqBase
	iter  func() Iter[T]
	truth func() bool
}

// SeqOfFunc views an object of a class with __iter__ (o) as an Iterable:
// each iteration calls iter (the object's __iter__); truth is its truth
// value (its __bool__ or __len__, else true).
func SeqOfFunc[T any](o any, iter func() Iter[T], truth func() bool) Seq[T] {
	return funcSeq[T]{seqBase{o}, iter, truth}
}

func (s funcSeq[T]) Iter() Iter[T] { return s.iter() }
func (s funcSeq[T]) PyBool() bool  { return s.truth() }
func (s funcSeq[T]) Len() int64    { panic(viewUnsupported("len()")) }
func (s funcSeq[T]) Get(int64) T   { panic(viewUnsupported("indexing")) }
func (s funcSeq[T]) Contains(v T) bool {
	return IterContains(s.iter(), v)
}

type iterSeq[T any] struct {
	seqBase
	it Iter[T]
}

// SeqOfIter views an iterator (or generator) as an Iterable: iterating it
// consumes it, as in CPython.
func SeqOfIter[T any](it Iter[T]) Seq[T] { return iterSeq[T]{seqBase{it}, it} }

func (s iterSeq[T]) Iter() Iter[T] { return s.it }
func (s iterSeq[T]) Len() int64    { panic(viewUnsupported("len()")) }
func (s iterSeq[T]) Get(int64) T   { panic(viewUnsupported("indexing")) }
func (s iterSeq[T]) PyBool() bool  { return true }
func (s iterSeq[T]) Contains(v T) bool {
	return IterContains(s.it, v)
}

// PyRepr writes repr(range(...)) as CPython does (the step only when it
// is not 1).
func (r RangeIter) PyRepr(b *strings.Builder) {
	b.WriteString("range(")
	b.WriteString(strconv.FormatInt(r.cur, 10))
	b.WriteString(", ")
	b.WriteString(strconv.FormatInt(r.stop, 10))
	if r.step != 1 {
		b.WriteString(", ")
		b.WriteString(strconv.FormatInt(r.step, 10))
	}
	b.WriteString(")")
}

type convSeq[F, T any] struct {
	src  Seq[F]
	conv func(F) T
}

// SeqConv views src as a Seq of another element type: conv converts each
// element read (an int read as a float, a list as a Sequence).
func SeqConv[F, T any](src Seq[F], conv func(F) T) Seq[T] { return convSeq[F, T]{src, conv} }

func (s convSeq[F, T]) Object() any               { return s.src.Object() }
func (s convSeq[F, T]) PyRepr(b *strings.Builder) { reprTo(b, s.src.Object()) }
func (s convSeq[F, T]) PyStr() string             { return Str(s.src.Object()) }
func (s convSeq[F, T]) PyEqual(other any) bool    { return Equal(s.src.Object(), SeqObject(other)) }
func (s convSeq[F, T]) PyTypeName() string        { return TypeName(s.src.Object()) }
func (s convSeq[F, T]) Iter() Iter[T]             { return &convIter[F, T]{s.src.Iter(), s.conv} }
func (s convSeq[F, T]) Len() int64                { return s.src.Len() }
func (s convSeq[F, T]) Get(i int64) T             { return s.conv(s.src.Get(i)) }
func (s convSeq[F, T]) Contains(v T) bool {
	for it := s.src.Iter(); ; {
		x, ok := it.Next()
		if !ok {
			return false
		}
		if EqualItem(s.conv(x), v) {
			return true
		}
	}
}

type convIter[F, T any] struct {
	it   Iter[F]
	conv func(F) T
}

// PyTypeName is the type name of the iterator it converts.
func (c *convIter[F, T]) PyTypeName() string { return TypeName(c.it) }

func (c *convIter[F, T]) Next() (T, bool) {
	x, ok := c.it.Next()
	if !ok {
		var zero T
		return zero, false
	}
	return c.conv(x), true
}

// SetOfSeq is the set an AbstractSet view s stands for in a set operator:
// the set it was made from, or a set of the elements it reads (frozen when
// the object is a frozenset).
func SetOfSeq[T comparable](s Seq[T]) *Set[T] {
	if o, ok := s.Object().(*Set[T]); ok {
		return o
	}
	out := NewSet[T]()
	for it := s.Iter(); ; {
		x, ok := it.Next()
		if !ok {
			break
		}
		out.Add(x)
	}
	if f, ok := s.Object().(interface{ isFrozen() bool }); ok && f.isFrozen() {
		out.frozen = true
	}
	return out
}

func (s *Set[T]) isFrozen() bool { return s.frozen }

// SeqIndex implements Sequence.index(v): the object's index (a str finds a
// substring), with the ValueError the object's type raises.
func SeqIndex[T any](s Seq[T], v T) int64 {
	if str, ok := s.Object().(string); ok {
		if sub, ok := any(v).(string); ok {
			return StrIndex(str, sub, Opt[int64]{}, Opt[int64]{})
		}
	}

	i := int64(0)
	for it := s.Iter(); ; i++ {
		x, ok := it.Next()
		if !ok {
			break
		}
		if EqualItem(any(x), any(v)) {
			return i
		}
	}
	switch TypeName(s.Object()) {
	case "tuple":
		panic(ValueError("tuple.index(x): x not in tuple"))
	case "range":
		panic(ValueError(Repr(v) + " is not in range"))
	case "bytes":
		panic(ValueError("subsection not found"))
	}
	panic(ValueError(Repr(v) + " is not in list"))
}

// SeqCount implements Sequence.count(v) (a str counts substrings).
func SeqCount[T any](s Seq[T], v T) int64 {
	if str, ok := s.Object().(string); ok {
		if sub, ok := any(v).(string); ok {
			return StrCount(str, sub, Opt[int64]{}, Opt[int64]{})
		}
	}
	n := int64(0)
	for it := s.Iter(); ; {
		x, ok := it.Next()
		if !ok {
			return n
		}
		if EqualItem(any(x), any(v)) {
			n++
		}
	}
}

// SeqIsDisjoint implements AbstractSet.isdisjoint(other).
func SeqIsDisjoint[T any](s Seq[T], other []T) bool {
	for _, x := range other {
		if s.Contains(x) {
			return false
		}
	}
	return true
}
