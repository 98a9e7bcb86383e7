package check

import "github.com/aiogo/aiogo/ast"

// Method aliases in a class body (`__rmul__ = __mul__`, `__radd__ =
// __add__`, `area = size`): the name is bound to the same function, so
// calls through it run that very method even where a subclass overrides
// the original. desugarMethodAliases writes each as a method forwarding
// to the original through the class (C.__mul__(self, k): the class's own
// method, as the function object would be). Aliases of methods with
// decorators, defaults, *args or keyword-only parameters are left alone
// (and refused as before).

// desugarMethodAliases rewrites the method aliases of module-level
// classes; the syntax tree m is left alone.
func desugarMethodAliases(m *ast.Module) *ast.Module {
	return rewriteClasses(m, func(cd *ast.ClassDef) []ast.Stmt { // rewrite.go
		defs := map[string]*ast.FuncDef{}
		var body []ast.Stmt
		changed := false
		for _, st := range cd.Body {
			if fd, ok := st.(*ast.FuncDef); ok {
				defs[fd.Name] = fd
			}
			if a, ok := st.(*ast.Assign); ok && len(a.Targets) == 1 {
				tn, ok1 := a.Targets[0].(*ast.Name)
				vn, ok2 := a.Value.(*ast.Name)
				if ok1 && ok2 {
					if fd := defs[vn.ID]; fd != nil && aliasable(fd) {
						body = append(body, methodAlias(cd.Name, tn, fd, a.Pos))
						changed = true
						continue
					}
				}
			}
			body = append(body, st)
		}
		if !changed {
			return nil
		}
		ncd := *cd
		ncd.Body = body
		return []ast.Stmt{&ncd}
	})
}

// aliasable reports a plain method whose parameters all are positional
// without defaults.
func aliasable(fd *ast.FuncDef) bool {
	if len(fd.Decorators) > 0 || len(fd.Params) == 0 {
		return false
	}
	for _, p := range fd.Params {
		if p.Kind != "" || p.Default != nil || p.KwOnly {
			return false
		}
	}
	return true
}

// methodAlias is `def name(self, a, b) -> R: return Cls.orig(self, a, b)`
// (awaited for a coroutine).
func methodAlias(cls string, name *ast.Name, fd *ast.FuncDef, p ast.Pos) *ast.FuncDef {
	call := &ast.Call{Pos: p, Func: &ast.Attribute{Pos: p, Value: &ast.Name{Pos: p, ID: cls}, Attr: fd.Name, AttrPos: p}}
	var params []*ast.Param
	for _, q := range fd.Params {
		cp := *q
		params = append(params, &cp)
		call.Args = append(call.Args, &ast.Name{Pos: p, ID: q.Name})
	}
	var value ast.Expr = call
	if fd.IsAsync {
		value = &ast.Await{Pos: p, Value: call}
	}
	return &ast.FuncDef{Pos: name.Pos, Name: name.ID, PyName: fd.Name, IsAsync: fd.IsAsync, Params: params, Returns: fd.Returns,
		Body: []ast.Stmt{&ast.Return{Pos: p, Value: value}}}
}
