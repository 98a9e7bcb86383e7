package codegen

import (
	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// Values of the collection protocols (check.Abstract) are py.Seq views of
// the object they were made from.

// seqOf views c, a value of type from, as a py.Seq of the protocol to,
// converting the elements it reads when their type differs.
func (g *gen) seqOf(c Code, from check.Type, to *check.Abstract) Code {
	et := viewElem(from)
	if et == nil || check.Identical(et, to.Elem) {
		return g.seqOfSame(c, from, to)
	}
	src := g.seqOfSame(c, from, &check.Abstract{Kind: to.Kind, Elem: et})
	conv := Func().Params(Id("_x").Add(g.goType(et))).Add(g.goType(to.Elem)).Block(Return(g.convert(Id("_x"), et, to.Elem)))
	return py("SeqConv").Call(src, conv)
}

// viewElem is the element type a view of a value of type t reads.
func viewElem(t check.Type) check.Type {
	switch x := t.(type) {
	case *check.Abstract:
		return x.Elem
	case *check.List:
		return x.Elem
	case *check.Set:
		return x.Elem
	case *check.Dict:
		return x.Key
	case *check.Iterator:
		return x.Elem
	case *check.Generator:
		return x.Yield
	case *check.Tuple:
		if len(x.Elems) == 0 {
			return nil
		}
		return check.TupleElem(x)
	case *check.Basic:
		if x == check.Bytes {
			return check.Int
		}
		return check.Str
	case *check.Opaque:
		return check.Int
	case *check.Class:
		if ui := check.UserIterOf(x); ui != nil {
			return ui.Elem
		}
	}
	return nil
}

// seqOfSame is seqOf for the same element types.
func (g *gen) seqOfSame(c Code, from check.Type, to *check.Abstract) Code {
	switch f := from.(type) {
	case *check.Abstract:
		return c
	case *check.List:
		return py("SeqOfList").Call(c)
	case *check.Tuple:
		et := g.goType(to.Elem)
		switch {
		case len(f.Elems) == 0:
			return py("SeqOfTuple").Call(py("VarTuple").Types(et).Values())
		case f.Var:
			return py("SeqOfTuple").Call(c)
		}
		return py("SeqOfTuple").Call(py("MkTuple").Call(g.tupleSlice(c, f)))
	case *check.Set:
		return py("SeqOfSet").Call(c)
	case *check.Dict:
		return py("SeqOfDict").Call(c)
	case *check.Basic:
		if f == check.Bytes {
			return py("SeqOfBytes").Call(c)
		}
		return py("SeqOfStr").Call(c)
	case *check.Opaque:
		return py("SeqOfRange").Call(c)
	case *check.Class:
		if cls, ok := isUserIterable(f); ok {
			// Each iteration calls the object's __iter__ (useriter.go).
			et := g.goType(to.Elem)
			return Func().Params(Id("_o").Add(g.goType(f))).Add(py("Seq").Types(et)).Block(
				Return(py("SeqOfFunc").Types(et).Call(Id("_o"), Func().Params().Add(py("Iter").Types(et)).Block(
					Return(g.userIter(Id("_o"), cls))),
					Func().Params().Bool().Block(Return(g.truthOf(Id("_o"), f)))))).Call(c)
		}
	}
	return py("SeqOfIter").Types(g.goType(to.Elem)).Call(c) // iterators and generators
}

// viewBase is the type of the object a value of type from viewed as to is:
// from, with the element type of to for an empty display.
func viewBase(from check.Type, to *check.Abstract) check.Type {
	if !isUnknownEmpty(from) {
		return from
	}
	switch from.(type) {
	case *check.List:
		return &check.List{Elem: to.Elem}
	case *check.Set:
		return &check.Set{Elem: to.Elem}
	case *check.Dict:
		return &check.Dict{Key: to.Elem, Val: check.Object}
	}
	return from
}

// abstractSetOperands emits the operands of a set operator or comparison
// of which one is an AbstractSet: each viewed as the set the checker
// recorded (check/abstractset.go), with its type.
func (g *gen) abstractSetOperands(le, re ast.Expr) (l Code, lt check.Type, r Code, rt check.Type, ok bool) {
	_, lc := g.info.Conv[le].(*check.Set)
	_, rc := g.info.Conv[re].(*check.Set)
	if !lc && !rc {
		return nil, nil, nil, nil, false
	}
	operand := func(e ast.Expr) (Code, check.Type) {
		if t, ok := g.info.Conv[e].(*check.Set); ok {
			return g.exprTo(e, t), t
		}
		return g.expr(e), g.typeOf(e)
	}
	l, lt = operand(le)
	r, rt = operand(re)
	return l, lt, r, rt, true
}

// setOperand emits a comparison operand: an AbstractSet the checker views
// as a set (check/abstractset.go) as that set, a bytearray searched for
// bytes as bytes, others as they are.
func (g *gen) setOperand(e ast.Expr) (Code, check.Type) {
	if t, ok := g.info.Conv[e].(*check.Set); ok {
		if _, view := g.typeOf(e).(*check.Abstract); view {
			return g.exprTo(e, t), t
		}
	}
	if t := g.info.Conv[e]; t == check.Bytes && check.IsByteArray(g.typeOf(e)) {
		return g.exprTo(e, t), t // b"ab" in ba (check.compare)
	}
	return g.expr(e), g.typeOf(e)
}

// viewIdentity reports a type whose values may be views of another object
// (a Mapping mirror, a Sequence or other protocol view): `is` compares the
// objects they view (py.SameObject).
func viewIdentity(t check.Type) bool {
	switch x := t.(type) {
	case *check.Dict:
		return x.ReadOnly
	case *check.Abstract:
		return true
	}
	return false
}
