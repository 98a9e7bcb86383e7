package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// coroInspect lowers asyncio.iscoroutinefunction, iscoroutine and
// isfuture (check/coroinspect.go): a constant where the checker answered,
// else a run-time test of the value; ok is false for other names.
func (g *gen) coroInspect(x *ast.Call, name string) (*Statement, bool) {
	var test string
	switch name {
	case "asyncio.iscoroutinefunction":
		test = "IsCoroFunc"
	case "asyncio.iscoroutine":
		test = "IsCoroutine"
	case "asyncio.isfuture":
		test = "IsFuture"
	default:
		return nil, false
	}
	arg := x.Args[0]
	ans := g.info.Inspect[x]
	if ans != check.InspectRunTime {
		b := Lit(ans == check.InspectTrue)
		switch arg.(type) {
		case *ast.Name, *ast.Lambda:
			return b, true
		}
		// The argument is evaluated for its effects.
		return Func().Params(Id("_").Add(g.goType(g.typeOf(arg)))).Bool().Block(Return(b)).Call(g.expr(arg)), true
	}
	v := g.expr(arg)
	if _, ok := g.typeOf(arg).(*check.Optional); ok {
		v = py("OptAny").Call(v)
	}
	if test == "IsCoroFunc" {
		return py(test).Call(v), true
	}
	return rt(test).Call(v), true
}
