package check

import "github.com/aiogo/aiogo/ast"

// Conversions int(x) and float(x) of values other than the built-in
// scalars: unions of str, int, float and bool (int(d or 1) with d: str),
// and instances of classes defining __int__, __float__ or __index__.

// ConvDunder is the special method int() (t Int) or float() (t Float)
// calls on an instance of cls, or nil: __int__ or __float__, else
// __index__ (CPython 3.11's fallback for both), each taking no argument.
func ConvDunder(t Type, cls *Class) *Method {
	names := map[Type][]string{Int: {"__int__", "__index__"}, Float: {"__float__", "__index__"}}[t]
	for _, n := range names {
		if m := cls.LookupMethod(n); m != nil && len(m.Sig.Params) == 0 && !m.IsStatic && !m.IsClass {
			return m
		}
	}
	return nil
}

// ScalarUnion reports a union whose members are each str, int, float or
// bool (and at least one is not a number: numeric unions have their own
// conversions).
func ScalarUnion(t Type) bool {
	u, ok := t.(*Union)
	if !ok || NumUnion(t) {
		return false
	}
	for _, m := range u.Types {
		if m != Str && !IsNumeric(m) {
			return false
		}
	}
	return true
}

// convertOther types int(x)/float(x) for a scalar union or a class with
// a conversion method; ok is false for other conversions.
func (c *checker) convertOther(x *ast.Call, t, at Type) (Type, bool) {
	nargs := len(x.Args)
	if nargs != 1 || (t != Int && t != Float) {
		return nil, false
	}
	if ScalarUnion(at) {
		return t, true
	}
	if cls, ok := at.(*Class); ok && !cls.Builtin {
		if m := ConvDunder(t, cls); m != nil {
			if m.Sig.Ret != Int && !(t == Float && m.Sig.Ret == Float) {
				c.errorf(x.Pos, "%s of %s returns %s, not %s", m.Name, cls.Name, m.Sig.Ret, t)
				return nil, true
			}
			return t, true
		}
	}
	return nil, false
}
