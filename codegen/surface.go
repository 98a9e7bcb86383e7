package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// This file lowers the operator parts of the built-in surface that
// check/surface.go types: tuple slicing, concatenation and repetition, set
// operators on dict views, pow() and bytes().

// fixedTupleSlice builds the fixed tuple of the elements idx of tuple
// value v (of fixed tuple type t), evaluating v once.
func (g *gen) fixedTupleSlice(v Code, t *check.Tuple, idx []int) *Statement {
	if len(idx) == 0 {
		return Func().Params(Id("_").Add(g.goType(t))).Add(py("Tuple0")).Block(Return(py("Tuple0").Values())).Call(v)
	}
	var els []Code
	var ets []check.Type
	for _, i := range idx {
		els = append(els, Id("_tu").Dot(fmt.Sprintf("F%d", i)))
		ets = append(ets, t.Elems[i])
	}
	res := &check.Tuple{Elems: ets}
	return Func().Params(Id("_tu").Add(g.goType(t))).Add(g.goType(res)).Block(
		Return(sym(builtins.MakeTuple(len(idx))).Call(els...)),
	).Call(v)
}

// varTupleOf converts tuple value v of type t to a tuple[T, ...].
func (g *gen) varTupleOf(v Code, t *check.Tuple) Code {
	if t.Var {
		return v
	}
	return py("TupleOf").Call(g.tupleSlice(v, t))
}

// tupleSliceExpr lowers v[lo:hi:step] on a tuple v.
func (g *gen) tupleSliceExpr(v *Statement, t *check.Tuple, sl *ast.Slice, lo, hi, st Code) *Statement {
	if t.ListRepr {
		return Add(v).Dot("Slice").Call(lo, hi, st) // a gather result: a list
	}
	if !t.Var {
		if idx, ok := check.TupleSliceIndices(len(t.Elems), sl); ok {
			return g.fixedTupleSlice(v, t, idx)
		}
	}
	return Add(g.varTupleOf(v, t)).Dot("Slice").Call(lo, hi, st)
}

// tupleBinop lowers + and * on tuples (nil if neither operand is one).
func (g *gen) tupleBinop(op string, l Code, lt check.Type, r Code, rt check.Type, res check.Type) *Statement {
	lu, lok := lt.(*check.Tuple)
	ru, rok := rt.(*check.Tuple)
	if !lok && !rok {
		return nil
	}
	rs, _ := res.(*check.Tuple)
	if rs == nil {
		return nil
	}
	switch op {
	case "+":
		if !rs.Var {
			var els []Code
			for i := range lu.Elems {
				els = append(els, Id("_a").Dot(fmt.Sprintf("F%d", i)))
			}
			for i := range ru.Elems {
				els = append(els, Id("_b").Dot(fmt.Sprintf("F%d", i)))
			}
			if len(els) == 0 {
				return Func().Params(Id("_").Add(g.goType(lu)), Id("_").Add(g.goType(ru))).Add(py("Tuple0")).Block(Return(py("Tuple0").Values())).Call(l, r)
			}
			return Func().Params(Id("_a").Add(g.goType(lu)), Id("_b").Add(g.goType(ru))).Add(g.goType(rs)).Block(
				Return(sym(builtins.MakeTuple(len(els))).Call(els...)),
			).Call(l, r)
		}
		return Add(g.varTupleOf(l, lu)).Dot("Concat").Call(g.varTupleOf(r, ru))
	case "*":
		t, tv, n := lu, l, r
		if !lok {
			t, tv, n = ru, r, l
		}
		if len(t.Elems) == 0 && !t.Var {
			return Func().Params(Id("_").Add(g.goType(t)), Id("_").Int64()).Add(py("Tuple0")).Block(Return(py("Tuple0").Values())).Call(tv, n)
		}
		return py("TupleRepeat").Call(g.tupleSlice(tv, t), n)
	}
	return nil
}

// viewSetOp lowers a set operator with a dict view operand.
func (g *gen) viewSetOp(x *ast.BinOp) *Statement {
	if !check.IsDictView(x.Left, g.info.Types) && !check.IsDictView(x.Right, g.info.Types) {
		return nil
	}
	m := map[string]string{"&": "Intersection", "|": "Union", "-": "Difference", "^": "SymmetricDifference"}[x.Op]
	if m == "" {
		return nil
	}
	return py("SetOf").Call(g.sliceOf(x.Left)).Dot(m).Call(py("SetOf").Call(g.sliceOf(x.Right)))
}

// lowerPow lowers pow(base, exp[, mod]).
func lowerPow(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rt check.Type) *Statement {
	args, _ := check.BindEntry(e, x)
	if args[2] != nil {
		return sym(e.Go).Call(g.expr(args[0]), g.expr(args[1]), g.expr(args[2]))
	}
	if lt, rt := g.typeOf(args[0]), g.typeOf(args[1]); check.NumUnion(lt) || check.NumUnion(rt) {
		return g.binop("**", g.expr(args[0]), lt, g.expr(args[1]), rt) // as x ** y (the checker typed it so)
	}
	if g.typeOf(x) == check.Float {
		return sym(e.Also[1]).Call(g.exprTo(args[0], check.Float), g.exprTo(args[1], check.Float))
	}
	return sym(e.Also[0]).Call(g.expr(args[0]), g.expr(args[1]))
}

// bytesConversion lowers bytes(arg) and bytes(s, encoding).
func (g *gen) bytesConversion(x *ast.Call) *Statement {
	a := x.Args[0]
	switch at := g.typeOf(a); at {
	case check.Int:
		return py("BytesZeros").Call(g.expr(a))
	case check.Bytes:
		return g.expr(a)
	case check.Str:
		if len(x.Args) == 3 {
			return py("StrEncodeErrors").Call(g.expr(a), g.expr(x.Args[1]), g.expr(x.Args[2]))
		}
		return py("StrEncode").Call(g.expr(a), g.expr(x.Args[1]))
	}
	return py("BytesFromInts").Call(g.sliceOf(a))
}

func init() {
	lowerHooks["pow"] = lowerPow
}

// loopArg is the loop argument of current_task/all_tasks: the running
// loop when it is absent or None.
func (g *gen) loopArg(x *ast.Call) Code {
	var e ast.Expr
	if len(x.Args) > 0 {
		e = x.Args[0]
	} else if k := g.kw(x, "loop"); k != nil {
		e = k
	}
	if e == nil || g.typeOf(e) == check.None {
		return rt("GetRunningLoop").Call()
	}
	if _, ok := g.typeOf(e).(*check.Optional); ok {
		return g.expr(e).Dot("Or").Call(rt("GetRunningLoop").Call())
	}
	return g.expr(e)
}
