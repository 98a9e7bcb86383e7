package runtime

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/aiogo/aiogo/runtime/py"
)

// Signals, as CPython 3.11 handles them in a program that uses asyncio.run.
//
// SIGINT (Ctrl-C): asyncio.Runner installs a handler while the main task
// runs. The first SIGINT cancels the main task (and wakes the loop); if
// that makes asyncio.run's task end cancelled, run raises KeyboardInterrupt
// (its __context__ the CancelledError) after the usual shutdown, and the
// process dies of SIGINT after printing the traceback (exit status 130 in a
// shell), as CPython does for any uncaught KeyboardInterrupt. A second
// SIGINT, or one that comes when the main task is already done, raises
// KeyboardInterrupt on the loop's goroutine at its next pass. Outside
// asyncio.run CPython raises KeyboardInterrupt wherever the main thread
// is; aiogo cannot interrupt compiled code there, so it flushes stdout,
// prints "KeyboardInterrupt" and dies of SIGINT.
//
// SIGTERM: CPython installs no handler, so the process dies of SIGTERM at
// once. aiogo does the same after flushing stdout.
//
// Main installs the handlers (a goroutine reading signal.Notify's channel);
// programs driven from Go tests or from a Go host do not get them.

// runTarget is the main task of the asyncio.run in progress.
type runTarget struct {
	loop        *Loop
	task        *TaskCore
	interrupted atomic.Int32 // Runner._interrupt_count
}

var (
	sigTarget    atomic.Pointer[runTarget]
	sigInstalled atomic.Bool
)

// installSignals starts handling SIGINT and SIGTERM (called by Main).
func installSignals() {
	if !sigInstalled.CompareAndSwap(false, true) {
		return
	}
	// A signal ignored when the program started (a background job of a
	// script, nohup) stays ignored, as in CPython, which installs its
	// SIGINT handler only over the default action.
	var sigs []os.Signal
	for _, s := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		if !signal.Ignored(s) {
			sigs = append(sigs, s)
		}
	}
	if len(sigs) == 0 {
		return
	}
	ch := make(chan os.Signal, 4)
	signal.Notify(ch, sigs...)
	go func() {
		for s := range ch {
			onSignal(s)
		}
	}()
}

func onSignal(s os.Signal) {
	if s == syscall.SIGTERM {
		py.Flush()
		dieOf(syscall.SIGTERM)
		return
	}
	tg := sigTarget.Load()
	if tg == nil {
		py.Stderr("KeyboardInterrupt\n")
		dieOf(syscall.SIGINT)
		return
	}
	n := tg.interrupted.Add(1)
	ok := tg.loop.postThreadsafe(func() {
		if n == 1 && !tg.task.Done() {
			tg.task.Cancel() // Runner._on_sigint
			return
		}
		panic(py.NewExc(py.KeyboardInterruptClass))
	})
	if !ok {
		py.Stderr("KeyboardInterrupt\n")
		dieOf(syscall.SIGINT)
	}
}

// dieOf ends the process by the default action of sig, so that its parent
// sees it killed by the signal like a CPython process (exit status 128+sig
// as a fallback).
func dieOf(sig syscall.Signal) {
	signal.Reset(sig)
	if p, err := os.FindProcess(os.Getpid()); err == nil {
		_ = p.Signal(sig) // kill(2) on Unix; it builds on every system
	}
	time.Sleep(100 * time.Millisecond)
	os.Exit(128 + int(sig))
}

// interruptedRun is what asyncio.run does when its main task ended with
// exc: a CancelledError caused by SIGINT becomes KeyboardInterrupt
// (runners.py Runner.run).
func (tg *runTarget) interruptedRun(exc py.Exception) py.Exception {
	if tg.interrupted.Load() == 0 || !py.IsInstance(exc, py.CancelledErrorClass) {
		return exc
	}
	if tg.task.Uncancel() != 0 {
		return exc
	}
	ki := py.NewExc(py.KeyboardInterruptClass)
	ki.Exc().Context = exc
	return ki
}
