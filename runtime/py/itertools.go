package py

// The itertools module (an aiogo extension): CPython's algorithms
// (Modules/itertoolsmodule.c, the roughly equivalent Python of the
// module's documentation), lazy where CPython's are: permutations,
// combinations and product take their input whole when they are made,
// the others consume it as they are iterated.

// funcIter adapts a next function to Iter.
type funcIter[T any] struct{ next func() (T, bool) }

func (it *funcIter[T]) Next() (T, bool) { return it.next() }

func iterFunc[T any](next func() (T, bool)) Iter[T] { return &funcIter[T]{next} }

func pick[T any](pool []T, idx []int) VarTuple[T] {
	out := make([]T, len(idx))
	for k, i := range idx {
		out[k] = pool[i]
	}
	return MkTuple(out)
}

func checkR(r int64) {
	if r < 0 {
		panic(ValueError("r must be non-negative"))
	}
}

// Permutations is itertools.permutations(pool, r) (r < 0 with noR: None).
func Permutations[T any](pool []T, r int64, noR bool) Iter[VarTuple[T]] {
	n := len(pool)
	if noR {
		r = int64(n)
	}
	checkR(r)
	ri := int(r)
	if ri > n {
		return iterFunc(func() (VarTuple[T], bool) { return VarTuple[T]{}, false })
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, ri)
	for i := range cycles {
		cycles[i] = n - i
	}
	first, done := true, false
	return iterFunc(func() (VarTuple[T], bool) {
		if done {
			return VarTuple[T]{}, false
		}
		if first {
			first = false
			return pick(pool, indices[:ri]), true
		}
		if n == 0 {
			done = true
			return VarTuple[T]{}, false
		}
		for i := ri - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				v := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = v
				cycles[i] = n - i
			} else {
				j := cycles[i]
				indices[i], indices[n-j] = indices[n-j], indices[i]
				return pick(pool, indices[:ri]), true
			}
		}
		done = true
		return VarTuple[T]{}, false
	})
}

// Combinations is itertools.combinations(pool, r).
func Combinations[T any](pool []T, r int64) Iter[VarTuple[T]] {
	checkR(r)
	n, ri := len(pool), int(r)
	if ri > n {
		return iterFunc(func() (VarTuple[T], bool) { return VarTuple[T]{}, false })
	}
	indices := make([]int, ri)
	for i := range indices {
		indices[i] = i
	}
	first, done := true, false
	return iterFunc(func() (VarTuple[T], bool) {
		if done {
			return VarTuple[T]{}, false
		}
		if first {
			first = false
			return pick(pool, indices), true
		}
		i := ri - 1
		for ; i >= 0 && indices[i] == i+n-ri; i-- {
		}
		if i < 0 {
			done = true
			return VarTuple[T]{}, false
		}
		indices[i]++
		for j := i + 1; j < ri; j++ {
			indices[j] = indices[j-1] + 1
		}
		return pick(pool, indices), true
	})
}

// CombinationsWithReplacement is itertools.combinations_with_replacement.
func CombinationsWithReplacement[T any](pool []T, r int64) Iter[VarTuple[T]] {
	checkR(r)
	n, ri := len(pool), int(r)
	if n == 0 && ri > 0 {
		return iterFunc(func() (VarTuple[T], bool) { return VarTuple[T]{}, false })
	}
	indices := make([]int, ri)
	first, done := true, false
	return iterFunc(func() (VarTuple[T], bool) {
		if done {
			return VarTuple[T]{}, false
		}
		if first {
			first = false
			return pick(pool, indices), true
		}
		i := ri - 1
		for ; i >= 0 && indices[i] == n-1; i-- {
		}
		if i < 0 {
			done = true
			return VarTuple[T]{}, false
		}
		v := indices[i] + 1
		for j := i; j < ri; j++ {
			indices[j] = v
		}
		return pick(pool, indices), true
	})
}

// odometer steps the indices of a product over pools of the sizes ns,
// the rightmost fastest; it reports false after the last.
func odometer(idx []int, ns []int) bool {
	for i := len(idx) - 1; i >= 0; i-- {
		idx[i]++
		if idx[i] < ns[i] {
			return true
		}
		idx[i] = 0
	}
	return false
}

// productIter iterates the index tuples of a product of pools of sizes ns.
func productIndices(ns []int) func() ([]int, bool) {
	idx := make([]int, len(ns))
	first, done := true, false
	for _, n := range ns {
		if n == 0 {
			done = true
		}
	}
	return func() ([]int, bool) {
		if done {
			return nil, false
		}
		if first {
			first = false
			return idx, true
		}
		if !odometer(idx, ns) {
			done = true
			return nil, false
		}
		return idx, true
	}
}

// Product is itertools.product(pool, repeat=repeat) (one iterable).
func Product[T any](pool []T, repeat int64) Iter[VarTuple[T]] {
	if repeat < 0 {
		panic(ValueError("repeat argument cannot be negative"))
	}
	ns := make([]int, repeat)
	for i := range ns {
		ns[i] = len(pool)
	}
	next := productIndices(ns)
	return iterFunc(func() (VarTuple[T], bool) {
		idx, ok := next()
		if !ok {
			return VarTuple[T]{}, false
		}
		return pick(pool, idx), true
	})
}

// Product2 is itertools.product(a, b).
func Product2[A, B any](a []A, b []B) Iter[Tuple2[A, B]] {
	next := productIndices([]int{len(a), len(b)})
	return iterFunc(func() (Tuple2[A, B], bool) {
		idx, ok := next()
		if !ok {
			return Tuple2[A, B]{}, false
		}
		return Tuple2[A, B]{a[idx[0]], b[idx[1]]}, true
	})
}

// Product3 is itertools.product(a, b, c).
func Product3[A, B, C any](a []A, b []B, c []C) Iter[Tuple3[A, B, C]] {
	next := productIndices([]int{len(a), len(b), len(c)})
	return iterFunc(func() (Tuple3[A, B, C], bool) {
		idx, ok := next()
		if !ok {
			return Tuple3[A, B, C]{}, false
		}
		return Tuple3[A, B, C]{a[idx[0]], b[idx[1]], c[idx[2]]}, true
	})
}

// ItChain is itertools.chain(*its).
func ItChain[T any](its ...Iter[T]) Iter[T] {
	i := 0
	return iterFunc(func() (T, bool) {
		for i < len(its) {
			if v, ok := its[i].Next(); ok {
				return v, true
			}
			i++
		}
		var zero T
		return zero, false
	})
}

// ChainFromIterable is itertools.chain.from_iterable(its).
func ChainFromIterable[T any](its Iter[Iter[T]]) Iter[T] {
	var cur Iter[T]
	return iterFunc(func() (T, bool) {
		for {
			if cur != nil {
				if v, ok := cur.Next(); ok {
					return v, true
				}
			}
			next, ok := its.Next()
			if !ok {
				var zero T
				return zero, false
			}
			cur = next
		}
	})
}

// Accumulate is itertools.accumulate(it, f, initial=...) (hasInit: an
// initial value is given).
func Accumulate[T any](it Iter[T], f func(a, b T) T, initial T, hasInit bool) Iter[T] {
	var total T
	started := false
	return iterFunc(func() (T, bool) {
		if !started && hasInit {
			started = true
			total = initial
			return total, true
		}
		v, ok := it.Next()
		if !ok {
			var zero T
			return zero, false
		}
		if !started {
			started = true
			total = v
		} else {
			total = f(total, v)
		}
		return total, true
	})
}

// ISlice is itertools.islice(it, start, stop, step) (stop < 0: None).
func ISlice[T any](it Iter[T], start, stop, step int64, noStop bool) Iter[T] {
	if !noStop && stop < 0 {
		panic(ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
	}
	if start < 0 {
		panic(ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
	}
	if step < 1 {
		panic(ValueError("Step for islice() must be a positive integer or None."))
	}
	if noStop {
		stop = -1
	}
	cnt, next := int64(0), start
	return iterFunc(func() (T, bool) {
		var zero T
		if it == nil {
			return zero, false
		}
		for cnt < next {
			if _, ok := it.Next(); !ok {
				it = nil
				return zero, false
			}
			cnt++
		}
		if stop != -1 && cnt >= stop {
			return zero, false
		}
		v, ok := it.Next()
		if !ok {
			it = nil
			return zero, false
		}
		cnt++
		old := next
		next += step
		if next < old || (stop != -1 && next > stop) {
			next = stop
		}
		return v, true
	})
}

// Count is itertools.count(start, step) over ints.
func Count(start, step int64) Iter[int64] {
	n := start
	return iterFunc(func() (int64, bool) {
		v := n
		n = AddInt(n, step)
		return v, true
	})
}

// Pairwise is itertools.pairwise(it).
func Pairwise[T any](it Iter[T]) Iter[Tuple2[T, T]] {
	var old T
	started, done := false, false
	return iterFunc(func() (Tuple2[T, T], bool) {
		if done {
			return Tuple2[T, T]{}, false
		}
		if !started {
			started = true
			v, ok := it.Next()
			if !ok {
				done = true
				return Tuple2[T, T]{}, false
			}
			old = v
		}
		v, ok := it.Next()
		if !ok {
			done = true
			return Tuple2[T, T]{}, false
		}
		p := Tuple2[T, T]{old, v}
		old = v
		return p, true
	})
}

// ItRepeat is itertools.repeat(x, n) (forever with noN).
func ItRepeat[T any](x T, n int64, noN bool) Iter[T] {
	return iterFunc(func() (T, bool) {
		if !noN {
			if n <= 0 {
				var zero T
				return zero, false
			}
			n--
		}
		return x, true
	})
}

// Cycle is itertools.cycle(it).
func Cycle[T any](it Iter[T]) Iter[T] {
	var saved []T
	i := -1
	return iterFunc(func() (T, bool) {
		if i < 0 {
			if v, ok := it.Next(); ok {
				saved = append(saved, v)
				return v, true
			}
			if len(saved) == 0 {
				var zero T
				return zero, false
			}
			i = 0
		}
		v := saved[i]
		i = (i + 1) % len(saved)
		return v, true
	})
}

// groupBy is the state of itertools.groupby, shared with its groups.
type groupBy[T, K any] struct {
	it              Iter[T]
	key             func(T) K
	eq              func(a, b K) bool
	currkey, tgtkey K
	hasCurr, hasTgt bool
	currvalue       T
	hasValue        bool
	currgrouper     *grouper[T, K]
	exhausted       bool
}

type grouper[T, K any] struct {
	parent *groupBy[T, K]
	tgtkey K
}

func (g *groupBy[T, K]) step() bool {
	if g.exhausted {
		return false
	}
	v, ok := g.it.Next()
	if !ok {
		g.exhausted = true
		return false
	}
	g.currvalue, g.hasValue = v, true
	g.currkey, g.hasCurr = g.key(v), true
	return true
}

func (g *groupBy[T, K]) Next() (Tuple2[K, Iter[T]], bool) {
	g.currgrouper = nil
	for {
		if !g.hasCurr {
		} else if !g.hasTgt {
			break
		} else if !g.eq(g.tgtkey, g.currkey) {
			break
		}
		if !g.step() {
			return Tuple2[K, Iter[T]]{}, false
		}
	}
	g.tgtkey, g.hasTgt = g.currkey, true
	gr := &grouper[T, K]{g, g.tgtkey}
	g.currgrouper = gr
	return Tuple2[K, Iter[T]]{g.currkey, gr}, true
}

func (gr *grouper[T, K]) Next() (T, bool) {
	g := gr.parent
	var zero T
	if g.currgrouper != gr {
		return zero, false
	}
	if !g.hasValue {
		if !g.step() {
			return zero, false
		}
	}
	if !g.eq(gr.tgtkey, g.currkey) {
		return zero, false
	}
	v := g.currvalue
	g.currvalue, g.hasValue = zero, false
	var zk K
	g.currkey, g.hasCurr = zk, false
	return v, true
}

// GroupBy is itertools.groupby(it, key) with key equality eq.
func GroupBy[T, K any](it Iter[T], key func(T) K, eq func(a, b K) bool) Iter[Tuple2[K, Iter[T]]] {
	return &groupBy[T, K]{it: it, key: key, eq: eq}
}

// Reduce is functools.reduce(f, it, initial) (hasInit: initial given).
func Reduce[T, S any](f func(T, S) T, it Iter[S], initial T, hasInit bool, conv func(S) T) T {
	acc := initial
	if !hasInit {
		v, ok := it.Next()
		if !ok {
			panic(TypeError("reduce() of empty iterable with no initial value"))
		}
		acc = conv(v)
	}
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		acc = f(acc, v)
	}
	return acc
}
