package check

import "github.com/aiogo/aiogo/ast"

// setattr(obj, name, value) on an instance (a variable or attribute chain)
// of a user class without subclasses whose constructor sets all its fields
// (the classes getattr with a run-time name reads: getattr_dyn.go), not a
// frozen one: the store into the data field of that name. A literal name
// must name a data field whose type takes the value (a compile error
// otherwise). With a name known only at run time, a data field whose type
// takes the value as it is (a float field only a float, a bool only where
// bool is declared: CPython keeps the value's own type) is stored; another
// data field, or a name of no data field (CPython stores a new instance
// attribute, or replaces a method), raises NotImplementedError at run time.

// DynSetattr describes such a call (Info.DynSetattrs).
type DynSetattr struct {
	Class *Class
	// Fields are the data fields the value may be stored into; Others the
	// data fields whose type does not take it.
	Fields, Others []*Field
	Value          Type // the value's type
}

// setattrCall checks x when it calls the built-in setattr; ok is false for
// other calls.
func (c *checker) setattrCall(x *ast.Call) (Type, bool) {
	n, isName := x.Func.(*ast.Name)
	if !isName || n.ID != "setattr" || c.lookup(n.ID) != nil {
		return nil, false
	}
	fail := func(pos ast.Pos, format string, args ...any) (Type, bool) {
		c.errorf(pos, format, args...)
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil, true
	}
	if len(x.Keywords) > 0 || len(x.Args) != 3 {
		return fail(x.Pos, "setattr takes 3 positional arguments")
	}
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			return fail(a.Position(), "setattr with a starred argument is outside the aiogo language")
		}
	}
	d, ok := c.dynAttrClass(x.Args[0])
	if !ok {
		return fail(x.Pos, "setattr is outside the aiogo language here (setattr(obj, name, value) stores a data field of an instance, a variable or attribute chain, of a user class without subclasses whose constructor sets all its fields; else assign it: obj.attr = value)")
	}
	cls := d.Class
	c.expr(x.Args[0])
	lit, isLit := x.Args[1].(*ast.StrLit)
	if nt := c.exprWant(x.Args[1], Str); nt != nil {
		c.assignable(nt, Str, x.Args[1], "setattr attribute name")
	}
	var fields []*Field
	for _, f := range d.Fields {
		if !isLit || f.Name == lit.Value {
			fields = append(fields, f)
		}
	}
	if isLit && len(fields) == 0 {
		c.expr(x.Args[2])
		c.errorf(x.Args[1].Position(), "setattr of %s.%s, which is not a data field of the class, is outside the aiogo language", cls.Name, lit.Value)
		return nil, true
	}
	var want Type
	if isLit {
		want = fields[0].Type
	}
	vt := c.exprWant(x.Args[2], want)
	if vt == nil {
		return nil, true
	}
	if vt == Object {
		c.errorf(x.Args[2].Position(), "setattr with a value of type object (Any) is outside the aiogo language: give the value a type (v: int = ...)")
		return nil, true
	}
	if cls.Frozen {
		c.errorf(x.Pos, "setattr on an instance of the frozen dataclass %s is outside the aiogo language (CPython raises FrozenInstanceError): use dataclasses.replace", cls.Name)
		return nil, true
	}
	for _, f := range fields {
		if frozenOwner(cls, f.Name) {
			c.errorf(x.Pos, "setattr on an instance of a frozen dataclass is outside the aiogo language (CPython raises FrozenInstanceError): use dataclasses.replace")
			return nil, true
		}
	}
	s := &DynSetattr{Class: cls, Value: vt}
	for _, f := range fields {
		if c.setattrTakes(vt, f.Type) {
			s.Fields = append(s.Fields, f)
		} else if isLit {
			c.errorf(x.Args[2].Position(), "setattr of %s.%s (%s) with a value of type %s is outside the aiogo language (CPython would store it as it is)", cls.Name, f.Name, f.Type, vt)
			return nil, true
		} else {
			s.Others = append(s.Others, f)
		}
	}
	if c.info.DynSetattrs == nil {
		c.info.DynSetattrs = map[*ast.Call]*DynSetattr{}
	}
	c.info.DynSetattrs[x] = s
	return None, true
}

// setattrTakes reports whether a value of type vt stored in a field of type
// ft keeps what CPython keeps: an assignable value, a float-holding field
// only given its own type (an int stored there would print as a float),
// and a bool only where a bool is declared.
func (c *checker) setattrTakes(vt, ft Type) bool {
	if Identical(vt, ft) {
		return true
	}
	if holdsFloat(ft) || mentionsBool(vt) {
		return false
	}
	return c.assignableType(vt, ft)
}

// mentionsBool reports a bool, or an Optional or union holding one.
func mentionsBool(t Type) bool {
	switch x := Unalias(t).(type) {
	case *Basic:
		return x == Bool
	case *Optional:
		return mentionsBool(x.Elem)
	case *Union:
		for _, m := range x.Types {
			if mentionsBool(m) {
				return true
			}
		}
	}
	return false
}
