package runtime

import "github.com/aiogo/aiogo/runtime/py"

// gatherOp is the outer future of gather (_GatheringFuture) together with
// the state of tasks.py gather's _done_callback. One allocation holds the
// outer future; the children are a slice of 8 bytes per child when they are
// all tasks of the result type (gather(*tasks), gather over coroutines),
// of 16 bytes otherwise. The gather is itself the done-callback of every
// child (a notifier: the child is passed in).
type gatherOp[T any] struct {
	Future[*py.List[T]]
	tasks      []*Task[T]   // the children, when every one is a *Task[T]
	futs       []futureLike // the children otherwise
	get        func(futureLike) T
	nfuts      int // distinct children
	nfinished  int
	retExc     bool
	cancelReqd bool
}

// GatherList is asyncio.gather(*aws, return_exceptions=...) for awaitables
// of one result type. Coroutines become tasks in argument order; futures and
// tasks are used as they are (a repeated one is awaited once). The outer
// future's result lists the results in argument order. With
// returnExceptions, exceptions are stored in the list, so T must be able to
// hold a py.Exception (use any); without it the first exception is set on the
// outer future at once and the other children keep running. Cancelling the
// outer future cancels the children. A nil loop means the current loop.
func GatherList[T any](loop *Loop, aws []Awaitable[T], returnExceptions bool) *Future[*py.List[T]] {
	return GatherSlice[T](loop, aws, returnExceptions)
}

// GatherSlice is GatherList over a slice of any awaitable type (a list of
// tasks, futures or coroutine frames, as in gather(*tasks)), with no copy
// of the slice.
func GatherSlice[T any, A Awaitable[T]](loop *Loop, aws []A, returnExceptions bool) *Future[*py.List[T]] {
	if loop == nil && len(aws) > 0 {
		loop = gatherLoop(any(aws[0]))
	}
	loop = loopOrCurrent(loop)
	if returnExceptions {
		if _, ok := any(errSentinel).(T); !ok {
			panic(py.TypeError("gather(return_exceptions=True) needs a result type that can hold exceptions"))
		}
	}
	g := &gatherOp[T]{retExc: returnExceptions, get: resultOf[T]}
	g.loop = loop
	if len(aws) == 0 {
		g.SetResult(py.NewList[T]())
		return &g.Future
	}
	n := len(aws)
	made := newCoroTasks(aws) // dedup.go: a repeated coroutine argument is one task
	for i, aw := range aws {
		var f FutureOf[T]
		if t, ok := any(aw).(*Task[T]); ok {
			f = t // as ensureFuture
		} else if prev, ok := made.lookup(aw); ok {
			f = prev.(FutureOf[T])
		} else {
			f = ensureFuture(loop, Awaitable[T](aw))
			made.remember(aw, f.(futureLike))
		}
		if g.futs == nil {
			if t, ok := f.(*Task[T]); ok {
				if g.tasks == nil {
					g.tasks = makeHuge[*Task[T]](n)
				}
				g.tasks[i] = t
				g.addChild(&t.futCore)
				continue
			}
			g.futs = makeHuge[futureLike](n)
			for j, t := range g.tasks[:i] {
				g.futs[j] = t
			}
			g.tasks = nil
		}
		fl := f.(futureLike)
		g.futs[i] = fl
		g.addChild(fl.fcore())
	}
	g.extra().hook = g
	return &g.Future
}

// GatherAny is asyncio.gather over awaitables of different result types;
// see GatherList. The results are a list of any.
func GatherAny(loop *Loop, aws []AnyAwaitable, returnExceptions bool) *Future[*py.List[any]] {
	return gatherAnyOf(loop, aws, returnExceptions, resultAny)
}

// GatherAnyPlain is GatherAny whose optional results are held as a union
// holds them: the value itself or None (the elements of a gather with
// return_exceptions=True typed T | None | BaseException).
func GatherAnyPlain(loop *Loop, aws []AnyAwaitable, returnExceptions bool) *Future[*py.List[any]] {
	return gatherAnyOf(loop, aws, returnExceptions, resultPlain)
}

// GatherAnyOpt is GatherAny for a list of T | None | BaseException
// (gather(*aws, return_exceptions=True) of optional results): each
// element a py.Opt[any] holding the value or the exception.
func GatherAnyOpt(loop *Loop, aws []AnyAwaitable, returnExceptions bool) *Future[*py.List[py.Opt[any]]] {
	return gatherAnyOf(loop, aws, returnExceptions, func(f futureLike) py.Opt[any] {
		v := resultPlain(f)
		if py.IsNone(v) {
			return py.Opt[any]{}
		}
		return py.Opt[any]{V: v, Ok: true}
	})
}

// resultPlain is a child's result with an optional value unwrapped.
func resultPlain(f futureLike) any {
	v := f.ResultAny()
	if o, ok := v.(interface{ Any() any }); ok {
		return o.Any()
	}
	return v
}

func gatherAnyOf[T any](loop *Loop, aws []AnyAwaitable, returnExceptions bool, get func(futureLike) T) *Future[*py.List[T]] {
	if loop == nil && len(aws) > 0 {
		loop = gatherLoop(aws[0])
	}
	loop = loopOrCurrent(loop)
	g := &gatherOp[T]{retExc: returnExceptions, get: get}
	g.loop = loop
	if len(aws) == 0 {
		g.SetResult(py.NewList[T]())
		return &g.Future
	}
	g.futs = makeHuge[futureLike](len(aws))
	made := newCoroTasks(aws) // dedup.go: a repeated coroutine argument is one task
	for i, aw := range aws {
		f, ok := aw.(futureLike)
		if !ok {
			if f, ok = made.lookup(aw); !ok {
				f = LoopCreateTask(loop, asAwaitableAny(aw), "")
				made.remember(aw, f)
			}
		}
		g.futs[i] = f
		g.addChild(f.fcore())
	}
	g.extra().hook = g
	return &g.Future
}

func resultOf[T any](f futureLike) T { return f.(Awaitable[T]).Result() }
func resultAny(f futureLike) any     { return f.ResultAny() }

// nkids is the number of arguments.
func (g *gatherOp[T]) nkids() int {
	if g.tasks != nil {
		return len(g.tasks)
	}
	return len(g.futs)
}

// kid returns the future of argument i.
func (g *gatherOp[T]) kid(i int) *futCore {
	if g.tasks != nil {
		return &g.tasks[i].futCore
	}
	return g.futs[i].fcore()
}

// addChild registers the gather on a child, once for a repeated argument
// (whose result is copied): while the gather is being built nothing else
// registers callbacks, so a child the gather is registered on has it as
// its last callback.
func (g *gatherOp[T]) addChild(c *futCore) {
	if c.lastCB() == runner(g) {
		return
	}
	g.nfuts++
	c.addCB(g)
}

// run is never called: the gather is a notifier.
func (g *gatherOp[T]) run() { panic("gather: run") }

// notify is gather's _done_callback for the child c.
func (g *gatherOp[T]) notify(c *futCore) {
	g.nfinished++
	if g.state != statePending {
		if c.state != stateCancelled {
			c.flags &^= fLogTB // fut.exception(): mark retrieved
		}
		return
	}
	if !g.retExc {
		if c.state == stateCancelled {
			g.SetException(c.makeCancelledError())
			return
		}
		if e := c.Exception(); e != nil {
			g.SetException(e)
			return
		}
	}
	if g.nfinished != g.nfuts {
		return
	}
	n := g.nkids()
	res := makeHuge[T](n)
	var lastC *futCore
	var vt *taskVT              // the box functions of the last task child read
	var value func(*TaskCore) T // and its result function
	for i := range n {
		kc := g.kid(i)
		lastC = kc
		if g.tasks != nil && kc.state == stateFinished && kc.exc == nil {
			// A task child with a value, the common case: Exception() and
			// Result() without their checks, and the result function of
			// the children's box type looked up once, not per child.
			t := g.tasks[i]
			kc.flags &^= fLogTB
			if t.vt != vt {
				vt = t.vt
				value = vt.result.(func(*TaskCore) T)
			}
			res[i] = value(&t.TaskCore)
			continue
		}
		switch {
		case kc.state == stateCancelled:
			msg := ""
			if kc.flags&fFutMsg != 0 {
				msg = kc.ext.futMsg
			}
			res[i] = excAs[T](py.NewExc(py.CancelledErrorClass, msg))
		case kc.Exception() != nil:
			res[i] = excAs[T](kc.exc)
		case g.tasks != nil:
			res[i] = g.tasks[i].Result()
		default:
			res[i] = g.get(g.futs[i])
		}
	}
	if g.cancelReqd {
		// tasks.py uses the loop variable `fut`, i.e. the last child.
		g.SetException(lastC.makeCancelledError())
		return
	}
	g.SetResult(&py.List[T]{V: res})
}

// errSentinel is an exception value used to check, when a gather is
// created, that its element type can hold exceptions.
var errSentinel py.Exception = py.NewExc(py.CancelledErrorClass)

// excAs stores an exception in a result list of element type T (checked by
// GatherList when the gather is created).
func excAs[T any](e py.Exception) T {
	v, ok := any(e).(T)
	if !ok {
		if p, isOpt := any(&v).(*py.Opt[any]); isOpt {
			*p = py.Opt[any]{V: e, Ok: true} // GatherAnyOpt
		}
	}
	return v
}

// cancelChildren is _GatheringFuture.cancel: cancel every child.
func (g *gatherOp[T]) cancelChildren(msg string, hasMsg bool) bool {
	if g.state != statePending {
		return false
	}
	ret := false
	for i := range g.nkids() {
		var f waitable
		if g.tasks != nil {
			f = g.tasks[i]
		} else {
			f = g.futs[i]
		}
		if f.cancelImpl(msg, hasMsg) {
			ret = true
		}
	}
	if ret {
		g.cancelReqd = true
	}
	return ret
}

// gatherLoop is the loop gather takes from its first argument when no loop
// runs (tasks.py gather: loop = futures._get_loop(first child)): a task or
// future's own loop, so run_until_complete(gather(t1, t2)) over tasks of
// a new_event_loop() uses that loop. nil for a coroutine (the current loop).
func gatherLoop(first any) *Loop {
	if f, ok := first.(futureLike); ok {
		return f.fcore().loop
	}
	return nil
}
