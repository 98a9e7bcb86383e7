package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/ir"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// Frame reuse (ir.FrameReusePass decides which frames are recycled and
// where): an AwaitReuse await keeps the callee's frame in a slot of the
// caller's frame and resets it in place with _f_into instead of
// allocating a new one.

// reuseSlot names the caller's slot for frames of callee f.
func reuseSlot(f *ir.Func) string { return names.Derived(f.Name, "sub") }

// intoName names the reset-or-allocate constructor of f's frame.
func intoName(f *ir.Func) string { return names.Derived(f.Name, "into") }

// intoConstructor emits _f_into(p, args) *frame: reset p in place (keeping
// its reuse slots) or allocate when p is nil.
func (g *gen) intoConstructor(f *ir.Func, params []Code, inits Dict) {
	ft := frameType(f)
	keep := Dict{}
	for k, v := range inits {
		keep[k] = v
	}
	for _, callee := range f.ReuseSlots {
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
	g.orderOperands(call) // order.go: a read before a later call's effects
	args := append([]Code{slot.Clone()}, g.args(call, callee.Info.Sig, callee.Info.Def, false)...)
	return slot, slot.Clone().Op("=").Id(intoName(callee)).Call(args...)
}
