package check

import (
	"github.com/aiogo/aiogo/ast"
)

// Synchronisation primitives and queues (runtime/locks.go, runtime/queues.go):
// asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore, Queue[T],
// PriorityQueue[T], LifoQueue[T], QueueEmpty and QueueFull.

// The primitives' types. BoundedSemaphore is a subclass of Semaphore: a
// value of it may be used where a Semaphore is expected.
var (
	// LockType is asyncio.Lock.
	LockType = &Opaque{"Lock", "Lock"}
	// EventType is asyncio.Event.
	EventType = &Opaque{"Event", "Event"}
	// ConditionType is asyncio.Condition.
	ConditionType = &Opaque{"Condition", "Condition"}
	// SemaphoreType is asyncio.Semaphore.
	SemaphoreType = &Opaque{"Semaphore", "Semaphore"}
	// BoundedSemaphoreType is asyncio.BoundedSemaphore (Go type *rt.Semaphore).
	BoundedSemaphoreType = &Opaque{"BoundedSemaphore", "BoundedSemaphore"}
)

// Queue is asyncio.Queue[Elem], asyncio.PriorityQueue[Elem] or
// asyncio.LifoQueue[Elem] (Kind "Queue", "PriorityQueue", "LifoQueue").
// PriorityQueue and LifoQueue values may be used where a Queue of the same
// element type is expected.
type Queue struct {
	Kind string
	Elem Type
}

func (t *Queue) String() string { return t.Kind + "[" + t.Elem.String() + "]" }

// identical implements Identical for queues.
func (t *Queue) identical(b Type) bool {
	y, ok := b.(*Queue)
	return ok && t.Kind == y.Kind && Identical(t.Elem, y.Elem)
}

// syncAssignable reports the subclass relations among the primitives:
// BoundedSemaphore -> Semaphore, PriorityQueue[T]/LifoQueue[T] -> Queue[T].
func syncAssignable(from, to Type) bool {
	if from == BoundedSemaphoreType && to == SemaphoreType {
		return true
	}
	if fq, ok := from.(*Queue); ok {
		if tq, ok := to.(*Queue); ok {
			return tq.Kind == "Queue" && Identical(fq.Elem, tq.Elem)
		}
	}
	return false
}

// syncType maps asyncio.X annotations without type arguments.
func (c *checker) syncType(name string) Type {
	if len(name) > len("asyncio.") && name[:len("asyncio.")] == "asyncio." {
		if cls := c.barrierClass(name[len("asyncio."):]); cls != nil { // barrier.go
			return cls
		}
	}
	switch name {
	case "asyncio.Lock":
		return LockType
	case "asyncio.Event":
		return EventType
	case "asyncio.Condition":
		return ConditionType
	case "asyncio.Semaphore":
		return SemaphoreType
	case "asyncio.BoundedSemaphore":
		return BoundedSemaphoreType
	case "asyncio.Queue", "asyncio.PriorityQueue", "asyncio.LifoQueue":
		return &Queue{name[len("asyncio."):], &AnyType{"Any"}}
	}
	return nil
}

// syncGeneric maps asyncio.Queue[T], asyncio.PriorityQueue[T] and
// asyncio.LifoQueue[T]; ok is false for other names.
func (c *checker) syncGeneric(name string, args []ast.Expr, x *ast.Subscript) (Type, bool) {
	switch name {
	case "asyncio.Queue", "asyncio.PriorityQueue", "asyncio.LifoQueue":
	default:
		return nil, false
	}
	if len(args) != 1 {
		c.errorf(x.Pos, "%s takes 1 type argument", name)
		return nil, true
	}
	t := c.annotation(args[0])
	if t == nil {
		return nil, true
	}
	if name == "asyncio.PriorityQueue" && !c.ordered(t, t) {
		c.errorf(args[0].Position(), "PriorityQueue elements of type %s are not orderable", t)
		return nil, true
	}
	return &Queue{name[len("asyncio."):], t}, true
}

// syncExcClass returns the class of asyncio.QueueEmpty or asyncio.QueueFull.
func (c *checker) syncExcClass(name string) *Class {
	if cls := c.excClasses[name]; cls != nil {
		return cls
	}
	cls := &Class{Name: name, Methods: map[string]*Method{}, IsExc: true, Builtin: true, Base: c.excClasses["Exception"]}
	c.excClasses[name] = cls
	return cls
}

// syncModuleAttr types asyncio.Lock, ..., asyncio.QueueEmpty used as
// values; ok is false for other names.
func (c *checker) syncModuleAttr(full string) (Type, bool) {
	if len(full) > len("asyncio.") && full[:len("asyncio.")] == "asyncio." {
		if cls := c.barrierClass(full[len("asyncio."):]); cls != nil { // barrier.go
			return &ClassRef{cls}, true
		}
		if c.barrierRefused && barrierNames[full[len("asyncio."):]] {
			return nil, true
		}
	}
	switch full {
	case "asyncio.Lock", "asyncio.Event", "asyncio.Condition", "asyncio.Semaphore", "asyncio.BoundedSemaphore",
		"asyncio.Queue", "asyncio.PriorityQueue", "asyncio.LifoQueue":
		return &BuiltinFunc{full}, true
	case "asyncio.QueueEmpty", "asyncio.QueueFull":
		return &ClassRef{c.syncExcClass(full[len("asyncio."):])}, true
	}
	return nil, false
}

// syncCall types the constructors; ok is false for other names. A queue
// takes its element type from the expected type (the annotation of the
// variable or parameter it goes to).
func (c *checker) syncCall(x *ast.Call, name string, want Type) (Type, bool) {
	intArg := func(kw string) {
		c.noKeywords(x, kw)
		if !c.nargs(x, name, 0, 1) {
			return
		}
		if len(x.Args) == 1 {
			if t := c.exprWant(x.Args[0], Int); t != nil {
				c.assignable(t, Int, x.Args[0], "argument to "+name)
			}
		}
		if k := c.keyword(x, kw); k != nil {
			if len(x.Args) == 1 {
				c.errorf(k.Pos, "multiple values for argument %s", kw)
			}
			if t := c.exprWant(k.Value, Int); t != nil {
				c.assignable(t, Int, k.Value, "argument to "+name)
			}
		}
	}
	switch name {
	case "asyncio.Lock", "asyncio.Event":
		c.noKeywords(x)
		c.nargs(x, name, 0, 0)
		if name == "asyncio.Lock" {
			return LockType, true
		}
		return EventType, true
	case "asyncio.Condition":
		c.noKeywords(x, "lock")
		if c.nargs(x, name, 0, 1) {
			var a ast.Expr
			if len(x.Args) == 1 {
				a = x.Args[0]
			} else if k := c.keyword(x, "lock"); k != nil {
				a = k.Value
			}
			if a != nil {
				if _, none := a.(*ast.NoneLit); none {
					c.info.Types[a] = None
				} else if t := c.exprWant(a, LockType); t != nil {
					c.assignable(t, LockType, a, "argument to "+name)
				}
			}
		}
		return ConditionType, true
	case "asyncio.Semaphore", "asyncio.BoundedSemaphore":
		intArg("value")
		if name == "asyncio.Semaphore" {
			return SemaphoreType, true
		}
		return BoundedSemaphoreType, true
	case "asyncio.Queue", "asyncio.PriorityQueue", "asyncio.LifoQueue":
		intArg("maxsize")
		kind := name[len("asyncio."):]
		var elem Type
		switch w := want.(type) {
		case *Queue:
			elem = w.Elem
		case *Optional:
			if q, ok := w.Elem.(*Queue); ok {
				elem = q.Elem
			}
		}
		if elem == nil {
			c.errorf(x.Pos, "%s() needs an annotated target to know its element type (q: %s[T] = %s())", name, name, name)
			return nil, true
		}
		if kind == "PriorityQueue" && !c.ordered(elem, elem) {
			c.errorf(x.Pos, "PriorityQueue elements of type %s are not orderable", elem)
		}
		return &Queue{kind, elem}, true
	}
	return nil, false
}

// syncAttr types the attribute maxsize of queues (nil: not handled).
func (c *checker) syncAttr(recv Type, attr string) Type {
	if _, ok := recv.(*Queue); ok && attr == "maxsize" {
		return Int
	}
	return nil
}

// syncMethod types the methods of the primitives and queues; ok is false
// for other receivers. x nil asks whether the method exists (the result is
// non-nil if it does).
func (c *checker) syncMethod(recv Type, name string, x *ast.Call) (Type, bool) {
	var res Type // result of a call
	var params []Type
	opt := 0 // number of optional trailing params
	switch r := recv.(type) {
	case *Opaque:
		switch r {
		case LockType, SemaphoreType, BoundedSemaphoreType, ConditionType:
			switch name {
			case "locked":
				res = Bool
			case "acquire":
				res = &Coroutine{Bool}
			case "release":
				res = None
			}
			if r == ConditionType {
				switch name {
				case "wait":
					res = &Coroutine{Bool}
				case "notify":
					res, params, opt = None, []Type{Int}, 1
				case "notify_all":
					res = None
				case "wait_for":
					if x == nil {
						return r, true
					}
					return c.waitForCall(x), true
				}
			}
		case EventType:
			switch name {
			case "is_set":
				res = Bool
			case "set", "clear":
				res = None
			case "wait":
				res = &Coroutine{Bool}
			}
		default:
			return nil, false
		}
	case *Queue:
		switch name {
		case "qsize":
			res = Int
		case "empty", "full":
			res = Bool
		case "put":
			res, params = &Coroutine{None}, []Type{r.Elem}
		case "put_nowait":
			res, params = None, []Type{r.Elem}
		case "get":
			res = &Coroutine{r.Elem}
		case "get_nowait":
			res = r.Elem
		case "task_done":
			res = None
		case "join":
			res = &Coroutine{None}
		}
	default:
		return nil, false
	}
	if res == nil {
		if x == nil {
			return nil, true
		}
		c.errorf(x.Pos, "%s has no method %s", recv, name)
		return nil, true
	}
	if x == nil {
		return recv, true
	}
	c.noKeywords(x)
	if c.nargs(x, name, len(params)-opt, len(params)) {
		for i, a := range x.Args {
			if t := c.exprWant(a, params[i]); t != nil {
				c.assignable(t, params[i], a, "argument to "+name)
			}
		}
	}
	return res, true
}

// waitForCall types cond.wait_for(predicate): the predicate takes no
// argument and returns a value of any type (tested for truth); awaiting
// the call gives the predicate's last value, as typeshed types it.
func (c *checker) waitForCall(x *ast.Call) Type {
	c.noKeywords(x)
	if !c.nargs(x, "wait_for", 1, 1) {
		return &Coroutine{Bool}
	}
	want := &Func{Ret: &AnyType{"Any"}}
	t := c.exprWant(x.Args[0], want)
	if t == nil {
		return nil
	}
	f, ok := t.(*Func)
	if !ok {
		if fv := c.funcValue(x.Args[0], t, want); fv != nil { // callables.go
			f, ok = fv.(*Func)
		}
	}
	if !ok || len(f.Params) != 0 || f.Ret == nil || f.Ret == None {
		c.errorf(x.Args[0].Position(), "wait_for needs a predicate without parameters, not %s", t)
		return &Coroutine{Bool}
	}
	if isCoro(f.Ret) {
		c.errorf(x.Args[0].Position(), "wait_for needs a synchronous predicate, not %s", t)
		return &Coroutine{Bool}
	}
	return &Coroutine{f.Ret}
}
