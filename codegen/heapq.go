package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// lowerHeapBisect lowers a call of a heapq or bisect function (check's
// heapq.go) to its runtime function (py/heapq.go), with the element
// order as a less function.
func lowerHeapBisect(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	args, _ := check.BindEntry(e, x)
	name := e.Short()
	key := func(i int) ast.Expr {
		if i < len(args) && args[i] != nil {
			if _, none := args[i].(*ast.NoneLit); !none {
				return args[i]
			}
		}
		return nil
	}
	if name == "nsmallest" || name == "nlargest" {
		et := g.elemOf(args[1])
		xs := g.sliceOf(args[1])
		rev := Lit(name == "nlargest")
		var sorted *Statement
		if kfn, kless, _, ok := g.keyOrder(et, key(2)); ok {
			sorted = py("SortedSliceByKey").Call(xs, kfn, kless, rev)
		} else {
			sorted = py("SortedSlice").Call(xs, g.lessFunc(et, nil), rev)
		}
		return sym(e.Go).Call(sorted, g.exprTo(args[0], check.Int))
	}
	st := g.typeOf(args[0])
	var et check.Type
	switch t := st.(type) {
	case *check.List:
		et = t.Elem
	case *check.Tuple:
		et = t.Elems[0]
	}
	if e.Receiver() == "heapq" {
		out := []Code{g.expr(args[0])}
		if len(args) > 1 {
			out = append(out, g.exprTo(args[1], et))
		}
		return sym(e.Go).Call(append(out, g.lessFunc(et, nil))...)
	}
	var lo, hi Code = Lit(0), Lit(-1)
	if args[2] != nil {
		lo = g.exprTo(args[2], check.Int)
	}
	if a := key(3); a != nil {
		hi = g.exprTo(a, check.Int)
	}
	var keyFn, less Code
	xt := et
	if kfn, kless, _, ok := g.keyOrder(et, key(4)); ok {
		keyFn, less = kfn, kless
		if name[:6] == "bisect" {
			kf, _ := g.callTarget(key(4))
			xt = kf.Ret
		}
	} else {
		keyFn, less = py("Identity").Types(g.goType(et)), g.lessFunc(et, nil)
	}
	if name[:6] == "insort" {
		return sym(e.Go).Call(g.expr(args[0]), g.exprTo(args[1], et), lo, hi, keyFn, less, Lit(name != "insort_left"))
	}
	return sym(e.Go).Call(g.sliceOf(args[0]), g.exprTo(args[1], xt), lo, hi, keyFn, less)
}
