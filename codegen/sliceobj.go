package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// Slice objects (check/sliceobj.go): py.SliceObj values.

// lowerSlice is slice(stop) or slice(start, stop[, step]).
func lowerSlice(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	opt := &check.Optional{Elem: check.Int}
	arg := func(i int) Code { return g.exprTo(x.Args[i], opt) }
	switch len(x.Args) {
	case 1:
		return sym(e.Also[0]).Call(arg(0))
	case 2:
		return sym(e.Go).Call(arg(0), arg(1), noneInt())
	}
	return sym(e.Go).Call(arg(0), arg(1), arg(2))
}

// sliceObjOf is the slice object a subscript's slice a:b:c passes to
// __getitem__.
func (g *gen) sliceObjOf(sl *ast.Slice) *Statement {
	lo, hi, st := g.sliceArgs(sl)
	return py("NewSlice").Call(lo, hi, st)
}

// sliceObjIndex is seq[s] for a slice object s (ok false: x's index is
// not one).
func (g *gen) sliceObjIndex(x *ast.Subscript, bt check.Type) (*Statement, bool) {
	if isSlice(x.Index) || g.typeOf(x.Index) != check.SliceType {
		return nil, false
	}
	s := g.expr(x.Index)
	switch t := bt.(type) {
	case *check.Tuple:
		vt := check.SliceObjTuple(t) // a fixed tuple viewed as a tuple[T, ...]
		return Parens(g.convert(g.expr(x.Value), bt, vt)).Dot("SliceBy").Call(s), true
	case *check.List:
		return g.expr(x.Value).Dot("SliceBy").Call(s), true
	case *check.Abstract:
		return py("SeqSliceBy").Call(g.expr(x.Value), s), true
	case *check.Opaque:
		return g.expr(x.Value).Dot("SliceRangeBy").Call(s), true
	}
	if bt == check.Str {
		return py("StrSliceBy").Call(g.expr(x.Value), s), true
	}
	return py("BytesSliceBy").Call(g.expr(x.Value), s), true
}

// sliceObjAttr is s.start, s.stop or s.step of a slice object.
func (g *gen) sliceObjAttr(x *ast.Attribute) (*Statement, bool) {
	if g.typeOf(x.Value) != check.SliceType {
		return nil, false
	}
	switch x.Attr {
	case "start":
		return g.expr(x.Value).Dot("Start"), true
	case "stop":
		return g.expr(x.Value).Dot("Stop"), true
	case "step":
		return g.expr(x.Value).Dot("Step"), true
	}
	return nil, false
}
