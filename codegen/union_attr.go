package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// unionAttr emits the read of a data field every member class of the
// union u declares (check.UnionField): a type switch over the members'
// interfaces, each reading its own field, converted to the result type.
func (g *gen) unionAttr(x *ast.Attribute, u *check.Union) *Statement {
	rt := g.typeOf(x)
	var cases []Code
	for _, m := range u.Types {
		cls := m.(*check.Class)
		f := cls.LookupField(x.Attr)
		read := g.fieldRef(Id("_o"), cls, x.Attr)
		if g.lazyField(cls, x.Attr) {
			read = g.checkedField(Id("_o"), cls, cls, x.Attr) // lazyfield.go
		}
		cases = append(cases, Case(Id(g.ifaceName(cls))).Block(
			Return(g.convert(read, f.Type, rt)),
		))
	}
	return Func().Params(Id("_u").Any()).Add(g.goType(rt)).Block(
		Switch(Id("_o").Op(":=").Id("_u").Assert(Type())).Block(cases...),
		Panic(Lit("aiogo: union value of an unexpected class")),
	).Call(g.expr(x.Value))
}
