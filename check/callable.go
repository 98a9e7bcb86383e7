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
		if _, _, ok := CallableMembers(c.info, t); !ok {
			c.errorf(args[0].Position(), "callable() of a value of type %s is not supported: its type does not tell whether it can be called", t)
		}
	}
	return Bool
}

// CallableMembers splits a union (or an Optional) whose members' types
// each tell whether they can be called into the callable members and the
// others (None among them); ok is false when t is no such union or a
// member's type leaves it open. callable(v) then tests which member v
// holds, and narrows v as isinstance does (Value = int | Callable[...] |
// list[Value] | None: if callable(fn): fn(args)).
func CallableMembers(info *Info, t Type) (yes, no []Type, ok bool) {
	var members []Type
	switch x := Unalias(t).(type) {
	case *Optional:
		no = append(no, None)
		if u, isU := Unalias(x.Elem).(*Union); isU {
			members = u.Types
		} else {
			members = []Type{x.Elem}
		}
	case *Union:
		members = x.Types
	default:
		return nil, nil, false
	}
	for _, m := range members {
		v, known := CallableOf(info, m)
		if !known {
			return nil, nil, false
		}
		if v {
			yes = append(yes, m)
		} else {
			no = append(no, m)
		}
	}
	return yes, no, true
}

// membersType is the type of a value known to hold one of members (None
// among them makes it Optional); nil for none.
func membersType(members []Type) Type {
	var out []Type
	opt := false
	for _, m := range members {
		if m == None {
			opt = true
			continue
		}
		out = appendType(out, m)
	}
	var t Type
	switch len(out) {
	case 0:
		if opt {
			return None
		}
		return nil
	case 1:
		t = out[0]
	default:
		t = &Union{out}
	}
	if opt {
		return &Optional{t}
	}
	return t
}

// narrowCallable narrows v after callable(v) of a union whose members
// tell it (CallableMembers).
func (c *checker) narrowCallable(x *ast.Call, truth bool) {
	fn, ok := x.Func.(*ast.Name)
	if !ok || fn.ID != "callable" || len(x.Args) != 1 || len(x.Keywords) != 0 {
		return
	}
	if sym := c.info.Uses[fn]; sym == nil || sym.Kind != SymBuiltin {
		return
	}
	c.refine(x.Args[0], func(t Type) Type {
		yes, no, ok := CallableMembers(c.info, t)
		if !ok {
			return nil
		}
		if truth {
			return membersType(yes)
		}
		return membersType(no)
	})
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
