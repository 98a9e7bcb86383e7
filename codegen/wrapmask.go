package codegen

import (
	"math/big"

	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// Masked int arithmetic: (h * 0xcc9e2d51) & 0xFFFFFFFF, (x << 32) & MASK,
// (a + b) % 2**32. CPython computes the operand in arbitrary precision and
// keeps its low bits; a 64-bit int would overflow there. The low 64 bits of
// a result of +, -, *, <<, &, |, ^, unary - and ~ depend only on the low 64
// bits of the operands, so under a mask 0 <= M < 2**63 (or % 2**k, k <= 62,
// which is & (2**k - 1)) those operators wrap instead: the result is exactly
// CPython's. Operands that are not such an operation (names, calls, //, >>,
// a shift count) are computed as everywhere else.

// maskConst is the constant value of a mask operand: an int expression of
// literals (0xFFFFFFFF, (1 << 32) - 1), or a module-level name that always
// holds one (check's IntConsts: MASK32), in [0, 2**63).
func (g *gen) maskConst(e ast.Expr) (int64, bool) {
	if n, ok := e.(*ast.Name); ok {
		if v, ok := g.info.IntConsts[g.info.Uses[n]]; ok {
			e = v
		}
	}
	v, ok := foldIntConst(e)
	if !ok || v.Sign() < 0 || !v.IsInt64() {
		return 0, false
	}
	return v.Int64(), true
}

// maskedBinop emits x, an & or % of ints with a constant mask operand, with
// the other operand computed in wrapping arithmetic; ok is false otherwise.
func (g *gen) maskedBinop(x *ast.BinOp) (*Statement, bool) {
	if g.typeOf(x) != check.Int || g.typeOf(x.Left) != check.Int || g.typeOf(x.Right) != check.Int {
		return nil, false
	}
	var operand ast.Expr
	var mask int64
	switch x.Op {
	case "&":
		if m, ok := g.maskConst(x.Right); ok {
			operand, mask = x.Left, m
		} else if m, ok := g.maskConst(x.Left); ok {
			operand, mask = x.Right, m
		}
	case "%":
		if m, ok := g.maskConst(x.Right); ok && m > 0 && m&(m-1) == 0 {
			operand, mask = x.Left, m-1 // a power of two: floor modulo is the low bits
		}
	}
	if operand == nil || !g.wraps(operand) {
		return nil, false
	}
	if x.Op == "&" && operand == x.Right {
		return Parens(Lit(mask).Op("&").Add(g.wrapExpr(operand))), true
	}
	return Parens(g.wrapExpr(operand).Op("&").Lit(mask)), true
}

// wraps reports an int operation whose low bits wrapExpr computes.
func (g *gen) wraps(e ast.Expr) bool {
	if g.typeOf(e) != check.Int {
		return false
	}
	if _, conv := g.info.Conv[e]; conv {
		return false
	}
	switch x := e.(type) {
	case *ast.BinOp:
		switch x.Op {
		case "+", "-", "*", "<<", "&", "|", "^":
			return g.typeOf(x.Left) == check.Int && g.typeOf(x.Right) == check.Int && g.info.UnionBinops[x] == nil
		}
	case *ast.UnaryOp:
		return (x.Op == "-" || x.Op == "~") && g.typeOf(x.Operand) == check.Int
	}
	return false
}

// wrapExpr emits the low 64 bits of the int expression e (see above).
func (g *gen) wrapExpr(e ast.Expr) *Statement {
	if v, ok := foldIntConst(e); ok {
		return Lit(lowBits(v)) // 2**64 + 1 as its low bits
	}
	if !g.wraps(e) {
		return Add(g.expr(e))
	}
	switch x := e.(type) {
	case *ast.BinOp:
		if x.Op == "<<" {
			return py("LShiftWrap").Call(g.wrapExpr(x.Left), g.expr(x.Right)) // the count as it is
		}
		return Parens(g.wrapExpr(x.Left).Op(x.Op).Add(g.wrapExpr(x.Right)))
	case *ast.UnaryOp:
		if x.Op == "~" {
			return Op("^").Add(g.wrapExpr(x.Operand))
		}
		return Op("-").Add(g.wrapExpr(x.Operand))
	}
	return Add(g.expr(e))
}

// lowBits is v's low 64 bits as an int64 (two's complement).
func lowBits(v *big.Int) int64 {
	m := new(big.Int).And(v, new(big.Int).SetUint64(^uint64(0)))
	return int64(m.Uint64())
}
