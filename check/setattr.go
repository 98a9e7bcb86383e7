package check

import "github.com/aiogo/aiogo/ast"

// object.__setattr__(self, "f", v) in a method of a class (the idiom a
// frozen dataclass's __post_init__ uses to normalise a field) is the store
// self.f = v that bypasses the frozen check: desugarSetattr rewrites the
// statement into that assignment and records its target, which the
// checker lets through a frozen class.

// desugarSetattr returns m with the object.__setattr__(self, "name", v)
// statements of module-level class methods rewritten as self.name = v;
// the targets made go into stores.
func desugarSetattr(m *ast.Module, stores map[*ast.Attribute]bool) *ast.Module {
	return rewriteClasses(m, func(cd *ast.ClassDef) []ast.Stmt {
		changed := false
		body := make([]ast.Stmt, len(cd.Body))
		for i, st := range cd.Body {
			body[i] = st
			fd, ok := st.(*ast.FuncDef)
			if !ok || len(fd.Params) == 0 {
				continue
			}
			if nb, ok := setattrStmts(fd.Body, fd.Params[0].Name, stores); ok {
				nfd := *fd
				nfd.Body = nb
				body[i] = &nfd
				changed = true
			}
		}
		if !changed {
			return nil
		}
		ncd := *cd
		ncd.Body = body
		return []ast.Stmt{&ncd}
	})
}

// setattrStmts rewrites the statements of body (and of the if/else, for
// and while blocks in it); false when none is rewritten.
func setattrStmts(body []ast.Stmt, self string, stores map[*ast.Attribute]bool) ([]ast.Stmt, bool) {
	var out []ast.Stmt
	set := func(i int, st ast.Stmt) {
		if out == nil {
			out = append([]ast.Stmt(nil), body...)
		}
		out[i] = st
	}
	for i, st := range body {
		switch s := st.(type) {
		case *ast.ExprStmt:
			if a := setattrAssign(s, self); a != nil {
				stores[a.Targets[0].(*ast.Attribute)] = true
				set(i, a)
			}
		case *ast.If:
			nb, ok1 := setattrStmts(s.Body, self, stores)
			ne, ok2 := setattrStmts(s.Orelse, self, stores)
			if ok1 || ok2 {
				ns := *s
				ns.Body, ns.Orelse = nb, ne
				set(i, &ns)
			}
		case *ast.For:
			if nb, ok := setattrStmts(s.Body, self, stores); ok {
				ns := *s
				ns.Body = nb
				set(i, &ns)
			}
		case *ast.While:
			if nb, ok := setattrStmts(s.Body, self, stores); ok {
				ns := *s
				ns.Body = nb
				set(i, &ns)
			}
		}
	}
	if out == nil {
		return body, false
	}
	return out, true
}

// setattrAssign is the assignment that s, object.__setattr__(self, "name",
// v), stands for; nil for any other statement.
func setattrAssign(s *ast.ExprStmt, self string) *ast.Assign {
	call, ok := s.Value.(*ast.Call)
	if !ok || len(call.Args) != 3 || len(call.Keywords) != 0 {
		return nil
	}
	fn, ok := call.Func.(*ast.Attribute)
	if !ok || fn.Attr != "__setattr__" {
		return nil
	}
	if obj, ok := fn.Value.(*ast.Name); !ok || obj.ID != "object" {
		return nil
	}
	if n, ok := call.Args[0].(*ast.Name); !ok || n.ID != self {
		return nil
	}
	name, ok := call.Args[1].(*ast.StrLit)
	if !ok || !isIdentifier(name.Value) {
		return nil
	}
	target := &ast.Attribute{Pos: call.Args[0].Position(), Value: call.Args[0], Attr: name.Value, AttrPos: name.Pos}
	return &ast.Assign{Pos: s.Pos, Targets: []ast.Expr{target}, Value: call.Args[2]}
}

// isIdentifier reports whether s is a Python identifier (ASCII).
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}
