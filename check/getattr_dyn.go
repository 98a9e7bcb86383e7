package check

import (
	"sort"

	"github.com/aiogo/aiogo/ast"
)

// getattr(obj, name[, default]) with a name known only at run time (a
// variable, f.name of dataclasses.fields(obj)) on an instance of a user
// class without subclasses whose fields are all set by its constructor:
// the value of the data field of that name, typed as mypy types it (Any:
// an object), or the default; a name of no attribute raises CPython's
// AttributeError. A name that is a method, property or class attribute
// (or a dunder name) raises NotImplementedError at run time: aiogo has no
// such values as objects.

// DynGetattr describes such a call (Info.DynGetattrs).
type DynGetattr struct {
	Class  *Class
	Fields []*Field // the data fields, in order
	// Other are the names of the class's methods, properties and class
	// attributes.
	Other []string
}

// dynGetattr checks getattr x whose name argument is not a literal; ok
// is false when it does not apply (the caller refuses).
func (c *checker) dynGetattr(x *ast.Call) (Type, bool) {
	if len(x.Args) < 2 {
		return nil, false
	}
	obj := x.Args[0]
	if !pureExpr(obj) {
		return nil, false
	}
	var cls *Class
	ok := c.probe(func() bool {
		k, isCls := c.expr(obj).(*Class)
		cls = k
		return isCls
	})
	if !ok || cls == nil || cls.Builtin || cls.IsExc || cls.Protocol || cls.Enum != nil || cls.TypedDict != nil || cls.NamedTuple || cls.hasSub || !classObjValue(cls) {
		return nil, false
	}
	for _, k := range c.info.ClassList {
		if k != cls && k.IsSubclassOf(cls) {
			return nil, false
		}
	}
	d := &DynGetattr{Class: cls}
	seen := map[string]bool{}
	for _, f := range cls.AllFields() {
		if f.Type == nil || f.InitVar || !setAtConstruction(cls, f.Name) {
			return nil, false
		}
		d.Fields = append(d.Fields, f)
		seen[f.Name] = true
	}
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		for name := range k.Methods {
			if !seen[name] {
				seen[name] = true
				d.Other = append(d.Other, name)
			}
		}
		for _, cv := range k.ClassVars {
			if !seen[cv.Name] {
				seen[cv.Name] = true
				d.Other = append(d.Other, cv.Name)
			}
		}
	}
	sort.Strings(d.Other)
	c.expr(obj)
	if nt := c.exprWant(x.Args[1], Str); nt != nil {
		c.assignable(nt, Str, x.Args[1], "getattr attribute name")
	}
	if len(x.Args) == 3 {
		if dt := c.expr(x.Args[2]); dt != nil && dt != Object {
			c.info.Conv[x.Args[2]] = Object
		}
	}
	if c.info.DynGetattrs == nil {
		c.info.DynGetattrs = map[*ast.Call]*DynGetattr{}
	}
	c.info.DynGetattrs[x] = d
	return Object, true
}
