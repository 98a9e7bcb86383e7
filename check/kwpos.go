package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// kwPositional lists, per built-in callable the checker types by hand,
// the parameters typeshed lets a call pass either by position or by
// keyword, in order ("" for a positional-only one): asyncio.sleep(delay=1)
// is asyncio.sleep(1). Methods are keyed by their receiver's name
// (kwRecvName). Keywords a callable's own check already takes (sleep's
// result=, Queue's maxsize=) may be listed too: moving them changes nothing.
var kwPositional = map[string][]string{
	"asyncio.sleep":                        {"delay", "result"},
	"asyncio.wait_for":                     {"fut", "timeout"},
	"asyncio.shield":                       {"arg"},
	"asyncio.timeout":                      {"delay"},
	"asyncio.timeout_at":                   {"when"},
	"asyncio.create_task":                  {"coro"},
	"asyncio.ensure_future":                {"coro_or_future"},
	"asyncio.run":                          {"main"},
	"asyncio.wait":                         {"fs"},
	"asyncio.as_completed":                 {"fs"},
	"asyncio.run_coroutine_threadsafe":     {"coro", "loop"},
	"Queue.put":                            {"item"},
	"Queue.put_nowait":                     {"item"},
	"Condition.wait_for":                   {"predicate"},
	"TaskGroup.create_task":                {"coro"},
	"AbstractEventLoop.run_until_complete": {"future"},
	"AbstractEventLoop.create_task":        {"coro"},
	"AbstractEventLoop.call_soon":          {"callback"},
	"AbstractEventLoop.call_later":         {"delay", "callback"},
	"AbstractEventLoop.call_at":            {"when", "callback"},
	"AbstractEventLoop.run_in_executor":    {"executor", "func"},
	"StreamReader.read":                    {"n"},
	"StreamReader.readexactly":             {"n"},
	"StreamReader.readuntil":               {"separator"},
	"StreamWriter.write":                   {"data"},
	"StreamWriter.get_extra_info":          {"name", "default"},
	"random.seed":                          {"a", "version"},
	"random.randint":                       {"a", "b"},
	"random.randrange":                     {"start", "stop", "step"},
	"random.choice":                        {"seq"},
	"random.shuffle":                       {"x"},
	"random.sample":                        {"population", "k"},
	"random.uniform":                       {"a", "b"},
	"random.choices":                       {"population", "weights"},
	"random.gauss":                         {"mu", "sigma"},
	"random.normalvariate":                 {"mu", "sigma"},
	"random.lognormvariate":                {"mu", "sigma"},
	"random.expovariate":                   {"lambd"},
	"random.triangular":                    {"low", "high", "mode"},
	"random.betavariate":                   {"alpha", "beta"},
	"random.gammavariate":                  {"alpha", "beta"},
	"random.paretovariate":                 {"alpha"},
	"random.weibullvariate":                {"alpha", "beta"},
	"random.randbytes":                     {"n"},
	"int":                                  {"", "base"},
	"str":                                  {"object", "encoding", "errors"},
	"bytes":                                {"source", "encoding", "errors"},
}

// kwRecvName names the receiver of a built-in method for kwPositional
// ("" for none listed there).
func kwRecvName(t Type) string {
	switch r := t.(type) {
	case *Queue:
		return "Queue"
	case *Opaque:
		if r == RandomType {
			return "random"
		}
		return r.Name
	}
	return ""
}

// keywordsAsPositional returns the call to check and generate in place of
// a call of a built-in callable that passes parameters typeshed lets a
// caller name (kwPositional) as keywords: the same call with them passed
// by position, which the callable's own check and generation take as
// written (nil when there is nothing to move). The moved arguments are
// evaluated after the positional ones in parameter order; a call whose
// keywords are written in another order is refused unless the arguments
// out of order have no effects (literals, names). A call with a keyword
// for a parameter after one left out is left as it is (the callable's
// own check takes it or reports it). refused reports a call refused here
// (an error is reported, the arguments are typed).
func (c *checker) keywordsAsPositional(x *ast.Call, name string) (y *ast.Call, refused bool) {
	params := kwPositional[name]
	if params == nil {
		params = hookedEntryParams(name)
	}
	if len(params) == 0 || len(x.Keywords) == 0 {
		return nil, false
	}
	refuse := func(p ast.Pos, format string, args ...any) (*ast.Call, bool) {
		c.errorf(p, format, args...)
		for _, a := range x.Args {
			c.expr(a)
		}
		for _, k := range x.Keywords {
			c.expr(k.Value)
		}
		return nil, true
	}
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			return nil, false
		}
	}
	slot := func(k *ast.Keyword) int {
		for i, p := range params {
			if p != "" && p == k.Name && i >= len(x.Args) {
				return i
			}
		}
		return -1
	}
	filled := map[int]*ast.Keyword{}
	hi := -1
	for _, k := range x.Keywords {
		if k.Name == "" {
			return nil, false // **kwargs
		}
		if i := slot(k); i >= 0 {
			if filled[i] != nil {
				return nil, false
			}
			filled[i] = k
			if i > hi {
				hi = i
			}
		}
	}
	if hi < 0 {
		return nil, false
	}
	for i := len(x.Args); i <= hi; i++ {
		if filled[i] == nil {
			return nil, false // a parameter left out before: the callable's own check decides
		}
	}
	// Evaluation order: CPython evaluates the keywords as written; the
	// new call evaluates the moved ones (in parameter order) before the
	// keywords that stay.
	var rest []ast.Expr
	next := len(x.Args)
	inOrder := true
	for _, k := range x.Keywords {
		if i := slot(k); i >= 0 {
			if i != next || len(rest) > 0 {
				inOrder = false
			}
			next++
			continue
		}
		rest = append(rest, k.Value)
	}
	if !inOrder {
		for _, k := range x.Keywords {
			if !c.effectFree(k.Value) {
				return refuse(k.Pos, "the keyword arguments of this call to %s are evaluated in another order than they are written: pass them by position or in the order of the parameters", name)
			}
		}
	}
	y = &ast.Call{Pos: x.Pos, Func: x.Func, Args: append([]ast.Expr{}, x.Args...)}
	for i := len(x.Args); i <= hi; i++ {
		y.Args = append(y.Args, filled[i].Value)
	}
	for _, k := range x.Keywords {
		if slot(k) < 0 {
			y.Keywords = append(y.Keywords, k)
		}
	}
	return y, false
}

// effectFree reports an expression whose evaluation has no effects and
// cannot fail: a literal, a lambda, a name or a field of one.
func (c *checker) effectFree(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BytesLit, *ast.BoolLit, *ast.NoneLit, *ast.Lambda:
		return true
	case *ast.UnaryOp:
		switch x.Operand.(type) {
		case *ast.IntLit, *ast.FloatLit:
			return x.Op == "-"
		}
	case *ast.Name, *ast.Attribute:
		return c.rereadable(e)
	}
	return false
}

// kwCallee names a callee for kwPositional: a built-in function, or a
// method of a built-in receiver ("" for any other).
func kwCallee(ft Type) string {
	switch f := ft.(type) {
	case *BuiltinFunc:
		return f.Name
	case *TypeName:
		switch f.T {
		case Int, Str, Bytes:
			return RecvName(f.T) // int(s, base=16)
		}
	case *BoundMethod:
		if f.Method == nil && !f.Super {
			if r := kwRecvName(f.Recv); r != "" {
				return r + "." + f.Name
			}
			if r := RecvName(f.Recv); r != "" {
				return r + "." + f.Name // a method of the built-in table (hookedEntryParams)
			}
		}
	}
	return ""
}

// hookedEntryParams derives kwPositional's list for a callable of the
// built-in table whose checker hook reads its arguments by position
// (enumerate(iterable=xs, start=1)): the signature's parameters before
// any *args, "" for the positional-only ones. nil for other names (the
// table's own binding takes their keywords).
func hookedEntryParams(name string) []string {
	e := builtins.Lookup(name)
	if e == nil || checkHooks[e.Name] == nil {
		return nil
	}
	var out []string
	for _, p := range e.Signature().Params {
		if p.Star || p.StarStar || p.KwOnly {
			break
		}
		if p.PosOnly {
			out = append(out, "")
		} else {
			out = append(out, p.Name)
		}
	}
	return out
}
