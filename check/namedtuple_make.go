package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/names"
)

// C._make(iterable) builds a NamedTuple from an iterable with one element
// per field (Row._make(line.split(","))): CPython raises TypeError
// ("Expected 3 arguments, got 2") for another count. The call is checked
// as the constructor call C(_m0, _m1, ...) over variables holding the
// elements (each must fit its field), generated after the count check.

// NTMake is a C._make(iterable) call: Arg the iterable, Call the
// constructor call over Elems, the variables of the elements.
type NTMake struct {
	Arg   ast.Expr
	Call  *ast.Call
	Elems []*Symbol
	// Elem is the iterable's element type: an element variable of
	// another type (its field's, narrower: Emp._make([9, "Ivy", None])
	// of a list[int | str | None]) is the element narrowed, as cast()
	// narrows.
	Elem Type
}

// namedTupleMake checks x if it is C._make(iterable) of a NamedTuple
// class C.
func (c *checker) namedTupleMake(x *ast.Call) (Type, bool) {
	at, ok := x.Func.(*ast.Attribute)
	if !ok || at.Attr != "_make" {
		return nil, false
	}
	n, ok := at.Value.(*ast.Name)
	if !ok {
		return nil, false
	}
	sym := c.lookup(n.ID)
	if sym == nil || sym.Kind != SymClass || sym.Class == nil || !sym.Class.NamedTuple {
		return nil, false
	}
	cls := sym.Class
	c.info.Uses[n] = sym
	c.info.Types[n] = &ClassRef{cls}
	if len(x.Args) != 1 || len(x.Keywords) != 0 {
		c.errorf(x.Pos, "%s._make takes one iterable", cls.Name)
		return nil, true
	}
	if _, star := x.Args[0].(*ast.Starred); star {
		c.errorf(x.Pos, "%s._make takes one iterable", cls.Name)
		return nil, true
	}
	et := c.iterElem(x.Args[0])
	if et == nil {
		return nil, true
	}
	mk := &NTMake{Arg: x.Args[0], Elem: et}
	fn := &ast.Name{Pos: x.Pos, ID: cls.Name}
	c.synth[fn] = synthExpr{t: &ClassRef{cls}, sym: sym}
	call := &ast.Call{Pos: x.Pos, Func: fn}
	for i, f := range cls.AllFields() {
		vt := et
		if !c.assignableType(et, f.Type) && c.assignableType(f.Type, et) {
			// A mixed iterable (list[int | str | None]): the element
			// narrowed to its field's type, as cast() narrows.
			vt = f.Type
		}
		s := &Symbol{Name: names.Temp("m", i), Kind: SymVar, Type: vt, GoName: names.Temp("m", i)}
		e := &ast.Name{Pos: x.Args[0].Position(), ID: s.GoName}
		c.synth[e] = synthExpr{t: vt, sym: s}
		mk.Elems = append(mk.Elems, s)
		call.Args = append(call.Args, e)
	}
	t := c.call(call, nil)
	if t == nil {
		return nil, true
	}
	c.info.Types[call] = t
	mk.Call = call
	if c.info.NTMakes == nil {
		c.info.NTMakes = map[*ast.Call]*NTMake{}
	}
	c.info.NTMakes[x] = mk
	return t, true
}
