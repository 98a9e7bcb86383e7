package check

import "github.com/aiogo/aiogo/ast"

// Class attributes assigned through an instance outside the class's
// methods (`vip.fee = 0`, `job.retries = 5`): in CPython the instance gets
// an attribute of its own, and the others go on reading the class's. As
// for those assigned through self (decl.go: selfFields), the class
// attribute becomes an instance attribute of the class declaring it,
// typed as the class attribute and starting with the value of the
// instance's own class (codegen). It is decided by the static type of the
// receiver at each store (never by the attribute's name alone), when the
// store is checked; a store of the class attribute through the class,
// which instances that never assigned their own would see in CPython, is
// refused however the two stores are ordered in the file
// (classStoreConflicts).

// promoteClassVar makes class attribute cv of owner (found from cls, the
// receiver's static class) an instance attribute, for a store through an
// instance. It reports false where that is refused.
func (c *checker) promoteClassVar(cls, owner *Class, cv *Field) bool {
	for k := owner; k != nil; k = k.Base {
		if !promotable(k) {
			return false
		}
	}
	for _, k := range c.info.ClassList {
		if k == owner || !k.IsSubclassOf(owner) {
			continue
		}
		if !promotable(k) && !(k.Dataclass && !k.Frozen && !k.NamedTuple && !k.Protocol) {
			// A mutable dataclass deriving from the plain owner holds the
			// owner's attribute as any plain subclass does (it is no
			// dataclass field: dataclass_base.go).
			return false
		}
		for _, f := range k.Fields {
			if f.Name == cv.Name && !c.promoted[f] {
				return false // a subclass's own attribute (self.fee = ... in its methods)
			}
		}
	}
	// Attributes promoted earlier on subclasses (a store through a
	// Savings, then one through an Account) move up to owner.
	for _, k := range c.info.ClassList {
		if k == owner || !k.IsSubclassOf(owner) {
			continue
		}
		kept := k.Fields[:0]
		for _, f := range k.Fields {
			if f.Name != cv.Name {
				kept = append(kept, f)
			}
		}
		k.Fields = kept
	}
	f := &Field{Name: cv.Name, Type: cv.Type}
	owner.Fields = append(owner.Fields, f)
	if c.promoted == nil {
		c.promoted = map[*Field]bool{}
	}
	c.promoted[f] = true
	return true
}

// promotable reports whether instances of class k may get an attribute of
// their own by an assignment from outside: plain user classes (and
// exception classes), not dataclasses (whose fields make __init__, repr
// and ==), named tuples, enums, protocols, or classes with __slots__
// (CPython: the attribute is read-only).
func promotable(k *Class) bool {
	if k.Builtin {
		return k.IsExc
	}
	if k.Dataclass || k.NamedTuple || k.Enum != nil || k.Protocol || k.TypedDict != nil || k.Frozen {
		return false
	}
	for _, cv := range k.ClassVars {
		if cv.Name == "__slots__" {
			return false
		}
	}
	return true
}

// classStore is a store of a class attribute through its class, checked
// again when every store has been seen.
type classStore struct {
	x     *ast.Attribute
	owner *Class
}

// classStoreConflicts refuses stores of class attributes through the class
// (Account.fee = 2) that instances also assign (vip.fee = 0), where the
// instance store came later in the file than the class store: instances
// start with a copy of the class's value, so those that never assigned
// their own would not see the store.
func (c *checker) classStoreConflicts() {
	for _, s := range c.classStores {
		c.classStoreConflict(s.x, s.owner)
	}
}

// classStoreConflict reports a store of class attribute x.Attr of owner
// that instances of owner or of a subclass also assign.
func (c *checker) classStoreConflict(x *ast.Attribute, owner *Class) bool {
	for _, k := range c.info.ClassList {
		if (k == owner || k.IsSubclassOf(owner)) && k.LookupField(x.Attr) != nil && !ClassFallback(k.FieldOwner(x.Attr), x.Attr) { // lazyfield.go
			// Instances start with a copy of the class attribute (codegen):
			// those that never assigned their own would not see the store.
			c.errorf(x.AttrPos, "assigning class attribute %s.%s is not supported: instances of %s also assign %s (self.%s = ... or through an instance)", owner.Name, x.Attr, k.Name, x.Attr, x.Attr)
			return true
		}
	}
	return false
}

// classVarField handles `self.name = ...` in a method of cls where name is
// a class attribute of cls or of a base (isCV). A base's attribute is
// promoted to an instance attribute of the base (f nil: the base's
// methods read the instance's value, as CPython's lookup does: self.code
// in Base.show after Child.__init__ set self.code); otherwise f is the
// field to declare on cls, typed as the class attribute and starting with
// its value (codegen).
func (c *checker) classVarField(cls *Class, name string) (f *Field, isCV bool) {
	cv, owner := cls.LookupClassVar(name)
	if cv == nil {
		return nil, false
	}
	if owner != cls && c.promoteClassVar(cls, owner, cv) {
		return nil, true
	}
	return &Field{Name: name, Type: cv.Type}, true
}
