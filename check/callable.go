package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// callable(obj): whether obj can be called. Every value's type tells it
// here (functions, methods and classes are; instances are when their class
// defines __call__; ints, strs and containers are not), except where the
// static type leaves it open (object, a protocol, a class one of whose
// subclasses adds __call__): there the value is tested at run time.

func init() {
	checkHooks["callable"] = checkCallable
}

// checkCallable types callable(obj).
func checkCallable(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	args, msg := BindEntry(e, x)
	if msg != "" {
		c.errorf(x.Pos, "%s", msg)
		return Bool
	}
	t := c.expr(args[0])
	if t == nil {
		return Bool
	}
	return Bool // a type that does not tell (object): tested at run time (codegen)
}

// CallableOf is callable(v) for every value v of type t, and whether the
// type tells it.
func CallableOf(info *Info, t Type) (callable, known bool) {
	switch x := Unalias(t).(type) {
	case *Func, *BoundMethod, *UnboundMethod, *BuiltinFunc, *ClassRef, *TypeName, *TypeOf:
		return true, true
	case *Basic, *List, *Dict, *Set, *Tuple:
		return false, true
	case *Optional:
		if v, ok := CallableOf(info, x.Elem); ok && !v {
			return false, true // None is not callable either
		}
	case *Union:
		var first bool
		for i, m := range x.Types {
			v, ok := CallableOf(info, m)
			if !ok || i > 0 && v != first {
				return false, false
			}
			first = v
		}
		return first, true
	case *Class:
		if x.LookupMethod("__call__") != nil {
			return true, true
		}
		if x.Protocol || x.Builtin && !x.IsExc {
			return false, false
		}
		for _, k := range info.Classes {
			if k != x && k.IsSubclassOf(x) && k.LookupMethod("__call__") != nil {
				return false, false
			}
		}
		return false, true
	}
	return false, false
}

// narrowCallable narrows the argument of callable(v) to the members of
// its union whose type tells that they are callable (truth) or not (the
// other branch); members whose type does not tell stay on both sides.
func (c *checker) narrowCallable(x *ast.Call, truth bool) {
	fn, ok := x.Func.(*ast.Name)
	if !ok || fn.ID != "callable" || len(x.Args) != 1 || len(x.Keywords) != 0 {
		return
	}
	if sym := c.info.Uses[fn]; sym == nil || sym.Kind != SymBuiltin {
		return
	}
	c.refine(x.Args[0], func(t Type) Type {
		opt := false
		if o, ok := t.(*Optional); ok {
			t, opt = o.Elem, true
		}
		u, ok := t.(*Union)
		if !ok {
			if opt && truth {
				return t // f: Callable[[], int] | None: callable(f) is f is not None
			}
			return nil
		}
		var out []Type
		for _, m := range u.Types {
			if v, known := CallableOf(c.info, m); !known || v == truth {
				out = append(out, m)
			}
		}
		var r Type
		switch {
		case len(out) == 0:
			return nil
		case len(out) == 1:
			r = out[0]
		case len(out) == len(u.Types):
			r = t
		default:
			r = &Union{out}
		}
		if opt && !truth {
			return &Optional{r}
		}
		return r
	})
}
