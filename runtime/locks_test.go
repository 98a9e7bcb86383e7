package runtime

import (
	"testing"

	"github.com/aiogo/aiogo/runtime/py"
)

// The expected outputs in this file are CPython 3.11.7's; each test's doc
// comment names the Python program (kept in the comment) it mirrors.

// typeNames is [type(x).__name__ for x in gather(*ts, return_exceptions=True)].
func typeNames(v any) string {
	var out []any
	for _, x := range v.(*py.List[any]).V {
		switch e := x.(type) {
		case py.Exception:
			out = append(out, e.Exc().Class.Name)
		case nil, py.NoneType:
			out = append(out, "NoneType")
		default:
			out = append(out, py.TypeName(x))
		}
	}
	return py.Repr(py.NewList(out...))
}

func gatherAll[T any](l *Loop, ts *[]*Task[T]) func() AnyAwaitable {
	return func() AnyAwaitable {
		aws := make([]AnyAwaitable, len(*ts))
		for i, t := range *ts {
			aws[i] = t
		}
		return GatherAny(l, aws, true)
	}
}

func opAw[A AnyAwaitable](f func() A) func() AnyAwaitable {
	return func() AnyAwaitable { return f() }
}

// TestLockOrderAndCancel mirrors
//
//	lock = asyncio.Lock()
//	async def user(n):
//	    await lock.acquire()
//	    try:
//	        log(f"{n} in"); await asyncio.sleep(0); log(f"{n} out")
//	    finally:
//	        lock.release()
//	# 1. FIFO, no barging (R13)
//	await lock.acquire()
//	ts = [asyncio.create_task(user(i)) for i in range(3)]
//	await asyncio.sleep(0)
//	ts.append(asyncio.create_task(user("barger")))
//	lock.release()
//	log(f"locked after release: {lock.locked()}")
//	await asyncio.gather(*ts)
//	# 2. pending waiter cancelled: skipped
//	await lock.acquire()
//	ts = [asyncio.create_task(user(i)) for i in range(3)]
//	await asyncio.sleep(0); ts[0].cancel(); await asyncio.sleep(0)
//	log(f"after cancel: locked={lock.locked()}")
//	lock.release()
//	r = await asyncio.gather(*ts, return_exceptions=True)
//	log(f"2. results {[type(x).__name__ for x in r]}")
//	# 3. woken waiter cancelled before it runs: the next one gets the lock
//	await lock.acquire()
//	ts = [asyncio.create_task(user(i)) for i in range(3)]
//	await asyncio.sleep(0)
//	lock.release(); ts[0].cancel("bye")
//	log(f"3. released+cancelled: locked={lock.locked()}")
//	r = await asyncio.gather(*ts, return_exceptions=True)
//	log(f"3. results {[type(x).__name__ for x in r]} locked={lock.locked()}")
//	# 4. all waiters cancelled: a newcomer takes the fast path
//	await lock.acquire()
//	ts = [asyncio.create_task(user(i)) for i in range(2)]
//	await asyncio.sleep(0)
//	for t in ts: t.cancel()
//	lock.release()
//	log(f"4. locked={lock.locked()}")
//	log(f"4. acquire fast: {await lock.acquire()} locked={lock.locked()}")
//	lock.release()
//	r = await asyncio.gather(*ts, return_exceptions=True)
//	log(f"4. {[type(x).__name__ for x in r]} locked={lock.locked()}")
//	try:
//	    lock.release()
//	except RuntimeError as e:
//	    log(f"RuntimeError: {e}")
//	# 5. acquire() as a task
//	await lock.acquire()
//	t = asyncio.create_task(lock.acquire())
//	await asyncio.sleep(0)
//	log(f"5. blocked {not t.done()}")
//	lock.release()
//	log(f"5. got {await t} {lock.locked()}")
//	lock.release()
func TestLockOrderAndCancel(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	lock := NewLock()
	user := func(n string) *script {
		return newScript(
			await(opAw(lock.Acquire)),
			do(func() { r.logIter(n + " in") }),
			try(sleepAw(0), func(_ any, e py.Exception) {
				if e != nil {
					lock.Release()
					raise(e)
				}
				r.logIter(n + " out")
				lock.Release()
			}),
		)
	}
	var ts []*Task[any]
	spawn := func(names ...string) op {
		return do(func() {
			ts = nil
			for _, n := range names {
				ts = append(ts, CreateTask[any](l, user(n), ""))
			}
		})
	}
	var tb *Task[bool]
	main := newScript(
		await(opAw(lock.Acquire)),
		spawn("0", "1", "2"),
		await(sleepAw(0)),
		do(func() {
			ts = append(ts, CreateTask[any](l, user("barger"), ""))
			lock.Release()
			r.logIter(pyStr("locked after release:", lock.Locked()))
		}),
		await(gatherAll(l, &ts)),
		// 2
		await(opAw(lock.Acquire)),
		spawn("0", "1", "2"),
		await(sleepAw(0)), do(func() { ts[0].Cancel() }), await(sleepAw(0)),
		do(func() { r.logIter(pyStr("after cancel: locked=" + py.Str(lock.Locked()))); lock.Release() }),
		try(gatherAll(l, &ts), func(v any, e py.Exception) { r.logIter("2. results " + typeNames(v)) }),
		// 3
		await(opAw(lock.Acquire)),
		spawn("0", "1", "2"),
		await(sleepAw(0)),
		do(func() {
			lock.Release()
			ts[0].CancelMsg("bye")
			r.logIter("3. released+cancelled: locked=" + py.Str(lock.Locked()))
		}),
		try(gatherAll(l, &ts), func(v any, e py.Exception) {
			r.logIter("3. results " + typeNames(v) + " locked=" + py.Str(lock.Locked()))
		}),
		// 4
		await(opAw(lock.Acquire)),
		spawn("0", "1"),
		await(sleepAw(0)),
		do(func() {
			for _, t := range ts {
				t.Cancel()
			}
			lock.Release()
			r.logIter("4. locked=" + py.Str(lock.Locked()))
		}),
		try(opAw(lock.Acquire), func(v any, e py.Exception) {
			r.logIter(pyStr("4. acquire fast:", v, "locked="+py.Str(lock.Locked())))
			lock.Release()
		}),
		try(gatherAll(l, &ts), func(v any, e py.Exception) {
			r.logIter("4. " + typeNames(v) + " locked=" + py.Str(lock.Locked()))
			func() {
				defer func() { r.logIter(pyStr("RuntimeError:", recover())) }()
				lock.Release()
			}()
		}),
		// 5
		await(opAw(lock.Acquire)),
		do(func() { tb = CreateTask[bool](l, lock.Acquire(), "") }),
		await(sleepAw(0)),
		do(func() { r.logIter(pyStr("5. blocked", !tb.Done())); lock.Release() }),
		try(awaitF(nil), nil),
	)
	// the last op awaits tb, created later
	main.ops[len(main.ops)-1] = try(func() AnyAwaitable { return tb }, func(v any, e py.Exception) {
		r.logIter(pyStr("5. got", v, lock.Locked()))
		lock.Release()
	})
	run(t, l, main)
	l.Close()
	r.check(t, `
iter=2 locked after release: False
iter=3 0 in
iter=4 0 out
iter=5 1 in
iter=6 1 out
iter=7 2 in
iter=8 2 out
iter=9 barger in
iter=10 barger out
iter=14 after cancel: locked=True
iter=15 1 in
iter=16 1 out
iter=17 2 in
iter=18 2 out
iter=20 2. results ['CancelledError', 'NoneType', 'NoneType']
iter=21 3. released+cancelled: locked=False
iter=23 1 in
iter=24 1 out
iter=25 2 in
iter=26 2 out
iter=28 3. results ['CancelledError', 'NoneType', 'NoneType'] locked=False
iter=29 4. locked=False
iter=29 4. acquire fast: True locked=True
iter=32 4. ['CancelledError', 'CancelledError'] locked=False
iter=32 RuntimeError: Lock is not acquired.
iter=33 5. blocked True
iter=35 5. got True True`)
}

// catch runs f and logs "Cls: msg" for the Python exception it raises.
func catch(r *recorder, f func()) {
	defer func() {
		if x := recover(); x != nil {
			e := x.(py.Exception)
			r.logIter(e.Exc().Class.Name + ": " + e.Error())
		}
	}()
	f()
}

// TestEventSemaphore mirrors
//
//	ev = asyncio.Event()
//	async def ew(n):
//	    await ev.wait(); log(f"ev {n} woke")
//	ts = [asyncio.create_task(ew(i)) for i in range(3)]
//	await asyncio.sleep(0)
//	ts[1].cancel()
//	ev.set(); ev.clear()
//	log(f"set+clear is_set={ev.is_set()}")
//	r = await asyncio.gather(*ts, return_exceptions=True)
//	log(f"ev results {[type(x).__name__ for x in r]}")
//	ev.set()
//	log(f"wait on set: {await ev.wait()}")
//	sem = asyncio.Semaphore(2)
//	async def su(n, k):
//	    await sem.acquire()
//	    try:
//	        log(f"sem {n} in")
//	        for _ in range(k): await asyncio.sleep(0)
//	    finally:
//	        sem.release()
//	ts = [asyncio.create_task(su(i, 2)) for i in range(5)]
//	await asyncio.sleep(0)
//	log(f"locked={sem.locked()}")
//	ts.append(asyncio.create_task(su("late", 1)))
//	await asyncio.gather(*ts)
//	log(f"after: locked={sem.locked()}")
//	# woken waiter cancelled: its unit goes to the next one
//	await sem.acquire(); await sem.acquire()
//	ts = [asyncio.create_task(su(i, 1)) for i in range(3)]
//	await asyncio.sleep(0)
//	sem.release(); ts[0].cancel()
//	log(f"released+cancelled locked={sem.locked()}")
//	r = await asyncio.gather(*ts, return_exceptions=True)
//	log(f"sem results {[type(x).__name__ for x in r]} locked={sem.locked()}")
//	sem.release()
//	log(f"locked={sem.locked()}")
//	# pending waiter cancelled: locked() ignores it
//	z = asyncio.Semaphore(0)
//	t = asyncio.create_task(z.acquire())
//	await asyncio.sleep(0)
//	log(f"z locked={z.locked()}")
//	t.cancel(); await asyncio.sleep(0)
//	log(f"z cancelled={t.cancelled()} locked={z.locked()}")
//	z.release()
//	log(f"z locked={z.locked()} acquire={await z.acquire()}")
//	bs = asyncio.BoundedSemaphore(1)
//	await bs.acquire()
//	bs.release()
//	try: bs.release()
//	except ValueError as e: log(f"ValueError: {e}")
//	try: asyncio.Semaphore(-1)
//	except ValueError as e: log(f"ValueError: {e}")
//	try: asyncio.BoundedSemaphore(-2)
//	except ValueError as e: log(f"ValueError: {e}")
func TestEventSemaphore(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	ev := NewEvent()
	ew := func(n string) *script {
		return newScript(await(opAw(ev.Wait)), do(func() { r.logIter("ev " + n + " woke") }))
	}
	sem := NewSemaphore(2)
	su := func(n string, k int) *script {
		s := newScript(await(opAw(sem.Acquire)), do(func() { r.logIter("sem " + n + " in") }))
		for i := range k {
			s.ops = append(s.ops, try(sleepAw(0), func(_ any, e py.Exception) {
				if e != nil {
					sem.Release()
					raise(e)
				}
				if i == k-1 {
					sem.Release()
				}
			}))
		}
		return s
	}
	var ts []*Task[any]
	var z, bs *Semaphore
	var tb *Task[bool]
	var zl bool
	main := newScript(
		do(func() {
			for _, n := range []string{"0", "1", "2"} {
				ts = append(ts, CreateTask[any](l, ew(n), ""))
			}
		}),
		await(sleepAw(0)),
		do(func() {
			ts[1].Cancel()
			ev.Set()
			ev.Clear()
			r.logIter("set+clear is_set=" + py.Str(ev.IsSet()))
		}),
		try(gatherAll(l, &ts), func(v any, e py.Exception) { r.logIter("ev results " + typeNames(v)) }),
		do(ev.Set),
		try(opAw(ev.Wait), func(v any, e py.Exception) { r.logIter(pyStr("wait on set:", v)) }),
		do(func() {
			ts = nil
			for _, n := range []string{"0", "1", "2", "3", "4"} {
				ts = append(ts, CreateTask[any](l, su(n, 2), ""))
			}
		}),
		await(sleepAw(0)),
		do(func() {
			r.logIter("locked=" + py.Str(sem.Locked()))
			ts = append(ts, CreateTask[any](l, su("late", 1), ""))
		}),
		await(gatherAll(l, &ts)),
		do(func() { r.logIter("after: locked=" + py.Str(sem.Locked())) }),
		await(opAw(sem.Acquire)), await(opAw(sem.Acquire)),
		do(func() {
			ts = nil
			for _, n := range []string{"0", "1", "2"} {
				ts = append(ts, CreateTask[any](l, su(n, 1), ""))
			}
		}),
		await(sleepAw(0)),
		do(func() {
			sem.Release()
			ts[0].Cancel()
			r.logIter("released+cancelled locked=" + py.Str(sem.Locked()))
		}),
		try(gatherAll(l, &ts), func(v any, e py.Exception) {
			r.logIter("sem results " + typeNames(v) + " locked=" + py.Str(sem.Locked()))
			sem.Release()
			r.logIter("locked=" + py.Str(sem.Locked()))
		}),
		do(func() {
			z = NewSemaphore(0)
			tb = CreateTask[bool](l, z.Acquire(), "")
		}),
		await(sleepAw(0)),
		do(func() {
			r.logIter("z locked=" + py.Str(z.Locked()))
			tb.Cancel()
		}),
		await(sleepAw(0)),
		do(func() {
			r.logIter("z cancelled=" + py.Str(tb.Cancelled()) + " locked=" + py.Str(z.Locked()))
			z.Release()
			zl = z.Locked() // f-string order: locked() before the await
		}),
		try(func() AnyAwaitable { return z.Acquire() }, func(v any, e py.Exception) {
			r.logIter("z locked=" + py.Str(zl) + " acquire=" + py.Str(v))
			bs = NewBoundedSemaphore(1)
		}),
		try(func() AnyAwaitable { return bs.Acquire() }, func(v any, e py.Exception) {
			bs.Release()
			catch(r, bs.Release)
			catch(r, func() { NewSemaphore(-1) })
			catch(r, func() { NewBoundedSemaphore(-2) })
		}),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
iter=2 set+clear is_set=False
iter=3 ev 0 woke
iter=3 ev 2 woke
iter=5 ev results ['NoneType', 'CancelledError', 'NoneType']
iter=5 wait on set: True
iter=6 sem 0 in
iter=6 sem 1 in
iter=6 locked=True
iter=9 sem 2 in
iter=9 sem 3 in
iter=12 sem 4 in
iter=12 sem late in
iter=16 after: locked=False
iter=17 released+cancelled locked=True
iter=19 sem 1 in
iter=21 sem 2 in
iter=24 sem results ['CancelledError', 'NoneType', 'NoneType'] locked=False
iter=24 locked=False
iter=25 z locked=True
iter=26 z cancelled=True locked=True
iter=26 z locked=False acquire=True
iter=26 ValueError: BoundedSemaphore released too many times
iter=26 ValueError: Semaphore initial value must be >= 0
iter=26 ValueError: Semaphore initial value must be >= 0`)
}

// reprs is [repr(x) for x in gather(*ts, return_exceptions=True)].
func reprs(v any) string {
	var out []any
	for _, x := range v.(*py.List[any]).V {
		if x == nil {
			x = py.None
		}
		out = append(out, py.Repr(x))
	}
	return py.Repr(py.NewList(out...))
}

// TestCondition mirrors
//
//	cond = asyncio.Condition()
//	items = []
//	async def consumer(n):
//	    await cond.acquire()
//	    try:
//	        r = await cond.wait_for(lambda: len(items) > 0)
//	        log(f"{n} took {items.pop(0)} locked={cond.locked()} r={r}")
//	    finally:
//	        cond.release()
//	async def plain(n):
//	    await cond.acquire()
//	    try:
//	        log(f"{n} waiting")
//	        r = await cond.wait()
//	        log(f"{n} woken {r} locked={cond.locked()}")
//	    finally:
//	        cond.release()
//	cs = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
//	await asyncio.sleep(0)
//	await cond.acquire()
//	items.append(1); cond.notify(1); log("notified one")
//	cond.release()
//	await asyncio.sleep(0); await asyncio.sleep(0); await asyncio.sleep(0)
//	await cond.acquire()
//	items.append(2); items.append(3); cond.notify_all(); log("notified all")
//	cond.release()
//	await asyncio.gather(*cs)
//	# cancel a waiter while waiting for notify: it re-acquires the lock first
//	ps = [asyncio.create_task(plain(f"p{i}")) for i in range(3)]
//	await asyncio.sleep(0)
//	await cond.acquire()
//	ps[0].cancel("stop")
//	await asyncio.sleep(0)
//	log(f"p0 done={ps[0].done()} (needs the lock)")
//	cond.notify(1)
//	cond.release()
//	r = await asyncio.gather(*ps[:2], return_exceptions=True)
//	log(f"results {[repr(x) for x in r]}")
//	# cancel during the re-acquire: still re-acquires, then CancelledError
//	await cond.acquire()
//	cond.notify(1)
//	await asyncio.sleep(0); await asyncio.sleep(0)
//	ps[2].cancel()
//	await asyncio.sleep(0); await asyncio.sleep(0)
//	log(f"p2 done={ps[2].done()} locked={cond.locked()}")
//	cond.release()
//	r = await asyncio.gather(ps[2], return_exceptions=True)
//	log(f"p2 {[type(x).__name__ for x in r]} locked={cond.locked()}")
//	try: cond.notify()
//	except RuntimeError as e: log(f"RuntimeError: {e}")
//	try: await cond.wait()
//	except RuntimeError as e: log(f"RuntimeError: {e}")
//	lk = asyncio.Lock()
//	c2 = asyncio.Condition(lk)
//	await lk.acquire()
//	log(f"shared lock: {c2.locked()}")
//	lk.release()
func TestCondition(t *testing.T) {
	l := NewLoop(true)
	r := &recorder{loop: l}
	cond := NewCondition(nil)
	var items []int64
	consumer := func(n string) *script {
		return newScript(
			await(opAw(cond.Acquire)),
			try(func() AnyAwaitable { return cond.WaitFor(func() bool { return len(items) > 0 }) }, func(v any, e py.Exception) {
				if e != nil {
					cond.Release()
					raise(e)
				}
				it := items[0]
				items = items[1:]
				r.logIter(pyStr(n, "took", it, "locked="+py.Str(cond.Locked()), "r="+py.Str(v)))
				cond.Release()
			}),
		)
	}
	plain := func(n string) *script {
		return newScript(
			await(opAw(cond.Acquire)),
			do(func() { r.logIter(n + " waiting") }),
			try(opAw(cond.Wait), func(v any, e py.Exception) {
				if e != nil {
					cond.Release()
					raise(e)
				}
				r.logIter(pyStr(n, "woken", v, "locked="+py.Str(cond.Locked())))
				cond.Release()
			}),
		)
	}
	var cs, ps, sub []*Task[any]
	var lk *Lock
	var c2 *Condition
	main := newScript(
		do(func() {
			for i := range 3 {
				cs = append(cs, CreateTask[any](l, consumer("c"+py.Str(int64(i))), ""))
			}
		}),
		await(sleepAw(0)),
		await(opAw(cond.Acquire)),
		do(func() {
			items = append(items, 1)
			cond.Notify(1)
			r.logIter("notified one")
			cond.Release()
		}),
		await(sleepAw(0)), await(sleepAw(0)), await(sleepAw(0)),
		await(opAw(cond.Acquire)),
		do(func() {
			items = append(items, 2, 3)
			cond.NotifyAll()
			r.logIter("notified all")
			cond.Release()
		}),
		await(gatherAll(l, &cs)),
		do(func() {
			for i := range 3 {
				ps = append(ps, CreateTask[any](l, plain("p"+py.Str(int64(i))), ""))
			}
		}),
		await(sleepAw(0)),
		await(opAw(cond.Acquire)),
		do(func() { ps[0].CancelMsg("stop") }),
		await(sleepAw(0)),
		do(func() {
			r.logIter(pyStr("p0 done="+py.Str(ps[0].Done()), "(needs the lock)"))
			cond.Notify(1)
			cond.Release()
			sub = ps[:2]
		}),
		try(gatherAll(l, &sub), func(v any, e py.Exception) { r.logIter("results " + reprs(v)) }),
		await(opAw(cond.Acquire)),
		do(func() { cond.Notify(1) }),
		await(sleepAw(0)), await(sleepAw(0)),
		do(func() { ps[2].Cancel() }),
		await(sleepAw(0)), await(sleepAw(0)),
		do(func() {
			r.logIter("p2 done=" + py.Str(ps[2].Done()) + " locked=" + py.Str(cond.Locked()))
			cond.Release()
			sub = ps[2:]
		}),
		try(gatherAll(l, &sub), func(v any, e py.Exception) {
			r.logIter("p2 " + typeNames(v) + " locked=" + py.Str(cond.Locked()))
			catch(r, func() { cond.Notify(1) })
		}),
		try(opAw(cond.Wait), func(v any, e py.Exception) {
			r.logIter(e.Exc().Class.Name + ": " + e.Error())
			lk = NewLock()
			c2 = NewCondition(lk)
		}),
		try(func() AnyAwaitable { return lk.Acquire() }, func(v any, e py.Exception) {
			r.logIter("shared lock: " + py.Str(c2.Locked()))
			lk.Release()
		}),
	)
	run(t, l, main)
	l.Close()
	r.check(t, `
iter=2 notified one
iter=3 c0 took 1 locked=True r=True
iter=5 notified all
iter=6 c1 took 2 locked=True r=True
iter=6 c2 took 3 locked=True r=True
iter=9 p0 waiting
iter=9 p1 waiting
iter=9 p2 waiting
iter=10 p0 done=False (needs the lock)
iter=12 p1 woken True locked=True
iter=14 results ["CancelledError('')", 'None']
iter=18 p2 done=False locked=True
iter=21 p2 ['CancelledError'] locked=False
iter=21 RuntimeError: cannot notify on un-acquired lock
iter=21 RuntimeError: cannot wait on un-acquired lock
iter=21 shared lock: True`)
}
