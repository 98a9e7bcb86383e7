package check

import "github.com/aiogo/aiogo/ast"

// __init_subclass__: CPython calls the nearest __init_subclass__ of a new
// class's bases, bound to the new class, when its class statement runs
// (with the class statement's keywords: class Csv(Exporter, ext="csv")).
// For module-level classes this is the statement `Sub.__init_subclass__(
// <keywords>)` right after the class statement (desugarInitSubclass): an
// implicit class method (given its @classmethod here) found along Sub's
// bases. The
// super().__init_subclass__() of a class whose bases define none is
// object's, which does nothing: it is dropped.

// desugarInitSubclass adds the calls of __init_subclass__ after the
// module-level classes deriving from a class that defines it; the syntax
// tree m is left alone.
func (c *checker) desugarInitSubclass(m *ast.Module) *ast.Module {
	defs := map[string]*ast.ClassDef{}
	for _, st := range m.Body {
		if cd, ok := st.(*ast.ClassDef); ok {
			defs[cd.Name] = cd
		}
	}
	// inherited is the nearest base (by name, along first bases) that
	// defines __init_subclass__.
	inherited := func(cd *ast.ClassDef) *ast.ClassDef {
		seen := map[string]bool{cd.Name: true}
		for cur := cd; len(cur.Bases) > 0; {
			n, ok := cur.Bases[0].(*ast.Name)
			if !ok || seen[n.ID] || defs[n.ID] == nil {
				return nil
			}
			seen[n.ID] = true
			cur = defs[n.ID]
			if initSubclassDef(cur) != nil {
				return cur
			}
		}
		return nil
	}
	top := map[*ast.ClassDef]bool{}
	for _, st := range m.Body {
		if cd, ok := st.(*ast.ClassDef); ok {
			top[cd] = true
		}
	}
	for _, st := range m.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			if cd, ok := n.(*ast.ClassDef); ok && !top[cd] {
				if b := inherited(cd); b != nil {
					c.errorf(cd.Pos, "class %s derives from %s, which defines __init_subclass__: only module-level classes may (it runs when the class statement runs)", cd.Name, b.Name)
				}
			}
			return true
		})
	}
	return rewriteClasses(m, func(cd *ast.ClassDef) []ast.Stmt { // rewrite.go
		own, base := initSubclassDef(cd), inherited(cd)
		if own == nil && base == nil {
			return nil
		}
		ncd := *cd
		if own != nil {
			ncd.Body = dropObjectInitSubclass(cd.Body, own, base == nil)
		}
		if base == nil {
			return []ast.Stmt{&ncd}
		}
		if own != nil {
			c.errorf(own.Pos, "class %s defines __init_subclass__ and derives from %s, which defines it too: not supported", cd.Name, base.Name)
			return []ast.Stmt{&ncd}
		}
		ncd.Keywords = nil // passed to the hook
		p := cd.Pos
		call := &ast.Call{Pos: p, Func: &ast.Attribute{Pos: p, Value: &ast.Name{Pos: p, ID: cd.Name}, Attr: "__init_subclass__", AttrPos: p}, Keywords: cd.Keywords}
		return []ast.Stmt{&ncd, &ast.ExprStmt{Pos: p, Value: call}}
	})
}

// initSubclassDef is the __init_subclass__ a class statement defines.
func initSubclassDef(cd *ast.ClassDef) *ast.FuncDef {
	for _, st := range cd.Body {
		if fd, ok := st.(*ast.FuncDef); ok && fd.Name == "__init_subclass__" {
			return fd
		}
	}
	return nil
}

// dropObjectInitSubclass copies body with own made a class method and,
// when drop, its statements `super().__init_subclass__()` left out
// (object's does nothing).
func dropObjectInitSubclass(body []ast.Stmt, own *ast.FuncDef, drop bool) []ast.Stmt {
	var fbody []ast.Stmt
	for _, st := range own.Body {
		if !drop {
			fbody = append(fbody, st)
			continue
		}
		if es, ok := st.(*ast.ExprStmt); ok {
			if call, ok := es.Value.(*ast.Call); ok && len(call.Args) == 0 && len(call.Keywords) == 0 {
				if at, ok := call.Func.(*ast.Attribute); ok && at.Attr == "__init_subclass__" {
					if sc, ok := at.Value.(*ast.Call); ok && len(sc.Args) == 0 {
						if n, ok := sc.Func.(*ast.Name); ok && n.ID == "super" {
							continue
						}
					}
				}
			}
		}
		fbody = append(fbody, st)
	}
	if len(fbody) == 0 {
		fbody = []ast.Stmt{&ast.Pass{Pos: own.Pos}}
	}
	nf := *own
	nf.Body = fbody
	if len(own.Decorators) == 0 {
		nf.Decorators = []ast.Expr{&ast.Name{Pos: own.Pos, ID: "classmethod"}} // implicitly a class method
	}
	out := make([]ast.Stmt, len(body))
	for i, st := range body {
		if st == ast.Stmt(own) {
			out[i] = &nf
		} else {
			out[i] = st
		}
	}
	return out
}
