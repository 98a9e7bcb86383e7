package codegen

import (
	"fmt"
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// This file lowers the tuple operations of NamedTuple classes
// (check/namedtuple.go); the rest of a NamedTuple is a frozen dataclass.

// namedTupleClass returns t's class if it is a NamedTuple class, or nil.
func namedTupleClass(t check.Type) *check.Class {
	if cls, ok := t.(*check.Class); ok && cls.NamedTuple {
		return cls
	}
	return nil
}

// namedTupleIndex lowers p[i] (i a constant): the field it selects.
func (g *gen) namedTupleIndex(x *ast.Subscript, cls *check.Class) *Statement {
	f := check.NamedTupleField(cls, x.Index)
	return g.fieldRef(g.expr(x.Value), cls, f.Name)
}

// namedTupleUnpack assigns the fields of the NamedTuple value val to the
// targets elems.
func (g *gen) namedTupleUnpack(cls *check.Class, tmp string, val Code, elems []ast.Expr) []Code {
	body := []Code{Id(tmp).Op(":=").Add(val)}
	for i, f := range cls.AllFields() {
		body = append(body, g.assignGo(elems[i], g.fieldRef(Id(tmp), cls, f.Name), f.Type)...)
	}
	return body
}

// namedTupleSlice lowers the elements of v, an instance of the named tuple
// class cls, to a Go slice: its fields, converted to their join (what
// iterating over it binds).
func (g *gen) namedTupleSlice(v Code, cls *check.Class) *Statement {
	et := check.NamedTupleElem(cls)
	var els []Code
	for _, f := range cls.AllFields() {
		els = append(els, g.convert(g.fieldRef(Id("_nt"), cls, f.Name), f.Type, et))
	}
	ge := g.goType(et)
	return Func().Params(Id("_nt").Add(g.goType(cls))).Index().Add(ge).Block(
		Return(Index().Add(ge).Values(els...)),
	).Call(v)
}

// namedTupleLen lowers len(p): the number of fields (p is evaluated).
func (g *gen) namedTupleLen(a ast.Expr, cls *check.Class) *Statement {
	return Func().Params(Id("_").Add(g.goType(cls))).Int64().Block(Return(Lit(int64(len(cls.AllFields()))))).Call(g.expr(a))
}

// namedTupleMethod lowers p._replace(...) and p._asdict().
func (g *gen) namedTupleMethod(x *ast.Call, r *Statement, rtype check.Type, name string) (*Statement, bool) {
	cls := namedTupleClass(rtype)
	if cls == nil {
		return nil, false
	}
	o := Id("_o")
	switch name {
	case "_replace":
		// The keyword values are evaluated in source order, after the
		// receiver; the constructor takes the fields in order.
		params := []Code{o.Clone().Add(g.goType(cls))}
		args := []Code{r}
		kw := map[string]string{}
		for i, k := range x.Keywords {
			n := names.Temp("k", i)
			kw[k.Name] = n
			ft := cls.LookupField(k.Name).Type
			params = append(params, Id(n).Add(g.goType(ft)))
			args = append(args, g.exprTo(k.Value, ft))
		}
		var fields []Code
		for _, f := range cls.AllFields() {
			if n, ok := kw[f.Name]; ok {
				fields = append(fields, Id(n))
			} else {
				fields = append(fields, g.fieldRef(o.Clone(), cls, f.Name))
			}
		}
		return Func().Params(params...).Add(g.goType(cls)).Block(
			g.userLenChecked(cls, Id(g.ctorName(cls)).Call(fields...))...,
		).Call(args...), true
	case "_asdict":
		body := []Code{Id("_d").Op(":=").Add(py("NewDict").Types(String(), Any())).Call()}
		for _, f := range cls.AllFields() {
			body = append(body, Id("_d").Dot("Set").Call(Lit(f.Name), g.fieldRef(o.Clone(), cls, f.Name)))
		}
		body = append(body, Return(Id("_d")))
		return Func().Params(o.Clone().Add(g.goType(cls))).Op("*").Add(py("Dict").Types(String(), Any())).Block(body...).Call(r), true
	}
	return nil, false
}

// userLenChecked returns the statements that return the new NamedTuple
// made by mk. When the class defines __len__, CPython's _make (which
// _replace calls too) checks len() of the new tuple, its __len__, against
// the number of fields and raises TypeError when they differ.
func (g *gen) userLenChecked(cls *check.Class, mk *Statement) []Code {
	m := cls.LookupMethod("__len__")
	if m == nil || m.Def == nil {
		return []Code{Return(mk)}
	}
	return []Code{
		Id("_r").Op(":=").Add(mk),
		py("MakeCount").Call(Int().Call(Id("_r").Dot(methodGoName("__len__")).Call()), Lit(len(cls.AllFields()))),
		Return(Id("_r")),
	}
}

// tupleViewOperand emits e, converted to its tuple view where the checker
// reads the NamedTuple e as a plain tuple (check/namedtuple_tuple.go).
func (g *gen) tupleViewOperand(e ast.Expr) (*Statement, check.Type) {
	t := g.typeOf(e)
	if namedTupleClass(t) != nil {
		if tv, ok := g.info.Conv[e].(*check.Tuple); ok {
			return g.exprTo(e, tv).(*Statement), tv
		}
	}
	return g.expr(e), t
}

// ntTupleMix reports a NamedTuple and a plain tuple type, either way round
// (compared by the runtime: py.FieldsEqual).
func ntTupleMix(a, b check.Type) bool {
	_, at := a.(*check.Tuple)
	_, bt := b.(*check.Tuple)
	return namedTupleClass(a) != nil && bt || at && namedTupleClass(b) != nil
}

// namedTupleAsTuple converts v, an instance of the NamedTuple class cls,
// to the tuple type t (its tuple view, or a tuple its fields convert to).
func (g *gen) namedTupleAsTuple(v Code, cls *check.Class, t *check.Tuple) *Statement {
	fs := cls.AllFields()
	var els []Code
	for i, f := range fs {
		et := check.TupleElem(t)
		if !t.Var {
			et = t.Elems[i]
		}
		els = append(els, g.convert(g.fieldRef(Id("_nt"), cls, f.Name), f.Type, et))
	}
	var body Code
	switch {
	case t.Var:
		body = py("MkTuple").Call(Index().Add(g.goType(t.Elems[0])).Values(els...))
	case len(els) == 0:
		body = py("Tuple0").Values()
	default:
		var ts []Code
		for _, e := range t.Elems {
			ts = append(ts, g.goType(e))
		}
		body = sym(builtins.MakeTuple(len(els))).Types(ts...).Call(els...)
	}
	return Func().Params(Id("_nt").Add(g.goType(cls))).Add(g.goType(t)).Block(Return(body)).Call(v)
}

// tupleAsNamedTuple converts v, a fixed tuple of type t, to the instance of
// the NamedTuple class cls with its values (interned by value: the one a
// set or dict holds, if any).
func (g *gen) tupleAsNamedTuple(v Code, t *check.Tuple, cls *check.Class) *Statement {
	var args []Code
	for i, f := range cls.AllFields() {
		args = append(args, g.convert(Id("_t").Dot(fmt.Sprintf("F%d", i)), t.Elems[i], f.Type))
	}
	return Func().Params(Id("_t").Add(g.goType(t))).Add(g.goType(cls)).Block(Return(Id(g.ctorName(cls)).Call(args...))).Call(v)
}
