//go:build linux

package runtime

import (
	"errors"
	"net"
	"strconv"
	"syscall"

	"github.com/aiogo/aiogo/runtime/py"
)

// Transports (CPython's selector_events._SelectorSocketTransport with the
// StreamReaderProtocol it drives): a connected non-blocking socket
// registered with the loop's poller (netpoll.go). Everything runs on the
// loop goroutine.
//
// Reading: when the socket is readable the transport's read handler is
// queued; it reads into the loop's scratch buffer and feeds the bytes to
// the StreamReader, whose buffer is the only per-connection copy: an idle
// connection holds no buffer at all. Above twice the reader's limit the
// reader pauses reading (the socket leaves the poll set, so the kernel's
// window fills and the peer is throttled); it resumes when the program has
// drained the buffer to the limit (CPython's pause_reading).
//
// Writing: write() sends at once when nothing is queued (one send system
// call, no hand-off); what the kernel does not take is buffered and sent
// when the socket is writable. Above the high-water mark (64 KiB) the
// protocol is paused and drain() waits until the buffer is below the
// low-water mark (16 KiB).

// DefaultStreamLimit is the StreamReader buffer limit (64 KiB).
const DefaultStreamLimit = 1 << 16

// Write flow control of a transport (CPython's defaults).
const (
	writeHighWater = 1 << 16
	writeLowWater  = writeHighWater / 4
)

// maxReadSize is how much one read takes (selector_events max_size).
const maxReadSize = 256 << 10

// transport is one TCP connection.
type transport struct {
	loop   *Loop
	fd     int
	p      *poller
	reader *StreamReader
	server *Server

	rd tReadable // queued when the socket is readable
	wr tWritable // queued when the socket is writable

	interest uint32 // registered epoll events
	readQ    bool   // rd is queued
	writeQ   bool   // wr is queued
	reading  bool   // reading wanted (connection made, not paused, no EOF)
	paused   bool   // pause_reading
	eofSent  bool   // write_eof called
	closing  bool   // close called
	lost     bool   // connection_lost ran
	connLost int    // _conn_lost
	wpaused  bool   // protocol paused (drain waits)
	fdClosed bool
	wbuf     []byte // loop-side buffer (the writer holds more: tw)
	tw       tWrite // writer.go: guarded by the loop's sockWriter
	// The stage (writer.go): bytes written in this pass, handed to the
	// writer at the end of it (loop only).
	stage     []byte
	stageLent bool // stage is the caller's array
	staged    bool // t is in the writer's staged list
	held      int  // bytes the writer held for t at the last hand-over
	closed    *Future[py.NoneType]
	drainWait []*Future[py.NoneType]
}

type tReadable struct{ t *transport }
type tWritable struct{ t *transport }

func (r *tReadable) run() { r.t.readQ = false; r.t.readReady() }
func (w *tWritable) run() { w.t.writeQ = false; w.t.writeReady() }

// newTransport wraps the connected socket fd (made non-blocking) and
// registers it with the loop's poller, with no interest yet.
func newTransport(l *Loop, fd int) *transport {
	t := &transport{loop: l, fd: fd, p: l.pollerOf()}
	t.rd.t, t.wr.t = t, t
	syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1) // base_events._set_nodelay
	if err := t.p.register(fd, 0, t); err != nil {
		syscall.Close(fd)
		panic(connError(err))
	}
	ioOf(l).transports[t] = struct{}{}
	return t
}

// pollEvent implements pollable: queue the handlers (run in this pass,
// like the callbacks CPython's _process_events adds).
func (t *transport) pollEvent(ev uint32) {
	if ev&(syscall.EPOLLIN|syscall.EPOLLHUP|syscall.EPOLLERR) != 0 && t.interest&syscall.EPOLLIN != 0 && !t.readQ {
		t.readQ = true
		t.loop.ready.push(&t.rd)
	}
	if ev&(syscall.EPOLLOUT|syscall.EPOLLHUP|syscall.EPOLLERR) != 0 && t.interest&syscall.EPOLLOUT != 0 && !t.writeQ {
		t.writeQ = true
		t.loop.ready.push(&t.wr)
	}
}

// setInterest updates the registered events.
func (t *transport) setInterest() {
	if t.fdClosed {
		return
	}
	var ev uint32
	if t.reading && !t.paused && !t.closing {
		ev |= syscall.EPOLLIN
	}
	if len(t.wbuf) > 0 {
		ev |= syscall.EPOLLOUT
	}
	if ev != t.interest {
		t.interest = ev
		t.p.modify(t.fd, ev)
	}
}

// startReading is _add_reader after connection_made.
func (t *transport) startReading() {
	if t.closing || t.lost {
		return
	}
	t.reading = true
	t.setInterest()
}

func (t *transport) readReady() {
	if !t.reading || t.paused || t.closing || t.fdClosed {
		return
	}
	l := t.loop
	if l.rbuf == nil {
		l.rbuf = make([]byte, maxReadSize)
	}
	n, err := rawRead(t.fd, l.rbuf)
	if err != nil {
		if err == syscall.EAGAIN || err == syscall.EINTR {
			return
		}
		t.fatal(connError(err))
		return
	}
	if n == 0 {
		// eof_received: StreamReaderProtocol keeps the transport open
		// (half-close); reading stops.
		t.reading = false
		t.setInterest()
		if t.reader != nil {
			t.reader.FeedEOF()
		}
		return
	}
	if t.reader != nil {
		t.reader.feed(l.rbuf[:n])
	}
}

func (t *transport) pauseReading() {
	if t.closing || t.paused {
		return
	}
	t.paused = true
	t.setInterest()
}

func (t *transport) resumeReading() {
	if t.closing || !t.paused {
		return
	}
	t.paused = false
	t.setInterest()
}

func (t *transport) write(data []byte) {
	if t.eofSent {
		panic(py.RuntimeError("Cannot call write() after write_eof()"))
	}
	if len(data) == 0 {
		return
	}
	if t.connLost > 0 {
		t.connLost++
		if t.connLost > 5 { // LOG_THRESHOLD_FOR_CONNLOST_WRITES
			py.Stderr("socket.send() raised exception.\n")
		}
		return
	}
	if len(t.wbuf) == 0 {
		if w := t.loop.writerOf(); w != nil && !w.sendsInline(t, t.loop.ready.n >= wakeWriter) {
			// The writer goroutine sends it (writer.go).
			if n := w.stage(t, data); !t.wpaused && n > writeHighWater {
				// pending hands the stage over and counts exactly.
				if w.pending(t, false) > writeHighWater {
					t.wpaused = true // protocol.pause_writing
					if w.pending(t, true) == 0 {
						t.flushed()
					}
				}
			}
			return
		}
		n, err := rawWrite(t.fd, data)
		if err != nil {
			if err != syscall.EAGAIN && err != syscall.EINTR {
				t.fatal(connError(err))
				return
			}
			n = 0
		}
		data = data[n:]
		if len(data) == 0 {
			return
		}
	}
	t.wbuf = append(t.wbuf, data...)
	t.setInterest()
	if !t.wpaused && len(t.wbuf) > writeHighWater {
		t.wpaused = true // protocol.pause_writing
	}
}

func (t *transport) writeReady() {
	if t.connLost > 0 || t.fdClosed || len(t.wbuf) == 0 {
		return
	}
	n, err := rawWrite(t.fd, t.wbuf)
	if err != nil {
		if err == syscall.EAGAIN || err == syscall.EINTR {
			return
		}
		t.wbuf = nil
		t.setInterest()
		t.fatal(connError(err))
		return
	}
	if n == len(t.wbuf) {
		t.wbuf = nil
	} else {
		t.wbuf = t.wbuf[n:]
	}
	if t.wpaused && len(t.wbuf) <= writeLowWater {
		t.wpaused = false
		t.resumeWriting()
	}
	if len(t.wbuf) == 0 {
		t.setInterest()
		if t.closing {
			t.connLost++
			t.loop.CallSoon(func() { t.callConnectionLost(nil) })
		} else if t.eofSent {
			syscall.Shutdown(t.fd, syscall.SHUT_WR)
		}
	}
}

func (t *transport) writeEOF() {
	if t.closing || t.eofSent {
		return
	}
	t.eofSent = true
	t.loop.sw.settle(t) // writer.go
	if len(t.wbuf) == 0 && t.connLost == 0 {
		syscall.Shutdown(t.fd, syscall.SHUT_WR)
	}
}

// close is _SelectorTransport.close.
func (t *transport) close() {
	if t.closing {
		return
	}
	t.closing = true
	t.setInterest()     // _remove_reader
	t.loop.sw.settle(t) // writer.go
	if len(t.wbuf) == 0 && t.connLost == 0 {
		t.connLost++
		t.loop.CallSoon(func() { t.callConnectionLost(nil) })
	}
}

// fatal is _fatal_error / _force_close: the connection is dropped with exc.
func (t *transport) fatal(exc py.Exception) {
	if t.connLost > 0 {
		return
	}
	t.wbuf = nil
	t.loop.sw.discard(t)
	t.closing = true
	t.setInterest()
	t.connLost++
	t.loop.CallSoon(func() { t.callConnectionLost(exc) })
}

// callConnectionLost is _call_connection_lost: the protocol's
// connection_lost, then the socket is closed and the server detached.
func (t *transport) callConnectionLost(exc py.Exception) {
	if t.lost {
		return
	}
	t.connectionLost(exc)
	t.closeFD()
	if s := t.server; s != nil {
		s.detach()
	}
}

// closeFD unregisters and closes the socket.
func (t *transport) closeFD() {
	if t.fdClosed {
		return
	}
	t.fdClosed = true
	t.p.unregister(t.fd)
	if t.loop.sw.release(t) {
		syscall.Close(t.fd)
	}
	delete(ioOf(t.loop).transports, t)
}

func (t *transport) resumeWriting() {
	ws := t.drainWait
	t.drainWait = nil
	for _, w := range ws {
		if !w.Done() {
			w.SetResult(py.None)
		}
	}
}

// connectionLost is StreamReaderProtocol.connection_lost.
func (t *transport) connectionLost(exc py.Exception) {
	t.lost = true
	if r := t.reader; r != nil {
		if exc == nil {
			r.FeedEOF()
		} else {
			r.setException(exc)
		}
	}
	if c := t.closed; c != nil && !c.Done() {
		if exc == nil {
			c.SetResult(py.None)
		} else {
			c.SetException(exc)
			c.flags &^= fLogTB
		}
	}
	ws := t.drainWait
	t.drainWait = nil
	for _, w := range ws {
		if w.Done() {
			continue
		}
		if exc == nil {
			w.SetResult(py.None)
		} else {
			w.SetException(exc)
			w.flags &^= fLogTB
		}
	}
}

// repr is the transport's repr as CPython prints it.
func (t *transport) repr() string {
	if t.fdClosed {
		return "<_SelectorSocketTransport closed>"
	}
	if t.closing {
		return "<_SelectorSocketTransport closing fd=" + strconv.Itoa(t.fd) + ">"
	}
	read := "idle"
	if t.interest&syscall.EPOLLIN != 0 {
		read = "polling"
	}
	write := "idle"
	if len(t.wbuf) > 0 {
		write = "polling"
	}
	size := len(t.wbuf) + t.loop.sw.pending(t, false)
	return "<_SelectorSocketTransport fd=" + strconv.Itoa(t.fd) + " read=" + read + " write=<" + write + ", bufsize=" + strconv.Itoa(size) + ">>"
}

// sockAddr returns getsockname() ("sockname") or getpeername().
func (t *transport) sockAddr(name string) py.Tuple2[string, int64] {
	var sa syscall.Sockaddr
	var err error
	if t.fdClosed {
		return py.Tuple2[string, int64]{}
	}
	if name == "sockname" {
		sa, err = syscall.Getsockname(t.fd)
	} else {
		sa, err = syscall.Getpeername(t.fd)
	}
	if err != nil {
		return py.Tuple2[string, int64]{}
	}
	return sockaddrTuple(sa)
}

func sockaddrTuple(sa syscall.Sockaddr) py.Tuple2[string, int64] {
	switch a := sa.(type) {
	case *syscall.SockaddrInet4:
		return py.Tuple2[string, int64]{F0: net.IP(a.Addr[:]).String(), F1: int64(a.Port)}
	case *syscall.SockaddrInet6:
		return py.Tuple2[string, int64]{F0: net.IP(a.Addr[:]).String(), F1: int64(a.Port)}
	}
	return py.Tuple2[string, int64]{}
}

// connError converts a socket error into the Python exception CPython
// raises for it.
func connError(err error) py.Exception {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return py.NewExc(py.OSErrorClass, err.Error())
	}
	switch errno {
	case syscall.ECONNRESET:
		return py.NewExc(py.ConnectionResetErrorClass, int64(errno), "Connection reset by peer")
	case syscall.EPIPE:
		return py.NewExc(py.BrokenPipeErrorClass, int64(errno), "Broken pipe")
	case syscall.ECONNREFUSED:
		return py.NewExc(py.ConnectionRefusedErrorClass, int64(errno), "Connection refused")
	case syscall.ECONNABORTED:
		return py.NewExc(py.ConnectionAbortedErrorClass, int64(errno), "Software caused connection abort")
	}
	return py.NewExc(py.OSErrorClass, int64(errno), errnoText(errno))
}

// errnoText is strerror(errno) with CPython's capitalisation.
func errnoText(e syscall.Errno) string {
	s := e.Error()
	if s != "" {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// loopIO holds the transports and servers of a loop, so that Close can
// shut them down.
type loopIO struct {
	transports map[*transport]struct{}
	servers    map[*Server]struct{}
}

func ioOf(l *Loop) *loopIO {
	if l.io == nil {
		l.io = &loopIO{transports: map[*transport]struct{}{}, servers: map[*Server]struct{}{}}
	}
	return l.io
}

// goIO runs fn on a goroutine that Loop.Close waits for.
func (l *Loop) goIO(fn func()) {
	l.ioWG.Add(1)
	go func() {
		defer l.ioWG.Done()
		fn()
	}()
}

// closeStreams closes every socket of the loop and its poller, and waits
// for the loop's helper goroutines (called by Loop.Close).
func (l *Loop) closeStreams() {
	if l.sw != nil {
		l.sw.flush() // bytes written in the last pass
	}
	if lio := l.io; lio != nil {
		for s := range lio.servers {
			s.closeListener()
		}
		for t := range lio.transports {
			t.closeFD()
		}
		l.io = nil
	}
	if l.sw != nil {
		l.sw.shutdown()
		l.sw = nil
	}
	l.ioWG.Wait()
	if p := l.poll.Load(); p != nil {
		l.poll.Store(nil)
		p.close()
	}
}
