package check

import "github.com/aiogo/aiogo/ast"

// futureCtor types asyncio.Future() (also Future[T](), checked through
// typedCtorVia as this call, and a from-imported Future): a new pending
// future on the loop given as loop= or else on asyncio.get_event_loop()'s
// (the running loop inside a coroutine), as loop.create_future() makes.
// Unparameterized, its result type is unknown until the variable it is
// bound to or the declared type it is stored under determines it, as for
// create_future() (partialfuture.go).
func (c *checker) futureCtor(x *ast.Call) Type {
	c.noKeywords(x, "loop")
	if len(x.Args) > 0 {
		c.errorf(x.Pos, "Future() takes no positional arguments")
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil
	}
	if k := c.keyword(x, "loop"); k != nil {
		if t := c.exprWant(k.Value, &Optional{LoopType}); t != nil && t != None {
			c.assignable(t, &Optional{LoopType}, k.Value, "loop argument")
		}
	}
	return &Future{nil}
}

// isFutureTypeName reports e naming asyncio.Future (asyncio.Future, or
// Future imported from asyncio).
func (c *checker) isFutureTypeName(e ast.Expr) bool {
	switch v := e.(type) {
	case *ast.Attribute:
		return c.dottedTypeName(v) == "asyncio.Future"
	case *ast.Name:
		if sym := c.lookup(v.ID); sym != nil {
			return IsFutureCtorType(sym.Type)
		}
	}
	return false
}

// IsFutureCtorType reports t, the type of a callee, being asyncio.Future
// (the type object; from asyncio import Future gives a built-in name).
func IsFutureCtorType(t Type) bool {
	switch t := t.(type) {
	case *TypeName:
		_, fut := t.T.(*Future)
		return fut
	case *BuiltinFunc:
		return t.Name == "asyncio.Future"
	}
	return false
}

// isFutureCtor reports x calling asyncio.Future (bare or parameterized).
func (c *checker) isFutureCtor(x *ast.Call) bool {
	if IsFutureCtorType(c.info.Types[x.Func]) {
		return true
	}
	if via := c.info.CallVia[x]; via != nil {
		return c.isFutureCtor(via)
	}
	return false
}
