package check

import "github.com/aiogo/aiogo/ast"

// A display holding lambdas assigned to an unannotated local (ops =
// {"+": lambda a, b: a + b, "-": lambda a, b: a - b}; rows = [("max",
// lambda a, b: max(a, b))]) gives its lambdas no parameter types where it
// is written: mypy types their parameters Any, and accepts the variable
// where a collection of Callables is declared (apply(ops, "+"), return
// rows from a function declared -> list[tuple[str, Op]]). The checker
// defers the display like a lambda (lambdavar.go): the variable's type is
// a placeholder container, and the display is typed when the variable is
// first used where a type is expected, in the scope and with the narrowing
// of its definition; the placeholder is then completed in place. Any other
// first use (calling ops[k](a, b), which mypy --strict rejects as a call
// of an untyped function) is refused, and so is a display never so used.

// deferDisplay types value, a display holding lambdas, assigned to the
// unannotated local n: the display waits for a use (ok false: not such a
// display).
func (c *checker) deferDisplay(n *ast.Name, value ast.Expr) (Type, bool) {
	if c.fn == nil || c.fn == c.info.Module || c.speculating > 0 || !holdsLambda(value) {
		return nil, false
	}
	var ph Type
	switch value.(type) {
	case *ast.ListExpr:
		ph = &List{}
	case *ast.DictExpr:
		ph = &Dict{}
	case *ast.SetExpr:
		ph = &Set{}
	case *ast.TupleExpr:
		ph = &Tuple{}
	default:
		return nil, false
	}
	sym := c.lookup(n.ID)
	if sym == nil || sym.Kind != SymVar || sym.Type != nil || sym.Owner != c.fn || c.poisoned[sym] {
		return nil, false
	}
	if c.pendingLambdas == nil {
		c.pendingLambdas = map[*Symbol]*pendingLambda{}
	}
	c.pendingLambdas[sym] = &pendingLambda{disp: value, dph: ph, name: n, sc: c.sc, fn: c.fn, narrow: c.copyNarrow()}
	return ph, true
}

// endDeferDisplay keeps the placeholder of a deferred display from being
// read as an empty collection waiting for its element type (partial.go).
func (c *checker) endDeferDisplay(n *ast.Name) {
	if sym := c.lookup(n.ID); sym != nil && c.pendingLambdas[sym] != nil {
		delete(c.partial, sym)
	}
}

// holdsLambda reports a display with a lambda taking parameters among its
// items (in nested displays too).
func holdsLambda(e ast.Expr) bool {
	var elems []ast.Expr
	switch x := e.(type) {
	case *ast.Lambda:
		return len(x.Params) > 0
	case *ast.ListExpr:
		elems = x.Elems
	case *ast.SetExpr:
		elems = x.Elems
	case *ast.TupleExpr:
		elems = x.Elems
	case *ast.DictExpr:
		for _, k := range x.Keys {
			if k == nil {
				return false // {**other, ...}
			}
		}
		elems = append(append(elems, x.Keys...), x.Values...)
	}
	for _, el := range elems {
		if _, ok := el.(*ast.Starred); ok {
			return false
		}
	}
	for _, el := range elems {
		if holdsLambda(el) {
			return true
		}
	}
	return false
}

// displayMsg is the refusal of a deferred display no use types; its
// example annotation has the display's kind.
func displayMsg(name string, disp ast.Expr) string {
	example := "dict[str, Callable[[int, int], int]] = {...}"
	switch disp.(type) {
	case *ast.ListExpr:
		example = "list[Callable[[int], int]] = [...]"
	case *ast.TupleExpr:
		example = "tuple[Callable[[int], int], ...] = (...)"
	}
	return "cannot infer the parameter types of the lambdas in the display assigned to " + name +
		": pass " + name + " where its type is declared (an argument, a return, an annotated variable) before any other use, or annotate " + name +
		" (for example " + name + ": " + example + ")"
}

// displayWantOf is the type the display e is typed with when its variable
// is used where want is expected: want itself for a container of the
// display's kind, a list, set or tuple of a protocol's elements
// (displayWant), a dict for a Mapping; nil when the use gives no such type.
func displayWantOf(e ast.Expr, want Type) Type {
	want = Unalias(want)
	if o, ok := want.(*Optional); ok {
		want = Unalias(o.Elem)
	}
	want = displayWant(e, want) // abstract.go: Sequence[Op] -> list[Op]
	switch w := want.(type) {
	case *List:
		if _, ok := e.(*ast.ListExpr); ok && w.Elem != nil {
			return w
		}
	case *Set:
		if _, ok := e.(*ast.SetExpr); ok && w.Elem != nil {
			return w
		}
	case *Tuple:
		if _, ok := e.(*ast.TupleExpr); ok && len(w.Elems) > 0 {
			return w
		}
	case *Dict:
		if _, ok := e.(*ast.DictExpr); ok && w.Key != nil && w.Val != nil {
			return &Dict{Key: w.Key, Val: w.Val}
		}
	}
	return nil
}

// useDeferredDisplay types the deferred display of sym from want, the
// type its first use expects, and completes the variable's type.
func (c *checker) useDeferredDisplay(n *ast.Name, sym *Symbol, pl *pendingLambda, want Type) bool {
	return c.completeDisplay(n, sym, pl, displayWantOf(pl.disp, want))
}

// useDeferredItem completes a deferred display whose item is the first
// use, where a Callable is expected (sorted(people, key=orders[mode]),
// filter(picks[0], xs)): the display is typed as a dict (list) of that
// Callable.
func (c *checker) useDeferredItem(e ast.Expr, want Type) {
	sub, ok := e.(*ast.Subscript)
	if !ok || len(c.pendingLambdas) == 0 {
		return
	}
	n, ok := sub.Value.(*ast.Name)
	if !ok {
		return
	}
	sym := c.lookup(n.ID)
	pl := c.pendingLambdas[sym]
	if pl == nil || pl.disp == nil {
		return
	}
	if o, ok := want.(*Optional); ok {
		want = Unalias(o.Elem) // key: Callable[[T], K] | None
	}
	wf, ok := want.(*Func)
	if !ok || !concreteParams(wf) {
		return // the name's own use reports it
	}
	if _, isSlice := sub.Index.(*ast.Slice); isSlice {
		return
	}
	var w Type
	switch pl.disp.(type) {
	case *ast.DictExpr:
		w = &Dict{Val: wf}
	case *ast.ListExpr:
		w = &List{Elem: wf}
	default:
		return
	}
	c.completeDisplay(n, sym, pl, w)
}

// completeDisplay types the deferred display of sym as w and completes the
// variable's type (nil w: no type fits the use, reported).
func (c *checker) completeDisplay(n *ast.Name, sym *Symbol, pl *pendingLambda, w Type) bool {
	if w == nil {
		c.errorf(n.Pos, "%s", displayMsg(n.ID, pl.disp))
		c.abandonPending(sym)
		return false
	}
	nerr := len(c.errs)
	var t Type
	c.within(pl.fn, pl.sc, pl.narrow, func() { t = c.exprWant(pl.disp, w) })
	ok := t != nil && len(c.errs) == nerr
	if ok {
		switch ph := pl.dph.(type) {
		case *List:
			tl, isList := t.(*List)
			ok = isList
			if ok {
				*ph = *tl
			}
		case *Set:
			ts, isSet := t.(*Set)
			ok = isSet
			if ok {
				*ph = *ts
			}
		case *Dict:
			td, isDict := t.(*Dict)
			ok = isDict && !td.ReadOnly
			if ok {
				*ph = *td
			}
		case *Tuple:
			tt, isTuple := t.(*Tuple)
			ok = isTuple
			if ok {
				*ph = *tt
			}
		}
		if ok {
			c.info.Types[pl.disp] = pl.dph
			delete(c.pendingLambdas, sym) // the stores read the variable as typed
			ok = c.typeDeferredStores(pl)
			c.pendingLambdas[sym] = pl
		}
	}
	if c.speculating > 0 {
		// A speculative check (flow.go) rolls back the types it records:
		// the display stays deferred, typed again by the next use.
		return ok
	}
	delete(c.pendingLambdas, sym)
	if !ok {
		if len(c.errs) == nerr {
			c.errorf(n.Pos, "%s", displayMsg(n.ID, pl.disp))
		}
		sym.Type = nil
		c.poisonSym(sym)
		return false
	}
	return true
}

// deferStore defers st, a store of a lambda (or a display holding one)
// into a deferred dict display (ops["*"] = lambda a, b: a * b) before the
// display's first use: it is typed with the display. False when st is no
// such store.
func (c *checker) deferStore(st *ast.Assign) bool {
	if len(st.Targets) != 1 || len(c.pendingLambdas) == 0 || c.speculating > 0 {
		return false
	}
	sub, ok := st.Targets[0].(*ast.Subscript)
	if !ok || !(isLambda(st.Value) && len(st.Value.(*ast.Lambda).Params) > 0 || holdsLambda(st.Value)) {
		return false
	}
	if _, isSlice := sub.Index.(*ast.Slice); isSlice {
		return false
	}
	n, ok := sub.Value.(*ast.Name)
	if !ok {
		return false
	}
	pl := c.pendingLambdas[c.lookup(n.ID)]
	if pl == nil || pl.disp == nil || pl.fn != c.fn {
		return false
	}
	if _, ok := pl.disp.(*ast.DictExpr); !ok {
		return false
	}
	if d, ok := pl.dph.(*Dict); !ok || d.Key != nil {
		return false // being completed: the store is typed now (typeDeferredStores)
	}
	pl.stores = append(pl.stores, deferredStore{st: st, sc: c.sc, narrow: c.copyNarrow()})
	return true
}

// typeDeferredStores types the stores deferred with pl's display, now
// that its type is known; false when one has an error (reported).
func (c *checker) typeDeferredStores(pl *pendingLambda) bool {
	ok := true
	for _, ds := range pl.stores {
		nerr := len(c.errs)
		c.within(pl.fn, ds.sc, ds.narrow, func() { c.stmt(ds.st) })
		if len(c.errs) > nerr {
			ok = false
		}
	}
	if c.speculating == 0 {
		pl.stores = nil
	}
	return ok
}
