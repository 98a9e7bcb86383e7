package check

import "github.com/aiogo/aiogo/ast"

// An unannotated fut = loop.create_future() (mypy: Future[Any]) in a
// function takes its result type from its first use when that use
// determines it, as a partial type does: passed where a Future[T] is
// expected (asyncio.create_task(compute(fut, 7)) with fut: Future[int]),
// or fut.set_result(v) (T is v's type). The Future type object is
// completed in place, so the variable and the create_future() call are a
// Future[T] everywhere; a first use that does not determine T leaves the
// result type unknown (an object where read, refused where a type is
// needed), as before.

// futPartial is a local bound to an unannotated create_future() whose
// result type is not known yet, and how often it was read since.
type futPartial struct {
	fut   *Future
	reads int
}

// startFuturePartial records sym, just bound to vt, when vt is the Future
// of unknown result type that create_future() call value returns.
func (c *checker) startFuturePartial(sym *Symbol, vt Type, value ast.Expr) {
	f, ok := vt.(*Future)
	if !ok || f.Result != nil || c.fn == nil || c.fn == c.info.Module || sym.Owner != c.fn {
		return
	}
	call, ok := value.(*ast.Call)
	if !ok {
		return
	}
	if at, ok := call.Func.(*ast.Attribute); (!ok || at.Attr != "create_future") && !c.isFutureCtor(call) {
		return
	}
	if c.futPartials == nil {
		c.futPartials = map[*Symbol]*futPartial{}
	}
	c.futPartials[sym] = &futPartial{fut: f}
}

// readFuturePartial counts a read of sym.
func (c *checker) readFuturePartial(sym *Symbol) {
	if p := c.futPartials[sym]; p != nil {
		p.reads++
	}
}

// completeFuture completes the Future from, read by e (a name read once:
// this use), as a Future[res]; false when e is no such first use.
func (c *checker) completeFuture(e ast.Expr, from *Future, res Type, reads int) bool {
	n, ok := e.(*ast.Name)
	if !ok || res == nil {
		return false
	}
	sym := c.info.Uses[n]
	p := c.futPartials[sym]
	if p == nil || p.fut != from || p.reads != reads || c.speculating > 0 {
		return false
	}
	from.Result = res
	delete(c.futPartials, sym)
	return true
}

// futureSetResult completes the Future of fut in fut.set_result(v), the
// first use of fut, with v's type (v a literal, name or attribute chain,
// typed here once more by the call).
func (c *checker) futureSetResult(x *ast.Call) {
	at, ok := x.Func.(*ast.Attribute)
	if !ok || at.Attr != "set_result" || len(x.Args) != 1 || len(x.Keywords) > 0 || !pureExpr(x.Args[0]) {
		return
	}
	n, ok := at.Value.(*ast.Name)
	if !ok {
		return
	}
	sym := c.lookup(n.ID)
	p := c.futPartials[sym]
	if p == nil || p.reads != 0 || sym.Type != Type(p.fut) {
		return
	}
	var t Type
	c.probe(func() bool {
		t = c.expr(x.Args[0])
		return true
	})
	if t == nil || t == None {
		return
	}
	p.fut.Result = t
	delete(c.futPartials, sym)
}
