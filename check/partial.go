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

// completePartial completes a partial type from a call xs.append(v),
// xs.insert(i, v) or s.add(v).
func (c *checker) completePartial(x *ast.Call) {
	at, ok := x.Func.(*ast.Attribute)
	if !ok || len(c.partial) == 0 {
		return
	}
	n, ok := at.Value.(*ast.Name)
	if !ok {
		return
	}
	sym := c.lookup(n.ID)
	if sym == nil || c.partial[sym] == nil {
		return
	}
	var arg ast.Expr
	switch t := sym.Type.(type) {
	case *List:
		switch {
		case at.Attr == "append" && len(x.Args) == 1:
			arg = x.Args[0]
		case at.Attr == "insert" && len(x.Args) == 2:
			arg = x.Args[1]
		case at.Attr == "extend" && len(x.Args) == 1 && t.Elem == nil:
			if lt, ok := c.partialElem(x.Args[0]).(*List); ok && lt.Elem != nil {
				t.Elem = lt.Elem
				delete(c.partial, sym)
			}
			return
		}
		if arg == nil || t.Elem != nil {
			return
		}
		if et := c.partialElem(arg); et != nil {
			t.Elem = et
			delete(c.partial, sym)
		}
	case *Set:
		if at.Attr != "add" || len(x.Args) != 1 || t.Elem != nil {
			return
		}
		if et := c.partialElem(x.Args[0]); et != nil {
			t.Elem = et
			delete(c.partial, sym)
		}
	}
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
	for sym, n := range c.partial {
		if sym.Owner != fi {
			continue
		}
		delete(c.partial, sym)
		if isUnknownEmpty(sym.Type) {
			example := "list[int] = []"
			switch sym.Type.(type) {
			case *Dict:
				example = "dict[str, int] = {}"
			case *Set:
				example = "set[int] = set()"
			}
			c.errorf(n.Pos, "empty collection assigned to %s needs a type annotation (for example %s: %s)", n.ID, n.ID, example)
		}
	}
}

// isPartial reports whether t is the type of a partial variable.
func (c *checker) isPartial(t Type) bool {
	for sym := range c.partial {
		if sym.Type == t {
			return true
		}
	}
	return false
}

// completePartialStore completes a partial dict from d[k] = v (vt is the
// type of v).
func (c *checker) completePartialStore(x *ast.Subscript, vt Type) {
	n, ok := x.Value.(*ast.Name)
	if !ok || len(c.partial) == 0 || vt == nil || vt == None || isUnknownEmpty(vt) {
		return
	}
	sym := c.lookup(n.ID)
	if sym == nil || c.partial[sym] == nil {
		return
	}
	d, ok := sym.Type.(*Dict)
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
	d.Key, d.Val = kt, vt
	delete(c.partial, sym)
}
