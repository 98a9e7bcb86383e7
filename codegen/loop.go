package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// boundArgs evaluates fn (x.Args[from]) and its arguments now, for a call
// made later: it returns the parameters and values of an immediately called
// Go function literal, and the arguments to pass to _fn inside it.
func (g *gen) boundArgs(x *ast.Call, from int) (f *check.Func, params, vals, args []Code) {
	f, fv := g.callTarget(x.Args[from])
	params = append(params, Id("_fn").Add(g.goType(f)))
	vals = append(vals, fv)
	rest := x.Args[from+1:]
	for _, k := range x.Keywords { // to_thread(f, a, key=v): f's last parameters
		rest = append(rest[:len(rest):len(rest)], k.Value)
	}
	for i, a := range rest {
		n := fmt.Sprintf("_a%d", i)
		params = append(params, Id(n).Add(g.goType(f.Params[i].Type)))
		vals = append(vals, g.exprTo(a, f.Params[i].Type))
		args = append(args, Id(n))
	}
	return f, params, vals, args
}

// callback packages fn(*args) for call_soon-like methods: the callback and
// its arguments are evaluated now, the call happens when the loop runs it.
func (g *gen) callback(x *ast.Call, from int) Code {
	_, params, vals, args := g.boundArgs(x, from)
	return Func().Params(params...).Func().Params().Block(
		Return(Func().Params().Block(Id("_fn").Call(args...))),
	).Call(vals...)
}

// loopMethod emits event-loop and handle methods; ok is false for the
// ones handled elsewhere.
func (g *gen) loopMethod(x *ast.Call, r *Statement, t *check.Opaque, name string) (*Statement, bool) {
	if t == check.HandleType || t == check.TimerHandleType {
		switch name {
		case "cancel":
			return r.Dot("Cancel").Call(), true
		case "cancelled":
			return r.Dot("Cancelled").Call(), true
		case "when":
			return r.Dot("When").Call(), true
		}
		return nil, false
	}
	if t != check.LoopType {
		return nil, false
	}
	switch name {
	case "call_soon":
		return r.Dot("CallSoon").Call(g.callback(x, 0)), true
	case "call_soon_threadsafe":
		return r.Dot("CallSoonThreadsafe").Call(g.callback(x, 0)), true
	case "call_later":
		return r.Dot("CallLater").Call(g.exprTo(x.Args[0], check.Float), g.callback(x, 1)), true
	case "call_at":
		return r.Dot("CallAt").Call(g.exprTo(x.Args[0], check.Float), g.callback(x, 1)), true
	case "run_until_complete":
		res, _ := check.AwaitResult(g.typeOf(x.Args[0]))
		return rt("RunUntilComplete").Types(g.goType(res)).Call(r, g.expr(x.Args[0])), true
	case "run_forever":
		return r.Dot("RunForever").Call(), true
	case "stop":
		return r.Dot("Stop").Call(), true
	case "close":
		return r.Dot("Close").Call(), true
	case "is_running":
		return r.Dot("IsRunning").Call(), true
	case "is_closed":
		return r.Dot("IsClosed").Call(), true
	}
	return nil, false
}
