package codegen

import (
	"github.com/aiogo/aiogo/ast"
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

// userNe is l != r where a user class defines __ne__ (nil: neither
// operand's class can): the left operand's __ne__, or the right's first
// when its class is a proper subclass of the left's, as CPython's
// do_richcompare; a left operand without __ne__ negates its ==. (The
// checker refuses NotImplemented from __ne__.)
func (g *gen) userNe(l Code, lt check.Type, r Code, rt check.Type, re ast.Expr) *Statement {
	m := check.Dunder(lt, "__ne__")
	rf := g.rightFirstFor(lt, rt, "__ne__")
	if m == nil && rf == "" {
		return nil
	}
	left := func(l, r Code) *Statement {
		if m != nil {
			return Add(l).Dot(methodGoName("__ne__")).Call(g.convert(r, rt, m.Sig.Params[0].Type))
		}
		return Op("!").Parens(g.cmp1("==", l, lt, r, rt, re))
	}
	if rf == "" {
		return left(l, r)
	}
	rm := check.Dunder(rt, "__ne__")
	return Func().Params().Bool().Block(
		List(Id("_l"), Id("_r")).Op(":=").List(l, r),
		If(Id(rf).Call(Id("_l"), Id("_r"))).Block(
			Return(Id("_r").Dot(methodGoName("__ne__")).Call(g.convert(Id("_l"), lt, rm.Sig.Params[0].Type))),
		),
		Return(left(Id("_l"), Id("_r"))),
	).Call()
}

// rightFirst returns the name of the function reporting whether r's class
// is a proper subclass of l's, for comparing a value of type lt with one
// of type rt; "" when that cannot happen (lt has no subclasses) or rt has
// no __eq__ of its own to call.
func (g *gen) rightFirst(lt, rt check.Type) string {
	return g.rightFirstFor(lt, rt, "__eq__")
}

// rightFirstFor is rightFirst for a comparison calling method (the right
// operand's reflected one: __gt__ for <).
func (g *gen) rightFirstFor(lt, rt check.Type, method string) string {
	lc, ok := lt.(*check.Class)
	if !ok || lc.Builtin || lc.IsExc {
		return ""
	}
	if rc, ok := rt.(*check.Class); !ok || rc.Builtin || check.Dunder(rt, method) == nil {
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

// reflectedCmp names the method CPython calls on the right operand of a
// rich comparison (do_richcompare's swapped operation).
var reflectedCmp = map[string]string{"<": "__gt__", ">": "__lt__", "<=": "__ge__", ">=": "__le__"}

// userCompare emits `l op r` (an ordering comparison) calling m, the left
// operand's method. As for == (rightFirst), CPython first calls the right
// operand's reflected method when its class is a proper subclass of the
// left operand's (inherited or overridden: `base < sub` runs
// sub.__gt__(base)); where that can happen the choice is made at run time.
// Methods that may return NotImplemented keep the plain call.
func (g *gen) userCompare(op string, l, r Code, lt, rt check.Type, m *check.Method) *Statement {
	call := func(a Code, at check.Type, b Code, bt check.Type, m *check.Method) *Statement {
		return Add(a).Dot(g.methodSlot(m)).Call(g.convert(b, bt, m.Sig.Params[0].Type))
	}
	rname := reflectedCmp[op]
	rm := check.Dunder(rt, rname)
	if rname == "" || rm == nil || m.NotImpl || rm.NotImpl || rm.Sig.Ret != check.Bool || len(rm.Sig.Params) != 1 || rm.IsAsync || rm.IsStatic || rm.IsClass {
		return call(l, lt, r, rt, m)
	}
	if _, ok := lt.(*check.Class); !ok {
		return call(l, lt, r, rt, m)
	}
	rf := g.rightFirstFor(lt, rt, rname)
	if rf == "" {
		return call(l, lt, r, rt, m)
	}
	return Func().Params().Bool().Block(
		Id("_l").Op(":=").Add(l),
		Id("_r").Op(":=").Add(r),
		If(Id(rf).Call(Id("_l"), Id("_r"))).Block(Return(call(Id("_r"), rt, Id("_l"), lt, rm))),
		Return(call(Id("_l"), lt, Id("_r"), rt, m)),
	).Call()
}

// In `l + r` CPython calls r.__radd__(l) first when r's class is a proper
// subclass of l's and overrides __radd__ (binary_op1's
// method_is_overloaded: an inherited one does not count). userBinop emits
// l op r through l's method m, asking a generated function for that case
// where the classes of the operands' static types allow it.
func (g *gen) userBinop(x *ast.BinOp, m *check.Method, ret check.Type) *Statement {
	return g.userBinopOf(m, func() Code { return g.expr(x.Left) }, g.typeOf(x.Left), func() Code { return g.expr(x.Right) }, g.typeOf(x.Right), ret, func() *Statement {
		return g.expr(x.Left).Dot(g.methodSlot(m)).Call(g.exprTo(x.Right, m.Sig.Params[0].Type))
	})
}

// userBinopOf is userBinop for operands l and r (emitted by the
// functions, once, left first) of types lt and rt; direct emits the plain
// call of m where the right operand never goes first.
func (g *gen) userBinopOf(m *check.Method, l func() Code, lt check.Type, r func() Code, rt check.Type, ret check.Type, direct func() *Statement) *Statement {
	name := m.Name
	rname := "__r" + name[2:]
	lc, ok1 := lt.(*check.Class)
	rc, ok2 := rt.(*check.Class)
	rm := check.Dunder(rt, rname)
	if !ok1 || !ok2 || lc.Builtin || rc.Builtin || rm == nil || rm.NotImpl || m.NotImpl || len(rm.Sig.Params) != 1 || rm.IsAsync || rm.IsStatic || rm.IsClass {
		return direct()
	}
	if !g.probeAssignable(lt, rm.Sig.Params[0].Type) || !g.probeAssignable(rm.Sig.Ret, ret) || !g.probeAssignable(m.Sig.Ret, ret) {
		return direct()
	}
	// (dynamic class of l, dynamic class of r) pairs where r goes first.
	cases := map[*check.Class][]*check.Class{}
	var order []*check.Class
	for _, a := range g.info.ClassList {
		if a != lc && !a.IsSubclassOf(lc) {
			continue
		}
		for _, b := range g.info.ClassList {
			if b == a || !b.IsSubclassOf(a) || (b != rc && !b.IsSubclassOf(rc)) {
				continue
			}
			if br := b.LookupMethod(rname); br != nil && br != a.LookupMethod(rname) {
				if cases[a] == nil {
					order = append(order, a)
				}
				cases[a] = append(cases[a], b)
			}
		}
	}
	if len(order) == 0 {
		return direct()
	}
	var outer []Code
	for _, a := range order {
		var inner []Code
		for _, b := range cases[a] {
			inner = append(inner, Op("*").Id(g.className(b)))
		}
		outer = append(outer, Case(Op("*").Id(g.className(a))).Block(
			Switch(Id("_r").Assert(Type())).Block(Case(inner...).Block(
				Return(g.convert(Id("_r").Dot(g.methodSlot(rm)).Call(g.convert(Id("_l"), lt, rm.Sig.Params[0].Type)), rm.Sig.Ret, ret)),
			)),
		))
	}
	return Func().Params().Add(g.goType(ret)).Block(
		Id("_l").Op(":=").Add(l()),
		Id("_r").Op(":=").Add(r()),
		Switch(Id("_l").Assert(Type())).Block(outer...),
		Return(g.convert(Id("_l").Dot(g.methodSlot(m)).Call(g.convert(Id("_r"), rt, m.Sig.Params[0].Type)), m.Sig.Ret, ret)),
	).Call()
}

// probeAssignable reports whether the checker stores a from where to is
// declared.
func (g *gen) probeAssignable(from, to check.Type) bool {
	if check.Identical(from, to) {
		return true
	}
	fc, ok1 := from.(*check.Class)
	tc, ok2 := to.(*check.Class)
	return ok1 && ok2 && !tc.Protocol && fc.IsSubclassOf(tc)
}
