package runtime

import (
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// dedupFrame is a coroutine object for the dedup tests.
type dedupFrame struct{ v int }

func (f *dedupFrame) Step(*TaskCore) bool { return true }
func (f *dedupFrame) Result() int         { return f.v }

func TestRepeatedCoros(t *testing.T) {
	fs := make([]dedupFrame, 4) // increasing addresses
	a, b, c, d := &fs[0], &fs[1], &fs[2], &fs[3]
	fut := new(Future[int])
	for _, tc := range []struct {
		name string
		aws  []Awaitable[int]
		want bool
	}{
		{"empty", nil, false},
		{"increasing", []Awaitable[int]{a, b, c, d}, false},
		{"decreasing", []Awaitable[int]{d, c, b, a}, false},
		{"repeated in order", []Awaitable[int]{a, b, b, c}, true},
		{"repeated apart", []Awaitable[int]{c, a, d, c}, true},
		{"futures are not coroutines", []Awaitable[int]{a, fut, fut, b}, false},
	} {
		if got := repeatedCoros(tc.aws); got != tc.want {
			t.Errorf("%s: repeatedCoros = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestGatherRepeatedCoro: a coroutine given twice, out of address order,
// is one task whose result appears twice.
func TestGatherRepeatedCoro(t *testing.T) {
	fs := make([]dedupFrame, 2)
	a, b := &fs[0], &fs[1]
	a.v, b.v = 1, 2
	l := NewLoop(true)
	defer l.Close()
	g := GatherList(l, []Awaitable[int]{b, a, b}, false)
	if n := g.extra().hook.(*gatherOp[int]).nfuts; n != 2 {
		t.Errorf("gather made %d children, want 2", n)
	}
	res := RunUntilComplete[*py.List[int]](l, g)
	if got := res.V; len(got) != 3 || got[0] != 2 || got[1] != 1 || got[2] != 2 {
		t.Errorf("gather = %v, want [2 1 2]", got)
	}
}
