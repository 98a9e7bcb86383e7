package check

import "github.com/aiogo/aiogo/ast"

// hashArg refuses hash(x) of an instance of a class that CPython cannot
// hash (a dataclass comparing its fields that is not frozen, a class
// defining __eq__ without __hash__: TypeError) or hashes by its fields
// where the generated code would hash by identity (a frozen dataclass in a
// hierarchy, an exception dataclass): the rule hashKey applies to dict keys
// and set elements.
func (c *checker) hashArg(t Type, pos ast.Pos) {
	cls, ok := t.(*Class)
	if !ok || cls.Builtin || HashByValue(cls) {
		return
	}
	if sub := fieldEqSub(cls); sub != nil {
		c.errorf(pos, "hash() of an instance of %s is not supported (its subclass %s is a dataclass comparing fields: unhashable, TypeError in CPython)", cls.Name, sub.Name)
		return
	}
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		switch {
		case k.NamedTuple || (k.Dataclass && k.Frozen && !k.DataNoEq):
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
