package check

import "github.com/aiogo/aiogo/ast"

// User type guards: a function or method annotated -> TypeGuard[T]
// returns a bool, and a call of it that is true narrows its first
// argument to T, as mypy does (the false outcome narrows nothing). The
// narrowing is made where the value's representation allows it: to a
// member of a union or Optional, to a subclass, or from object to a class
// or a plain scalar; elsewhere (list[object] to list[str]) the argument
// keeps its type.

// typeGuardArg is T of a return annotation TypeGuard[T], or nil.
func (c *checker) typeGuardArg(ret ast.Expr) ast.Expr {
	sub, ok := ret.(*ast.Subscript)
	if !ok {
		return nil
	}
	switch v := sub.Value.(type) {
	case *ast.Name:
		sym := c.lookup(v.ID)
		if sym == nil || sym.Kind != SymType {
			return nil
		}
		tn, ok := sym.Type.(*TypeName)
		if a, isAny := tn.T.(*AnyType); !ok || !isAny || a.Name != "typing.TypeGuard" {
			return nil
		}
	case *ast.Attribute:
		n, ok := v.Value.(*ast.Name)
		if !ok || n.ID != "typing" || v.Attr != "TypeGuard" {
			return nil
		}
	default:
		return nil
	}
	return sub.Index
}

// guardOf is the guarded type of the function a call names, or nil.
func (c *checker) guardOf(x *ast.Call) Type {
	switch f := c.info.Types[x.Func].(type) {
	case *Func:
		if n, ok := x.Func.(*ast.Name); ok {
			if sym := c.info.Uses[n]; sym != nil && sym.Kind == SymFunc && sym.Func.Decorated == nil {
				return sym.Func.Guard
			}
		}
	case *BoundMethod:
		if f.Method != nil && f.Method.Decorated == nil {
			if d, ok := f.Method.Def.(*ast.FuncDef); ok {
				if fi := c.info.Funcs[d]; fi != nil {
					return fi.Guard
				}
			}
		}
	}
	return nil
}

// narrowTypeGuard narrows the first argument of a true call of a type
// guard.
func (c *checker) narrowTypeGuard(x *ast.Call, truth bool) {
	if !truth || len(x.Args) == 0 {
		return
	}
	g := c.guardOf(x)
	if g == nil {
		return
	}
	c.refine(x.Args[0], func(t Type) Type { return guardNarrow(t, g) })
}

// guardNarrow is t narrowed to g where the representation allows it, or
// nil.
func guardNarrow(t, g Type) Type {
	if Identical(t, g) {
		return nil
	}
	switch x := t.(type) {
	case *Optional:
		if Identical(x.Elem, g) {
			return g
		}
		return guardNarrow(x.Elem, g)
	case *Union:
		for _, m := range x.Types {
			if Identical(m, g) {
				return g
			}
		}
		if gu, ok := g.(*Union); ok {
			for _, gm := range gu.Types {
				found := false
				for _, m := range x.Types {
					found = found || Identical(m, gm)
				}
				if !found {
					return nil
				}
			}
			return g
		}
		if gc, ok := g.(*Class); ok {
			for _, m := range x.Types {
				if mc, ok := m.(*Class); ok && gc.IsSubclassOf(mc) {
					return g
				}
			}
		}
	case *Class:
		if gc, ok := g.(*Class); ok && gc.IsSubclassOf(x) {
			return g
		}
	case *AnyType:
		if gc, ok := g.(*Class); ok && !gc.Builtin {
			return g
		}
		if g == Int || g == Str || g == Bool || g == Bytes {
			return g
		}
	}
	return nil
}
