package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// numUnionOps are the runtime functions of arithmetic on numeric unions
// (runtime/py/numunion.go).
var numUnionOps = map[string]string{
	"+": "NumAdd", "-": "NumSub", "*": "NumMul", "/": "NumTrueDiv",
	"//": "NumFloorDiv", "%": "NumMod", "**": "NumPow",
}

// numUnionBinop emits l op r where an operand is a numeric union
// (check.NumUnionResult): the operands pass boxed, and the result is
// unboxed to res, its static type.
func numUnionBinop(op string, l, r Code, res check.Type) *Statement {
	v := py(numUnionOps[op]).Call(l, r)
	if op == "/" {
		return v // already a float64
	}
	return numUnboxed(v, res)
}

// numUnionUnary emits -x or +x for x of numeric union type t.
func (g *gen) numUnionUnary(x *ast.UnaryOp, t check.Type) *Statement {
	fn := "NumNeg"
	if x.Op == "+" {
		fn = "NumPos"
	}
	v := py(fn).Call(g.expr(x.Operand))
	if check.NumUnaryResult(t) == check.Int {
		return py("NumToInt").Call(v)
	}
	return v
}

// numUnboxed converts v, a number boxed in an interface, to the static type
// t: a float, an int, or (a numeric union) v itself.
func numUnboxed(v *Statement, t check.Type) *Statement {
	switch t {
	case check.Float:
		return py("NumToFloat").Call(v)
	case check.Int:
		return py("NumToInt").Call(v)
	}
	return v
}
