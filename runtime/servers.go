//go:build linux

package runtime

import (
	"errors"
	"fmt"
	"net"
	"syscall"

	"github.com/aiogo/aiogo/runtime/py"
)

// Servers and connections (CPython's base_events.Server, create_server,
// create_connection, selector_events._accept_connection): listening and
// connecting sockets are made with system calls so that backlog,
// SO_REUSEADDR and SO_REUSEPORT are CPython's, and are driven by the loop's
// poller like transports.

// acceptLog prints the accept error log (replaced by tests).
var acceptLog = py.Stderr

// acceptRetryDelay is constants.ACCEPT_RETRY_DELAY (seconds).
const acceptRetryDelay = 1.0

// ServerOptions are the keyword arguments of asyncio.start_server.
type ServerOptions struct {
	Limit        int64        // limit= (0: 64 KiB)
	Backlog      int64        // backlog= (0: 100)
	ReuseAddress py.Opt[bool] // reuse_address= (None: true on POSIX)
	ReusePort    py.Opt[bool] // reuse_port=
	NoServing    bool         // start_serving=False
}

// ConnOptions are the keyword arguments of asyncio.open_connection.
type ConnOptions struct {
	Limit     int64                            // limit= (0: 64 KiB)
	LocalAddr py.Opt[py.Tuple2[string, int64]] // local_addr=
}

// Socket is a listening socket of a Server (asyncio.trsock.TransportSocket).
type Socket struct{ addr py.Tuple2[string, int64] }

// GetSockName returns the (host, port) the socket is bound to.
func (s *Socket) GetSockName() py.Tuple2[string, int64] { return s.addr }

// Server is asyncio.Server, what start_server returns.
type Server struct {
	loop    *Loop
	fd      int // -1 once closed
	p       *poller
	acc     tAccept
	accQ    bool
	backlog int
	handler func(*StreamReader, *StreamWriter) Awaitable[py.NoneType]
	limit   int
	sockets []*Socket
	serving bool
	polling bool // the listening socket is in the poll set
	retry   *TimerHandle
	active  int
	waiters []*Future[py.NoneType]
	noWait  bool // _waiters is None: wait_closed returns at once
	forever *Future[py.NoneType]
}

type tAccept struct{ s *Server }

func (a *tAccept) run() { a.s.accQ = false; a.s.acceptReady() }

// HostOf converts an optional host (None: all interfaces) to a string.
func HostOf(h py.Opt[string]) string {
	if !h.Ok {
		return ""
	}
	return h.V
}

// resolve returns the socket address for host and port (a numeric host is
// used as is; "" means every interface).
func resolve(host string, port int64) (syscall.Sockaddr, int, error) {
	if port < 0 || port > 65535 {
		return nil, 0, fmt.Errorf("port must be 0-65535.")
	}
	if host == "" {
		return &syscall.SockaddrInet6{Port: int(port)}, syscall.AF_INET6, nil
	}
	ip := net.ParseIP(host)
	if ip == nil {
		ips, err := net.LookupIP(host)
		if err != nil || len(ips) == 0 {
			return nil, 0, fmt.Errorf("[Errno -2] Name or service not known")
		}
		ip = ips[0]
		for _, x := range ips {
			if x.To4() != nil {
				ip = x
				break
			}
		}
	}
	if v4 := ip.To4(); v4 != nil {
		sa := &syscall.SockaddrInet4{Port: int(port)}
		copy(sa.Addr[:], v4)
		return sa, syscall.AF_INET, nil
	}
	sa := &syscall.SockaddrInet6{Port: int(port)}
	copy(sa.Addr[:], ip.To16())
	return sa, syscall.AF_INET6, nil
}

func newSocket(family int) (int, error) {
	return syscall.Socket(family, syscall.SOCK_STREAM|syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC, 0)
}

// StartServer is asyncio.start_server(handler, host, port, **options): it
// listens at once and serves each connection by running handler(reader,
// writer) in a new task.
func StartServer(handler func(*StreamReader, *StreamWriter) Awaitable[py.NoneType], host string, port int64, opts ServerOptions) Awaitable[*Server] {
	return &startServerOp{handler: handler, host: host, port: port, opts: opts}
}

type startServerOp struct {
	handler func(*StreamReader, *StreamWriter) Awaitable[py.NoneType]
	host    string
	port    int64
	opts    ServerOptions
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
		o.srv = listen(l, o.host, o.port, o.opts)
		o.srv.handler = o.handler
		if !o.opts.NoServing {
			o.srv.startServing()
			o.state = 2
			o.sl.Init(0)
		} else {
			o.state = 3
			return true
		}
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

// listen makes the listening socket of a server.
func listen(l *Loop, host string, port int64, opts ServerOptions) *Server {
	sa, family, err := resolve(host, port)
	if err != nil {
		panic(py.NewExc(py.OSErrorClass, err.Error()))
	}
	fd, err := newSocket(family)
	if err != nil {
		panic(connError(err))
	}
	fail := func(err error) {
		syscall.Close(fd)
		if errors.Is(err, syscall.EADDRINUSE) {
			panic(py.NewExc(py.OSErrorClass, int64(syscall.EADDRINUSE),
				fmt.Sprintf("error while attempting to bind on address ('%s', %d): address already in use", host, port)))
		}
		panic(connError(err))
	}
	if !opts.ReuseAddress.Ok || opts.ReuseAddress.V {
		syscall.SetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
	}
	if opts.ReusePort.Ok && opts.ReusePort.V {
		if err := syscall.SetsockoptInt(fd, syscall.SOL_SOCKET, 0xf /* SO_REUSEPORT */, 1); err != nil {
			fail(err)
		}
	}
	if family == syscall.AF_INET6 && host == "" {
		syscall.SetsockoptInt(fd, syscall.IPPROTO_IPV6, syscall.IPV6_V6ONLY, 0)
	}
	if err := syscall.Bind(fd, sa); err != nil {
		fail(err)
	}
	backlog := int(opts.Backlog)
	if opts.Backlog == 0 {
		backlog = 100
	}
	if err := syscall.Listen(fd, backlog); err != nil {
		fail(err)
	}
	s := &Server{loop: l, fd: fd, p: l.pollerOf(), backlog: max(backlog, 1), limit: int(opts.Limit)}
	s.acc.s = s
	if err := s.p.register(fd, 0, s); err != nil {
		fail(err)
	}
	if name, err := syscall.Getsockname(fd); err == nil {
		s.sockets = []*Socket{{addr: sockaddrTuple(name)}}
	}
	ioOf(l).servers[s] = struct{}{}
	return s
}

// pollEvent implements pollable.
func (s *Server) pollEvent(ev uint32) {
	if s.polling && !s.accQ {
		s.accQ = true
		s.loop.ready.push(&s.acc)
	}
}

func (s *Server) setPolling(on bool) {
	if s.fd < 0 || on == s.polling {
		return
	}
	s.polling = on
	var ev uint32
	if on {
		ev = syscall.EPOLLIN
	}
	s.p.modify(s.fd, ev)
}

// acceptReady is _accept_connection: up to backlog connections per event.
// When the process runs out of descriptors (or memory) it logs CPython's
// message, stops polling the socket and tries again after
// ACCEPT_RETRY_DELAY; the server never stops serving while open.
func (s *Server) acceptReady() {
	for i := 0; i < s.backlog && s.fd >= 0 && s.polling; i++ {
		nfd, _, err := syscall.Accept4(s.fd, syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC)
		if err != nil {
			switch err {
			case syscall.EAGAIN, syscall.EINTR, syscall.ECONNABORTED:
				return
			case syscall.EMFILE, syscall.ENFILE, syscall.ENOBUFS, syscall.ENOMEM:
				exc := connError(err)
				acceptLog("socket.accept() out of system resource\nsocket: " + s.sockRepr() + "\n" + py.FormatExceptionOnly(exc))
				s.setPolling(false)
				s.retry = s.loop.CallLater(acceptRetryDelay, func() {
					s.retry = nil
					if s.serving {
						s.setPolling(true)
					}
				})
				return
			}
			py.Stderr("Exception in callback BaseSelectorEventLoop._accept_connection\n" + py.FormatExceptionOnly(connError(err)))
			return
		}
		t := newTransport(s.loop, nfd)
		s.accepted(t)
	}
}

// sockRepr is the repr of the listening socket as the accept log shows it.
func (s *Server) sockRepr() string {
	a := py.Tuple2[string, int64]{}
	if len(s.sockets) > 0 {
		a = s.sockets[0].addr
	}
	return fmt.Sprintf("<asyncio.TransportSocket fd=%d, family=2, type=1, proto=6, laddr=('%s', %d)>", s.fd, a.F0, a.F1)
}

// accepted runs for a new connection: like CPython it creates a task
// (_accept_connection2) that makes the transport, whose connection_made
// creates the reader, the writer and the handler's task.
func (s *Server) accepted(t *transport) {
	s.active++ // _attach
	t.server = s
	LoopCreateTask(s.loop, &connSetupOp{t: t, made: func() { s.connectionMade(t) }}, "")
}

func (s *Server) connectionMade(t *transport) {
	if t.closing || t.lost {
		return
	}
	r := NewStreamReader(s.loop, s.limit)
	r.t = t
	t.reader = r
	w := &StreamWriter{t: t, r: r}
	task := LoopCreateTask(s.loop, s.handler(r, w), "")
	task.addCB(&handlerDone{t: t, task: &task.TaskCore})
}

// detach is Server._detach.
func (s *Server) detach() {
	s.active--
	if s.active == 0 && s.fd < 0 {
		s.wakeup()
	}
}

// handlerDone is the done-callback CPython 3.11 adds to the task of a
// client_connected_cb: an exception is logged at once ("Unhandled exception
// in client_connected_cb") and the connection is closed.
type handlerDone struct {
	t    *transport
	task *TaskCore
}

func (h *handlerDone) run() {
	tk := h.task
	if tk.state != stateFinished || tk.exc == nil {
		return
	}
	tk.flags &^= fLogTB // task.exception()
	py.Stderr("Unhandled exception in client_connected_cb\ntransport: " + h.t.repr() + "\n" + FormatTraceback(tk.exc))
	h.t.close()
}

// connSetupOp is _create_connection_transport / _accept_connection2: it
// schedules connection_made, the reader's registration and the waiter
// with call_soon and awaits the waiter.
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
		t := o.t
		l.CallSoon(o.made)
		l.CallSoon(t.startReading)
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
	if s.fd < 0 {
		return py.VarTuple[*Socket]{}
	}
	return py.TupleOf(s.sockets)
}

// GetLoop returns the server's loop.
func (s *Server) GetLoop() *Loop { return s.loop }

// IsServing reports whether the server accepts connections.
func (s *Server) IsServing() bool { return s.serving }

func (s *Server) startServing() {
	if s.serving || s.fd < 0 {
		return
	}
	s.serving = true
	s.setPolling(true)
}

// closeListener closes the listening socket.
func (s *Server) closeListener() {
	if s.fd < 0 {
		return
	}
	if s.retry != nil {
		s.retry.Cancel()
		s.retry = nil
	}
	s.p.unregister(s.fd)
	syscall.Close(s.fd)
	s.fd = -1
	s.polling = false
	if l := s.loop; l.io != nil {
		delete(l.io.servers, s)
	}
}

// Close stops listening; existing connections stay open (close).
func (s *Server) Close() {
	if s.fd < 0 {
		return
	}
	s.closeListener()
	s.serving = false
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
	if s.fd < 0 || s.noWait { // 3.11: no waiting once closed
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
		if s.fd < 0 {
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

// OpenConnection is asyncio.open_connection(host, port, **options): a
// non-blocking connect that waits for the socket to be writable, then
// (reader, writer).
func OpenConnection(host string, port int64, opts ConnOptions) Awaitable[py.Tuple2[*StreamReader, *StreamWriter]] {
	return &openConnOp{host: host, port: port, opts: opts}
}

type openConnOp struct {
	host  string
	port  int64
	opts  ConnOptions
	state uint8
	fd    int
	cw    *connectWait
	setup connSetupOp
	res   py.Tuple2[*StreamReader, *StreamWriter]
}

// connectWait is the writer callback of sock_connect: the future is done
// when the connecting socket is writable.
type connectWait struct {
	fd  int
	p   *poller
	fut *Future[py.NoneType]
}

func (c *connectWait) pollEvent(uint32) {
	c.p.unregister(c.fd)
	f := c.fut
	f.loop.ready.push(&Handle{loop: f.loop, fn: func() { // _sock_connect_cb
		if !f.Done() {
			f.SetResult(py.None)
		}
	}})
}

func (o *openConnOp) Step(tc *TaskCore) bool {
	l := tc.loop
	switch o.state {
	case 0:
		if e := tc.exc; e != nil {
			tc.exc = nil
			panic(e)
		}
		sa, family, err := resolve(o.host, o.port)
		if err != nil {
			panic(py.NewExc(py.OSErrorClass, err.Error()))
		}
		fd, err := newSocket(family)
		if err != nil {
			panic(connError(err))
		}
		o.fd = fd
		if la := o.opts.LocalAddr; la.Ok {
			lsa, _, err := resolve(la.V.F0, la.V.F1)
			if err == nil {
				err = syscall.Bind(fd, lsa)
			}
			if err != nil {
				syscall.Close(fd)
				panic(connError(err))
			}
		}
		err = syscall.Connect(fd, sa)
		if err == nil {
			o.state = 2
			break
		}
		if err != syscall.EINPROGRESS && err != syscall.EINTR {
			syscall.Close(fd)
			panic(o.dialError(err))
		}
		p := l.pollerOf()
		o.cw = &connectWait{fd: fd, p: p, fut: NewFuture[py.NoneType](l)}
		if err := p.register(fd, syscall.EPOLLOUT, o.cw); err != nil {
			syscall.Close(fd)
			panic(connError(err))
		}
		o.state = 1
		fallthrough
	case 1:
		done := func() bool {
			defer func() {
				if x := recover(); x != nil {
					o.cw.p.unregister(o.fd)
					syscall.Close(o.fd)
					panic(x)
				}
			}()
			return o.cw.fut.Step(tc)
		}()
		if !done {
			return false
		}
		if e, _ := syscall.GetsockoptInt(o.fd, syscall.SOL_SOCKET, syscall.SO_ERROR); e != 0 {
			syscall.Close(o.fd)
			panic(o.dialError(syscall.Errno(e)))
		}
		o.state = 2
	}
	if o.state == 2 {
		t := newTransport(l, o.fd)
		r := NewStreamReader(l, int(o.opts.Limit))
		r.t = t
		t.reader = r
		o.res = py.Tuple2[*StreamReader, *StreamWriter]{F0: r, F1: &StreamWriter{t: t, r: r}}
		o.setup = connSetupOp{t: t, made: func() {}}
		o.state = 3
	}
	if !o.setup.Step(tc) {
		return false
	}
	o.state = 4
	return true
}

func (o *openConnOp) Result() py.Tuple2[*StreamReader, *StreamWriter] { return o.res }

func (o *openConnOp) dialError(err error) py.Exception {
	if errors.Is(err, syscall.ECONNREFUSED) {
		return py.NewExc(py.ConnectionRefusedErrorClass, int64(syscall.ECONNREFUSED),
			fmt.Sprintf("Connect call failed ('%s', %d)", o.host, o.port))
	}
	return connError(err)
}

// PyTypeName implements py.TypeNamer.
func (*Server) PyTypeName() string { return "Server" }
