package check

import "github.com/aiogo/aiogo/ast"

// Partial types (mypy's): a local bound to an empty list or set without an
// annotation (xs = []) takes its element type from the first call that
// determines it in the same function: xs.append(v), xs.insert(i, v),
// s.add(v). The collection's type object is completed in place, so every
// expression already typed with it sees the element type. A partial type
// still unknown at the end of the function is an error.

// startPartial records sym (bound at n to the empty collection type vt)
// as partial; false when vt cannot be completed by a use.
func (c *checker) startPartial(sym *Symbol, n *ast.Name, vt Type) bool {
	if c.fn == nil || sym.Owner != c.fn {
		return false // module-level ones too: completed in functions below
	}
	switch vt.(type) {
	case *List, *Set, *Dict:
	default:
		return false
	}
	if c.partial == nil {
		c.partial = map[*Symbol]*ast.Name{}
	}
	c.partial[sym] = n
	sym.Type = vt
	return true
}

// partialAttr is an attribute with a partial type: where it was bound,
// in which function.
type partialAttr struct {
	at *ast.Attribute
	fn *FuncInfo
}

// startPartialAttr records field f, first bound at x to the empty
// collection type vt (self.xs = [] in __init__), as partial: completed by
// the first use that determines it in the same function, as mypy does.
func (c *checker) startPartialAttr(f *Field, x *ast.Attribute, vt Type) bool {
	if c.fn == nil || c.fn == c.info.Module {
		return false
	}
	switch vt.(type) {
	case *List, *Set, *Dict:
	default:
		return false
	}
	if c.partialAttrs == nil {
		c.partialAttrs = map[*Field]partialAttr{}
	}
	c.partialAttrs[f] = partialAttr{x, c.fn}
	c.logField(f) // partialnone.go
	f.Type = vt
	return true
}

// partialAttrOf returns the field with a partial type that e (self.xs)
// denotes, if any.
func (c *checker) partialAttrOf(e ast.Expr) *Field {
	at, ok := e.(*ast.Attribute)
	if !ok || len(c.partialAttrs) == 0 {
		return nil
	}
	n, ok := at.Value.(*ast.Name)
	if !ok {
		return nil
	}
	sym := c.lookup(n.ID)
	if sym == nil {
		return nil
	}
	cls, ok := sym.Type.(*Class)
	if !ok {
		return nil
	}
	f := cls.LookupField(at.Attr)
	if _, partial := c.partialAttrs[f]; !partial {
		return nil
	}
	return f
}

// partialTarget finds the partial variable or attribute e names: its type
// (nil when e names none) and the function that marks it complete; sym is
// the variable (nil for an attribute).
func (c *checker) partialTarget(e ast.Expr) (typ Type, done func(), sym *Symbol) {
	if f := c.partialAttrOf(e); f != nil {
		return f.Type, func() { delete(c.partialAttrs, f) }, nil
	}
	n, ok := e.(*ast.Name)
	if !ok || len(c.partial) == 0 {
		return nil, nil, nil
	}
	sym = c.lookup(n.ID)
	if sym == nil || c.partial[sym] == nil {
		return nil, nil, nil
	}
	return sym.Type, func() { delete(c.partial, sym) }, sym
}

// completePartial completes a partial type from a call xs.append(v),
// xs.insert(i, v) or s.add(v) (or self.xs.append(v)...).
func (c *checker) completePartial(x *ast.Call) {
	at, ok := x.Func.(*ast.Attribute)
	if !ok || len(c.partial)+len(c.partialAttrs) == 0 {
		return
	}
	typ, done, sym := c.partialTarget(at.Value)
	if typ == nil {
		return
	}
	failed := done // the determining value had an error reported
	if sym != nil {
		failed = func() {
			// data.append(<error>): no follow-on "needs a type annotation"
			// or "element type unknown" for data (diag.go).
			delete(c.partial, sym)
			sym.Type = nil
			c.poisonSym(sym)
		}
	}
	nerr := len(c.errs)
	defer func() {
		if len(c.errs) > nerr && failed != nil && isUnknownEmpty(typ) {
			failed()
		}
	}()
	var arg ast.Expr
	switch t := typ.(type) {
	case *List:
		switch {
		case at.Attr == "append" && len(x.Args) == 1:
			arg = x.Args[0]
		case at.Attr == "insert" && len(x.Args) == 2:
			arg = x.Args[1]
		case at.Attr == "extend" && len(x.Args) == 1 && t.Elem == nil:
			if et := c.partialIterElem(x.Args[0]); et != nil {
				t.Elem = et
				done()
			}
			return
		}
		if arg == nil || t.Elem != nil {
			return
		}
		if et := c.partialElem(arg); et != nil {
			t.Elem = et
			done()
		}
	case *Set:
		if at.Attr != "add" || len(x.Args) != 1 || t.Elem != nil {
			return
		}
		if et := c.partialElem(x.Args[0]); et != nil {
			t.Elem = c.hashKey(et, x.Args[0].Position()) // kinds.go
			done()
		}
	}
}

// partialIterElem types the iterable that determines a partial list's
// element type (xs.extend(ys)).
func (c *checker) partialIterElem(e ast.Expr) Type {
	t := c.partialElem(e)
	if t == nil {
		return nil
	}
	switch t.(type) {
	case *List, *Set, *Dict, *Tuple, *Iterator, *Abstract:
		return c.elemType(t, e)
	}
	return nil
}

// partialElem types the value that determines a partial element type.
func (c *checker) partialElem(e ast.Expr) Type {
	t := c.expr(e)
	if t == nil || t == None || isUnknownEmpty(t) {
		return nil
	}
	return t
}

// endPartials reports the partial types of fi left undetermined.
func (c *checker) endPartials(fi *FuncInfo) {
	for f, pa := range c.partialAttrs {
		if pa.fn != fi {
			continue
		}
		delete(c.partialAttrs, f)
		if isUnknownEmpty(f.Type) {
			c.errorf(pa.at.AttrPos, "empty collection assigned to %s needs a type annotation (for example self.%s: %s)", f.Name, f.Name, emptyExample(f.Type))
		}
	}
	for sym, n := range c.partial {
		if sym.Owner != fi {
			continue
		}
		delete(c.partial, sym)
		if isUnknownEmpty(sym.Type) {
			c.errorf(n.Pos, "empty collection assigned to %s needs a type annotation (for example %s: %s)", n.ID, n.ID, emptyExample(sym.Type))
		}
	}
}

// emptyExample is an annotated empty collection like t, for messages.
func emptyExample(t Type) string {
	switch t.(type) {
	case *Dict:
		return "dict[str, int] = {}"
	case *Set:
		return "set[int] = set()"
	}
	return "list[int] = []"
}

// isPartial reports whether t is the type of a partial variable.
func (c *checker) isPartial(t Type) bool {
	for sym := range c.partial {
		if sym.Type == t {
			return true
		}
	}
	for f := range c.partialAttrs {
		if f.Type == t {
			return true
		}
	}
	return false
}

// completePartialStore completes a partial dict from d[k] = v (vt is the
// type of v).
func (c *checker) completePartialStore(x *ast.Subscript, vt Type) {
	if vt == nil || vt == None || isUnknownEmpty(vt) {
		return
	}
	typ, done, _ := c.partialTarget(x.Value)
	d, ok := typ.(*Dict)
	if !ok || d.Key != nil {
		return
	}
	if _, isSlice := x.Index.(*ast.Slice); isSlice {
		return
	}
	kt := c.partialElem(x.Index)
	if kt == nil {
		return
	}
	d.Key, d.Val = c.hashKey(kt, x.Index.Position()), vt // kinds.go
	done()
}

// completePartialAug completes a partial list from xs += iterable (a list's
// += extends it) and a partial set from s |= other, as mypy infers them.
func (c *checker) completePartialAug(st *ast.AugAssign) {
	if len(c.partial)+len(c.partialAttrs) == 0 || (st.Op != "+" && st.Op != "|") {
		return
	}
	typ, done, _ := c.partialTarget(st.Target)
	switch t := typ.(type) {
	case *List:
		if st.Op == "+" && t.Elem == nil {
			if et := c.partialIterElem(st.Value); et != nil {
				t.Elem = et
				done()
			}
		}
	case *Set:
		if st.Op == "|" && t.Elem == nil {
			if et := c.partialIterElem(st.Value); et != nil {
				t.Elem = et
				done()
			}
		}
	}
}
