package runtime

import (
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aiogo/aiogo/runtime/py"
)

// captureStderr runs f with os.Stderr redirected and returns what f wrote.
func captureStderr(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stderr
	os.Stderr = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	defer func() {
		os.Stderr = old
	}()
	f()
	w.Close()
	os.Stderr = old
	return <-done
}

// TestSIGINTCancelsMain: the first SIGINT during asyncio.run cancels the
// main task; its finally blocks run and run raises KeyboardInterrupt whose
// context is the CancelledError (runners.py Runner.run).
func TestSIGINTCancelsMain(t *testing.T) {
	var log []string
	var got py.Exception
	func() {
		defer func() { got = toException(recover()) }()
		Run(func() Awaitable[any] {
			return newScript(
				do(func() {
					go func() {
						time.Sleep(20 * time.Millisecond)
						onSignal(os.Interrupt)
					}()
				}),
				try(func() AnyAwaitable { return Erase(Sleep(10)) }, func(v any, e py.Exception) {
					log = append(log, "sleep ended: "+py.Repr(e))
					if e != nil {
						panic(e)
					}
				}),
			)
		})
	}()
	if got == nil || !py.IsInstance(got, py.KeyboardInterruptClass) {
		t.Fatalf("asyncio.run raised %v, want KeyboardInterrupt", got)
	}
	if c := got.Exc().Context; c == nil || !py.IsInstance(c, py.CancelledErrorClass) {
		t.Errorf("context %v, want CancelledError", c)
	}
	if s := strings.Join(log, "|"); s != "sleep ended: CancelledError()" {
		t.Errorf("log %q", s)
	}
	if sigTarget.Load() != nil {
		t.Error("the SIGINT target outlives asyncio.run")
	}
}

// TestDetachedReportedAtOnce: a failed task created by a create_task
// statement is reported when it is done (after its done-callbacks), a
// referenced one when the loop closes.
func TestDetachedReportedAtOnce(t *testing.T) {
	out := captureStderr(t, func() {
		l := NewLoop(true)
		failing := func(msg string) Awaitable[any] {
			return newScript(do(func() { panic(py.ValueError(msg)) }))
		}
		main := newScript(
			do(func() {
				Detach(CreateTask(l, failing("detached"), ""))
				CreateTask(l, failing("kept"), "")
			}),
			await(func() AnyAwaitable { return Erase(Sleep(0.01)) }),
		)
		RunUntilComplete[any](l, main)
		os.Stderr.WriteString("CLOSE\n")
		l.Close()
	})
	d := strings.Index(out, "ValueError('detached')")
	k := strings.Index(out, "ValueError('kept')")
	c := strings.Index(out, "CLOSE")
	if d < 0 || k < 0 || c < 0 || !(d < c && c < k) {
		t.Errorf("reports out of order (detached %d, close %d, kept %d):\n%s", d, c, k, out)
	}
}
