package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// unionStore emits obj.attr = <store(field)> for obj of union type u
// (check.UnionStore: every member declares attr as a data field of one
// type): a type switch over the members' interfaces, each storing into its
// own field. store gets the field (an assignable Go expression) of the
// member the value holds.
func (g *gen) unionStore(obj Code, u *check.Union, attr string, store func(field *Statement) Code) Code {
	g.tmp++
	o := fmt.Sprintf("_o%d", g.tmp)
	var cases []Code
	for _, m := range u.Types {
		cls := m.(*check.Class)
		var flag Code = Null()
		if g.lazyField(cls, attr) {
			flag = g.flagRef(Id(o), cls, attr).Op("=").True() // lazyfield.go
		}
		cases = append(cases, Case(Id(g.ifaceName(cls))).Block(store(g.fieldRef(Id(o), cls, attr)), flag))
	}
	cases = append(cases, Default().Block(Panic(Lit("aiogo: union value of an unexpected class"))))
	return Switch(Id(o).Op(":=").Add(obj).Assert(Type())).Block(cases...)
}

// unionAssign emits x = val for x an attribute of a union value.
func (g *gen) unionAssign(x *ast.Attribute, u *check.Union, val Code, vt check.Type) []Code {
	g.tmp++
	v := fmt.Sprintf("_v%d", g.tmp)
	ft := g.info.Types[x]
	return []Code{Block(
		Id(v).Op(":=").Add(val),
		g.unionStore(g.expr(x.Value), u, x.Attr, func(f *Statement) Code {
			return f.Op("=").Add(g.convert(Id(v), vt, ft))
		}),
	)}
}
