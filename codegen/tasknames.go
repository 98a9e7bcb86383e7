package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// taskName emits the name= argument of create_task as the runtime takes it:
// a string, "" for None (the default name Task-N).
func (g *gen) taskName(e ast.Expr) Code {
	switch g.typeOf(e).(type) {
	case *check.Optional:
		return Parens(g.exprTo(e, &check.Optional{Elem: check.Str})).Dot("Or").Call(Lit(""))
	}
	if g.typeOf(e) == check.None {
		return Lit("")
	}
	return g.exprTo(e, check.Str)
}
