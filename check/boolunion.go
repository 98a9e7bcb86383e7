package check

import "github.com/aiogo/aiogo/ast"

// boolUnionHint explains the refusal of a union with a bool member stored
// where int or float is declared (mypy accepts it: bool is a subclass of
// int). Such a union is what isinstance(x, int) leaves of int | bool | ...
// (a bool passes that test), and a bool stored in an int position prints
// as True in CPython, which aiogo's ints cannot carry.
func boolUnionHint(from, to Type) string {
	u, ok := from.(*Union)
	if !ok || !mayBool(from) || to != Int && to != Float {
		return ""
	}
	for _, m := range u.Types {
		if m != Bool && m != Int && (to == Int || m != Float) {
			return ""
		}
	}
	return " (the value may be a bool, which CPython stores and prints as True: isinstance(x, int) is true of bools; narrow with type(x) is int, or test isinstance(x, bool) first)"
}

// exactCandidates is t without the union members that are proper
// subclasses of k: type(x) is k is false of their values (type(x) is int
// of an int | bool is an int, as mypy narrows it), where isinstance is
// true.
func exactCandidates(t Type, k Type) Type {
	u, ok := t.(*Union)
	if !ok {
		return t
	}
	var keep []Type
	for _, m := range u.Types {
		if m != k && isSubtype(m, k) {
			continue
		}
		keep = append(keep, m)
	}
	switch len(keep) {
	case 0, len(u.Types):
		return t
	case 1:
		return keep[0]
	}
	return &Union{keep}
}

// narrowIn narrows the left operand l of a true `l in r` (a false `not
// in`) to a value that is not None where r's elements cannot be None (k in
// depts of a k: int | None and a dict[int, Dept]: k is an int), as mypy
// narrows it.
func (c *checker) narrowIn(l, r ast.Expr) {
	var elem Type
	switch t := Unalias(c.info.Types[r]).(type) {
	case *Dict:
		elem = t.Key
	case *List:
		elem = t.Elem
	case *Set:
		elem = t.Elem
	case *Abstract:
		elem = t.Elem
	case *Tuple:
		elem = homogeneous(t)
	case *Basic:
		if t == Str || t == Bytes {
			elem = t
		}
	}
	if elem == nil || elem == None || mayBeNone(elem) || isAny(elem) { // stmt.go
		return
	}
	c.refine(l, removeNone)
}

// isAny reports an Any type (its values may be None).
func isAny(t Type) bool {
	_, ok := t.(*AnyType)
	return ok
}
