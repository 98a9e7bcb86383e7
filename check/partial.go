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
	if c.fn == nil || c.fn == c.info.Module || sym.Owner != c.fn {
		return false
	}
	switch vt.(type) {
	case *List, *Set:
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
			c.errorf(n.Pos, "empty collection assigned to %s needs a type annotation (for example %s: list[int] = [])", n.ID, n.ID)
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
