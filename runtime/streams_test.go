//go:build linux

package runtime

import (
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// noneScript adapts a script to Awaitable[py.NoneType] (a handler coroutine).
type noneScript struct{ *script }

func (s noneScript) Result() py.NoneType { return py.None }

// TestStreamsEcho runs an echo server and a client on both clocks: readline,
// a transfer large enough to pause reading and writing (flow control),
// readexactly at EOF, and no goroutine left after Close.
func TestStreamsEcho(t *testing.T) {
	big := strings.Repeat("0123456789abcdef", 40000) // 640 000 bytes
	for _, virtual := range []bool{false, true} {
		base := goruntime.NumGoroutine()
		l := NewLoop(virtual)
		var log []string
		// handler echoes chunks (read(65536)) until EOF, then closes.
		handler := func(r *StreamReader, w *StreamWriter) Awaitable[py.NoneType] {
			s := newScript()
			var loop func() []op
			loop = func() []op {
				return []op{{aw: func() AnyAwaitable { return r.Read(1 << 16) }, then: func(v any, e py.Exception) {
					if e != nil {
						panic(e)
					}
					data := v.(py.Bytes)
					if len(data) == 0 {
						w.Close()
						return
					}
					w.Write(data)
					s.ops = append(s.ops, op{aw: func() AnyAwaitable { return w.Drain() }})
					s.ops = append(s.ops, loop()...)
				}}}
			}
			s.ops = loop()
			return noneScript{s}
		}
		var srv *Server
		var cr *StreamReader
		var cw *StreamWriter
		main := newScript(
			await(func() AnyAwaitable { return Erase(StartServer(handler, "127.0.0.1", 0, ServerOptions{})) }),
			do(func() {}),
		)
		main.ops[0].then = func(v any, e py.Exception) {
			if e != nil {
				t.Fatal(e)
			}
			srv = v.(*Server)
		}
		port := func() int64 { return srv.Sockets().Elems()[0].GetSockName().F1 }
		main.ops = append(main.ops,
			op{aw: func() AnyAwaitable { return Erase(OpenConnection("127.0.0.1", port(), ConnOptions{})) }, then: func(v any, e py.Exception) {
				if e != nil {
					t.Fatal(e)
				}
				p := v.(py.Tuple2[*StreamReader, *StreamWriter])
				cr, cw = p.F0, p.F1
			}},
			do(func() { cw.Write(py.Bytes("hello\n")) }),
			await(func() AnyAwaitable { return cw.Drain() }),
			try(func() AnyAwaitable { return cr.Readline() }, func(v any, e py.Exception) { log = append(log, py.Repr(v)) }),
			do(func() { cw.Write(py.Bytes(big + "\n")) }),
			await(func() AnyAwaitable { return cw.Drain() }),
			try(func() AnyAwaitable { return cr.Readexactly(int64(len(big) + 1)) }, func(v any, e py.Exception) {
				if e != nil {
					t.Fatal(e)
				}
				log = append(log, "big ok: "+py.Repr(string(v.(py.Bytes)) == big+"\n"))
			}),
			do(func() { cw.WriteEOF() }),
			try(func() AnyAwaitable { return cr.Readexactly(3) }, func(v any, e py.Exception) {
				log = append(log, py.Repr(e), py.Repr(IncompleteReadPartial(e)))
			}),
			do(func() { cw.Close() }),
			await(func() AnyAwaitable { return Erase(cw.WaitClosed()) }),
			do(func() { srv.Close() }),
			await(func() AnyAwaitable { return Erase(srv.WaitClosed()) }),
		)
		RunUntilComplete[any](l, main)
		l.Close()
		got := strings.Join(log, "|")
		want := "b'hello\\n'|big ok: True|IncompleteReadError('0 bytes read on a total of 3 expected bytes')|b''"
		if got != want {
			t.Errorf("virtual=%v:\ngot  %s\nwant %s", virtual, got, want)
		}
		if virtual && l.Time() != 0 {
			t.Errorf("virtual clock moved to %v", l.Time())
		}
		waitGoroutines(t, base)
	}
}

// TestReadLimits checks readline/readuntil against the buffer limit and at
// EOF on a reader fed by hand.
func TestReadLimits(t *testing.T) {
	l := NewLoop(true)
	r := NewStreamReader(l, 8)
	var log []string
	rec := func(v any, e py.Exception) {
		if e != nil {
			log = append(log, py.Repr(e))
		} else {
			log = append(log, py.Repr(v))
		}
	}
	main := newScript(
		do(func() { r.FeedData(py.Bytes("0123456789abc\nxy|z")) }),
		try(func() AnyAwaitable { return r.Readline() }, rec),
		try(func() AnyAwaitable { return r.Readuntil(py.Bytes("|")) }, rec),
		try(func() AnyAwaitable { return r.Read(0) }, rec),
		do(func() { r.FeedEOF() }),
		try(func() AnyAwaitable { return r.Readline() }, rec),
		try(func() AnyAwaitable { return r.Readline() }, rec),
		try(func() AnyAwaitable { return r.Read(-1) }, rec),
	)
	RunUntilComplete[any](l, main)
	l.Close()
	want := "ValueError('Separator is found, but chunk is longer than limit')|b'xy|'|b''|b'z'|b''|b''"
	if got := strings.Join(log, "|"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if !r.AtEOF() {
		t.Error("not at EOF")
	}
}

// lineFrame is the frame codegen emits for `for _ in range(n): got +=
// len(await r.readline())`: the read's operation is embedded
// (ir.OpStreamRead).
type lineFrame struct {
	r       *StreamReader
	n, got  int64
	op      ReadOp
	waiting bool
}

func (f *lineFrame) Step(tc *TaskCore) bool {
	for ; f.n > 0; f.n-- {
		if !f.waiting {
			f.op.InitLine(f.r)
			f.waiting = true
		}
		if !f.op.Step(tc) {
			return false
		}
		f.waiting = false
		f.got += int64(len(f.op.Result()))
	}
	return true
}

func (f *lineFrame) Result() int64 { return f.got }

// feedFrame feeds the reader one line per loop pass (sleep(0) between).
type feedFrame struct {
	r     *StreamReader
	n     int64
	line  py.Bytes
	sl    SleepOp
	slept bool
}

func (f *feedFrame) Step(tc *TaskCore) bool {
	for ; f.n > 0; f.n-- {
		if !f.slept {
			f.r.FeedData(f.line)
			f.sl.Init(0)
			f.slept = true
		}
		if !f.sl.Step(tc) {
			return false
		}
		f.slept = false
	}
	return true
}

func (f *feedFrame) Result() int64 { return 0 }

// TestEmbeddedReadAllocs: a readline embedded in its frame that waits for
// every line allocates only the line (the waiter future is reused).
func TestEmbeddedReadAllocs(t *testing.T) {
	const lines = 1000
	l := NewLoop(true)
	defer l.Close()
	r := NewStreamReader(l, 0)
	line := py.Bytes(strings.Repeat("x", 99) + "\n")
	var got int64
	allocs := testing.AllocsPerRun(5, func() {
		rd := CreateTaskFrame[int64](l, &lineFrame{r: r, n: lines}, "")
		RunUntilComplete[int64](l, CreateTaskFrame[int64](l, &feedFrame{r: r, n: lines, line: line}, ""))
		got = RunUntilComplete[int64](l, rd)
	})
	if got != lines*100 {
		t.Fatalf("read %d bytes, want %d", got, lines*100)
	}
	if per := allocs / lines; per > 1.1 {
		t.Errorf("%.2f allocations per line, want 1 (the line)", per)
	}
}
