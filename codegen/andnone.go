package codegen

import (
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// andNone emits the test of an `and` operand whose values other than None
// are never false (check.Info.AndNone): for a T | None (opt), None ends
// the expression with None (converted to the expression's type t) and a T
// goes on to the next operand; a T is evaluated and always goes on.
func (g *gen) andNone(v Code, n string, t check.Type, opt bool) *Statement {
	if !opt {
		return Id("_").Op("=").Add(v)
	}
	return If(Id(n).Op(":=").Add(headExpr(v)), Op("!").Id(n).Dot("Ok")).Block(Return(g.convert(py("None"), check.None, t)))
}
