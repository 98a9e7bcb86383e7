package py

import (
	"sort"
	"testing"
)

// TestTimSortComparisons checks that StableSort makes as many comparisons
// as CPython 3.11's sorted() on the same data (counts recorded with a
// counting __lt__), and sorts stably.
func TestTimSortComparisons(t *testing.T) {
	patterns := map[string]func(n int) []int64{
		"saw37":   func(n int) []int64 { return gen(n, func(i int64) int64 { return i % 37 }) },
		"mod7x13": func(n int) []int64 { return gen(n, func(i int64) int64 { return i * 13 % 7 }) },
		"lcg":     func(n int) []int64 { return gen(n, func(i int64) int64 { return (i*1103515245 + 12345) % 1000 }) },
		"organ": func(n int) []int64 {
			return gen(n, func(i int64) int64 {
				if h := int64(n / 2); i >= h {
					return int64(n) - i
				}
				return i
			})
		},
		"revruns": func(n int) []int64 { return gen(n, func(i int64) int64 { return i/50*50 + 50 - i%50 }) },
	}
	cases := []struct {
		pattern string
		n, want int
	}{
		{"saw37", 64, 127},
		{"saw37", 100, 372},
		{"saw37", 1000, 7475},
		{"saw37", 3000, 23579},
		{"mod7x13", 64, 300},
		{"mod7x13", 100, 521},
		{"mod7x13", 1000, 6471},
		{"mod7x13", 3000, 19313},
		{"lcg", 64, 308},
		{"lcg", 100, 531},
		{"lcg", 1000, 8698},
		{"lcg", 3000, 30946},
		{"organ", 64, 127},
		{"organ", 100, 199},
		{"organ", 1000, 1999},
		{"organ", 3000, 5999},
		{"revruns", 64, 73},
		{"revruns", 100, 109},
		{"revruns", 1000, 4023},
		{"revruns", 3000, 3696},
	}
	type item struct{ v, pos int64 }
	for _, c := range cases {
		vals := patterns[c.pattern](c.n)
		xs := make([]item, len(vals))
		for i, v := range vals {
			xs[i] = item{v, int64(i)}
		}
		count := 0
		StableSort(xs, func(a, b item) bool { count++; return a.v < b.v })
		if count != c.want {
			t.Errorf("%s/%d: %d comparisons, CPython makes %d", c.pattern, c.n, count, c.want)
		}
		if !sort.SliceIsSorted(xs, func(i, j int) bool {
			return xs[i].v < xs[j].v || xs[i].v == xs[j].v && xs[i].pos < xs[j].pos
		}) {
			t.Errorf("%s/%d: not sorted stably", c.pattern, c.n)
		}
	}
}

func gen(n int, f func(i int64) int64) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = f(int64(i))
	}
	return out
}

// TestTimSortRaisingLess checks that a comparison raising in the middle of
// a merge leaves a permutation of the input, as CPython leaves the list.
func TestTimSortRaisingLess(t *testing.T) {
	for _, stop := range []int{1, 70, 300, 900, 2500, 4000} {
		xs := gen(1000, func(i int64) int64 { return (i*7919 + 13) % 503 })
		count := 0
		func() {
			defer func() { _ = recover() }()
			StableSort(xs, func(a, b int64) bool {
				count++
				if count == stop {
					panic("raised")
				}
				return a < b
			})
		}()
		seen := map[int64]int{}
		for _, v := range gen(1000, func(i int64) int64 { return (i*7919 + 13) % 503 }) {
			seen[v]++
		}
		for _, v := range xs {
			seen[v]--
		}
		for v, n := range seen {
			if n != 0 {
				t.Fatalf("stop at %d: value %d off by %d", stop, v, n)
			}
		}
	}
}
