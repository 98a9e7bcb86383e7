package py

// AnyIter is any() over a lazy iterator: it stops at the first true
// element, so later elements are never computed (as in CPython).
func AnyIter[T any](it Iter[T], truth func(T) bool) bool {
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		if truth(v) {
			return true
		}
	}
	return false
}

// AllIter is all() over a lazy iterator: it stops at the first false
// element.
func AllIter[T any](it Iter[T], truth func(T) bool) bool {
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		if !truth(v) {
			return false
		}
	}
	return true
}
