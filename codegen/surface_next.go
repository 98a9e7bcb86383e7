package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// nextOther emits next(it, default) whose default has a type other than
// the iterator's elements (next(gen, None) with gen: Iterator[int] is an
// int | None): the iterator and then the default are evaluated, as in
// CPython, and the element or the default is converted to res.
func (g *gen) nextOther(x *ast.Call, it Code, res, et check.Type) *Statement {
	def := g.exprTo(x.Args[1], res)
	return Func().Params().Add(g.goType(res)).Block(
		Id("_it").Op(":=").Add(it),
		Id("_def").Op(":=").Add(def),
		If(List(Id("_v"), Id("_ok")).Op(":=").Id("_it").Dot("Next").Call(), Id("_ok")).Block(
			Return(g.convert(Id("_v"), et, res)),
		),
		Return(Id("_def")),
	).Call()
}

// optConvert converts c, an Optional[from], to an Optional[to] whose
// element has another Go type (Optional[Hold] to Optional[Hold | str],
// Optional[Sub] to Optional[Base]): None stays None.
func (g *gen) optConvert(c Code, from, to check.Type) Code {
	ft, tt := g.goType(&check.Optional{Elem: from}), g.goType(&check.Optional{Elem: to})
	return Func().Params(Id("_o").Add(ft)).Add(tt).Block(
		If(Op("!").Id("_o").Dot("Ok")).Block(Return(Add(tt).Values())),
		Return(py("Some").Types(g.goType(to)).Call(g.convert(Id("_o").Dot("V"), from, to))),
	).Call(c)
}
