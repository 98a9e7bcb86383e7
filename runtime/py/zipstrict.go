package py

import "strconv"

// ZipStrict is the state zip(..., strict=True) shares between the
// iterators it zips (StrictIter): when one is exhausted, the others must
// be too, or zip raises ValueError.
type ZipStrict struct {
	on     bool
	probes []func() bool // probes[i] advances iterator i: whether it had a value
}

// NewZipStrict returns the state of a zip of n iterators; strict is the
// value of the strict argument.
func NewZipStrict(n int, strict bool) *ZipStrict {
	return &ZipStrict{on: strict, probes: make([]func() bool, n)}
}

type strictIter[T any] struct {
	it  Iter[T]
	idx int
	st  *ZipStrict
}

// StrictIter watches it, argument idx of a zip with state st.
func StrictIter[T any](it Iter[T], idx int, st *ZipStrict) Iter[T] {
	st.probes[idx] = func() bool { _, ok := it.Next(); return ok }
	return &strictIter[T]{it, idx, st}
}

func (s *strictIter[T]) Next() (T, bool) {
	v, ok := s.it.Next()
	if ok || !s.st.on {
		return v, ok
	}
	if s.idx > 0 {
		panic(ValueError("zip() argument " + strconv.Itoa(s.idx+1) + " is shorter than " + zipArgs(s.idx)))
	}
	for j := 1; j < len(s.st.probes); j++ {
		if s.st.probes[j]() {
			panic(ValueError("zip() argument " + strconv.Itoa(j+1) + " is longer than " + zipArgs(j)))
		}
	}
	return v, false
}

// zipArgs names the arguments before argument n+1 as CPython's message
// does: "argument 1" or "arguments 1-n".
func zipArgs(n int) string {
	if n == 1 {
		return "argument 1"
	}
	return "arguments 1-" + strconv.Itoa(n)
}
