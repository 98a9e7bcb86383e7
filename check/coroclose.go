package check

import "github.com/aiogo/aiogo/ast"

// coroMethod types coro.close() of a coroutine object that may never be
// awaited (a deferred call dropped from a queue): CPython marks it closed
// without running it, and awaiting it afterwards raises RuntimeError
// (runtime.CloseCoro). It reports whether recv and name are that method;
// x nil asks whether the method exists.
func (c *checker) coroMethod(recv Type, name string, x *ast.Call) (Type, bool) {
	if _, ok := recv.(*Coroutine); !ok || name != "close" {
		return nil, false
	}
	c.info.CoroClose = true // codegen gives coroutine frames PyClose
	if x == nil {
		return recv, true
	}
	c.noKeywords(x)
	c.nargs(x, name, 0, 0)
	return None, true
}
