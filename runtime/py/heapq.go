package py

// The heapq and bisect modules (aiogo extensions): CPython's algorithms
// (Lib/heapq.py, Modules/_heapqmodule.c, Modules/_bisectmodule.c), with
// the element order given as less, Python's <, the only comparison both
// modules make.

// heapSiftDown is heapq._siftdown: the item at pos moves up towards
// startpos while it is less than its parent.
func heapSiftDown[T any](h []T, startpos, pos int, less func(a, b T) bool) {
	newitem := h[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := h[parentpos]
		if less(newitem, parent) {
			h[pos] = parent
			pos = parentpos
			continue
		}
		break
	}
	h[pos] = newitem
}

// heapSiftUp is heapq._siftup: the smaller child moves up until a leaf is
// reached, then the item at pos is put there and sifted down.
func heapSiftUp[T any](h []T, pos int, less func(a, b T) bool) {
	endpos := len(h)
	startpos := pos
	newitem := h[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos && !less(h[childpos], h[rightpos]) {
			childpos = rightpos
		}
		h[pos] = h[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	h[pos] = newitem
	heapSiftDown(h, startpos, pos, less)
}

// HeapPush is heapq.heappush(heap, item).
func HeapPush[T any](l *List[T], item T, less func(a, b T) bool) {
	l.V = append(l.V, item)
	heapSiftDown(l.V, 0, len(l.V)-1, less)
}

// HeapPop is heapq.heappop(heap): the smallest item.
func HeapPop[T any](l *List[T], less func(a, b T) bool) T {
	n := len(l.V)
	if n == 0 {
		panic(IndexError("index out of range"))
	}
	last := l.V[n-1]
	var zero T
	l.V[n-1] = zero
	l.V = l.V[:n-1]
	if n == 1 {
		return last
	}
	ret := l.V[0]
	l.V[0] = last
	heapSiftUp(l.V, 0, less)
	return ret
}

// HeapReplace is heapq.heapreplace(heap, item): pop, then push.
func HeapReplace[T any](l *List[T], item T, less func(a, b T) bool) T {
	if len(l.V) == 0 {
		panic(IndexError("index out of range"))
	}
	ret := l.V[0]
	l.V[0] = item
	heapSiftUp(l.V, 0, less)
	return ret
}

// HeapPushPop is heapq.heappushpop(heap, item): push, then pop.
func HeapPushPop[T any](l *List[T], item T, less func(a, b T) bool) T {
	if len(l.V) == 0 || !less(l.V[0], item) {
		return item
	}
	ret := l.V[0]
	l.V[0] = item
	heapSiftUp(l.V, 0, less)
	return ret
}

// Heapify is heapq.heapify(x).
func Heapify[T any](l *List[T], less func(a, b T) bool) {
	for i := len(l.V)/2 - 1; i >= 0; i-- {
		heapSiftUp(l.V, i, less)
	}
}

// HeapHead is the first n items of sorted, a new list: heapq.nsmallest
// and nlargest give what sorted(iterable, key=key)[:n] (reversed for
// nlargest) gives.
func HeapHead[T any](sorted *List[T], n int64) *List[T] {
	if n < 0 {
		n = 0
	}
	if n < int64(len(sorted.V)) {
		sorted.V = sorted.V[:n]
	}
	return sorted
}

// bisectBounds checks lo and resolves hi (-1 and None: len(a)) as
// _bisectmodule.c does.
func bisectBounds(n int, lo, hi int64) (int64, int64) {
	if lo < 0 {
		panic(ValueError("lo must be non-negative"))
	}
	if hi == -1 {
		hi = int64(n)
	}
	return lo, hi
}

// bisectItem is a[i], raising CPython's IndexError for an hi beyond the
// end.
func bisectItem[T any](a []T, i int64) T {
	if i >= int64(len(a)) {
		panic(IndexError("list index out of range"))
	}
	return a[i]
}

// BisectLeft is bisect.bisect_left(a, x, lo, hi) with key (nil: none),
// whose results x is compared with.
func BisectLeft[T, K any](a []T, x K, lo, hi int64, key func(T) K, less func(a, b K) bool) int64 {
	lo, hi = bisectBounds(len(a), lo, hi)
	for lo < hi {
		mid := int64(uint64(lo+hi) / 2)
		if less(key(bisectItem(a, mid)), x) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// BisectRight is bisect.bisect_right (bisect.bisect).
func BisectRight[T, K any](a []T, x K, lo, hi int64, key func(T) K, less func(a, b K) bool) int64 {
	lo, hi = bisectBounds(len(a), lo, hi)
	for lo < hi {
		mid := int64(uint64(lo+hi) / 2)
		if less(x, key(bisectItem(a, mid))) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Insort is bisect.insort_left (right false) and insort_right (insort):
// x goes in where bisect of key(x) puts it.
func Insort[T, K any](l *List[T], x T, lo, hi int64, key func(T) K, less func(a, b K) bool, right bool) {
	var i int64
	if right {
		i = BisectRight(l.V, key(x), lo, hi, key, less)
	} else {
		i = BisectLeft(l.V, key(x), lo, hi, key, less)
	}
	ListInsert(l, i, x)
}

// Identity is the key function of a bisect call without key=.
func Identity[T any](x T) T { return x }
