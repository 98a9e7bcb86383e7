//go:build linux

package runtime

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aiogo/aiogo/runtime/py"
)

// The load test: an echo server run by the loop, driven over loopback by
// plain Go clients (goroutines outside the loop, or a child process for
// the idle connections) the way an operator's clients would: thousands of
// connections, slow readers, resets in the middle of a line, half-closes
// and running out of descriptors. Every byte must come back, memory must
// stay bounded and the server must keep serving.

// echoHandler is `async def handle(r, w)`: echo lines until EOF, then close;
// a connection error ends the handler quietly.
type echoHandler struct {
	r  *StreamReader
	w  *StreamWriter
	st int
	rd *ReadOp
	dr *DrainOp
}

func (h *echoHandler) Step(tc *TaskCore) (done bool) {
	defer func() {
		if x := recover(); x != nil {
			e, ok := x.(py.Exception)
			if !ok || !py.IsInstance(e, py.OSErrorClass) {
				panic(x)
			}
			h.w.Close()
			done = true
		}
	}()
	for {
		switch h.st {
		case 0:
			h.rd = h.r.Readline()
			h.st = 1
			fallthrough
		case 1:
			if !h.rd.Step(tc) {
				return false
			}
			line := h.rd.Result()
			if len(line) == 0 {
				h.w.Close()
				return true
			}
			h.w.Write(line)
			h.dr = h.w.Drain()
			h.st = 2
			fallthrough
		case 2:
			if !h.dr.Step(tc) {
				return false
			}
			h.st = 0
		}
	}
}

func (h *echoHandler) Result() py.NoneType { return py.None }

// echoServer runs an echo server on a new loop in its own goroutine; stop
// closes it and waits for the loop to finish.
func echoServer(t *testing.T) (port int, l *Loop, stop func()) {
	port, l, stop, _ = echoServerOpts(t, ServerOptions{Backlog: 1024})
	return port, l, stop
}

// echoServerOpts is echoServer with options; serve starts serving (for
// start_serving=False).
func echoServerOpts(t *testing.T, opts ServerOptions) (port int, l *Loop, stop func(), serve func()) {
	t.Helper()
	l = NewLoop(false)
	ready := make(chan int, 1)
	finished := make(chan struct{})
	var quit *Future[py.NoneType]
	var srv *Server
	main := newScript(
		try(func() AnyAwaitable {
			return Erase(StartServer(func(r *StreamReader, w *StreamWriter) Awaitable[py.NoneType] {
				return &echoHandler{r: r, w: w}
			}, "127.0.0.1", 0, opts))
		}, func(v any, e py.Exception) {
			if e != nil {
				panic(e)
			}
			srv = v.(*Server)
			quit = NewFuture[py.NoneType](l)
			ready <- int(srv.Sockets().Elems()[0].GetSockName().F1)
		}),
		await(func() AnyAwaitable { return Erase[py.NoneType](quit) }),
		do(func() { srv.Close() }),
		await(func() AnyAwaitable { return Erase(srv.WaitClosed()) }),
	)
	go func() {
		defer close(finished)
		RunUntilComplete[any](l, main)
		l.Close()
	}()
	select {
	case port = <-ready:
	case <-time.After(10 * time.Second):
		t.Fatal("server did not start")
	}
	return port, l, func() {
			l.CallSoonThreadsafe(func() { quit.SetResult(py.None) })
			<-finished
		}, func() {
			l.CallSoonThreadsafe(func() { srv.startServing() })
		}
}

// liveHeap is the heap and stacks in use after a collection.
func liveHeap() uint64 {
	// Twice: what the server allocates while the first cycle marks (under
	// load a cycle can last long enough for megabytes of lines) survives
	// it and is only freed by the next.
	goruntime.GC()
	goruntime.GC()
	var m goruntime.MemStats
	goruntime.ReadMemStats(&m)
	return m.HeapInuse + m.StackInuse
}

// echoClient sends lines and checks that each echo is exact.
func echoClient(port, lines int, payload string) error {
	c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(port), 10*time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(30 * time.Second))
	br := bufio.NewReader(c)
	for i := 0; i < lines; i++ {
		want := fmt.Sprintf("%d %s\n", i, payload)
		if _, err := io.WriteString(c, want); err != nil {
			return err
		}
		got, err := br.ReadString('\n')
		if err != nil {
			return err
		}
		if got != want {
			return fmt.Errorf("echo %q, want %q", got, want)
		}
	}
	return nil
}

func runClients(n int, f func(i int) error) error {
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(i); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func TestLoadEcho(t *testing.T) {
	port, _, stop := echoServer(t)
	defer stop()
	conns := 1000
	if testing.Short() {
		conns = 200
	}

	t.Run("many connections", func(t *testing.T) {
		if err := runClients(conns, func(i int) error { return echoClient(port, 3, strings.Repeat("x", i%300)) }); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("resets mid-line", func(t *testing.T) {
		for i := 0; i < 50; i++ {
			c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
			if err != nil {
				t.Fatal(err)
			}
			io.WriteString(c, "half a li")
			c.(*net.TCPConn).SetLinger(0) // close sends RST
			c.Close()
		}
		if err := echoClient(port, 5, "still serving"); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("half-close", func(t *testing.T) {
		err := runClients(50, func(i int) error {
			c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
			if err != nil {
				return err
			}
			defer c.Close()
			c.SetDeadline(time.Now().Add(30 * time.Second))
			var sent bytes.Buffer
			for k := 0; k < 100; k++ {
				fmt.Fprintf(&sent, "%d-%d %s\n", i, k, strings.Repeat("y", k))
			}
			if _, err := c.Write(sent.Bytes()); err != nil {
				return err
			}
			c.(*net.TCPConn).CloseWrite()
			got, err := io.ReadAll(c) // the server closes after the last echo
			if err != nil {
				return err
			}
			if !bytes.Equal(got, sent.Bytes()) {
				return fmt.Errorf("half-close: got %d bytes, want %d", len(got), sent.Len())
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})

	t.Run("slow readers", func(t *testing.T) {
		// 20 clients send 2 MiB each before reading anything: the server
		// must stop reading (pause_reading, drain) instead of buffering.
		const clients, size = 20, 1 << 20
		line := strings.Repeat("z", 1023) + "\n"
		payload := []byte(strings.Repeat(line, size/len(line))) // shared by the clients
		base := liveHeap()
		var peak uint64
		var mu sync.Mutex
		err := runClients(clients, func(i int) error {
			c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
			if err != nil {
				return err
			}
			defer c.Close()
			c.SetDeadline(time.Now().Add(60 * time.Second))
			werr := make(chan error, 1)
			go func() {
				_, err := c.Write(payload)
				c.(*net.TCPConn).CloseWrite()
				werr <- err
			}()
			time.Sleep(300 * time.Millisecond) // read nothing for a while
			mu.Lock()
			if h := liveHeap(); h > peak {
				peak = h
			}
			mu.Unlock()
			n, err := io.Copy(io.Discard, c)
			if err != nil {
				return err
			}
			if want := int64(size / len(line) * len(line)); n != want {
				return fmt.Errorf("slow reader got %d bytes, want %d", n, want)
			}
			return <-werr
		})
		if err != nil {
			t.Fatal(err)
		}
		if peak > base && peak-base > 32<<20 {
			t.Errorf("heap grew by %d MiB with %d slow readers (want flat)", (peak-base)>>20, clients)
		}
		t.Logf("slow readers: heap %d KiB above the baseline at the peak", (peak-base)>>10)
	})
}

// TestLoadEMFILE: when accept fails for lack of descriptors the server logs
// CPython's message, backs off and serves every client once descriptors
// are free again.
func TestLoadEMFILE(t *testing.T) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Skip(err)
	}
	var logMu sync.Mutex
	var out strings.Builder
	acceptLog = func(s string) { logMu.Lock(); out.WriteString(s); logMu.Unlock() }
	defer func() { acceptLog = py.Stderr }()
	port, _, stop, serve := echoServerOpts(t, ServerOptions{Backlog: 1024, NoServing: true})
	defer stop()
	const clients = 40
	var conns []net.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	func() {
		// The clients connect while the server is not accepting (the
		// kernel queues them); then the descriptors run short and the
		// server starts accepting.
		for i := 0; i < clients; i++ {
			c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
			if err != nil {
				t.Fatal(err)
			}
			conns = append(conns, c)
		}
		// Fill the holes below the highest descriptor, so that exactly 5
		// accepts fit under the new limit.
		top := maxFD()
		for {
			fd, err := syscall.Open("/dev/null", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer syscall.Close(fd)
			if fd >= top {
				top = fd
				break
			}
		}
		low := lim
		low.Cur = uint64(top + 6) // room for 5 accepts
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &low); err != nil {
			t.Skip(err)
		}
		serve()
		time.Sleep(300 * time.Millisecond) // the server hits EMFILE meanwhile
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
		err := runClients(clients, func(i int) error {
			c := conns[i]
			c.SetDeadline(time.Now().Add(20 * time.Second))
			want := fmt.Sprintf("client %d\n", i)
			io.WriteString(c, want)
			got, err := bufio.NewReader(c).ReadString('\n')
			if err != nil {
				return err
			}
			if got != want {
				return fmt.Errorf("got %q, want %q", got, want)
			}
			return nil
		})
		if err != nil {
			t.Error(err)
		}
	}()
	logMu.Lock()
	log := out.String()
	logMu.Unlock()
	if !strings.Contains(log, "socket.accept() out of system resource") || !strings.Contains(log, "Too many open files") {
		t.Errorf("no accept log on EMFILE; log:\n%s", log)
	}
}

func maxFD() int {
	ents, _ := os.ReadDir("/proc/self/fd")
	m := 0
	for _, e := range ents {
		if n, _ := strconv.Atoi(e.Name()); n > m {
			m = n
		}
	}
	return m
}

// TestLoadIdleConnections: idle connections cost little memory: no buffer
// and no goroutine per connection. The clients live in a child process (the
// test binary run as TestLoadIdleClients) so the server's process holds
// only its own descriptors.
func TestLoadIdleConnections(t *testing.T) {
	n := 4000 // 10,000 measured 797 bytes each; the suite keeps to a few seconds
	if testing.Short() {
		n = 1000
	}
	var lim syscall.Rlimit
	syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim)
	if lim.Cur < uint64(n+200) {
		t.Skipf("RLIMIT_NOFILE %d is too low for %d connections", lim.Cur, n)
	}
	port, l, stop := echoServer(t)
	defer stop()
	base := liveHeap()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoadIdleClients$")
	cmd.Env = append(os.Environ(), "AIOGO_IDLE_CLIENTS="+strconv.Itoa(port)+":"+strconv.Itoa(n))
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer stdin.Close()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "connected") {
		t.Fatalf("client process: %q %v", line, err)
	}
	// Wait until the loop has made every connection's transport.
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := make(chan int, 1)
		l.CallSoonThreadsafe(func() {
			k := 0
			if l.io != nil {
				k = len(l.io.transports)
			}
			got <- k
		})
		if <-got >= n || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	per := (liveHeap() - base) / uint64(n)
	t.Logf("%d idle connections: %d bytes each (heap and stacks)", n, per)
	if per*10000 > 100<<20 {
		t.Errorf("%d bytes per idle connection: 10,000 would take more than 100 MiB", per)
	}
}

// TestLoadIdleClients is the child process of TestLoadIdleConnections.
func TestLoadIdleClients(t *testing.T) {
	spec := os.Getenv("AIOGO_IDLE_CLIENTS")
	if spec == "" {
		t.Skip("child process of TestLoadIdleConnections")
	}
	port, n, _ := strings.Cut(spec, ":")
	count, _ := strconv.Atoi(n)
	var conns []net.Conn
	for i := 0; i < count; i++ {
		c, err := net.Dial("tcp", "127.0.0.1:"+port)
		if err != nil {
			fmt.Println("dial:", err)
			os.Exit(1)
		}
		conns = append(conns, c)
	}
	fmt.Println("connected")
	io.Copy(io.Discard, os.Stdin) // until the parent closes stdin
	for _, c := range conns {
		c.Close()
	}
}
