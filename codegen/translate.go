package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// Lowering of str.maketrans and str.translate (check/translate.go).

func init() {
	lowerHooks["str.maketrans"] = func(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
		dt := g.typeOf(x).(*check.Dict)
		if len(x.Args) == 1 {
			return py("StrMakeTransDict").Call(g.exprTo(x.Args[0], g.typeOf(x.Args[0])))
		}
		var args []Code
		for _, a := range x.Args {
			args = append(args, g.expr(a))
		}
		for len(args) < 3 {
			args = append(args, Lit(""))
		}
		return sym(e.Go).Types(g.goType(dt.Val)).Call(args...)
	}
	lowerHooks["str.translate"] = func(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, _ check.Type) *Statement {
		return sym(e.Go).Call(r, g.expr(x.Args[0]))
	}
}
