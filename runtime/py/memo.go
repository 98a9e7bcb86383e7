package py

// functools.cache and functools.lru_cache (an aiogo extension): a
// function's results memoized by its arguments, as CPython's
// _functools lru_cache wrappers keep them. maxsize < 0 is unbounded
// (cache, lru_cache(maxsize=None)); 0 caches nothing; otherwise the least
// recently used result is dropped when a new one does not fit.

type memoEntry[K comparable, R any] struct {
	key        K
	val        R
	prev, next *memoEntry[K, R]
}

// memoCache is the cache of one decorated function.
type memoCache[K comparable, R any] struct {
	max  int64
	m    map[K]*memoEntry[K, R]
	root memoEntry[K, R] // root.next is the least recently used
}

func newMemoCache[K comparable, R any](max int64) *memoCache[K, R] {
	c := &memoCache[K, R]{max: max, m: map[K]*memoEntry[K, R]{}}
	c.root.prev, c.root.next = &c.root, &c.root
	return c
}

func (c *memoCache[K, R]) unlink(e *memoEntry[K, R]) {
	e.prev.next, e.next.prev = e.next, e.prev
}

func (c *memoCache[K, R]) pushBack(e *memoEntry[K, R]) {
	last := c.root.prev
	e.prev, e.next = last, &c.root
	last.next, c.root.prev = e, e
}

// call returns the cached result for key or computes it with f.
func (c *memoCache[K, R]) call(key K, f func() R) R {
	if c.max == 0 {
		return f()
	}
	if e, ok := c.m[key]; ok {
		if c.max > 0 {
			c.unlink(e)
			c.pushBack(e)
		}
		return e.val
	}
	r := f()
	if e, ok := c.m[key]; ok {
		// A recursive call cached key meanwhile: CPython keeps that
		// entry (the bounded cache) or stores the new result in it.
		if c.max < 0 {
			e.val = r
		}
		return r
	}
	e := &memoEntry[K, R]{key: key, val: r}
	if c.max > 0 && int64(len(c.m)) >= c.max {
		old := c.root.next
		c.unlink(old)
		delete(c.m, old.key)
	}
	c.m[key] = e
	c.pushBack(e)
	return r
}

type memoKey2[A, B comparable] struct {
	a A
	b B
}

type memoKey3[A, B, C comparable] struct {
	a A
	b B
	c C
}

type memoKey4[A, B, C, D comparable] struct {
	a A
	b B
	c C
	d D
}

// Memo0 memoizes a function of no arguments.
func Memo0[R any](f func() R, max int64) func() R {
	c := newMemoCache[struct{}, R](max)
	return func() R { return c.call(struct{}{}, f) }
}

// Memo1 memoizes a function of one argument.
func Memo1[A comparable, R any](f func(A) R, max int64) func(A) R {
	c := newMemoCache[A, R](max)
	return func(a A) R { return c.call(a, func() R { return f(a) }) }
}

// Memo2 memoizes a function of two arguments.
func Memo2[A, B comparable, R any](f func(A, B) R, max int64) func(A, B) R {
	c := newMemoCache[memoKey2[A, B], R](max)
	return func(a A, b B) R { return c.call(memoKey2[A, B]{a, b}, func() R { return f(a, b) }) }
}

// Memo3 memoizes a function of three arguments.
func Memo3[A, B, C comparable, R any](f func(A, B, C) R, max int64) func(A, B, C) R {
	c := newMemoCache[memoKey3[A, B, C], R](max)
	return func(a A, b B, x C) R { return c.call(memoKey3[A, B, C]{a, b, x}, func() R { return f(a, b, x) }) }
}

// Memo4 memoizes a function of four arguments.
func Memo4[A, B, C, D comparable, R any](f func(A, B, C, D) R, max int64) func(A, B, C, D) R {
	c := newMemoCache[memoKey4[A, B, C, D], R](max)
	return func(a A, b B, x C, d D) R {
		return c.call(memoKey4[A, B, C, D]{a, b, x, d}, func() R { return f(a, b, x, d) })
	}
}
