package codegen

import (
	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/check"
)

// ntMake emits C._make(iterable) (check/namedtuple_make.go): the
// iterable's elements, their count checked (py.MakeCount raises CPython's
// TypeError), bound to the variables the constructor call reads.
func (g *gen) ntMake(mk *check.NTMake) *Statement {
	body := []Code{
		Id("_xs").Op(":=").Add(g.sliceOf(mk.Arg)),
		py("MakeCount").Call(Len(Id("_xs")), Lit(len(mk.Elems))),
	}
	for i, s := range mk.Elems {
		var v Code = Id("_xs").Index(Lit(i))
		if !check.Identical(s.Type, mk.Elem) {
			v = g.narrowConv(Id("_xs").Index(Lit(i)), mk.Elem, s.Type, true) // a mixed iterable's element, narrowed as cast() narrows
		}
		body = append(body, Id(s.GoName).Op(":=").Add(v))
	}
	if cls := namedTupleClass(g.typeOf(mk.Call)); cls != nil {
		body = append(body, g.userLenChecked(cls, g.call(mk.Call))...)
	} else {
		body = append(body, Return(g.call(mk.Call)))
	}
	return Func().Params().Add(g.goType(g.typeOf(mk.Call))).Block(body...).Call()
}
