package check

import "github.com/aiogo/aiogo/ast"

// UnionField reports whether reading attribute attr of a value of union
// type u reads a data field every member class declares (e.account with
// e: Opened | Deposited | Closed, node.name with node: Dir | File): the
// members are all user classes and each has the field.
func UnionField(u *Union, attr string) bool {
	for _, m := range u.Types {
		cls, ok := m.(*Class)
		if !ok || cls.Builtin || cls.IsExc {
			return false
		}
		if f := cls.LookupField(attr); f == nil || f.Type == nil {
			return false
		}
		if p := cls.LookupMethod(attr); p != nil {
			return false
		}
	}
	return true
}

// unionFieldAttr types such a read: the field's type, or the union of
// the members' field types as mypy gives it. ok is false for other
// attributes (left to the other rules, which refuse them).
func (c *checker) unionFieldAttr(x *ast.Attribute, u *Union) (Type, bool) {
	for _, m := range u.Types {
		if cls, ok := m.(*Class); ok && !cls.Builtin {
			if f := cls.LookupField(x.Attr); f != nil && f.Type == nil {
				c.ensureInit(cls) // kinds.go
			}
		}
	}
	if !UnionField(u, x.Attr) {
		return nil, false
	}
	c.unifyFields(u, x.Attr) // floatpos.go
	var res Type
	for _, m := range u.Types {
		ft := m.(*Class).LookupField(x.Attr).Type
		switch {
		case res == nil:
			res = ft
		case Identical(res, ft):
		default:
			if res = unionOf(res, ft); res == nil {
				return nil, false
			}
		}
	}
	return res, true
}

// plainDataSubclass reports a class body without annotated attributes and
// without __init__ (so that, deriving from a dataclass, it is one).
func plainDataSubclass(s *ast.ClassDef) bool {
	for _, st := range s.Body {
		switch m := st.(type) {
		case *ast.AnnAssign:
			return false
		case *ast.FuncDef:
			if m.Name == "__init__" {
				return false
			}
		}
	}
	return true
}
