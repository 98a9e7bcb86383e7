package py

// Orderings through key= (min, max, sorted, list.sort): CPython calls the
// key function exactly once per element, in order, before comparing; the
// comparisons then see the keys only. A key with side effects (a counter,
// a memoizing wrapper, a print) observes that.

// keyedItem is an element with its key.
type keyedItem[T, K any] struct {
	v T
	k K
}

// keyedItems pairs each element of xs with key(x), computed in order.
func keyedItems[T, K any](xs []T, key func(T) K) []keyedItem[T, K] {
	out := make([]keyedItem[T, K], len(xs))
	for i, x := range xs {
		out[i] = keyedItem[T, K]{x, key(x)}
	}
	return out
}

// MinOfKey is min()/max() (name) with key=: the first element whose key
// is smallest (largest).
func MinOfKey[T, K any](xs []T, key func(T) K, less func(a, b K) bool, name string) T {
	if len(xs) == 0 {
		panic(ValueError(name + "() arg is an empty sequence"))
	}
	best, bk := xs[0], key(xs[0])
	for _, x := range xs[1:] {
		k := key(x)
		if name == "min" {
			if less(k, bk) {
				best, bk = x, k
			}
		} else if less(bk, k) {
			best, bk = x, k
		}
	}
	return best
}

// MinOfKeyDefault is min()/max() with key= and default=.
func MinOfKeyDefault[T, K any](xs []T, key func(T) K, less func(a, b K) bool, name string, def T) T {
	if len(xs) == 0 {
		return def
	}
	return MinOfKey(xs, key, less, name)
}

// SortSliceByKey sorts xs in place like list.sort(key=..., reverse=...):
// the keys are computed first (a key that raises leaves xs unchanged).
func SortSliceByKey[T, K any](xs []T, key func(T) K, less func(a, b K) bool, reverse bool) {
	items := keyedItems(xs, key)
	SortSliceInPlace(items, func(a, b keyedItem[T, K]) bool { return less(a.k, b.k) }, reverse)
	for i, it := range items {
		xs[i] = it.v
	}
}

// SortedSliceByKey is sorted(xs, key=..., reverse=...).
func SortedSliceByKey[T, K any](xs []T, key func(T) K, less func(a, b K) bool, reverse bool) *List[T] {
	out := make([]T, len(xs))
	copy(out, xs)
	SortSliceByKey(out, key, less, reverse)
	return &List[T]{V: out}
}
