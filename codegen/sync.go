package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

// Synchronisation primitives and queues (runtime/locks.go, queues.go).
//
// A direct `await x.op(args)` of a primitive's waiting method (and the
// __aenter__ of `async with` on a Lock, Condition or Semaphore) keeps the
// runtime's operation value embedded in the frame, in the await's slot:
//
//	_f._aw3.Init(q)                         // slot: rt.QueueGetOp[int64]
//	_r3: if !_f._aw3.Step(_tc) { ... suspend }
//	v = _f._aw3.Result()
//
// so waiting allocates nothing. Used as a value (create_task(lock.acquire()),
// wait_for(q.get(), t)) the method call returns a new operation instead.

// syncGoType is the Go type of the primitives and queues.
func (g *gen) syncGoType(t check.Type) (Code, bool) {
	switch x := t.(type) {
	case *check.Opaque:
		switch x {
		case check.LockType, check.EventType, check.ConditionType, check.SemaphoreType:
			return Op("*").Add(rt(x.GoName)), true
		case check.BoundedSemaphoreType:
			return Op("*").Add(rt("Semaphore")), true
		}
	case *check.Queue:
		return Op("*").Add(rt("Queue")).Types(g.goType(x.Elem)), true
	}
	return nil, false
}

// syncIntArg emits the int argument of a constructor (positional or
// keyword kw), or def.
func (g *gen) syncIntArg(x *ast.Call, kw string, def int) Code {
	if len(x.Args) == 1 {
		return g.exprTo(x.Args[0], check.Int)
	}
	if e := g.kw(x, kw); e != nil {
		return g.exprTo(e, check.Int)
	}
	return Lit(def)
}

// syncCall emits the constructors.
func (g *gen) syncCall(x *ast.Call, name string) (*Statement, bool) {
	switch name {
	case "asyncio.Lock":
		return rt("NewLock").Call(), true
	case "asyncio.Event":
		return rt("NewEvent").Call(), true
	case "asyncio.Condition":
		var a ast.Expr
		if len(x.Args) == 1 {
			a = x.Args[0]
		} else if e := g.kw(x, "lock"); e != nil {
			a = e
		}
		if a == nil || g.typeOf(a) == check.None {
			return rt("NewCondition").Call(Nil()), true
		}
		return rt("NewCondition").Call(g.expr(a)), true
	case "asyncio.Semaphore":
		return rt("NewSemaphore").Call(g.syncIntArg(x, "value", 1)), true
	case "asyncio.BoundedSemaphore":
		return rt("NewBoundedSemaphore").Call(g.syncIntArg(x, "value", 1)), true
	case "asyncio.Queue", "asyncio.PriorityQueue", "asyncio.LifoQueue":
		q := g.typeOf(x).(*check.Queue)
		if c, ok := g.info.Conv[x]; ok {
			if cq, ok := c.(*check.Queue); ok {
				q = &check.Queue{Kind: q.Kind, Elem: cq.Elem}
			}
		}
		et := g.goType(q.Elem)
		size := g.syncIntArg(x, "maxsize", 0)
		switch q.Kind {
		case "PriorityQueue":
			return rt("NewPriorityQueue").Types(et).Call(size, g.lessFunc(q.Elem, nil)), true
		case "LifoQueue":
			return rt("NewLifoQueue").Types(et).Call(size), true
		}
		return rt("NewQueue").Types(et).Call(size), true
	}
	return nil, false
}

// syncAttr emits q.maxsize.
func (g *gen) syncAttr(x *ast.Attribute) (*Statement, bool) {
	if _, ok := g.typeOf(x.Value).(*check.Queue); ok && x.Attr == "maxsize" {
		return g.expr(x.Value).Dot("Maxsize").Call(), true
	}
	return nil, false
}

// syncMethodNames maps Python method names to the runtime's.
var syncMethodNames = map[string]string{
	"locked": "Locked", "acquire": "Acquire", "release": "Release",
	"is_set": "IsSet", "set": "Set", "clear": "Clear", "wait": "Wait",
	"notify_all": "NotifyAll", "wait_for": "WaitFor",
	"qsize": "Qsize", "empty": "Empty", "full": "Full", "put": "Put", "put_nowait": "PutNowait",
	"get": "Get", "get_nowait": "GetNowait", "task_done": "TaskDone", "join": "Join",
}

// syncMethod emits a method call on a primitive or a queue.
func (g *gen) syncMethod(x *ast.Call, r *Statement, rtype check.Type, name string) (*Statement, bool) {
	switch t := rtype.(type) {
	case *check.Opaque:
		switch t {
		case check.LockType, check.EventType, check.ConditionType, check.SemaphoreType, check.BoundedSemaphoreType:
		default:
			return nil, false
		}
		switch name {
		case "notify":
			var n Code = Lit(1)
			if len(x.Args) == 1 {
				n = g.exprTo(x.Args[0], check.Int)
			}
			return r.Dot("Notify").Call(n), true
		case "wait_for":
			if pt := g.waitForPredType(x); pt != check.Bool {
				return rt("CondWaitForVal").Types(g.goType(pt)).Call(r, g.expr(x.Args[0]), g.truthFunc(pt)), true
			}
			return r.Dot("WaitFor").Call(g.expr(x.Args[0])), true
		}
		if m, ok := syncMethodNames[name]; ok {
			return r.Dot(m).Call(), true
		}
	case *check.Queue:
		switch name {
		case "put", "put_nowait":
			return r.Dot(syncMethodNames[name]).Call(g.exprTo(x.Args[0], t.Elem)), true
		}
		if m, ok := syncMethodNames[name]; ok {
			return r.Dot(m).Call(), true
		}
	}
	return nil, false
}

// syncOp describes the embedded operation of an await: its slot type and
// the Init call's method and arguments.
type syncOp struct {
	slot Code
	init string
	args []Code
}

// syncAwaitOp returns the embedded operation of an AwaitOp await (the
// operation ir.AwaitKindsPass found: a primitive's waiting method or the
// __aenter__ of a primitive). The Init arguments are only emitted when
// args is true.
func (g *gen) syncAwaitOp(a *ir.Await, args bool) *syncOp {
	var recv func(more ...func() Code) []Code
	var call *ast.Call
	if a.CM != nil {
		recv = func(...func() Code) []Code {
			if !args {
				return nil
			}
			return []Code{g.varRef(a.CM.Mgr, true)}
		}
	} else {
		call = a.Value.(*ast.Call)
		if via := g.info.CallVia[call]; via != nil && via.Func == call.Func {
			call = via // the same method with its arguments rearranged (q.put(item=x))
		}
		at := call.Func.(*ast.Attribute)
		recv = func(more ...func() Code) []Code {
			if !args {
				return nil
			}
			out := []Code{g.expr(at.Value)}
			for _, m := range more {
				out = append(out, m())
			}
			return out
		}
	}
	queue := func() *check.Queue { return g.typeOf(call.Func).(*check.BoundMethod).Recv.(*check.Queue) }
	switch a.Op {
	case ir.OpLockAcquire:
		return &syncOp{rt("LockAcquireOp"), "Init", recv()}
	case ir.OpCondAcquire:
		return &syncOp{rt("LockAcquireOp"), "InitCond", recv()}
	case ir.OpSemAcquire:
		return &syncOp{rt("SemAcquireOp"), "Init", recv()}
	case ir.OpEventWait:
		return &syncOp{rt("EventWaitOp"), "Init", recv()}
	case ir.OpCondWait:
		return &syncOp{rt("CondWaitOp"), "Init", recv()}
	case ir.OpCondWaitFor:
		if pt := g.waitForPredType(call); pt != check.Bool {
			return &syncOp{rt("CondWaitForValOp").Types(g.goType(pt)), "Init", recv(func() Code { return g.expr(call.Args[0]) }, func() Code { return g.truthFunc(pt) })}
		}
		return &syncOp{rt("CondWaitForOp"), "Init", recv(func() Code { return g.expr(call.Args[0]) })}
	case ir.OpQueueGet:
		return &syncOp{rt("QueueGetOp").Types(g.goType(queue().Elem)), "Init", recv()}
	case ir.OpQueuePut:
		t := queue()
		return &syncOp{rt("QueuePutOp").Types(g.goType(t.Elem)), "Init", recv(func() Code { return g.exprTo(call.Args[0], t.Elem) })}
	case ir.OpQueueJoin:
		var fin []Code
		if args {
			fin = []Code{g.expr(call.Func.(*ast.Attribute).Value).Dot("Finished").Call()}
		}
		return &syncOp{rt("EventWaitOp"), "Init", fin}
	case ir.OpStreamRead: // streams.go
		return g.streamReadOp(call, recv)
	case ir.OpStreamDrain:
		return &syncOp{rt("DrainOp"), "Init", recv()}
	}
	panic(fmt.Sprintf("codegen: await %d of %s embeds no operation (%v)", a.ID, g.fn.Info.Name, a.Kind))
}

// waitForPredType is the result type of cond.wait_for's predicate.
func (g *gen) waitForPredType(x *ast.Call) check.Type {
	if co, ok := g.typeOf(x).(*check.Coroutine); ok {
		return co.Result
	}
	return check.Bool
}

// truthFunc is a Go func(T) bool testing a value of type t for truth.
func (g *gen) truthFunc(t check.Type) Code {
	return Func().Params(Id("_v").Add(g.goType(t))).Bool().Block(Return(g.truthOf(Id("_v"), t)))
}
