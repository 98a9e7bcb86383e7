package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// The heapq and bisect modules (aiogo extensions, builtins' table): their
// functions take a list (bisect also a tuple) of an element type T that
// their other arguments are typed against, and order the elements with <.

// checkHeapBisect types a call of a heapq or bisect function.
func checkHeapBisect(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	args, msg := BindEntry(e, x)
	if msg != "" {
		c.errorf(x.Pos, "%s", msg)
		c.argTypes(x)
		for _, k := range x.Keywords {
			c.expr(k.Value)
		}
		return nil
	}
	name := e.Short()
	switch name {
	case "nsmallest", "nlargest":
		c.exprMust(args[0], Int, "argument n")
		et := c.iterElem(args[1])
		var kt Type
		if len(args) > 2 && args[2] != nil {
			// key= arrives by position (kwpos.go moves it).
			if _, none := args[2].(*ast.NoneLit); none {
				c.expr(args[2])
			} else if et != nil {
				kt = c.keyFunc(&ast.Keyword{Name: "key", Value: args[2]}, et)
				if f, ok := kt.(*Func); ok && !c.ordered(f.Ret, f.Ret) {
					c.errorf(args[2].Position(), "sort key of type %s is not orderable", f.Ret)
				}
			}
		}
		if et == nil {
			return nil
		}
		if kt == nil && !c.elemsOrdered(et) {
			c.errorf(args[1].Position(), "elements of type %s are not orderable", et)
		}
		return &List{et}
	}
	seq := c.expr(args[0])
	var et Type
	switch t := seq.(type) {
	case *List:
		if CollectionKind(t) == "" {
			et = t.Elem
		}
	case *Tuple:
		if e.Receiver() == "bisect" && name[:6] == "bisect" && len(t.Elems) > 0 {
			if t.Var || allIdentical(t.Elems) {
				et = t.Elems[0]
			}
		}
	}
	if et == nil {
		if seq != nil {
			what := "a list"
			if e.Receiver() == "bisect" && name[:6] == "bisect" {
				what = "a list or a tuple of one element type"
			}
			got := seq.String()
			if k := CollectionKind(seq); k != "" {
				got = "a " + k
			}
			c.errorf(args[0].Position(), "%s.%s needs %s, not %s", e.Receiver(), name, what, got)
		}
		for _, a := range args[1:] {
			if a != nil {
				c.expr(a)
			}
		}
		return nil
	}
	var ret Type = et
	if e.Receiver() == "bisect" {
		ret = Int
		if name[:6] == "insort" {
			ret = None
		}
	} else if name == "heappush" || name == "heapify" {
		ret = None
	}
	xt := et // the type x compares as
	if e.Receiver() == "bisect" {
		if len(args) > 2 && args[2] != nil {
			c.exprMust(args[2], Int, "argument lo")
		}
		if len(args) > 3 && args[3] != nil {
			if _, none := args[3].(*ast.NoneLit); none {
				c.expr(args[3])
			} else {
				c.exprMust(args[3], Int, "argument hi")
			}
		}
		hasKey := false
		if len(args) > 4 && args[4] != nil {
			if k := c.keyArg(x, false); k != nil {
				hasKey = true
				f, ok := c.keyFunc(k, et).(*Func)
				if ok && !c.ordered(f.Ret, f.Ret) {
					c.errorf(k.Value.Position(), "key of type %s is not orderable", f.Ret)
				}
				if ok && name[:6] == "bisect" {
					xt = f.Ret // bisect(a, x, key=f) compares x with f(a[i])
				}
				if !ok {
					xt = nil
				}
			}
		}
		if !hasKey && !c.elemsOrdered(et) {
			c.errorf(args[0].Position(), "elements of type %s are not orderable", et)
		}
	} else if !c.elemsOrdered(et) {
		c.errorf(args[0].Position(), "elements of type %s are not orderable", et)
	}
	if len(args) > 1 && args[1] != nil && xt != nil {
		c.exprMust(args[1], xt, "argument to "+name)
	} else if len(args) > 1 && args[1] != nil {
		c.expr(args[1])
	}
	return ret
}

// allIdentical reports whether the types are one type.
func allIdentical(ts []Type) bool {
	for _, t := range ts[1:] {
		if !Identical(t, ts[0]) {
			return false
		}
	}
	return true
}
