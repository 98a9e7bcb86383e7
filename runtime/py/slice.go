package py

// AdjustIndices implements CPython's PySlice_Unpack + PySlice_AdjustIndices
// for a sequence of the given length: it returns start, stop, step and the
// number of selected elements. Missing bounds are Opt values with Ok=false.
// A zero step panics with ValueError("slice step cannot be zero").
func AdjustIndices(length int64, lo, hi, step Opt[int64]) (start, stop, st, n int64) {
	st = 1
	if step.Ok {
		st = step.V
		if st == 0 {
			panic(ValueError("slice step cannot be zero"))
		}
	}
	if st > 0 {
		start, stop = 0, length
	} else {
		start, stop = length-1, -1
	}
	if lo.Ok {
		start = lo.V
		if start < 0 {
			start += length
			if start < 0 {
				if st < 0 {
					start = -1
				} else {
					start = 0
				}
			}
		} else if start >= length {
			if st < 0 {
				start = length - 1
			} else {
				start = length
			}
		}
	}
	if hi.Ok {
		stop = hi.V
		if stop < 0 {
			stop += length
			if stop < 0 {
				if st < 0 {
					stop = -1
				} else {
					stop = 0
				}
			}
		} else if stop >= length {
			if st < 0 {
				stop = length - 1
			} else {
				stop = length
			}
		}
	}
	if st < 0 {
		if stop < start {
			n = (start-stop-1)/(-st) + 1
		}
	} else if start < stop {
		n = (stop-start-1)/st + 1
	}
	return
}

// SliceOf is a helper that selects xs[lo:hi:step] with Python semantics into
// a new Go slice.
func SliceOf[T any](xs []T, lo, hi, step Opt[int64]) []T {
	start, _, st, n := AdjustIndices(int64(len(xs)), lo, hi, step)
	if st == 1 {
		out := make([]T, n)
		copy(out, xs[start:start+n])
		return out
	}
	out := make([]T, n)
	for i := int64(0); i < n; i++ {
		out[i] = xs[start+i*st]
	}
	return out
}

// normIndex converts a possibly negative index; ok=false when out of range.
func normIndex(i, n int64) (int64, bool) {
	if i < 0 {
		i += n
	}
	return i, i >= 0 && i < n
}
