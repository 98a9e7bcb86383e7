package codegen

// Values stored where typing.AsyncContextManager[T] / ContextManager[T]
// is declared (check/cmabstract.go): the runtime interfaces rt.AsyncCM[T]
// and py.CM[T]. An @asynccontextmanager / @contextmanager result
// implements them as it is; any other manager is adapted from its own
// protocol (the enter and exit a with statement would call).

import (
	"fmt"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

// cmAbstractConvert converts c, a context manager of type from, to the
// abstract context manager to.
func (g *gen) cmAbstractConvert(c Code, from check.Type, to *check.GenCM) Code {
	toT := g.goType(to).(*Statement)
	if f, ok := from.(*check.GenCM); ok && !f.Null && !f.Closing && f.Async == to.Async && check.Identical(f.Yield, to.Yield) {
		return toT.Clone().Call(c) // it implements the interface
	}
	cm := check.CtxMgrOf(from, to.Async)
	if cm == nil {
		panic("codegen: " + from.String() + " stored as " + to.String() + " without its protocol")
	}
	if u, ok := from.(*check.Union); ok && cm.Via != nil {
		// Managers of different protocols (check/with.go mixedCtxMgr):
		// the member held, converted with its own.
		var cases []Code
		seen := map[string]bool{}
		for _, m := range u.Types {
			if key := fmt.Sprintf("%#v", g.goType(m)); seen[key] {
				continue
			} else {
				seen[key] = true
			}
			cases = append(cases, Case(g.goType(m)).Block(Return(g.cmAbstractConvert(Id("_x"), m, to))))
		}
		cases = append(cases, Default().Block(Panic(Lit("aiogo: union value of an unexpected type"))))
		return Func().Params(Id("_u").Any()).Add(toT.Clone()).Block(
			Switch(Id("_x").Op(":=").Id("_u").Assert(Type())).Block(cases...),
		).Call(c)
	}
	as := cm.As
	if as == nil {
		as = check.None
	}
	asT, yT := g.goType(as), g.goType(to.Yield)
	m := func() *Statement { return Id("_m") }
	syncExit, asyncExit := g.cmExitFunc(cm, m) // exitstack.go
	var mk Code
	if to.Async {
		enter := Func().Params().Add(rt("Awaitable").Types(asT)).Block(g.cmAsyncEnter(cm, m())...)
		if !check.Identical(as, to.Yield) {
			conv := Func().Params(Id("_x").Add(asT)).Add(yT).Block(Return(g.convert(Id("_x"), as, to.Yield)))
			enter = Func().Params().Add(rt("Awaitable").Types(yT)).Block(Return(rt("MapAwaitable").Call(enter.Call(), conv)))
		}
		if asyncExit == nil {
			asyncExit = rt("SyncExit").Call(syncExit)
		}
		mk = rt("AsyncCMOf").Types(yT).Call(enter, asyncExit)
	} else {
		call := g.cmCallOn(cm, m(), ir.CMEnter, Nil())
		var body []Code
		if as == check.None {
			body = []Code{call, Return(g.convert(py("None"), check.None, to.Yield))}
		} else {
			body = []Code{Return(g.convert(call, as, to.Yield))}
		}
		if syncExit == nil {
			panic("codegen: a suspending exit of a with-statement manager")
		}
		mk = py("CMOf").Types(yT).Call(Func().Params().Add(yT).Block(body...), syncExit)
	}
	return Func().Params(Id("_m").Add(g.goType(from))).Add(toT.Clone()).Block(Return(mk)).Call(c)
}
