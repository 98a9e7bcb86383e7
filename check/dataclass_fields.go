package check

import "github.com/aiogo/aiogo/ast"

// dataclasses.fields(obj_or_class) is the tuple of a dataclass's fields
// in declaration order (the ones asdict reports: not the plain attributes
// a method assigns). Programs read their names (header rows, field
// listings): a field here has the attribute name only; its other
// attributes (type, default) print addresses in CPython and are refused.
// On an instance the fields are the run-time class's (py.Fields, from the
// PyFields every dataclass then reports); on a class named statically
// they are known here.

// DataclassFieldType is dataclasses.Field.
var DataclassFieldType = &Opaque{"Field", "DataclassField"}

// dataclassFields checks a call of dataclasses.fields.
func (c *checker) dataclassFields(x *ast.Call) Type {
	if len(x.Args) != 1 || len(x.Keywords) != 0 {
		c.errorf(x.Pos, "fields() takes one dataclass or dataclass instance")
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil
	}
	t := c.expr(x.Args[0])
	var cls *Class
	switch v := t.(type) {
	case *Class:
		cls = v
	case *ClassRef:
		cls = v.Class
		if !StaticClass(c.info, x.Args[0]) {
			c.errorf(x.Args[0].Position(), "fields() of a class held in a variable is not supported: name the class, or pass an instance")
			return nil
		}
	case nil:
		return nil
	}
	if cls == nil || !cls.Dataclass || cls.NamedTuple {
		c.errorf(x.Args[0].Position(), "fields() needs a dataclass or an instance of one, not %s", t)
		return nil
	}
	c.info.DataclassFields = true
	return &Tuple{Elems: []Type{DataclassFieldType}, Var: true}
}

// dataclassFieldAttr types the attributes of a dataclasses.Field (nil:
// not one).
func dataclassFieldAttr(recv Type, attr string) Type {
	if recv == DataclassFieldType && attr == "name" {
		return Str
	}
	return nil
}

// DataclassFieldNames lists the names fields() reports for dataclass cls.
func DataclassFieldNames(cls *Class) []string {
	var out []string
	for _, f := range cls.AllFields() {
		if !f.Plain && !f.InitVar {
			out = append(out, f.Name)
		}
	}
	return out
}
