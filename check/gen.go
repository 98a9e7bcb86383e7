package check

// Generators and async generators: their annotations and signatures,
// yield / yield from, async for, next/iter/aiter/anext, the generator
// methods (send, throw, close, asend, athrow, aclose) and the contextlib
// helpers built on generators (contextmanager, asynccontextmanager,
// aclosing).

import (
	"github.com/aiogo/aiogo/ast"
)

// Generator is Generator[Y, S, R] (Async: AsyncGenerator[Y, S], whose R
// is None): a generator object that can be sent values and thrown into.
type Generator struct {
	Yield, Send, Return Type
	Async               bool
}

func (t *Generator) String() string {
	if t.Async {
		return "AsyncGenerator[" + t.Yield.String() + ", " + t.Send.String() + "]"
	}
	return "Generator[" + joinTypes([]Type{t.Yield, t.Send, t.Return}) + "]"
}

// AsyncIterator is AsyncIterator[T] / AsyncIterable[T]: what async for
// consumes.
type AsyncIterator struct{ Elem Type }

func (t *AsyncIterator) String() string { return "AsyncIterator[" + t.Elem.String() + "]" }

// GenCM is the context manager made by a @contextmanager or
// @asynccontextmanager function (Yield is the value bound by as), or by
// contextlib.aclosing(x) (Closing: as binds x, of type Yield).
type GenCM struct {
	Yield   Type
	Async   bool
	Closing bool
	// Null is contextlib.nullcontext(Yield value): a manager for with and
	// async with that binds the value and does nothing else.
	Null bool
	// Abstract is the annotation AbstractAsyncContextManager[Yield] /
	// AbstractContextManager[Yield] (typing.AsyncContextManager,
	// typing.ContextManager): any context manager binding a Yield
	// (cmabstract.go).
	Abstract bool
}

func (t *GenCM) String() string {
	switch {
	case t.Null:
		return "nullcontext[" + t.Yield.String() + "]"
	case t.Closing:
		return "aclosing[" + t.Yield.String() + "]"
	case t.Async:
		return "AbstractAsyncContextManager[" + t.Yield.String() + "]"
	}
	return "AbstractContextManager[" + t.Yield.String() + "]"
}

// GenInfo describes a generator function (FuncInfo.Gen).
type GenInfo struct {
	Yield, Send, Return Type
	Async               bool
	// noneYields are the yields whose value may be None although Send
	// excludes it (see noneSeenYields); computed at the first yield.
	noneYields map[*ast.Yield]bool
	scanned    bool
}

// identicalGen extends Identical to the generator types.
func identicalGen(a, b Type) bool {
	switch x := a.(type) {
	case *Generator:
		y, ok := b.(*Generator)
		return ok && x.Async == y.Async && Identical(x.Yield, y.Yield) && Identical(x.Send, y.Send) && Identical(x.Return, y.Return)
	case *AsyncIterator:
		y, ok := b.(*AsyncIterator)
		return ok && Identical(x.Elem, y.Elem)
	case *GenCM:
		y, ok := b.(*GenCM)
		return ok && x.Async == y.Async && x.Closing == y.Closing && x.Null == y.Null && x.Abstract == y.Abstract && Identical(x.Yield, y.Yield)
	}
	return false
}

// assignableGen reports the assignments between generator types: a
// generator is an iterator of what it yields.
func assignableGen(from, to Type) bool {
	switch tt := to.(type) {
	case *Iterator:
		if g, ok := from.(*Generator); ok && !g.Async {
			return Identical(g.Yield, tt.Elem)
		}
		if fc, ok := from.(*Class); ok && fc.LookupMethod("__iter__") != nil {
			// A class with __iter__ and __next__ is an Iterator (the
			// protocol, as mypy checks it): `def __iter__(self) ->
			// Iterator[T]: return self`.
			if nx := UserNext(fc); nx != nil {
				return Identical(nx.Sig.Ret, tt.Elem)
			}
		}
	case *AsyncIterator:
		if g, ok := from.(*Generator); ok && g.Async {
			return Identical(g.Yield, tt.Elem)
		}
		if fc, ok := from.(*Class); ok && fc.LookupMethod("__aiter__") != nil {
			if an := UserANext(fc); an != nil { // __aiter__ and async __anext__
				return Identical(awaited(an.Sig.Ret), tt.Elem)
			}
		}
	}
	return false
}

// UserNext is the __next__ method (without parameters, returning a value)
// of a user class, or nil.
func UserNext(c *Class) *Method {
	if c == nil || c.Builtin || c.IsExc {
		return nil
	}
	nx := c.LookupMethod("__next__")
	if nx == nil || nx.IsAsync || len(nx.Sig.Params) != 0 || nx.Sig.Ret == nil || nx.Sig.Ret == None {
		return nil
	}
	return nx
}

// genAnnotation types Iterator[T], Generator[Y, S, R] and their async
// and Iterable forms.
func (c *checker) genAnnotation(name string, args []ast.Expr, x ast.Expr) Type {
	var ts []Type
	for _, a := range args {
		t := c.annotation(a)
		if t == nil {
			return nil
		}
		ts = append(ts, t)
	}
	want := func(n int) bool {
		if len(ts) != n {
			c.errorf(x.Position(), "%s takes %d type arguments", name, n)
			return false
		}
		return true
	}
	switch name {
	case "typing.Iterator", "collections.abc.Iterator", "typing.Iterable", "collections.abc.Iterable":
		if want(1) {
			return &Iterator{ts[0]}
		}
	case "typing.Generator", "collections.abc.Generator":
		if want(3) {
			return &Generator{Yield: ts[0], Send: ts[1], Return: ts[2]}
		}
	case "typing.AsyncIterator", "collections.abc.AsyncIterator", "typing.AsyncIterable", "collections.abc.AsyncIterable":
		if want(1) {
			return &AsyncIterator{ts[0]}
		}
	case "typing.AsyncGenerator", "collections.abc.AsyncGenerator":
		if want(2) {
			return &Generator{Yield: ts[0], Send: ts[1], Return: None, Async: true}
		}
	}
	return nil
}

// genSignature finishes the signature of a generator function: calling it
// returns the generator object its annotation names; RetType is the type
// of its return statements.
func (c *checker) genSignature(fi *FuncInfo, d *ast.FuncDef, ret Type) {
	gi := &GenInfo{Yield: Object, Send: None, Return: None, Async: fi.IsAsync}
	fi.Gen = gi
	fi.Sig.Ret = ret
	fi.RetType = None
	if d.Returns == nil {
		c.errorf(d.Pos, "generator function %s needs a return annotation (Iterator[T] or Generator[Y, S, R])", d.Name)
		fi.Sig.Ret = &Iterator{Object}
		return
	}
	switch t := ret.(type) {
	case *Abstract: // -> Iterable[T]
		if t.Kind != AIterable || fi.IsAsync {
			c.errorf(d.Pos, "generator function %s must be annotated Iterator[T], Iterable[T] or Generator[Y, S, R], not %s", d.Name, ret)
		}
		gi.Yield = t.Elem
		fi.Sig.Ret = &Iterator{t.Elem}
	case *Iterator:
		gi.Yield = t.Elem
		if fi.IsAsync {
			c.errorf(d.Pos, "async generator %s must be annotated AsyncIterator[T] or AsyncGenerator[Y, S]", d.Name)
		}
	case *AsyncIterator:
		gi.Yield = t.Elem
		if !fi.IsAsync {
			c.errorf(d.Pos, "generator %s must be annotated Iterator[T] or Generator[Y, S, R]", d.Name)
		}
	case *Generator:
		gi.Yield, gi.Send, gi.Return = t.Yield, t.Send, t.Return
		fi.RetType = t.Return
		if t.Async != fi.IsAsync {
			c.errorf(d.Pos, "generator %s has the wrong kind of generator annotation", d.Name)
		}
	default:
		if ret != nil { // nil: the annotation's error is reported
			c.errorf(d.Pos, "generator function %s must be annotated Iterator[T] or Generator[Y, S, R], not %s", d.Name, ret)
		}
		fi.Sig.Ret = &Iterator{Object}
	}
}

// yieldExpr types yield and yield from.
func (c *checker) yieldExpr(e ast.Expr) Type {
	gi := (*GenInfo)(nil)
	if c.fn != nil {
		gi = c.fn.Gen
	}
	if gi == nil {
		c.errorf(e.Position(), "'yield' outside a generator function")
		return nil
	}
	switch x := e.(type) {
	case *ast.Yield:
		if x.Value == nil {
			if !c.assignableType(None, gi.Yield) {
				c.errorf(x.Pos, "bare yield in a generator of %s", gi.Yield)
			}
			return c.sentType(gi, x)
		}
		if t := c.exprWant(x.Value, gi.Yield); t != nil && c.viewArg(x.Value, t, gi.Yield, "yield") { // dictviews.go
		} else if t != nil && !c.storedView(x.Value, gi.Yield) {
			c.assignable(t, gi.Yield, x.Value, "yield")
		}
		return c.sentType(gi, x)
	case *ast.YieldFrom:
		if gi.Async {
			c.errorf(x.Pos, "yield from is not allowed in an async function")
			return nil
		}
		t := c.expr(x.Value)
		if t == nil {
			return nil
		}
		et := c.elemType(t, x.Value)
		if et != nil && !c.assignableType(et, gi.Yield) {
			c.errorf(x.Value.Position(), "yield from of %s values in a generator of %s", et, gi.Yield)
		}
		if g, ok := t.(*Generator); ok && !g.Async && gi.Send != nil && g.Send != nil {
			// What is sent to this generator is sent on to the delegate: a
			// flow for the float positions (floatpos.go), so an int sent
			// where both declare float stays an int, as in CPython.
			c.assignableType(gi.Send, g.Send)
		}
		if g, ok := t.(*Generator); ok && g.Return != None {
			return g.Return
		}
		return Object // None, typed so that it can be stored
	}
	return nil
}

// AsyncElem is the element type of async for over a value of type t
// (nil: not async-iterable).
func AsyncElem(t Type) Type {
	switch x := t.(type) {
	case *AsyncIterator:
		return x.Elem
	case *Generator:
		if x.Async {
			return x.Yield
		}
	case *Opaque:
		if x == StreamReaderType { // streams.go: async for line in reader
			return Bytes
		}
	case *Class:
		if x.Builtin {
			return nil
		}
		ai := x.LookupMethod("__aiter__")
		if ai == nil || ai.IsAsync && !asyncGenMethod(ai) || len(ai.Sig.Params) != 0 {
			return nil
		}
		switch r := ai.Sig.Ret.(type) {
		case *Class:
			an := r.LookupMethod("__anext__")
			if an == nil || !an.IsAsync || len(an.Sig.Params) != 0 {
				return nil
			}
			return awaited(an.Sig.Ret)
		case *AsyncIterator, *Generator:
			return AsyncElem(r)
		}
	}
	return nil
}

// ANextElem is the type of the values anext(it) gives: it needs only
// __anext__ (an async iterator, an async generator, or a user class with
// an async __anext__); nil when t has none.
func ANextElem(t Type) Type {
	switch x := t.(type) {
	case *AsyncIterator:
		return x.Elem
	case *Generator:
		if x.Async {
			return x.Yield
		}
	case *Class:
		if an := UserANext(x); an != nil {
			return awaited(an.Sig.Ret)
		}
	}
	return nil
}

// UserANext is the async __anext__ method (without parameters) of a user
// class, or nil.
func UserANext(c *Class) *Method {
	if c.Builtin {
		return nil
	}
	an := c.LookupMethod("__anext__")
	if an == nil || !an.IsAsync || len(an.Sig.Params) != 0 {
		return nil
	}
	return an
}

func (c *checker) asyncElemType(t Type, e ast.Expr) Type {
	if et := AsyncElem(t); et != nil {
		return et
	}
	c.errorf(e.Position(), "cannot async-iterate over a value of type %s (needs __aiter__/__anext__)", t)
	return nil
}

// asyncFor checks an async for statement.
func (c *checker) asyncFor(s *ast.For) {
	if c.fn == nil || !c.fn.IsAsync {
		c.errorf(s.Pos, "async for outside async function")
	}
	it := c.expr(s.Iter)
	c.loopStmt([]any{s.Target, s.Body}, func() {
		var et Type
		if it != nil {
			if et = c.asyncElemType(it, s.Iter); et != nil {
				c.assign(s.Target, et, nil)
			}
		}
		if et == nil {
			c.poisonTarget(s.Target) // diag.go
		}
	}, nil, s.Body, s.Orelse)
}

// compElemType is the element type bound by one comprehension clause.
func (c *checker) compElemType(g *ast.Comprehension, it Type) Type {
	if g.IsAsync {
		if c.fn == nil || !c.fn.IsAsync {
			c.errorf(g.Pos, "asynchronous comprehension outside of an asynchronous function")
		}
		return c.asyncElemType(it, g.Iter)
	}
	return c.elemType(it, g.Iter)
}

// genBuiltin types next, iter, aiter and anext and the contextlib helpers.
func (c *checker) genBuiltin(x *ast.Call, name string) (Type, bool) {
	switch name {
	case "next":
		c.noKeywords(x)
		if !c.nargs(x, name, 1, 2) {
			return nil, true
		}
		t := c.expr(x.Args[0])
		if t == nil {
			return nil, true
		}
		var et Type
		switch it := t.(type) {
		case *Iterator:
			et = it.Elem
		case *Generator:
			if !it.Async {
				et = it.Yield
			}
		case *Class:
			if nx := UserNext(it); nx != nil {
				et = nx.Sig.Ret // next(obj) calls obj.__next__()
			}
		}
		if et == nil {
			c.errorf(x.Args[0].Position(), "next() needs an iterator, not %s", t)
			return nil, true
		}
		if len(x.Args) == 2 {
			if _, ok := x.Args[1].(*ast.NoneLit); ok && !c.assignableType(None, et) {
				c.expr(x.Args[1])
				return &Optional{et}, true // next(it, None): T | None, as typeshed types it
			}
			if dt := c.exprWant(x.Args[1], et); dt != nil && !c.assignableType(dt, et) {
				// A default of another type: T | D (typeshed's overload).
				if o, ok := dt.(*Optional); ok && c.assignableType(o.Elem, et) {
					return &Optional{et}, true
				}
				if u := unionOf(et, dt); u != nil {
					return u, true
				}
				c.assignable(dt, et, x.Args[1], "next() default")
			}
		}
		return et, true
	case "iter":
		c.noKeywords(x)
		if !c.nargs(x, name, 1, 2) {
			return nil, true
		}
		if len(x.Args) == 2 {
			return c.callIter(x), true
		}
		t := c.expr(x.Args[0])
		if t == nil {
			return nil, true
		}
		switch t.(type) {
		case *Iterator, *Generator:
			if g, ok := t.(*Generator); !ok || !g.Async {
				return t, true
			}
		}
		if et := c.elemType(t, x.Args[0]); et != nil {
			return &Iterator{et}, true
		}
		return nil, true
	case "aiter":
		c.noKeywords(x)
		if !c.nargs(x, name, 1, 1) {
			return nil, true
		}
		t := c.expr(x.Args[0])
		if t == nil {
			return nil, true
		}
		if et := c.asyncElemType(t, x.Args[0]); et != nil {
			return &AsyncIterator{et}, true
		}
		return nil, true
	case "anext":
		c.noKeywords(x)
		if !c.nargs(x, name, 1, 2) {
			return nil, true
		}
		t := c.expr(x.Args[0])
		if t == nil {
			return nil, true
		}
		et := ANextElem(t)
		if et == nil {
			c.errorf(x.Args[0].Position(), "anext() needs an async iterator, not %s", t)
			return nil, true
		}
		if len(x.Args) == 2 {
			if _, ok := x.Args[1].(*ast.NoneLit); ok && !c.assignableType(None, et) {
				c.expr(x.Args[1])
				return &Coroutine{&Optional{et}}, true // anext(it, None): T | None, as for next()
			}
			if dt := c.exprWant(x.Args[1], et); dt != nil && !c.assignableType(dt, et) {
				// A default of another type: T | D (typeshed's overload).
				if o, ok := dt.(*Optional); ok && c.assignableType(o.Elem, et) {
					return &Coroutine{&Optional{et}}, true
				}
				if u := unionOf(et, dt); u != nil {
					return &Coroutine{u}, true
				}
				c.assignable(dt, et, x.Args[1], "anext() default")
			}
		}
		return &Coroutine{et}, true
	case "contextlib.aclosing", "contextlib.closing":
		c.noKeywords(x)
		if !c.nargs(x, name, 1, 1) {
			return nil, true
		}
		t := c.expr(x.Args[0])
		if g, ok := t.(*Generator); ok && g.Async == (name == "contextlib.aclosing") {
			return &GenCM{Yield: t, Async: g.Async, Closing: true}, true
		}
		if cls, ok := t.(*Class); ok {
			if cm, ok := c.closingClass(cls, name == "contextlib.aclosing", x.Args[0]); ok { // closing.go
				return cm, true
			}
			return nil, true
		}
		if t != nil {
			c.errorf(x.Args[0].Position(), "%s() needs a generator object, not %s", name[len("contextlib."):], t)
		}
		return nil, true
	}
	return nil, false
}

// genDecorator applies @contextmanager / @asynccontextmanager to a
// function of type t; ok is false for other decorators.
func (c *checker) genDecorator(d ast.Expr, t Type) (Type, bool) {
	bf, isB := c.expr(d).(*BuiltinFunc)
	if !isB {
		return nil, false
	}
	async := false
	switch bf.Name {
	case "contextlib.contextmanager":
	case "contextlib.asynccontextmanager":
		async = true
	default:
		return nil, false
	}
	f, ok := t.(*Func)
	if !ok {
		c.errorf(d.Position(), "@%s needs a generator function", bf.Name[len("contextlib."):])
		return nil, true
	}
	var y Type
	switch r := f.Ret.(type) {
	case *Iterator:
		if !async {
			y = r.Elem
		}
	case *AsyncIterator:
		if async {
			y = r.Elem
		}
	case *Generator:
		if r.Async == async {
			y = r.Yield
		}
	}
	if y == nil {
		c.errorf(d.Position(), "@%s needs a generator function annotated %s", bf.Name[len("contextlib."):],
			map[bool]string{false: "Iterator[T]", true: "AsyncIterator[T]"}[async])
		return nil, true
	}
	return &Func{Params: f.Params, Ret: &GenCM{Yield: y, Async: async}}, true
}

// genCtxMgr is the context-manager protocol of GenCM values (nil for
// other types).
func genCtxMgr(t Type, async bool) *CtxMgr {
	cm, ok := t.(*GenCM)
	if ok && cm.Null {
		r := &RuntimeCM{Async: async, EnterResult: cm.Yield, As: cm.Yield, ExitResult: None}
		return &CtxMgr{Async: async, Runtime: r, As: cm.Yield, EnterResult: cm.Yield, ExitResult: None}
	}
	if !ok || cm.Async != async {
		return nil
	}
	if cm.Closing {
		r := &RuntimeCM{Async: async, EnterResult: cm.Yield, As: cm.Yield, ExitAwaits: async, ExitResult: None}
		return &CtxMgr{Async: async, Runtime: r, As: cm.Yield, EnterResult: cm.Yield, ExitResult: None}
	}
	r := &RuntimeCM{Async: async, EnterAwaits: async, EnterResult: cm.Yield, As: cm.Yield, ExitTakesExc: true, ExitAwaits: async, ExitResult: Bool}
	return &CtxMgr{Async: async, Runtime: r, As: cm.Yield, EnterResult: cm.Yield, ExitResult: Bool}
}

// genMethod types the methods of generator objects and iterators; ok is
// false for other receivers. With x nil it only reports existence.
func (c *checker) genMethod(recv Type, name string, x *ast.Call) (Type, bool) {
	var res Type
	var params []Type
	switch r := recv.(type) {
	case *Generator:
		if r.Async {
			switch name {
			case "__anext__":
				res = &Coroutine{r.Yield}
			case "asend":
				res, params = &Coroutine{r.Yield}, []Type{r.Send}
			case "athrow":
				res, params = &Coroutine{r.Yield}, []Type{nil}
			case "aclose":
				res = &Coroutine{None}
			case "__aiter__":
				res = r
			}
		} else {
			switch name {
			case "__next__":
				res = r.Yield
			case "send":
				res, params = r.Yield, []Type{r.Send}
			case "throw":
				res, params = r.Yield, []Type{nil}
			case "close":
				res = None
			case "__iter__":
				res = r
			}
		}
	case *Iterator:
		switch name {
		case "__next__":
			res = r.Elem
		case "__iter__":
			res = r
		}
	case *AsyncIterator:
		switch name {
		case "__anext__":
			res = &Coroutine{r.Elem}
		case "__aiter__":
			res = r
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
	if !c.nargs(x, name, len(params), len(params)) {
		return res, true
	}
	for i, p := range params {
		if p == nil { // an exception instance or class
			t := c.expr(x.Args[i])
			switch et := t.(type) {
			case *Class:
				if et.IsExc {
					continue
				}
			case *ClassRef:
				if et.Class.IsExc {
					continue
				}
			case nil:
				continue
			}
			c.errorf(x.Args[i].Position(), "%s() needs an exception, not %s", name, t)
			continue
		}
		if t := c.exprWant(x.Args[i], p); t != nil && t != None { // send(None) is next()
			c.assignable(t, p, x.Args[i], "argument to "+name)
		}
	}
	return res, true
}

// asyncGenMethod reports an `async def` method with yield in its body: an
// async generator function, which a call returns the generator of (no
// await), as `async def __aiter__(self) -> AsyncIterator[T]: ... yield`.
func asyncGenMethod(m *Method) bool {
	d, ok := m.Def.(*ast.FuncDef)
	return ok && m.IsAsync && containsYield(d.Body)
}

// callIter types iter(f, sentinel): an iterator calling f until it returns
// a value equal to sentinel. With a None sentinel and f returning T | None,
// the elements are T (typeshed's overload).
func (c *checker) callIter(x *ast.Call) Type {
	ft, ok := c.exprWant(x.Args[0], &Func{Ret: &AnyType{"Any"}}).(*Func)
	st := c.expr(x.Args[1])
	if !ok || len(ft.Params) > 0 || ft.Ret == nil || ft.Ret == None {
		c.errorf(x.Args[0].Position(), "iter(f, sentinel) needs a function of no arguments returning a value")
		return nil
	}
	if o, ok := ft.Ret.(*Optional); ok && st == None {
		return &Iterator{o.Elem}
	}
	return &Iterator{ft.Ret}
}

// sentType is the type of the value of the yield expression x: the send
// type, or the send type | None for the yields noneSeenYields finds.
func (c *checker) sentType(gi *GenInfo, x *ast.Yield) Type {
	if !gi.scanned {
		gi.scanned = true
		if c.fn != nil && c.fn.Def != nil && !gi.Async {
			gi.noneYields = noneSeenYields(c.fn.Def.Body, gi.Send)
		}
	}
	if gi.noneYields[x] {
		c.info.SentNone[x] = true
		return &Optional{Elem: gi.Send}
	}
	return gi.Send
}

// noneSeenYields finds the yields of a generator body whose value the
// program tests against None although the send type excludes it: a
// generator resumed by next() or a for loop receives None at its yield
// whatever its send type says (`got = yield avg` then `if got is None:`,
// which mypy accepts and does not check further). Such a yield's value is
// typed send | None, so the test and what follows it see what CPython
// sees. Only a local bound by nothing but `name = yield ...` statements
// qualifies; other yields keep the send type.
func noneSeenYields(body []ast.Stmt, send Type) map[*ast.Yield]bool {
	if send == nil || AdmitsNone(send) {
		return nil
	}
	tested := map[string]bool{}
	yields := map[string][]*ast.Yield{}
	other := map[string]bool{} // names bound otherwise
	isNone := func(e ast.Expr) bool { _, ok := e.(*ast.NoneLit); return ok }
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncDef, *ast.Lambda, *ast.ClassDef:
				return false
			case *ast.Compare:
				if len(x.Ops) == 1 && len(x.Comparators) == 1 {
					switch x.Ops[0] {
					case "is", "is not", "==", "!=":
						l, r := x.Left, x.Comparators[0]
						if isNone(l) {
							l, r = r, l
						}
						if name, ok := l.(*ast.Name); ok && isNone(r) {
							tested[name.ID] = true
						}
					}
				}
			case *ast.Assign:
				if len(x.Targets) == 1 {
					if name, ok := x.Targets[0].(*ast.Name); ok {
						if y, ok := x.Value.(*ast.Yield); ok {
							yields[name.ID] = append(yields[name.ID], y)
							return true
						}
					}
				}
				for _, t := range x.Targets {
					markBound(t, other)
				}
			case *ast.AnnAssign:
				markBound(x.Target, other)
			case *ast.AugAssign:
				markBound(x.Target, other)
			case *ast.For:
				markBound(x.Target, other)
			case *ast.NamedExpr:
				markBound(x.Target, other)
			case *ast.Comprehension:
				markBound(x.Target, other)
			case *ast.WithItem:
				if x.Target != nil {
					markBound(x.Target, other)
				}
			case *ast.ExceptHandler:
				if x.Name != "" {
					other[x.Name] = true
				}
			case *ast.Global:
				for _, n := range x.Names {
					other[n] = true
				}
			case *ast.Nonlocal:
				for _, n := range x.Names {
					other[n] = true
				}
			}
			return true
		})
	}
	var out map[*ast.Yield]bool
	for name, ys := range yields {
		if !tested[name] || other[name] {
			continue
		}
		if out == nil {
			out = map[*ast.Yield]bool{}
		}
		for _, y := range ys {
			out[y] = true
		}
	}
	return out
}

// markBound records the names a binding target binds.
func markBound(t ast.Expr, names map[string]bool) {
	ast.Inspect(t, func(n ast.Node) bool {
		if name, ok := n.(*ast.Name); ok {
			names[name.ID] = true
		}
		return true
	})
}

// AdmitsNone reports whether a value of type t may be None: None itself,
// an optional type, object.
func AdmitsNone(t Type) bool {
	switch t.(type) {
	case *Optional, *AnyType:
		return true
	}
	return t == None
}

// sentWant is the type of the yield y whose value goes where want is
// expected: where an optional type is expected (x: int | None = yield v),
// the value is send | None even if the send type excludes None, since
// next() and for loops resume the generator with None.
func (c *checker) sentWant(y *ast.Yield, t, want Type) Type {
	gi := c.fn.Gen
	if _, opt := want.(*Optional); !opt || gi == nil || gi.Async || AdmitsNone(t) || t != gi.Send {
		return t
	}
	c.info.SentNone[y] = true
	return &Optional{Elem: t}
}
