package codegen

// contextlib.closing(obj) / aclosing(obj) of a user class instance
// (check/closing.go): an abstract context manager built from its
// operations, obj evaluated once at the call.
//
//	func(_x *Client) rt.AsyncCM[*Client] {
//		return rt.AsyncCMOf[*Client](
//			func() rt.Awaitable[*Client] { return rt.Ready(_x) },
//			func(py.Exception) rt.Awaitable[bool] { return rt.MapAwaitable(_x.aclose(), ...false) })
//	}(obj)

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// closingClass emits closing()/aclosing() of a class instance; ok is false
// for other calls.
func (g *gen) closingClass(x *ast.Call, name string) (*Statement, bool) {
	if name != "contextlib.closing" && name != "contextlib.aclosing" || len(x.Args) != 1 {
		return nil, false
	}
	cls, ok := g.typeOf(x.Args[0]).(*check.Class)
	if !ok {
		return nil, false
	}
	async := name == "contextlib.aclosing"
	m := check.ClosingMethod(cls, async)
	if m == nil {
		return nil, false
	}
	xt := g.goType(cls)
	call := Id("_x").Dot(g.methodSlot(m)).Call()
	var mk Code
	if async {
		ret := m.Sig.Ret
		if co, ok := ret.(*check.Coroutine); ok {
			ret = co.Result
		}
		enter := Func().Params().Add(rt("Awaitable").Types(xt)).Block(Return(rt("Ready").Call(Id("_x"))))
		exit := Func().Params(Id("_").Add(py("Exception"))).Add(rt("Awaitable").Types(Bool())).Block(
			Return(rt("MapAwaitable").Call(call, Func().Params(Id("_").Add(g.goType(ret))).Bool().Block(Return(False())))),
		)
		mk = rt("AsyncCMOf").Types(xt).Call(enter, exit)
	} else {
		enter := Func().Params().Add(xt).Block(Return(Id("_x")))
		exit := Func().Params(Id("_").Add(py("Exception"))).Bool().Block(call, Return(False()))
		mk = py("CMOf").Types(xt).Call(enter, exit)
	}
	return Func().Params(Id("_x").Add(xt)).Add(g.goType(g.typeOf(x))).Block(Return(mk)).Call(g.expr(x.Args[0])), true
}
