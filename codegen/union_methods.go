package codegen

import (
	"fmt"
	"strings"

	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
)

// unionSwitch emits an attribute read or method call through at.Value, a
// value of a union type (check.Info.UnionAttrs): a type switch over the
// member the value holds, each case emitting (emit, given the member's
// index) the read or call as for a value of that member, with a result
// of type res.
func (g *gen) unionSwitch(at *ast.Attribute, res check.Type, emit func(i int) *Statement) *Statement {
	u := g.typeOf(at.Value).(*check.Union)
	ts := g.info.UnionAttrs[at]
	recv := g.expr(at.Value)
	oldRecv, oldAttr := g.info.Types[at.Value], g.info.Types[at]
	if g.override == nil {
		g.override = map[ast.Expr]string{}
	}
	oldOv, hadOv := g.override[at.Value]
	delete(g.info.UnionAttrs, at)
	var cases []Code
	usesX := false
	seen := map[string]bool{}
	for i, m := range u.Types {
		if key := fmt.Sprintf("%#v", g.goType(m)); seen[key] {
			continue // BoundedSemaphore is a *rt.Semaphore too
		} else {
			seen[key] = true
		}
		g.info.Types[at.Value] = m
		g.info.Types[at] = ts[i]
		g.override[at.Value] = "_x"
		body := emit(i)
		if usesRecv(body) {
			usesX = true
		}
		if res == check.None {
			cases = append(cases, Case(g.goType(m)).Block(body))
		} else {
			cases = append(cases, Case(g.goType(m)).Block(Return(body)))
		}
	}
	g.info.UnionAttrs[at] = ts
	g.info.Types[at.Value], g.info.Types[at] = oldRecv, oldAttr
	if hadOv {
		g.override[at.Value] = oldOv
	} else {
		delete(g.override, at.Value)
	}
	fn := Func().Params(Id("_u").Any())
	if res != check.None {
		fn = fn.Add(g.goType(res))
	}
	subject := Id("_u").Assert(Type())
	if usesX {
		subject = Id("_x").Op(":=").Add(subject)
	} // a class attribute read through every member may not use it
	return fn.Block(
		Switch(subject).Block(append(cases, Default().Block(Panic(Lit("aiogo: union value of an unexpected type"))))...),
	).Call(recv)
}

// unionCMCall is cmCall for a union of runtime objects sharing one
// protocol (check.CtxMgr.Members): a type switch over the member held.
func (g *gen) unionCMCall(cm *check.CtxMgr, mgr *Statement, op ir.CMOp, exc *ir.Var) *Statement {
	r := cm.Runtime
	enter, exit := "Enter", "Exit"
	if cm.Async {
		enter, exit = "AEnter", "AExit"
	}
	var res Code
	call := func(x *Statement) *Statement {
		if op == ir.CMEnter {
			return x.Dot(enter).Call()
		}
		if r.ExitTakesExc {
			return x.Dot(exit).Call(g.excCode(exc))
		}
		return x.Dot(exit).Call()
	}
	switch {
	case op == ir.CMEnter && r.EnterAwaits:
		res = rt("Awaitable").Types(g.goType(r.EnterResult))
	case op == ir.CMEnter:
		res = g.goType(r.EnterResult)
	case r.ExitAwaits:
		res = rt("Awaitable").Types(g.goType(r.ExitResult))
	case r.ExitResult != check.None:
		res = g.goType(r.ExitResult)
	}
	var cases []Code
	seen := map[string]bool{}
	for _, m := range cm.Members {
		if key := fmt.Sprintf("%#v", g.goType(m)); seen[key] {
			continue
		} else {
			seen[key] = true
		}
		if res == nil {
			cases = append(cases, Case(g.goType(m)).Block(call(Id("_x"))))
		} else {
			cases = append(cases, Case(g.goType(m)).Block(Return(call(Id("_x")))))
		}
	}
	fn := Func().Params(Id("_u").Any())
	if res != nil {
		fn = fn.Add(res)
	}
	return fn.Block(
		Switch(Id("_x").Op(":=").Id("_u").Assert(Type())).Block(append(cases, Default().Block(Panic(Lit("aiogo: union value of an unexpected type"))))...),
	).Call(mgr)
}

// usesRecv reports whether a case body of unionSwitch reads the switched
// value _x (a class attribute read through each member does not); true
// when the fragment does not render on its own.
func usesRecv(body *Statement) bool {
	var b strings.Builder
	if err := body.Render(&b); err != nil {
		return true
	}
	return strings.Contains(b.String(), "_x")
}

// unionAwaitable converts v, a value of a union of awaitables
// (check.UnionAwaitResult), to an rt.Awaitable of res: a type switch over
// the member held, whose result is converted to res.
func (g *gen) unionAwaitable(v Code, u *check.Union, res check.Type) *Statement {
	resT := g.goType(res)
	var cases []Code
	seen := map[string]bool{}
	for _, m := range u.Types {
		key := fmt.Sprintf("%#v", g.goType(m))
		if seen[key] {
			continue
		}
		seen[key] = true
		r, _ := check.AwaitResult(m)
		var aw Code = Id("_x")
		if _, coro := m.(*check.Coroutine); coro {
			aw = rt("AwaitCoro").Call(aw)
		}
		if !check.Identical(r, res) {
			conv := Func().Params(Id("_r").Add(g.goType(r))).Add(resT).Block(Return(g.convert(Id("_r"), r, res)))
			aw = rt("MapAwaitable").Call(aw, conv)
		}
		cases = append(cases, Case(g.goType(m)).Block(Return(aw)))
	}
	return Func().Params(Id("_u").Any()).Add(rt("Awaitable").Types(resT)).Block(
		Switch(Id("_x").Op(":=").Id("_u").Assert(Type())).Block(append(cases, Default().Block(Panic(Lit("aiogo: union value of an unexpected type"))))...),
	).Call(v)
}

// unionCall emits a call of a value of a union of callables with the same
// parameters (check.unionCall): the callee and the arguments are
// evaluated once, then a type switch calls the member the value holds
// and converts its result to the call's type.
func (g *gen) unionCall(x *ast.Call, u *check.Union) *Statement {
	first := u.Types[0].(*check.Func)
	sig := &check.Func{Params: first.Params, Ret: check.None}
	args := g.args(x, sig, nil, false)
	res := g.typeOf(x)
	params := []Code{Id("_u").Any()}
	var names []Code
	for i, p := range first.Params {
		n := fmt.Sprintf("_a%d", i)
		params = append(params, Id(n).Add(g.goType(p.Type)))
		names = append(names, Id(n))
	}
	var cases []Code
	seen := map[string]bool{}
	for _, m := range u.Types {
		mf := m.(*check.Func)
		key := fmt.Sprintf("%#v", g.goType(m))
		if seen[key] {
			continue
		}
		seen[key] = true
		call := Id("_x").Call(names...)
		r := mf.Ret
		if r == nil {
			r = check.None
		}
		var body []Code
		switch {
		case res == check.None:
			body = []Code{call}
		case r == check.None:
			body = []Code{call, Return(g.convert(py("None"), check.None, res))}
		default:
			body = []Code{Return(g.convert(call, r, res))}
		}
		cases = append(cases, Case(g.goType(m)).Block(body...))
	}
	fn := Func().Params(params...)
	if res != check.None {
		fn = fn.Add(g.goType(res))
	}
	return fn.Block(
		Switch(Id("_x").Op(":=").Id("_u").Assert(Type())).Block(append(cases, Default().Block(Panic(Lit("aiogo: union value of an unexpected type"))))...),
	).Call(append([]Code{g.expr(x.Func)}, args...)...)
}

// unionBinop emits a binary operation with a union operand
// (check.UnionBinop): both operands are evaluated in order, then a type
// switch on the member the union holds applies the operation to it and
// converts the result to the operation's type.
func (g *gen) unionBinop(x *ast.BinOp, ub *check.UnionBinop) *Statement {
	res := g.typeOf(x)
	var other check.Type
	if ub.Left {
		other = g.typeOf(x.Right)
	} else {
		other = g.typeOf(x.Left)
	}
	var cases []Code
	for i, m := range ub.Members {
		var op *Statement
		if ub.Left {
			op = g.binop(x.Op, Id("_x"), m, Id("_o"), other)
		} else {
			op = g.binop(x.Op, Id("_o"), other, Id("_x"), m)
		}
		cases = append(cases, Case(g.goType(m)).Block(Return(g.convert(op, ub.Results[i], res))))
	}
	sw := Switch(Id("_x").Op(":=").Id("_u").Assert(Type())).Block(append(cases, Default().Block(Panic(Lit("aiogo: union value of an unexpected type"))))...)
	fn := Func().Params(Id("_u").Any(), Id("_o").Add(g.goType(other))).Add(g.goType(res)).Block(sw)
	if ub.Left {
		return fn.Call(g.expr(x.Left), g.expr(x.Right))
	}
	// The left operand is evaluated first.
	return Func().Params(Id("_o").Add(g.goType(other))).Add(g.goType(res)).Block(
		Return(Func().Params(Id("_u").Any(), Id("_o").Add(g.goType(other))).Add(g.goType(res)).Block(sw).Call(g.expr(x.Right), Id("_o"))),
	).Call(g.expr(x.Left))
}

// listReprItem reads item v (an any) of a gather result held as a list
// (check.Tuple.ListRepr) as a value of type et: an optional element is
// unwrapped whether the value is held boxed as an Opt or as a union holds
// it (GatherAnyPlain).
func (g *gen) listReprItem(v *Statement, et check.Type) *Statement {
	if o, ok := et.(*check.Optional); ok {
		return py("AnyOpt").Types(g.goType(o.Elem)).Call(v)
	}
	return v.Assert(g.goType(et))
}
