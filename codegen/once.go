package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// Operands used more than once.
//
// Python evaluates each operand of an expression once, left to right. The
// Go the generator emits sometimes needs an operand's value twice;
// emitting the operand's
// expression twice would run its calls twice. evalOnce is the one place
// that handles this: it binds the operands, in order, to variables of a
// function literal called in place, and builds the result from those
// variables, which may then be used any number of times.

// evalOnce evaluates vals once each, left to right, and returns build's
// expression over variables holding their values. res is the Go type of
// the result (nil: build is a statement and the whole is one too).
func (g *gen) evalOnce(res Code, vals []Code, build func(refs []*Statement) *Statement) *Statement {
	var body []Code
	refs := make([]*Statement, len(vals))
	for i, v := range vals {
		g.tmp++
		n := fmt.Sprintf("_e%d", g.tmp)
		body = append(body, Id(n).Op(":=").Add(v))
		refs[i] = Id(n)
	}
	if res == nil {
		return Func().Params().Block(append(body, build(refs))...).Call()
	}
	return Func().Params().Add(res).Block(append(body, Return(build(refs)))...).Call()
}

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
