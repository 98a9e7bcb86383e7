package codegen

import (
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// numFloatUnion reports int | float (a float position that receives ints,
// check/floatpos.go): a float64 in an exported Go API (Go callers pass
// floats; a result that holds an int arrives converted).
func numFloatUnion(t check.Type) bool {
	u, ok := t.(*check.Union)
	if !ok || !check.NumUnion(t) {
		return false
	}
	for _, m := range u.Types {
		if m == check.Float {
			return true
		}
	}
	return false
}

// numFloat is c, an operand of static type t (a float or a numeric union),
// as a float64: where the other operand is a float, CPython converts an int
// operand to a float before the operation, so a union operand is unboxed
// first and the operation is float arithmetic (no boxed result).
func numFloat(c Code, t check.Type) Code {
	if check.NumUnion(t) {
		return py("NumToFloat").Call(c)
	}
	return c
}

// floatBinop emits l op r on float64 operands (op is not /, which stays
// NumTrueDiv: an int / int is correctly rounded).
func floatBinop(op string, l, r Code) *Statement {
	switch op {
	case "//":
		return py("FloorDivFloat").Call(l, r)
	case "%":
		return py("ModFloat").Call(l, r)
	case "**":
		return py("PowFloat").Call(l, r)
	}
	return Parens(Add(l).Op(op).Add(r))
}
