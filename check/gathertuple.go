package check

import "github.com/aiogo/aiogo/ast"

// A local declared as a tuple and bound to the result of gather:
//
//	pair: tuple[int, str] = await asyncio.gather(count(), name())
//
// typeshed types gather(a, b) as a tuple and mypy accepts the declaration,
// but CPython's value is a list (print shows [1, 'x'], == (1, 'x') is
// False). The local takes the type of the gather result (a tuple printed
// as a list, Tuple.ListRepr), as if unannotated: indexing, unpacking,
// iteration, len, printing all behave as in CPython, and the uses that
// would tell it from a real tuple (storing a real tuple into it, passing
// it where a tuple is declared) are refused as they are for r = await
// asyncio.gather(...).

// The same holds for a coroutine declared to return a tuple whose every
// return statement returns an awaited gather of as many awaitables:
//
//	async def load() -> tuple[User, list[Order]]:
//	    return await asyncio.gather(user(uid), orders(uid))
//
// Its callers see the gather result's type (u, os = await load() works;
// print(await load()) prints a list, as CPython does).

// gatherReturnType is the result type of a coroutine declared to return
// t whose body is body: the gather result's type (a tuple printed as a
// list) when t is a fixed tuple and every return returns await
// asyncio.gather(a1, ..., an) with n its length, t otherwise.
func (c *checker) gatherReturnType(body []ast.Stmt, t Type) Type {
	tt, ok := t.(*Tuple)
	if !ok || tt.Var || tt.ListRepr || len(tt.Elems) == 0 {
		return t
	}
	n, all := 0, true
	walkStmts(body, func(s ast.Stmt) {
		r, ok := s.(*ast.Return)
		if !ok {
			return
		}
		n++
		if r.Value == nil {
			all = false
			return
		}
		if v, ok := r.Value.(*ast.Name); ok && gatherLocal(body, v.ID, func(e ast.Expr) bool { return c.isGatherOf(e, len(tt.Elems)) }) {
			return // r = await asyncio.gather(...); ...; return r
		}
		if !c.isGatherOf(r.Value, len(tt.Elems)) {
			all = false
		}
	})
	if n == 0 || !all {
		return t
	}
	return gatherResultOf(tt)
}

// gatherResultOf is the type the checker gives gather(a1, ..., an) whose
// results have the element types of tt: a list when they are all one
// type, else a tuple printed as a list.
func gatherResultOf(tt *Tuple) Type {
	for _, e := range tt.Elems {
		if !Identical(e, tt.Elems[0]) {
			return &Tuple{Elems: tt.Elems, ListRepr: true}
		}
	}
	return &List{tt.Elems[0]}
}

// isGatherOf reports whether e is await asyncio.gather(a1, ..., an) with
// n positional awaitables, no starred argument and no keywords.
func (c *checker) isGatherOf(e ast.Expr, n int) bool {
	aw, ok := e.(*ast.Await)
	if !ok {
		return false
	}
	call, ok := aw.Value.(*ast.Call)
	if !ok || len(call.Args) != n || len(call.Keywords) > 0 {
		return false
	}
	for _, a := range call.Args {
		if _, star := a.(*ast.Starred); star {
			return false
		}
	}
	switch f := call.Func.(type) {
	case *ast.Attribute:
		base, ok := f.Value.(*ast.Name)
		if !ok || f.Attr != "gather" {
			return false
		}
		sym := c.lookup(base.ID)
		mt, ok := symModule(sym)
		return ok && mt.Name == "asyncio"
	case *ast.Name:
		sym := c.lookup(f.ID)
		if sym == nil || sym.Kind != SymBuiltin {
			return false
		}
		bf, ok := sym.Type.(*BuiltinFunc)
		return ok && bf.Name == "asyncio.gather"
	}
	return false
}

// symModule is the module a symbol names, if it names one.
func symModule(sym *Symbol) (*ModuleType, bool) {
	if sym == nil || sym.Kind != SymModule {
		return nil, false
	}
	mt, ok := sym.Type.(*ModuleType)
	return mt, ok
}

// gatherTupleDecl checks `name: tuple[...] = value` when value is a gather
// result of the declared element types, declaring name with the result's
// type; it reports whether it handled the statement.
func (c *checker) gatherTupleDecl(s *ast.AnnAssign, t Type) bool {
	n, ok := s.Target.(*ast.Name)
	tt, ok2 := t.(*Tuple)
	if !ok || !ok2 || tt.Var || tt.ListRepr || len(tt.Elems) == 0 {
		return false
	}
	if s.Value == nil {
		// pair: tuple[A, B] declared alone, every assignment a gather
		// (pair = await asyncio.gather(a(), b())): the gather result's type.
		sym := c.lookup(n.ID)
		if sym == nil || sym.Kind != SymVar || sym.Type != nil || sym.Owner == nil || sym.Owner != c.fn || c.fn.Def == nil {
			return false
		}
		if !gatherLocal(c.fn.Def.Body, n.ID, func(e ast.Expr) bool { return c.isGatherOf(e, len(tt.Elems)) }) {
			return false
		}
		sym.Type = gatherResultOf(tt)
		c.expr(n)
		return true
	}
	if _, ok := s.Value.(*ast.Await); !ok {
		return false
	}
	sym := c.lookup(n.ID)
	if sym == nil || sym.Kind != SymVar || sym.Owner == nil || sym.Owner != c.fn || sym.Captured {
		return false
	}
	if sym.Type != nil && !sameListTuple(sym.Type, tt) {
		return false // declared before (another declaration is an error)
	}
	vt := c.exprWant(s.Value, t)
	if vt == nil {
		if sym.Type == nil {
			sym.Type = t
		}
		return true
	}
	if sameListTuple(vt, tt) {
		if sym.Type == nil {
			sym.Type = vt
		}
		c.assign(s.Target, vt, s.Value)
		return true
	}
	if sym.Type == nil {
		sym.Type = t
	}
	c.assign(s.Target, vt, s.Value)
	return true
}

// sameListTuple reports whether t is a gather result (a tuple printed as a
// list, or a list when the results have one type) of the element types of
// the declared tuple tt.
func sameListTuple(t Type, tt *Tuple) bool {
	if l, ok := t.(*List); ok {
		return len(tt.Elems) > 0 && Identical(l, gatherResultOf(tt))
	}
	vu, ok := t.(*Tuple)
	if !ok || !vu.ListRepr || vu.Var || len(vu.Elems) != len(tt.Elems) {
		return false
	}
	for i := range vu.Elems {
		if !Identical(vu.Elems[i], tt.Elems[i]) {
			return false
		}
	}
	return true
}

// gatherLocal reports whether the local name of a function whose body is
// body is bound only by plain assignments whose values satisfy isGather
// (and at least one): then it holds a gather result wherever it is read.
func gatherLocal(body []ast.Stmt, name string, isGather func(ast.Expr) bool) bool {
	found, ok := 0, true
	binds := func(t ast.Expr) bool {
		hit := false
		ast.Inspect(t, func(n ast.Node) bool {
			if x, isName := n.(*ast.Name); isName && x.ID == name {
				hit = true
			}
			return true
		})
		return hit
	}
	walkStmts(body, func(st ast.Stmt) {
		switch a := st.(type) {
		case *ast.Assign:
			for _, t := range a.Targets {
				if n, isName := t.(*ast.Name); isName && n.ID == name {
					if isGather(a.Value) {
						found++
					} else {
						ok = false
					}
				} else if binds(t) {
					ok = false
				}
			}
		case *ast.AnnAssign:
			if binds(a.Target) && a.Value != nil {
				ok = false // (the bare declaration binds nothing)
			}
		case *ast.AugAssign:
			if binds(a.Target) {
				ok = false
			}
		case *ast.For:
			if binds(a.Target) {
				ok = false
			}
		case *ast.With:
			for _, it := range a.Items {
				if it.Target != nil && binds(it.Target) {
					ok = false
				}
			}
		case *ast.Global, *ast.Nonlocal, *ast.FuncDef, *ast.ClassDef, *ast.Delete:
			// a nested def of that name, or other bindings: not a plain local
			switch d := a.(type) {
			case *ast.FuncDef:
				ok = ok && d.Name != name
			case *ast.ClassDef:
				ok = ok && d.Name != name
			case *ast.Global:
				for _, n := range d.Names {
					ok = ok && n != name
				}
			case *ast.Nonlocal:
				for _, n := range d.Names {
					ok = ok && n != name
				}
			case *ast.Delete:
				for _, t := range d.Targets {
					ok = ok && !binds(t)
				}
			}
		}
		walkStmtExprs(st, func(e ast.Expr) {
			if ne, isNE := e.(*ast.NamedExpr); isNE && ne.Target.ID == name {
				ok = false
			}
		})
	})
	return ok && found > 0
}
