package runtime

import "testing"

// logRunner is a runner that records its tag.
type logRunner struct {
	tag int
	log *[]int
}

func (r *logRunner) run() { *r.log = append(*r.log, r.tag) }

// TestRingMixed: task steps, notifications of tasks and of futures and
// other runners keep their FIFO order across segments, and come back as
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
	var pushed []runner
	for k := 0; k < 3*segSize+7; k++ {
		var r runner
		switch k % 4 {
		case 0:
			r = tasks[k%3]
		case 1:
			r = (*futNotify)(&tasks[k%3].futCore)
		case 2:
			r = (*futNotify)(fut)
		default:
			r = &logRunner{tag: k, log: &log}
		}
		q.push(r)
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
