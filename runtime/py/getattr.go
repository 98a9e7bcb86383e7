package py

import (
	"fmt"
	"strings"
)

// GetattrMissing raises what getattr(obj, name) without a default raises
// for a name that is no data field of an instance of class cls: CPython's
// AttributeError for a name of no attribute, NotImplementedError for one
// of a method, property, class attribute or dunder name (other lists
// them), which aiogo does not hold as objects.
func GetattrMissing(cls, name string, other ...string) {
	GetattrOther(cls, name, other...)
	panic(AttributeError(fmt.Sprintf("'%s' object has no attribute '%s'", cls, name)))
}

// GetattrOther raises NotImplementedError for getattr(obj, name) of a
// method, property, class attribute (other) or dunder name of an instance
// of class cls.
func GetattrOther(cls, name string, other ...string) {
	dunder := len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
	for _, o := range other {
		if o == name {
			dunder = true
		}
	}
	if dunder {
		panic(NotImplementedError(fmt.Sprintf("aiogo: getattr(obj, name) with a name known only at run time reads data fields only, not %s.%s", cls, name)))
	}
}

// SetattrType raises NotImplementedError for setattr(obj, name, value) with
// a name known only at run time naming a data field of class cls whose
// type (ftype) does not take the value's type (vtype): CPython would store
// the value as it is.
func SetattrType(cls, name, ftype, vtype string) {
	panic(NotImplementedError(fmt.Sprintf("aiogo: setattr(obj, name, value) cannot store a %s value in %s.%s, declared %s", vtype, cls, name, ftype)))
}

// SetattrOther raises NotImplementedError for setattr(obj, name, value)
// with a name known only at run time that names no data field of class
// cls (CPython adds an instance attribute, or replaces a method).
func SetattrOther(cls, name string) {
	panic(NotImplementedError(fmt.Sprintf("aiogo: setattr(obj, name, value) with a name known only at run time stores data fields only, not %s.%s", cls, name)))
}
