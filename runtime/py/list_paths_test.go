package py

import (
	"fmt"
	"testing"
)

// TestListIndexPaths: l[i], l[i] = v, l[i] += v and l.append(v) of lists
// and deques, with negative and out-of-range indices (CPython's messages:
// a deque's store says "deque index out of range"), appends to an empty,
// a full and a cleared list and to a deque with maxlen.
func TestListIndexPaths(t *testing.T) {
	list := func() *List[int64] { return ListOf([]int64{10, 20, 30}) }
	for _, tc := range []struct {
		name string
		f    func() string
		want [2]string
	}{
		{"get 0", func() string { return StrInt(list().Get(0)) }, [2]string{"ok", "10"}},
		{"get 2", func() string { return StrInt(list().Get(2)) }, [2]string{"ok", "30"}},
		{"get -1", func() string { return StrInt(list().Get(-1)) }, [2]string{"ok", "30"}},
		{"get -3", func() string { return StrInt(list().Get(-3)) }, [2]string{"ok", "10"}},
		{"get 3", func() string { return StrInt(list().Get(3)) }, [2]string{"IndexError", "list index out of range"}},
		{"get -4", func() string { return StrInt(list().Get(-4)) }, [2]string{"IndexError", "list index out of range"}},
		{"get empty", func() string { return StrInt(NewList[int64]().Get(0)) }, [2]string{"IndexError", "list index out of range"}},
		{"deque get -4", func() string { return StrInt(NewDeque([]int64{1, 2, 3}, Opt[int64]{}).Get(-4)) }, [2]string{"IndexError", "deque index out of range"}},
		{"set 1", func() string { l := list(); l.Set(1, 5); return fmt.Sprint(l.V) }, [2]string{"ok", "[10 5 30]"}},
		{"set -1", func() string { l := list(); l.Set(-1, 5); return fmt.Sprint(l.V) }, [2]string{"ok", "[10 20 5]"}},
		{"set 3", func() string { list().Set(3, 5); return "" }, [2]string{"IndexError", "list assignment index out of range"}},
		{"set -4", func() string { list().Set(-4, 5); return "" }, [2]string{"IndexError", "list assignment index out of range"}},
		{"deque set 3", func() string { NewDeque([]int64{1}, Opt[int64]{}).Set(3, 5); return "" }, [2]string{"IndexError", "deque index out of range"}},
		{"ptr -2", func() string { l := list(); *l.Ptr(-2) += 1; return fmt.Sprint(l.V) }, [2]string{"ok", "[10 21 30]"}},
		{"ptr 3", func() string { list().Ptr(3); return "" }, [2]string{"IndexError", "list index out of range"}},
		{"append empty", func() string { l := NewList[int64](); l.Append(1); l.Append(2); return fmt.Sprint(l.V) }, [2]string{"ok", "[1 2]"}},
		{"append full", func() string {
			l := list()
			for i := range int64(100) {
				l.Append(i)
			}
			return fmt.Sprint(len(l.V), l.V[3], l.V[102])
		}, [2]string{"ok", "103 0 99"}},
		{"append cleared", func() string { l := list(); l.V = l.V[:0]; l.Append(7); return fmt.Sprint(l.V) }, [2]string{"ok", "[7]"}},
		{"append deque maxlen", func() string {
			d := NewDeque([]int64{1, 2}, Some[int64](3))
			d.Append(3)
			d.Append(4)
			return fmt.Sprint(d.V)
		}, [2]string{"ok", "[2 3 4]"}},
	} {
		if got := result(tc.f); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
