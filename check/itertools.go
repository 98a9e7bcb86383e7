package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// The itertools module (an aiogo extension, builtins' table; runtime
// py/itertools.go). Its functions are typed here: their element types
// come from the iterables they take.

// intOrNoneArg types an int argument that may be the literal None; it
// reports whether the argument is None.
func (c *checker) intOrNoneArg(a ast.Expr, what string) bool {
	if _, none := a.(*ast.NoneLit); none {
		c.expr(a)
		return true
	}
	c.exprMust(a, Int, what)
	return false
}

// checkItertools types a call of an itertools function.
func checkItertools(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	name := e.Short()
	if name == "chain" || name == "product" {
		if name == "chain" {
			c.noKeywords(x)
		} else {
			c.noKeywords(x, "repeat")
		}
		var ets []Type
		for _, a := range x.Args {
			if s, ok := a.(*ast.Starred); ok {
				c.errorf(s.Pos, "*arguments are not supported in calls to %s", name)
				return nil
			}
			et := c.iterElem(a)
			if et == nil {
				return nil
			}
			ets = append(ets, et)
		}
		rep := c.keyword(x, "repeat")
		if rep != nil {
			c.exprMust(rep.Value, Int, "argument repeat")
		}
		same := len(ets) > 0
		for _, t := range ets {
			if !Identical(t, ets[0]) {
				same = false
			}
		}
		switch {
		case name == "chain" && len(ets) == 0:
			c.errorf(x.Pos, "chain() needs at least one iterable in aiogo")
			return nil
		case name == "chain" && !same:
			c.errorf(x.Pos, "chain of iterables of different element types (%s and others) is not supported", ets[0])
			return nil
		case name == "chain":
			return &Iterator{ets[0]}
		case len(ets) == 1:
			return &Iterator{&Tuple{Elems: []Type{ets[0]}, Var: true}}
		case rep == nil && (len(ets) == 2 || len(ets) == 3):
			return &Iterator{&Tuple{Elems: ets}}
		}
		c.errorf(x.Pos, "product of %d iterables%s is not supported (one iterable with repeat=, or two or three)", len(ets), map[bool]string{true: " with repeat=", false: ""}[rep != nil])
		return nil
	}
	args, msg := BindEntry(e, x)
	if msg != "" {
		c.errorf(x.Pos, "%s", msg)
		c.argTypes(x)
		return nil
	}
	arg := func(i int) ast.Expr {
		if i < len(args) {
			return args[i]
		}
		return nil
	}
	switch name {
	case "count":
		for i, what := range []string{"argument start", "argument step"} {
			if a := arg(i); a != nil {
				c.exprMust(a, Int, what)
			}
		}
		return &Iterator{Int}
	case "repeat":
		t := c.exprWant(args[0], want)
		if a := arg(1); a != nil {
			c.exprMust(a, Int, "argument times")
		}
		if t == nil {
			return nil
		}
		return &Iterator{t}
	}
	et := c.iterElem(args[0])
	switch name {
	case "from_iterable":
		if et != nil {
			inner := c.elemType(et, args[0])
			if inner == nil {
				return nil
			}
			return &Iterator{inner}
		}
	case "cycle":
	case "pairwise":
		if et != nil {
			return &Iterator{&Tuple{Elems: []Type{et, et}}}
		}
	case "permutations", "combinations", "combinations_with_replacement":
		if a := arg(1); a != nil {
			if c.intOrNoneArg(a, "argument r") && name != "permutations" {
				c.errorf(a.Position(), "%s needs an int r", name)
			}
		}
		if et != nil {
			return &Iterator{&Tuple{Elems: []Type{et}, Var: true}}
		}
	case "islice":
		for i := 1; i < len(args); i++ {
			if a := arg(i); a != nil {
				c.intOrNoneArg(a, "argument to islice")
			}
		}
	case "accumulate":
		if et == nil {
			break
		}
		if f := arg(1); f != nil {
			if _, none := f.(*ast.NoneLit); none {
				c.expr(f)
			} else {
				c.exprMust(f, AccumulateFunc(et), "argument func")
			}
		}
		if f := arg(1); f == nil || isNoneLit(f) {
			if et != Int && et != Float && et != Str {
				c.errorf(args[0].Position(), "accumulate of %s without func is not supported (ints, floats and strs add)", et)
			}
		}
		if a := arg(2); a != nil && !isNoneLit(a) {
			c.exprMust(a, et, "argument initial")
		} else if a != nil {
			c.expr(a)
		}
	case "groupby":
		if et == nil {
			break
		}
		kt := et
		if k := arg(1); k != nil && !isNoneLit(k) {
			f, ok := c.keyFunc(&ast.Keyword{Name: "key", Value: k}, et).(*Func)
			if !ok {
				return nil
			}
			kt = f.Ret
		} else if k != nil {
			c.expr(k)
		}
		return &Iterator{&Tuple{Elems: []Type{kt, &Iterator{et}}}}
	}
	if et == nil {
		return nil
	}
	return &Iterator{et}
}

// AccumulateFunc is the type of accumulate's func for elements of type et.
func AccumulateFunc(et Type) *Func {
	return &Func{Params: []Param{{Type: et}, {Type: et}}, Ret: et}
}

func isNoneLit(e ast.Expr) bool {
	_, ok := e.(*ast.NoneLit)
	return ok
}

// checkReduce types functools.reduce(function, iterable[, initial]): the
// accumulator has the type of initial, else the element type.
func checkReduce(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, "reduce", 2, 3) {
		c.argTypes(x)
		return nil
	}
	et := c.iterElem(x.Args[1])
	acc := et
	if len(x.Args) == 3 {
		acc = c.exprWant(x.Args[2], want)
		if acc != nil && want == nil && isEmptyDisplay(x.Args[2]) {
			c.errorf(x.Args[2].Position(), "the element type of this empty initial value is unknown: pass a variable annotated with its type")
			return nil
		}
	}
	if et == nil || acc == nil {
		c.expr(x.Args[0])
		return nil
	}
	c.exprMust(x.Args[0], ReduceFunc(acc, et), "argument function")
	return acc
}

// ReduceFunc is the type of reduce's function for an accumulator of type
// acc over elements of type et.
func ReduceFunc(acc, et Type) *Func {
	return &Func{Params: []Param{{Type: acc}, {Type: et}}, Ret: acc}
}
