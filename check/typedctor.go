package check

import "github.com/aiogo/aiogo/ast"

// typedCtor types a call of a parameterized built-in collection type
// (seen = set[str](), counts = dict[str, int](), list[int](xs)): the
// built-in's constructor, whose result has the spelled type (an empty
// one needs no annotation). The call is lowered as the unparameterized
// call (CallVia). ok is false for other calls.
func (c *checker) typedCtor(x *ast.Call) (Type, bool) {
	sub, ok := x.Func.(*ast.Subscript)
	if !ok {
		return nil, false
	}
	n, ok := sub.Value.(*ast.Name)
	if !ok {
		return nil, false
	}
	switch n.ID {
	case "list", "dict", "set", "frozenset":
	default:
		return nil, false
	}
	if sym := c.lookup(n.ID); sym == nil || sym.Kind != SymType {
		return nil, false
	}
	t := c.annotation(x.Func)
	if t == nil {
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil, true
	}
	via := &ast.Call{Pos: x.Pos, Func: &ast.Name{Pos: n.Pos, ID: n.ID}, Args: x.Args, Keywords: x.Keywords}
	c.info.CallVia[x] = via
	vt := c.call(via, t)
	switch {
	case vt == nil:
	case isUnknownEmpty(vt) || Identical(vt, t):
		c.info.Types[via] = t
	default:
		c.assignable(vt, t, via, n.ID+"["+"...] constructor")
		c.info.Types[via] = t
	}
	return t, true
}
