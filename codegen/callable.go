package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

func init() {
	lowerHooks["callable"] = lowerCallable
}

// lowerCallable lowers callable(obj): the answer its type gives
// (check.CallableOf), after evaluating obj.
func lowerCallable(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	a := x.Args[0]
	v, _ := check.CallableOf(g.info, g.typeOf(a))
	if _, plain := a.(*ast.Name); plain {
		return Lit(v)
	}
	return Func().Params().Bool().Block(Id("_").Op("=").Add(g.expr(a)), Return(Lit(v))).Call()
}
