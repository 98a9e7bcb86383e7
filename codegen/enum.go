package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// This file lowers enum classes (check/enum.go). Each member is a package
// variable holding the one instance of the class's struct for it (fields
// name and value); a second variable holds the list of the members, which
// is what the class name stands for as an iterable. Lookups by value and by
// name are py.EnumByValue and py.EnumByName.

// enumMembersName names the list of an enum's members.
func (n *Names) enumMembersName(cls *check.Class) string {
	return names.Derived(n.className(cls), "members")
}

// classVarValue is the initial value of class attribute cv of cls: for an
// enum member, the member itself.
func (g *gen) classVarValue(cls *check.Class, cv *check.Field) Code {
	init := cls.ClassVarInit[cv.Name].(ast.Expr)
	if cls.Enum == nil {
		return g.exprTo(init, cv.Type)
	}
	var v Code
	if n, ok := cls.Enum.Auto[cv.Name]; ok {
		v = Lit(n)
	} else {
		v = g.exprTo(init, cls.LookupField("value").Type)
	}
	return Op("&").Id(g.className(cls)).Values(Dict{
		Id(safe("name")):  Lit(cv.Name),
		Id(safe("value")): v,
	})
}

// enumMembersVar declares the list of an enum's members, filled in by the
// module prologue after the members.
func (g *gen) enumMembersVar(cls *check.Class) {
	if cls.Enum == nil {
		return
	}
	var ms []Code
	for _, cv := range cls.ClassVars {
		ms = append(ms, Id(g.classVarName(cls, cv.Name)))
	}
	g.file.Commentf("%s lists the members of enum %s.", g.enumMembersName(cls), cls.Name)
	g.file.Var().Id(g.enumMembersName(cls)).Op("*").Add(py("List").Types(Id(g.ifaceName(cls))))
	g.prologue = append(g.prologue, Id(g.enumMembersName(cls)).Op("=").Add(py("NewList").Types(Id(g.ifaceName(cls))).Call(ms...)))
}

// enumProtocols emits the repr and str of an enum's members and the
// accessors the runtime's lookups use.
func (g *gen) enumProtocols(cls *check.Class) {
	cn := g.className(cls)
	recv := Params(Id("o").Op("*").Id(cn))
	name, value := Id("o").Dot(safe("name")), Id("o").Dot(safe("value"))
	g.file.Func().Add(recv).Id("PyTypeName").Params().String().Block(Return(Lit(cls.Py())))
	g.file.Func().Add(recv).Id("EnumName").Params().String().Block(Return(name))
	g.file.Func().Add(recv).Id("EnumValue").Params().Any().Block(Return(value))
	if cls.Enum.Int {
		g.file.Func().Add(recv).Id("PyCompare").Params(Id("other").Any()).Int().Block(
			Return(py("Compare").Call(value, Id("other").Assert(Op("*").Id(cn)).Dot(safe("value")))),
		)
		// An IntEnum member is an int to %d (format() is PyFormat below).
		g.file.Func().Add(recv).Id("EnumInt").Params().Int64().Block(Return(value))
	}
	if m := cls.LookupMethod("__str__"); m != nil && m.Sig.Ret == check.Str {
		g.file.Func().Add(recv).Id("PyStr").Params().String().Block(Return(Id("o").Dot(methodGoName("__str__")).Call()))
	} else if cls.Enum.Int {
		g.file.Func().Add(recv).Id("PyStr").Params().String().Block(Return(py("Str").Call(value)))
	} else {
		g.file.Func().Add(recv).Id("PyStr").Params().String().Block(Return(Lit(cls.Name + ".").Op("+").Add(name)))
	}
	// py.Formatter, as CPython 3.11 formats members: through the class's
	// __format__, else an IntEnum's as its int value (its str where the
	// spec is empty) and another enum's as its str (Enum.__format__ is
	// str.__format__(str(self), spec)).
	if m := cls.LookupMethod("__format__"); m != nil {
		if m.Sig.Ret == check.Str && len(m.Sig.Params) == 1 && m.Sig.Params[0].Type == check.Str {
			g.file.Func().Add(recv).Id("PyFormat").Params(Id("spec").String()).String().Block(Return(Id("o").Dot(methodGoName("__format__")).Call(Id("spec"))))
		}
	} else {
		var body Code
		if cls.Enum.Int {
			body = If(Id("spec").Op("==").Lit("")).Block(Return(Id("o").Dot("PyStr").Call())).Line().Return(py("Format").Call(value, Id("spec")))
		} else {
			body = Return(py("Format").Call(Id("o").Dot("PyStr").Call(), Id("spec")))
		}
		g.file.Func().Add(recv).Id("PyFormat").Params(Id("spec").String()).String().Block(body)
	}
	if m := cls.LookupMethod("__repr__"); m != nil && m.Sig.Ret == check.Str {
		g.file.Func().Add(recv).Id("PyRepr").Params(Id("b").Op("*").Qual("strings", "Builder")).Block(
			Id("b").Dot("WriteString").Call(Id("o").Dot(methodGoName("__repr__")).Call()),
		)
		return
	}
	g.file.Func().Add(recv).Id("PyRepr").Params(Id("b").Op("*").Qual("strings", "Builder")).Block(
		Id("b").Dot("WriteString").Call(Lit("<"+cls.Name+".").Op("+").Add(name).Op("+").Lit(": ")),
		py("ReprTo").Call(Id("b"), value),
		Id("b").Dot("WriteString").Call(Lit(">")),
	)
}

// enumLookup lowers Color(v): the member whose value equals v.
func (g *gen) enumLookup(x *ast.Call, cls *check.Class) *Statement {
	vt := cls.LookupField("value").Type
	return py("EnumByValue").Call(Id(g.enumMembersName(cls)), g.exprTo(x.Args[0], vt), Lit(cls.Py()))
}

// enumIndex lowers Color[name]: the member of that name.
func (g *gen) enumIndex(x *ast.Subscript, cls *check.Class) *Statement {
	return py("EnumByName").Call(Id(g.enumMembersName(cls)), g.exprTo(x.Index, check.Str))
}

// enumClassRef returns the enum class of a class-object type, or nil.
func enumClassRef(t check.Type) *check.Class {
	if cr, ok := t.(*check.ClassRef); ok && cr.Class.Enum != nil {
		return cr.Class
	}
	return nil
}
