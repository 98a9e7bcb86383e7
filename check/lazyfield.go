package check

// Attributes an instance may lack. An attribute of a class that not every
// instance gets while it is constructed (a bare class-level annotation
// `note: str` that only a later method assigns, `self.task = ...` first
// assigned in start()) does not exist until assigned: CPython raises
// AttributeError ("'C' object has no attribute 'note'") on a read before
// that. Such a field carries a presence flag in the generated struct:
// stores set it, reads check it (codegen/lazyfield.go). Fields every
// instance gets at construction (setAtConstruction: unsetattr.go) carry
// none.

// LazyField reports whether instances of cls (or of a subclass) may lack
// the data field name that cls declares: some class of the hierarchy below
// the field's owner does not assign it while constructed.
func (info *Info) LazyField(cls *Class, name string) bool {
	owner := cls.FieldOwner(name)
	if owner == nil || owner.Builtin || owner.Protocol || owner.Enum != nil || owner.TypedDict != nil || owner.NamedTuple || owner.IsExc {
		return false
	}
	key := lazyKey{owner, name}
	if v, ok := info.lazyFields[key]; ok {
		return v
	}
	// A plain class's constructor starts the field from a class
	// attribute of that name (codegen's constructor).
	set := func(k *Class) bool {
		if cv, _ := k.LookupClassVar(name); cv != nil && !k.Dataclass {
			return true
		}
		return setAtConstruction(k, name)
	}
	lazy := !set(owner)
	for _, k := range info.ClassList {
		if lazy {
			break
		}
		if k != owner && k.IsSubclassOf(owner) && !set(k) {
			lazy = true
		}
	}
	if info.lazyFields == nil {
		info.lazyFields = map[lazyKey]bool{}
	}
	info.lazyFields[key] = lazy
	return lazy
}

// lazyKey is a field by its declaring class.
type lazyKey struct {
	owner *Class
	name  string
}
