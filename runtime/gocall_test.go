package runtime

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/aiogo/aiogo/runtime/py"
)

// goCaller is `async def f(): return await <Go function>` for GoCallOp.
type goCaller struct {
	state int
	op    GoCallOp[string]
	fn    func(context.Context) (string, error)
}

func (f *goCaller) Step(tc *TaskCore) bool {
	if f.state == 0 {
		f.state = 1
		f.op.Init(f.fn)
	}
	return f.op.Step(tc)
}

func (f *goCaller) Result() string { return f.op.Result() }

func TestGoCall(t *testing.T) {
	ctx := context.Background()
	// A result.
	v, err := Call[string](ctx, &goCaller{fn: func(context.Context) (string, error) { return "ok", nil }})
	if v != "ok" || err != nil {
		t.Errorf("result: %q, %v", v, err)
	}
	// A Go error raises aiogo.GoError; the Go error is reachable.
	sentinel := errors.New("sentinel")
	_, err = Call[string](ctx, &goCaller{fn: func(context.Context) (string, error) { return "", sentinel }})
	var pe *Error
	if !errors.Is(err, sentinel) || !errors.As(err, &pe) || pe.Class != "aiogo.GoError" || pe.Message != "sentinel" {
		t.Errorf("error: %v", err)
	}
	// A panic raises aiogo.GoPanic instead of crashing.
	_, err = Call[string](ctx, &goCaller{fn: func(context.Context) (string, error) { panic(sentinel) }})
	if !errors.Is(err, sentinel) || !errors.As(err, &pe) || pe.Class != "aiogo.GoPanic" {
		t.Errorf("panic: %v", err)
	}
	// Cancelling the task cancels the Go function's context.
	cctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	saw := make(chan error, 1)
	_, err = Call[string](cctx, &goCaller{fn: func(c context.Context) (string, error) {
		select {
		case <-c.Done():
			saw <- c.Err()
			return "", c.Err()
		case <-time.After(10 * time.Second):
			saw <- nil
			return "late", nil
		}
	}})
	if !errors.Is(err, context.DeadlineExceeded) || <-saw != context.Canceled {
		t.Errorf("cancel: %v", err)
	}
	_ = py.None
}
