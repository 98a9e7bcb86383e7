package runtime

import (
	"fmt"
	"slices"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// logFrame is `async def f(i): log(i, "a"); await asyncio.sleep(0);
// log(i, "b"); return i * 10`, recording the task running it.
type logFrame struct {
	state int
	i     int64
	log   *[]string
	sleep SleepOp
}

func (f *logFrame) Step(tc *TaskCore) bool {
	if f.state == 0 {
		*f.log = append(*f.log, fmt.Sprintf("%s %d a", tc.GetName(), f.i))
		f.sleep.Init(0)
		f.state = 1
	}
	if !f.sleep.Step(tc) {
		return false
	}
	*f.log = append(*f.log, fmt.Sprintf("%s %d b", tc.GetName(), f.i))
	f.state = -1
	return true
}

func (f *logFrame) Result() int64 { return f.i * 10 }

// TestGatherFrameTasks: gather over FrameTask boxes behaves as gather over
// the coroutine frames (GatherSlice): same task numbers, same order of
// steps, same results, cancellation reaches the children; the boxes are
// the children themselves.
func TestGatherFrameTasks(t *testing.T) {
	for _, n := range []int{0, 1, 3, 200} {
		run := func(boxes bool, cancel bool) ([]string, string) {
			l := NewLoop(true)
			defer l.Close()
			var log []string
			var gf *Future[*py.List[int64]]
			main := newScript(await(func() AnyAwaitable {
				tc := CurrentTask(l)
				if boxes {
					ts := make([]*Task[int64], 0, n)
					for i := range n {
						ts = append(ts, FrameTask[int64](tc, &logFrame{i: int64(i), log: &log}))
					}
					g := GatherFrameTasks[int64](l, ts)
					gf = g
					if n > 0 {
						if g.extra().hook.(*gatherOp[int64]).tasks[0] != ts[0] {
							t.Error("the boxes are not the gather's children")
						}
					}
					if cancel {
						l.CallSoon(func() { g.Cancel() })
					}
					return g
				}
				fs := make([]*logFrame, 0, n)
				for i := range n {
					fs = append(fs, &logFrame{i: int64(i), log: &log})
				}
				g := GatherSlice[int64](l, fs, false)
				gf = g
				if cancel {
					l.CallSoon(func() { g.Cancel() })
				}
				return g
			}))
			var out string
			func() {
				defer func() {
					if r := recover(); r != nil {
						out = fmt.Sprint("raised ", py.TypeName(r))
					}
				}()
				RunUntilComplete[any](l, CreateTask[any](l, main, "main"))
				out = fmt.Sprint(gf.Result().V)
			}()
			return log, out
		}
		for _, cancel := range []bool{false, true} {
			taskCounter.Store(0)
			wantLog, want := run(false, cancel)
			taskCounter.Store(0)
			gotLog, got := run(true, cancel)
			if !slices.Equal(gotLog, wantLog) || got != want {
				t.Errorf("n=%d cancel=%v: got %q, %v; want %q, %v", n, cancel, got, gotLog, want, wantLog)
			}
		}
	}
}
