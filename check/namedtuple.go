package check

import (
	"github.com/aiogo/aiogo/ast"
)

// This file types typing.NamedTuple subclasses. A NamedTuple class is
// checked and generated as a frozen dataclass ordered by its fields (the
// same constructor, repr "Point(x=1, y=2)", equality and ordering as
// CPython's tuples of the fields), plus the tuple operations on it:
// indexing by a constant, unpacking, len, and the methods _replace and
// _asdict.

// NamedTupleClass is typing.NamedTuple (a marker base).
var NamedTupleClass = &Class{Name: "NamedTuple", Methods: map[string]*Method{}}

// namedTupleHeader turns a class deriving from NamedTuple into a
// NamedTuple class.
func (c *checker) namedTupleHeader(s *ast.ClassDef, cls *Class) {
	b := cls.Base
	if b == nil {
		return
	}
	if b.NamedTuple {
		c.errorf(s.Bases[0].Position(), "class %s: deriving from NamedTuple class %s is outside the aiogo language", s.Name, b.Name)
		cls.Base = nil
		return
	}
	if b != NamedTupleClass {
		return
	}
	if cls.Dataclass {
		c.unsupported(s, "dataclass NamedTuple")
	}
	cls.Base = nil
	cls.NamedTuple = true
	cls.Dataclass, cls.Frozen, cls.DataOrder = true, true, true
	for _, st := range s.Body {
		if f, ok := st.(*ast.FuncDef); ok {
			switch f.Name {
			case "__init__", "__new__", "__post_init__", "__eq__", "__hash__":
				c.errorf(f.Pos, "NamedTuple %s: defining %s is outside the aiogo language", s.Name, f.Name)
			}
		}
	}
}

// namedTupleIndex types p[i] of a NamedTuple: i must be a constant.
func (c *checker) namedTupleIndex(x *ast.Subscript, cls *Class) Type {
	if _, ok := x.Index.(*ast.Slice); ok {
		c.errorf(x.Pos, "slicing NamedTuple %s is outside the aiogo language", cls.Name)
		return nil
	}
	c.expr(x.Index)
	f := NamedTupleField(cls, x.Index)
	if f == nil {
		c.errorf(x.Index.Position(), "a NamedTuple index must be a constant integer within its %d fields", len(cls.AllFields()))
		return nil
	}
	return f.Type
}

// NamedTupleField returns the field a constant index selects, or nil.
func NamedTupleField(cls *Class, index ast.Expr) *Field {
	fs := cls.AllFields()
	i, ok := constInt(index)
	if !ok {
		return nil
	}
	if i < 0 {
		i += int64(len(fs))
	}
	if i < 0 || i >= int64(len(fs)) {
		return nil
	}
	return fs[i]
}

// namedTupleAttr types the methods NamedTuple gives its classes.
func namedTupleAttr(cls *Class, name string) Type {
	if !cls.NamedTuple {
		return nil
	}
	switch name {
	case "_replace", "_asdict":
		return &BoundMethod{Recv: cls, Name: name}
	case "_fields":
		return NamedTupleFields(cls)
	}
	return nil
}

// NamedTupleElem is the type iterating over an instance of the named tuple
// class cls binds: the join of its field types, as for a tuple.
func NamedTupleElem(cls *Class) Type {
	fs := cls.AllFields()
	els := make([]Type, len(fs))
	for i, f := range fs {
		els[i] = f.Type
	}
	return TupleElem(&Tuple{Elems: els})
}

// NamedTupleFields is the type of a named tuple class's _fields: a tuple
// of one str per field.
func NamedTupleFields(cls *Class) *Tuple {
	els := make([]Type, len(cls.AllFields()))
	for i := range els {
		els[i] = Str
	}
	return &Tuple{Elems: els}
}

// namedTupleMethod types calls of _replace and _asdict.
func (c *checker) namedTupleMethod(recv Type, name string, x *ast.Call) (Type, bool) {
	cls, ok := recv.(*Class)
	if !ok || !cls.NamedTuple || x == nil {
		return nil, false
	}
	switch name {
	case "_replace":
		if len(x.Args) > 0 {
			c.errorf(x.Pos, "_replace takes keyword arguments only")
		}
		for _, k := range x.Keywords {
			f := cls.LookupField(k.Name)
			if f == nil {
				c.errorf(k.Pos, "%s has no field %s", cls.Name, k.Name)
				c.expr(k.Value)
				continue
			}
			if t := c.exprWant(k.Value, f.Type); t != nil {
				c.assignable(t, f.Type, k.Value, "_replace argument")
			}
		}
		return cls, true
	case "_asdict":
		c.nargs(x, name, 0, 0)
		c.noKeywords(x)
		return &Dict{Key: Str, Val: &AnyType{"Any"}}, true
	}
	return nil, false
}
