package check

import "github.com/aiogo/aiogo/ast"

// Stores to a function's __name__ and __doc__: the hand-written form of
// functools.wraps in a decorator,
//
//	def wrapper(x: int) -> int: ...
//	wrapper.__name__ = fn.__name__
//	wrapper.__doc__ = fn.__doc__
//	return wrapper
//
// The target names a def (module-level or nested): CPython sets the
// attribute on that function object. Function values then carry their
// names and docstrings at run time (Info.FuncNames, codegen/funcname.go),
// the store records the new one for that function object (py.SetFuncName,
// py.SetFuncDoc), and reads of the def's __name__ are no longer folded to
// its def's name (Info.RenamedFuncs, StaticFuncName). Each execution of
// such a nested def makes a distinct function value (py.Fresh), as each
// makes a new function object in CPython.

// funcAttrStore types the store x = value when x is f.__name__ or
// f.__doc__ of a def f; ok is false for other targets. A store through
// any other function value (a parameter, a bound method, a lambda) is
// refused: CPython raises AttributeError for some of them.
func (c *checker) funcAttrStore(x *ast.Attribute, bt Type, vt Type, value ast.Expr) bool {
	if x.Attr != "__name__" && x.Attr != "__doc__" {
		return false
	}
	if _, ok := bt.(*Func); !ok {
		return false
	}
	n, ok := x.Value.(*ast.Name)
	sym := c.info.Uses[n]
	if !ok || sym == nil || !c.namesDef(sym) {
		c.errorf(x.AttrPos, "assignment to %s of a function value other than a def's name is outside the aiogo language", x.Attr)
		return true
	}
	c.info.FuncNames = true
	if c.info.RenamedFuncs == nil {
		c.info.RenamedFuncs = map[*Symbol]bool{}
	}
	c.info.RenamedFuncs[sym] = true
	ft := Type(Str)
	if x.Attr == "__doc__" {
		c.info.FuncDocs = true
		ft = &Optional{Elem: Str}
	}
	c.info.Types[x] = ft
	if value != nil {
		c.assignable(vt, ft, value, "assignment to "+x.Attr)
	}
	return true
}

// namesDef reports whether sym is bound by a def statement: a
// module-level function or a nested def.
func (c *checker) namesDef(sym *Symbol) bool {
	if sym.Kind == SymFunc {
		return true
	}
	if sym.Kind != SymVar {
		return false
	}
	for n, s := range c.info.Defs {
		if _, isDef := n.(*ast.FuncDef); isDef && s == sym {
			return true
		}
	}
	return false
}

// decoratedMethodAttr types x (m.__name__ or m.__doc__, m a method value
// of a method rewritten by desugarMethodDecorators): the attribute of the
// decorated value the method forwards to, read at run time (CPython's
// class attribute is that value). It reports false for other methods.
func (c *checker) decoratedMethodAttr(x *ast.Attribute, m *Method) bool {
	n := decoratedValueName(m)
	if n == nil || c.info.Uses[n] == nil {
		return false
	}
	if c.info.DecoratedAttrs == nil {
		c.info.DecoratedAttrs = map[*ast.Attribute]*ast.Name{}
	}
	c.info.DecoratedAttrs[x] = n
	c.info.FuncNames = true
	return true
}

// decoratedValueName is the name of the variable holding the decorated
// value that method m forwards to (methdeco.go), or nil.
func decoratedValueName(m *Method) *ast.Name {
	if !forwardsToDecorated(m) {
		return nil
	}
	v := m.Def.(*ast.FuncDef).Body[0].(*ast.Return).Value
	if a, ok := v.(*ast.Await); ok {
		v = a.Value
	}
	n, _ := v.(*ast.Call).Func.(*ast.Name)
	return n
}

// userMethodValue is the user method a method value stands for: bm's (a
// bound method, obj.m), or that of an unbound method of a user class
// (C.m), or nil.
func userMethodValue(bm *BoundMethod, bt Type) *Method {
	if bm == nil {
		bm, _ = bt.(*BoundMethod)
	}
	if bm != nil {
		return bm.Method
	}
	if um, ok := bt.(*UnboundMethod); ok {
		if cls, ok := um.Recv.(*Class); ok && !cls.Builtin {
			return cls.LookupMethod(um.Name)
		}
	}
	return nil
}
