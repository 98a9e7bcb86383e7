package check

import "github.com/aiogo/aiogo/ast"

// NotImplemented returned by an arithmetic special method (__add__,
// __radd__, __mul__, ...): CPython then tries the other operand's
// reflected method and, failing that, raises TypeError("unsupported
// operand type(s) for +: 'A' and 'B'"). The method's Go result is its
// declared type's zero value with the runtime's NotImplemented record set
// (py.NotImplementedOf); the operator reads the record (py.BinopResult)
// and raises the TypeError. Where the right operand's class defines the
// reflected method CPython would try, the operator is refused
// (binaryNotImpl).

// arithNotImplDunder reports whether m is a binary arithmetic special
// method, forward or reflected, that may return NotImplemented here.
func arithNotImplDunder(m *Method) bool {
	if m == nil || m.IsStatic || m.IsClass || m.IsAsync || m.IsProperty || len(m.Sig.Params) != 1 || m.Sig.Ret == nil {
		return false
	}
	for _, name := range binaryDunders {
		if m.Name == name || m.Name == "__r"+name[2:] {
			return true
		}
	}
	return false
}

// MayReturnNotImplemented reports whether the body of method m has a
// `return NotImplemented` (read from its source, so that operators checked
// before the method's body know it).
func MayReturnNotImplemented(m *Method) bool {
	if m == nil || m.Def == nil {
		return false
	}
	def, ok := m.Def.(*ast.FuncDef)
	if !ok {
		return false
	}
	found := false
	for _, s := range def.Body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncDef, *ast.Lambda, *ast.ClassDef:
				return false // a nested function's own returns
			case *ast.Return:
				if v, ok := x.Value.(*ast.Name); ok && v.ID == "NotImplemented" {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// binaryNotImpl refuses lt op rt through forward method m that may return
// NotImplemented where rt's class defines the reflected method CPython
// would call then (not supported: the forward method's answer is final).
func (c *checker) binaryNotImpl(pos ast.Pos, op string, m *Method, lt, rt Type) {
	if !MayReturnNotImplemented(m) {
		return
	}
	rc, ok := rt.(*Class)
	if !ok || rc.Builtin {
		return
	}
	if lc, ok := lt.(*Class); ok && lc == rc && !c.hasSubclasses(rc) {
		return // operands of one type: CPython tries no reflected method
	}
	if r := Dunder(rt, "__r"+binaryDunders[op][2:]); r != nil {
		c.errorf(pos, "%s.%s may return NotImplemented, after which CPython tries %s.%s: not supported (return the result from %s.%s)", lt, m.Name, rc.Name, r.Name, lt, m.Name)
	}
}

// SumRadd is the __radd__ that sum(xs) without a start calls for the
// first element of class et (0 + x0 is x0.__radd__(0), the following
// elements added by SumAdd's __add__), or nil: typeshed's sum overload for
// classes with __radd__(int), whose result is et | Literal[0].
func SumRadd(et Type) *Method {
	cls, ok := et.(*Class)
	if !ok || cls.Builtin || SumAdd(et, et) == nil {
		return nil
	}
	m := cls.LookupMethod("__radd__")
	if m == nil || len(m.Sig.Params) != 1 || m.IsStatic || m.IsClass || m.IsAsync || !Identical(m.Sig.Ret, et) {
		return nil
	}
	if p := m.Sig.Params[0].Type; p != Int && p != Float && p != Object {
		return nil
	}
	return m
}

// hasSubclasses reports whether some class of the program derives from cls.
func (c *checker) hasSubclasses(cls *Class) bool {
	for _, k := range c.info.Classes {
		if k != cls && k.IsSubclassOf(cls) {
			return true
		}
	}
	return false
}
