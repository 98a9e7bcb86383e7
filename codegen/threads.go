package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// Threads (runtime/threads.go) and the io* hooks called from the existing
// switch statements; streams are in streams.go.

// ioGoType returns the Go types of threads and streams types.
func (g *gen) ioGoType(t check.Type) (Code, bool) {
	switch x := t.(type) {
	case *check.ConcurrentFuture:
		return Op("*").Add(rt("ConcurrentFuture")).Types(g.goType(x.Result)), true
	case *check.Opaque:
		switch x {
		case check.StreamReaderType, check.StreamWriterType, check.ServerType, check.SocketType:
			return Op("*").Add(rt(x.GoName)), true
		case check.TextIOType:
			return Op("*").Add(py(x.GoName)), true
		}
	}
	return nil, false
}

// threadFunc packages fn(*args) (x.Args[from] is fn) as a Go func() T
// that a worker goroutine calls: fn and its arguments are evaluated now.
func (g *gen) threadFunc(x *ast.Call, from int) (Code, check.Type) {
	f, params, vals, args := g.boundArgs(x, from)
	ret := f.Ret
	var body []Code
	if ret == check.None {
		body = []Code{Id("_fn").Call(args...), Return(py("None"))}
	} else {
		body = []Code{Return(Id("_fn").Call(args...))}
	}
	rt := g.goType(ret)
	return Func().Params(params...).Func().Params().Add(rt).Block(
		Return(Func().Params().Add(rt).Block(body...)),
	).Call(vals...), ret
}

// ioTimeoutCall emits a method call on r that takes an optional timeout
// given positionally at i or as the keyword timeout (see timeoutCall).
func (g *gen) ioTimeoutCall(x *ast.Call, r *Statement, i int, build func(r *Statement, timeout []Code) *Statement) *Statement {
	var e ast.Expr
	if i < len(x.Args) {
		e = x.Args[i]
	} else {
		e = g.kw(x, "timeout")
	}
	return g.timeoutCall(g.goType(g.typeOf(x)), []Code{r}, e, func(l, t []Code) *Statement {
		return build(Add(l[0]), t)
	})
}

// ioCall emits threads and streams functions.
func (g *gen) ioCall(x *ast.Call, name string) (*Statement, bool) {
	switch name {
	case "time.sleep":
		return rt("TimeSleep").Call(g.exprTo(x.Args[0], check.Float)), true
	case "asyncio.to_thread":
		fn, ret := g.threadFunc(x, 0)
		return rt("ToThread").Types(g.goType(ret)).Call(fn), true
	case "asyncio.run_coroutine_threadsafe":
		res := g.typeOf(x).(*check.ConcurrentFuture).Result
		return rt("RunCoroutineThreadsafe").Types(g.goType(res)).Call(g.expr(x.Args[0]), g.expr(x.Args[1])), true
	}
	return g.streamCall(x, name)
}

// ioMethod emits methods of the loop (run_in_executor), concurrent futures
// and stream objects.
func (g *gen) ioMethod(x *ast.Call, r *Statement, rtype check.Type, name string) (*Statement, bool) {
	switch t := rtype.(type) {
	case *check.Opaque:
		if t == check.LoopType && name == "run_in_executor" {
			fn, ret := g.threadFunc(x, 1)
			return rt("RunInExecutor").Types(g.goType(ret)).Call(r, fn), true
		}
		return g.streamMethod(x, r, t, name)
	case *check.ConcurrentFuture:
		switch name {
		case "result":
			return g.ioTimeoutCall(x, r, 0, func(r *Statement, t []Code) *Statement {
				return r.Dot("Result").Call(t...)
			}), true
		case "exception":
			return g.ioTimeoutCall(x, r, 0, func(r *Statement, t []Code) *Statement {
				return py("ExcOpt").Call(r.Dot("Exception").Call(t...))
			}), true
		case "done":
			return r.Dot("Done").Call(), true
		case "cancelled":
			return r.Dot("Cancelled").Call(), true
		case "running":
			return r.Dot("Running").Call(), true
		case "cancel":
			return r.Dot("Cancel").Call(), true
		}
	}
	return nil, false
}

// ioAttr emits plain attributes of stream objects.
func (g *gen) ioAttr(x *ast.Attribute) (*Statement, bool) {
	if g.typeOf(x.Value) == check.ServerType && x.Attr == "sockets" {
		return g.expr(x.Value).Dot("Sockets").Call(), true
	}
	if g.typeOf(x.Value) == check.DataclassFieldType && x.Attr == "name" { // check/dataclass_fields.go
		return g.expr(x.Value).Dot("Name"), true
	}
	return nil, false
}

// ioExcAttr emits IncompleteReadError.partial/.expected and
// LimitOverrunError.consumed.
func (g *gen) ioExcAttr(x *ast.Attribute) (*Statement, bool) {
	switch x.Attr {
	case "partial":
		return rt("IncompleteReadPartial").Call(g.expr(x.Value)), true
	case "expected":
		return rt("IncompleteReadExpected").Call(g.expr(x.Value)), true
	case "consumed":
		return rt("LimitOverrunConsumed").Call(g.expr(x.Value)), true
	}
	return nil, false
}
