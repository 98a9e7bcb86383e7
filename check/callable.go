package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// callable(obj): whether obj can be called. Every value's type tells it
// here (functions, methods and classes are; instances are when their class
// defines __call__; ints, strs and containers are not), except where the
// static type leaves it open (object, a protocol, a class one of whose
// subclasses adds __call__): those calls are refused.

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
	if _, known := CallableOf(c.info, t); !known {
		c.errorf(args[0].Position(), "callable() of a value of type %s is not supported: its type does not tell whether it can be called", t)
	}
	return Bool
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
