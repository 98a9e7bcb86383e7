package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// starIndex returns the index of the starred element of a target list, or
// -1 if there is none.
func starIndex(elems []ast.Expr) int {
	for i, e := range elems {
		if _, ok := e.(*ast.Starred); ok {
			return i
		}
	}
	return -1
}

// assignStarred unpacks val (of type vt, held in tmp) into the target list
// elems whose element k is starred: first, *rest = xs. The starred target
// gets a new list of the values the others leave over.
func (g *gen) assignStarred(elems []ast.Expr, k int, tmp string, val Code, vt check.Type) []Code {
	star := elems[k].(*ast.Starred).Value
	after := len(elems) - 1 - k
	starType := g.typeOf(star) // list[E], as the checker typed it
	if tt := g.info.Types[star]; tt != nil {
		starType = tt
	}
	var body []Code
	if nt := check.NamedTupleAsTuple(vt); nt != nil {
		val, vt = g.namedTupleAsTuple(val, vt.(*check.Class), nt), nt // namedtuple.go
	}
	if v, ok := vt.(*check.Tuple); ok && !v.Var {
		body = append(body, Id(tmp).Op(":=").Add(val))
		field := func(i int) Code { return Id(tmp).Dot(fmt.Sprintf("F%d", i)) }
		if v.ListRepr { // a gather result (check.Tuple.ListRepr): items of a list of any
			field = func(i int) Code { return g.listReprItem(Id(tmp).Dot("V").Index(Lit(i)), v.Elems[i]) }
		}
		for i, e := range elems[:k] {
			body = append(body, g.assignGo(e, field(i), v.Elems[i])...)
		}
		et := starType.(*check.List).Elem
		var items []Code
		for i := k; i < len(v.Elems)-after; i++ {
			items = append(items, g.convert(field(i), v.Elems[i], et))
		}
		list := py("NewList").Types(g.goType(et)).Call(items...)
		body = append(body, g.assignGo(star, list, starType)...)
		for j, e := range elems[k+1:] {
			i := len(v.Elems) - after + j
			body = append(body, g.assignGo(e, field(i), v.Elems[i])...)
		}
		return body
	}
	var et check.Type
	switch v := vt.(type) {
	case *check.List:
		et = v.Elem
	case *check.Tuple: // tuple[T, ...]
		et = v.Elems[0]
	default:
		et = check.UnpackElem(vt)
		if et == nil {
			panic(fmt.Sprintf("codegen: cannot unpack %v", vt))
		}
		val = py("ListOf").Call(py("Collect").Call(g.iterOfVal(val, vt)))
	}
	elems0 := Add(val).Dot("V") // a list's elements
	if v, ok := vt.(*check.Tuple); ok && v.Var {
		elems0 = Add(val).Dot("Elems").Call()
	}
	body = append(body, Id(tmp).Op(":=").Add(py("UnpackAtLeast")).Call(elems0, Lit(k), Lit(after)))
	for i, e := range elems[:k] {
		body = append(body, g.assignGo(e, Id(tmp).Index(Lit(i)), et)...)
	}
	rest := py("ListOf").Call(Id(tmp).Index(Lit(k), Len(Id(tmp)).Op("-").Lit(after)))
	body = append(body, g.assignGo(star, rest, starType)...)
	for j, e := range elems[k+1:] {
		body = append(body, g.assignGo(e, Id(tmp).Index(Len(Id(tmp)).Op("-").Lit(after-j)), et)...)
	}
	return body
}
