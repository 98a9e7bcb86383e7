package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// Never-suspending coroutines.
//
// ir.NoSuspendPass finds the coroutines that can never suspend (a
// coroutine whose every await is a direct call of a coroutine that itself
// never suspends). For such a coroutine f the generator emits f_sync, a
// plain function, and a frame type whose Step calls it (for uses of
// f(...) as a value: create_task, gather, a variable). `await f(x)`
// anywhere becomes the direct call f_sync(x): no frame, no allocation, no
// state machine.

// syncName is the Go name of the plain-function form of a coroutine
// (memoized).
func (g *gen) syncName(f *ir.Func) string {
	if n, ok := g.syncNames[f]; ok {
		return n
	}
	if g.syncNames == nil {
		g.syncNames = map[*ir.Func]string{}
	}
	n := names.Derived(f.Name, "sync")
	g.syncNames[f] = n
	return n
}

// noSuspendCoroutine emits the plain function and the thin frame of a
// never-suspending coroutine.
func (g *gen) noSuspendCoroutine(f *ir.Func) {
	g.file.Commentf("%s runs coroutine %s, which never suspends, as a plain function.", g.syncName(f), f.Info.Name)
	g.syncFunctionAs(f, nil, g.syncName(f))

	ft := frameType(f)
	ret := g.retType(f)
	params, pnames, vars := g.paramList(f, nil)
	fields := []Code{Id("_res").Add(g.goType(ret)), Id("_done").Bool()}
	inits := Dict{}
	var args []Code
	for i, v := range vars {
		t := g.goType(v.Type)
		if v.Kind == ir.VarFree {
			t = Op("*").Add(g.goType(v.Type))
		}
		fields = append(fields, Id(pnames[i]).Add(t))
		inits[Id(pnames[i])] = Id(pnames[i])
		args = append(args, Id("_f").Dot(pnames[i]))
	}
	g.file.Commentf("%s is the frame of coroutine %s (used when it is not awaited directly).", ft, f.Info.Name)
	g.file.Type().Id(ft).Struct(fields...)
	g.file.Func().Id(f.Name).Params(params...).Op("*").Id(ft).Block(Return(Op("&").Id(ft).Values(inits)))
	g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("Result").Params().Add(g.goType(ret)).Block(Return(Id("_f").Dot("_res")))
	call := Id(g.syncName(f)).Call(args...)
	var run Code = Id("_f").Dot("_res").Op("=").Add(call)
	if ret == check.None {
		run = call
	}
	if g.info.CoroClose { // check/coroclose.go: the program closes coroutine objects
		g.file.Comment("PyClose is close() of the coroutine object (see runtime.CloseCoro).")
		g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("PyClose").Params().Bool().Block(Id("_f").Dot("_done").Op("=").True(), Return(True()))
	}
	g.file.Comment("Step runs the whole coroutine: it never suspends (and runs once).")
	g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("Step").Params(Id("_").Op("*").Add(rt("TaskCore"))).Bool().Block(
		If(Id("_f").Dot("_done")).Block(Panic(rt("ReusedCoroutine").Call())),
		Id("_f").Dot("_done").Op("=").True(),
		run, Return(True()))
}

// directAwait emits `await f(args)` of a never-suspending coroutine f (an
// AwaitDirect await) as a plain call of its function form.
func (g *gen) directAwait(a *ir.Await, f *ir.Func) []Code {
	var out []Code
	if g.mode != modePlain {
		// The resume switch names this point; it is never suspended at.
		out = append(out, Id(g.resumeLabelOf(a)).Op(":"))
	}
	fi := f.Info
	call := a.Value.(*ast.Call)
	g.orderOperands(call) // order.go: a read before a later call's effects
	sc := Id(g.syncName(f)).Call(g.args(call, fi.Sig, fi.Def, false)...)
	mark := g.mode == modeCoroTry // the frame's _inaw: see await (stmt.go)
	if mark {
		out = append(out, Id("_f").Dot("_inaw").Op("=").True())
	}
	if a.Dst != nil && g.retType(f) != check.None {
		out = append(out, g.storeVar(a.Dst, sc))
	} else {
		out = append(out, sc)
		if a.Dst != nil {
			out = append(out, g.storeVar(a.Dst, py("None")))
		}
	}
	if mark {
		out = append(out, Id("_f").Dot("_inaw").Op("=").False())
	}
	return out
}
