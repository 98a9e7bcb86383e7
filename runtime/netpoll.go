//go:build linux

package runtime

import (
	"math"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// The loop's selector (selectors.EpollSelector in CPython, uv_poll in
// libuv): sockets are non-blocking file descriptors registered with one
// epoll instance per loop, and the loop goroutine itself waits in
// epoll_wait, so readiness is handled where the data is used, with no
// goroutine per connection and no hand-off. Like CPython's _run_once, every
// pass polls: with a zero timeout when callbacks are ready, else until the
// next timer (or another goroutine's wake-up, written to an eventfd the
// poller watches, as libuv's uv_async does). Ready sockets queue their transport's read or write handler on
// the ready queue (embedded runners: nothing is allocated per event).
//
// The poller is created by the first socket of a loop; a loop without
// sockets waits on its wake-up channel as before.

// pollable is what a registered descriptor notifies.
type pollable interface {
	// pollEvent is called on the loop goroutine with the epoll event bits.
	pollEvent(ev uint32)
}

type poller struct {
	epfd     int
	wakeFD   int // the wake-up eventfd (registered)
	sleeping atomic.Bool
	woken    atomic.Bool // a byte is in the pipe
	events   []syscall.EpollEvent
	fds      map[int32]pollable
	// found: the last poll handed out socket events. The next pass runs
	// their handlers and does not poll again unless it would block: what
	// the handlers wake runs first, and what arrived meanwhile is found
	// one pass later (a poll right after one that found events mostly
	// finds nothing, and costs a system call per batch of messages).
	found bool
}

// pollerOf returns the loop's poller, creating it on first use.
func (l *Loop) pollerOf() *poller {
	if p := l.poll.Load(); p != nil {
		return p
	}
	epfd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if err != nil {
		panic(connError(err))
	}
	efd, _, e := syscall.RawSyscall(syscall.SYS_EVENTFD2, 0, efdNonblock|efdCloexec, 0)
	if e != 0 {
		syscall.Close(epfd)
		panic(connError(e))
	}
	p := &poller{epfd: epfd, wakeFD: int(efd), events: make([]syscall.EpollEvent, 256), fds: map[int32]pollable{}}
	ev := syscall.EpollEvent{Events: syscall.EPOLLIN, Fd: int32(p.wakeFD)}
	if err := syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, p.wakeFD, &ev); err != nil {
		panic(connError(err))
	}
	l.poll.Store(p)
	return p
}

// register adds fd with the interest set ev (EPOLLIN/EPOLLOUT bits).
func (p *poller) register(fd int, ev uint32, h pollable) error {
	e := syscall.EpollEvent{Events: ev, Fd: int32(fd)}
	if err := syscall.EpollCtl(p.epfd, syscall.EPOLL_CTL_ADD, fd, &e); err != nil {
		return err
	}
	p.fds[int32(fd)] = h
	return nil
}

// modify changes the interest set of fd.
func (p *poller) modify(fd int, ev uint32) {
	e := syscall.EpollEvent{Events: ev, Fd: int32(fd)}
	syscall.EpollCtl(p.epfd, syscall.EPOLL_CTL_MOD, fd, &e)
}

// unregister removes fd (before it is closed).
func (p *poller) unregister(fd int) {
	if _, ok := p.fds[int32(fd)]; !ok {
		return
	}
	delete(p.fds, int32(fd))
	syscall.EpollCtl(p.epfd, syscall.EPOLL_CTL_DEL, fd, nil)
}

// eventfd2 flags (EFD_NONBLOCK, EFD_CLOEXEC: O_NONBLOCK and O_CLOEXEC).
const (
	efdNonblock = syscall.O_NONBLOCK
	efdCloexec  = syscall.O_CLOEXEC
)

// wake interrupts a sleeping epoll_wait (from any goroutine): one 8-byte
// write that adds to the eventfd's counter.
func (p *poller) wake() {
	if p.sleeping.Load() && p.woken.CompareAndSwap(false, true) {
		one := uint64(1)
		rawWrite(p.wakeFD, unsafe.Slice((*byte)(unsafe.Pointer(&one)), 8))
	}
}

func (p *poller) close() {
	syscall.Close(p.epfd)
	syscall.Close(p.wakeFD)
}

// wait polls for at most timeout milliseconds (-1: no limit) and hands the
// events to their handlers; it reports how many socket events came.
func (p *poller) wait(timeout int) int {
	if timeout != 0 {
		p.sleeping.Store(true)
	}
	var n int
	var err error
	for {
		if timeout == 0 {
			n, err = epollWaitNow(p.epfd, p.events)
		} else {
			n, err = syscall.EpollWait(p.epfd, p.events, timeout)
		}
		if err != syscall.EINTR {
			break
		}
	}
	p.sleeping.Store(false)
	got := 0
	for i := 0; i < n; i++ {
		e := &p.events[i]
		if int(e.Fd) == p.wakeFD {
			var n uint64 // reading resets the counter
			rawRead(p.wakeFD, unsafe.Slice((*byte)(unsafe.Pointer(&n)), 8))
			p.woken.Store(false)
			continue
		}
		if h := p.fds[e.Fd]; h != nil {
			got++
			h.pollEvent(e.Events)
		}
	}
	p.found = got > 0
	return got
}

// pollIO is the waiting part of a pass when the loop has a poller: poll
// (without blocking if anything is ready), then take the inbox. Before it
// would block, the loop sends the writer's queued writes itself. With the
// virtual clock, time jumps to the next deadline only when a zero-timeout
// poll found nothing and no thread work is pending.
func (l *Loop) pollIO(p *poller) {
	if l.sw != nil {
		l.sw.flush() // the pass's writes go to the writer (writer.go)
	}
	if l.ready.n == 0 && !l.stopping && l.sw != nil && !l.timerDue() {
		// Nothing to run: send queued writes (writer.go) until one of
		// them (or the writer) makes a socket ready.
		for !l.inboxFlag.Load() && l.sw.help(helpBatch) {
			if p.wait(0) > 0 || l.ready.n > 0 {
				break
			}
		}
		if l.ready.n > 0 || l.inboxFlag.Load() {
			if l.inboxFlag.Load() {
				l.drainInbox()
			}
			return
		}
	}
	timeout := 0
	if l.ready.n == 0 && !l.stopping {
		p.sleeping.Store(true) // before reading the inbox flag (see wake)
		next, hasTimer := l.nextTimer()
		switch {
		case l.inboxFlag.Load():
		case l.virtual:
			if w, ok := next, hasTimer; l.external.Load() == 0 && ok {
				p.sleeping.Store(false)
				if p.wait(0) == 0 && l.ready.n == 0 && !l.inboxFlag.Load() {
					if w > math.Float64frombits(l.vnow.Load()) {
						l.vnow.Store(math.Float64bits(w))
					}
				}
				if l.inboxFlag.Load() {
					l.drainInbox()
				}
				return
			}
			timeout = -1
		case hasTimer:
			d := next - realNow()
			switch {
			case d <= 0:
			case d >= maxIdleWait.Seconds():
				timeout = int(maxIdleWait / time.Millisecond)
			default:
				timeout = int(math.Ceil(d * 1e3))
			}
		default:
			timeout = -1
		}
	}
	if timeout != 0 {
		var held *gil
		if gilOn.Load() {
			held = gilBlockAs(l.goid.Load()) // gil.go
		}
		p.wait(timeout)
		gilUnblock(held)
	} else {
		p.sleeping.Store(false)
		if p.found {
			p.found = false
		} else {
			p.wait(0)
		}
	}
	if l.inboxFlag.Load() {
		l.drainInbox()
	}
}

// helpBatch is how many queued transports the loop sends before it polls
// again: the sockets its sends make ready (on loopback, at once) are then
// found by one poll.
const helpBatch = 4

// timerDue reports whether the earliest timer is due.
func (l *Loop) timerDue() bool {
	next, ok := l.nextTimer()
	return ok && next <= realNow()
}

// rawRead and rawWrite are read(2) and write(2) on a non-blocking socket
// without the scheduler's system-call hand-off (they never block), like
// the Go runtime does for its own non-blocking descriptors.
func rawRead(fd int, b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, _, e := syscall.RawSyscall(syscall.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)))
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

func rawWrite(fd int, b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, _, e := syscall.RawSyscall(syscall.SYS_WRITE, uintptr(fd), uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)))
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

// epollWaitNow is epoll_wait with a zero timeout (it never blocks).
func epollWaitNow(epfd int, events []syscall.EpollEvent) (int, error) {
	n, _, e := syscall.RawSyscall6(syscall.SYS_EPOLL_PWAIT, uintptr(epfd), uintptr(unsafe.Pointer(&events[0])), uintptr(len(events)), 0, 0, 0) // epoll_wait with no signal mask (arm64 has only epoll_pwait)
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}
