package runtime

import (
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/aiogo/aiogo/runtime/py"
)

// Run is asyncio.run(main()): it creates a loop (virtual clock if
// AIOGO_CLOCK=virtual), makes it the current loop, runs main's coroutine as
// task "Task-1" (the first task of the process) until it is done, then shuts
// down like CPython's runners.py: it cancels the tasks still pending and runs
// the loop until they finish, runs the two shutdown steps (async generators,
// default executor) that each cost a task and two passes, and closes the
// loop. It returns main's result or raises its exception after the cleanup.
func Run[T any](main func() Awaitable[T]) T {
	if loopOnGoroutine() != nil {
		panic(py.RuntimeError("asyncio.run() cannot be called from a running event loop"))
	}
	l := NewEventLoop()
	SetEventLoop(l)
	var res T
	var exc py.Exception
	// Under asyncio.run, CPython's recursion limit counts about ten frames
	// of the module and asyncio's machinery below a task's code.
	defer py.RecursionBase.Store(py.RecursionBase.Swap(10))
	func() {
		var tg *runTarget
		defer func() {
			if r := recover(); r != nil {
				exc = toException(r)
			}
			if tg != nil {
				sigTarget.CompareAndSwap(tg, nil)
				if exc != nil {
					exc = tg.interruptedRun(exc) // signals.go
				}
			}
		}()
		task := LoopCreateTask(l, main(), "")
		tg = &runTarget{loop: l, task: &task.TaskCore}
		sigTarget.Store(tg) // signals.go: SIGINT cancels the main task
		res = RunUntilComplete[T](l, task)
	}()
	func() {
		defer func() {
			SetEventLoop(nil)
			l.holdReports = exc != nil
			l.Close()
		}()
		l.shutdown()
	}()
	if exc != nil {
		// The tasks main's frames refer to are freed with the traceback,
		// after it is printed: so are their reports (see Main).
		heldReports = append(heldReports, l.failed...)
		l.failed = nil
		panic(exc)
	}
	return res
}

// heldReports are the unretrieved-exception reports of an asyncio.run that
// raised; Main prints them after the traceback.
var heldReports []futureLike

func printHeldReports() {
	for _, f := range heldReports {
		reportNeverRetrieved(f)
	}
	heldReports = nil
}

// nop is a coroutine that returns at once (shutdown_asyncgens and
// shutdown_default_executor when there is nothing to shut down).
type nop struct{}

func (nop) Step(*TaskCore) bool { return true }
func (nop) Result() py.NoneType { return py.None }

// shutdown is the cleanup of asyncio.Runner.close before loop.close().
func (l *Loop) shutdown() {
	l.cancelAllTasks()
	l.shutdownAsyncgens()                                         // agen_final.go
	RunUntilComplete[py.NoneType](l, l.ShutdownDefaultExecutor()) // threads.go
}

// cancelAllTasks is runners.py _cancel_all_tasks.
func (l *Loop) cancelAllTasks() {
	toCancel := AllTasks(l)
	if len(toCancel) == 0 {
		return
	}
	aws := make([]AnyAwaitable, len(toCancel))
	for i, t := range toCancel {
		t.Cancel()
		aws[i] = t
	}
	RunUntilComplete[*py.List[any]](l, GatherAny(l, aws, true))
	for _, t := range toCancel {
		if t.state == stateCancelled {
			continue
		}
		if e := t.Exception(); e != nil {
			py.Stderr("unhandled exception during asyncio.run() shutdown\ntask: " + t.repr() + "\n" + FormatTraceback(e))
		}
	}
}

// reportUnretrieved prints CPython's "exception was never retrieved" log
// for failed tasks and futures whose exception nobody looked at. CPython
// prints it when the object is garbage-collected. aiogo prints it for a
// detached task (see Detach) as soon as the task finished and its
// done-callbacks ran, which is when CPython's reference counting frees
// such a task, and for every other task and future when the loop closes.
func (l *Loop) reportUnretrieved() {
	for _, f := range l.failed {
		reportNeverRetrieved(f)
	}
	l.failed = nil
}

// reportNeverRetrieved prints the log for f if its exception was never
// retrieved, once.
func reportNeverRetrieved(f futureLike) {
	c := f.fcore()
	if c.flags&fLogTB == 0 || c.exc == nil {
		return
	}
	c.flags &^= fLogTB
	var b strings.Builder
	if t, ok := f.(*TaskCore); ok {
		b.WriteString("Task exception was never retrieved\nfuture: <Task finished name='")
		b.WriteString(t.GetName())
		b.WriteString("' exception=")
	} else {
		b.WriteString("Future exception was never retrieved\nfuture: <Future finished exception=")
	}
	b.WriteString(py.Repr(c.exc))
	b.WriteString(">\n")
	b.WriteString(FormatTraceback(c.exc))
	py.Stderr(b.String())
}

// dropReport is queued after the done-callbacks of a detached task that
// failed: the moment CPython would collect the task.
type dropReport struct{ f futureLike }

func (d *dropReport) run() { reportNeverRetrieved(d.f) }

// Detach marks t as referenced only by the loop: the compiler calls it for
// `asyncio.create_task(...)` used as a statement, whose task CPython frees
// as soon as it is done. If it fails and nobody retrieves the exception,
// the "Task exception was never retrieved" log comes right after its
// done-callbacks, not when the loop closes.
func Detach[T any](t *Task[T]) {
	t.extra().detached = true
}

// FormatTraceback formats e as CPython's traceback.print_exception does:
// the chain of causes and contexts first, each as "Traceback (most recent
// call last):", its frames, and the "ValueError: bad" line. Frames are taken
// from BaseException.Traceback, which lists the innermost frame first. An
// exception group is drawn as CPython 3.11 draws it: "Exception Group
// Traceback", then each member in a numbered box, indented with "| "
// margins (traceback.TracebackException.format: at most 15 members shown
// per group, 10 levels of nesting).
func FormatTraceback(e py.Exception) string {
	var b strings.Builder
	ctx := &tbContext{b: &b}
	ctx.format(e)
	return b.String()
}

// tbContext is traceback._ExceptionPrintContext: the nesting depth of
// exception groups and whether the last box still needs its closing line.
type tbContext struct {
	b         *strings.Builder
	depth     int
	needClose bool
}

const (
	tbMaxGroupWidth = 15 // traceback.TracebackException's defaults
	tbMaxGroupDepth = 10
)

func (c *tbContext) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text with every line indented for the current depth, with
// margin ('|', or '+' for a top-level group's header) inside a group.
func (c *tbContext) emit(text string, margin byte) {
	prefix := c.indent()
	if c.depth > 0 {
		prefix += string(margin) + " "
	}
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i+1], text[i+1:]
		} else {
			text = ""
		}
		c.b.WriteString(prefix)
		c.b.WriteString(line)
	}
}

// notes emits the exception's __notes__ after its line.
func (c *tbContext) notes(be *py.BaseException) {
	for _, l := range be.NoteLines() {
		c.emit(l+"\n", '|')
	}
}

func (c *tbContext) frames(be *py.BaseException) string {
	var b strings.Builder
	tb := be.Frames()
	for i := len(tb) - 1; i >= 0; i-- {
		fr := tb[i]
		b.WriteString("  File \"")
		b.WriteString(fr.File)
		b.WriteString("\", line ")
		b.WriteString(strconv.Itoa(fr.Line))
		b.WriteString(", in ")
		b.WriteString(fr.Func)
		b.WriteByte('\n')
	}
	return b.String()
}

func (c *tbContext) format(e py.Exception) {
	type link struct {
		msg string
		e   py.Exception
	}
	var chain []link
	msg := ""
	for x := e; x != nil && len(chain) < 100; {
		be := x.Exc()
		chain = append(chain, link{msg, x})
		switch {
		case be.Cause != nil:
			msg, x = "\nThe above exception was the direct cause of the following exception:\n\n", be.Cause
		case be.Context != nil && !be.SuppressContext:
			msg, x = "\nDuring handling of the above exception, another exception occurred:\n\n", be.Context
		default:
			x = nil
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		if i < len(chain)-1 {
			c.emit(chain[i+1].msg, '|')
		}
		x := chain[i].e
		be := x.Exc()
		if !be.IsInstance(py.BaseExceptionGroupClass) || len(be.Exceptions) == 0 {
			if len(be.Frames()) > 0 {
				c.emit("Traceback (most recent call last):\n", '|')
				c.emit(c.frames(be), '|')
			}
			c.emit(py.FormatExceptionOnly(x), '|')
			c.notes(be)
			continue
		}
		if c.depth > tbMaxGroupDepth {
			c.emit("... (max_group_depth is "+strconv.Itoa(tbMaxGroupDepth)+")\n", '|')
			continue
		}
		top := c.depth == 0
		if top {
			c.depth++
		}
		if len(be.Frames()) > 0 {
			margin := byte('|')
			if top {
				margin = '+'
			}
			c.emit("Exception Group Traceback (most recent call last):\n", margin)
			c.emit(c.frames(be), '|')
		}
		c.emit(py.FormatExceptionOnly(x), '|')
		c.notes(be)
		n := len(be.Exceptions)
		if n > tbMaxGroupWidth {
			n = tbMaxGroupWidth + 1
		}
		c.needClose = false
		for j := 0; j < n; j++ {
			last := j == n-1
			if last {
				c.needClose = true
			}
			truncated := j >= tbMaxGroupWidth
			title := strconv.Itoa(j + 1)
			if truncated {
				title = "..."
			}
			open := "  "
			if j == 0 {
				open = "+-"
			}
			c.b.WriteString(c.indent() + open + "+---------------- " + title + " ----------------\n")
			c.depth++
			if !truncated {
				c.format(be.Exceptions[j])
			} else {
				rem := len(be.Exceptions) - tbMaxGroupWidth
				plural := ""
				if rem > 1 {
					plural = "s"
				}
				c.emit("and "+strconv.Itoa(rem)+" more exception"+plural+"\n", '|')
			}
			if last && c.needClose {
				c.b.WriteString(c.indent() + "+------------------------------------\n")
				c.needClose = false
			}
			c.depth--
		}
		if top {
			c.depth = 0
		}
	}
}

// exit is os.Exit, replaceable in tests.
var exit = os.Exit

// Main is what a generated main() calls: it runs body (the module's
// top-level code) and exits the process. On success it flushes stdout and
// exits 0. On an uncaught Python exception it flushes stdout, prints a
// CPython-style traceback to stderr and exits 1; SystemExit exits with its
// code like CPython. Unhandled exceptions of tasks nobody awaited only
// produce the "Task exception was never retrieved" log and do not change
// the status.
//
// Main also sets a floor under the garbage collector's heap goal (see
// gcFloor) and its headroom for small heaps (gctune.go).
func Main(body func()) {
	gcFloor = make([]byte, gcFloorSize)
	startGCTuner()
	installSignals() // signals.go
	code := runMain(body)
	if diedOfInterrupt {
		dieOf(syscall.SIGINT) // signals.go: as CPython, after the traceback
	}
	exit(code)
}

// diedOfInterrupt records that the program ended with an uncaught
// KeyboardInterrupt.
var diedOfInterrupt bool

// gcFloorSize is the size of gcFloor.
const gcFloorSize = 16 << 20

// gcFloor is a pointer-free allocation that is never touched, so it costs
// address space but no resident memory. It counts in the live heap, so the
// collector's first cycle comes at about 32 MiB instead of 4 MiB and later
// goals are 16 MiB higher: a program that builds its tasks and frames (live
// data, not garbage) no longer pays three or four collections, and their
// write barriers, while its heap grows (bench/spawn.py: 68 -> 55 ms, with
// 2 MiB more peak RSS).
var gcFloor []byte

func runMain(body func()) (code int) {
	defer func() {
		if r := recover(); r != nil {
			e := toException(r)
			py.Flush()
			code = handleUncaught(e)
			finalizeGlobals()
			printHeldReports()
		}
	}()
	body()
	finalizeGlobals()
	printHeldReports()
	py.Flush()
	return 0
}

func handleUncaught(e py.Exception) int {
	be := e.Exc()
	if py.IsInstance(e, py.SystemExitClass) {
		if len(be.Args) == 0 || be.Args[0] == nil {
			return 0
		}
		switch v := be.Args[0].(type) {
		case py.NoneType:
			return 0
		case int64:
			return int(v)
		case int:
			return v
		case bool:
			if v {
				return 1
			}
			return 0
		}
		py.Stderr(py.Str(be.Args[0]) + "\n")
		return 1
	}
	py.Stderr(FormatTraceback(e))
	if py.IsInstance(e, py.KeyboardInterruptClass) {
		diedOfInterrupt = true
		return 130
	}
	return 1
}

// finalizeGlobals closes the suspended generators the module's globals
// hold, as CPython's exit does (py/exitgens.go); an exception escaping it
// (a generator's finally raising) is reported like any other.
func finalizeGlobals() {
	py.FinalizeGlobals()
	py.Flush()
}
