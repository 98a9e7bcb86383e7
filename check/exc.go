package check

import (
	"github.com/aiogo/aiogo/ast"
)

// raiseStmt checks raise [Exc [from Cause]].
func (c *checker) raiseStmt(s *ast.Raise) {
	if s.Exc == nil {
		if c.handlerDepth == 0 && c.fn != nil {
			// CPython re-raises the exception its caller is handling
			// (a helper called from an except clause); aiogo knows only
			// the except clauses around the raise in its own function.
			c.errorf(s.Pos, "bare raise outside an except clause of this function: aiogo re-raises only the exception of an enclosing except clause (raise it there, or pass the exception in and raise it by name)")
		}
		return
	}
	t := c.expr(s.Exc)
	switch x := t.(type) {
	case *Class:
		if !x.IsExc {
			c.errorf(s.Exc.Position(), "exceptions must derive from BaseException")
		}
	case *ClassRef:
		if !x.Class.IsExc {
			c.errorf(s.Exc.Position(), "exceptions must derive from BaseException")
		}
	case nil:
	default:
		c.errorf(s.Exc.Position(), "cannot raise a value of type %s", t)
	}
	if s.Cause == nil {
		return
	}
	if _, ok := s.Cause.(*ast.NoneLit); ok {
		c.info.Types[s.Cause] = None
		return
	}
	switch x := c.expr(s.Cause).(type) {
	case *Class:
		if x.IsExc {
			return
		}
	case *ClassRef:
		if x.Class.IsExc {
			return
		}
	case *Optional:
		if cl, ok := x.Elem.(*Class); ok && cl.IsExc {
			return
		}
	case nil:
		return
	}
	c.errorf(s.Cause.Position(), "exception causes must derive from BaseException")
}

// excAttr types the built-in attributes of exception instances.
func (c *checker) excAttr(t *Class, attr string) Type {
	switch attr {
	case "args":
		return &Tuple{Elems: []Type{Object}, Var: true}
	case "__cause__", "__context__":
		return &Optional{c.builtinClass("BaseException")}
	case "__suppress_context__":
		return Bool
	case "value":
		if t.IsSubclassOf(c.builtinClass("StopIteration")) {
			return Object
		}
	case "code":
		if t.IsSubclassOf(c.builtinClass("SystemExit")) {
			return Object // typeshed: str | int | None
		}
	case "message":
		if t.IsSubclassOf(c.builtinClass("BaseExceptionGroup")) {
			return Str
		}
	case "__notes__":
		return &List{Str} // AttributeError until add_note
	case "exceptions":
		if t.IsSubclassOf(c.builtinClass("BaseExceptionGroup")) {
			elem := c.builtinClass("BaseException")
			if t.IsSubclassOf(c.builtinClass("ExceptionGroup")) {
				elem = c.builtinClass("Exception")
			}
			return &Tuple{Elems: []Type{elem}, Var: true}
		}
	}
	if at := c.osExcAttr(t, attr); at != nil { // exc_hierarchy.go
		return at
	}
	if _, ok := c.groupMethod(t, attr, nil); ok { // exc_groups.go
		return &BoundMethod{Recv: t, Name: attr}
	}
	if _, ok := c.addNote(t, attr, nil); ok {
		return &BoundMethod{Recv: t, Name: attr}
	}
	return c.ioExcAttr(t, attr) // threads.go
}

// typeAnnotation is type[C] for an exception class C: the class object.
func (c *checker) typeAnnotation(args []ast.Expr, x ast.Expr) Type {
	if len(args) != 1 {
		c.errorf(x.Position(), "type[...] takes one class")
		return nil
	}
	t := c.annotation(args[0])
	if cls, ok := t.(*Class); ok {
		return &ClassRef{cls}
	}
	if t != nil {
		c.errorf(args[0].Position(), "type[...] of %s is not supported", t)
	}
	return nil
}

// asyncioCall types the asyncio functions built on cancellation; ok is
// false for other names.
func (c *checker) asyncioCall(x *ast.Call, name string, want Type) (Type, bool) {
	if t, ok := c.excBuiltinCall(x, name); ok { // exc_hierarchy.go
		return t, true
	}
	if t, ok := c.coroInspect(x, name); ok { // coroinspect.go
		return t, true
	}
	switch name {
	case "asyncio.wait_for":
		c.noKeywords(x, "timeout")
		if len(x.Args) < 1 || len(x.Args)+len(x.Keywords) != 2 {
			c.errorf(x.Pos, "wait_for takes an awaitable and a timeout")
			return nil, true
		}
		t := c.expr(x.Args[0])
		to := c.keyword(x, "timeout")
		var te ast.Expr
		if to != nil {
			te = to.Value
		} else if len(x.Args) > 1 {
			te = x.Args[1]
		}
		c.timeoutArg(te)
		if t == nil {
			return nil, true
		}
		r, ok := AwaitResult(t)
		if !ok {
			c.errorf(x.Args[0].Position(), "wait_for needs an awaitable, not %s", t)
			return nil, true
		}
		return &Coroutine{r}, true
	case "asyncio.shield":
		c.noKeywords(x)
		if !c.nargs(x, name, 1, 1) {
			return nil, true
		}
		t := c.expr(x.Args[0])
		if t == nil {
			return nil, true
		}
		r, ok := AwaitResult(t)
		if !ok {
			c.errorf(x.Args[0].Position(), "shield needs an awaitable, not %s", t)
			return nil, true
		}
		return &Future{r}, true // typeshed: def shield(arg: _FutureLike[_T]) -> Future[_T]
	case "asyncio.timeout", "asyncio.timeout_at":
		c.noKeywords(x)
		if c.nargs(x, name, 1, 1) {
			c.timeoutArg(x.Args[0])
		}
		return TimeoutType, true
	case "asyncio.TaskGroup":
		c.noKeywords(x)
		c.nargs(x, name, 0, 0)
		return TaskGroupType, true
	}
	return nil, false
}

// timeoutArg checks a float | None timeout argument.
func (c *checker) timeoutArg(e ast.Expr) {
	if e == nil {
		return
	}
	if _, ok := e.(*ast.NoneLit); ok {
		c.info.Types[e] = None
		return
	}
	if t := c.exprWant(e, Float); t != nil {
		if o, ok := t.(*Optional); ok && (o.Elem == Float || o.Elem == Int) {
			return
		}
		c.assignable(t, Float, e, "timeout")
	}
}

// gatherReturnExceptions reports whether gather's return_exceptions
// argument may be true (then results may be exceptions).
func (c *checker) gatherReturnExceptions(x *ast.Call) bool {
	k := c.keyword(x, "return_exceptions")
	if k == nil {
		return false
	}
	c.exprMust(k.Value, Bool, "argument return_exceptions")
	if b, ok := k.Value.(*ast.BoolLit); ok && !b.Value {
		return false
	}
	return true
}

// orExc widens a gather result type so that it can hold an exception.
func (c *checker) orExc(t Type) Type {
	be := c.builtinClass("BaseException")
	if o, ok := t.(*Optional); ok {
		// T | None | BaseException: one Optional of a flat union, as the
		// annotation is typed (the runtime's GatherAnyOpt/GatherAnyPlain
		// hold the values so).
		if u, ok := o.Elem.(*Union); ok {
			return &Optional{&Union{append(append([]Type(nil), u.Types...), be)}}
		}
		return &Optional{&Union{[]Type{o.Elem, be}}}
	}
	return &Union{[]Type{t, be}}
}

// taskMethod types the cancellation methods of tasks and futures; ok is
// false for other names. x nil asks whether the method exists.
func (c *checker) taskMethod(recv Type, name string, x *ast.Call) (Type, bool) {
	_, isTask := recv.(*Task)
	switch name {
	case "cancel":
		if x == nil {
			return recv, true
		}
		c.noKeywords(x, "msg")
		if c.nargs(x, name, 0, 1) {
			var m ast.Expr
			if len(x.Args) == 1 {
				m = x.Args[0]
			}
			if k := c.keyword(x, "msg"); k != nil {
				m = k.Value
			}
			if m != nil {
				if t := c.exprWant(m, &Optional{Str}); t != nil && t != None {
					c.assignable(t, &Optional{Str}, m, "cancel message")
				}
			}
		}
		return Bool, true
	case "exception":
		if x == nil {
			return recv, true
		}
		c.noKeywords(x)
		c.nargs(x, name, 0, 0)
		return &Optional{c.builtinClass("BaseException")}, true
	case "get_loop":
		if x == nil {
			return recv, true
		}
		c.noKeywords(x)
		c.nargs(x, name, 0, 0)
		return LoopType, true
	case "cancelling", "uncancel":
		if !isTask {
			return nil, false
		}
		if x == nil {
			return recv, true
		}
		c.noKeywords(x)
		c.nargs(x, name, 0, 0)
		return Int, true
	case "set_exception": // on a Task: RuntimeError at run time, as CPython
		if x == nil {
			return recv, true
		}
		c.noKeywords(x)
		if c.nargs(x, name, 1, 1) {
			switch t := c.expr(x.Args[0]).(type) {
			case *Class:
				if t.IsExc {
					return None, true
				}
			case *ClassRef:
				if t.Class.IsExc {
					return None, true
				}
			case nil:
				return None, true
			}
			c.errorf(x.Args[0].Position(), "set_exception needs an exception")
		}
		return None, true
	}
	return nil, false
}

// runtimeMethod types methods of TaskGroup and Timeout; ok is false for
// other receivers or names. x nil asks whether the method exists.
func (c *checker) runtimeMethod(r *Opaque, name string, x *ast.Call) (Type, bool) {
	switch r {
	case TaskGroupType:
		if name != "create_task" {
			return nil, false
		}
		if x == nil {
			return r, true
		}
		c.noKeywords(x, "name")
		if !c.nargs(x, name, 1, 1) {
			return nil, true
		}
		if k := c.keyword(x, "name"); k != nil {
			c.taskNameArg(k.Value) // tasknames.go
		}
		t := c.expr(x.Args[0])
		if co, ok := t.(*Coroutine); ok {
			return &Task{co.Result}, true
		}
		if t != nil {
			c.errorf(x.Args[0].Position(), "create_task needs a coroutine, not %s", t)
		}
		return nil, true
	case TimeoutType:
		switch name {
		case "when":
			if x == nil {
				return r, true
			}
			c.nargs(x, name, 0, 0)
			return &Optional{Float}, true
		case "reschedule":
			if x == nil {
				return r, true
			}
			c.noKeywords(x)
			if c.nargs(x, name, 1, 1) {
				c.timeoutArg(x.Args[0])
			}
			return None, true
		case "expired":
			if x == nil {
				return r, true
			}
			c.nargs(x, name, 0, 0)
			return Bool, true
		}
	}
	return nil, false
}

// addNote types BaseException.add_note(note) (PEP 678): it appends note to
// the exception's __notes__ list, which tracebacks print after the
// exception's line.
func (c *checker) addNote(recv Type, name string, x *ast.Call) (Type, bool) {
	cls, ok := recv.(*Class)
	if !ok || !cls.IsExc || name != "add_note" {
		return nil, false
	}
	if x == nil {
		return None, true
	}
	c.noKeywords(x)
	if c.nargs(x, name, 1, 1) {
		c.assignable(c.exprWant(x.Args[0], Str), Str, x.Args[0], "argument to add_note")
	}
	return None, true
}

// excStoreAttr types the built-in exception attributes a program may
// assign (e.__cause__ = err, e.__context__ = None,
// e.__suppress_context__ = False); nil for others.
func (c *checker) excStoreAttr(attr string) Type {
	switch attr {
	case "__cause__", "__context__":
		return &Optional{c.builtinClass("BaseException")}
	case "__suppress_context__":
		return Bool
	}
	return nil
}

// DataclassExc reports a @dataclass exception class (or a plain subclass
// of one): its generated __init__ stores the fields, BaseException.__new__
// keeps the positional arguments as args, and repr and == are the
// dataclass's (over the fields).
func DataclassExc(cls *Class) bool {
	if cls == nil || !cls.IsExc || !cls.Dataclass || cls.Builtin {
		return false
	}
	init := cls.LookupMethod("__init__")
	return init != nil && init.Def == nil
}

// ExcArgsFromCall reports a user exception class whose constructor runs an
// __init__ (its own, inherited or a dataclass's): e.args starts as the
// arguments the call passes positionally, as BaseException.__new__ keeps
// them, until __init__ calls super().__init__.
func ExcArgsFromCall(cls *Class) bool {
	if cls == nil || !cls.IsExc || cls.Builtin {
		return false
	}
	return cls.LookupMethod("__init__") != nil
}
