package runtime

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"syscall"

	"github.com/aiogo/aiogo/runtime/py"
)

// Streams (R19): asyncio.start_server, asyncio.open_connection,
// StreamReader, StreamWriter and Server, built on Go's net package.
//
// The loop stays single-threaded: each connection (a transport) has a
// reader goroutine doing blocking conn.Read calls and a writer goroutine
// doing blocking conn.Write calls; a listening server has an accept
// goroutine. They hand what they get to the loop through its thread-safe
// inbox, where the StreamReader buffers it with CPython's semantics (limit
// 64 KiB, reading paused above twice the limit, readline/readuntil/
// readexactly behaviour at EOF), and StreamWriter.drain applies CPython's
// write flow control (high water 64 KiB, low water 16 KiB).
//
// Virtual clock: socket I/O between two ends in this process is pending
// work. Bytes (and EOFs) written to an in-process peer count as in flight
// until the peer's reader goroutine has posted them to the loop, and a
// connection to an in-process listener counts until it is accepted; while
// anything is in flight the loop holds the external-work count
// (BeginExternal), so the virtual clock does not jump. A reader blocked
// waiting for data nobody sent is not pending work. Loop.Close closes every
// transport and server of the loop and waits for their goroutines.

// DefaultStreamLimit is the StreamReader buffer limit (64 KiB).
const DefaultStreamLimit = 1 << 16

// Write flow control of a transport (CPython's defaults).
const (
	writeHighWater = 1 << 16
	writeLowWater  = writeHighWater / 4
)

// loopIO holds the transports and servers of a loop, so that Close can
// shut them down and wait for their goroutines.
type loopIO struct {
	mu         sync.Mutex
	transports map[*transport]struct{}
	servers    map[*Server]struct{}
	wg         sync.WaitGroup
}

var loopIOs sync.Map // *Loop -> *loopIO

func ioOf(l *Loop) *loopIO {
	if v, ok := loopIOs.Load(l); ok {
		return v.(*loopIO)
	}
	v, _ := loopIOs.LoadOrStore(l, &loopIO{transports: map[*transport]struct{}{}, servers: map[*Server]struct{}{}})
	return v.(*loopIO)
}

// goIO runs fn on a goroutine that Loop.Close waits for.
func (l *Loop) goIO(fn func()) {
	io := ioOf(l)
	io.wg.Add(1)
	go func() {
		defer io.wg.Done()
		fn()
	}()
}

// closeStreams closes every transport and server of the loop and waits for
// their goroutines (called by Loop.Close).
func (l *Loop) closeStreams() {
	v, ok := loopIOs.Load(l)
	if !ok {
		return
	}
	lio := v.(*loopIO)
	lio.mu.Lock()
	var ts []*transport
	for t := range lio.transports {
		ts = append(ts, t)
	}
	var ss []*Server
	for s := range lio.servers {
		ss = append(ss, s)
	}
	lio.mu.Unlock()
	for _, s := range ss {
		s.ln.Close()
	}
	for _, t := range ts {
		t.abort()
	}
	lio.wg.Wait()
	loopIOs.Delete(l)
}

// netRegistry pairs the two ends of in-process loopback connections for
// the in-flight accounting.
var netRegistry = struct {
	mu        sync.Mutex
	conns     map[string]*transport // "local|remote" -> transport
	listeners map[int]*Server       // port -> listening server
}{conns: map[string]*transport{}, listeners: map[int]*Server{}}

func connKey(local, remote net.Addr) string { return local.String() + "|" + remote.String() }

// transport is one TCP connection (asyncio's _SelectorSocketTransport plus
// StreamReaderProtocol).
type transport struct {
	loop    *Loop
	conn    net.Conn
	key     string // local|remote
	peerKey string // remote|local: the key of the other end if in-process
	reader  *StreamReader
	server  *Server

	// Loop-side state.
	peer         *transport
	eofSent      bool // write_eof called
	closing      bool // close called
	lost         bool // connection_lost ran
	closed       *Future[py.NoneType]
	drainWaiters []*Future[py.NoneType]

	// In-flight accounting and read pausing (mu).
	mu         sync.Mutex
	cond       *sync.Cond
	inflight   int
	acceptUnit bool // a unit of inflight stands for the pending accept
	paused     bool
	dead       bool // the reader goroutine finished (or never runs)
	holding    bool // holds loop.external
	started    bool
	quit       bool // abort: goroutines must exit

	// Writer goroutine (wmu).
	wmu      sync.Mutex
	wcond    *sync.Cond
	wbuf     []byte
	wpending int  // bytes queued and not yet written
	wpaused  bool // protocol paused (drain waits)
	wEOF     bool // write_eof requested
	wClose   bool // close requested
	wHeld    bool // the pending close holds loop.external
	wDone    bool
}

func newTransport(l *Loop) *transport {
	t := &transport{loop: l}
	t.cond = sync.NewCond(&t.mu)
	t.wcond = sync.NewCond(&t.wmu)
	return t
}

// update makes the transport hold the loop's external count exactly while
// data is in flight to a reader that is not paused. Called with mu held.
func (t *transport) update() {
	want := t.inflight > 0 && !t.paused && !t.dead
	if want != t.holding {
		t.holding = want
		if want {
			t.loop.BeginExternal()
		} else {
			t.loop.EndExternal()
		}
	}
}

func (t *transport) addInflight(n int) {
	t.mu.Lock()
	if !t.dead {
		t.inflight += n
		t.update()
	}
	t.mu.Unlock()
}

func (t *transport) delivered(n int) {
	t.mu.Lock()
	t.inflight -= n
	if t.inflight < 0 {
		t.inflight = 0
	}
	t.update()
	t.mu.Unlock()
}

// attach binds a connection to the transport and registers it.
func (t *transport) attach(conn net.Conn) {
	t.conn = conn
	t.key = connKey(conn.LocalAddr(), conn.RemoteAddr())
	t.peerKey = connKey(conn.RemoteAddr(), conn.LocalAddr())
	lio := ioOf(t.loop)
	lio.mu.Lock()
	lio.transports[t] = struct{}{}
	lio.mu.Unlock()
}

// findPeer returns the in-process other end, if any.
func (t *transport) findPeer() *transport {
	if t.peer == nil && t.peerKey != "" {
		netRegistry.mu.Lock()
		t.peer = netRegistry.conns[t.peerKey]
		netRegistry.mu.Unlock()
	}
	return t.peer
}

// start launches the reader and writer goroutines (connection_made).
func (t *transport) start() {
	t.mu.Lock()
	t.started = true
	t.mu.Unlock()
	t.loop.goIO(t.readLoop)
	t.loop.goIO(t.writeLoop)
}

func (t *transport) readLoop() {
	buf := make([]byte, DefaultStreamLimit)
	for {
		t.mu.Lock()
		for t.paused && !t.quit {
			t.cond.Wait()
		}
		quit := t.quit
		t.mu.Unlock()
		if quit {
			t.finishReader()
			return
		}
		n, err := t.conn.Read(buf)
		if n > 0 {
			data := make([]byte, n)
			copy(data, buf[:n])
			t.loop.postThreadsafe(func() { t.dataReceived(data) })
			t.delivered(n)
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				t.loop.postThreadsafe(t.eofReceived)
			} else if !errors.Is(err, net.ErrClosed) {
				exc := connError(err)
				t.loop.postThreadsafe(func() { t.fatal(exc) })
			}
			t.finishReader()
			return
		}
	}
}

func (t *transport) finishReader() {
	t.mu.Lock()
	t.dead = true
	t.inflight = 0
	t.update()
	t.mu.Unlock()
	netRegistry.mu.Lock()
	if netRegistry.conns[t.key] == t {
		delete(netRegistry.conns, t.key)
	}
	netRegistry.mu.Unlock()
}

func (t *transport) writeLoop() {
	t.wmu.Lock()
	for {
		for len(t.wbuf) == 0 && !t.wEOF && !t.wClose && !t.wDone {
			t.wcond.Wait()
		}
		if t.wDone {
			t.releaseClose()
			t.wmu.Unlock()
			return
		}
		if len(t.wbuf) > 0 {
			data := t.wbuf
			t.wbuf = nil
			t.wmu.Unlock()
			_, err := t.conn.Write(data)
			t.wmu.Lock()
			if err != nil {
				t.wbuf = nil
				t.wpending = 0
				if !t.wDone {
					exc := connError(err)
					t.loop.postThreadsafe(func() { t.fatal(exc) })
				}
				t.wDone = true
				continue
			}
			t.wpending -= len(data)
			if t.wpaused && t.wpending <= writeLowWater {
				t.wpaused = false
				t.loop.postThreadsafe(t.resumeWriting)
			}
			continue
		}
		if t.wEOF {
			t.wEOF = false
			if tc, ok := t.conn.(interface{ CloseWrite() error }); ok {
				tc.CloseWrite()
			}
			continue
		}
		if t.wClose {
			t.wDone = true
			t.wmu.Unlock()
			t.conn.Close()
			t.loop.postThreadsafe(func() { t.connectionLost(nil) })
			t.wmu.Lock()
			t.releaseClose()
			t.wmu.Unlock()
			return
		}
	}
}

// connError converts a socket error into the Python exception CPython
// raises for it.
func connError(err error) py.Exception {
	switch {
	case errors.Is(err, syscall.ECONNRESET):
		return py.NewExc(py.ConnectionResetErrorClass, int64(syscall.ECONNRESET), "Connection reset by peer")
	case errors.Is(err, syscall.EPIPE):
		return py.NewExc(py.BrokenPipeErrorClass, int64(syscall.EPIPE), "Broken pipe")
	case errors.Is(err, syscall.ECONNREFUSED):
		return py.NewExc(py.ConnectionRefusedErrorClass, int64(syscall.ECONNREFUSED), "Connection refused")
	case errors.Is(err, syscall.ECONNABORTED):
		return py.NewExc(py.ConnectionAbortedErrorClass, int64(syscall.ECONNABORTED), "Software caused connection abort")
	}
	return py.NewExc(py.OSErrorClass, err.Error())
}

// abort closes the connection at once and stops the goroutines (loop close).
func (t *transport) abort() {
	t.mu.Lock()
	t.quit = true
	t.cond.Broadcast()
	t.mu.Unlock()
	t.wmu.Lock()
	t.releaseClose()
	t.wDone = true
	t.wcond.Broadcast()
	t.wmu.Unlock()
	if t.conn != nil {
		t.conn.Close()
	}
}

// releaseClose drops the external count a pending close holds (wmu held).
func (t *transport) releaseClose() {
	if t.wHeld {
		t.wHeld = false
		t.loop.EndExternal()
	}
}

// Loop-side protocol callbacks.

func (t *transport) dataReceived(data []byte) {
	if t.lost || t.reader == nil {
		return
	}
	t.reader.FeedData(py.Bytes(data))
}

func (t *transport) eofReceived() {
	if t.lost || t.reader == nil {
		return
	}
	t.reader.FeedEOF()
}

func (t *transport) pauseReading() {
	t.mu.Lock()
	t.paused = true
	t.update()
	t.mu.Unlock()
}

func (t *transport) resumeReading() {
	t.mu.Lock()
	t.paused = false
	t.update()
	t.cond.Broadcast()
	t.mu.Unlock()
}

// fatal is _fatal_error: the connection is closed with exc.
func (t *transport) fatal(exc py.Exception) {
	if t.lost {
		return
	}
	t.closing = true
	t.abort()
	t.loop.CallSoon(func() { t.connectionLost(exc) })
}

func (t *transport) resumeWriting() {
	ws := t.drainWaiters
	t.drainWaiters = nil
	for _, w := range ws {
		if !w.Done() {
			w.SetResult(py.None)
		}
	}
}

// connectionLost is StreamReaderProtocol.connection_lost plus the server's
// _detach.
func (t *transport) connectionLost(exc py.Exception) {
	if t.lost {
		return
	}
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
	ws := t.drainWaiters
	t.drainWaiters = nil
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
	lio := ioOf(t.loop)
	lio.mu.Lock()
	delete(lio.transports, t)
	lio.mu.Unlock()
	if s := t.server; s != nil {
		s.active--
		if s.active == 0 && s.ln == nil {
			s.wakeup()
		}
	}
}

func (t *transport) write(data []byte) {
	if t.eofSent {
		panic(py.RuntimeError("Cannot call write() after write_eof()"))
	}
	if len(data) == 0 || t.lost || t.closing {
		return
	}
	if p := t.findPeer(); p != nil {
		p.addInflight(len(data))
	}
	t.wmu.Lock()
	if !t.wDone {
		t.wbuf = append(t.wbuf, data...)
		t.wpending += len(data)
		if t.wpending > writeHighWater {
			t.wpaused = true
		}
		t.wcond.Signal()
	}
	t.wmu.Unlock()
}

func (t *transport) writeEOF() {
	if t.closing || t.eofSent {
		return
	}
	t.eofSent = true
	if p := t.findPeer(); p != nil {
		p.addInflight(1)
	}
	t.wmu.Lock()
	t.wEOF = true
	t.wcond.Signal()
	t.wmu.Unlock()
}

func (t *transport) close() {
	if t.closing {
		return
	}
	t.closing = true
	if p := t.findPeer(); p != nil {
		p.addInflight(1)
	}
	// Stop reading (remove_reader): the reader goroutine exits when the
	// connection closes.
	t.wmu.Lock()
	if t.wDone {
		t.wmu.Unlock()
		t.abort()
		t.loop.CallSoon(func() { t.connectionLost(nil) })
		return
	}
	if t.wpending == 0 && !t.wEOF {
		t.wDone = true
		t.wcond.Broadcast()
		t.wmu.Unlock()
		t.mu.Lock()
		t.quit = true
		t.cond.Broadcast()
		t.mu.Unlock()
		t.conn.Close()
		t.loop.CallSoon(func() { t.connectionLost(nil) })
		return
	}
	t.wClose = true
	t.wHeld = true
	t.loop.BeginExternal() // until the writer goroutine posts connection_lost
	t.wcond.Signal()
	t.wmu.Unlock()
}

// StreamReader is asyncio.StreamReader: a buffer fed by the connection's
// reader goroutine through the loop.
type StreamReader struct {
	loop   *Loop
	t      *transport
	limit  int
	buf    []byte
	eof    bool
	exc    py.Exception
	waiter *Future[py.NoneType]
	paused bool
}

// NewStreamReader creates a reader with the given limit (<= 0: 64 KiB).
func NewStreamReader(l *Loop, limit int) *StreamReader {
	if limit <= 0 {
		limit = DefaultStreamLimit
	}
	return &StreamReader{loop: loopOrCurrent(l), limit: limit}
}

// Exception returns the exception set on the reader, or nil.
func (r *StreamReader) Exception() py.Exception { return r.exc }

func (r *StreamReader) setException(e py.Exception) {
	r.exc = e
	if w := r.waiter; w != nil {
		r.waiter = nil
		if !w.Cancelled() {
			w.SetException(e)
			w.flags &^= fLogTB
		}
	}
}

func (r *StreamReader) wakeupWaiter() {
	if w := r.waiter; w != nil {
		r.waiter = nil
		if !w.Cancelled() {
			w.SetResult(py.None)
		}
	}
}

// FeedEOF records the end of the data (feed_eof).
func (r *StreamReader) FeedEOF() {
	r.eof = true
	r.wakeupWaiter()
}

// AtEOF reports whether the buffer is empty and EOF was received (at_eof).
func (r *StreamReader) AtEOF() bool { return r.eof && len(r.buf) == 0 }

// FeedData appends data to the buffer (feed_data); above twice the limit
// the connection stops reading until the buffer drains.
func (r *StreamReader) FeedData(data py.Bytes) {
	if len(data) == 0 {
		return
	}
	r.buf = append(r.buf, data...)
	r.wakeupWaiter()
	if r.t != nil && !r.paused && len(r.buf) > 2*r.limit {
		r.paused = true
		r.t.pauseReading()
	}
}

func (r *StreamReader) maybeResume() {
	if r.paused && len(r.buf) <= r.limit {
		r.paused = false
		r.t.resumeReading()
	}
}

// take removes and returns the first n bytes of the buffer.
func (r *StreamReader) take(n int) py.Bytes {
	b := py.Bytes(r.buf[:n])
	r.buf = r.buf[n:]
	if len(r.buf) == 0 {
		r.buf = nil
	}
	r.maybeResume()
	return b
}

func (r *StreamReader) waitForData(fn string) *Future[py.NoneType] {
	if r.waiter != nil {
		panic(py.RuntimeError(fn + "() called while another coroutine is already waiting for incoming data"))
	}
	if r.paused {
		r.paused = false
		r.t.resumeReading()
	}
	r.waiter = NewFuture[py.NoneType](r.loop)
	return r.waiter
}

// Read kinds.
const (
	readN = iota
	readAll
	readUntil
	readExactly
	readLine
)

// ReadOp is an awaitable read of a StreamReader (read, readline,
// readexactly, readuntil). It completes without suspending when the buffer
// already holds what it needs.
type ReadOp struct {
	r      *StreamReader
	kind   int
	n      int
	sep    []byte
	offset int
	blocks []byte
	fut    *Future[py.NoneType]
	result py.Bytes
	err    py.Exception
}

// Read is read(n): up to n bytes (n < 0: everything until EOF).
func (r *StreamReader) Read(n int64) *ReadOp {
	if n < 0 {
		return &ReadOp{r: r, kind: readAll}
	}
	return &ReadOp{r: r, kind: readN, n: int(n)}
}

// Readline is readline().
func (r *StreamReader) Readline() *ReadOp {
	return &ReadOp{r: r, kind: readLine, sep: []byte{'\n'}}
}

// Readexactly is readexactly(n).
func (r *StreamReader) Readexactly(n int64) *ReadOp {
	return &ReadOp{r: r, kind: readExactly, n: int(n)}
}

// Readuntil is readuntil(separator).
func (r *StreamReader) Readuntil(sep py.Bytes) *ReadOp {
	return &ReadOp{r: r, kind: readUntil, sep: []byte(sep)}
}

// Step implements Awaitable.
func (o *ReadOp) Step(tc *TaskCore) bool {
	r := o.r
	for {
		if o.fut != nil {
			f := o.fut
			ok := func() bool {
				defer func() {
					if x := recover(); x != nil {
						o.fut = nil
						if r.waiter == f {
							r.waiter = nil
						}
						panic(x)
					}
				}()
				if !f.Step(tc) {
					return false
				}
				o.fut = nil
				if r.waiter == f {
					r.waiter = nil
				}
				f.Result()
				return true
			}()
			if !ok {
				return false
			}
		} else if e := tc.exc; e != nil {
			tc.exc = nil
			panic(e)
		}
		if o.attempt() {
			return true
		}
		o.fut = r.waitForData(o.name())
	}
}

func (o *ReadOp) name() string {
	switch o.kind {
	case readN, readAll:
		return "read"
	case readExactly:
		return "readexactly"
	}
	return "readuntil"
}

// attempt tries to complete the read from the buffer: true when done (the
// result is set or an exception raised), false when it must wait for data.
func (o *ReadOp) attempt() (done bool) {
	r := o.r
	switch o.kind {
	case readN:
		if r.exc != nil {
			panic(r.exc)
		}
		if o.n == 0 {
			o.result = py.Bytes("")
			return true
		}
		if len(r.buf) == 0 && !r.eof {
			return false
		}
		o.result = r.take(min(o.n, len(r.buf)))
		return true
	case readAll:
		for {
			if r.exc != nil {
				panic(r.exc)
			}
			if len(r.buf) == 0 && !r.eof {
				return false
			}
			block := r.take(min(r.limit, len(r.buf)))
			if len(block) == 0 {
				o.result = py.Bytes(o.blocks)
				return true
			}
			o.blocks = append(o.blocks, block...)
		}
	case readExactly:
		if o.n < 0 {
			panic(py.ValueError("readexactly size can not be less than zero"))
		}
		if r.exc != nil {
			panic(r.exc)
		}
		if o.n == 0 {
			o.result = py.Bytes("")
			return true
		}
		if len(r.buf) < o.n {
			if r.eof {
				partial := r.take(len(r.buf))
				panic(NewIncompleteReadError(partial, py.Some(int64(o.n))))
			}
			return false
		}
		o.result = r.take(o.n)
		return true
	case readUntil, readLine:
		if o.kind == readLine {
			defer func() {
				if x := recover(); x != nil {
					e, ok := x.(py.Exception)
					if !ok {
						panic(x)
					}
					switch v := e.Exc().Outer().(type) {
					case *IncompleteReadError:
						o.result = v.Partial
						done = true
						return
					case *LimitOverrunError:
						c := int(v.Consumed)
						if c+1 <= len(r.buf) && r.buf[c] == '\n' {
							r.take(c + 1)
						} else {
							r.take(len(r.buf))
						}
						panic(py.ValueError(py.Str(v.Args[0])))
					}
					panic(x)
				}
			}()
		}
		return o.until()
	}
	return true
}

// until is the body of readuntil.
func (o *ReadOp) until() bool {
	r := o.r
	seplen := len(o.sep)
	if seplen == 0 {
		panic(py.ValueError("Separator should be at least one-byte string"))
	}
	if r.exc != nil {
		panic(r.exc)
	}
	for {
		buflen := len(r.buf)
		if buflen-o.offset >= seplen {
			isep := indexFrom(r.buf, o.sep, o.offset)
			if isep != -1 {
				if isep > r.limit {
					panic(NewLimitOverrunError("Separator is found, but chunk is longer than limit", int64(isep)))
				}
				o.result = r.take(isep + seplen)
				return true
			}
			o.offset = buflen + 1 - seplen
			if o.offset > r.limit {
				panic(NewLimitOverrunError("Separator is not found, and chunk exceed the limit", int64(o.offset)))
			}
		}
		if r.eof {
			chunk := r.take(len(r.buf))
			panic(NewIncompleteReadError(chunk, py.Opt[int64]{}))
		}
		return false
	}
}

func indexFrom(b, sep []byte, from int) int {
	for i := from; i+len(sep) <= len(b); i++ {
		if string(b[i:i+len(sep)]) == string(sep) {
			return i
		}
	}
	return -1
}

// Result implements Awaitable.
func (o *ReadOp) Result() py.Bytes { return o.result }

// ResultAny implements AnyAwaitable.
func (o *ReadOp) ResultAny() any { return o.result }

// IncompleteReadError is asyncio.IncompleteReadError.
type IncompleteReadError struct {
	py.BaseException
	Partial  py.Bytes
	Expected py.Opt[int64]
}

// NewIncompleteReadError is IncompleteReadError(partial, expected).
func NewIncompleteReadError(partial py.Bytes, expected py.Opt[int64]) *IncompleteReadError {
	r := "undefined"
	if expected.Ok {
		r = strconv.FormatInt(expected.V, 10)
	}
	e := &IncompleteReadError{Partial: partial, Expected: expected}
	e.Class = py.IncompleteReadErrorClass
	e.Args = []any{fmt.Sprintf("%d bytes read on a total of %s expected bytes", len(partial), r)}
	e.Self = e
	return e
}

// LimitOverrunError is asyncio.LimitOverrunError.
type LimitOverrunError struct {
	py.BaseException
	Consumed int64
}

// NewLimitOverrunError is LimitOverrunError(message, consumed).
func NewLimitOverrunError(msg string, consumed int64) *LimitOverrunError {
	e := &LimitOverrunError{Consumed: consumed}
	e.Class = py.LimitOverrunErrorClass
	e.Args = []any{msg}
	e.Self = e
	return e
}

// IncompleteReadPartial returns e.partial of an IncompleteReadError.
func IncompleteReadPartial(e py.Exception) py.Bytes {
	if x, ok := e.Exc().Outer().(*IncompleteReadError); ok {
		return x.Partial
	}
	panic(py.AttributeError("'" + e.Exc().ClassName() + "' object has no attribute 'partial'"))
}

// IncompleteReadExpected returns e.expected of an IncompleteReadError.
func IncompleteReadExpected(e py.Exception) py.Opt[int64] {
	if x, ok := e.Exc().Outer().(*IncompleteReadError); ok {
		return x.Expected
	}
	panic(py.AttributeError("'" + e.Exc().ClassName() + "' object has no attribute 'expected'"))
}

// LimitOverrunConsumed returns e.consumed of a LimitOverrunError.
func LimitOverrunConsumed(e py.Exception) int64 {
	if x, ok := e.Exc().Outer().(*LimitOverrunError); ok {
		return x.Consumed
	}
	panic(py.AttributeError("'" + e.Exc().ClassName() + "' object has no attribute 'consumed'"))
}

// StreamWriter is asyncio.StreamWriter.
type StreamWriter struct {
	t *transport
	r *StreamReader
}

// Write queues data for sending (write).
func (w *StreamWriter) Write(data py.Bytes) { w.t.write([]byte(data)) }

// Writelines writes each element of data (writelines).
func (w *StreamWriter) Writelines(data *py.List[py.Bytes]) {
	var b []byte
	for _, d := range data.V {
		b = append(b, d...)
	}
	w.t.write(b)
}

// WriteEOF closes the write side after the queued data (write_eof).
func (w *StreamWriter) WriteEOF() { w.t.writeEOF() }

// CanWriteEOF reports true (TCP supports half-close).
func (w *StreamWriter) CanWriteEOF() bool { return true }

// Close closes the connection after the queued data is sent (close).
func (w *StreamWriter) Close() { w.t.close() }

// IsClosing reports whether Close was called or the connection was lost.
func (w *StreamWriter) IsClosing() bool { return w.t.closing || w.t.lost }

// Addr returns get_extra_info('peername') or ('sockname') as (host, port).
func (w *StreamWriter) Addr(name string) py.Tuple2[string, int64] {
	var a net.Addr
	if name == "sockname" {
		a = w.t.conn.LocalAddr()
	} else {
		a = w.t.conn.RemoteAddr()
	}
	return addrTuple(a)
}

// GetExtraInfo is get_extra_info(name): peername and sockname are
// (host, port) tuples; other names give None.
func (w *StreamWriter) GetExtraInfo(name string) any {
	switch name {
	case "peername", "sockname":
		return w.Addr(name)
	}
	return py.None
}

func addrTuple(a net.Addr) py.Tuple2[string, int64] {
	if ta, ok := a.(*net.TCPAddr); ok {
		return py.Tuple2[string, int64]{F0: ta.IP.String(), F1: int64(ta.Port)}
	}
	return py.Tuple2[string, int64]{F0: a.String()}
}

// Drain waits until the write buffer is below the low-water mark (drain).
func (w *StreamWriter) Drain() *DrainOp { return &DrainOp{w: w} }

// WaitClosed waits until the connection is closed (wait_closed).
func (w *StreamWriter) WaitClosed() Awaitable[py.NoneType] {
	t := w.t
	if t.closed == nil {
		t.closed = NewFuture[py.NoneType](t.loop)
		if t.lost {
			t.closed.SetResult(py.None)
		}
	}
	return t.closed
}

// DrainOp is the awaitable of StreamWriter.drain().
type DrainOp struct {
	w     *StreamWriter
	state uint8
	sl    SleepOp
	fut   *Future[py.NoneType]
}

// Step implements Awaitable.
func (o *DrainOp) Step(tc *TaskCore) bool {
	t := o.w.t
	switch o.state {
	case 0:
		if e := tc.exc; e != nil {
			tc.exc = nil
			panic(e)
		}
		if r := o.w.r; r != nil && r.exc != nil {
			panic(r.exc)
		}
		if t.closing || t.lost {
			o.state = 1
			o.sl.Init(0)
			if !o.sl.Step(tc) {
				return false
			}
		}
		o.state = 2
	case 1:
		if !o.sl.Step(tc) {
			return false
		}
		o.state = 2
	case 3:
		if !o.fut.Step(tc) {
			return false
		}
		o.state = 4
		o.fut.Result()
		return true
	default:
		return true
	}
	// _drain_helper
	if t.lost {
		o.state = 4
		panic(py.NewExc(py.ConnectionResetErrorClass, "Connection lost"))
	}
	t.wmu.Lock()
	paused := t.wpaused
	t.wmu.Unlock()
	if !paused {
		o.state = 4
		return true
	}
	o.fut = NewFuture[py.NoneType](t.loop)
	t.drainWaiters = append(t.drainWaiters, o.fut)
	o.state = 3
	return o.Step(tc)
}

// Result implements Awaitable.
func (o *DrainOp) Result() py.NoneType { return py.None }

// ResultAny implements AnyAwaitable.
func (o *DrainOp) ResultAny() any { return py.None }

// Socket is a listening socket of a Server (asyncio.trsock.TransportSocket).
type Socket struct{ addr net.Addr }

// GetSockName returns the (host, port) the socket is bound to.
func (s *Socket) GetSockName() py.Tuple2[string, int64] { return addrTuple(s.addr) }

// Server is asyncio.Server, what start_server returns.
type Server struct {
	loop    *Loop
	ln      net.Listener // nil once closed
	handler func(*StreamReader, *StreamWriter) Awaitable[py.NoneType]
	limit   int
	sockets []*Socket
	port    int
	serving bool
	active  int
	waiters []*Future[py.NoneType]
	noWait  bool // _waiters is None: wait_closed returns at once
	forever *Future[py.NoneType]
}

// HostOf converts an optional host (None: all interfaces) to a string.
func HostOf(h py.Opt[string]) string {
	if !h.Ok {
		return ""
	}
	return h.V
}

// StartServer is asyncio.start_server(handler, host, port, limit=limit): it
// listens at once and serves each connection by running handler(reader,
// writer) in a new task.
func StartServer(handler func(*StreamReader, *StreamWriter) Awaitable[py.NoneType], host string, port int64, limit int64) Awaitable[*Server] {
	return &startServerOp{handler: handler, host: host, port: port, limit: int(limit)}
}

type startServerOp struct {
	handler func(*StreamReader, *StreamWriter) Awaitable[py.NoneType]
	host    string
	port    int64
	limit   int
	state   uint8
	g       *Future[*py.List[any]]
	sl      SleepOp
	srv     *Server
}

func (o *startServerOp) Step(tc *TaskCore) bool {
	l := tc.loop
	switch o.state {
	case 0:
		if e := tc.exc; e != nil {
			tc.exc = nil
			panic(e)
		}
		// create_server resolves the address with gather() (one task).
		o.g = GatherAny(l, []AnyAwaitable{Erase[py.NoneType](nop{})}, false)
		o.state = 1
		fallthrough
	case 1:
		if !o.g.Step(tc) {
			return false
		}
		o.g.Result()
		ln, err := net.Listen("tcp", net.JoinHostPort(o.host, strconv.FormatInt(o.port, 10)))
		if err != nil {
			panic(listenError(err, o.host, o.port))
		}
		s := &Server{loop: l, ln: ln, handler: o.handler, limit: o.limit}
		s.sockets = []*Socket{{addr: ln.Addr()}}
		if ta, ok := ln.Addr().(*net.TCPAddr); ok {
			s.port = ta.Port
		}
		o.srv = s
		s.startServing()
		o.state = 2
		o.sl.Init(0)
		fallthrough
	case 2:
		if !o.sl.Step(tc) {
			return false
		}
		o.state = 3
	}
	return true
}

func (o *startServerOp) Result() *Server { return o.srv }

func listenError(err error, host string, port int64) py.Exception {
	if errors.Is(err, syscall.EADDRINUSE) {
		return py.NewExc(py.OSErrorClass, int64(syscall.EADDRINUSE),
			fmt.Sprintf("error while attempting to bind on address ('%s', %d): address already in use", host, port))
	}
	return py.NewExc(py.OSErrorClass, err.Error())
}

func (s *Server) startServing() {
	if s.serving || s.ln == nil {
		return
	}
	s.serving = true
	lio := ioOf(s.loop)
	lio.mu.Lock()
	lio.servers[s] = struct{}{}
	lio.mu.Unlock()
	netRegistry.mu.Lock()
	netRegistry.listeners[s.port] = s
	netRegistry.mu.Unlock()
	ln := s.ln
	s.loop.goIO(func() { s.acceptLoop(ln) })
}

func (s *Server) acceptLoop(ln net.Listener) {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		netRegistry.mu.Lock()
		key := connKey(conn.LocalAddr(), conn.RemoteAddr())
		t := netRegistry.conns[key]
		if t == nil {
			t = newTransport(s.loop)
			netRegistry.conns[key] = t
		}
		netRegistry.mu.Unlock()
		t.attach(conn)
		if !s.loop.postThreadsafe(func() { s.accepted(t) }) {
			conn.Close()
		}
		t.mu.Lock()
		if t.acceptUnit {
			t.acceptUnit = false
			t.inflight--
			t.update()
		}
		t.mu.Unlock()
	}
}

// accepted runs on the loop for a new connection: like CPython it creates a
// task (_accept_connection2) that makes the transport, whose
// connection_made creates the reader, the writer and the handler's task.
func (s *Server) accepted(t *transport) {
	if s.ln == nil {
		t.abort()
		t.finishReader()
		return
	}
	LoopCreateTask(s.loop, &connSetupOp{t: t, made: func() { s.connectionMade(t) }}, "")
}

func (s *Server) connectionMade(t *transport) {
	r := NewStreamReader(s.loop, s.limit)
	r.t = t
	t.reader = r
	t.server = s
	s.active++
	t.start()
	w := &StreamWriter{t: t, r: r}
	LoopCreateTask(s.loop, s.handler(r, w), "")
}

// connSetupOp is _create_connection_transport / _accept_connection2: it
// schedules connection_made and the waiter with call_soon and awaits the
// waiter.
type connSetupOp struct {
	t    *transport
	made func()
	fut  *Future[py.NoneType]
}

func (o *connSetupOp) Step(tc *TaskCore) bool {
	if o.fut == nil {
		if e := tc.exc; e != nil {
			tc.exc = nil
			panic(e)
		}
		l := tc.loop
		o.fut = NewFuture[py.NoneType](l)
		f := o.fut
		l.CallSoon(o.made)
		l.CallSoon(func() {
			if !f.Done() {
				f.SetResult(py.None)
			}
		})
	}
	if !o.fut.Step(tc) {
		return false
	}
	o.fut.Result()
	return true
}

func (o *connSetupOp) Result() py.NoneType { return py.None }

// Sockets returns the listening sockets; empty once closed (sockets).
func (s *Server) Sockets() py.VarTuple[*Socket] {
	if s.ln == nil {
		return py.VarTuple[*Socket]{}
	}
	return py.TupleOf(s.sockets)
}

// GetLoop returns the server's loop.
func (s *Server) GetLoop() *Loop { return s.loop }

// IsServing reports whether the server accepts connections.
func (s *Server) IsServing() bool { return s.serving }

// Close stops listening; existing connections stay open (close).
func (s *Server) Close() {
	if s.ln == nil {
		return
	}
	ln := s.ln
	s.ln = nil
	ln.Close()
	s.serving = false
	netRegistry.mu.Lock()
	if netRegistry.listeners[s.port] == s {
		delete(netRegistry.listeners, s.port)
	}
	netRegistry.mu.Unlock()
	lio := ioOf(s.loop)
	lio.mu.Lock()
	delete(lio.servers, s)
	lio.mu.Unlock()
	if f := s.forever; f != nil && !f.Done() {
		f.Cancel()
		s.forever = nil
	}
	if s.active == 0 {
		s.wakeup()
	}
}

func (s *Server) wakeup() {
	ws := s.waiters
	s.waiters = nil
	s.noWait = true
	for _, w := range ws {
		if !w.Done() {
			w.SetResult(py.None)
		}
	}
}

// WaitClosed waits until the server is closed and its connections are
// gone (wait_closed; it returns at once if the server was already woken).
func (s *Server) WaitClosed() Awaitable[py.NoneType] {
	if s.ln == nil || s.noWait { // 3.11: no waiting once closed
		return nop{}
	}
	f := NewFuture[py.NoneType](s.loop)
	s.waiters = append(s.waiters, f)
	return f
}

// StartServing starts accepting connections (start_serving).
func (s *Server) StartServing() Awaitable[py.NoneType] {
	s.startServing()
	return &yieldOp{}
}

// yieldOp is `await sleep(0)`.
type yieldOp struct{ sl SleepOp }

func (o *yieldOp) Step(tc *TaskCore) bool {
	if o.sl.state == sleepInit && o.sl.tc == nil {
		o.sl.Init(0)
	}
	return o.sl.Step(tc)
}

func (o *yieldOp) Result() py.NoneType { return py.None }

// AEnter is `async with server:` (__aenter__ returns the server).
func (s *Server) AEnter() *Server { return s }

// AExit is __aexit__: close() and await wait_closed().
func (s *Server) AExit() Awaitable[py.NoneType] {
	s.Close()
	return s.WaitClosed()
}

// ServeForever accepts connections until cancelled (serve_forever).
func (s *Server) ServeForever() Awaitable[py.NoneType] { return &serveForeverOp{s: s} }

type serveForeverOp struct {
	s     *Server
	state uint8
	fut   *Future[py.NoneType]
	wc    Awaitable[py.NoneType]
	exc   any
}

func (o *serveForeverOp) Step(tc *TaskCore) bool {
	s := o.s
	switch o.state {
	case 0:
		if s.forever != nil {
			panic(py.RuntimeError("server is already being awaited on serve_forever()"))
		}
		if s.ln == nil {
			panic(py.RuntimeError("server is closed"))
		}
		s.startServing()
		o.fut = NewFuture[py.NoneType](s.loop)
		s.forever = o.fut
		o.state = 1
		fallthrough
	case 1:
		done := false
		func() {
			defer func() {
				if x := recover(); x != nil {
					e, ok := x.(py.Exception)
					if !ok || !py.IsInstance(e, py.CancelledErrorClass) {
						s.forever = nil
						panic(x)
					}
					o.exc = x
				}
			}()
			if o.fut.Step(tc) {
				o.fut.Result()
				done = true
			}
		}()
		if o.exc == nil {
			if done {
				s.forever = nil
			}
			return done
		}
		s.forever = nil
		s.Close()
		o.wc = s.WaitClosed()
		o.state = 2
		fallthrough
	case 2:
		if !o.wc.Step(tc) {
			return false
		}
		panic(o.exc)
	}
	return true
}

func (o *serveForeverOp) Result() py.NoneType { return py.None }

// OpenConnection is asyncio.open_connection(host, port, limit=limit): it
// connects on a helper goroutine and returns (reader, writer).
func OpenConnection(host string, port int64, limit int64) Awaitable[py.Tuple2[*StreamReader, *StreamWriter]] {
	return &openConnOp{host: host, port: port, limit: int(limit)}
}

type openConnOp struct {
	host  string
	port  int64
	limit int
	state uint8
	dial  *Future[*transport]
	setup connSetupOp
	res   py.Tuple2[*StreamReader, *StreamWriter]
}

func (o *openConnOp) Step(tc *TaskCore) bool {
	l := tc.loop
	switch o.state {
	case 0:
		if e := tc.exc; e != nil {
			tc.exc = nil
			panic(e)
		}
		o.dial = NewFuture[*transport](l)
		f := o.dial
		addr := net.JoinHostPort(o.host, strconv.FormatInt(o.port, 10))
		l.BeginExternal()
		l.goIO(func() {
			defer l.EndExternal()
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				exc := dialError(err, o.host, o.port)
				l.postThreadsafe(func() {
					if !f.Done() {
						f.SetException(exc)
					}
				})
				return
			}
			t := dialed(l, conn)
			if !l.postThreadsafe(func() {
				if f.Done() {
					t.abort()
					t.finishReader()
					return
				}
				f.SetResult(t)
			}) {
				conn.Close()
			}
		})
		o.state = 1
		fallthrough
	case 1:
		if !o.dial.Step(tc) {
			return false
		}
		t := o.dial.Result()
		r := NewStreamReader(l, o.limit)
		r.t = t
		t.reader = r
		o.res = py.Tuple2[*StreamReader, *StreamWriter]{F0: r, F1: &StreamWriter{t: t, r: r}}
		o.setup = connSetupOp{t: t, made: t.start}
		o.state = 2
		fallthrough
	case 2:
		if !o.setup.Step(tc) {
			return false
		}
		o.state = 3
	}
	return true
}

func (o *openConnOp) Result() py.Tuple2[*StreamReader, *StreamWriter] { return o.res }

// dialed registers a new client connection; if it goes to a listener of
// this process, the accept counts as in flight until it happens.
func dialed(l *Loop, conn net.Conn) *transport {
	netRegistry.mu.Lock()
	defer netRegistry.mu.Unlock()
	key := connKey(conn.LocalAddr(), conn.RemoteAddr())
	t := netRegistry.conns[key]
	if t == nil {
		t = newTransport(l)
		netRegistry.conns[key] = t
	}
	t.attach(conn)
	if ta, ok := conn.RemoteAddr().(*net.TCPAddr); ok {
		if s := netRegistry.listeners[ta.Port]; s != nil {
			pk := connKey(conn.RemoteAddr(), conn.LocalAddr())
			if netRegistry.conns[pk] == nil {
				p := newTransport(s.loop)
				netRegistry.conns[pk] = p
				p.mu.Lock()
				p.acceptUnit = true
				p.inflight = 1
				p.update()
				p.mu.Unlock()
			}
		}
	}
	return t
}

func dialError(err error, host string, port int64) py.Exception {
	if errors.Is(err, syscall.ECONNREFUSED) {
		return py.NewExc(py.ConnectionRefusedErrorClass, int64(syscall.ECONNREFUSED),
			fmt.Sprintf("Connect call failed ('%s', %d)", host, port))
	}
	return connError(err)
}
