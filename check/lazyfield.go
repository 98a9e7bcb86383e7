package check

import "github.com/aiogo/aiogo/ast"

// Attributes an instance may lack. An attribute of a class that not every
// instance gets while it is constructed (a bare class-level annotation
// `note: str` that only a later method assigns, `self.task = ...` first
// assigned in start()) does not exist until assigned: CPython raises
// AttributeError ("'C' object has no attribute 'note'") on a read before
// that. Such a field carries a presence flag in the generated struct:
// stores set it, reads check it (codegen/lazyfield.go). Fields every
// instance gets at construction (setAtConstruction: unsetattr.go) carry
// none.

// LazyField reports whether instances of cls (or of a subclass) may lack
// the data field name that cls declares: some class of the hierarchy below
// the field's owner does not assign it while constructed.
func (info *Info) LazyField(cls *Class, name string) bool {
	owner := cls.FieldOwner(name)
	if owner == nil || owner.Builtin || owner.Protocol || owner.Enum != nil || owner.TypedDict != nil || owner.NamedTuple {
		return false
	}
	key := lazyKey{owner, name}
	if v, ok := info.lazyFields[key]; ok {
		return v
	}
	// A plain class's constructor starts the field from a class
	// attribute of that name (codegen's constructor), unless reads fall
	// back to the class attribute (ClassFallback).
	fallback := ClassFallback(owner, name)
	set := func(k *Class) bool {
		if cv, _ := k.LookupClassVar(name); cv != nil && !k.Dataclass && !fallback {
			return true
		}
		return setAtConstruction(k, name)
	}
	lazy := !set(owner)
	for _, k := range info.ClassList {
		if lazy {
			break
		}
		if k != owner && k.IsSubclassOf(owner) && !set(k) {
			lazy = true
		}
	}
	if info.lazyFields == nil {
		info.lazyFields = map[lazyKey]bool{}
	}
	info.lazyFields[key] = lazy
	return lazy
}

// ClassFallback reports an instance attribute name of owner (the class
// declaring it) that is also a class attribute of owner's: an instance
// that has not assigned its own reads the class attribute of its class,
// as CPython's lookup does (class Counter: total = 0, and instances that
// assign self.total), so stores through the class are seen. Not for
// dataclasses, or where a subclass rebinds it with another type.
func ClassFallback(owner *Class, name string) bool {
	if owner == nil || owner.Dataclass || owner.Builtin {
		return false
	}
	cv, _ := owner.LookupClassVar(name)
	if cv == nil || cv.Type == nil {
		return false
	}
	f := owner.LookupField(name)
	return f != nil && Identical(f.Type, cv.Type) && subsRebindAs(owner, name, cv.Type, 0)
}

// subsRebindAs reports whether every class attribute name of the classes
// deriving from k has type t.
func subsRebindAs(k *Class, name string, t Type, depth int) bool {
	if depth > 64 {
		return false
	}
	for _, s := range k.subs {
		for _, cv := range s.ClassVars {
			if cv.Name == name && !Identical(cv.Type, t) {
				return false
			}
		}
		if !subsRebindAs(s, name, t, depth+1) {
			return false
		}
	}
	return true
}

// lazyKey is a field by its declaring class.
type lazyKey struct {
	owner *Class
	name  string
}

// AttrFlag is hasattr(Obj, Name) answered by the presence flag of the
// field Name of Class, the static class of Obj.
type AttrFlag struct {
	Obj   ast.Expr
	Class *Class
	Name  string
}

// lazyHasAttr answers hasattr(obj, "name") and getattr(obj, "name",
// default) where obj is an instance of class m (members) declaring the
// field name that instances may lack: hasattr reads the field's presence
// flag, getattr with a default is `obj.name if hasattr(obj, "name") else
// default` (the object and the default must be free of effects). ok is
// false for other calls (getattr.go answers them).
func (c *checker) lazyHasAttr(x *ast.Call, fn string, members []*Class, name string, lit *ast.StrLit) (Type, bool) {
	if len(members) != 1 || (fn != "hasattr" && len(x.Args) != 3) {
		return nil, false
	}
	m := members[0]
	if m.LookupField(name) == nil || !c.info.LazyField(m, name) || ClassFallback(m.FieldOwner(name), name) {
		return nil, false
	}
	for _, k := range c.info.ClassList {
		if k.IsSubclassOf(m) && k.LookupMethod(name) != nil {
			return nil, false // a subclass's method or property of that name
		}
	}
	if fn == "hasattr" {
		if c.info.AttrFlags == nil {
			c.info.AttrFlags = map[*ast.Call]*AttrFlag{}
		}
		c.info.AttrFlags[x] = &AttrFlag{Obj: x.Args[0], Class: m, Name: name}
		return Bool, true
	}
	obj := x.Args[0]
	if !pureExpr(obj) || !pureExpr(x.Args[2]) {
		c.errorf(x.Pos, "getattr(..., %q, default) of an attribute instances of %s may lack: the object and the default must be variables or literals", name, m.Name)
		return nil, true
	}
	test := &ast.Call{Pos: x.Pos, Func: &ast.Name{Pos: x.Pos, ID: "hasattr"}, Args: []ast.Expr{clonePure(obj), lit}}
	via := &ast.IfExp{Pos: x.Pos, Test: test, Body: &ast.Attribute{Pos: x.Pos, Value: clonePure(obj), Attr: name, AttrPos: lit.Pos}, Orelse: x.Args[2]}
	return c.exprVia(x, via), true
}
