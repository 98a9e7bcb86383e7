package check

import "github.com/aiogo/aiogo/ast"

// typing.overload on module-level functions and methods:
//
//	@overload
//	def double(v: int) -> int: ...
//	@overload
//	def double(v: str) -> str: ...
//	def double(v: int | str) -> int | str:
//	    return v * 2
//
// The stubs are removed before checking (desugarOverloads) and their
// signatures kept with the implementation (FuncInfo.Overloads). A call
// is checked against the implementation's signature (its arguments are
// converted to its parameters), and its type is the result of the first
// overload whose parameters accept the arguments, as mypy picks it: the
// implementation's result is narrowed to it at run time (Info.Narrowed,
// a checked narrowing as a cast's).

// isOverloadDeco reports a decorator naming typing.overload.
func isOverloadDeco(d ast.Expr) bool {
	switch x := d.(type) {
	case *ast.Name:
		return x.ID == "overload"
	case *ast.Attribute:
		n, ok := x.Value.(*ast.Name)
		return ok && n.ID == "typing" && x.Attr == "overload"
	}
	return false
}

// desugarOverloads removes the @overload stubs of the module's functions
// and of its classes' methods, recording them with the implementation
// that follows them (c.overloadStubs). m is not changed.
func (c *checker) desugarOverloads(m *ast.Module) *ast.Module {
	c.overloadStubs = map[*ast.FuncDef][]*ast.FuncDef{}
	body, changed := c.stripOverloads(m.Body)
	for i, st := range body {
		cd, ok := st.(*ast.ClassDef)
		if !ok {
			continue
		}
		if cb, ch := c.stripOverloads(cd.Body); ch {
			cp := *cd
			cp.Body = cb
			if !changed {
				body = append([]ast.Stmt(nil), body...)
				changed = true
			}
			body[i] = &cp
		}
	}
	if !changed {
		return m
	}
	nm := *m
	nm.Body = body
	return &nm
}

// stripOverloads returns body without its overload stubs.
func (c *checker) stripOverloads(body []ast.Stmt) ([]ast.Stmt, bool) {
	var out []ast.Stmt
	var pending []*ast.FuncDef
	changed := false
	flush := func() {
		if len(pending) > 0 {
			c.errorf(pending[0].Pos, "overloaded function %s has no implementation", pending[0].Name)
			c.refuse(pending[0].Name) // diag.go: its uses report nothing more
			pending = nil
		}
	}
	for _, st := range body {
		fd, ok := st.(*ast.FuncDef)
		if ok && len(fd.Decorators) == 1 && isOverloadDeco(fd.Decorators[0]) {
			if len(pending) > 0 && pending[0].Name != fd.Name {
				flush()
			}
			pending = append(pending, fd)
			changed = true
			continue
		}
		if ok && len(pending) > 0 && fd.Name == pending[0].Name {
			c.overloadStubs[fd] = pending
			pending = nil
			out = append(out, fd)
			continue
		}
		flush()
		out = append(out, st)
	}
	flush()
	return out, changed
}

// overloadSigs computes the signatures of the overload stubs of the
// function or method d (fi: its implementation).
func (c *checker) overloadSigs(fi *FuncInfo, d *ast.FuncDef, cls *Class) {
	stubs := c.overloadStubs[d]
	if len(stubs) == 0 {
		return
	}
	if d.IsAsync {
		c.errorf(d.Pos, "overloads of an async function are not supported")
		return
	}
	for _, s := range stubs {
		if s.IsAsync != d.IsAsync {
			c.errorf(s.Pos, "an overload of %s must be a def, as its implementation", d.Name)
			return
		}
		tmp := newFuncInfo(s.Name, fi.Parent)
		tmp.Def = s
		tmp.Method = fi.Method
		c.signature(tmp, s, cls)
		if tmp.Sig == nil || tmp.Sig.Ret == nil {
			c.errorf(s.Pos, "an overload of %s needs a return annotation", d.Name)
			return
		}
		fi.Overloads = append(fi.Overloads, tmp.Sig)
	}
}

// overloadsOf is the overload signatures of the function a call names
// (a module-level function or a method), or nil.
func (c *checker) overloadsOf(callee ast.Expr, ft Type) []*Func {
	switch f := ft.(type) {
	case *Func:
		if n, ok := callee.(*ast.Name); ok {
			if sym := c.info.Uses[n]; sym != nil && sym.Kind == SymFunc && sym.Func.Decorated == nil {
				return sym.Func.Overloads
			}
		}
	case *BoundMethod:
		if f.Method != nil && f.Method.Decorated == nil {
			if d, ok := f.Method.Def.(*ast.FuncDef); ok {
				if fi := c.info.Funcs[d]; fi != nil {
					return fi.Overloads
				}
			}
		}
	}
	return nil
}

// overloadResult is the type of call x of an overloaded function whose
// implementation gave res: the result of the first overload accepting
// the arguments (as checked against the implementation), the read
// narrowed to it; an error when none does.
func (c *checker) overloadResult(x *ast.Call, ovs []*Func, res Type, name string) Type {
	if res == nil {
		return nil
	}
	if c.ff != nil {
		c.ff.probing++
		defer func() { c.ff.probing-- }()
	}
	for _, ov := range ovs {
		args, msg := BindArgs(ov, c.spreadTupleArgs(x))
		if msg != "" {
			continue
		}
		ok := true
		for i, a := range args {
			if a == nil {
				continue
			}
			t := c.info.Types[a]
			if t == nil || !c.assignableType(t, ov.Params[i].Type) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if !Identical(ov.Ret, res) {
			c.info.Narrowed[x] = res
		}
		return ov.Ret
	}
	c.errorf(x.Pos, "no overload variant of %s matches the argument types", name)
	return nil
}
