package codegen

import (
	"math/big"

	"github.com/aiogo/aiogo/ast"
)

// foldIntConst evaluates an int expression made only of int literals and
// the operators + - * // % ** << >> & | ^ and unary - + ~, in arbitrary
// precision as CPython does: 2**63 - 1 and -(2**63) are 64-bit ints whose
// intermediate 2**63 is not. ok is false for anything else (names, calls,
// a zero divisor, a negative exponent or shift, results that would be
// huge to compute).
func foldIntConst(e ast.Expr) (*big.Int, bool) {
	switch x := e.(type) {
	case *ast.IntLit:
		if x.Overflow {
			return nil, false
		}
		return big.NewInt(x.Value), true
	case *ast.UnaryOp:
		v, ok := foldIntConst(x.Operand)
		if !ok {
			return nil, false
		}
		switch x.Op {
		case "-":
			return new(big.Int).Neg(v), true
		case "+":
			return v, true
		case "~":
			return new(big.Int).Not(v), true
		}
		return nil, false
	case *ast.BinOp:
		a, ok := foldIntConst(x.Left)
		if !ok {
			return nil, false
		}
		b, ok := foldIntConst(x.Right)
		if !ok {
			return nil, false
		}
		r := new(big.Int)
		switch x.Op {
		case "+":
			return r.Add(a, b), true
		case "-":
			return r.Sub(a, b), true
		case "*":
			return r.Mul(a, b), true
		case "//", "%":
			if b.Sign() == 0 {
				return nil, false
			}
			q, m := new(big.Int).QuoRem(a, b, new(big.Int))
			if m.Sign() != 0 && m.Sign() != b.Sign() { // floor, not truncation
				q.Sub(q, big.NewInt(1))
				m.Add(m, b)
			}
			if x.Op == "//" {
				return q, true
			}
			return m, true
		case "**":
			if b.Sign() < 0 || !b.IsInt64() || int64(a.BitLen())*b.Int64() > 1<<16 {
				return nil, false
			}
			return r.Exp(a, b, nil), true
		case "<<", ">>":
			if b.Sign() < 0 || !b.IsInt64() || b.Int64() > 1<<12 {
				return nil, false
			}
			if x.Op == "<<" {
				return r.Lsh(a, uint(b.Int64())), true
			}
			return r.Rsh(a, uint(b.Int64())), true
		case "&":
			return r.And(a, b), true
		case "|":
			return r.Or(a, b), true
		case "^":
			return r.Xor(a, b), true
		}
	}
	return nil, false
}
