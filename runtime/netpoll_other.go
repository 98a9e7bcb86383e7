//go:build !linux

package runtime

import "github.com/aiogo/aiogo/runtime/py"

// On systems other than Linux the loop has no socket poller yet: programs
// without streams run as on Linux, and start_server and open_connection
// are not available (the generated Go that calls them does not build).
// These stand-ins keep the loop and the stream types compiling.

// DefaultStreamLimit is the default limit of a StreamReader (64 KiB).
const DefaultStreamLimit = 1 << 16

type poller struct{}

func (p *poller) wake() {}

type sockWriter struct{}

type loopIO struct{}

// transport is a socket's transport; none exist on this system.
type transport struct {
	loop                   *Loop
	closing, lost, wpaused bool
	closed                 *Future[py.NoneType]
	drainWait              []*Future[py.NoneType]
}

func (t *transport) pauseReading()                            {}
func (t *transport) resumeReading()                           {}
func (t *transport) write(data []byte)                        {}
func (t *transport) writeEOF()                                {}
func (t *transport) close()                                   {}
func (t *transport) sockAddr(string) py.Tuple2[string, int64] { return py.Tuple2[string, int64]{} }

func (l *Loop) pollIO(*poller) {}

// goIO runs fn on a goroutine that Loop.Close waits for.
func (l *Loop) goIO(fn func()) {
	l.ioWG.Add(1)
	go func() {
		defer l.ioWG.Done()
		fn()
	}()
}

// closeStreams waits for the loop's helper goroutines (Loop.Close).
func (l *Loop) closeStreams() { l.ioWG.Wait() }
