package py

import (
	"bufio"
	"io"
	"os"
	"sync"
	"sync/atomic"
)

// Output is a stdout/stderr pair of its own: the print output of an event
// loop that a Go program hosts (runtime.WithStdout) goes to its writer
// instead of the process's stdout. Writes are buffered and safe from any
// goroutine; Flush writes them out.
type Output struct {
	mu  sync.Mutex
	w   io.Writer
	out *bufio.Writer // created by the first write
	err io.Writer
}

// NewOutput returns an Output writing print output to out and tracebacks
// and warnings to errw (nil: os.Stdout and os.Stderr).
func NewOutput(out, errw io.Writer) *Output {
	if out == nil {
		out = os.Stdout
	}
	if errw == nil {
		errw = os.Stderr
	}
	return &Output{w: out, err: errw}
}

func (o *Output) writeOut(s string) {
	o.mu.Lock()
	if o.out == nil {
		o.out = bufio.NewWriterSize(o.w, 4<<10)
	}
	o.out.WriteString(s)
	o.mu.Unlock()
}

func (o *Output) writeErr(s string) {
	o.mu.Lock()
	if o.out != nil {
		o.out.Flush()
	}
	io.WriteString(o.err, s)
	o.mu.Unlock()
}

// Flush writes buffered output to the underlying writer.
func (o *Output) Flush() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.out == nil {
		return nil
	}
	return o.out.Flush()
}

var (
	// routing counts the Outputs in use: while it is zero, print goes to
	// the process's stdout without asking the router.
	routing atomic.Int32
	// router returns the Output of the calling goroutine, or nil.
	router atomic.Pointer[func() *Output]
)

// SetOutputRouter installs the function that finds the Output of the
// calling goroutine (the runtime package installs it: the Output of the
// loop running on that goroutine).
func SetOutputRouter(f func() *Output) { router.Store(&f) }

// UseOutput marks an Output as in use (n = 1) or no longer in use (n = -1),
// so that print starts or stops asking the router.
func UseOutput(n int32) { routing.Add(n) }

// routed returns the Output print should use on this goroutine, or nil for
// the process's stdout.
func routed() *Output {
	if routing.Load() == 0 {
		return nil
	}
	if f := router.Load(); f != nil {
		return (*f)()
	}
	return nil
}
