package codegen

import (
	"fmt"
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// isinstanceDynamic tests the boxed value v (Go any) against tests: user
// classes by a type switch on their Go types, built-in types (int, str,
// ...) and container kinds (list, dict, ... of any element type) by their
// Python type name (py.IsInstanceKind: bool is an int).
func (g *gen) isinstanceDynamic(tests []check.Type, v Code) *Statement {
	var cases []Code
	var kinds *Statement
	for _, t := range tests {
		if name, ok := kindName(t); ok {
			k := py("IsInstanceKind").Call(Id("_x"), Lit(name))
			if kinds == nil {
				kinds = k
			} else {
				kinds = kinds.Op("||").Add(k)
			}
			continue
		}
		cases = append(cases, g.goType(t))
	}
	var body []Code
	if len(cases) > 0 {
		body = append(body, Switch(Id("_x").Assert(Type())).Block(Case(cases...).Block(Return(True()))))
	}
	if kinds == nil {
		kinds = False()
	}
	body = append(body, Return(kinds))
	return Func().Params(Id("_x").Any()).Bool().Block(body...).Call(v)
}

// kindName is the Python name of a built-in type or container kind as
// py.TypeName reports it.
func kindName(t check.Type) (string, bool) {
	switch x := t.(type) {
	case *check.Basic:
		if x == check.None {
			return "NoneType", true
		}
		return x.String(), true
	case *check.List:
		return "list", true
	case *check.Dict:
		return "dict", true
	case *check.Set:
		return "set", true
	case *check.Tuple:
		return "tuple", true
	}
	return "", false
}

// anyView converts a boxed value narrowed from object to a container
// type with Any elements (check.anyFilled) to that type's representation.
func anyView(s *Statement, to check.Type) (*Statement, bool) {
	switch x := to.(type) {
	case *check.List:
		if isAny(x.Elem) {
			return py("AnyList").Call(s), true
		}
	case *check.Tuple:
		if x.Var && isAny(x.Elems[0]) {
			return py("AnyTuple").Call(s), true
		}
	case *check.Dict:
		if isAny(x.Key) && isAny(x.Val) {
			return py("AnyDict").Call(s), true
		}
	case *check.Set:
		if isAny(x.Elem) {
			return py("AnySet").Call(s), true
		}
	case *check.Abstract:
		if isAny(x.Elem) && x.Kind == check.ASequence {
			return py("AnySeq").Call(s), true
		}
	}
	return nil, false
}

func isAny(t check.Type) bool {
	_, ok := t.(*check.AnyType)
	return ok
}

// orOptional emits the test of a left operand of `or` whose type is
// T | None for a non-scalar T when the result is not optional: the operand
// is the value when it is not None and T's truth holds of it.
func (g *gen) orOptional(x *ast.BoolOp, v ast.Expr, n string, t check.Type) (*Statement, bool) {
	o, ok := g.typeOf(v).(*check.Optional)
	if !ok || x.Op != "or" {
		return nil, false
	}
	if _, ok := o.Elem.(*check.Basic); ok {
		return nil, false // scalars: None reads as the zero value (convert)
	}
	if _, ok := t.(*check.Optional); ok {
		return nil, false
	}
	cond := Id(n).Dot("Ok").Op("&&").Add(g.truthOf(Id(n).Dot("V"), o.Elem))
	return If(Id(n).Op(":=").Add(headExpr(g.expr(v))), cond).Block(Return(g.convert(Id(n).Dot("V"), o.Elem, t))), true
}

// optTruth is the truth of a T | None: false for None, else T's truth
// (an empty str or list held by an Optional is falsy too).
func (g *gen) optTruth(c Code, o *check.Optional) Code {
	inner := g.truthOf(Id("_o").Dot("V"), o.Elem)
	if fmt.Sprintf("%#v", inner) == "true" { // every T is truthy: only None is falsy
		return Add(c).Dot("Ok")
	}
	return Func().Params(Id("_o").Add(g.goType(o))).Bool().Block(
		Return(Id("_o").Dot("Ok").Op("&&").Add(inner)),
	).Call(c)
}
