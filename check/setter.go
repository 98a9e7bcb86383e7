package check

import "github.com/aiogo/aiogo/ast"

// Property setters and decorators on methods.
//
// `@name.setter` on a second def of a @property name makes obj.name = v
// (and obj.name op= v) call it; the setter lives in Class.Methods under
// SetterKey(name). @contextmanager and @asynccontextmanager on a method
// make obj.name(...) return the context manager; the method itself stays a
// generator (Method.Sig) and callers use Method.Decorated.

// isCMDecorator reports whether d names contextlib's contextmanager or
// asynccontextmanager.
func (c *checker) isCMDecorator(d ast.Expr) bool {
	var t Type
	switch x := d.(type) {
	case *ast.Name:
		if sym := c.lookup(x.ID); sym != nil {
			t = sym.Type
		}
	case *ast.Attribute:
		if b, ok := x.Value.(*ast.Name); ok && b.ID == "contextlib" {
			return x.Attr == "contextmanager" || x.Attr == "asynccontextmanager"
		}
	}
	bf, ok := t.(*BuiltinFunc)
	return ok && (bf.Name == "contextlib.contextmanager" || bf.Name == "contextlib.asynccontextmanager")
}

// methodDecorators applies the context-manager decorators of method def m.
func (c *checker) methodDecorators(meth *Method, m *ast.FuncDef) {
	var t Type = meth.Sig
	for i := len(m.Decorators) - 1; i >= 0; i-- {
		d := m.Decorators[i]
		if !c.isCMDecorator(d) {
			continue
		}
		if meth.IsStatic || meth.IsClass || meth.IsProperty {
			c.unsupported(d, "context-manager decorator on a static, class or property method")
			return
		}
		gt, _ := c.genDecorator(d, t)
		if gt == nil {
			return
		}
		t = gt
	}
	if f, ok := t.(*Func); ok && f != meth.Sig {
		meth.Decorated = f
	}
}

// setterAssign checks obj.name = v for a property with a setter; ok is
// false when name has none.
func (c *checker) setterAssign(cls *Class, x *ast.Attribute, vt Type, value ast.Expr) bool {
	s := cls.LookupSetter(x.Attr)
	if s == nil {
		return false
	}
	pt := s.Sig.Params[0].Type
	c.info.Types[x] = pt
	if value != nil {
		c.assignable(vt, pt, value, "assignment to "+x.Attr)
	} else if !c.assignableType(vt, pt) {
		c.errorf(x.Pos, "cannot assign %s to %s (type %s)", vt, x.Attr, pt)
	}
	return true
}
