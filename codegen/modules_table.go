package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// The module functions of the built-in table (asyncio.X, time.X) are
// lowered by moduleCall (call.go and the files it dispatches to).
func init() {
	for _, e := range builtins.All() {
		if (e.Receiver() == "asyncio" || e.Receiver() == "time") && lowerHooks[e.Name] == nil {
			lowerHooks[e.Name] = func(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rt check.Type) *Statement {
				return g.moduleCall(x, e.Name)
			}
		}
	}
}
