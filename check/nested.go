package check

import "github.com/aiogo/aiogo/ast"

// Nested classes: a class statement directly in a class body (Outer.Inner)
// or directly in a function body. The checker hoists it to module level
// (a copy of the module: the parsed tree is left alone), where the rest of
// the compiler handles classes; Class.QualName keeps the name CPython
// prints in reprs (Outer.Inner, main.<locals>.Local). Hoisting is exact
// when the class uses no local variable of an enclosing function (it
// would need a closure per execution of the def: refused) and its name is
// unique in the module (refused otherwise). The class statement's body
// then runs once, at module level, instead of at each execution of the
// function: class bodies of the language hold only declarations and
// constant class attributes.

// hoister collects the nested classes of a module.
type hoister struct {
	c       *checker
	hoisted []ast.Stmt
	// taken holds the module-level names and the names of classes hoisted
	// so far.
	taken map[string]bool
}

// hoistClasses returns m with its nested classes moved to module level.
func (c *checker) hoistClasses(m *ast.Module) *ast.Module {
	h := &hoister{c: c, taken: map[string]bool{}}
	for _, st := range m.Body {
		for _, n := range boundNames(st) {
			h.taken[n] = true
		}
	}
	body, changed := h.body(m.Body, "", nil, nil)
	if !changed {
		return m
	}
	nm := *m
	nm.Body = append(body, h.hoisted...)
	return &nm
}

// boundNames lists the names a module-level statement binds.
func boundNames(st ast.Stmt) []string {
	var out []string
	switch s := st.(type) {
	case *ast.ClassDef:
		out = append(out, s.Name)
	case *ast.FuncDef:
		out = append(out, s.Name)
	case *ast.Import:
		for _, a := range s.Names {
			out = append(out, a.AsName, a.Name)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			out = append(out, a.AsName, a.Name)
		}
	case *ast.Assign:
		for _, t := range s.Targets {
			out = append(out, targetNames(t)...)
		}
	case *ast.AnnAssign:
		out = append(out, targetNames(s.Target)...)
	}
	return out
}

func targetNames(t ast.Expr) []string {
	switch x := t.(type) {
	case *ast.Name:
		return []string{x.ID}
	case *ast.TupleExpr:
		var out []string
		for _, e := range x.Elems {
			out = append(out, targetNames(e)...)
		}
		return out
	case *ast.ListExpr:
		var out []string
		for _, e := range x.Elems {
			out = append(out, targetNames(e)...)
		}
		return out
	case *ast.Starred:
		return targetNames(x.Value)
	}
	return nil
}

// body rewrites the statements of a module (qual ""), class body (outer
// set) or function body (qual ends in ".<locals>."): class statements
// nested in a class or function are hoisted. locals holds the local names
// of the enclosing functions.
func (h *hoister) body(stmts []ast.Stmt, qual string, outer *Class, locals []map[string]bool) ([]ast.Stmt, bool) {
	changed := false
	out := make([]ast.Stmt, 0, len(stmts))
	for _, st := range stmts {
		switch s := st.(type) {
		case *ast.ClassDef:
			q := qual + s.Name
			if s.PyName != "" {
				q = qual + s.PyName // a copy of a generic class (genclass.go)
			}
			ns, cls := h.class(s, q, locals)
			if qual == "" {
				if ns != s {
					changed = true
				}
				out = append(out, ns)
				continue
			}
			changed = true
			h.hoist(ns, cls, outer, locals)
		case *ast.FuncDef:
			nf := h.function(s, qual+s.Name, locals) // a method's qual is Outer.name
			if nf != s {
				changed = true
			}
			out = append(out, nf)
		default:
			out = append(out, st)
		}
	}
	return out, changed
}

// class rewrites the body of class statement s (qualified name qual) and
// returns it with the Class the checker will make of it (its QualName).
func (h *hoister) class(s *ast.ClassDef, qual string, locals []map[string]bool) (*ast.ClassDef, *Class) {
	cls := &Class{Name: s.Name, QualName: qual}
	body, changed := h.body(s.Body, qual+".", cls, locals)
	ns := s
	if changed {
		cp := *s
		cp.Body = body
		ns = &cp
	}
	h.c.nested[ns] = cls
	return ns, cls
}

// function rewrites the body of def s (qualified name qual).
func (h *hoister) function(s *ast.FuncDef, qual string, locals []map[string]bool) *ast.FuncDef {
	own := map[string]bool{}
	for _, p := range s.Params {
		own[p.Name] = true
	}
	walkStmts(s.Body, func(st ast.Stmt) {
		if _, ok := st.(*ast.ClassDef); ok {
			return // hoisted: a module-level name (or refused)
		}
		for _, n := range assignedNames(st) {
			own[n] = true
		}
	})
	body, changed := h.body(s.Body, qual+".<locals>.", nil, append(locals, own))
	if !changed {
		return s
	}
	cp := *s
	cp.Body = body
	return &cp
}

// hoist moves nested class statement s (of class cls) to module level.
func (h *hoister) hoist(s *ast.ClassDef, cls *Class, outer *Class, locals []map[string]bool) {
	if h.taken[s.Name] {
		h.c.errorf(s.Pos, "nested class %s has the name of another class or module-level name: not supported (rename it)", s.Name)
		return
	}
	if captured := capturedName(s, locals); captured != "" {
		h.c.errorf(s.Pos, "nested class %s uses %s of the enclosing function: not supported (define the class at module level)", s.Name, captured)
		h.c.refuse(s.Name) // its uses report nothing more
		return
	}
	h.taken[s.Name] = true
	if outer != nil {
		if outer.Nested == nil {
			outer.Nested = map[string]*Class{}
		}
		outer.Nested[s.Name] = cls
	}
	h.hoisted = append(h.hoisted, s)
}

// capturedName returns a local variable of an enclosing function (locals)
// that class statement s uses, or "".
func capturedName(s *ast.ClassDef, locals []map[string]bool) string {
	found := ""
	look := func(n ast.Node, own map[string]bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			if x, ok := n.(*ast.Name); ok && found == "" && x.ID != s.Name && !own[x.ID] {
				for _, l := range locals {
					if l[x.ID] {
						found = x.ID
					}
				}
			}
			return found == ""
		})
	}
	for _, d := range s.Decorators {
		look(d, nil)
	}
	for _, b := range s.Bases {
		look(b, nil)
	}
	for _, st := range s.Body {
		fd, ok := st.(*ast.FuncDef)
		if !ok {
			own := map[string]bool{}
			for _, n := range boundNames(st) {
				own[n] = true
			}
			look(st, own)
			continue
		}
		own := map[string]bool{}
		for _, p := range fd.Params {
			own[p.Name] = true
			if p.Annotation != nil {
				look(p.Annotation, nil)
			}
			if p.Default != nil {
				look(p.Default, nil)
			}
		}
		for _, d := range fd.Decorators {
			look(d, nil)
		}
		walkStmts(fd.Body, func(st ast.Stmt) {
			for _, n := range assignedNames(st) {
				own[n] = true
			}
		})
		ast.Inspect(fd, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Comprehension:
				for _, n := range targetNames(x.Target) {
					own[n] = true
				}
			case *ast.Lambda:
				for _, p := range x.Params {
					own[p.Name] = true
				}
			}
			return true
		})
		for _, b := range fd.Body {
			look(b, own)
		}
		if fd.Returns != nil {
			look(fd.Returns, nil)
		}
	}
	return found
}

// assignedNames returns the names statement st binds in its function: the
// names boundNames finds and the targets of for, augmented assignment and
// with.
func assignedNames(st ast.Stmt) []string {
	ns := boundNames(st)
	switch x := st.(type) {
	case *ast.For:
		ns = append(ns, targetNames(x.Target)...)
	case *ast.AugAssign:
		ns = append(ns, targetNames(x.Target)...)
	case *ast.With:
		for _, it := range x.Items {
			if it.Target != nil {
				ns = append(ns, targetNames(it.Target)...)
			}
		}
	}
	return ns
}
