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
	lam    *ast.Lambda
	fi     *FuncInfo
	name   *ast.Name // the variable, where it was bound
	sc     *scope
	fn     *FuncInfo
	narrow map[narrowKey]Type
}

// lambda types a lambda expression; want gives its parameter types.
func (c *checker) lambda(x *ast.Lambda, want Type) Type {
	wf, _ := want.(*Func)
	fi, n := c.lambdaInfo(x)
	if fi == nil {
		return nil
	}
	if wf == nil && n == 0 {
		wf = &Func{Ret: &AnyType{"Any"}} // lambda: expr needs no parameter types
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
	rt := c.exprWant(x.Body, rw)
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
	wf, _ := Unalias(want).(*Func)
	if wf == nil || len(wf.Params) != len(pl.lam.Params) || !concreteParams(wf) {
		c.errorf(n.Pos, "cannot infer the parameter types of the lambda assigned to %s: pass it where a Callable is expected before any other use, or annotate %s (for example %s: Callable[[int], int] = lambda ...)", n.ID, n.ID, n.ID)
		if c.speculating == 0 {
			delete(c.pendingLambdas, sym)
			sym.Type = nil
			c.poisonSym(sym) // diag.go: its later uses report nothing more
		}
		return false
	}
	saveFn, saveSc, saveNarrow := c.fn, c.sc, c.narrow
	c.fn, c.sc, c.narrow = pl.fn, pl.sc, pl.narrow
	nerr := len(c.errs)
	t := c.lambdaBody(pl.fi, pl.lam, wf)
	c.fn, c.sc, c.narrow = saveFn, saveSc, saveNarrow
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
