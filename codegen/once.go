package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// timeoutCall emits a call that takes an optional timeout e (float | None,
// or nil when absent) as a py.Opt[float64] after the operands lead, which
// Python evaluates before it. build receives the operands and the timeout;
// res is the Go type of the call (unused: the timeout is one expression).
func (g *gen) timeoutCall(res Code, lead []Code, e ast.Expr, build func(lead []Code, timeout []Code) *Statement) *Statement {
	return build(lead, []Code{g.timeoutArg(e)})
}

func isOptional(t check.Type) bool {
	_, ok := t.(*check.Optional)
	return ok
}
