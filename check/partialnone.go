package check

import "github.com/aiogo/aiogo/ast"

// Partial None types (mypy's): a local first bound to None without an
// annotation (best = None, target = None) takes its type from the first
// assignment of another value in the same function: after best = x (x an
// int) best is int | None everywhere in the function, as if declared
// best: int | None = None. mypy reads the variable as None until that
// assignment; the checker finds the assigned type by checking the body
// once speculatively (errors and declarations rolled back), then checks
// it for real with the variable declared.

// partialNone is the state of a local first bound to None.
type partialNone struct {
	pending bool // speculative pass: bound to None, type still unknown
	typ     Type // the completed type (T | None), nil until known
}

// complete completes a pending partial None type with the type vt of a
// value assigned later (T | None; an Optional as it is); it reports
// whether it did.
func (pn *partialNone) complete(vt Type) bool {
	if pn == nil || !pn.pending || vt == nil || vt == None {
		return false
	}
	switch v := vt.(type) {
	case *Optional:
		pn.typ = v
	case *AnyType:
		return false
	default:
		if isUnknownEmpty(vt) {
			return false
		}
		pn.typ = &Optional{Elem: vt}
	}
	pn.pending = false
	return true
}

// partialNoneNames returns the names bound to a bare None by a plain
// assignment (x = None) in body, not counting nested functions and
// classes, and not annotated anywhere in it.
func partialNoneNames(body []ast.Stmt) (map[string]bool, bool) {
	var out map[string]bool
	attrs := false
	annotated := map[string]bool{}
	walkStmts(body, func(st ast.Stmt) {
		switch a := st.(type) {
		case *ast.Assign:
			if len(a.Targets) != 1 {
				return
			}
			if at, ok := a.Targets[0].(*ast.Attribute); ok {
				if _, none := a.Value.(*ast.NoneLit); none {
					if _, self := at.Value.(*ast.Name); self {
						attrs = true // self.best = None (noneField)
					}
				}
				return
			}
			for _, p := range nonePairs(a.Targets[0], a.Value) {
				n, ok := p[0].(*ast.Name)
				if _, none := p[1].(*ast.NoneLit); ok && none && n.ID != "_" {
					if out == nil {
						out = map[string]bool{}
					}
					out[n.ID] = true
				}
			}
		case *ast.AnnAssign:
			if n, ok := a.Target.(*ast.Name); ok {
				annotated[n.ID] = true
			}
		}
	})
	for n := range annotated {
		delete(out, n)
	}
	return out, attrs
}

// nonePairs lists the (target, value) pairs of an assignment that
// partialNoneNames looks at: the target and the value themselves, or the
// names of a tuple target each with its value from a tuple display of as
// many values (price, leader = start, None).
func nonePairs(t, value ast.Expr) [][2]ast.Expr {
	elems, ok := displayElems(t) // dataclass_base.go
	ve, vok := value.(*ast.TupleExpr)
	if !ok || !vok || len(elems) != len(ve.Elems) {
		return [][2]ast.Expr{{t, value}}
	}
	out := make([][2]ast.Expr, len(elems))
	for i := range elems {
		out[i] = [2]ast.Expr{elems[i], ve.Elems[i]}
	}
	return out
}

// inferPartialNone finds the types of the locals of fi (scope s) first
// bound to None in body, by a speculative check of body.
func (c *checker) inferPartialNone(fi *FuncInfo, s *scope, body []ast.Stmt) {
	names, attrs := partialNoneNames(body)
	if len(names) == 0 && !attrs {
		return
	}
	syms := map[*Symbol]*partialNone{}
	for n := range names {
		if sym := s.names[n]; sym != nil && sym.Kind == SymVar && !sym.Param && sym.Owner == fi && sym.Type == nil {
			syms[sym] = &partialNone{}
		}
	}
	if len(syms) == 0 && !attrs {
		return
	}
	// What the speculative pass may set and the real one must set again.
	types := map[*Symbol]Type{}
	for _, sym := range s.names {
		types[sym] = sym.Type
	}
	saveRet := fi.RetType
	savePartial := map[*Symbol]*ast.Name{}
	for k, v := range c.partial {
		savePartial[k] = v
	}
	saveAttrs := map[*Field]partialAttr{}
	for k, v := range c.partialAttrs {
		saveAttrs[k] = v
	}
	fieldTypes := map[*Field]Type{}
	c.fieldLog = &fieldTypes
	saveNone := c.partialNone
	c.partialNone = syms
	entry := c.saveFlow()
	c.inferringNone++
	c.speculate(func() { c.block(body) })
	c.inferringNone--
	c.setFlow(entry)
	for f, pn := range c.partialNoneFields {
		if pn.typ == nil {
			delete(c.partialNoneFields, f) // never completed: None, as before
		}
	}
	c.fieldLog = nil
	for f, t := range fieldTypes {
		f.Type = t
	}
	for sym, t := range types {
		sym.Type = t
	}
	fi.RetType = saveRet
	c.partial, c.partialAttrs = savePartial, saveAttrs
	found := map[*Symbol]*partialNone{}
	for k, v := range saveNone {
		found[k] = v
	}
	for sym, pn := range syms {
		if pn.typ != nil {
			found[sym] = &partialNone{typ: pn.typ}
		} else if pn.pending {
			// Bound to None and never to anything else: mypy types it
			// None (z = None; print(z)).
			found[sym] = &partialNone{typ: None}
		}
	}
	c.partialNone = found
}

// logField records the type of field f before checking sets it, during a
// speculative pass that must leave it alone.
func (c *checker) logField(f *Field) {
	if c.fieldLog != nil {
		if _, ok := (*c.fieldLog)[f]; !ok {
			(*c.fieldLog)[f] = f.Type
		}
	}
}

// noneBinding handles x = None for a local x without a type: its
// completed type when one was found (true), or, in the speculative pass,
// a pending partial None type (true). False when x is not one.
func (c *checker) noneBinding(sym *Symbol, x *ast.Name, value ast.Expr) bool {
	pn := c.partialNone[sym]
	if pn == nil {
		return false
	}
	if pn.typ != nil {
		sym.Type = pn.typ
		c.info.Types[x] = sym.Type
		if value != nil {
			c.assignable(None, sym.Type, value, "assignment to "+x.ID)
		}
		return true
	}
	if c.speculating == 0 {
		return false
	}
	pn.pending = true
	sym.Type = None
	c.info.Types[x] = None
	return true
}

// completeNone completes the partial None type of sym with the type vt of
// a value assigned to it (speculative pass).
func (c *checker) completeNone(sym *Symbol, vt Type) {
	if pn := c.partialNone[sym]; pn.complete(vt) {
		sym.Type = pn.typ
	}
}

// noneField handles self.f = None for a field f without a type: f takes
// its completed type when one was found; in the speculative pass of
// inferPartialNone its partial None type is pending (and the caller types
// f as None). mypy completes such a field from a later assignment in the
// same method (self.head = None, then self.head = Node(...) in a loop:
// Node | None).
func (c *checker) noneField(f *Field) {
	if pn := c.partialNoneFields[f]; pn != nil && pn.typ != nil {
		f.Type = pn.typ
		return
	}
	if c.inferringNone > 0 {
		if c.partialNoneFields == nil {
			c.partialNoneFields = map[*Field]*partialNone{}
		}
		c.partialNoneFields[f] = &partialNone{pending: true}
	}
}

// completeNoneField completes the pending partial None type of field f
// with the type vt of a value assigned to it (speculative pass).
func (c *checker) completeNoneField(f *Field, vt Type) {
	if pn := c.partialNoneFields[f]; f.Type == None && pn.complete(vt) {
		f.Type = pn.typ
	}
}
