package runtime

import (
	"fmt"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// TestMapAwaitable: an adapted coroutine suspends and resumes like the one
// it wraps (a task runs it across sleeps) and converts its result once
// finished; an exception passes through unconverted.
func TestMapAwaitable(t *testing.T) {
	l := NewLoop(true)
	inner := &workerFrame{i: 3, rounds: 2}
	conv := func(v int64) py.Opt[string] { return py.Some(fmt.Sprint("got ", v)) }
	task := CreateTask[py.Opt[string]](l, MapAwaitable[int64, py.Opt[string]](inner, conv), "")
	got := RunUntilComplete[py.Opt[string]](l, task)
	if want := py.Some(fmt.Sprint("got ", inner.result)); got != want {
		t.Fatalf("result %v, want %v", got, want)
	}
	failing := MapAwaitable[int64, string](failingAwaitable{}, func(int64) string { t.Error("converted a failure"); return "" })
	defer func() {
		if recover() == nil {
			t.Error("the inner exception did not propagate")
		}
	}()
	failing.Result()
}

type failingAwaitable struct{}

func (failingAwaitable) Step(*TaskCore) bool { return true }
func (failingAwaitable) Result() int64       { panic(py.ValueError("boom")) }
