package check

import "github.com/aiogo/aiogo/ast"

// None in a sibling branch (mypy's "optional type inference in
// conditionals"): a local of a function first bound, without an
// annotation, to a value of type T is T | None when a later `x = None`
// sits in another branch of an if/elif/else, of a loop and its else, or of
// a try body and its except clauses than that first binding:
//
//	try:
//	    out = await fetch()
//	except ConnectionError:
//	    out = None
//
// mypy decides it with its binder frames: the nearest frame enclosing both
// the first binding and the None store must be a conditional one (the
// frame of an if statement, of a loop, or the one holding a try body and
// its handlers). widenNoneNames models those frames on the syntax tree;
// the checker then declares such a variable T | None at its first
// binding (the value stored there narrows it, as any assignment does).

// frameStep is one frame on the path from a function body to a statement.
type frameStep struct {
	id   int
	cond bool // a conditional frame (mypy's conditional_frame)
}

// widenNoneNames returns the names of body's locals that the rule above
// makes T | None. Names bound otherwise than by assignments, loop, with
// and walrus targets (defs, classes, imports, except ... as), annotated
// anywhere, or declared global or nonlocal are left out.
func widenNoneNames(body []ast.Stmt) map[string]bool {
	type first struct {
		path  []frameStep
		typed bool // bound to something other than None or an empty display
	}
	firsts := map[string]*first{}
	excluded := map[string]bool{}
	widen := map[string]bool{}
	next := 0
	push := func(path []frameStep, cond bool) []frameStep {
		next++
		out := make([]frameStep, len(path), len(path)+1)
		copy(out, path)
		return append(out, frameStep{id: next, cond: cond})
	}
	// bind records a binding of name at path; value is the value stored
	// (nil when it is not one expression of its own).
	bind := func(name string, value ast.Expr, path []frameStep) {
		if name == "_" || excluded[name] {
			return
		}
		_, isNone := value.(*ast.NoneLit)
		f := firsts[name]
		if f == nil {
			firsts[name] = &first{path: path, typed: !isNone && !isPartialDisplay(value)}
			return
		}
		if !isNone || !f.typed {
			return
		}
		// The nearest frame enclosing both: the last common step.
		cond := false
		for i := 0; i < len(f.path) && i < len(path) && f.path[i].id == path[i].id; i++ {
			cond = f.path[i].cond
		}
		if cond {
			widen[name] = true
		}
	}
	var target func(t, value ast.Expr, path []frameStep)
	target = func(t, value ast.Expr, path []frameStep) {
		switch x := t.(type) {
		case *ast.Name:
			bind(x.ID, value, path)
		case *ast.Starred:
			target(x.Value, nil, path)
		case *ast.TupleExpr, *ast.ListExpr:
			elems, _ := displayElems(t) // dataclass_base.go
			var vals []ast.Expr
			if ve, ok := displayElems(value); ok && len(ve) == len(elems) && starIndex(elems) < 0 {
				vals = ve
			}
			for i, e := range elems {
				var v ast.Expr
				if vals != nil {
					v = vals[i]
				}
				target(e, v, path)
			}
		}
	}
	walrus := func(e ast.Expr, path []frameStep) {
		WalkExpr(e, func(x ast.Expr) {
			if ne, ok := x.(*ast.NamedExpr); ok {
				bind(ne.Target.ID, ne.Value, path)
			}
		})
	}
	var block func(stmts []ast.Stmt, path []frameStep)
	block = func(stmts []ast.Stmt, path []frameStep) {
		for _, st := range stmts {
			switch s := st.(type) {
			case *ast.Assign:
				walrus(s.Value, path)
				for _, t := range s.Targets {
					target(t, s.Value, path)
				}
			case *ast.If:
				f := push(path, true)
				walrus(s.Test, f)
				block(s.Body, push(f, false))
				block(s.Orelse, push(f, false))
			case *ast.While:
				// mypy checks while c: body as a loop over if c: body.
				f := push(path, true)
				fi := push(push(f, false), true)
				walrus(s.Test, fi)
				block(s.Body, push(fi, false))
				block(s.Orelse, f)
			case *ast.For:
				walrus(s.Iter, path)
				target(s.Target, nil, path)
				f := push(path, true)
				block(s.Body, push(f, false))
				block(s.Orelse, f)
			case *ast.Try:
				f0 := push(path, false)
				o := push(f0, false)
				cf := push(o, true)
				block(s.Body, push(cf, false))
				for _, h := range s.Handlers {
					if h.Name != "" {
						excluded[h.Name] = true
					}
					block(h.Body, push(cf, false))
				}
				block(s.Orelse, o)
				block(s.Finalbody, f0)
			case *ast.With:
				for _, it := range s.Items {
					walrus(it.Context, path)
					if it.Target != nil {
						target(it.Target, nil, path)
					}
				}
				block(s.Body, path)
			case *ast.Match:
				walrus(s.Subject, path)
				m := push(path, false)
				for _, mc := range s.Cases {
					block(mc.Body, push(m, false))
				}
			case *ast.FuncDef:
				excluded[s.Name] = true
			case *ast.ClassDef:
				excluded[s.Name] = true
			case *ast.AnnAssign, *ast.Global, *ast.Nonlocal:
			default:
				walkStmtExprs(st, func(e ast.Expr) {
					if ne, ok := e.(*ast.NamedExpr); ok {
						bind(ne.Target.ID, ne.Value, path)
					}
				})
			}
		}
	}
	// Names annotated, declared global/nonlocal or imported anywhere in
	// the function are left out.
	walkStmts(body, func(st ast.Stmt) {
		switch s := st.(type) {
		case *ast.AnnAssign:
			if n, ok := s.Target.(*ast.Name); ok {
				excluded[n.ID] = true
			}
		case *ast.Global:
			for _, n := range s.Names {
				excluded[n] = true
			}
		case *ast.Nonlocal:
			for _, n := range s.Names {
				excluded[n] = true
			}
		case *ast.Import, *ast.ImportFrom:
			for _, n := range importedNames(s) {
				excluded[n] = true
			}
		}
	})
	block(body, nil)
	for n := range excluded {
		delete(widen, n)
	}
	return widen
}

// isPartialDisplay reports an empty list, dict or set display or a call of
// list(), dict() or set() without arguments: mypy's partial types, whose
// type a later use completes.
func isPartialDisplay(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.ListExpr:
		return len(x.Elems) == 0
	case *ast.DictExpr:
		return len(x.Keys) == 0
	case *ast.Call:
		if n, ok := x.Func.(*ast.Name); ok && len(x.Args) == 0 && len(x.Keywords) == 0 {
			return n.ID == "list" || n.ID == "dict" || n.ID == "set"
		}
	}
	return false
}

// markNoneWiden records the locals of scope s that widenNoneNames finds in
// body.
func (c *checker) markNoneWiden(fi *FuncInfo, s *scope, body []ast.Stmt) {
	for n := range widenNoneNames(body) {
		if sym := s.names[n]; sym != nil && sym.Kind == SymVar && !sym.Param && sym.Owner == fi {
			if c.noneWiden == nil {
				c.noneWiden = map[*Symbol]bool{}
			}
			c.noneWiden[sym] = true
		}
	}
}

// widenedNone is the type a local of noneWiden is declared with when its
// first binding stores a value of type t: t | None (t itself when it may
// already be None, or is Any or object).
func (c *checker) widenedNone(sym *Symbol, t Type) Type {
	if !c.noneWiden[sym] || t == nil || t == None || t == Object || mayBeNone(t) {
		return t
	}
	if _, ok := t.(*AnyType); ok {
		return t
	}
	return c.join(None, t)
}

// importedNames returns the names an import statement binds.
func importedNames(st ast.Stmt) []string {
	var aliases []*ast.Alias
	switch s := st.(type) {
	case *ast.Import:
		aliases = s.Names
	case *ast.ImportFrom:
		aliases = s.Names
	}
	var out []string
	for _, a := range aliases {
		switch {
		case a.AsName != "":
			out = append(out, a.AsName)
		default:
			name := a.Name
			for i := 0; i < len(name); i++ {
				if name[i] == '.' {
					name = name[:i]
					break
				}
			}
			out = append(out, name)
		}
	}
	return out
}
