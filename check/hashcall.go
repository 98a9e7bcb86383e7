package check

import "github.com/aiogo/aiogo/ast"

// FieldHash reports a frozen dataclass (comparing its fields, without a
// user __eq__ or __hash__) that does not hash by value as a dict key
// (HashByValue: one in a hierarchy, an exception): hash() of one is the
// hash of the tuple of its compared fields, as CPython's generated
// __hash__ (codegen emits its PyHash).
func FieldHash(cls *Class) bool {
	if cls == nil || cls.Builtin || !cls.Dataclass || !cls.Frozen || cls.DataNoEq || cls.NamedTuple || cls.Enum != nil || HashByValue(cls) {
		return false
	}
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		if k.Methods["__eq__"] != nil || k.Methods["__hash__"] != nil || (k.Dataclass && !k.Frozen) {
			return false
		}
	}
	return true
}

// hashArg refuses hash(x) of an instance of a class that CPython cannot
// hash (a dataclass comparing its fields that is not frozen, a class
// defining __eq__ without __hash__: TypeError) or hashes by its fields
// where the generated code would not (the rule hashKey applies to dict
// keys and set elements), except a FieldHash class.
func (c *checker) hashArg(t Type, pos ast.Pos) {
	cls, ok := t.(*Class)
	if !ok || cls.Builtin || HashByValue(cls) || (FieldHash(cls) && !hasNonFieldHashSub(cls)) {
		return
	}
	if sub := fieldEqSub(cls); sub != nil {
		c.errorf(pos, "hash() of an instance of %s is not supported (its subclass %s is a dataclass comparing fields: unhashable, TypeError in CPython)", cls.Name, sub.Name)
		return
	}
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		switch {
		case k.NamedTuple || (k.Dataclass && k.Frozen && !k.DataNoEq):
			if k.Dataclass && UserKeyClass(cls) { // userkey.go: its __hash__ written out (unsafehash.go)
				return
			}
			c.errorf(pos, "hash() of an instance of %s is not supported (%s)", cls.Name, hashRefusal(k)) // hashing.go
		case k.Dataclass && !k.DataNoEq:
			if UserKeyClass(cls) { // userkey.go: an explicit __hash__
				return
			}
			c.errorf(pos, "hash() of an instance of dataclass %s: a dataclass that is not frozen is unhashable (TypeError in CPython)", k.Name)
		case k.Methods["__eq__"] != nil || k.Methods["__hash__"] != nil:
			if UserKeyClass(cls) { // userkey.go
				return
			}
			c.errorf(pos, "hash() of an instance of %s is not supported (%s)", cls.Name, userKeyRefusal(cls, k))
		default:
			continue
		}
		return
	}
}

// hasNonFieldHashSub reports a subclass of cls whose instances do not hash
// by their fields (hash(x) of a static cls may hold one).
func hasNonFieldHashSub(cls *Class) bool {
	for _, s := range cls.subs {
		if !FieldHash(s) || hasNonFieldHashSub(s) {
			return true
		}
	}
	return false
}
