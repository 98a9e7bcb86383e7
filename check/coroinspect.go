package check

import "github.com/aiogo/aiogo/ast"

// asyncio.iscoroutinefunction(f), asyncio.iscoroutine(x) and
// asyncio.isfuture(x). Where the static type (or the expression: a def
// named directly, a lambda, a method) decides the answer it is a
// constant; otherwise the value is inspected at run time: a function
// value made from an async def carries that mark (codegen/funcname.go:
// Info.FuncNames makes every function value record its name and kind), a
// coroutine is an awaitable that is neither a task nor a future. The
// tests narrow a union as their TypeGuards do: to the members returning
// coroutines, the coroutines, the tasks and futures.

// Inspect is the answer of an inspection call (Info.Inspect).
type Inspect int

// The answers.
const (
	InspectFalse   Inspect = iota // always False
	InspectTrue                   // always True
	InspectRunTime                // found at run time
)

// coroInspect types the inspection calls; ok is false for other names.
func (c *checker) coroInspect(x *ast.Call, name string) (Type, bool) {
	switch name {
	case "asyncio.iscoroutinefunction", "asyncio.iscoroutine", "asyncio.isfuture":
	default:
		return nil, false
	}
	c.noKeywords(x)
	if !c.nargs(x, name, 1, 1) {
		return Bool, true
	}
	t := c.expr(x.Args[0])
	if t == nil {
		return Bool, true
	}
	var ans Inspect
	switch name {
	case "asyncio.iscoroutinefunction":
		ans = c.coroFuncAnswer(x.Args[0], t)
		if ans == InspectRunTime {
			c.info.FuncNames = true // funcname.go: function values carry their kind
		}
	case "asyncio.iscoroutine":
		ans = awaitableAnswer(t, false)
	default:
		ans = awaitableAnswer(t, true)
	}
	c.info.Inspect[x] = ans
	return Bool, true
}

// coroFuncAnswer answers iscoroutinefunction(e), e of type t.
func (c *checker) coroFuncAnswer(e ast.Expr, t Type) Inspect {
	of := func(b bool) Inspect {
		if b {
			return InspectTrue
		}
		return InspectFalse
	}
	switch x := e.(type) {
	case *ast.Lambda:
		return InspectFalse
	case *ast.Name:
		if sym := c.info.Uses[x]; sym != nil && sym.Kind == SymFunc && sym.Func.Decorated == nil {
			return of(sym.Func.IsCoroFunc())
		}
	case *ast.Attribute:
		if bm := c.info.MethodValues[x]; bm != nil && bm.Method != nil && bm.Method.Decorated == nil {
			return of(c.methodIsCoro(bm.Method))
		}
	}
	switch x := t.(type) {
	case *BoundMethod:
		if x.Method == nil {
			return InspectFalse // a built-in method
		}
		if x.Method.Decorated == nil {
			return of(c.methodIsCoro(x.Method))
		}
		return InspectRunTime
	case *UnboundMethod:
		if cls, ok := x.Recv.(*Class); ok && !cls.Builtin {
			if m := cls.LookupMethod(x.Name); m != nil && m.Decorated == nil {
				return of(c.methodIsCoro(m))
			}
			return InspectRunTime
		}
		return InspectFalse
	case *Func:
		if mayHoldCoroutine(x.Ret) {
			return InspectRunTime
		}
		return InspectFalse
	case *Union:
		for _, m := range x.Types {
			if mf, ok := m.(*Func); ok && mayHoldCoroutine(mf.Ret) || m == Object {
				return InspectRunTime
			}
		}
		return InspectFalse
	case *Optional:
		if c.coroFuncAnswer(nil, x.Elem) != InspectFalse {
			return InspectRunTime
		}
		return InspectFalse
	case *AnyType:
		return InspectRunTime
	}
	if t == Object {
		return InspectRunTime
	}
	return InspectFalse // not a function (a class, an instance, a built-in function)
}

// mayHoldCoroutine reports whether a function's result of type t may be a
// coroutine (an async def's, or another function's stored there).
func mayHoldCoroutine(t Type) bool {
	switch x := t.(type) {
	case *Coroutine, *AnyType:
		return true
	case *Union:
		for _, m := range x.Types {
			if mayHoldCoroutine(m) {
				return true
			}
		}
	case *Optional:
		return mayHoldCoroutine(x.Elem)
	}
	return t == Object
}

// awaitableAnswer answers iscoroutine(x) (future false) or isfuture(x)
// for x of type t: a value typed Awaitable or Coroutine may hold a task.
func awaitableAnswer(t Type, future bool) Inspect {
	switch x := t.(type) {
	case *Task, *Future:
		if future {
			return InspectTrue
		}
		return InspectFalse
	case *Coroutine, *AnyType, *Union:
		return InspectRunTime
	case *Optional:
		if awaitableAnswer(x.Elem, future) != InspectFalse {
			return InspectRunTime
		}
		return InspectFalse
	}
	if t == Object {
		return InspectRunTime
	}
	return InspectFalse
}

// narrowInspect narrows the argument of an inspection call that returned
// true, as its TypeGuard does: a union to its members returning coroutines
// (iscoroutinefunction), its coroutines (iscoroutine), its tasks and
// futures (isfuture). A false outcome narrows nothing.
func (c *checker) narrowInspect(x *ast.Call, truth bool) {
	if !truth || len(x.Args) != 1 {
		return
	}
	bf, ok := c.info.Types[x.Func].(*BuiltinFunc)
	if !ok {
		return
	}
	var keep func(Type) bool
	switch bf.Name {
	case "asyncio.iscoroutinefunction":
		keep = func(m Type) bool {
			f, ok := m.(*Func)
			return ok && mayHoldCoroutine(f.Ret)
		}
	case "asyncio.iscoroutine":
		keep = func(m Type) bool { _, ok := m.(*Coroutine); return ok }
	case "asyncio.isfuture":
		keep = func(m Type) bool {
			switch m.(type) {
			case *Task, *Future:
				return true
			}
			return false
		}
	default:
		return
	}
	c.refine(x.Args[0], func(t Type) Type {
		var ms []Type
		switch u := t.(type) {
		case *Union:
			ms = u.Types
		case *Optional:
			if iu, ok := u.Elem.(*Union); ok {
				ms = iu.Types
			} else {
				ms = []Type{u.Elem}
			}
		default:
			return nil
		}
		var kept []Type
		for _, m := range ms {
			if keep(m) {
				kept = append(kept, m)
			}
		}
		switch len(kept) {
		case 0:
			return nil
		case 1:
			return kept[0]
		}
		return &Union{kept}
	})
}

// IsCoroFunc reports an async def that is not an async generator: what
// asyncio.iscoroutinefunction is true of.
func (fi *FuncInfo) IsCoroFunc() bool { return fi.IsAsync && fi.Gen == nil }

// methodIsCoro reports a method defined with async def that is not an
// async generator.
func (c *checker) methodIsCoro(m *Method) bool {
	if d, ok := m.Def.(*ast.FuncDef); ok {
		if fi := c.info.Funcs[d]; fi != nil {
			return fi.IsCoroFunc()
		}
	}
	return m.IsAsync
}
