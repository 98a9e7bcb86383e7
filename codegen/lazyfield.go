package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// Fields instances may lack (check.Info.LazyField): the struct of the
// declaring class holds a presence flag next to each; every store sets
// it and every read checks it, raising CPython's AttributeError ("'C'
// object has no attribute 'x'") where the attribute was never assigned.

// lazyField reports whether attr of cls carries a presence flag.
func (g *gen) lazyField(cls *check.Class, attr string) bool {
	return cls != nil && !cls.Protocol && g.info.LazyField(cls, attr)
}

// setFlag names the presence flag of field attr.
func setFlag(attr string) string { return names.Derived(safe(attr), "set") }

// flagRef is the presence flag of attr in the object obj (a Go value of a
// class's interface or struct pointer).
func (g *gen) flagRef(obj *Statement, cls *check.Class, attr string) *Statement {
	return obj.Dot(g.selfName(cls.FieldOwner(attr))).Call().Dot(setFlag(attr))
}

// fieldOrClass is the value of attr of the object obj (evaluated, without
// side effects) as the field's type: its own attribute, or where it has
// none, the class attribute of its class (check.ClassFallback), else
// AttributeError.
func (g *gen) fieldOrClass(obj *Statement, cls *check.Class, attr string) []Code {
	f := cls.LookupField(attr)
	own := If(g.flagRef(obj.Clone(), cls, attr)).Block(Return(g.fieldRef(obj.Clone(), cls, attr)))
	owner := cls.FieldOwner(attr)
	if !check.ClassFallback(owner, attr) {
		return []Code{own, Panic(py("NoAttr").Call(obj.Clone(), Lit(attr)))}
	}
	cv, cvOwner := owner.LookupClassVar(attr)
	var v Code
	vt := cv.Type
	switch {
	case g.info.IsDynClassVar(owner, attr): // classattrs.go: bound in the class objects
		rt, _ := check.ClassVarRoot(owner, attr).LookupClassVar(attr)
		v, vt = py("ClassAttr").Types(g.goType(rt.Type)).Call(obj.Clone().Dot(pyClassMethod).Call(), Lit(attr)), rt.Type
	default:
		if _, ok := g.cvDispatch(owner, attr); ok { // surface_fix.go: a subclass rebinds it
			v = obj.Clone().Dot(cvGetter(attr)).Call()
		} else {
			v = Id(g.classVarName(cvOwner, attr))
		}
	}
	return []Code{own, Return(g.convert(v, vt, f.Type))}
}

// checkedField is the read of attr of the object obj evaluates to (of Go
// type objType), checked when attr is a lazy field.
func (g *gen) checkedField(obj Code, objType check.Type, cls *check.Class, attr string) *Statement {
	if !g.lazyField(cls, attr) {
		return g.fieldRef(Add(obj), cls, attr)
	}
	f := cls.LookupField(attr)
	return Func().Params(Id("_r").Add(g.goType(objType))).Add(g.goType(f.Type)).Block(
		g.fieldOrClass(Id("_r"), cls, attr)...,
	).Call(obj)
}

// storeField stores val (already of the field's Go type) into attr of the
// object obj evaluates to, setting its presence flag when it has one.
func (g *gen) storeField(obj Code, cls *check.Class, attr string, val Code) Code {
	if !g.lazyField(cls, attr) {
		return g.fieldRef(Add(obj), cls, attr).Op("=").Add(val)
	}
	g.tmp++
	o := fmt.Sprintf("_o%d", g.tmp)
	owner := cls.FieldOwner(attr)
	return Block(
		Id(o).Op(":=").Add(obj).Dot(g.selfName(owner)).Call(),
		Id(o).Dot(safe(attr)).Op("=").Add(val),
		Id(o).Dot(setFlag(attr)).Op("=").True(),
	)
}

// attrFlag is hasattr(obj, "name") answered by the field's presence flag.
func (g *gen) attrFlag(af *check.AttrFlag) *Statement {
	return Func().Params(Id("_r").Add(g.goType(af.Class))).Bool().Block(
		Return(g.flagRef(Id("_r"), af.Class, af.Name)),
	).Call(g.exprTo(af.Obj, af.Class))
}
