package check

import "github.com/aiogo/aiogo/ast"

// Threads (runtime/threads.go): asyncio.to_thread, loop.run_in_executor,
// asyncio.run_coroutine_threadsafe and its concurrent.futures.Future[T],
// time.sleep. This file also holds the io* hooks the existing switch
// statements call; they dispatch to threads and streams (streams.go).

// ConcurrentFuture is concurrent.futures.Future[Result], what
// run_coroutine_threadsafe returns. It is not awaitable.
type ConcurrentFuture struct{ Result Type }

func (t *ConcurrentFuture) String() string {
	return "concurrent.futures.Future[" + t.Result.String() + "]"
}

// ioType maps asyncio.X annotations of this file and streams.go.
func (c *checker) ioType(name string) Type {
	return streamType(name)
}

// ioModuleAttr types module attributes of threads and streams.
func (c *checker) ioModuleAttr(full string) (Type, bool) {
	switch full {
	case "asyncio.to_thread", "asyncio.run_coroutine_threadsafe", "time.sleep":
		return &BuiltinFunc{full}, true
	}
	return c.streamModuleAttr(full)
}

// threadFunc checks fn(*args) passed to to_thread/run_in_executor
// (x.Args[from] is fn) and returns fn's result type.
func (c *checker) threadFunc(x *ast.Call, from int) Type {
	c.callbackArgs(x, from)
	if len(x.Args) <= from {
		return nil
	}
	at := c.info.Types[x.Args[from]]
	if m := CallMethod(at); m != nil {
		at = m.Sig // an object of a class defining __call__
	}
	if f, ok := at.(*Func); ok {
		if _, isCoro := f.Ret.(*Coroutine); isCoro {
			c.errorf(x.Args[from].Position(), "a coroutine function cannot run in a thread")
			return nil
		}
		return f.Ret
	}
	return nil
}

// ioCall types calls of threads and streams functions; ok is false for
// other names.
func (c *checker) ioCall(x *ast.Call, name string, want Type) (Type, bool) {
	switch name {
	case "time.sleep":
		c.noKeywords(x)
		if c.nargs(x, name, 1, 1) {
			if t := c.exprWant(x.Args[0], Float); t != nil {
				c.assignable(t, Float, x.Args[0], "time.sleep argument")
			}
		}
		return None, true
	case "asyncio.to_thread":
		r := c.threadFunc(x, 0) // keywords pass through (loop.go kwCallback)
		if r == nil {
			return nil, true
		}
		return &Coroutine{r}, true
	case "asyncio.run_coroutine_threadsafe":
		c.noKeywords(x)
		if !c.nargs(x, name, 2, 2) {
			return nil, true
		}
		t := c.expr(x.Args[0])
		if t2 := c.exprWant(x.Args[1], LoopType); t2 != nil {
			c.assignable(t2, LoopType, x.Args[1], "loop argument")
		}
		co, ok := t.(*Coroutine)
		if !ok {
			if t != nil {
				c.errorf(x.Args[0].Position(), "run_coroutine_threadsafe needs a coroutine, not %s", t)
			}
			return nil, true
		}
		return &ConcurrentFuture{co.Result}, true
	}
	return c.streamCall(x, name, want)
}

// ioMethod types methods of the loop (run_in_executor), concurrent
// futures and stream objects; ok is false for other receivers or names.
// x nil asks whether the method exists.
func (c *checker) ioMethod(recv Type, name string, x *ast.Call) (Type, bool) {
	switch r := recv.(type) {
	case *Opaque:
		if r == LoopType && name == "run_in_executor" {
			if x == nil {
				return r, true
			}
			c.noKeywords(x)
			if len(x.Args) < 2 {
				c.errorf(x.Pos, "run_in_executor needs an executor (None) and a function")
				return nil, true
			}
			if _, ok := x.Args[0].(*ast.NoneLit); !ok {
				c.unsupported(x.Args[0], "executors other than None (the default executor)")
				return nil, true
			}
			c.expr(x.Args[0])
			res := c.threadFunc(x, 1)
			if res == nil {
				return nil, true
			}
			return &Future{res}, true
		}
		return c.streamMethod(r, name, x)
	case *ConcurrentFuture:
		switch name {
		case "result", "exception":
			if x == nil {
				return r, true
			}
			c.noKeywords(x, "timeout")
			if !c.nargs(x, name, 0, 1) {
				return nil, true
			}
			var te ast.Expr
			if len(x.Args) == 1 {
				te = x.Args[0]
			} else if k := c.keyword(x, "timeout"); k != nil {
				te = k.Value
			}
			if te != nil {
				if t := c.exprWant(te, &Optional{Float}); t != nil && t != None {
					c.assignable(t, &Optional{Float}, te, "timeout")
				}
			}
			if name == "exception" {
				return &Optional{c.builtinClass("BaseException")}, true
			}
			return r.Result, true
		case "done", "cancelled", "running", "cancel":
			if x == nil {
				return r, true
			}
			c.nargs(x, name, 0, 0)
			return Bool, true
		}
	}
	return nil, false
}

// ioAttr types plain attributes of stream objects (nil: not handled).
func (c *checker) ioAttr(recv Type, attr string) Type {
	return streamAttr(recv, attr)
}

// ioExcAttr types the attributes of asyncio.IncompleteReadError and
// asyncio.LimitOverrunError (nil: not handled).
func (c *checker) ioExcAttr(t *Class, attr string) Type {
	switch {
	case t.IsSubclassOf(c.ioExcClass("IncompleteReadError")):
		switch attr {
		case "partial":
			return Bytes
		case "expected":
			return &Optional{Int}
		}
	case t.IsSubclassOf(c.ioExcClass("LimitOverrunError")):
		if attr == "consumed" {
			return Int
		}
	}
	return nil
}

// ioExcClass returns asyncio.IncompleteReadError (an EOFError) or
// asyncio.LimitOverrunError (an Exception), creating it on first use.
func (c *checker) ioExcClass(name string) *Class {
	if cls := c.excClasses[name]; cls != nil {
		return cls
	}
	base := "Exception"
	if name == "IncompleteReadError" {
		base = "EOFError"
	}
	cls := &Class{Name: name, Methods: map[string]*Method{}, IsExc: true, Builtin: true, Base: c.excClasses[base]}
	c.excClasses[name] = cls
	return cls
}

// kwCallback reports whether call x passes its keyword arguments on to
// its callback (asyncio.to_thread(f, a, key=v) calls f(a, key=v)).
func (c *checker) kwCallback(x *ast.Call) bool {
	switch f := x.Func.(type) {
	case *ast.Attribute:
		n, ok := f.Value.(*ast.Name)
		if !ok || f.Attr != "to_thread" {
			return false
		}
		sym := c.lookup(n.ID)
		return sym != nil && sym.Kind == SymModule && sym.Type.(*ModuleType).Name == "asyncio"
	case *ast.Name:
		sym := c.lookup(f.ID)
		if sym == nil || sym.Kind != SymBuiltin {
			return false
		}
		bf, ok := sym.Type.(*BuiltinFunc)
		return ok && bf.Name == "asyncio.to_thread"
	}
	return false
}
