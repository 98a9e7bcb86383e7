package runtime

import (
	"bytes"
	"fmt"
	"strconv"
	"unsafe"

	"github.com/aiogo/aiogo/runtime/py"
)

// Streams (R19): asyncio.StreamReader and StreamWriter, the user-facing
// half of CPython's streams.py. The transports under them are in
// transports.go (sockets driven by the loop's poller, netpoll.go); servers
// and connections in servers.go.
//
// The StreamReader buffers what its transport reads with CPython's
// semantics (limit 64 KiB, reading paused above twice the limit,
// readline/readuntil/readexactly behaviour at EOF), and StreamWriter.drain
// applies CPython's write flow control (high water 64 KiB, low water
// 16 KiB).

// StreamReader is asyncio.StreamReader: a buffer fed by the connection's
// transport.
type StreamReader struct {
	loop   *Loop
	t      *transport
	limit  int
	buf    []byte
	store  []byte // buf's array kept while empty (at most keepBuffer bytes)
	eof    bool
	exc    py.Exception
	waiter *Future[py.NoneType]
	spare  *Future[py.NoneType] // a consumed waiter kept for reuse (recycle)
	paused bool
}

// NewStreamReader creates a reader with the given limit (<= 0: 64 KiB).
func NewStreamReader(l *Loop, limit int) *StreamReader {
	if limit <= 0 {
		limit = DefaultStreamLimit
	}
	return &StreamReader{loop: loopOrCurrent(l), limit: limit}
}

// NewStreamReaderLimit is asyncio.StreamReader(limit): a reader on the
// running loop that the program feeds itself (feed_data, feed_eof).
func NewStreamReaderLimit(limit int64) *StreamReader {
	if limit <= 0 {
		panic(py.ValueError("Limit cannot be <= 0"))
	}
	return NewStreamReader(nil, int(min(limit, 1<<40)))
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
func (r *StreamReader) FeedData(data py.Bytes) { r.feed(unsafeBytes(data)) }

// feed is FeedData for bytes the reader copies (the transport's reads).
func (r *StreamReader) feed(data []byte) {
	if len(data) == 0 {
		return
	}
	if len(r.buf) == 0 {
		r.buf = r.store[:0]
	}
	c := cap(r.buf)
	r.buf = append(r.buf, data...)
	if cap(r.buf) != c { // a new array, starting at buf
		r.store = nil
		if cap(r.buf) <= keepBuffer {
			r.store = r.buf[:0]
		}
	}
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

// unsafeBytes returns the bytes of s without a copy, for callees that
// only read them and keep a copy (feed, transport.write).
func unsafeBytes(s py.Bytes) []byte {
	return unsafe.Slice(unsafe.StringData(string(s)), len(s))
}

// keepBuffer is the largest buffer array a reader keeps while its buffer
// is empty: an echoing connection reuses one array for every line instead
// of allocating one per read, and an idle connection holds at most this.
const keepBuffer = 4 << 10

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
	f := r.spare
	if f != nil {
		r.spare = nil
		f.state, f.flags = statePending, 0
	} else {
		f = NewFuture[py.NoneType](r.loop)
	}
	r.waiter = f
	return f
}

// recycle keeps f, a waiter future a read has consumed, for the reader's
// next wait: nothing else refers to it (it never leaves the reader and its
// read, and the task it woke no longer waits on it), so a read that waits
// for data allocates nothing. A cancelled or failed waiter is not kept.
func (r *StreamReader) recycle(f *Future[py.NoneType]) {
	if f.state == stateFinished && f.exc == nil && f.cb0 == nil && f.ext == nil {
		r.spare = f
	}
}

// ANext is __anext__ (`async for line in reader`): readline, and
// StopAsyncIteration at EOF. *StreamReader is an AsyncIter[py.Bytes].
func (r *StreamReader) ANext() Awaitable[py.Bytes] {
	return &lineIterOp{ReadOp: ReadOp{r: r, kind: readLine, sep: newline}}
}

// lineIterOp is the awaitable of StreamReader.__anext__.
type lineIterOp struct{ ReadOp }

// Step implements Awaitable.
func (o *lineIterOp) Step(tc *TaskCore) bool {
	if !o.ReadOp.Step(tc) {
		return false
	}
	if len(o.result) == 0 {
		panic(py.NewExc(py.StopAsyncIterationClass))
	}
	return true
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
	return &ReadOp{r: r, kind: readLine, sep: newline}
}

// newline is readline's separator (never written).
var newline = []byte{'\n'}

// Readexactly is readexactly(n).
func (r *StreamReader) Readexactly(n int64) *ReadOp {
	return &ReadOp{r: r, kind: readExactly, n: int(n)}
}

// Readuntil is readuntil(separator).
func (r *StreamReader) Readuntil(sep py.Bytes) *ReadOp {
	return &ReadOp{r: r, kind: readUntil, sep: unsafeBytes(sep)}
}

// InitLine, InitRead, InitExactly and InitUntil prepare a ReadOp embedded
// in a coroutine frame (an await of readline, read, readexactly or
// readuntil: ir.OpStreamRead) for one read, so that a read costs no
// allocation.
func (o *ReadOp) InitLine(r *StreamReader) { *o = ReadOp{r: r, kind: readLine, sep: newline} }

// InitRead prepares read(n) (see InitLine).
func (o *ReadOp) InitRead(r *StreamReader, n int64) {
	if n < 0 {
		*o = ReadOp{r: r, kind: readAll}
	} else {
		*o = ReadOp{r: r, kind: readN, n: int(n)}
	}
}

// InitExactly prepares readexactly(n) (see InitLine).
func (o *ReadOp) InitExactly(r *StreamReader, n int64) {
	*o = ReadOp{r: r, kind: readExactly, n: int(n)}
}

// InitUntil prepares readuntil(sep) (see InitLine).
func (o *ReadOp) InitUntil(r *StreamReader, sep py.Bytes) {
	*o = ReadOp{r: r, kind: readUntil, sep: unsafeBytes(sep)}
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
				r.recycle(f)
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
	if from < 0 {
		from = 0
	}
	if from > len(b) {
		return -1
	}
	if i := bytes.Index(b[from:], sep); i >= 0 {
		return from + i
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
func (w *StreamWriter) Write(data py.Bytes) { w.t.write(unsafeBytes(data)) }

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
func (w *StreamWriter) Addr(name string) py.Tuple2[string, int64] { return w.t.sockAddr(name) }

// GetExtraInfo is get_extra_info(name): peername and sockname are
// (host, port) tuples; other names give None.
func (w *StreamWriter) GetExtraInfo(name string) any {
	switch name {
	case "peername", "sockname":
		return w.Addr(name)
	}
	return py.None
}

// Drain waits until the write buffer is below the low-water mark (drain).
func (w *StreamWriter) Drain() *DrainOp { return &DrainOp{w: w} }

// Init prepares a DrainOp embedded in a coroutine frame (an await of
// drain(): ir.OpStreamDrain) for one drain.
func (o *DrainOp) Init(w *StreamWriter) { *o = DrainOp{w: w} }

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
	if !t.wpaused {
		o.state = 4
		return true
	}
	o.fut = NewFuture[py.NoneType](t.loop)
	t.drainWait = append(t.drainWait, o.fut)
	o.state = 3
	return o.Step(tc)
}

// Result implements Awaitable.
func (o *DrainOp) Result() py.NoneType { return py.None }

// ResultAny implements AnyAwaitable.
func (o *DrainOp) ResultAny() any { return py.None }
