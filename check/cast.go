package check

import "github.com/aiogo/aiogo/ast"

// typing.cast(T, v) is v with the static type T. CPython does nothing at
// run time; here v keeps its value and changes representation: widened
// as an assignment would widen it, or narrowed as isinstance narrows
// (Info.Downcasts), which raises if v does not hold a T where CPython would
// go on with the wrong type. Casts between unrelated types are refused.
// cast(float, n) of an int n is a float position the int reaches
// (floatpos.go): the value stays an int, as in CPython.

// typingCast checks a call of typing.cast.
func (c *checker) typingCast(x *ast.Call) Type {
	if len(x.Args) != 2 || len(x.Keywords) != 0 {
		c.errorf(x.Pos, "cast() takes a type and a value")
		return nil
	}
	t := c.annotation(x.Args[0])
	vt := c.expr(x.Args[1])
	if t == nil || vt == nil {
		return nil
	}
	if Identical(vt, t) {
		return t
	}
	if vt == Int && t == Float || NumUnion(vt) && t == Float {
		// CPython's cast keeps the int (printed 3, not 3.0).
		c.errorf(x.Pos, "cast from %s to float is not supported (the value stays an int in CPython): use float(...)", vt)
		return nil
	}
	if c.assignableType(vt, t) {
		c.info.Conv[x.Args[1]] = t
		return t
	}
	if c.assignableType(t, vt) {
		if c.info.Downcasts == nil {
			c.info.Downcasts = map[*ast.Call]bool{}
		}
		c.info.Downcasts[x] = true
		return t
	}
	c.errorf(x.Pos, "cast from %s to %s is not supported (neither type is assignable to the other)", vt, t)
	return nil
}
