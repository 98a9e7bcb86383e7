package genbench

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"testing"

	rt "github.com/aiogo/aiogo/runtime"
)

// BenchmarkAwaitCompleted: one await of a coroutine that could suspend but
// completes at once (a frame, its Step, no loop pass).
func BenchmarkAwaitCompleted(b *testing.B) {
	b.ReportAllocs()
	rt.Run(func() rt.Awaitable[int64] { return chain(int64(b.N)) })
}

// BenchmarkAwaitNeverSuspending: one await of fib, which the compiler
// turns into a plain Go call because it can never suspend.
func BenchmarkAwaitNeverSuspending(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_fib_sync(1)
	}
}

// BenchmarkSleep0: one `await asyncio.sleep(0)` round trip through the loop.
func BenchmarkSleep0(b *testing.B) {
	b.ReportAllocs()
	rt.Run(func() rt.Awaitable[int64] { return yielder(int64(b.N)) })
}

// BenchmarkTask: create a task, run it to its end, gather its result.
func BenchmarkTask(b *testing.B) {
	b.ReportAllocs()
	rt.Run(func() rt.Awaitable[int64] { return spawn(int64(b.N)) })
}

// TestResults runs the coroutines once for their values.
func TestResults(t *testing.T) {
	if got := rt.Run(func() rt.Awaitable[int64] { return chain(10) }); got != 55 {
		t.Errorf("chain(10) = %d, want 55", got)
	}
	if got := rt.Run(func() rt.Awaitable[int64] { return fib(20) }); got != 6765 {
		t.Errorf("fib(20) = %d, want 6765", got)
	}
	if got := rt.Run(func() rt.Awaitable[int64] { return spawn(100) }); got != 100 {
		t.Errorf("spawn(100) = %d, want 100", got)
	}
}

// TestGeneratedUpToDate regenerates awaits_aiogo.go and fails when the
// committed file is stale (run go generate ./internal/genbench).
func TestGeneratedUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the compiler")
	}
	out, err := exec.Command("go", "run", "../../cmd/aiogo", "gen", "-pkg", "genbench", "awaits.py").Output()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("awaits_aiogo.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, want) {
		t.Error("awaits_aiogo.go is stale: run go generate ./internal/genbench")
	}
}

// BenchmarkGoCallsCoroutine: a Go call of a coroutine through the exported
// API (Fib(ctx, 1)): a new event loop, a task, the result, the loop closed.
func BenchmarkGoCallsCoroutine(b *testing.B) {
	b.ReportAllocs()
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		if _, err := Fib(ctx, 1); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGoAwaitsOnHost: a Go call of a coroutine submitted to a shared
// rt.Host (its loop runs on another goroutine) with rt.Await.
func BenchmarkGoAwaitsOnHost(b *testing.B) {
	b.ReportAllocs()
	h := rt.NewHost()
	defer h.Close()
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		if _, err := rt.Await(ctx, h, FibCoro(1)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPythonCallsGo: a plain def implemented in Go (strconv.Itoa),
// called on the loop.
func BenchmarkPythonCallsGo(b *testing.B) {
	b.ReportAllocs()
	if _, err := CallGo(context.Background(), int64(b.N)); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkPythonAwaitsGo: an async def implemented in Go, awaited: the Go
// function runs on an executor goroutine with a context, and the result
// comes back through the loop's inbox.
func BenchmarkPythonAwaitsGo(b *testing.B) {
	b.ReportAllocs()
	if _, err := CallGoThread(context.Background(), int64(b.N)); err != nil {
		b.Fatal(err)
	}
}
