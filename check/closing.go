package check

import "github.com/aiogo/aiogo/ast"

// contextlib.closing(obj) and contextlib.aclosing(obj) of an instance of a
// user class with a close() method (aclose(), a coroutine, for aclosing):
// the block binds obj and its exit calls obj.close() (awaits obj.aclose()),
// never suppressing. The value is an AbstractContextManager[C] /
// AbstractAsyncContextManager[C] (GenCM Abstract), built by the generator
// from the two operations (codegen/closing_class.go).
//
//	async with aclosing(Client("db")) as client:
//	    await client.query("...")

// ClosingMethod is the method closing()/aclosing() of an instance of cls
// calls on exit (nil when cls has none usable).
func ClosingMethod(cls *Class, async bool) *Method {
	name := "close"
	if async {
		name = "aclose"
	}
	m := cls.LookupMethod(name)
	if m == nil || m.IsStatic || m.IsClass || m.Sig == nil || len(m.Sig.Params) != 0 || m.IsAsync != async || m.Decorated != nil {
		return nil
	}
	return m
}

// closingClass types closing(obj)/aclosing(obj) of a class instance.
func (c *checker) closingClass(cls *Class, async bool, arg ast.Expr) (Type, bool) {
	if ClosingMethod(cls, async) == nil {
		what := "a close() method taking no arguments"
		if async {
			what = "an async aclose() method taking no arguments"
		}
		c.errorf(arg.Position(), "%s needs an object with %s, and %s has none", map[bool]string{true: "aclosing()", false: "closing()"}[async], what, cls.Name)
		return nil, false
	}
	return &GenCM{Yield: cls, Async: async, Abstract: true}, true
}
