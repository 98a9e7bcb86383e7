package py

import (
	"strings"
	"testing"
)

func sp(args ...any) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = Str(a)
	}
	return strings.Join(parts, " ")
}

// TestDictOrderConformance replays conformance/010_basics_dict_order.py.
func TestDictOrderConformance(t *testing.T) {
	var out []string
	p := func(args ...any) { out = append(out, sp(args...)) }
	d := NewDict[string, int64]()
	for _, w := range []string{"pear", "apple", "fig", "apple", "kiwi", "pear"} {
		d.Set(w, d.GetOr(w, 0)+1)
	}
	p(d)
	d.Set("apple", 10)
	p(d.Keys(), d.Values())
	d.Del("fig")
	d.Set("fig", 7)
	p(d, d.Len(), d.Contains("fig"), d.Contains("plum"))
	p(d.Pop("pear"), d, d.PopOr("nope", -1))
	for k, v := range d.All() {
		p(k, v)
	}
	groups := NewDict[int64, *List[string]]()
	for _, w := range []string{"a", "bb", "cc", "d", "eee"} {
		if !groups.Contains(StrLen(w)) {
			groups.Set(StrLen(w), NewList[string]())
		}
		groups.Get(StrLen(w)).Append(w)
	}
	p(groups)
	src := NewDict[string, int64]()
	src.Set("x", 1)
	src.Set("y", 2)
	inv := NewDict[int64, string]()
	for k, v := range src.All() {
		inv.Set(v, k)
	}
	items := d.Items()
	ListSort(items, func(a, b Tuple2[string, int64]) bool { return a.F1 < b.F1 }, false)
	p(inv, SortedSlice(d.Keys().V, func(a, b string) bool { return a < b }, false), items)
	merged := d.Copy()
	up := NewDict[string, int64]()
	up.Set("zz", 0)
	up.Set("apple", -1)
	merged.Update(up)
	p(merged, Equal(d, merged), d)
	pairs := NewDict[Tuple2[int64, int64], string]()
	pairs.Set(MakeTuple2[int64, int64](1, 2), "a")
	pairs.Set(MakeTuple2[int64, int64](0, 0), "b")
	p(pairs.Get(MakeTuple2[int64, int64](1, 2)), pairs.Keys())
	func() {
		defer func() {
			e := AsException(recover())
			if IsInstance(e, KeyErrorClass) {
				p("KeyError", e)
			}
		}()
		p(d.Get("missing"))
	}()
	xs := NewList[int64](5, 6, 7, 8)
	ListDelItem(xs, 1)
	ListInsert(xs, 0, 4)
	last := xs.Pop()
	xs.Append(9)
	ListExtend(xs, NewList[int64](10, 11))
	p(xs, last, ListIndex(xs, 7, Opt[int64]{}, Opt[int64]{}), ListCount(xs, 5), xs.Slice(Some(int64(-2)), Opt[int64]{}, Opt[int64]{}), xs.Len())
	ListSort(xs, func(a, b int64) bool { return a < b }, true)
	ListRemove(xs, 9)
	popped := ListPopAt(xs, 0) // print evaluates all arguments first
	p(xs, popped, xs)
	rev := xs.Slice(Opt[int64]{}, Opt[int64]{}, Some(int64(-1)))
	ListReverse(rev)
	p(Equal(rev, xs), Concat(xs, NewList[int64](1)), Repeat(NewList[int64](0), 3))
	want := `{'pear': 2, 'apple': 2, 'fig': 1, 'kiwi': 1}
['pear', 'apple', 'fig', 'kiwi'] [2, 10, 1, 1]
{'pear': 2, 'apple': 10, 'kiwi': 1, 'fig': 7} 4 True False
2 {'apple': 10, 'kiwi': 1, 'fig': 7} -1
apple 10
kiwi 1
fig 7
{1: ['a', 'd'], 2: ['bb', 'cc'], 3: ['eee']}
{1: 'x', 2: 'y'} ['apple', 'fig', 'kiwi'] [('kiwi', 1), ('fig', 7), ('apple', 10)]
{'apple': -1, 'kiwi': 1, 'fig': 7, 'zz': 0} False {'apple': 10, 'kiwi': 1, 'fig': 7}
a [(1, 2), (0, 0)]
KeyError 'missing'
[4, 5, 7, 9, 10, 11] 8 2 1 [10, 11] 6
[10, 7, 5, 4] 11 [10, 7, 5, 4]
True [10, 7, 5, 4, 1] [0, 0, 0]`
	got := strings.Join(out, "\n")
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestListErrors(t *testing.T) {
	xs := NewList[int64](3, 1, 2)
	cases := []struct {
		f    func() string
		want [2]string
	}{
		{func() string { return StrInt(ListIndex(xs, 7, Opt[int64]{}, Opt[int64]{})) }, [2]string{"ValueError", "7 is not in list"}},
		{func() string { return Str(ListIndex(NewList("a"), "b", Opt[int64]{}, Opt[int64]{})) }, [2]string{"ValueError", "'b' is not in list"}},
		{func() string { ListRemove(xs, 7); return "" }, [2]string{"ValueError", "list.remove(x): x not in list"}},
		{func() string { return StrInt(NewList[int64]().Pop()) }, [2]string{"IndexError", "pop from empty list"}},
		{func() string { return StrInt(ListPopAt(NewList[int64](1), 5)) }, [2]string{"IndexError", "pop index out of range"}},
		{func() string { xs.Set(5, 1); return "" }, [2]string{"IndexError", "list assignment index out of range"}},
		{func() string { return StrInt(xs.Get(-4)) }, [2]string{"IndexError", "list index out of range"}},
		{func() string { return StrInt(xs.Get(-3)) }, [2]string{"ok", "3"}},
		{func() string { return Repr(DictPopItem(NewDict[string, int64]())) }, [2]string{"KeyError", "'popitem(): dictionary is empty'"}},
		{func() string {
			return Repr(NewDict[Tuple2[int64, string], int64]().Get(MakeTuple2[int64, string](1, "a")))
		}, [2]string{"KeyError", "(1, 'a')"}},
		{func() string { return Repr(Less(int64(1), "a")) }, [2]string{"TypeError", "'<' not supported between instances of 'int' and 'str'"}},
		{func() string { return Repr(Less(NewList[int64](1), MakeTuple1(int64(1)))) }, [2]string{"TypeError", "'<' not supported between instances of 'list' and 'tuple'"}},
		{func() string { return Repr(MinOf([]int64{}, func(a, b int64) bool { return a < b }, "min")) }, [2]string{"ValueError", "min() arg is an empty sequence"}},
		{func() string { return Repr(MinOf([]string{}, func(a, b string) bool { return a > b }, "max")) }, [2]string{"ValueError", "max() arg is an empty sequence"}},
		{func() string {
			d := NewDict[string, int64]()
			d.Set("a", 1)
			d.Set("b", 2)
			for range d.All() {
				d.Set("c", 3)
			}
			return ""
		}, [2]string{"RuntimeError", "dictionary changed size during iteration"}},
		{func() string {
			d := NewDict[string, int64]()
			d.Set("a", 1)
			d.Set("b", 2)
			for k := range d.KeysIter() {
				if k == "a" {
					d.Del("a")
					d.Set("z", 1)
				}
			}
			return ""
		}, [2]string{"RuntimeError", "dictionary keys changed during iteration"}},
		{func() string {
			l := NewList[int64](1, 2, 3, 4, 5, 6, 7, 8)
			ListSetSlice(l, Some(int64(1)), Some(int64(3)), Opt[int64]{}, NewList[int64](9))
			s := Repr(l)
			ListSetSlice(l, Opt[int64]{}, Opt[int64]{}, Some(int64(2)), NewList[int64](0, 0, 0, 0))
			s += Repr(l)
			ListDelSlice(l, Opt[int64]{}, Opt[int64]{}, Some(int64(3)))
			s += Repr(l)
			ListDelSlice(l, Some(int64(-2)), Opt[int64]{}, Opt[int64]{})
			s += Repr(l)
			l2 := NewList[int64](1, 2, 3)
			ListInsert(l2, -10, 0)
			ListInsert(l2, 100, 9)
			return s + Repr(l2)
		}, [2]string{"ok", "[1, 9, 4, 5, 6, 7, 8][0, 9, 0, 5, 0, 7, 0][9, 0, 0, 7][9, 0][0, 1, 2, 3, 9]"}},
		{func() string {
			l := NewList[int64](1, 2, 3, 4)
			ListSetSlice(l, Opt[int64]{}, Opt[int64]{}, Some(int64(2)), NewList[int64](1))
			return ""
		}, [2]string{"ValueError", "attempt to assign sequence of size 1 to extended slice of size 2"}},
		{func() string { return Repr(NewList[int64](1).Slice(Opt[int64]{}, Opt[int64]{}, Some(int64(0)))) }, [2]string{"ValueError", "slice step cannot be zero"}},
	}
	for i, c := range cases {
		if got := result(c.f); got != c.want {
			t.Errorf("case %d: %v want %v", i, got, c.want)
		}
	}
}

type rec struct {
	k   int64
	tag string
}

func TestSortStability(t *testing.T) {
	xs := []rec{{2, "a"}, {1, "b"}, {2, "c"}, {1, "d"}, {3, "e"}, {2, "f"}}
	for n := 0; n < 40; n++ {
		xs = append(xs, rec{int64(n*7%5) - 1, string(rune('g' + n%20))})
	}
	less := func(a, b rec) bool { return a.k < b.k }
	// reference: CPython's reverse=True == reverse, stable sort, reverse
	ref := func(in []rec, reverse bool) []rec {
		c := append([]rec(nil), in...)
		if !reverse {
			insertionSort(c, less)
			return c
		}
		for i, j := 0, len(c)-1; i < j; i, j = i+1, j-1 {
			c[i], c[j] = c[j], c[i]
		}
		insertionSort(c, less)
		for i, j := 0, len(c)-1; i < j; i, j = i+1, j-1 {
			c[i], c[j] = c[j], c[i]
		}
		return c
	}
	for _, reverse := range []bool{false, true} {
		l := ListOf(xs)
		ListSort(l, less, reverse)
		want := ref(xs, reverse)
		for i := range want {
			if l.V[i] != want[i] {
				t.Fatalf("reverse=%v: got %v want %v", reverse, l.V, want)
			}
		}
		s := SortedSlice(xs, less, reverse)
		for i := range want {
			if s.V[i] != want[i] {
				t.Fatalf("SortedSlice reverse=%v: got %v want %v", reverse, s.V, want)
			}
		}
	}
	// python3: sorted(["pear","fig","banana","kiwi"], key=len, reverse=True)
	w := SortedSlice([]string{"pear", "fig", "banana", "kiwi"}, func(a, b string) bool { return StrLen(a) < StrLen(b) }, true)
	if Repr(w) != "['banana', 'pear', 'kiwi', 'fig']" {
		t.Error(Repr(w))
	}
	if Repr(SortedSlice([]string{"pear", "Apple", "fig"}, func(a, b string) bool { return a < b }, false)) != "['Apple', 'fig', 'pear']" {
		t.Error("sorted strings")
	}
}

func TestCompareEqual(t *testing.T) {
	if !Equal(int64(1), 1.0) || !Equal(true, int64(1)) || Equal("1", int64(1)) || !Equal(0.0, -0.0) {
		t.Error("numeric equality")
	}
	if !Equal(NewList[int64](1, 2), NewList[int64](1, 2)) || Equal(NewList[int64](1), MakeTuple1(int64(1))) {
		t.Error("list equality")
	}
	if !Equal(NewList[any](int64(1), "a"), NewList[any](1.0, "a")) {
		t.Error("mixed list equality")
	}
	if !Less(NewList[int64](1, 2), NewList[int64](1, 3)) || !Less(MakeTuple2[int64, string](1, "b"), MakeTuple2[int64, string](1, "c")) {
		t.Error("lexicographic")
	}
	if !Less("Z", "a") || !Less("", "a") || !Less("abc", "abd") || Compare(int64(2), 1.5) != 1 {
		t.Error("strings/mixed")
	}
	if !Equal(Some(int64(3)), int64(3)) || !Equal(Opt[int64]{}, None) || Equal(Opt[int64]{}, int64(0)) {
		t.Error("opt equality")
	}
	if Less(int64(9007199254740993), 9007199254740992.0) || !Less(9007199254740992.0, int64(9007199254740993)) {
		t.Error("exact int/float compare")
	}
}

func TestTruthiness(t *testing.T) {
	if Bool(int64(0)) || !Bool(int64(-3)) || Bool("") || Bool(None) || Bool(NewList[int64]()) || !Bool(NewList[int64](0)) ||
		Bool(NewDict[string, int64]()) || Bool(Opt[int64]{}) || Bool(Some(int64(0))) || !Bool(Some("x")) || Bool(0.0) {
		t.Error("truthiness")
	}
	if !Any([]int64{0, 0, 1}) || All([]string{"a", ""}) || !All([]int64{}) {
		t.Error("any/all")
	}
}

func BenchmarkDictSet(b *testing.B) {
	d := NewDict[int64, int64]()
	for i := 0; i < b.N; i++ {
		d.Set(int64(i&1023), int64(i))
	}
}

func BenchmarkDictGet(b *testing.B) {
	d := NewDict[string, int64]()
	keys := make([]string, 1024)
	for i := range keys {
		keys[i] = "k" + StrInt(int64(i))
		d.Set(keys[i], int64(i))
	}
	b.ResetTimer()
	var s int64
	for i := 0; i < b.N; i++ {
		s += d.Get(keys[i&1023])
	}
	sink = s
}

func BenchmarkDictDelInsert(b *testing.B) {
	d := NewDict[int64, int64]()
	for i := int64(0); i < 1000; i++ {
		d.Set(i, i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := int64(i % 1000)
		d.Del(k)
		d.Set(k, k)
	}
}

func BenchmarkListAppend(b *testing.B) {
	l := NewList[int64]()
	for i := 0; i < b.N; i++ {
		if i&1023 == 0 {
			l.Clear()
		}
		l.Append(int64(i))
	}
}

func BenchmarkListGet(b *testing.B) {
	l := NewList[int64]()
	for i := int64(0); i < 1024; i++ {
		l.Append(i)
	}
	b.ResetTimer()
	var s int64
	for i := 0; i < b.N; i++ {
		s += l.Get(int64(i & 1023))
	}
	sink = s
}

func BenchmarkSetAddContains(b *testing.B) {
	s := NewSet[int64]()
	for i := 0; i < b.N; i++ {
		s.Add(int64(i & 4095))
		_ = s.Contains(int64(i & 8191))
	}
}

// TestListAppendGrowth: from doubleFrom elements on a full list doubles its
// capacity; the elements survive every growth.
func TestListAppendGrowth(t *testing.T) {
	l := NewList[int64]()
	const n = 3*doubleFrom + 17
	for i := range int64(n) {
		before := cap(l.V)
		l.Append(i)
		if c := cap(l.V); c != before && before >= doubleFrom && c != 2*before {
			t.Fatalf("len %d: cap %d -> %d, not doubled", len(l.V), before, c)
		}
	}
	for i, v := range l.V {
		if v != int64(i) {
			t.Fatalf("l[%d] = %d", i, v)
		}
	}
	if got := grow(make([]string, doubleFrom)); len(got) != doubleFrom || cap(got) != 2*doubleFrom {
		t.Errorf("grow: len %d cap %d", len(got), cap(got))
	}
}
