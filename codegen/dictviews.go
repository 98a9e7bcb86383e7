package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// liveView is d.keys()/d.values()/d.items() passed where the Iterable or
// Collection ta is expected (check.LiveViewKind): a live view of d, its
// elements converted to ta's when they differ.
func (g *gen) liveView(x *ast.Call, kind string, ta *check.Abstract) Code {
	recv := x.Func.(*ast.Attribute).Value
	dt := g.typeOf(recv).(*check.Dict)
	var view Code
	var et check.Type
	switch kind {
	case "keys":
		view, et = py("SeqOfDictKeys").Call(g.expr(recv)), dt.Key
	case "values":
		view, et = py("SeqOfDictValues").Call(g.expr(recv)), dt.Val
	default:
		view, et = py("SeqOfDictItems").Call(g.expr(recv)), &check.Tuple{Elems: []check.Type{dt.Key, dt.Val}}
	}
	if check.Identical(et, ta.Elem) {
		return view
	}
	conv := Func().Params(Id("_x").Add(g.goType(et))).Add(g.goType(ta.Elem)).Block(Return(g.convert(Id("_x"), et, ta.Elem)))
	return py("SeqConv").Call(view, conv)
}
