package check

import "github.com/aiogo/aiogo/ast"

// Event-loop objects: methods of asyncio.AbstractEventLoop beyond
// create_future/create_task/time, and the Handle/TimerHandle they return.

// The handle types returned by call_soon and call_later/call_at.
var (
	TimerHandleType = &Opaque{"TimerHandle", "TimerHandle"}
)

var loopMethods = map[string]bool{
	"call_soon": true, "call_later": true, "call_at": true, "call_soon_threadsafe": true,
	"run_until_complete": true, "run_forever": true, "stop": true, "close": true,
	"is_running": true, "is_closed": true,
}

// callbackArgs checks fn(*args) for call_soon-like methods: x.Args[from]
// is the callback, the rest its arguments.
func (c *checker) callbackArgs(x *ast.Call, from int) {
	if len(x.Args) <= from {
		c.errorf(x.Pos, "missing callback")
		return
	}
	var ft Type
	if lam := x.Args[from]; isLambda(lam) || c.isDeferredLambda(lam) { // lambdavar.go
		// A lambda callback takes its parameter types from the arguments.
		var ps []Param
		for _, a := range x.Args[from+1:] {
			t := c.expr(a)
			if t == nil {
				return
			}
			ps = append(ps, Param{Type: t})
		}
		ft = c.exprWant(lam, &Func{Params: ps, Ret: &AnyType{"Any"}})
	} else if n, ok := x.Args[from].(*ast.Name); ok && n.ID == "print" && c.lookup("print") != nil && c.lookup("print").Kind == SymBuiltin {
		// print as a callback: a function of the given arguments.
		c.expr(n)
		pf := &Func{Ret: None}
		for _, a := range x.Args[from+1:] {
			t := c.expr(a)
			if t == nil {
				return
			}
			pf.Params = append(pf.Params, Param{Type: t})
		}
		ft = pf
		c.info.Types[n] = pf
	} else {
		ft = c.expr(x.Args[from])
	}
	rest := x.Args[from+1:]
	var kws []*ast.Keyword
	if len(x.Keywords) > 0 && c.kwCallback(x) {
		kws = x.Keywords // to_thread(f, a, key=v) calls f(a, key=v)
	}
	switch x.Args[from].(type) {
	case *ast.Attribute, *ast.Name:
	default:
		if bm, ok := ft.(*BoundMethod); ok && bm.Method == nil {
			// A built-in's bound method reached through another expression
			// (await asyncio.sleep(0, xs.append)): it has no function value.
			c.errorf(x.Args[from].Position(), "callback must be a function or a method named directly (obj.%s)", bm.Name)
			return
		}
	}
	if bm, ok := ft.(*BoundMethod); ok && bm.Method == nil && len(kws) == 0 {
		if mf := c.builtinMethodFunc(bm.Recv, bm.Name); mf != nil && len(mf.Params) == len(rest) {
			ft = mf
			if fv := c.funcValue(x.Args[from], bm, mf); fv != nil { // callables.go
				ft = fv
			}
			c.info.Types[x.Args[from]] = ft
		}
	}
	if et := c.etaCallback(x.Args[from], ft, rest, kws); et != nil { // callables.go
		ft = et
	}
	for _, k := range kws {
		rest = append(rest[:len(rest):len(rest)], k.Value)
	}
	if m := CallMethod(ft); m != nil {
		ft = m.Sig // an object of a class defining __call__ (codegen's callTarget)
	}
	f, ok := ft.(*Func)
	if !ok {
		if ft != nil {
			c.errorf(x.Args[from].Position(), "callback must be a function, not %s", ft)
		}
		return
	}
	if len(rest) != len(f.Params) {
		c.errorf(x.Pos, "callback takes %d arguments, got %d", len(f.Params), len(rest))
		return
	}
	for i, a := range rest {
		if t := c.exprWant(a, f.Params[i].Type); t != nil {
			c.assignable(t, f.Params[i].Type, a, "callback argument")
		}
	}
}

// loopMethod types a call of an event-loop method; ok is false for
// methods this file does not handle.
func (c *checker) loopMethod(x *ast.Call, name string) (Type, bool) {
	if !loopMethods[name] {
		return nil, false
	}
	c.noKeywords(x)
	switch name {
	case "call_soon", "call_soon_threadsafe":
		c.callbackArgs(x, 0)
		return HandleType, true
	case "call_later", "call_at":
		if len(x.Args) > 0 {
			if t := c.exprWant(x.Args[0], Float); t != nil {
				c.assignable(t, Float, x.Args[0], name)
			}
		}
		c.callbackArgs(x, 1)
		return TimerHandleType, true
	case "run_until_complete":
		if !c.nargs(x, name, 1, 1) {
			return nil, true
		}
		t := c.expr(x.Args[0])
		if r, ok := AwaitResult(t); ok {
			return r, true
		}
		if t != nil {
			c.errorf(x.Args[0].Position(), "run_until_complete needs an awaitable, not %s", t)
		}
		return nil, true
	case "is_running", "is_closed":
		c.nargs(x, name, 0, 0)
		return Bool, true
	default: // run_forever, stop, close
		c.nargs(x, name, 0, 0)
		return None, true
	}
}

// handleMethod types methods of Handle and TimerHandle.
func (c *checker) handleMethod(x *ast.Call, recv *Opaque, name string) (Type, bool) {
	if recv != HandleType && recv != TimerHandleType {
		return nil, false
	}
	switch name {
	case "cancel":
		c.nargs(x, name, 0, 0)
		return None, true
	case "cancelled":
		c.nargs(x, name, 0, 0)
		return Bool, true
	case "when":
		if recv == TimerHandleType {
			c.nargs(x, name, 0, 0)
			return Float, true
		}
	}
	return nil, false
}

// builtinMethodFunc types a built-in bound method used as a callback
// value (fut.set_result, xs.append, ...).
func (c *checker) builtinMethodFunc(recv Type, name string) *Func {
	switch r := recv.(type) {
	case *Future:
		switch name {
		case "set_exception":
			return &Func{Params: []Param{{Type: c.builtinClass("BaseException")}}, Ret: None}
		case "set_result":
			return &Func{Params: []Param{{Type: r.Result}}, Ret: None}
		case "cancel":
			return &Func{Ret: Bool}
		}
	case *Task:
		if name == "cancel" {
			return &Func{Ret: Bool}
		}
	case *List:
		if name == "append" {
			return &Func{Params: []Param{{Type: r.Elem}}, Ret: None}
		}
	case *Queue:
		if name == "put_nowait" {
			return &Func{Params: []Param{{Type: r.Elem}}, Ret: None}
		}
	case *Opaque:
		switch {
		case r == EventType && (name == "set" || name == "clear"):
			return &Func{Ret: None}
		case (r == LockType || r == SemaphoreType) && name == "release":
			return &Func{Ret: None}
		}
	}
	return nil
}

// BuiltinMethodGoName is the Go method implementing a built-in method
// used as a value.
func BuiltinMethodGoName(name string) string {
	switch name {
	case "set_result":
		return "SetResult"
	case "set_exception":
		return "SetException"
	case "cancel":
		return "Cancel"
	case "append":
		return "Append"
	case "put_nowait":
		return "PutNowait"
	case "set":
		return "Set"
	case "clear":
		return "Clear"
	case "release":
		return "Release"
	}
	return ""
}
