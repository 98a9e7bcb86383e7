package py

// Slicing a Sequence[T] view (xs[1:] with xs: Sequence[float]) slices the
// object it was made from, as CPython does: a list gives a list, a tuple
// a tuple, a str a str and a range a range, each viewed as a Seq again.

type seqSlicer[T any] interface {
	slice(lo, hi, step Opt[int64]) Seq[T]
}

// SeqSlice is s[lo:hi:step] for a Sequence view.
func SeqSlice[T any](s Seq[T], lo, hi, step Opt[int64]) Seq[T] {
	if sl, ok := s.(seqSlicer[T]); ok {
		return sl.slice(lo, hi, step)
	}
	panic(viewUnsupported("slicing"))
}

func (s listSeq[T]) slice(lo, hi, step Opt[int64]) Seq[T] {
	return SeqOfList(s.l.Slice(lo, hi, step))
}

func (s tupleSeq[T]) slice(lo, hi, step Opt[int64]) Seq[T] {
	return SeqOfTuple(s.t.Slice(lo, hi, step))
}

func (s strSeq) slice(lo, hi, step Opt[int64]) Seq[string] {
	return SeqOfStr(StrSlice(s.s, lo, hi, step))
}

func (s rangeSeq) slice(lo, hi, step Opt[int64]) Seq[int64] {
	return SeqOfRange(s.r.SliceRange(lo, hi, step))
}

func (s convSeq[F, T]) slice(lo, hi, step Opt[int64]) Seq[T] {
	return convSeq[F, T]{SeqSlice(s.src, lo, hi, step), s.conv}
}

// SliceRange is range(...)[lo:hi:step], itself a range.
func (r RangeIter) SliceRange(lo, hi, step Opt[int64]) RangeIter {
	start, stop, st, _ := AdjustIndices(r.Len(), lo, hi, step)
	return RangeIter{r.cur + start*r.step, r.cur + stop*r.step, r.step * st}
}

// IterConv views it as an iterator of another element type: conv
// converts each element read (an Iterator[list[int]] passed where an
// Iterator[object] is expected).
func IterConv[F, T any](it Iter[F], conv func(F) T) Iter[T] { return &convIter[F, T]{it, conv} }

type bytesSeq struct {
	seqBase
	b Bytes
}

// SeqOfBytes views bytes as a Seq of their ints (bytes as a Sequence[int]).
func SeqOfBytes(b Bytes) Seq[int64] { return bytesSeq{seqBase{b}, b} }

func (s bytesSeq) Iter() Iter[int64] {
	return IterOfBytes(s.b)
}
func (s bytesSeq) Len() int64            { return int64(len(s.b)) }
func (s bytesSeq) Get(i int64) int64     { return BytesGetItem(s.b, i) }
func (s bytesSeq) Contains(v int64) bool { return BytesContainsByte(s.b, v) }
func (s bytesSeq) slice(lo, hi, step Opt[int64]) Seq[int64] {
	return SeqOfBytes(BytesSlice(s.b, lo, hi, step))
}

// PyTypeName returns "range".
func (r RangeIter) PyTypeName() string { return "range" }
