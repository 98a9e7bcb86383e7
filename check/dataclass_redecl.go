package check

import "github.com/aiogo/aiogo/ast"

// A dataclass subclass may declare again a field of its dataclass base
// (retries: int = 5 over the base's retries: int = 1): CPython keeps the
// field in the base's position with the subclass's default, for the
// subclass's __init__, repr and comparisons (the base's own are
// unchanged). The field stays the base's (one attribute); the default is
// the subclass's (Class.Defaults, looked up from the class constructed).
// A redeclaration that changes the type, drops the default or changes the
// field's options is refused.

// redeclaredField checks the declaration f (at m) of a field of
// dataclass cls against a base's field of the same name, if any. ok is
// false after an error.
func (c *checker) redeclaredField(cls *Class, m *ast.AnnAssign, f *Field) bool {
	if cls.Base == nil || !cls.Base.Dataclass {
		return true
	}
	bf := fieldOf(cls.Base, f.Name)
	if bf == nil {
		return true
	}
	switch {
	case !Identical(bf.Type, f.Type):
		c.errorf(m.Pos, "dataclass %s redeclares field %s of %s with another type (%s, not %s): not supported", cls.Name, f.Name, cls.Base.Name, f.Type, bf.Type)
	case m.Value == nil:
		if _, has := cls.Base.lookupDefault(f.Name); has {
			c.errorf(m.Pos, "dataclass %s redeclares field %s of %s without its default: not supported", cls.Name, f.Name, cls.Base.Name)
			return false
		}
		return true
	case bf.NoInit != f.NoInit || bf.NoRepr != f.NoRepr || bf.NoCompare != f.NoCompare || bf.KwOnly != f.KwOnly || bf.Plain:
		c.errorf(m.Pos, "dataclass %s redeclares field %s of %s with other field options: not supported", cls.Name, f.Name, cls.Base.Name)
	default:
		return true
	}
	return false
}
