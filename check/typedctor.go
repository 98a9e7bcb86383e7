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
	if c.typedQueueCtor(sub) {
		return c.typedCtorVia(x, sub.Value, "asyncio queue")
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
	return c.typedCtorVia(x, &ast.Name{Pos: n.Pos, ID: n.ID}, n.ID)
}

// typedQueueCtor reports asyncio.Queue[T] (PriorityQueue, LifoQueue; also
// as from-imported names) called as a constructor: q = asyncio.Queue[int]().
func (c *checker) typedQueueCtor(sub *ast.Subscript) bool {
	var full string
	switch v := sub.Value.(type) {
	case *ast.Attribute:
		full = c.dottedTypeName(v) // decl.go
	case *ast.Name:
		if sym := c.lookup(v.ID); sym != nil && sym.Kind == SymBuiltin {
			if bf, ok := sym.Type.(*BuiltinFunc); ok {
				full = bf.Name
			}
		}
	}
	switch full {
	case "asyncio.Queue", "asyncio.PriorityQueue", "asyncio.LifoQueue":
		return true
	}
	return c.isFutureTypeName(sub.Value) // futurector.go: asyncio.Future[int]()
}

// typedCtorVia checks x, a call of a parameterized type, as the call of
// fn (its unparameterized constructor) whose result has the spelled type
// (Info.CallVia).
func (c *checker) typedCtorVia(x *ast.Call, fn ast.Expr, what string) (Type, bool) {
	t := c.annotation(x.Func)
	if t == nil {
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil, true
	}
	via := &ast.Call{Pos: x.Pos, Func: fn, Args: x.Args, Keywords: x.Keywords}
	c.info.CallVia[x] = via
	vt := c.call(via, t)
	switch {
	case vt == nil:
	case isUnknownEmpty(vt) || Identical(vt, t):
		c.info.Types[via] = t
	default:
		c.assignable(vt, t, via, what+"["+"...] constructor")
		c.info.Types[via] = t
	}
	return t, true
}
