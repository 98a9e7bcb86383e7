package runtime

import "testing"

// logRunner is a runner that records its tag.
type logRunner struct {
	tag int
	log *[]int
}

func (r *logRunner) run() { *r.log = append(*r.log, r.tag) }

// TestRingMixed: task steps, notifications of tasks and of futures, fired
// sleeps and other runners (pushed as runners or with pushTask and
// pushSleep) keep their FIFO order across segments, and come back as
// the values pushed.
func TestRingMixed(t *testing.T) {
	var q ring
	var log []int
	tasks := make([]*TaskCore, 3)
	for i := range tasks {
		tasks[i] = &TaskCore{}
		tasks[i].flags = fIsTask
	}
	fut := &futCore{}
	sleeps := []*SleepOp{{}, {}}
	var pushed []runner
	for k := 0; k < 3*segSize+7; k++ {
		var r runner
		switch k % 7 {
		case 0:
			r = tasks[k%3]
		case 1:
			r = (*futNotify)(&tasks[k%3].futCore)
		case 2:
			r = (*futNotify)(fut)
		case 3:
			r = sleeps[k%2]
		case 4:
			q.pushTask(tasks[k%3])
			r = tasks[k%3]
		case 5:
			q.pushSleep(sleeps[k%2])
			r = sleeps[k%2]
		default:
			r = &logRunner{tag: k, log: &log}
		}
		if k%7 != 4 && k%7 != 5 {
			q.push(r)
		}
		pushed = append(pushed, r)
		if k%5 == 4 { // interleave pops with pushes
			if got, want := q.pop(), pushed[0]; got != want {
				t.Fatalf("pop %d: got %T %p, want %T %p", k, got, got, want, want)
			}
			pushed = pushed[1:]
		}
	}
	for len(pushed) > 0 {
		if got, want := q.pop(), pushed[0]; got != want {
			t.Fatalf("got %T %p, want %T %p", got, got, want, want)
		}
		pushed = pushed[1:]
	}
	if q.n != 0 {
		t.Fatalf("%d left", q.n)
	}
}
