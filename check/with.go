package check

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
)

// CtxMgr describes the context manager of one with-item (Info.With).
type CtxMgr struct {
	// Async is true for async with.
	Async bool
	// Class, Enter and Exit are set for a user class: its __enter__ and
	// __exit__ (or __aenter__ and __aexit__) methods.
	Class       *Class
	Enter, Exit *Method
	// Runtime is set for a runtime object (an *Opaque type).
	Runtime *RuntimeCM
	// As is the type of the value bound by "as" (None: nothing useful).
	As Type
	// EnterResult is the (awaited) result type of the enter call.
	EnterResult Type
	// ExitResult is the (awaited) result type of the exit call: Bool or
	// Optional[bool] when it may suppress the exception, None otherwise.
	ExitResult Type
	// Members are the member types of a union of runtime objects that
	// share one protocol (Lock | Semaphore): the generator switches on
	// the one the value holds (union_methods.go).
	Members []Type
	// Via is set for a union of managers with different protocols (a
	// Lock | a user class with __aenter__/__aexit__): the value is
	// converted to this abstract manager (its member's own protocol behind
	// the runtime's interface, cmabstract.go), which the statement drives.
	Via *GenCM
}

// RuntimeCM describes how `async with` (or `with`) drives a runtime object.
// The generated code calls the Go methods AEnter and AExit (Enter and Exit
// for a plain with):
//
//	x.AEnter()          // returns an awaitable when EnterAwaits, else the value bound by as
//	x.AExit()           // without ExitTakesExc
//	x.AExit(exc)        // with ExitTakesExc: exc is the py.Exception, nil on a normal exit
//
// AExit returns an awaitable when ExitAwaits, and its (awaited) result is a
// bool that suppresses the exception when ExitResult is Bool; with
// ExitResult None it returns nothing. AExit may raise (panic) to replace
// the exception.
type RuntimeCM struct {
	Async        bool
	EnterAwaits  bool
	EnterResult  Type // result of AEnter (awaited when EnterAwaits)
	As           Type // type bound by as; nil: None
	ExitTakesExc bool
	ExitAwaits   bool
	ExitResult   Type // Bool or None
}

// Runtime context-manager types built here.
var (
	// TaskGroupType is asyncio.TaskGroup.
	TaskGroupType = &Opaque{"TaskGroup", "TaskGroup"}
	// TimeoutType is asyncio.Timeout (what asyncio.timeout() returns).
	TimeoutType = &Opaque{"Timeout", "Timeout"}
)

// RuntimeCMs maps the GoName of an Opaque runtime type to its context
// manager protocol. Packages that add runtime types register them here.
var RuntimeCMs = map[string]*RuntimeCM{
	"TaskGroup": {Async: true, EnterResult: TaskGroupType, As: TaskGroupType, ExitTakesExc: true, ExitAwaits: true, ExitResult: Bool},
	"Timeout":   {Async: true, EnterResult: TimeoutType, As: TimeoutType, ExitTakesExc: true, ExitResult: Bool},
	// Synchronisation primitives (runtime/locks.go): AEnter returns the
	// acquire operation (result True, not exposed: as binds None), AExit
	// releases and never suspends or suppresses.
	"Lock":             {Async: true, EnterAwaits: true, EnterResult: Bool, ExitResult: None},
	"Condition":        {Async: true, EnterAwaits: true, EnterResult: Bool, ExitResult: None},
	"Semaphore":        {Async: true, EnterAwaits: true, EnterResult: Bool, ExitResult: None},
	"BoundedSemaphore": {Async: true, EnterAwaits: true, EnterResult: Bool, ExitResult: None},
}

func (c *checker) withStmt(s *ast.With) {
	if s.IsAsync && (c.fn == nil || !c.fn.IsAsync) {
		c.errorf(s.Pos, "async with outside async function")
	}
	for _, it := range s.Items {
		t := c.expr(it.Context)
		var cm *CtxMgr
		if t != nil {
			cm = c.ctxMgr(t, s.IsAsync, it.Context)
		}
		if cm != nil {
			c.info.With[it] = cm
		}
		if it.Target != nil && cm == nil {
			// The context manager was refused (its error is reported):
			// the target's uses report nothing more.
			c.poisonTarget(it.Target) // diag.go
			continue
		}
		if it.Target != nil {
			as := Type(Object)
			if cm != nil && cm.As != nil {
				as = cm.As
			}
			if n, ok := it.Target.(*ast.Name); ok && as == None {
				// The primitives bind None (as mypy types it): not a
				// partial `x = None` waiting for its real type.
				if sym := c.lookup(n.ID); sym != nil && sym.Kind == SymVar && sym.Type == nil {
					sym.Type = None
				}
			}
			c.assign(it.Target, as, nil)
		}
	}
	c.block(s.Body)
}

// awaited returns the result of awaiting a method's result.
func awaited(t Type) Type {
	if co, ok := t.(*Coroutine); ok {
		return co.Result
	}
	return t
}

func (c *checker) ctxMgr(t Type, async bool, e ast.Expr) *CtxMgr {
	cm, msg := ctxMgrOf(t, async)
	if cm == nil {
		c.errorf(e.Position(), "%s", msg)
	}
	return cm
}

// CtxMgrOf is the context-manager protocol of values of type t for a with
// (async with when async) statement, nil when t has none.
func CtxMgrOf(t Type, async bool) *CtxMgr {
	cm, _ := ctxMgrOf(t, async)
	return cm
}

// ctxMgrOf is the context-manager protocol of values of type t, or nil
// and the message saying why t has none.
func ctxMgrOf(t Type, async bool) (*CtxMgr, string) {
	enterName, exitName, what := "__enter__", "__exit__", "context manager"
	if async {
		enterName, exitName, what = "__aenter__", "__aexit__", "asynchronous context manager"
	}
	if cm := genCtxMgr(t, async); cm != nil {
		return cm, ""
	}
	switch x := t.(type) {
	case *Class:
		if x.Builtin {
			break
		}
		enter, exit := x.LookupMethod(enterName), x.LookupMethod(exitName)
		if enter == nil || exit == nil {
			return nil, fmt.Sprintf("%s does not support the %s protocol (%s/%s)", x.Name, what, enterName, exitName)
		}
		if enter.IsAsync != async || exit.IsAsync != async {
			return nil, fmt.Sprintf("%s and %s of %s must be %s", enterName, exitName, x.Name, map[bool]string{true: "async def", false: "def"}[async])
		}
		if len(enter.Sig.Params) != 0 {
			return nil, fmt.Sprintf("%s of %s must take no arguments", enterName, x.Name)
		}
		if len(exit.Sig.Params) != 3 {
			return nil, fmt.Sprintf("%s of %s must take (exc_type, exc, tb)", exitName, x.Name)
		}
		for i, p := range exit.Sig.Params {
			if !excParamOK(i, p.Type) {
				return nil, fmt.Sprintf("parameter %s of %s.%s cannot be None", p.Name, x.Name, exitName)
			}
		}
		er := awaited(enter.Sig.Ret)
		xr := awaited(exit.Sig.Ret)
		switch xr.(type) {
		case *Basic, *Optional:
		default:
			return nil, fmt.Sprintf("%s of %s must return bool or None", exitName, x.Name)
		}
		return &CtxMgr{Async: async, Class: x, Enter: enter, Exit: exit, As: er, EnterResult: er, ExitResult: xr}, ""
	case *Opaque:
		if r := RuntimeCMs[x.GoName]; r != nil && r.Async == async {
			as := r.As
			if as == nil {
				as = None
			}
			return &CtxMgr{Async: async, Runtime: r, As: as, EnterResult: r.EnterResult, ExitResult: r.ExitResult}, ""
		}
	case *Union:
		if cm := unionCtxMgr(x, async); cm != nil { // union_methods.go
			return cm, ""
		}
		if cm := mixedCtxMgr(x, async); cm != nil {
			return cm, ""
		}
	}
	return nil, fmt.Sprintf("%s does not support the %s protocol", t, what)
}

// excParamOK reports whether parameter i of __exit__ can receive what the
// with statement passes (None on a normal exit).
func excParamOK(i int, t Type) bool {
	switch x := t.(type) {
	case *AnyType:
		return true
	case *Optional:
		switch e := x.Elem.(type) {
		case *ClassRef:
			return i == 0
		case *Class:
			return i == 1 && e.IsExc
		case *AnyType:
			return true
		}
	}
	return false
}

// mixedCtxMgr is the protocol of a union of context managers whose
// protocols differ (asyncio.Lock | Tracer, Semaphore | nullcontext[None]):
// each member has its own (a user class, a runtime object, a generator
// manager), and the as-value is the union of theirs (None | Tracer), as
// mypy types it. The value is converted to the abstract manager of that
// as-value (Via), whose enter and exit are the member's own. nil when a
// member has none, or is itself a union switched on.
func mixedCtxMgr(u *Union, async bool) *CtxMgr {
	var as Type
	for i, m := range u.Types {
		cm, _ := ctxMgrOf(m, async)
		if cm == nil || cm.Members != nil || cm.Via != nil {
			return nil
		}
		a := cm.As
		if a == nil {
			a = None
		}
		if i == 0 {
			as = a
		} else if !Identical(as, a) {
			if as = unionOf(as, a); as == nil {
				return nil
			}
		}
	}
	via := &GenCM{Yield: as, Async: async, Abstract: true}
	cm := genCtxMgr(via, async)
	if cm == nil {
		return nil
	}
	cm.Via = via
	return cm
}

// cmUnion is the union of a and b when every member of both is a context
// manager with a protocol (all asynchronous, or all not), as the value of
// `lock or contextlib.nullcontext()`; nil otherwise.
func cmUnion(a, b Type) Type {
	var ms []Type
	for _, t := range []Type{a, b} {
		if u, ok := t.(*Union); ok {
			ms = append(ms, u.Types...)
		} else {
			ms = append(ms, t)
		}
	}
	for _, async := range []bool{true, false} {
		ok := true
		var out []Type
		for _, m := range ms {
			switch m.(type) {
			case *Opaque, *GenCM, *Class:
			default:
				ok = false
			}
			if cm, _ := ctxMgrOf(m, async); cm == nil || cm.Members != nil || cm.Via != nil {
				ok = false
			}
			out = appendType(out, m)
		}
		if ok && len(out) > 1 {
			return &Union{out}
		}
	}
	return nil
}
