package runtime

import (
	"strings"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// TestGatherNotifyOrder: a gather is a notifier on its children; its
// notifications keep their place among the plain done-callbacks of a
// child, also when the gather is registered on a child that is done.
func TestGatherNotifyOrder(t *testing.T) {
	l := NewLoop(true)
	var log []string
	logf := func(s string) func(*Future[int64]) { return func(*Future[int64]) { log = append(log, s) } }
	f := NewFuture[int64](l)
	t1 := CreateTask[int64](l, &workerFrame{i: 5, rounds: 1}, "")
	f.AddDoneCallback(logf("A"))
	g1 := GatherList[int64](l, []Awaitable[int64]{f, t1}, false) // futures and a task: the 16-byte children
	f.AddDoneCallback(logf("B"))
	g2 := GatherSlice[int64](l, []*Future[int64]{f, f}, false) // a repeated child
	f.AddDoneCallback(logf("C"))
	g1.AddDoneCallback(func(*Future[*py.List[int64]]) { log = append(log, "g1 "+py.Repr(g1.Result())) })
	g2.AddDoneCallback(func(*Future[*py.List[int64]]) { log = append(log, "g2 "+py.Repr(g2.Result())) })
	f.SetResult(7)
	var b strings.Builder
	f.PyRepr(&b)
	if s := b.String(); strings.Contains(s, "cb=") {
		t.Errorf("done future lists callbacks: %s", s)
	}
	if n := f.RemoveDoneCallback(logf("A")); n != 0 {
		t.Errorf("removed %d callbacks from a done future", n)
	}
	RunUntilComplete[*py.List[int64]](l, g2)
	RunUntilComplete[*py.List[int64]](l, g1)
	// A gather created over done children: notifications queued at once.
	g3 := GatherList[int64](l, []Awaitable[int64]{t1, f, t1}, false)
	g3.AddDoneCallback(func(*Future[*py.List[int64]]) { log = append(log, "g3 "+py.Repr(g3.Result())) })
	RunUntilComplete[*py.List[int64]](l, g3)
	l.Close()
	got := strings.Join(log, "; ")
	want := "A; B; C; g2 [7, 7]; g1 [7, 5]; g3 [5, 7, 5]" // g1 also waits for t1
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
