package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// futureCtor emits asyncio.Future(loop=...) (check/futurector.go): a new
// future on the loop given, else on asyncio.get_event_loop()'s, of the
// type the call was completed to (as loop.create_future()).
func (g *gen) futureCtor(x *ast.Call) *Statement {
	ft, _ := g.typeOf(x).(*check.Future)
	if c, ok := g.info.Conv[x]; ok {
		if o, opt := c.(*check.Optional); opt {
			c = o.Elem
		}
		if f, ok := c.(*check.Future); ok {
			ft = f
		}
	}
	var res check.Type
	if ft != nil {
		res = ft.Result
	}
	return g.futureOn(x, res)
}

// futureOn emits asyncio.Future(loop=...) as a future of result type res.
func (g *gen) futureOn(x *ast.Call, res check.Type) *Statement {
	var loop Code = rt("GetEventLoop").Call()
	if k := g.kw(x, "loop"); k != nil && g.typeOf(k) != check.None {
		if _, ok := g.typeOf(k).(*check.Optional); ok {
			loop = g.expr(k).Dot("Or").Call(rt("GetEventLoop").Call())
		} else {
			loop = g.expr(k)
		}
	}
	return rt("NewFuture").Types(g.goType(elemOrAny(res))).Call(loop)
}
