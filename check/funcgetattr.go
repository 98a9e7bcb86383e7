package check

import "github.com/aiogo/aiogo/ast"

// getattr(f, "__name__"[, default]) and hasattr(f, "__name__") on a
// function value (a decorator naming what it wraps:
// `getattr(fn, "__name__", "?")`). Methods and built-in functions always
// have the name; a Callable-typed value may also hold a callable object
// (an instance of a class defining __call__), which has none, so there
// hasattr is asked at run time (Info.FuncHasName: py.HasFuncName) and the
// getattr with a default stands for
// `f.__name__ if hasattr(f, "__name__") else default`.

// funcGetattr handles getattr/hasattr (fn) of attribute name on a value of
// type ot; ok is false when ot is not a function value or name is not
// __name__.
func (c *checker) funcGetattr(x *ast.Call, fn, name string, lit *ast.StrLit, ot Type) (Type, bool) {
	if name != "__name__" {
		return nil, false
	}
	_, isFunc := ot.(*Func)
	switch ot.(type) {
	case *Func, *BoundMethod, *UnboundMethod, *BuiltinFunc:
	default:
		return nil, false
	}
	obj := x.Args[0]
	attr := func() ast.Expr {
		return &ast.Attribute{Pos: x.Pos, Value: clonePure(obj), Attr: name, AttrPos: lit.Pos}
	}
	if fn == "hasattr" {
		if !isFunc {
			if !pureExpr(obj) {
				c.errorf(obj.Position(), "hasattr of an expression with effects is not supported: assign it to a variable first")
				return nil, true
			}
			return c.exprVia(x, &ast.BoolLit{Pos: x.Pos, Value: true}), true
		}
		if c.info.FuncHasName == nil {
			c.info.FuncHasName = map[*ast.Call]bool{}
		}
		c.info.FuncHasName[x] = true
		c.info.FuncNames = true // callable objects are marked (codegen/funcname.go)
		c.info.Types[x] = Bool
		return Bool, true
	}
	if len(x.Args) == 2 {
		return c.exprVia(x, attr()), true
	}
	if !pureExpr(obj) || !pureExpr(x.Args[2]) {
		c.errorf(x.Pos, "getattr(..., %q, default) of a function value: the function and the default must be variables or literals", name)
		return nil, true
	}
	if !isFunc {
		c.expr(x.Args[2])
		return c.exprVia(x, attr()), true
	}
	test := &ast.Call{Pos: x.Pos, Func: &ast.Name{Pos: x.Pos, ID: "hasattr"}, Args: []ast.Expr{clonePure(obj), &ast.StrLit{Pos: lit.Pos, Value: name}}}
	return c.exprVia(x, &ast.IfExp{Pos: x.Pos, Test: test, Body: attr(), Orelse: x.Args[2]}), true
}
