package codegen

import (
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// In `l == r` CPython tries the right operand's method first when the
// right operand's class is a proper subclass of the left operand's
// (do_richcompare), whether or not the subclass overrides it: with
// `base == sub` the subclass's __eq__ runs, with sub as self. The classes
// are only known at run time, so where the left operand's class has
// subclasses the comparison asks a generated function, one per class,
// which operand goes first.

// rightFirst returns the name of the function reporting whether r's class
// is a proper subclass of l's, for comparing a value of type lt with one
// of type rt; "" when that cannot happen (lt has no subclasses) or rt has
// no __eq__ of its own to call.
func (g *gen) rightFirst(lt, rt check.Type) string {
	lc, ok := lt.(*check.Class)
	if !ok || lc.Builtin || lc.IsExc {
		return ""
	}
	if rc, ok := rt.(*check.Class); !ok || rc.Builtin || check.Dunder(rt, "__eq__") == nil {
		return ""
	}
	var family []*check.Class // lc and its subclasses that have subclasses
	for _, c := range g.info.ClassList {
		if c != lc && !c.IsSubclassOf(lc) {
			continue
		}
		for _, k := range g.info.ClassList {
			if k != c && k.IsSubclassOf(c) {
				family = append(family, c)
				break
			}
		}
	}
	if len(family) == 0 {
		return ""
	}
	name := names.Derived(g.className(lc), "rightFirst")
	if g.rightFirstDone == nil {
		g.rightFirstDone = map[string]bool{}
	}
	if g.rightFirstDone[name] {
		return name
	}
	g.rightFirstDone[name] = true
	var cases []Code
	for _, c := range family {
		cases = append(cases, Case(Op("*").Id(g.className(c))).Block(
			List(Id("_"), Id("sub")).Op(":=").Id("r").Assert(Id(g.ifaceName(c))),
			List(Id("_"), Id("same")).Op(":=").Id("r").Assert(Op("*").Id(g.className(c))),
			Return(Id("sub").Op("&&").Op("!").Id("same")),
		))
	}
	g.file.Commentf("%s reports whether r's class is a proper subclass of l's class (%s or a subclass): CPython then calls r's comparison method first.", name, lc.Name)
	g.file.Func().Id(name).Params(Id("l"), Id("r").Any()).Bool().Block(
		Switch(Id("l").Assert(Type())).Block(cases...),
		Return(False()),
	)
	return name
}

// properSubclassOf emits PyProperSubclassOf (py.Subclass) for a class with
// user-defined base classes, so that the runtime's equality (== of
// containers, x in list) calls the right operand's __eq__ first when its
// class is a proper subclass of the left operand's, as the comparison
// operator does (rightFirst above). Every such class has its own method:
// one promoted from an embedded base would answer for the base.
func (g *gen) properSubclassOf(cls *check.Class, recv *Statement) {
	var bases []Code
	seen := map[*check.Class]bool{}
	var walk func(c *check.Class)
	walk = func(c *check.Class) {
		for _, b := range []*check.Class{c.Base, c.Base2} {
			if b == nil || b.Builtin || b.IsExc || b.Enum != nil || seen[b] {
				continue
			}
			seen[b] = true
			bases = append(bases, Op("*").Id(g.className(b)))
			walk(b)
		}
	}
	walk(cls)
	if len(bases) == 0 {
		return
	}
	g.file.Func().Add(recv).Id("PyProperSubclassOf").Params(Id("other").Any()).Bool().Block(
		Switch(Id("other").Assert(Type())).Block(Case(bases...).Block(Return(True()))),
		Return(False()),
	)
}
