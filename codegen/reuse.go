package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// Frame reuse.
//
// `await f(x)` of a known coroutine keeps f's frame in a slot of the
// caller's frame, one slot per callee (a frame awaits one thing at a
// time). When the await site runs again (in a loop, or when the caller's
// own frame is reused), the finished callee frame is reset in place by
// _f_into instead of allocating a new one, so a steady stream of awaits
// allocates nothing. The reset keeps the callee's own reuse slots, so a
// whole chain of frames is recycled. A frame can be reused only if nothing
// else refers to it once it finishes: its function must create no
// closures (they would capture the frame).

// reusable reports whether frames of f may be recycled.
func (g *gen) reusable(f *ir.Func) bool {
	return f.Info.IsAsync && len(f.Nested) == 0 && len(f.Lambdas) == 0 && !f.Info.IsGen
}

// reuseSlot names the caller's slot for frames of callee f.
func reuseSlot(f *ir.Func) string { return names.Derived(f.Name, "sub") }

// intoName names the reset-or-allocate constructor of f's frame.
func intoName(f *ir.Func) string { return names.Derived(f.Name, "into") }

// reuseSlots lists the callees whose frames f keeps for reuse.
func (g *gen) reuseSlots(f *ir.Func) []*ir.Func {
	save := g.fn
	defer func() { g.fn = save }()
	g.fn = f
	var out []*ir.Func
	seen := map[*ir.Func]bool{}
	for _, b := range f.Blocks {
		if a, ok := b.Term.(*ir.Await); ok {
			if callee := g.reuseCallee(a); callee != nil && !seen[callee] {
				seen[callee] = true
				out = append(out, callee)
			}
		}
	}
	return out
}

// reuseCallee returns the callee of an await whose frame is recycled.
func (g *gen) reuseCallee(a *ir.Await) *ir.Func {
	if a.CM != nil {
		return nil
	}
	fi := g.awaitedDirect(a)
	if fi == nil || g.nosusp[fi] {
		return nil
	}
	f := g.funcs[fi]
	if f == nil || !g.reusable(f) {
		return nil
	}
	return f
}

// intoConstructor emits _f_into(p, args) *frame: reset p in place (keeping
// its reuse slots) or allocate when p is nil.
func (g *gen) intoConstructor(f *ir.Func, params []Code, inits Dict) {
	ft := frameType(f)
	keep := Dict{}
	for k, v := range inits {
		keep[k] = v
	}
	for _, callee := range g.reuseSlots(f) {
		keep[Id(reuseSlot(callee))] = Id("_p").Dot(reuseSlot(callee))
	}
	ps := append([]Code{Id("_p").Op("*").Id(ft)}, params...)
	g.file.Func().Id(intoName(f)).Params(ps...).Op("*").Id(ft).Block(
		If(Id("_p").Op("==").Nil()).Block(Return(Op("&").Id(ft).Values(inits))),
		Op("*").Id("_p").Op("=").Id(ft).Values(keep),
		Return(Id("_p")),
	)
}

// reuseAwaitStart emits the slot reset for an await of a recycled frame.
func (g *gen) reuseAwaitStart(a *ir.Await, callee *ir.Func) (*Statement, Code) {
	slot := Id("_f").Dot(reuseSlot(callee))
	call := a.Value.(*ast.Call)
	args := append([]Code{slot.Clone()}, g.args(call, callee.Info.Sig, callee.Info.Def, false)...)
	return slot, slot.Clone().Op("=").Id(intoName(callee)).Call(args...)
}

var _ = check.None
