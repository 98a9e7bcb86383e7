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

// fieldCheck raises AttributeError when the object obj (evaluated, without
// side effects) lacks attr.
func (g *gen) fieldCheck(obj *Statement, cls *check.Class, attr string) Code {
	return If(Op("!").Add(g.flagRef(obj.Clone(), cls, attr))).Block(Panic(py("NoAttr").Call(obj.Clone(), Lit(attr))))
}

// checkedField is the read of attr of the object obj evaluates to (of Go
// type objType), checked when attr is a lazy field.
func (g *gen) checkedField(obj Code, objType check.Type, cls *check.Class, attr string) *Statement {
	if !g.lazyField(cls, attr) {
		return g.fieldRef(Add(obj), cls, attr)
	}
	f := cls.LookupField(attr)
	return Func().Params(Id("_r").Add(g.goType(objType))).Add(g.goType(f.Type)).Block(
		g.fieldCheck(Id("_r"), cls, attr),
		Return(g.fieldRef(Id("_r"), cls, attr)),
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
