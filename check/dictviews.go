package check

import "github.com/aiogo/aiogo/ast"

// LiveViewKind returns the kind of dict view ("keys", "values" or "items")
// a call d.keys()/d.values()/d.items() passed where an Iterable or a
// Collection is expected stands for (codegen passes a live view of d:
// py.SeqOfDictValues...), or "".
func LiveViewKind(e ast.Expr, to Type, types map[ast.Expr]Type) string {
	ta, ok := Unalias(to).(*Abstract)
	if !ok || ta.Kind > ACollection || !IsDictViewCall(e, types) {
		return ""
	}
	return e.(*ast.Call).Func.(*ast.Attribute).Attr
}

// viewArg accepts a dict view call passed to a parameter declared
// Iterable[T] or Collection[T] (total(prices.values())), returned or
// yielded where one is declared (def names(self) -> Iterable[str]: return
// self.index.keys()): CPython's views are re-iterable, sized collections,
// and the receiver gets a live view of the dict. It reports whether a was
// such a value (checked here); context names where it goes.
func (c *checker) viewArg(a ast.Expr, t, pt Type, context string) bool {
	if LiveViewKind(a, pt, c.info.Types) == "" {
		return false
	}
	ta := Unalias(pt).(*Abstract)
	et := UnpackElem(t)
	if et == nil || !c.assignableType(et, ta.Elem) {
		c.errorf(a.Position(), "cannot use %s (a view of %s) as %s value in %s", exprString(a), et, pt, context)
		return true
	}
	c.info.Conv[a] = pt
	return true
}
