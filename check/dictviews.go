package check

import "github.com/aiogo/aiogo/ast"

// Dict views that outlive the expression creating them (ks = d.keys(),
// return self.index.items(), total(prices.values())) are live views of the
// dict, as in CPython: re-iterable, sized, seeing later changes of the
// dict, printed as dict_keys([...]). Their type is the protocol typeshed's
// view classes implement: KeysView[K] and ItemsView[K, V] are
// AbstractSet[K] and AbstractSet[tuple[K, V]] (the set operators and
// comparisons apply), ValuesView[V] is Collection[V]. codegen makes them
// py.SeqOfDictKeys... A view used where it is written (for k in d.keys(),
// d.keys() & s) stays the dict's iterator.

// LiveViewKind returns the kind of dict view ("keys", "values" or "items")
// a call d.keys()/d.values()/d.items() stored or passed where the protocol
// to is expected stands for (codegen passes a live view of d:
// py.SeqOfDictValues...), or "".
func LiveViewKind(e ast.Expr, to Type, types map[ast.Expr]Type) string {
	ta, ok := Unalias(to).(*Abstract)
	if !ok || ta.Kind == ASequence || !IsDictViewCall(e, types) {
		return ""
	}
	kind := e.(*ast.Call).Func.(*ast.Attribute).Attr
	if ta.Kind == ASet && kind == "values" {
		return "" // a values view is no set
	}
	return kind
}

// DictViewType is the type of the live view a dict view call e stands for
// where it is stored (KeysView[K] as AbstractSet[K]...), or nil when e is
// no dict view call.
func DictViewType(e ast.Expr, types map[ast.Expr]Type) *Abstract {
	if e == nil || !IsDictViewCall(e, types) {
		return nil
	}
	at := e.(*ast.Call).Func.(*ast.Attribute)
	dt := Unalias(types[at.Value]).(*Dict)
	switch at.Attr {
	case "keys":
		return &Abstract{Kind: ASet, Elem: dt.Key}
	case "values":
		return &Abstract{Kind: ACollection, Elem: dt.Val}
	}
	return &Abstract{Kind: ASet, Elem: &Tuple{Elems: []Type{dt.Key, dt.Val}}}
}

// viewArg accepts a dict view call passed to a parameter declared
// Iterable[T], Collection[T], AbstractSet[T] (keys and items) or a view
// type (total(prices.values())), returned, yielded or assigned where one
// is declared (def names(self) -> KeysView[str]: return
// self.index.keys()): CPython's views are re-iterable, sized collections,
// and the receiver gets a live view of the dict. It reports whether a was
// such a value (checked here); context names where it goes.
func (c *checker) viewArg(a ast.Expr, t, pt Type, context string) bool {
	if LiveViewKind(a, pt, c.info.Types) == "" {
		return false
	}
	ta := Unalias(pt).(*Abstract)
	et := DictViewType(a, c.info.Types).Elem
	if et == nil || !c.assignableType(et, ta.Elem) {
		c.errorf(a.Position(), "cannot use %s (a view of %s) as %s value in %s", exprString(a), et, pt, context)
		return true
	}
	c.info.Conv[a] = pt
	return true
}

// liveView types a dict view call e whose value is kept (assigned, bound
// by a walrus, an element of a display, a conditional expression's arm, a
// lambda's result) as the live view it is in CPython (DictViewType; codegen
// makes it py.SeqOfDictKeys...), and any other e as t.
func (c *checker) liveView(e ast.Expr, t Type) Type {
	if t == nil {
		return nil
	}
	if vw := DictViewType(e, c.info.Types); vw != nil {
		c.info.Types[e] = vw
		return vw
	}
	return t
}
