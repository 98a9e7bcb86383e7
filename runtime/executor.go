package runtime

import (
	goruntime "runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

// Worker threads: a function run by to_thread or run_in_executor runs on a
// worker goroutine, a thread of its own in CPython, where no event loop
// runs: asyncio.get_running_loop() raises RuntimeError("no running event
// loop") and asyncio.get_event_loop() RuntimeError("There is no current
// event loop in thread 'asyncio_0'.").
var (
	threadJobs  atomic.Int32 // jobs running on worker goroutines
	threadNames sync.Map     // goroutine id -> thread name, while a job runs
)

// runInThread runs fn, a job of the worker named name.
func runInThread(name string, fn func()) {
	id := curGoid()
	threadNames.Store(id, name)
	threadJobs.Add(1)
	defer func() {
		threadJobs.Add(-1)
		threadNames.Delete(id)
	}()
	fn()
}

// workerThread returns the name of the worker thread the caller runs on,
// or false on a loop's goroutine (or the main one).
func workerThread() (string, bool) {
	if threadJobs.Load() == 0 {
		return "", false
	}
	v, ok := threadNames.Load(curGoid())
	if !ok {
		return "", false
	}
	return v.(string), true
}

// Executor is a bounded pool of worker goroutines, the equivalent of
// concurrent.futures.ThreadPoolExecutor that asyncio uses as a loop's default
// executor. Like ThreadPoolExecutor it starts a new worker for a submitted
// job only when no worker is idle and fewer than MaxWorkers exist, and its
// workers live until Shutdown. Jobs run in submission order (FIFO queue).
//
// An executor bound to a loop keeps the loop's external-work count equal to
// the number of jobs that are running or about to run (an idle or new
// worker will take them); jobs waiting for a busy worker do not count, so a
// virtual clock can still jump while every worker is parked in a virtual
// time.sleep. A worker's count is released only after its job returned,
// that is after the job posted its result to the loop.
type Executor struct {
	mu      sync.Mutex
	cond    *sync.Cond
	queue   []execJob
	max     int
	workers int
	idle    int
	counted int // queued jobs holding a count
	down    bool
	wg      sync.WaitGroup
	loop    *Loop
	started int // workers started: ThreadPoolExecutor names them asyncio_0, asyncio_1...
}

type execJob struct {
	fn      func()
	counted bool
}

// DefaultMaxWorkers is ThreadPoolExecutor's default: min(32, cpu_count+4).
func DefaultMaxWorkers() int { return min(32, goruntime.NumCPU()+4) }

// NewExecutor creates a pool of at most maxWorkers goroutines (<= 0 means
// DefaultMaxWorkers). A non-nil loop gets the external-work accounting.
func NewExecutor(maxWorkers int, loop *Loop) *Executor {
	if maxWorkers <= 0 {
		maxWorkers = DefaultMaxWorkers()
	}
	e := &Executor{max: maxWorkers, loop: loop}
	e.cond = sync.NewCond(&e.mu)
	return e
}

// MaxWorkers returns the pool's bound (_max_workers).
func (e *Executor) MaxWorkers() int { return e.max }

func (e *Executor) begin() {
	if e.loop != nil {
		e.loop.BeginExternal()
	}
}

func (e *Executor) end() {
	if e.loop != nil {
		e.loop.EndExternal()
	}
}

// Submit queues job; it reports false (and drops the job) after Shutdown,
// where ThreadPoolExecutor raises "cannot schedule new futures after
// shutdown".
func (e *Executor) Submit(job func()) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.down {
		return false
	}
	j := execJob{fn: job}
	switch {
	case e.idle > e.counted:
		j.counted = true
		e.cond.Signal()
	case e.workers < e.max:
		j.counted = true
		e.workers++
		e.wg.Add(1)
		go e.worker("asyncio_" + strconv.Itoa(e.started))
		e.started++
	}
	if j.counted {
		e.counted++
		e.begin()
	}
	e.queue = append(e.queue, j)
	return true
}

func (e *Executor) worker(name string) {
	defer e.wg.Done()
	hold := false // this worker holds a count
	e.mu.Lock()
	for {
		for len(e.queue) == 0 && !e.down {
			if hold {
				e.end()
				hold = false
			}
			e.idle++
			e.cond.Wait()
			e.idle--
		}
		if len(e.queue) == 0 { // shut down and drained
			if hold {
				e.end()
			}
			e.workers--
			e.mu.Unlock()
			return
		}
		j := e.queue[0]
		e.queue[0] = execJob{}
		e.queue = e.queue[1:]
		if j.counted {
			e.counted--
			if hold {
				e.end()
			}
		} else if !hold {
			e.begin()
		}
		hold = true
		e.mu.Unlock()
		runInThread(name, j.fn)
		e.mu.Lock()
	}
}

// Shutdown stops accepting jobs; the workers finish the queued ones and
// exit. With wait it returns when every worker has exited
// (executor.shutdown(wait=True)).
func (e *Executor) Shutdown(wait bool) {
	e.mu.Lock()
	e.down = true
	e.cond.Broadcast()
	e.mu.Unlock()
	if wait {
		held := gilBlock() // gil.go: the workers may need the lock to finish
		e.wg.Wait()
		gilUnblock(held)
	}
}

// Workers returns the number of live worker goroutines.
func (e *Executor) Workers() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.workers
}
