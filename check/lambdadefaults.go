package check

import "github.com/aiogo/aiogo/ast"

// Lambdas binding values through defaults: `loop.call_soon(lambda i=i:
// out.append(i))`, `[lambda x, n=n: x * n for n in ...]`. Where a lambda is
// given for a Callable of fewer parameters than it declares and the
// parameters left over all have defaults, those take their types from the
// defaults, evaluated where the lambda is (as CPython evaluates them when
// it makes the function); the lambda's value takes only the leading
// parameters (Info.LambdaCaptured). A lambda whose parameters all have
// defaults and that is given no Callable context (cb = lambda i=i: ...)
// takes none.

// lambdaCapture types lambda x (function fi, n parameters) that way for
// the expected callable wf (nil: none), or reports that it does not apply.
func (c *checker) lambdaCapture(x *ast.Lambda, fi *FuncInfo, wf *Func, n int) (Type, bool) {
	m := 0
	if wf != nil {
		m = len(wf.Params)
	} else {
		wf = &Func{Ret: &AnyType{"Any"}}
	}
	if m >= n {
		return nil, false
	}
	for _, p := range x.Params[m:] {
		if p.Default == nil || p.Kind != "" {
			return nil, false
		}
	}
	full := &Func{Params: append([]Param{}, wf.Params...), Ret: wf.Ret}
	for _, p := range x.Params[m:] {
		if hasAwaitOrYield(p.Default) {
			c.errorf(p.Default.Position(), "await or yield in the default value of a lambda parameter is not supported")
			return nil, true
		}
		dt := c.expr(p.Default)
		if dt == nil {
			return nil, true
		}
		full.Params = append(full.Params, Param{Name: p.Name, Type: dt, HasDefault: true})
	}
	sig, ok := c.lambdaBody(fi, x, full).(*Func)
	if !ok || sig == nil {
		return nil, true
	}
	if c.info.LambdaCaptured == nil {
		c.info.LambdaCaptured = map[*ast.Lambda]int{}
	}
	c.info.LambdaCaptured[x] = m
	return &Func{Params: append([]Param{}, sig.Params[:m]...), Ret: sig.Ret}, true
}

// hasAwaitOrYield reports an await or yield in e outside nested lambdas.
func hasAwaitOrYield(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Lambda:
			return false
		case *ast.Await, *ast.Yield, *ast.YieldFrom:
			found = true
		}
		return !found
	})
	return found
}
