package py

import (
	"math"
	"strconv"
	"testing"
)

func ints(t *testing.T, xs []string) []int64 {
	out := make([]int64, len(xs))
	for i, s := range xs {
		out[i] = atoi(t, s)
	}
	return out
}

func floatsToInts(xs []float64) []int64 {
	out := make([]int64, len(xs))
	for i, x := range xs {
		out[i] = int64(x)
	}
	return out
}

func sameInts(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSetOrderGolden(t *testing.T) {
	var cases []struct {
		Xs   []string
		Ops  [][2]string
		Res  []string
		Repr string
	}
	loadJSON(t, "setorder.json", &cases)
	if len(cases) < 200 {
		t.Fatal("too few set cases")
	}
	for i, c := range cases {
		s := NewSet[int64]()
		for _, x := range ints(t, c.Xs) {
			s.Add(x)
		}
		for _, op := range c.Ops {
			v := atoi(t, op[1])
			if op[0] == "a" {
				s.Add(v)
			} else {
				s.Discard(v)
			}
		}
		if got, want := s.Slice(), ints(t, c.Res); !sameInts(got, want) {
			t.Errorf("case %d: order %v, want %v", i, got, want)
		}
		if Repr(s) != c.Repr {
			t.Errorf("case %d: repr %s, want %s", i, Repr(s), c.Repr)
		}
	}
}

func TestSetOpsGolden(t *testing.T) {
	var cases []struct {
		A, B                                  []float64
		Union, Inter, Diff, Sym, Copy, Update []float64
		Popped                                []float64
		AfterPop                              []float64 `json:"after_pop"`
	}
	loadJSON(t, "setops.json", &cases)
	for i, c := range cases {
		a := NewSet(floatsToInts(c.A)...)
		b := NewSet(floatsToInts(c.B)...)
		check := func(name string, got *Set[int64], want []float64) {
			if !sameInts(got.Slice(), floatsToInts(want)) {
				t.Errorf("case %d %s: %v want %v", i, name, got.Slice(), want)
			}
		}
		check("union", a.Union(b), c.Union)
		check("inter", a.Intersection(b), c.Inter)
		check("diff", a.Difference(b), c.Diff)
		check("sym", a.SymmetricDifference(b), c.Sym)
		check("copy", a.Copy(), c.Copy)
		u := a.Copy()
		u.Update(b)
		check("update", u, c.Update)
		p := a.Copy()
		var popped []int64
		for k := 0; k < 3 && p.Len() > 0; k++ {
			popped = append(popped, p.Pop())
		}
		if !sameInts(popped, floatsToInts(c.Popped)) {
			t.Errorf("case %d pop: %v want %v", i, popped, c.Popped)
		}
		check("after_pop", p, c.AfterPop)
	}
}

func TestSetLiteralGolden(t *testing.T) {
	var cases []struct {
		Xs, Res []float64
	}
	loadJSON(t, "setliteral.json", &cases)
	for i, c := range cases {
		s := NewSetConst(floatsToInts(c.Xs)...)
		if !sameInts(s.Slice(), floatsToInts(c.Res)) {
			t.Errorf("case %d: %v want %v", i, s.Slice(), c.Res)
		}
	}
}

func TestSetTupleFloatGolden(t *testing.T) {
	var tc []struct {
		Xs, Res [][2]float64
	}
	loadJSON(t, "settuple.json", &tc)
	for i, c := range tc {
		s := NewSet[Tuple2[int64, int64]]()
		for _, x := range c.Xs {
			s.Add(MakeTuple2(int64(x[0]), int64(x[1])))
		}
		got := s.Slice()
		ok := len(got) == len(c.Res)
		for j := range got {
			if ok && (got[j].F0 != int64(c.Res[j][0]) || got[j].F1 != int64(c.Res[j][1])) {
				ok = false
			}
		}
		if !ok {
			t.Errorf("tuple case %d: %v want %v", i, got, c.Res)
		}
	}
	var fc []struct {
		Xs, Res []string
	}
	loadJSON(t, "setfloat.json", &fc)
	for i, c := range fc {
		s := NewSet[float64]()
		for _, x := range c.Xs {
			s.Add(hexf(t, x))
		}
		got := s.Slice()
		ok := len(got) == len(c.Res)
		for j := range got {
			if ok && got[j] != hexf(t, c.Res[j]) {
				ok = false
			}
		}
		if !ok {
			t.Errorf("float case %d: %v want %v", i, got, c.Res)
		}
	}
}

func TestHash(t *testing.T) {
	cases := map[int64]int64{-1: -2, 0: 0, 5: 5, math.MaxInt64: 3, math.MinInt64: -4, 1<<61 - 1: 0, 1 << 61: 1, -(1 << 61): -2}
	for x, want := range cases {
		if got := HashInt(x); got != want {
			t.Errorf("hash(%d) = %d want %d", x, got, want)
		}
	}
	fc := map[float64]int64{1.5: 1152921504606846977, 0.1: 230584300921369408, -2.5: -1152921504606846978, 1e300: 1224995262755759164,
		math.Inf(1): 314159, -1.0: -2}
	for x, want := range fc {
		if got := HashFloat(x); got != want {
			t.Errorf("hash(%v) = %d want %d", x, got, want)
		}
	}
	if h, _ := MakeTuple2[int64, int64](1, 2).PyHash(); h != -3550055125485641917 {
		t.Errorf("hash((1, 2)) = %d", h)
	}
	if h, _ := (Tuple0{}).seqLen(), 0; h != 0 {
		t.Error()
	}
}

func TestSetBasics(t *testing.T) {
	s := NewSet("pear", "fig", "apple")
	if s.Len() != 3 || !s.Contains("fig") || s.Contains("kiwi") {
		t.Error("basics")
	}
	if Repr(s) != "{'pear', 'fig', 'apple'}" {
		t.Error(Repr(s))
	}
	if got := result(func() string { s.Remove("kiwi"); return "" }); got != [2]string{"KeyError", "'kiwi'"} {
		t.Error(got)
	}
	e := NewSet[int64]()
	if got := result(func() string { return strconv.FormatInt(e.Pop(), 10) }); got != [2]string{"KeyError", "'pop from an empty set'"} {
		t.Error(got)
	}
	if Repr(NewSetConst[int64](5, 1, 9, 17)) != "{1, 5, 9, 17}" {
		t.Error(Repr(NewSet[int64](5, 1, 9, 17)))
	}
	a, b := NewSet[int64](1, 2, 3), NewSet[int64](2, 3)
	if !b.IsSubset(a) || !a.IsSuperset(b) || a.IsSubset(b) || !Equal(a, NewSet[int64](3, 2, 1)) {
		t.Error("subset")
	}
	if got := result(func() string {
		for x := range a.All() {
			a.Add(x + 10)
		}
		return ""
	}); got != [2]string{"RuntimeError", "Set changed size during iteration"} {
		t.Error(got)
	}
}
