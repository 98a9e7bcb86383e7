package runtime

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// Differential stress test: Lock, Semaphore, Queue and Event used by eight
// workers making random choices (a shared LCG, so the choices depend on the
// scheduling order) while main cancels workers, puts, gets and sets at
// random. testdata/stress/seedN.txt is the trace CPython 3.11.7 printed for
// the program below with seed N; every line carries the loop iteration, so
// any difference in wake-up order, in the number of passes a hand-off takes
// or in the state left by a cancelled waiter shows.
//
//	seed = int(sys.argv[1])
//	def rnd(n):
//	    global seed
//	    seed = (seed * 1103515245 + 12345) % 2147483648
//	    return (seed >> 8) % n
//	out = []
//	def log(s): out.append(f"{L.it} {s}")   # L.it: loop iterations so far
//	async def main():
//	    sem = asyncio.Semaphore(2)
//	    lock = asyncio.Lock()
//	    q = asyncio.Queue(maxsize=2)
//	    ev = asyncio.Event()
//	    async def worker(n):
//	        try:
//	            for k in range(5):
//	                r = rnd(5)
//	                if r == 0:
//	                    await sem.acquire()
//	                    log(f"w{n} sem {k} locked={sem.locked()}")
//	                    try:
//	                        for _ in range(rnd(3)):
//	                            await asyncio.sleep(0)
//	                    finally:
//	                        sem.release()
//	                elif r == 1:
//	                    await lock.acquire()
//	                    log(f"w{n} lock {k}")
//	                    try:
//	                        for _ in range(rnd(3)):
//	                            await asyncio.sleep(0)
//	                    finally:
//	                        lock.release()
//	                elif r == 2:
//	                    await q.put(n * 10 + k)
//	                    log(f"w{n} put {n * 10 + k} qsize={q.qsize()}")
//	                elif r == 3:
//	                    v = await q.get()
//	                    log(f"w{n} got {v}")
//	                else:
//	                    await ev.wait()
//	                    log(f"w{n} event")
//	        except asyncio.CancelledError:
//	            log(f"w{n} cancelled")
//	            raise
//	        log(f"w{n} done")
//	    tasks = [asyncio.create_task(worker(i)) for i in range(8)]
//	    for step in range(60):
//	        await asyncio.sleep(0)
//	        r = rnd(12)
//	        if r == 0:
//	            i = rnd(8)
//	            log(f"cancel w{i} -> {tasks[i].cancel()}")
//	        elif r == 1:
//	            if q.full(): log("main full")
//	            else: q.put_nowait(100 + step)
//	        elif r == 2:
//	            if q.empty(): log("main empty")
//	            else: log(f"main get {q.get_nowait()}")
//	        elif r == 3:
//	            ev.set(); ev.clear()
//	            log("main set+clear")
//	        elif r == 4:
//	            ev.set()
//	            log("main set")
//	        elif r == 5:
//	            ev.clear()
//	    for t in tasks:
//	        t.cancel()
//	    for t in tasks:
//	        try:
//	            await t
//	        except asyncio.CancelledError:
//	            pass
//	    log(f"end sem={sem._value} locked={lock.locked()} qsize={q.qsize()} set={ev.is_set()}")
type stressWorld struct {
	loop *Loop
	seed int64
	out  []string
	sem  *Semaphore
	lock *Lock
	q    *Queue[int64]
	ev   *Event
}

func (s *stressWorld) rnd(n int64) int64 {
	s.seed = (s.seed*1103515245 + 12345) % 2147483648
	return (s.seed >> 8) % n
}

func (s *stressWorld) log(format string, a ...any) {
	s.out = append(s.out, fmt.Sprintf("%d ", s.loop.passes)+fmt.Sprintf(format, a...))
}

// Worker states.
const (
	swAcq = iota + 1 // awaiting an acquire/put/get/wait
	swSemSleep
	swLockSleep
)

// stressWorker is worker(n), written the way the generator writes frames.
type stressWorker struct {
	st     int
	pc     int // resume point
	n, k   int64
	r      int64
	sleeps int64
	i      int64
	w      *stressWorld
	semOp  SemAcquireOp
	lockOp LockAcquireOp
	put    QueuePutOp[int64]
	get    QueueGetOp[int64]
	wait   EventWaitOp
	sleep  SleepOp
}

func (f *stressWorker) Step(tc *TaskCore) bool {
	defer func() {
		if x := recover(); x != nil {
			switch f.st { // finally
			case swSemSleep:
				f.w.sem.Release()
			case swLockSleep:
				f.w.lock.Release()
			}
			f.st = 0
			if e, ok := x.(py.Exception); ok && isCancelledError(e) {
				f.w.log("w%d cancelled", f.n)
			}
			panic(x)
		}
	}()
	w := f.w
	switch f.pc {
	case 1:
		goto semAcq
	case 2:
		goto semSleep
	case 3:
		goto lockAcq
	case 4:
		goto lockSleep
	case 5:
		goto put
	case 6:
		goto get
	case 7:
		goto wait
	}
	f.k = 0
next:
	if f.k >= 5 {
		w.log("w%d done", f.n)
		return true
	}
	f.r = w.rnd(5)
	switch f.r {
	case 0:
		f.semOp.Init(w.sem)
		f.st, f.pc = swAcq, 1
		goto semAcq
	case 1:
		f.lockOp.Init(w.lock)
		f.st, f.pc = swAcq, 3
		goto lockAcq
	case 2:
		f.put.Init(w.q, f.n*10+f.k)
		f.st, f.pc = swAcq, 5
		goto put
	case 3:
		f.get.Init(w.q)
		f.st, f.pc = swAcq, 6
		goto get
	default:
		f.wait.Init(w.ev)
		f.st, f.pc = swAcq, 7
		goto wait
	}
semAcq:
	if !f.semOp.Step(tc) {
		return false
	}
	w.log("w%d sem %d locked=%s", f.n, f.k, py.Str(w.sem.Locked()))
	f.st = swSemSleep
	f.sleeps, f.i = w.rnd(3), 0
semLoop:
	if f.i >= f.sleeps {
		goto semEnd
	}
	f.sleep.Init(0)
	f.pc = 2
semSleep:
	if !f.sleep.Step(tc) {
		return false
	}
	f.i++
	goto semLoop
semEnd:
	f.st = 0
	w.sem.Release()
	goto done
lockAcq:
	if !f.lockOp.Step(tc) {
		return false
	}
	w.log("w%d lock %d", f.n, f.k)
	f.st = swLockSleep
	f.sleeps, f.i = w.rnd(3), 0
lockLoop:
	if f.i >= f.sleeps {
		goto lockEnd
	}
	f.sleep.Init(0)
	f.pc = 4
lockSleep:
	if !f.sleep.Step(tc) {
		return false
	}
	f.i++
	goto lockLoop
lockEnd:
	f.st = 0
	w.lock.Release()
	goto done
put:
	if !f.put.Step(tc) {
		return false
	}
	w.log("w%d put %d qsize=%d", f.n, f.n*10+f.k, w.q.Qsize())
	goto done
get:
	if !f.get.Step(tc) {
		return false
	}
	w.log("w%d got %d", f.n, f.get.Result())
	goto done
wait:
	if !f.wait.Step(tc) {
		return false
	}
	w.log("w%d event", f.n)
done:
	f.st, f.pc = 0, 0
	f.k++
	goto next
}

func (f *stressWorker) Result() py.NoneType { return py.None }

func runStress(seed int64) string {
	l := NewLoop(true)
	w := &stressWorld{loop: l, seed: seed, sem: NewSemaphore(2), lock: NewLock(), q: NewQueue[int64](2), ev: NewEvent()}
	var tasks []*Task[py.NoneType]
	main := newScript(do(func() {
		for i := range int64(8) {
			tasks = append(tasks, CreateTask[py.NoneType](l, &stressWorker{n: i, w: w}, ""))
		}
	}))
	for step := range int64(60) {
		main.ops = append(main.ops, await(sleepAw(0)), do(func() {
			switch w.rnd(12) {
			case 0:
				i := w.rnd(8)
				w.log("cancel w%d -> %s", i, py.Str(tasks[i].Cancel()))
			case 1:
				if w.q.Full() {
					w.log("main full")
				} else {
					w.q.PutNowait(100 + step)
				}
			case 2:
				if w.q.Empty() {
					w.log("main empty")
				} else {
					w.log("main get %d", w.q.GetNowait())
				}
			case 3:
				w.ev.Set()
				w.ev.Clear()
				w.log("main set+clear")
			case 4:
				w.ev.Set()
				w.log("main set")
			case 5:
				w.ev.Clear()
			}
		}))
	}
	main.ops = append(main.ops, do(func() {
		for _, t := range tasks {
			t.Cancel()
		}
	}))
	for i := range 8 {
		main.ops = append(main.ops, try(func() AnyAwaitable { return tasks[i] }, func(any, py.Exception) {}))
	}
	main.ops = append(main.ops, do(func() {
		w.log("end sem=%d locked=%s qsize=%d set=%s", w.sem.Value(), py.Str(w.lock.Locked()), w.q.Qsize(), py.Str(w.ev.IsSet()))
	}))
	RunUntilComplete[any](l, main)
	l.Close()
	return strings.Join(w.out, "\n")
}

func TestSyncStress(t *testing.T) {
	files, _ := filepath.Glob("testdata/stress/seed*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/stress/seed*.txt")
	}
	for _, f := range files {
		var seed int64
		fmt.Sscanf(filepath.Base(f), "seed%d.txt", &seed)
		want, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := runStress(seed)
		if got != strings.TrimSpace(string(want)) {
			gl, wl := strings.Split(got, "\n"), strings.Split(strings.TrimSpace(string(want)), "\n")
			for i := 0; i < len(gl) || i < len(wl); i++ {
				var g, w string
				if i < len(gl) {
					g = gl[i]
				}
				if i < len(wl) {
					w = wl[i]
				}
				if g != w {
					t.Errorf("seed %d: first difference at line %d:\n got %q\nwant %q", seed, i+1, g, w)
					break
				}
			}
		}
	}
}
