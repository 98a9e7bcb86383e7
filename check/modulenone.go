package check

import (
	"sort"

	"github.com/aiogo/aiogo/ast"
)

// Module-level partial None types (mypy's, without --local-partial-types):
// a module variable first bound to None without an annotation anywhere
// (STOP = None, _instance = None) is None when nothing else is ever stored
// in it (a sentinel compared with `is`), and T | None when a later store of
// a T completes it: in the module body, or in a function declaring it
// global (the lazily built singleton: `global _instance; if _instance is
// None: _instance = Service()`). T is the type of the first such store's
// value that can be typed where the module sees it (a function's own
// locals other than its annotated parameters are out of reach; when no
// store can be typed, the annotation is still asked for). Every store is then checked against T | None, as mypy
// checks them against the completed type.

// noneStore is a store into a module variable: its value (nil where the
// store is not a plain assignment of one value) and the function doing it
// (nil: the module body).
type noneStore struct {
	value ast.Expr
	fn    *ast.FuncDef
	pos   ast.Pos
}

// moduleNoneType is the type of module variable name bound to None by a
// module-level assignment, or nil when it cannot be decided.
func (c *checker) moduleNoneType(name string) Type {
	if annotatedModuleVar(c.modBody, name) {
		return nil
	}
	var stores []noneStore
	collect := func(body []ast.Stmt, fn *ast.FuncDef) {
		walkStmts(body, func(st ast.Stmt) {
			addTarget := func(t ast.Expr, value ast.Expr, pos ast.Pos) {
				switch x := t.(type) {
				case *ast.Name:
					if x.ID == name {
						if _, none := value.(*ast.NoneLit); !none {
							stores = append(stores, noneStore{value, fn, pos})
						}
					}
				case *ast.TupleExpr:
					for _, e := range x.Elems {
						if n, ok := e.(*ast.Name); ok && n.ID == name {
							stores = append(stores, noneStore{nil, fn, pos})
						}
					}
				case *ast.ListExpr:
					for _, e := range x.Elems {
						if n, ok := e.(*ast.Name); ok && n.ID == name {
							stores = append(stores, noneStore{nil, fn, pos})
						}
					}
				case *ast.Starred:
					if n, ok := x.Value.(*ast.Name); ok && n.ID == name {
						stores = append(stores, noneStore{nil, fn, pos})
					}
				}
			}
			switch s := st.(type) {
			case *ast.Assign:
				for _, t := range s.Targets {
					addTarget(t, s.Value, s.Pos)
				}
			case *ast.AugAssign:
				addTarget(s.Target, nil, s.Pos)
			case *ast.For:
				addTarget(s.Target, nil, s.Pos)
			case *ast.With:
				for _, it := range s.Items {
					if it.Target != nil {
						addTarget(it.Target, nil, s.Pos)
					}
				}
			case *ast.Try:
				for _, h := range s.Handlers {
					if h.Name == name {
						stores = append(stores, noneStore{nil, fn, s.Pos})
					}
				}
			}
			walkStmtExprs(st, func(e ast.Expr) {
				if ne, ok := e.(*ast.NamedExpr); ok && ne.Target.ID == name {
					stores = append(stores, noneStore{nil, fn, ne.Pos})
				}
			})
		})
	}
	collect(c.modBody, nil)
	for _, fd := range globalDeclarers(c.modBody, name) {
		collect(fd.Body, fd)
	}
	if len(stores) == 0 {
		return None // a sentinel: only ever None
	}
	sort.SliceStable(stores, func(i, j int) bool {
		return stores[i].pos.Before(stores[j].pos)
	})
	var t Type
	for _, st := range stores {
		if st.value == nil || hasLambda(st.value) {
			continue // a lambda's function would outlive the speculation
		}
		c.speculate(func() {
			saveSc := c.sc
			if st.fn != nil {
				c.sc = c.paramScope(st.fn)
			}
			if aw, ok := st.value.(*ast.Await); ok {
				if at := c.expr(aw.Value); at != nil { // typed outside the coroutine
					t, _ = AwaitResult(at)
				}
			} else {
				t = c.expr(st.value)
			}
			c.sc = saveSc
		})
		if t != nil && t != Object && !isUnknownEmpty(t) {
			break
		}
	}
	if t == nil || t == Object || isUnknownEmpty(t) {
		return nil
	}
	if _, any := t.(*AnyType); any {
		return nil
	}
	if o, ok := t.(*Optional); ok {
		return o
	}
	return &Optional{Elem: t}
}

// paramScope is a scope under the module holding the annotated parameters
// of module-level function fd (none for other functions): what a value
// stored by fd may use besides module names.
func (c *checker) paramScope(fd *ast.FuncDef) *scope {
	s := &scope{names: map[string]*Symbol{}, parent: c.module}
	fi := c.info.Funcs[fd]
	if fi == nil || fi.Sig == nil || fi.Parent != nil || fi.Method != nil || len(fd.Params) != len(fi.Sig.Params) {
		return s
	}
	for i, p := range fd.Params {
		s.names[p.Name] = &Symbol{Name: p.Name, Kind: SymVar, Type: fi.Sig.Params[i].Type, Param: true, Pos: p.Pos}
	}
	return s
}

// annotatedModuleVar reports a module-level annotation of name.
func annotatedModuleVar(body []ast.Stmt, name string) bool {
	found := false
	walkStmts(body, func(st ast.Stmt) {
		if a, ok := st.(*ast.AnnAssign); ok {
			if n, ok := a.Target.(*ast.Name); ok && n.ID == name {
				found = true
			}
		}
	})
	return found
}

// globalDeclarers returns the functions and methods (at any depth) whose
// own body declares `global name`, in source order.
func globalDeclarers(body []ast.Stmt, name string) []*ast.FuncDef {
	var out []*ast.FuncDef
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			fd, ok := n.(*ast.FuncDef)
			if !ok {
				_, isExpr := n.(ast.Expr)
				return n != nil && !isExpr
			}
			declares := false
			walkStmts(fd.Body, func(s ast.Stmt) {
				if g, ok := s.(*ast.Global); ok {
					for _, gn := range g.Names {
						declares = declares || gn == name
					}
				}
			})
			if declares {
				out = append(out, fd)
			}
			return true
		})
	}
	return out
}

// hasLambda reports a lambda inside e.
func hasLambda(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if _, ok := n.(*ast.Lambda); ok {
			found = true
		}
		return !found
	})
	return found
}
