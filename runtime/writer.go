//go:build linux

package runtime

import (
	"os"
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"syscall"
)

// The socket writer: the write system calls of a loop's transports run on
// one helper goroutine, so on a machine with two cores the kernel's send
// path (on loopback it also delivers to the receiving socket, the larger
// half of the system time of an exchange) runs beside the loop instead of
// inside it. This is how Go's own net package spreads the same work over
// its Ps; libuv and uvloop write from the loop thread. The work is shared:
// when the loop has nothing to run and its poller finds no event, it takes
// queued transports from the writer's queue and sends them itself (help)
// rather than sleeping until the writer's sends make its sockets ready, so
// neither side idles while the other has a backlog. A write while the
// writer is parked and the loop has little else queued is sent by the loop
// at once (submit), so a single connection exchanging messages costs no
// wake-up of the writer, and the writer only runs while there is enough
// work to share. Bytes handed to the writer are the caller's own array
// when nothing else is pending (bytes objects are immutable): the common
// write is not copied. The writer's lock is the one cache line both
// processors write for every message, so it changes hands per batch: the
// writes of a loop pass are staged on the loop and handed over together
// before the loop polls (stage, flush), and the writer, or the loop
// helping it, takes and settles up to writerBatch transports per lock
// (sendSome).
//
// What the program sees is CPython's: write() never blocks and keeps the
// order of the bytes; the bytes the writer has not sent yet count in the
// transport's buffer (drain() waits above the high-water mark, close()
// and write_eof() wait for them). A transport's bytes move to the writer
// only while its loop-side buffer (wbuf) is empty; when the kernel does not
// take them all (EAGAIN) or the send fails, the writer hands the rest back
// to the loop, which continues as a selector loop does (EPOLLOUT, or
// connection_lost with the error). The writer tells the loop (through its
// thread-safe inbox) only about those hand-backs and about a flush the loop
// waits for, so a busy exchange costs no wake-up of the loop.
//
// A loop on the virtual clock writes inline: its time may only jump when
// no work is in flight. AIOGO_WRITES=inline in the environment makes every
// loop write inline.

// Writer states of a transport (guarded by sockWriter.mu).
const (
	wIdle    uint8 = iota // nothing in the writer's hands
	wQueued               // out is waiting in the writer's queue
	wWriting              // the writer is sending busy
	wBlocked              // the rest (out) and werr wait for the loop to take them back
)

// sockWriter is a loop's writer goroutine and its queue.
type sockWriter struct {
	mu     sync.Mutex
	queue  []*transport // queue[head:] wait to be sent
	head   int
	idle   bool        // waiting for wake
	parked atomic.Bool // idle, readable by the loop without the lock
	stop   bool
	wake   chan struct{}
	// staged: the transports with bytes written in this loop pass, not
	// handed to the writer yet (loop only; see stage).
	staged []*transport
}

// tWrite is the writer-side state of a transport, guarded by sockWriter.mu.
type tWrite struct {
	out   []byte // bytes handed to the writer, not being sent yet
	busy  []byte // bytes being sent (writer only, while wWriting)
	free  []byte // a sent buffer kept for reuse
	state uint8
	// outLent, busyLent: out or busy is the caller's array, lent (see
	// submit), so it is never appended to in place or reused as free.
	outLent  bool
	busyLent bool
	notify   bool // the loop waits for the writer to be done with the transport
	closeFD  bool // the loop closed the transport while busy was being sent
	err      error
}

// inlineWrites is set by AIOGO_WRITES=inline in the environment: every
// write is sent on the loop goroutine (to compare the two designs).
var inlineWrites = os.Getenv("AIOGO_WRITES") == "inline"

// writerOf returns the loop's socket writer, starting it on first use, or
// nil when writes are inline (virtual clock, or AIOGO_WRITES=inline).
func (l *Loop) writerOf() *sockWriter {
	if l.sw != nil || l.virtual || inlineWrites {
		return l.sw
	}
	w := &sockWriter{wake: make(chan struct{}, 1)}
	l.sw = w
	l.goIO(w.run)
	return w
}

// stage queues data for the writer on the loop side (the loop-side
// buffer is empty): the bytes a pass writes are handed over together, one
// lock for up to stageBatch transports instead of one per write (the lock's
// cache line moves between the two processors each time it is taken). It
// returns a bound on the bytes the writer and the stage hold for t: the
// writer's part as of the last hand-over, which is exact only after a
// flush. data is never written to by anyone (the array of an immutable
// bytes object, or one built for this write), so it is lent, not copied:
// the writer sends from it when nothing else is pending for t, and a
// later write appends to a copy (the stage's capacity is its length).
func (w *sockWriter) stage(t *transport, data []byte) int {
	if len(t.stage) == 0 {
		t.stage, t.stageLent = data[:len(data):len(data)], true
	} else {
		t.stage = append(t.stage, data...)
		t.stageLent = false
	}
	if !t.staged {
		t.staged = true
		w.staged = append(w.staged, t)
		if len(w.staged) >= stageBatch {
			w.flush()
			return t.held
		}
	}
	return len(t.stage) + t.held
}

// stageBatch is how many transports the loop stages before it hands them
// to the writer without waiting for the end of the pass.
const stageBatch = 16

// flush hands the staged bytes to the writer (on the loop) and wakes the
// writer if it is parked.
func (w *sockWriter) flush() {
	if len(w.staged) == 0 {
		return
	}
	w.mu.Lock()
	for i, t := range w.staged {
		w.staged[i] = nil
		if !t.staged {
			continue // dropped meanwhile (unstage)
		}
		t.staged = false
		t.held = w.put(t, t.stage, t.stageLent)
		t.stage, t.stageLent = nil, false
	}
	w.staged = w.staged[:0]
	if w.idle && len(w.queue) > w.head {
		w.idle = false
		w.parked.Store(false)
		select {
		case w.wake <- struct{}{}:
		default:
		}
	}
	w.mu.Unlock()
}

// flushFor flushes the stage when t has staged bytes, so that what the
// writer holds for t is all of them (before the loop looks at t's writer
// state).
func (w *sockWriter) flushFor(t *transport) {
	if t.staged {
		w.flush()
	}
}

// unstage drops the bytes staged for t (the transport is closed or
// failed); its entry in the staged list is skipped.
func (t *transport) unstage() {
	t.stage, t.stageLent, t.staged = nil, false, false
}

// put appends data (lent: the caller's array) to what the writer holds
// for t, queueing t if the writer was idle for it (w.mu held), and
// returns the bytes the writer then holds for t.
func (w *sockWriter) put(t *transport, data []byte, lent bool) int {
	tw := &t.tw
	if len(tw.out) == 0 {
		tw.out, tw.outLent = data, lent
	} else {
		if tw.outLent && tw.free != nil && cap(tw.free) >= len(tw.out)+len(data) {
			tw.out, tw.free = append(tw.free[:0], tw.out...), nil
		}
		tw.out = append(tw.out, data...)
		tw.outLent = false
	}
	if tw.state == wIdle {
		tw.state = wQueued
		w.push(t)
	}
	return len(tw.out) + len(tw.busy)
}

// sendsInline reports whether the loop should send t's next bytes itself:
// the writer is parked and holds nothing for t, nothing is staged for t,
// and the loop has little else queued (busy false). Waking the writer (a
// futex wake-up through Go's scheduler, and the writer's sleep after)
// would cost more than the send and buy no parallelism: one connection
// exchanging messages would wake the writer for each send, and the loop
// would then block until the writer's send made the peer readable. So
// the writer only runs while there is enough work to share, and a quiet
// exchange is sent as libuv sends it.
func (w *sockWriter) sendsInline(t *transport, busy bool) bool {
	if busy || t.staged || !w.parked.Load() {
		return false
	}
	w.mu.Lock()
	ok := w.idle && t.tw.state == wIdle && len(t.tw.out) == 0
	w.mu.Unlock()
	return ok
}

// wakeWriter is how many runners the loop's ready queue must hold for a
// write to go to a parked writer (see sendsInline): about 8 connections'
// read handlers and the tasks they wake. Below it the writer costs more
// CPU than it saves wall time (10 clients x 4,000 lines: threshold 4,
// 0.515 s CPU and 0.425 s wall; 16, 0.425 s and 0.44 s; Go's peer 0.465 s
// and 0.45 s); at 30 clients and more the writer runs either way.
const wakeWriter = 16

// pending returns the bytes the writer holds for t; with notify, the writer
// will tell the loop (t.writerEvent) when it is done with them.
func (w *sockWriter) pending(t *transport, notify bool) int {
	if w == nil {
		return 0
	}
	w.flushFor(t)
	w.mu.Lock()
	tw := &t.tw
	n := len(tw.out) + len(tw.busy)
	if tw.state == wBlocked {
		n = 1 // a hand-back is on its way to the loop
	} else if n > 0 && notify {
		tw.notify = true
	}
	w.mu.Unlock()
	return n
}

// release drops what the writer holds for t (the transport is closed) and
// reports whether the loop may close the descriptor now (false: the writer
// closes it when its send returns).
func (w *sockWriter) release(t *transport) bool {
	if w == nil {
		return true
	}
	t.unstage()
	w.mu.Lock()
	defer w.mu.Unlock()
	tw := &t.tw
	tw.out, tw.free, tw.err = nil, nil, nil
	if tw.state == wWriting {
		tw.closeFD = true
		return false
	}
	tw.state = wIdle // a queued entry is skipped
	return true
}

// discard drops the bytes queued for t that the writer has not started to
// send (the connection failed).
func (w *sockWriter) discard(t *transport) {
	if w == nil {
		return
	}
	t.unstage()
	w.mu.Lock()
	tw := &t.tw
	tw.out = nil
	if tw.state == wQueued {
		tw.state = wIdle
	}
	w.mu.Unlock()
}

// settle finishes on the loop goroutine what the writer holds for t, so
// that close() and write_eof() find the transport as CPython's would, whose
// write() sends at once: bytes still queued are sent now, a send in
// progress (it never blocks) is waited for, and a hand-back (the rest the
// kernel did not take, or the send's error) is taken into the loop-side
// buffer (or fails the connection) at once. A transport closed right after
// a write then loses its connection one callback later, as in CPython
// (drain() after close() raises ConnectionResetError), instead of when the
// writer's report comes.
func (w *sockWriter) settle(t *transport) {
	if w == nil {
		return
	}
	w.flushFor(t)
	for {
		w.mu.Lock()
		tw := &t.tw
		switch tw.state {
		case wIdle:
			w.mu.Unlock()
			return
		case wQueued: // its queue entry is skipped (take)
			tw.state = wWriting
			tw.busy, tw.out = tw.out, nil
			tw.busyLent, tw.outLent = tw.outLent, false
			w.mu.Unlock()
			w.send(t)
		case wWriting:
			w.mu.Unlock()
			goruntime.Gosched()
		default: // wBlocked
			w.mu.Unlock()
			t.writerEvent()
			return
		}
	}
}

// shutdown stops the writer goroutine (Loop.Close waits for it).
func (w *sockWriter) shutdown() {
	w.mu.Lock()
	w.stop = true
	w.idle = false
	w.parked.Store(false)
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

func (w *sockWriter) run() {
	w.mu.Lock()
	for {
		for len(w.queue) == w.head && !w.stop {
			w.idle = true
			w.parked.Store(true)
			w.mu.Unlock()
			<-w.wake
			w.mu.Lock()
		}
		if w.stop {
			w.mu.Unlock()
			return
		}
		// Half the queue (up to writerBatch), so the loop finds the
		// rest when it helps.
		w.sendSome(min(writerBatch, (len(w.queue)-w.head+1)/2), false)
	}
}

// writerBatch is the most transports the writer (or the loop helping it)
// takes under one lock.
const writerBatch = 4

// sendSome takes up to max queued transports, sends their bytes without
// the lock and settles them (w.mu is held on entry and on return): the
// sends are settled and the next ones taken under one lock, so the lock,
// whose cache line moves between the processors each time it changes
// hands, is taken once per batch rather than twice per send. onLoop: the
// loop is helping, and runs writerEvent itself.
func (w *sockWriter) sendSome(max int, onLoop bool) {
	var ts [writerBatch]*transport
	var ns [writerBatch]int
	var errs [writerBatch]error
	k := 0
	for k < max && len(w.queue) > w.head {
		if t := w.take(); t != nil {
			ts[k] = t
			k++
		}
	}
	if k == 0 {
		return
	}
	w.mu.Unlock()
	for i := 0; i < k; i++ {
		ns[i], errs[i] = ts[i].sendBusy()
	}
	w.mu.Lock()
	notify := 0
	for i := 0; i < k; i++ {
		if w.sent(ts[i], ns[i], errs[i]) {
			notify |= 1 << i
		}
	}
	if notify == 0 {
		return
	}
	w.mu.Unlock()
	for i := 0; i < k; i++ {
		if notify&(1<<i) == 0 {
			continue
		}
		if onLoop {
			ts[i].writerEvent()
		} else {
			ts[i].loop.postThreadsafe(ts[i].writerEvent)
		}
	}
	w.mu.Lock()
}

// push appends t to the queue, moving the waiting part to the front of
// the array when the array is full.
func (w *sockWriter) push(t *transport) {
	if w.head > 0 && len(w.queue) == cap(w.queue) {
		n := copy(w.queue, w.queue[w.head:])
		clear(w.queue[n:])
		w.queue, w.head = w.queue[:n], 0
	}
	w.queue = append(w.queue, t)
}

// take pops the first transport of the queue and moves its bytes to busy
// (nil: it was released meanwhile). The writer and the loop (help) take
// one transport at a time, so either can send while the other is busy.
func (w *sockWriter) take() *transport {
	t := w.queue[w.head]
	w.queue[w.head] = nil
	w.head++
	if w.head == len(w.queue) {
		w.queue, w.head = w.queue[:0], 0
	}
	tw := &t.tw
	if tw.state != wQueued {
		return nil
	}
	tw.state = wWriting
	tw.busy, tw.out = tw.out, nil
	tw.busyLent, tw.outLent = tw.outLent, false
	return t
}

// help sends up to n queued transports' bytes on the loop goroutine,
// which has nothing else to do (its poller found no event): the loop shares
// the writer's work instead of sleeping until the writer's sends make its
// sockets ready. It reports whether the queue had anything.
func (w *sockWriter) help(n int) bool {
	w.mu.Lock()
	if len(w.queue) == w.head {
		w.mu.Unlock()
		return false
	}
	w.sendSome(min(n, writerBatch), true)
	w.mu.Unlock()
	return true
}

// send writes t's busy bytes and settles the transport's writer state
// (the loop's settle).
func (w *sockWriter) send(t *transport) {
	n, err := t.sendBusy()
	w.mu.Lock()
	notify := w.sent(t, n, err)
	w.mu.Unlock()
	if notify {
		t.loop.postThreadsafe(t.writerEvent)
	}
}

// sendBusy writes t's busy bytes (the caller took them, so no lock is
// needed) and returns how many the kernel took and the error that
// stopped it.
func (t *transport) sendBusy() (int, error) {
	buf := t.tw.busy
	n := 0
	for n < len(buf) {
		k, e := rawWrite(t.fd, buf[n:])
		if e != nil {
			if e == syscall.EINTR {
				continue
			}
			return n, e
		}
		n += k
	}
	return n, nil
}

// sent settles t's writer state after a send of its busy bytes that wrote
// n of them and stopped with err (w.mu held). It reports whether the loop
// must be told (t.writerEvent): a hand-back, or a flush it waits for.
func (w *sockWriter) sent(t *transport, n int, err error) bool {
	tw := &t.tw
	buf := tw.busy
	tw.busy = nil
	notify := false
	switch {
	case tw.closeFD:
		tw.closeFD = false
		tw.state = wIdle
		syscall.Close(t.fd)
	case err == syscall.EAGAIN:
		rest := make([]byte, 0, len(buf)-n+len(tw.out))
		rest = append(append(rest, buf[n:]...), tw.out...)
		tw.out, tw.outLent = rest, false
		tw.state = wBlocked
		notify = true
	case err != nil:
		tw.out, tw.err = nil, err
		tw.state = wBlocked
		notify = true
	case len(tw.out) > 0:
		tw.state = wQueued
		w.push(t)
	default:
		tw.state = wIdle
		notify, tw.notify = tw.notify, false
	}
	if tw.free == nil && tw.out == nil && !tw.busyLent && cap(buf) <= 64<<10 {
		tw.free = buf[:0]
	}
	tw.busyLent = false
	return notify
}

// writerEvent runs on the loop when the writer handed bytes back or is done
// with bytes the loop waited for.
func (t *transport) writerEvent() {
	w := t.loop.sw
	if w == nil {
		return
	}
	w.flushFor(t) // staged bytes follow a hand-back
	w.mu.Lock()
	tw := &t.tw
	if tw.state != wBlocked {
		idle := tw.state == wIdle
		w.mu.Unlock()
		if idle && !t.fdClosed {
			t.flushed()
		}
		return
	}
	rest, err := tw.out, tw.err
	tw.out, tw.err = nil, nil
	tw.state = wIdle
	w.mu.Unlock()
	if t.fdClosed || t.connLost > 0 {
		return
	}
	if err != nil {
		t.wbuf = nil
		t.setInterest()
		t.fatal(connError(err))
		return
	}
	t.wbuf = append(rest, t.wbuf...)
	t.setInterest()
}

// flushed is what happens when the transport's last buffered byte is sent:
// drain() waiters resume, a closing transport is lost, a write_eof is sent.
func (t *transport) flushed() {
	if len(t.wbuf) > 0 || t.loop.sw.pending(t, true) > 0 {
		return
	}
	if t.wpaused {
		t.wpaused = false
		t.resumeWriting()
	}
	if t.closing {
		if !t.lost && t.connLost == 0 {
			t.connLost++
			t.loop.CallSoon(func() { t.callConnectionLost(nil) })
		}
	} else if t.eofSent {
		syscall.Shutdown(t.fd, syscall.SHUT_WR)
	}
}
