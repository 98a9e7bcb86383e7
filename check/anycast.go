package check

import "github.com/aiogo/aiogo/ast"

// Values that typeshed types as Any: StopIteration's value (what a
// generator returned) and the items of an exception's args. mypy lets them
// flow anywhere (done[name] = stop.value with done: dict[str, str]); here
// they are objects, and where a type T is expected (an assignment, an
// argument, a return) the value is narrowed to T as typing.cast narrows,
// raising if it does not hold a T. A float is not a target: CPython would
// keep an int there, and the narrowing cannot tell.

// anyCast reports whether e, of type from, is a typeshed-Any value that may
// be used where to is expected, and records the narrowing for the
// generator.
func (c *checker) anyCast(from, to Type, e ast.Expr) bool {
	if from != Object || e == nil || !c.typeshedAny(e) || holdsFloat(to) {
		return false
	}
	if !c.assignableType(to, Object) {
		return false
	}
	c.info.Types[e] = to
	c.info.Narrowed[e] = Object // the generator narrows the read (codegen/narrow.go)
	return true
}

// tupleAnyCast narrows the typeshed-Any items of a tuple display where a
// tuple type is expected (return stop.value, kept): each such item is cast
// as anyCast casts it alone. It returns the display's new type.
func (c *checker) tupleAnyCast(from, to Type, e ast.Expr) (Type, bool) {
	d, ok := e.(*ast.TupleExpr)
	ft, ok1 := from.(*Tuple)
	tt, ok2 := Unalias(to).(*Tuple)
	if !ok || !ok1 || !ok2 || ft.Var || tt.Var || len(ft.Elems) != len(d.Elems) || len(tt.Elems) != len(d.Elems) || c.assignableType(from, to) {
		return nil, false
	}
	cast := false
	for i, el := range d.Elems {
		if !c.assignableType(ft.Elems[i], tt.Elems[i]) {
			if !c.typeshedAny(el) || ft.Elems[i] != Object || holdsFloat(tt.Elems[i]) {
				return nil, false
			}
			cast = true
		}
	}
	if !cast {
		return nil, false
	}
	elems := append([]Type(nil), ft.Elems...)
	for i, el := range d.Elems {
		if !c.assignableType(ft.Elems[i], tt.Elems[i]) && c.anyCast(ft.Elems[i], tt.Elems[i], el) {
			elems[i] = tt.Elems[i]
		}
	}
	nt := &Tuple{Elems: elems}
	c.info.Types[e] = nt
	return nt, true
}

// typeshedAny reports whether e is StopIteration's value or an item of an
// exception's args.
func (c *checker) typeshedAny(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Call:
		// getattr(obj, name) and getattr(obj, name)(...) with a run-time
		// name (getattr_dyn.go).
		return c.info.DynGetattrs[x] != nil && !c.info.DynGetattrs[x].Has || c.info.DynMethodCalls[x] != nil
	case *ast.Attribute:
		cls, ok := c.info.Types[x.Value].(*Class)
		return ok && x.Attr == "value" && cls.IsSubclassOf(c.builtinClass("StopIteration"))
	case *ast.Subscript:
		a, ok := x.Value.(*ast.Attribute)
		if !ok || a.Attr != "args" {
			return false
		}
		cls, ok := c.info.Types[a.Value].(*Class)
		return ok && cls.IsSubclassOf(c.builtinClass("BaseException"))
	}
	return false
}

// mentionsFloat reports whether t is float or has a float member.
func mentionsFloat(t Type) bool {
	switch x := Unalias(t).(type) {
	case *Optional:
		return mentionsFloat(x.Elem)
	case *Union:
		for _, m := range x.Types {
			if mentionsFloat(m) {
				return true
			}
		}
	}
	return t == Float
}

// holdsFloat reports whether t mentions float anywhere, also as an element
// or field of a container (a dict[str, float] may hold ints: its run-time
// representation depends on what flows into it, so a cast cannot name it).
func holdsFloat(t Type) bool {
	if mentionsFloat(t) {
		return true
	}
	switch x := Unalias(t).(type) {
	case *Optional:
		return holdsFloat(x.Elem)
	case *Union:
		for _, m := range x.Types {
			if holdsFloat(m) {
				return true
			}
		}
	case *List:
		return holdsFloat(x.Elem)
	case *Set:
		return holdsFloat(x.Elem)
	case *Dict:
		return holdsFloat(x.Key) || holdsFloat(x.Val)
	case *Tuple:
		for _, e := range x.Elems {
			if holdsFloat(e) {
				return true
			}
		}
	}
	return false
}
