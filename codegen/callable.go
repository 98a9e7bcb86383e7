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
	v, known := check.CallableOf(g.info, g.typeOf(a))
	if !known {
		return g.callableDynamic(g.exprTo(a, check.Object))
	}
	if _, plain := a.(*ast.Name); plain {
		return Lit(v)
	}
	return Func().Params().Bool().Block(Id("_").Op("=").Add(g.expr(a)), Return(Lit(v))).Call()
}

// callableDynamic tests the boxed value v (Go any) at run time: a Go func,
// a built-in callable or a class (py.Callable), or an instance of a user
// class defining __call__ (a type switch on those classes' Go types).
func (g *gen) callableDynamic(v Code) *Statement {
	var cases []Code
	for _, cls := range g.info.Classes {
		if cls.Protocol || cls.LookupMethod("__call__") == nil {
			continue
		}
		cases = append(cases, g.goType(cls))
	}
	body := []Code{}
	if len(cases) > 0 {
		body = append(body, Switch(Id("_x").Assert(Type())).Block(Case(cases...).Block(Return(True()))))
	}
	body = append(body, Return(py("Callable").Call(Id("_x"))))
	return Func().Params(Id("_x").Any()).Bool().Block(body...).Call(v)
}
