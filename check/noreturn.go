package check

import "github.com/aiogo/aiogo/ast"

// Functions that never return: a def annotated -> NoReturn (or Never)
// and typing.assert_never(x). A call of one as a statement ends the path
// as raise does (mypy: a function returning str may end with fail(msg)).

// IsNoReturn reports the result type of a call that never returns.
func IsNoReturn(t Type) bool {
	a, ok := t.(*AnyType)
	return ok && (a.Name == "typing.NoReturn" || a.Name == "typing.Never")
}

// assertNever types typing.assert_never(x): it raises AssertionError
// (mypy proves the call unreachable).
func (c *checker) assertNever(x *ast.Call) Type {
	c.noKeywords(x)
	if c.nargs(x, "assert_never", 1, 1) {
		c.expr(x.Args[0])
	}
	return &AnyType{"typing.NoReturn"}
}
