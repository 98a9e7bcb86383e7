package py

import (
	"math"
	"testing"
)

func TestCollections(t *testing.T) {
	tests := []struct {
		name string
		f    func() string
		want [2]string
	}{
		{"counter repr by count", func() string { return Repr(NewCounter([]string{"a", "b", "b", "c", "c"})) }, [2]string{"ok", "Counter({'b': 2, 'c': 2, 'a': 1})"}},
		{"empty counter", func() string { return Repr(NewCounter[int64](nil)) }, [2]string{"ok", "Counter()"}},
		{"counter missing is 0, not inserted", func() string {
			c := NewCounter([]string{"a"})
			return Repr(c.Get("z")) + " " + Repr(c)
		}, [2]string{"ok", "0 Counter({'a': 1})"}},
		{"most_common", func() string { return Repr(CounterMostCommon(NewCounter([]int64{3, 1, 3, 2, 1, 3}), Some(int64(2)))) }, [2]string{"ok", "[(3, 3), (1, 2)]"}},
		{"counter update adds", func() string {
			c := NewCounter([]string{"a"})
			c.Update(NewCounter([]string{"a", "b"}))
			return Repr(c) + " " + Repr(CounterTotal(c))
		}, [2]string{"ok", "Counter({'a': 2, 'b': 1}) 3"}},
		{"defaultdict inserts", func() string {
			d := NewDefaultDict[string, *List[int64]](func() *List[int64] { return NewList[int64]() }, "<class 'list'>")
			d.Get("x").Append(1)
			return Repr(d) + " " + Repr(DictPlainCopy(d))
		}, [2]string{"ok", "defaultdict(<class 'list'>, {'x': [1]}) {'x': [1]}"}},
		{"ordereddict", func() string {
			d := NewOrderedDict[string, int64]()
			d.Set("a", 1)
			d.Set("b", 2)
			d.Set("c", 3)
			DictMoveToEnd(d, "a", true)
			DictMoveToEnd(d, "c", false)
			first := DictPopItemAt(d, false)
			return Repr(first) + " " + Repr(d)
		}, [2]string{"ok", "('c', 3) OrderedDict([('b', 2), ('a', 1)])"}},
		{"ordereddict move missing", func() string { DictMoveToEnd(NewOrderedDict[string, int64](), "x", true); return "" }, [2]string{"KeyError", "'x'"}},
		{"deque maxlen", func() string {
			q := NewDeque([]int64{1, 2, 3, 4}, Some(int64(3)))
			DequeAppendLeft(q, 0)
			ListExtendSlice(q, []int64{7})
			return Repr(q)
		}, [2]string{"ok", "deque([2, 3, 7], maxlen=3)"}},
		{"deque rotate", func() string {
			q := NewDeque([]int64{1, 2, 3, 4, 5}, Opt[int64]{})
			DequeRotate(q, 2)
			a := Repr(q)
			DequeRotate(q, -3)
			return a + " " + Repr(q)
		}, [2]string{"ok", "deque([4, 5, 1, 2, 3]) deque([2, 3, 4, 5, 1])"}},
		{"deque extendleft", func() string {
			q := NewDeque[string](nil, Opt[int64]{})
			DequeExtendLeft(q, []string{"a", "b"})
			return Repr(q) + " " + Repr(DequePopLeft(q)) + " " + Repr(q.Copy())
		}, [2]string{"ok", "deque(['b', 'a']) 'b' deque(['a'])"}},
		{"deque popleft empty", func() string { DequePopLeft(NewDeque[int64](nil, Opt[int64]{})); return "" }, [2]string{"IndexError", "pop from an empty deque"}},
		{"deque index", func() string { NewDeque[int64](nil, Opt[int64]{}).Get(0); return "" }, [2]string{"IndexError", "deque index out of range"}},
		{"deque insert full", func() string { ListInsert(NewDeque([]int64{1}, Some(int64(1))), 0, 2); return "" }, [2]string{"IndexError", "deque already at its maximum size"}},
	}
	for _, tc := range tests {
		if got := result(tc.f); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestMathModule(t *testing.T) {
	tests := []struct {
		name string
		f    func() string
		want [2]string
	}{
		{"floor", func() string { return Repr(MathFloor(-2.5)) }, [2]string{"ok", "-3"}},
		{"ceil", func() string { return Repr(MathCeil(2.1)) }, [2]string{"ok", "3"}},
		{"floor inf", func() string { return Repr(MathFloor(math.Inf(1))) }, [2]string{"OverflowError", "cannot convert float infinity to integer"}},
		{"sqrt negative", func() string { return Repr(MathSqrt(-1)) }, [2]string{"ValueError", "math domain error"}},
		{"log base", func() string { return Repr(MathLog(8, Some(2.0))) }, [2]string{"ok", "3.0"}},
		{"log zero", func() string { return Repr(MathLog(0, Opt[float64]{})) }, [2]string{"ValueError", "math domain error"}},
		{"isclose", func() string { return Repr(MathIsClose(0.1+0.2, 0.3, 1e-9, 0)) }, [2]string{"ok", "True"}},
		{"gcd lcm", func() string { return Repr(MathGcd(-12, 18)) + " " + Repr(MathLcm(4, 6)) }, [2]string{"ok", "6 12"}},
		{"comb factorial isqrt", func() string { return Repr(MathComb(10, 3)) + " " + Repr(MathFactorial(5)) + " " + Repr(MathIsqrt(99)) }, [2]string{"ok", "120 120 9"}},
		{"exp overflow", func() string { return Repr(MathExp(1000)) }, [2]string{"OverflowError", "math range error"}},
	}
	for _, tc := range tests {
		if got := result(tc.f); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
