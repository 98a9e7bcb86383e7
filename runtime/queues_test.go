package runtime

import (
	"strings"
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// TestQueue mirrors (CPython 3.11.7 output below)
//
//	q = asyncio.Queue()
//	for i in range(3): q.put_nowait(i)
//	log(f"FIFO items: {[q.get_nowait() for _ in range(3)]}")
//	got = []
//	async def getter(n):
//	    v = await q.get(); got.append((n, v)); log(f"{n} got {v}")
//	ts = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
//	await asyncio.sleep(0)
//	for i in range(3): q.put_nowait(i)
//	await asyncio.gather(*ts); log(f"waiting getters served FIFO: {got}")
//	got.clear()
//	ts = [asyncio.create_task(getter("waiting"))]; await asyncio.sleep(0)
//	ts.append(asyncio.create_task(getter("newcomer")))
//	q.put_nowait("x")
//	await asyncio.sleep(0); q.put_nowait("y")
//	await asyncio.gather(*ts); log(f"barging: {got}")
//	# woken getter cancelled: the item goes to the next getter
//	ts = [asyncio.create_task(getter(f"c{i}")) for i in range(3)]
//	await asyncio.sleep(0)
//	q.put_nowait("z"); ts[0].cancel()
//	await asyncio.sleep(0)
//	log(f"after cancel qsize={q.qsize()}")
//	q.put_nowait("w")
//	r = await asyncio.gather(*ts, return_exceptions=True)
//	log(f"results {[type(x).__name__ for x in r]} qsize={q.qsize()}")
//	# pending getter cancelled
//	t = asyncio.create_task(q.get()); await asyncio.sleep(0)
//	t.cancel(); await asyncio.sleep(0)
//	q.put_nowait(7)
//	log(f"cancelled getter: {t.cancelled()} qsize={q.qsize()} {q.get_nowait()}")
//	# bounded
//	bq = asyncio.Queue(maxsize=1); bq.put_nowait("a")
//	async def putter(v):
//	    await bq.put(v); log(f"put {v}")
//	ps = [asyncio.create_task(putter(v)) for v in "bcd"]; await asyncio.sleep(0)
//	log(f"full: {bq.full()} get -> {await bq.get()}")
//	ps[1].cancel()
//	await asyncio.sleep(0)
//	log(f"get -> {await bq.get()}")
//	await asyncio.sleep(0)
//	log(f"get -> {await bq.get()} {bq.qsize()}")
//	r = await asyncio.gather(*ps, return_exceptions=True)
//	log(f"putters {[type(x).__name__ for x in r]}")
//	# woken putter cancelled: next putter proceeds
//	bq.put_nowait(1)
//	ps = [asyncio.create_task(putter(v)) for v in (2, 3)]; await asyncio.sleep(0)
//	log(f"get {bq.get_nowait()}"); ps[0].cancel()
//	r = await asyncio.gather(*ps, return_exceptions=True)
//	log(f"putters {[type(x).__name__ for x in r]} items {bq.get_nowait()} {bq.qsize()}")
//	# join/task_done
//	jq = asyncio.Queue(); [jq.put_nowait(i) for i in range(3)]
//	async def worker():
//	    while True:
//	        v = await jq.get(); await asyncio.sleep(0); log(f"done {v}"); jq.task_done()
//	w = asyncio.create_task(worker()); await jq.join(); w.cancel()
//	log(f"joined {jq.qsize()}")
//	await jq.join()
//	try: jq.task_done()
//	except ValueError as e: log(f"ValueError: {e}")
//	try: bq.get_nowait()
//	except asyncio.QueueEmpty as e: log(f"QueueEmpty {e!r} {str(e)!r}")
//	bq.put_nowait(0)
//	try: bq.put_nowait(1)
//	except asyncio.QueueFull as e: log(f"QueueFull {e!r}")
//	lq, pq = asyncio.LifoQueue(), asyncio.PriorityQueue()
//	for i in (2, 3, 1, 5, 4, 1, 0, 9, 7, 3): lq.put_nowait(i); pq.put_nowait(i)
//	log(f"Lifo: {[lq.get_nowait() for _ in range(10)]} Priority: {[pq.get_nowait() for _ in range(10)]}")
//	w = asyncio.create_task(lq.get()); await asyncio.sleep(0)
//	await lq.put(42); log(f"lifo waiter {await w}")
//	log(f"maxsize {q.maxsize} {bq.maxsize} empty {q.empty()} full {bq.full()}")
func TestQueue(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	q := NewQueue[any](0)
	var got []string
	gotStr := func() string { return "[" + strings.Join(got, ", ") + "]" }
	getter := func(n string) *script {
		return newScript(try(func() AnyAwaitable { return q.Get() }, func(v any, e py.Exception) {
			if e != nil {
				raise(e)
			}
			got = append(got, "("+py.Repr(n)+", "+py.Repr(v)+")")
			r.logIter(pyStr(n, "got", v))
		}))
	}
	var ts, ps []*Task[any]
	spawn := func(names ...string) {
		ts = nil
		for _, n := range names {
			ts = append(ts, CreateTask[any](l, getter(n), ""))
		}
	}
	var tg *Task[any]
	bq := NewQueue[any](1)
	putter := func(v any) *script {
		return newScript(await(func() AnyAwaitable { return bq.Put(v) }), do(func() { r.logIter(pyStr("put", v)) }))
	}
	spawnP := func(vs ...any) {
		ps = nil
		for _, v := range vs {
			ps = append(ps, CreateTask[any](l, putter(v), ""))
		}
	}
	jq := NewQueue[int64](0)
	worker := func() *script {
		var v int64
		s := newScript(
			try(func() AnyAwaitable { return jq.Get() }, func(x any, e py.Exception) {
				if e != nil {
					raise(e)
				}
				v = x.(int64)
			}),
			await(sleepAw(0)),
			do(func() { r.logIter(pyStr("done", v)); jq.TaskDone() }),
		)
		s.ops = append(s.ops, do(func() { s.pc = 0 })) // while True
		return s
	}
	var w *Task[any]
	var tgv any
	lq := NewLifoQueue[int64](0)
	pq := NewPriorityQueue[int64](0, func(a, b int64) bool { return a < b })
	main := newScript(
		do(func() {
			for i := range int64(3) {
				q.PutNowait(i)
			}
			r.logIter(pyStr("FIFO items:", py.NewList(q.GetNowait(), q.GetNowait(), q.GetNowait())))
			spawn("g0", "g1", "g2")
		}),
		await(sleepAw(0)),
		do(func() {
			for i := range int64(3) {
				q.PutNowait(i)
			}
		}),
		await(gatherAll(l, &ts)),
		do(func() {
			r.logIter("waiting getters served FIFO: " + gotStr())
			got = nil
			spawn("waiting")
		}),
		await(sleepAw(0)),
		do(func() {
			ts = append(ts, CreateTask[any](l, getter("newcomer"), ""))
			q.PutNowait("x")
		}),
		await(sleepAw(0)),
		do(func() { q.PutNowait("y") }),
		await(gatherAll(l, &ts)),
		do(func() {
			r.logIter("barging: " + gotStr())
			spawn("c0", "c1", "c2")
		}),
		await(sleepAw(0)),
		do(func() { q.PutNowait("z"); ts[0].Cancel() }),
		await(sleepAw(0)),
		do(func() { r.logIter(pyStr("after cancel qsize=" + py.Str(q.Qsize()))); q.PutNowait("w") }),
		try(gatherAll(l, &ts), func(v any, e py.Exception) {
			r.logIter("results " + typeNames(v) + " qsize=" + py.Str(q.Qsize()))
			tg = CreateTask[any](l, q.Get(), "")
		}),
		await(sleepAw(0)),
		do(func() { tg.Cancel() }),
		await(sleepAw(0)),
		do(func() {
			q.PutNowait(int64(7))
			r.logIter(pyStr("cancelled getter:", tg.Cancelled(), "qsize="+py.Str(q.Qsize()), q.GetNowait()))
			bq.PutNowait("a")
			spawnP("b", "c", "d")
		}),
		await(sleepAw(0)),
		try(func() AnyAwaitable { return bq.Get() }, func(v any, e py.Exception) {
			r.logIter(pyStr("full: True get ->", v)) // full() is evaluated before the await
			ps[1].Cancel()
		}),
		await(sleepAw(0)),
		try(func() AnyAwaitable { return bq.Get() }, func(v any, e py.Exception) { r.logIter(pyStr("get ->", v)) }),
		await(sleepAw(0)),
		try(func() AnyAwaitable { return bq.Get() }, func(v any, e py.Exception) { r.logIter(pyStr("get ->", v, bq.Qsize())) }),
		try(gatherAll(l, &ps), func(v any, e py.Exception) {
			r.logIter("putters " + typeNames(v))
			bq.PutNowait(int64(1))
			spawnP(int64(2), int64(3))
		}),
		await(sleepAw(0)),
		do(func() { r.logIter(pyStr("get", bq.GetNowait())); ps[0].Cancel() }),
		try(gatherAll(l, &ps), func(v any, e py.Exception) {
			r.logIter(pyStr("putters "+typeNames(v)+" items", bq.GetNowait(), bq.Qsize()))
			for i := range int64(3) {
				jq.PutNowait(i)
			}
			w = CreateTask[any](l, worker(), "")
		}),
		await(func() AnyAwaitable { return jq.Join() }),
		do(func() { w.Cancel(); r.logIter(pyStr("joined", jq.Qsize())) }),
		await(func() AnyAwaitable { return jq.Join() }),
		do(func() {
			catch(r, jq.TaskDone)
			func() {
				defer func() {
					e := recover().(py.Exception)
					r.logIter("QueueEmpty " + py.Repr(e) + " " + py.Repr(e.Error()))
				}()
				bq.GetNowait()
			}()
			bq.PutNowait(int64(0))
			func() {
				defer func() { r.logIter("QueueFull " + py.Repr(recover())) }()
				bq.PutNowait(int64(1))
			}()
			for _, i := range []int64{2, 3, 1, 5, 4, 1, 0, 9, 7, 3} {
				lq.PutNowait(i)
				pq.PutNowait(i)
			}
			var a, b []int64
			for range 10 {
				a = append(a, lq.GetNowait())
				b = append(b, pq.GetNowait())
			}
			r.logIter(pyStr("Lifo:", py.ListOf(a), "Priority:", py.ListOf(b)))
			tg = CreateTask[any](l, newScript(try(func() AnyAwaitable { return lq.Get() }, func(v any, e py.Exception) {
				tgv = v
			})), "")
		}),
		await(sleepAw(0)),
		await(func() AnyAwaitable { return lq.Put(42) }),
		await(func() AnyAwaitable { return tg }),
		do(func() {
			r.logIter(pyStr("lifo waiter", tgv))
			r.logIter(pyStr("maxsize", q.Maxsize(), bq.Maxsize(), "empty", q.Empty(), "full", bq.Full()))
		}),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
iter=1 FIFO items: [0, 1, 2]
iter=3 g0 got 0
iter=3 g1 got 1
iter=3 g2 got 2
iter=5 waiting getters served FIFO: [('g0', 0), ('g1', 1), ('g2', 2)]
iter=7 newcomer got x
iter=8 waiting got y
iter=10 barging: [('newcomer', 'x'), ('waiting', 'y')]
iter=12 after cancel qsize=1
iter=13 c1 got z
iter=13 c2 got w
iter=15 results ['CancelledError', 'NoneType', 'NoneType'] qsize=0
iter=17 cancelled getter: True qsize=1 7
iter=18 full: True get -> a
iter=19 put b
iter=19 get -> b
iter=20 put d
iter=20 get -> d 0
iter=22 putters ['NoneType', 'CancelledError', 'NoneType']
iter=23 get 1
iter=25 put 3
iter=27 putters ['CancelledError', 'NoneType'] items 3 0
iter=29 done 0
iter=30 done 1
iter=31 done 2
iter=32 joined 0
iter=32 ValueError: task_done() called too many times
iter=32 QueueEmpty QueueEmpty() ''
iter=32 QueueFull QueueFull()
iter=32 Lifo: [3, 7, 9, 0, 1, 4, 5, 1, 3, 2] Priority: [0, 1, 1, 2, 3, 3, 4, 5, 7, 9]
iter=35 lifo waiter 42
iter=35 maxsize 0 1 empty True full True`)
}

// TestPriorityQueueHeapq checks that PriorityQueue pops in exactly
// heapq's order, ties included: 0.0 and -0.0 compare equal but print
// differently. The expected sequence is CPython's heapq with
// random.seed(7) pushes (a value) and pops ("p").
func TestPriorityQueueHeapq(t *testing.T) {
	ops := "1.0 2 0.0 0.0 p p 0.0 p -0.0 p -1.0 p p 0.0 2 p p -0.0 p p 0.0 -1.0 -0.0 p -0.0 p 0.0 -1.0 p 2 2 2 p p p 0.0 -1.0 1.0 1.0 0.0 p 1.0 p 0.0 0.0 -1.0 1.0 p p 2 p p p 0.0 p 1 1 1.0 1 p p p p p p p p p p p"
	want := "0.0 0.0 0.0 -0.0 -1.0 1.0 0.0 2 -0.0 2 -1.0 0.0 -1.0 0.0 -0.0 -0.0 -1.0 0.0 -1.0 0.0 0.0 0.0 1.0 0.0 1.0 1.0 1.0 1 1.0 1 1 2 2 2 2"
	q := NewPriorityQueue[any](0, nil)
	var out []string
	for _, o := range strings.Fields(ops) {
		switch o {
		case "p":
			out = append(out, py.Repr(q.GetNowait()))
		case "1", "2":
			q.PutNowait(int64(o[0] - '0'))
		default:
			f := map[string]float64{"0.0": 0, "1.0": 1, "-1.0": -1}[o]
			if o == "-0.0" {
				f = negZero()
			}
			q.PutNowait(f)
		}
	}
	if got := strings.Join(out, " "); got != want {
		t.Errorf("pop order\n got %s\nwant %s", got, want)
	}
}

func negZero() float64 {
	z := 0.0
	return -z
}
