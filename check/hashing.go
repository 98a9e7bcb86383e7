package check

import "github.com/aiogo/aiogo/ast"

// This file decides which classes hash by value. CPython hashes instances
// of NamedTuple classes and frozen dataclasses by their fields, while the
// runtime's dicts and sets key objects by identity. For such a class whose
// fields all hash by value in Go (ints, strs, bools, bytes, floats, enum
// members, tuples and optionals of those, other such classes), the
// generated constructor interns its instances: two instances with equal
// fields are one object, so identity is value equality and the class may
// key dicts and sets. `is` between two such instances would tell the
// difference, so it is refused.

// HashByValue reports whether instances of cls are interned by value (and
// so may be dict keys and set elements).
func HashByValue(cls *Class) bool {
	switch cls.hashState {
	case 1:
		return true
	case 2, 3:
		return false // 3: being decided (a class reaching itself)
	}
	if cls.Methods["__init__"] == nil {
		return false // members not declared yet: undecided, refused where asked
	}
	cls.hashState = 3
	// A frozen dataclass defining __hash__ (or given one by unsafehash.go)
	// hashes by it: a user key (userkey.go).
	ok := (cls.NamedTuple || (cls.Dataclass && cls.Frozen && !cls.DataNoEq && cls.Methods["__hash__"] == nil)) && cls.Base == nil && !cls.hasSub && cls.Enum == nil
	if ok {
		for _, f := range cls.AllFields() {
			if f.NoCompare || f.Type == nil || !(f.Type == Float || valueHashable(f.Type) || ReprKeyed(f.Type) || IntOrFloat(f.Type) || ReprTuple(f.Type)) {
				ok = false
				break
			}
		}
	}
	cls.hashState = 2
	if ok {
		cls.hashState = 1
	}
	return ok
}

// valueHashable reports whether Go's == on values of t is Python's
// equality of hashable values (floats only as a field of their own: the
// interning key compares their bits, so 0.0 and -0.0 stay distinct
// objects).
func valueHashable(t Type) bool {
	switch x := t.(type) {
	case *Basic:
		return x == Int || x == Str || x == Bool || x == Bytes || x == None
	case *Optional:
		return valueHashable(x.Elem)
	case *Tuple:
		if x.Var || x.ListRepr {
			return false
		}
		for _, e := range x.Elems {
			if !valueHashable(e) {
				return false
			}
		}
		return true
	case *Class:
		return x.Enum != nil || HashByValue(x)
	}
	return false
}

// ReprKeyed reports a field type whose values the interning key holds as
// their repr: a variable-length tuple (tuple[int, ...], a Go value compared
// by identity) of elements whose repr is equal exactly when they are
// (reprInjective): tuple[str, ...], tuple[tuple[int, int], ...].
func ReprKeyed(t Type) bool {
	x, ok := t.(*Tuple)
	if !ok || !x.Var || x.ListRepr || len(x.Elems) != 1 {
		return false
	}
	return reprInjective(x.Elems[0])
}

// reprInjective reports whether values of t have equal reprs exactly when
// they are equal: int, str, bytes, float, bool, None, enum members, and
// Optionals and fixed-length tuples of those (a tuple[int, ...] holding
// True where another holds 1 would be two keys: bools are not ints there).
func reprInjective(t Type) bool {
	switch x := t.(type) {
	case *Optional:
		return reprInjective(x.Elem)
	case *Tuple:
		if x.Var || x.ListRepr {
			return false
		}
		for _, e := range x.Elems {
			if !reprInjective(e) {
				return false
			}
		}
		return true
	case *Class:
		return x.Enum != nil
	}
	switch t {
	case Int, Str, Bytes, Float, Bool, None:
		return true
	}
	return false
}

// ReprTuple reports a fixed-length tuple field type holding floats
// (tuple[float, float]): Go's == would make (0.0, 1.0) and (-0.0, 1.0) one
// interning key, and the instances print apart, so the key holds the
// tuple's repr (reprInjective). Such instances are also keyed by value
// (LooseKey).
func ReprTuple(t Type) bool {
	x, ok := t.(*Tuple)
	return ok && !x.Var && !x.ListRepr && !valueHashable(t) && reprInjective(t)
}

// LooseKey reports a class hashing by value whose interning key tells
// apart instances that are equal: a float field (0.0 and -0.0 are equal,
// their bits differ), an int | float one (1 and 1.0), a tuple of floats,
// or a field of such a class. Its instances are py.UserKeys too: dicts
// and sets find an equal stored key by CPython's hash of the fields and
// ==, as CPython's do, while each instance prints as built.
func LooseKey(cls *Class) bool {
	return HashByValue(cls) && looseType(cls, 0)
}

func looseType(t Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := t.(type) {
	case *Basic:
		return x == Float
	case *Optional:
		return looseType(x.Elem, depth+1)
	case *Union:
		return IntOrFloat(x)
	case *Tuple:
		for _, e := range x.Elems {
			if looseType(e, depth+1) {
				return true
			}
		}
	case *Class:
		if !HashByValue(x) {
			return false
		}
		for _, f := range x.AllFields() {
			if f.Type != nil && looseType(f.Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// IntOrFloat reports the type int | float: a float field that is given
// ints (Point(1, 2) for x: float) holds either, and its interning key is
// the int or the float's bits (py.NumKey).
func IntOrFloat(t Type) bool {
	u, ok := t.(*Union)
	if !ok || len(u.Types) != 2 {
		return false
	}
	a, b := u.Types[0], u.Types[1]
	return a == Int && b == Float || a == Float && b == Int
}

// refuseValueIs refuses `a is b` between instances of a class that hashes
// by value (the interned instances would be identical where CPython's are
// not).
func (c *checker) refuseValueIs(x *ast.Compare, a, b Type) {
	_, ua := a.(*UnboundMethod)
	_, ub := b.(*UnboundMethod)
	if builtinFuncValue(a) != builtinFuncValue(b) || ua || ub { // two built-ins (pick is max) compare by name
		c.errorf(x.Pos, "'is' with a built-in function value (%s is %s) is not supported", a, b)
		return
	}
	if o, ok := a.(*Optional); ok {
		a = o.Elem
	}
	if o, ok := b.(*Optional); ok {
		b = o.Elem
	}
	ca, ok1 := a.(*Class)
	cb, ok2 := b.(*Class)
	if !ok1 || !ok2 {
		return
	}
	for _, k := range []*Class{ca, cb} {
		if HashByValue(k) {
			c.errorf(x.Pos, "'is' between instances of %s is outside the aiogo language (they compare by value: use ==)", k.Name)
			return
		}
	}
}

// builtinFuncValue reports a built-in function used as a value (print,
// time.monotonic): the generated code makes a function of its own at each
// use, so it has no identity to compare.
func builtinFuncValue(t Type) bool {
	_, ok := t.(*BuiltinFunc)
	return ok
}

// hashRefusal says why a NamedTuple or frozen dataclass does not hash by
// value.
func hashRefusal(cls *Class) string {
	switch {
	case cls.Base != nil || cls.hasSub:
		return "a class in a hierarchy does not hash by value in aiogo"
	case cls.Methods["__init__"] == nil:
		return "its fields are not declared yet at this point"
	}
	for _, f := range cls.AllFields() {
		switch {
		case f.NoCompare:
			return "field " + f.Name + " is excluded from comparison"
		case f.Type == nil || !(f.Type == Float || valueHashable(f.Type) || ReprKeyed(f.Type) || IntOrFloat(f.Type) || ReprTuple(f.Type)):
			return "field " + f.Name + " of type " + ts(f.Type) + " does not hash by value"
		}
	}
	return "it does not hash by value"
}
