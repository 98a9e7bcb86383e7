package py

import "fmt"

// UnpackIter pulls the n values a target list of n names unpacks from an
// iterator (a, b = (x for x in xs)): like CPython it asks for one more to
// check that none is left over, and raises ValueError otherwise.
func UnpackIter[T any](it Iter[T], n int) []T {
	out := make([]T, 0, n)
	for len(out) < n {
		v, ok := it.Next()
		if !ok {
			panic(ValueError(fmt.Sprintf("not enough values to unpack (expected %d, got %d)", n, len(out))))
		}
		out = append(out, v)
	}
	if _, ok := it.Next(); ok {
		panic(ValueError(fmt.Sprintf("too many values to unpack (expected %d)", n)))
	}
	return out
}
