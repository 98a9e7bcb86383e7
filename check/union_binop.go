package check

import "github.com/aiogo/aiogo/ast"

// Binary operators with a union operand (v * 2 with v: int | str): mypy
// accepts the operation when every member supports it with the other
// operand, and types it as the union of the results. Here the members and
// the other operand are limited to int, str, bytes and lists (whose
// operations convert nothing), one side a union; the generator switches
// on the member held (Info.UnionBinops).

// UnionBinop describes a binary operation with a union operand.
type UnionBinop struct {
	// Left is true when the left operand is the union.
	Left bool
	// Members are the union's members and Results each one's result.
	Members, Results []Type
}

// plainOperand reports the operand types whose operations convert nothing.
func plainOperand(t Type) bool {
	if t == Int || t == Str || t == Bytes {
		return true
	}
	_, ok := t.(*List)
	return ok
}

// unionBinary types lt op rt where one operand is a union; ok is false
// when neither is one this handles.
func (c *checker) unionBinary(x *ast.BinOp, lt, rt Type) (Type, bool) {
	u, left := lt.(*Union)
	other := rt
	if !left {
		if u, _ = rt.(*Union); u == nil {
			return nil, false
		}
		other = lt
	}
	if !plainOperand(other) {
		return nil, false
	}
	for _, m := range u.Types {
		if !plainOperand(m) {
			return nil, false
		}
	}
	ub := &UnionBinop{Left: left, Members: u.Types}
	var res Type
	for _, m := range u.Types {
		l, r := m, other
		if !left {
			l, r = other, m
		}
		c.speculating++
		t := c.binaryType(x.Pos, x.Op, l, r, nil, nil)
		c.speculating--
		if t == nil {
			return nil, false
		}
		ub.Results = append(ub.Results, t)
		switch {
		case res == nil:
			res = t
		case Identical(res, t):
		default:
			if res = unionOf(res, t); res == nil {
				return nil, false
			}
		}
	}
	c.info.UnionBinops[x] = ub
	return res, true
}
