package codegen

import (
	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/check"
)

// unionIter emits a py.Iter over v, a value of a union of containers
// (check.UnionElem), testing the members in turn: a container with Any
// elements (narrowed from object, so of any Go representation) by its
// Python kind through its view (anyView), the others by Go type.
func (g *gen) unionIter(v Code, t *check.Union) Code {
	et := check.UnionElem(t)
	var body []Code
	for _, m := range t.Types {
		x := Id("_x")
		test := List(Id("_x"), Id("_ok")).Op(":=").Id("_u").Assert(g.goType(m))
		cond := Id("_ok")
		if kind, ok := kindName(m); ok {
			if view, ok := anyView(Id("_u"), m); ok {
				test = Id("_x").Op(":=").Add(view)
				cond = py("IsInstanceKind").Call(Id("_u"), Lit(kind))
				body = append(body, If(cond).Block(test, Return(g.iterOfValue(x, m))))
				continue
			}
		}
		body = append(body, If(test, cond).Block(Return(g.iterOfValue(x, m))))
	}
	body = append(body, Panic(Lit("aiogo: iterating a union: unexpected member type")))
	return Func().Params(Id("_u").Any()).Add(py("Iter").Types(g.goType(et))).Block(body...).Call(v)
}

// iterOfValue emits a py.Iter over x, a container of type m (a member
// accepted by check.UnionElem).
func (g *gen) iterOfValue(x *Statement, m check.Type) Code {
	switch mt := m.(type) {
	case *check.List:
		return py("IterOfList").Call(x)
	case *check.Set:
		return py("IterOfSet").Call(x)
	case *check.Dict:
		return py("IterOfDict").Call(x)
	case *check.Abstract:
		return x.Clone().Dot("Iter").Call()
	case *check.Tuple:
		if mt.Var {
			return py("IterOfKind").Call(x.Clone().Dot("Elems").Call(), py("IterKindTuple"))
		}
		return py("IterOfKind").Call(x.Clone().Dot("V"), py("IterKindTuple"))
	case *check.Basic:
		if mt == check.Str {
			return py("IterOfStr").Call(x)
		}
	}
	return py("IterOfBytes").Call(x)
}
