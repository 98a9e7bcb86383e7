package check

import "github.com/aiogo/aiogo/ast"

// A lambda takes its parameter types from where it is used: a
// Callable-typed variable or parameter, key=, a callback argument. A lambda
// assigned to an unannotated local (cb = lambda f: out.append(f.result()))
// has no such context where it is written; mypy gives its parameters type
// Any and accepts passing it where a Callable is expected
// (t.add_done_callback(cb), sorted(xs, key=cb)). The checker defers such a
// lambda, like a partial type (partial.go): its parameter types come from
// the first use that passes the variable where a Callable of as many
// parameters is expected, and its body is checked then, in the scope and
// with the narrowing of its definition. Its signature object is completed
// in place, so every expression already typed with it sees the types. Any
// other first use (a call cb(x), which mypy --strict rejects as a call of
// an untyped function, or a store into an untyped place) is refused, and so
// is a lambda never so used.

// pendingLambda is a lambda assigned to a local whose parameter types are
// not known yet.
type pendingLambda struct {
	lam *ast.Lambda
	// ie is a conditional expression choosing between callables (lam is
	// nil); ph is the type the variable was given, completed in place.
	ie     *ast.IfExp
	ph     *Func
	fi     *FuncInfo
	name   *ast.Name // the variable, where it was bound
	sc     *scope
	fn     *FuncInfo
	narrow map[narrowKey]Type
	// disp is a display holding lambdas (ops = {"+": lambda a, b: a + b});
	// dph is the variable's type, completed in place (lam is nil).
	disp ast.Expr
	dph  Type
	// stores are the items stored into the deferred dict display before
	// its use (ops["*"] = lambda a, b: a * b), typed with it.
	stores []deferredStore
}

// deferredStore is an item stored into a deferred display, with the scope
// and narrowing where it is written.
type deferredStore struct {
	st     *ast.Assign
	sc     *scope
	narrow map[narrowKey]Type
}

// lambda types a lambda expression; want gives its parameter types.
func (c *checker) lambda(x *ast.Lambda, want Type) Type {
	if o, ok := want.(*Optional); ok {
		want = o.Elem // pred: Callable[[str], bool] | None = None
	}
	wf, _ := want.(*Func)
	fi, n := c.lambdaInfo(x)
	if fi == nil {
		return nil
	}
	if u, ok := want.(*Union); ok && wf == nil {
		wf = unionParams(u, n) // a handler that may be sync or async: the members' common parameters
	}
	if wf == nil && n == 0 {
		wf = &Func{Ret: &AnyType{"Any"}} // lambda: expr needs no parameter types
	}
	if t, ok := c.lambdaCapture(x, fi, wf, n); ok { // lambdadefaults.go: lambda i=i: ...
		return t
	}
	if wf == nil || len(wf.Params) != n {
		c.errorf(x.Pos, "cannot infer the parameter types of this lambda: assign it to a Callable-typed variable or parameter")
		return nil
	}
	return c.lambdaBody(fi, x, wf)
}

// lambdaInfo makes the function of lambda x; n is its parameter count
// (fi nil: an unsupported parameter, reported).
func (c *checker) lambdaInfo(x *ast.Lambda) (fi *FuncInfo, n int) {
	fi = newFuncInfo("<lambda>", c.fn)
	fi.Lambda = x
	c.info.Lambdas[x] = fi
	c.fn.Nested = append(c.fn.Nested, fi)
	fi.Sig = &Func{}
	c.paramList(x.Params) // params.go
	for _, p := range x.Params {
		if p.Kind != "" {
			c.errorf(p.Pos, "unsupported lambda parameter")
			return nil, 0
		}
		n++
	}
	return fi, n
}

// lambdaBody checks the body of lambda x (function fi) with the parameter
// types of wf, in the current scope, and completes fi.Sig in place. It may
// run again on the same lambda (a deferred one first checked
// speculatively): it starts afresh.
func (c *checker) lambdaBody(fi *FuncInfo, x *ast.Lambda, wf *Func) Type {
	fi.Sig.Params, fi.Sig.Ret = nil, nil
	fi.Params, fi.Locals, fi.unique, fi.RetType = nil, nil, map[string]int{}, nil
	for i, p := range x.Params {
		fi.Sig.Params = append(fi.Sig.Params, Param{Name: p.Name, Type: wf.Params[i].Type})
	}
	saveFn, saveSc, saveNarrow := c.fn, c.sc, c.narrow
	s := &scope{names: map[string]*Symbol{}, parent: c.sc, fn: fi}
	fi.scope = s
	c.fn, c.sc, c.narrow = fi, s, c.copyNarrow()
	for i, p := range x.Params {
		sym := c.declare(s, &Symbol{Name: p.Name, Kind: SymVar, Type: wf.Params[i].Type, Param: true, Pos: p.Pos})
		c.info.Defs[p] = sym
		fi.Params = append(fi.Params, sym)
	}
	var rw Type
	if wf.Ret != nil {
		if _, ok := wf.Ret.(*AnyType); !ok {
			rw = wf.Ret
		}
	}
	rt := c.liveView(x.Body, c.exprWant(x.Body, rw)) // dictviews.go
	c.fn, c.sc, c.narrow = saveFn, saveSc, saveNarrow
	if rt == nil {
		return nil
	}
	if rw != nil {
		if rw == None {
			rt = None
		} else {
			c.assignable(rt, rw, x.Body, "lambda result")
			rt = rw
		}
	}
	fi.Sig.Ret = rt
	fi.RetType = rt
	return fi.Sig
}

// deferLambda types value (cb = lambda f: ...) assigned to the
// unannotated local n when the lambda's parameter types are unknown: the
// lambda waits for its first use (ok false: not such a lambda).
func (c *checker) deferLambda(n *ast.Name, value ast.Expr) (Type, bool) {
	lam, ok := value.(*ast.Lambda)
	if !ok || len(lam.Params) == 0 || c.fn == nil || c.fn == c.info.Module || c.speculating > 0 {
		return nil, false
	}
	sym := c.lookup(n.ID)
	if sym == nil || sym.Kind != SymVar || sym.Type != nil || sym.Owner != c.fn || c.poisoned[sym] {
		return nil, false
	}
	for _, p := range lam.Params {
		if p.Kind != "" || p.Default != nil {
			return nil, false
		}
	}
	fi, _ := c.lambdaInfo(lam)
	if fi == nil {
		return nil, true
	}
	if c.pendingLambdas == nil {
		c.pendingLambdas = map[*Symbol]*pendingLambda{}
	}
	c.pendingLambdas[sym] = &pendingLambda{lam: lam, fi: fi, name: n, sc: c.sc, fn: c.fn, narrow: c.copyNarrow()}
	c.info.Types[lam] = fi.Sig
	return fi.Sig, true
}

// useDeferredLambda completes the deferred lambda that e names, if any,
// from want, the type its use expects; false when e names one that want
// cannot complete (reported).
func (c *checker) useDeferredLambda(e ast.Expr, want Type) bool {
	n, ok := e.(*ast.Name)
	if !ok || len(c.pendingLambdas) == 0 {
		return true
	}
	sym := c.lookup(n.ID)
	pl := c.pendingLambdas[sym]
	if pl == nil {
		return true
	}
	if pl.disp != nil {
		return c.useDeferredDisplay(n, sym, pl, want) // lambdadisplay.go
	}
	wf, _ := Unalias(want).(*Func)
	if pl.ie != nil {
		return c.useDeferredIfExp(n, sym, pl, wf)
	}
	if wf == nil || len(wf.Params) != len(pl.lam.Params) || !concreteParams(wf) {
		c.errorf(n.Pos, "cannot infer the parameter types of the lambda assigned to %s: pass it where a Callable is expected before any other use, or annotate %s (for example %s: Callable[[int], int] = lambda ...)", n.ID, n.ID, n.ID)
		c.abandonPending(sym)
		return false
	}
	nerr := len(c.errs)
	var t Type
	c.within(pl.fn, pl.sc, pl.narrow, func() { t = c.lambdaBody(pl.fi, pl.lam, wf) })
	if c.speculating > 0 {
		// A speculative check (flow.go) rolls back the types it records:
		// the lambda stays deferred, checked again by the next use.
		return t != nil
	}
	delete(c.pendingLambdas, sym)
	if t == nil || len(c.errs) > nerr {
		sym.Type = nil
		c.poisonSym(sym) // diag.go: the lambda's error was reported
		return false
	}
	return true
}

// concreteParams reports a signature whose parameter types are all known.
func concreteParams(f *Func) bool {
	for _, p := range f.Params {
		if p.Type == nil {
			return false
		}
		if _, ok := p.Type.(*AnyType); ok {
			return false
		}
	}
	return true
}

// endDeferredLambdas reports the deferred lambdas of fi never used where
// a Callable is expected.
func (c *checker) endDeferredLambdas(fi *FuncInfo) {
	for sym, pl := range c.pendingLambdas {
		if pl.fn != fi {
			continue
		}
		delete(c.pendingLambdas, sym)
		if pl.ie != nil {
			continue // never used: nothing generated for it needs its type
		}
		if pl.disp != nil {
			c.errorf(pl.name.Pos, "%s", displayMsg(pl.name.ID, pl.disp))
			continue
		}
		c.errorf(pl.lam.Pos, "cannot infer the parameter types of this lambda: assign it to a Callable-typed variable or parameter")
	}
}

// isLambda reports a lambda expression.
func isLambda(e ast.Expr) bool {
	_, ok := e.(*ast.Lambda)
	return ok
}

// isDeferredLambda reports a name bound to a lambda whose parameter types
// wait for a use.
func (c *checker) isDeferredLambda(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	return ok && len(c.pendingLambdas) > 0 && c.pendingLambdas[c.lookup(n.ID)] != nil
}

// callableValue reports a built-in callable of its own identity (max, a
// method of a built-in type): what a conditional expression choosing
// between two of them can only be typed from its use.
func callableValue(t Type) bool {
	switch x := t.(type) {
	case *BuiltinFunc, *UnboundMethod:
		return true
	case *BoundMethod:
		return x.Method == nil && !x.Super
	}
	return false
}

// eitherCallableValue reports two branch types of which one is a
// built-in callable and the other one too or a function.
func eitherCallableValue(a, b Type) bool {
	isFunc := func(t Type) bool {
		_, ok := t.(*Func)
		return ok
	}
	return callableValue(a) && (callableValue(b) || isFunc(b)) || callableValue(b) && isFunc(a)
}

// deferredIfExp types the conditional expression ie bound to the
// unannotated local n. Choosing between built-in callables of different
// identity (max if largest else min), it has no type of its own: mypy
// joins their signatures. The variable then waits, like a lambda, for its
// first use: passed where a Callable is expected, or called (pick(xs)).
func (c *checker) deferredIfExp(n *ast.Name, ie *ast.IfExp) Type {
	sym := c.lookup(n.ID)
	fresh := sym != nil && sym.Kind == SymVar && sym.Type == nil && sym.Owner == c.fn &&
		c.fn != nil && c.fn != c.info.Module && c.speculating == 0
	if fresh {
		saveD, saveF := c.deferring, c.deferredIf
		c.deferring, c.deferredIf = ie, nil
		defer func() { c.deferring, c.deferredIf = saveD, saveF }()
	}
	t := c.exprWant(ie, nil)
	if !fresh || c.deferredIf == nil || t != c.deferredIf {
		return t
	}
	if c.pendingLambdas == nil {
		c.pendingLambdas = map[*Symbol]*pendingLambda{}
	}
	c.pendingLambdas[sym] = &pendingLambda{ie: ie, ph: c.deferredIf, name: n, sc: c.sc, fn: c.fn, narrow: c.copyNarrow()}
	return t
}

// deferIfExp is the placeholder type of a conditional expression that
// waits for its use (deferredIfExp).
func (c *checker) deferIfExp() Type {
	c.deferredIf = &Func{}
	return c.deferredIf
}

// useDeferredIfExp completes the deferred conditional expression of sym
// from wf, the Callable its use expects.
func (c *checker) useDeferredIfExp(n *ast.Name, sym *Symbol, pl *pendingLambda, wf *Func) bool {
	if wf == nil || !concreteParams(wf) {
		c.errorf(n.Pos, "cannot infer the type of the function %s chooses: pass it where a Callable is expected or call it before any other use, or annotate %s", n.ID, n.ID)
		c.abandonPending(sym)
		return false
	}
	var t Type
	c.within(pl.fn, pl.sc, pl.narrow, func() { t = c.exprWant(pl.ie, wf) })
	if c.speculating > 0 {
		return t != nil
	}
	delete(c.pendingLambdas, sym)
	f, ok := t.(*Func)
	if !ok {
		sym.Type = nil
		c.poisonSym(sym)
		return false
	}
	*pl.ph = *f
	c.info.Types[pl.ie] = pl.ph
	return true
}

// callWant is the Callable a call f(args) of a deferred conditional
// expression expects: its arguments' types (read without recording them),
// or nil.
func (c *checker) callWant(x *ast.Call) *Func {
	n, ok := x.Func.(*ast.Name)
	if !ok || len(c.pendingLambdas) == 0 {
		return nil
	}
	pl := c.pendingLambdas[c.lookup(n.ID)]
	if pl == nil || pl.ie == nil {
		return nil
	}
	if len(x.Keywords) > 0 {
		return c.callWantKw(x, pl.ie)
	}
	w := &Func{Ret: &AnyType{"Any"}}
	for _, a := range x.Args {
		var t Type
		switch a := a.(type) {
		case *ast.IntLit:
			t = Int
		case *ast.StrLit:
			t = Str
		case *ast.FloatLit:
			t = Float
		case *ast.Name, *ast.Attribute:
			t = c.peekType(a)
		case *ast.Starred:
			return nil
		}
		if t == nil && c.fn != nil {
			// Typed speculatively (flow.go): what it records is rolled
			// back, and the call types it again.
			c.speculate(func() { t = c.expr(a) })
		}
		if t == nil {
			return nil
		}
		w.Params = append(w.Params, Param{Type: t})
	}
	return w
}

// unionParams is a Func with the parameter types that every member of a
// union of callables taking n parameters shares, its result left to the
// lambda's body (Callable[[E], None] | Callable[[E], Awaitable[None]]);
// nil when the members disagree.
func unionParams(u *Union, n int) *Func {
	if f := soleFuncMember(u, n); f != nil {
		return f
	}
	var first *Func
	for _, m := range u.Types {
		f, ok := m.(*Func)
		if !ok || len(f.Params) != n {
			return nil
		}
		if first == nil {
			first = f
			continue
		}
		for i := range f.Params {
			if !Identical(f.Params[i].Type, first.Params[i].Type) {
				return nil
			}
		}
	}
	if first == nil {
		return nil
	}
	return &Func{Params: first.Params}
}

// calledLambdaWant is the signature a lambda called where it is written
// takes from the call ((lambda m, h: lambda r: m(r, h))(mw, handler), the
// loop-variable capture idiom): its parameters have the types of the
// arguments, its result the type the call is expected to have (want, or
// none). Nil when x does not call a lambda with one plain positional
// argument per plain parameter, or an argument's type is not known.
func (c *checker) calledLambdaWant(x *ast.Call, want Type) *Func {
	lam, ok := x.Func.(*ast.Lambda)
	if !ok || len(lam.Params) == 0 || len(lam.Params) != len(x.Args) || len(x.Keywords) > 0 {
		return nil
	}
	for _, p := range lam.Params {
		if p.Kind != "" || p.Default != nil {
			return nil
		}
	}
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			return nil
		}
	}
	wf := &Func{Ret: want}
	c.speculate(func() {
		for _, a := range x.Args {
			t := c.expr(a)
			if t == nil || isUnknownEmpty(t) {
				wf = nil
				return
			}
			wf.Params = append(wf.Params, Param{Name: "", Type: t})
		}
	})
	return wf
}

// soleFuncMember is the one Callable member of u taking n parameters (any
// number for n < 0) when
// u's other members are not callables (Value = int | str |
// Callable[[list[Value]], Value] | list[Value]: a lambda stored as a Value
// is that Callable, as mypy types it from the context); nil otherwise.
func soleFuncMember(u *Union, n int) *Func {
	var found *Func
	for _, m := range u.Types {
		switch x := m.(type) {
		case *Func:
			if found != nil || n >= 0 && len(x.Params) != n {
				return nil
			}
			found = x
		case *Basic, *List, *Dict, *Set, *Tuple:
		case *Class:
			if x.LookupMethod("__call__") != nil {
				return nil
			}
		default:
			return nil
		}
	}
	return found
}

// callWantKw is callWant for a call with keyword arguments (pick(xs,
// key=len), pick = max if largest else min): the arguments are typed as
// the call of the first branch types them (a key function takes its type
// from the callable it is passed to), speculatively; the keywords become
// keyword-only parameters of the Callable, passed by name to each branch.
func (c *checker) callWantKw(x *ast.Call, ie *ast.IfExp) *Func {
	if c.fn == nil {
		return nil
	}
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			return nil
		}
	}
	seen := map[string]bool{}
	for _, k := range x.Keywords {
		if k.Name == "" || seen[k.Name] {
			return nil // **kw, or a repeated keyword (reported by the call)
		}
		seen[k.Name] = true
	}
	callee := c.spelling(ie.Body)
	if callee == nil {
		return nil
	}
	var w *Func
	c.speculate(func() {
		nerr := len(c.errs)
		via := &ast.Call{Pos: x.Pos, Func: callee, Args: x.Args, Keywords: x.Keywords}
		if c.call(via, nil) == nil || len(c.errs) > nerr {
			c.errs = c.errs[:nerr]
			return
		}
		f := &Func{Ret: &AnyType{"Any"}}
		for _, a := range x.Args {
			t := c.info.Types[a]
			if t == nil {
				return
			}
			f.Params = append(f.Params, Param{Type: t})
		}
		for _, k := range x.Keywords {
			t := c.info.Types[k.Value]
			if t == nil {
				return
			}
			f.Params = append(f.Params, Param{Name: k.Name, Type: t, KwOnly: true})
		}
		w = f
	})
	return w
}

// within runs f in function fn, scope sc and narrowing state narrow (where
// a deferred value was bound), then restores the checker's own.
func (c *checker) within(fn *FuncInfo, sc *scope, narrow map[narrowKey]Type, f func()) {
	saveFn, saveSc, saveNarrow := c.fn, c.sc, c.narrow
	c.fn, c.sc, c.narrow = fn, sc, narrow
	defer func() { c.fn, c.sc, c.narrow = saveFn, saveSc, saveNarrow }()
	f()
}

// abandonPending gives up on the deferred value of sym after a use that
// found no type for it (reported): outside a speculative check the
// variable is forgotten and poisoned, so its later uses report nothing more
// (diag.go).
func (c *checker) abandonPending(sym *Symbol) {
	if c.speculating == 0 {
		delete(c.pendingLambdas, sym)
		sym.Type = nil
		c.poisonSym(sym)
	}
}
