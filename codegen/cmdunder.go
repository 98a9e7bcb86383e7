package codegen

// Explicit __aenter__/__aexit__/__enter__/__exit__ calls on the runtime's
// context managers (check/cmdunder.go). An async one is a coroutine object
// whose body runs when awaited (runtime.Deferred); the receiver and the
// arguments are evaluated at the call, as CPython evaluates them:
//
//	func(_r *rt.AsyncExitStack, _e py.Exception) rt.Awaitable[bool] {
//		return rt.Deferred(func() rt.Awaitable[bool] { return _r.AExit(_e) })
//	}(stack, exc)

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// cmDunderMethod emits an explicit context-manager method call on a
// runtime manager; ok is false for other names.
func (g *gen) cmDunderMethod(x *ast.Call, r *Statement, t check.Type, name string) (*Statement, bool) {
	cm, res := check.DunderCM(t, name)
	if cm == nil {
		return nil, false
	}
	recvT := g.goType(t)
	none := py("None")
	noneT := py("NoneType")
	if name == "__enter__" || name == "__aenter__" {
		asNone := cm.As == nil || cm.As == check.None
		method := "Enter"
		if cm.Async {
			method = "AEnter"
		}
		call := Id("_r").Dot(method).Call()
		if !cm.Async {
			if asNone {
				return Func().Params(Id("_r").Add(recvT)).Add(noneT).Block(call, Return(none)).Call(r), true
			}
			return r.Dot(method).Call(), true
		}
		var body []Code
		var resT Code = noneT
		if !asNone {
			resT = g.goType(cm.As)
		}
		switch {
		case cm.EnterAwaits && asNone:
			body = []Code{Return(rt("MapAwaitable").Call(call, Func().Params(Id("_").Add(g.goType(cm.EnterResult))).Add(noneT).Block(Return(none))))}
		case cm.EnterAwaits:
			body = []Code{Return(call)}
		case asNone:
			body = []Code{call, Return(rt("Ready").Call(none))}
		default:
			body = []Code{Return(rt("Ready").Call(call))}
		}
		awT := rt("Awaitable").Types(resT)
		return Func().Params(Id("_r").Add(recvT)).Add(awT).Block(
			Return(rt("Deferred").Call(Func().Params().Add(awT).Block(body...))),
		).Call(r), true
	}

	// exit(et, exc, tb): et and tb are evaluated and dropped.
	params := []Code{Id("_r").Add(recvT)}
	args := []Code{r}
	for i, a := range x.Args {
		at := g.typeOf(a)
		if i == 1 {
			params = append(params, Id("_e").Add(py("Exception")))
			args = append(args, g.excValue(a, at))
			continue
		}
		params = append(params, Id("_").Add(g.goType(at)))
		args = append(args, g.expr(a))
	}
	method := "Exit"
	if cm.Async {
		method = "AExit"
	}
	var call *Statement
	if cm.ExitTakesExc {
		call = Id("_r").Dot(method).Call(Id("_e"))
	} else {
		call = Id("_r").Dot(method).Call()
	}
	resT := g.goType(res)
	exitBool := cm.ExitResult == check.Bool
	var body []Code
	switch {
	case cm.ExitAwaits && exitBool && res == check.None:
		body = []Code{Return(rt("MapAwaitable").Call(call, Func().Params(Id("_").Bool()).Add(noneT).Block(Return(none))))}
	case cm.ExitAwaits:
		body = []Code{Return(call)}
	case exitBool && res == check.None:
		body = []Code{call, Return(wrapReady(cm.Async, none))}
	case exitBool:
		body = []Code{Return(wrapReady(cm.Async, call))}
	default:
		body = []Code{call, Return(wrapReady(cm.Async, none))}
	}
	if !cm.Async {
		return Func().Params(params...).Add(resT).Block(body...).Call(args...), true
	}
	awT := rt("Awaitable").Types(resT)
	return Func().Params(params...).Add(awT).Block(
		Return(rt("Deferred").Call(Func().Params().Add(awT).Block(body...))),
	).Call(args...), true
}

// wrapReady wraps v in runtime.Ready when async.
func wrapReady(async bool, v Code) Code {
	if async {
		return rt("Ready").Call(v)
	}
	return v
}

// excValue converts an exception value of type t (None, an exception or
// an optional one) to a py.Exception (nil for None).
func (g *gen) excValue(a ast.Expr, t check.Type) Code {
	switch x := t.(type) {
	case *check.Optional:
		if cl, ok := x.Elem.(*check.Class); ok && !cl.Builtin {
			return py("OptExcAs").Types(Id(g.ifaceName(cl))).Call(g.expr(a))
		}
		return py("OptExc").Call(g.expr(a))
	case *check.Class:
		return g.expr(a)
	}
	return Nil()
}
