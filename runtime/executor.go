package runtime

import (
	goruntime "runtime"
	"sync"
)

// Executor is a bounded pool of worker goroutines, the equivalent of
// concurrent.futures.ThreadPoolExecutor that asyncio uses as a loop's default
// executor. Like ThreadPoolExecutor it starts a new worker for a submitted
// job only when no worker is idle and fewer than MaxWorkers exist, and its
// workers live until Shutdown. Jobs run in submission order (FIFO queue).
type Executor struct {
	mu      sync.Mutex
	cond    *sync.Cond
	queue   []func()
	max     int
	workers int
	idle    int
	down    bool
	wg      sync.WaitGroup
}

// DefaultMaxWorkers is ThreadPoolExecutor's default: min(32, cpu_count+4).
func DefaultMaxWorkers() int { return min(32, goruntime.NumCPU()+4) }

// NewExecutor creates a pool of at most maxWorkers goroutines (<= 0 means
// DefaultMaxWorkers).
func NewExecutor(maxWorkers int) *Executor {
	if maxWorkers <= 0 {
		maxWorkers = DefaultMaxWorkers()
	}
	e := &Executor{max: maxWorkers}
	e.cond = sync.NewCond(&e.mu)
	return e
}

// MaxWorkers returns the pool's bound (_max_workers).
func (e *Executor) MaxWorkers() int { return e.max }

// Submit queues job; it reports false (and drops the job) after Shutdown,
// where ThreadPoolExecutor raises "cannot schedule new futures after
// shutdown".
func (e *Executor) Submit(job func()) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.down {
		return false
	}
	e.queue = append(e.queue, job)
	if e.idle > len(e.queue)-1 {
		e.cond.Signal()
		return true
	}
	if e.workers < e.max {
		e.workers++
		e.wg.Add(1)
		go e.worker()
	}
	return true
}

func (e *Executor) worker() {
	defer e.wg.Done()
	e.mu.Lock()
	for {
		for len(e.queue) == 0 && !e.down {
			e.idle++
			e.cond.Wait()
			e.idle--
		}
		if len(e.queue) == 0 { // shut down and drained
			e.workers--
			e.mu.Unlock()
			return
		}
		job := e.queue[0]
		e.queue[0] = nil
		e.queue = e.queue[1:]
		e.mu.Unlock()
		job()
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
		e.wg.Wait()
	}
}

// Workers returns the number of live worker goroutines.
func (e *Executor) Workers() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.workers
}
