package check

import "github.com/aiogo/aiogo/ast"

// UserKeyClass reports whether instances of cls may key dicts and sets by
// the __hash__ and __eq__ its hierarchy defines (runtime/py/userkey.go):
// both are defined, __hash__ takes only self and returns int, __eq__ takes
// one object or class parameter and returns bool. Every class of a
// hierarchy that defines them implements py.UserKey (its own PyUserHash
// and PyEqual dispatch to the nearest definitions), so one dict may hold
// instances of several of them; a dataclass hierarchy compares by fields
// that differ per class and is not supported.
func UserKeyClass(cls *Class) bool {
	if cls == nil || cls.NamedTuple || cls.Enum != nil || cls.IsExc {
		return false
	}
	h, eq := cls.LookupMethod("__hash__"), cls.LookupMethod("__eq__")
	fieldEq := cls.Dataclass && !cls.DataNoEq // a generated __eq__ compares fields
	if fieldEq && cls.hasSub {
		return false // the fields compared depend on the class
	}
	if cls.hasSub && !subsKeepHash(cls) {
		return false // a subclass is unhashable in CPython
	}
	if fieldEq {
		// A @dataclass (not frozen) defining __hash__ keeps it (CPython's
		// dataclass leaves an explicit __hash__ alone) and compares by its
		// fields: dicts and sets use both.
		// A frozen one keeps it too; one whose instances are interned by
		// value (HashByValue) keys dicts by them already.
		return (!cls.Frozen || !HashByValue(cls)) && (eq == nil || eq.Def == nil) && h != nil && h.Def != nil && !h.IsStatic && !h.IsClass &&
			h.Sig != nil && len(h.Sig.Params) == 0 && h.Sig.Ret == Int && !h.IsAsync
	}
	if h == nil || h.Def == nil || h.IsStatic || h.IsClass || h.Sig == nil || len(h.Sig.Params) != 0 || h.Sig.Ret != Int || h.IsAsync {
		return false
	}
	if eq == nil {
		return true // HashOnlyClass: equal by identity, hashed by __hash__
	}
	if eq.Def == nil || eq.IsStatic || eq.IsClass {
		return false
	}
	if eq.Sig == nil || len(eq.Sig.Params) != 1 || eq.Sig.Ret != Bool || eq.IsAsync {
		return false
	}
	switch pt := eq.Sig.Params[0].Type.(type) {
	case *AnyType:
		return true
	case *Class:
		return !pt.Builtin
	}
	return false
}

// HashOnlyClass reports a UserKeyClass that defines __hash__ and no
// __eq__ (a plain class, or a @dataclass(eq=False)): its instances are
// equal only to themselves, and CPython's sets order them by the hash.
func HashOnlyClass(cls *Class) bool {
	return UserKeyClass(cls) && cls.LookupMethod("__eq__") == nil && (!cls.Dataclass || cls.DataNoEq)
}

// subsKeepHash reports whether every class deriving from cls hashes as
// cls's hierarchy says: none is a dataclass, and none defines __eq__
// without __hash__ (CPython makes that subclass unhashable: TypeError).
func subsKeepHash(cls *Class) bool {
	for _, s := range cls.subs {
		if s.Dataclass && !s.DataNoEq || s.NamedTuple {
			return false
		}
		if s.Methods["__eq__"] != nil && s.Methods["__hash__"] == nil {
			return false
		}
		if !subsKeepHash(s) {
			return false
		}
	}
	return true
}

// userKeyRefusal says why instances of cls (k: the class of the hierarchy
// that defines __eq__ or __hash__) cannot key dicts and sets.
func userKeyRefusal(cls, k *Class) string {
	switch {
	case cls.LookupMethod("__hash__") == nil:
		return k.Name + " defines __eq__ without __hash__: unhashable, a TypeError in CPython"
	case cls.hasSub:
		return "a class deriving from " + cls.Name + " is a dataclass or defines __eq__ without __hash__, unhashable in CPython"
	}
	return "__hash__ must take only self and return int; __eq__ must take one object and return bool"
}

// nestedUserKey refuses a class hashed by its __hash__ inside a tuple or
// an Optional dict key or set element (the tuple's Go == would compare the
// objects by identity).
func (c *checker) nestedUserKey(t Type, pos ast.Pos) {
	if o, ok := t.(*Optional); ok {
		t = o.Elem
	}
	if tt, ok := t.(*Tuple); ok {
		for _, e := range tt.Elems {
			c.nestedUserKey(e, pos)
		}
		return
	}
	if cls, ok := t.(*Class); ok && UserKeyClass(cls) {
		c.errorf(pos, "instances of %s inside a tuple or Optional as dict keys or set elements are not supported yet (%s defines __hash__ and __eq__): key by the object itself", cls.Name, cls.Name)
	}
}

// IsNotImplemented reports the name NotImplemented (the built-in, not a
// user's name).
func (c *checker) isNotImplemented(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	return ok && n.ID == "NotImplemented" && c.lookup("NotImplemented") == nil
}

// notImplemented checks `return NotImplemented` (v: the returned value):
// supported in an __eq__ returning bool, where CPython then asks the other
// operand's __eq__ and falls back to identity (py.EqualNI). It reports
// whether v is NotImplemented.
func (c *checker) notImplemented(v ast.Expr) bool {
	if v == nil || !c.isNotImplemented(v) {
		return false
	}
	m := c.fn.Method
	if arithNotImplDunder(m) && m.Name != "__eq__" && c.fn.RetType != nil { // notimpl.go
		m.NotImpl = true
		c.info.Types[v] = c.fn.RetType
		return true
	}
	if m == nil || m.Name != "__eq__" || m.IsStatic || m.IsClass || m.IsAsync || c.fn.RetType != Bool || len(m.Sig.Params) != 1 {
		c.errorf(v.Position(), "NotImplemented is supported only as the value returned by __eq__ (returning bool) and by the arithmetic special methods (__add__, __radd__, ...)")
		return true
	}
	m.NotImpl = true
	c.info.Types[v] = Bool
	return true
}

// callKeys checks the keys of a dict or set that a call returns
// (set(shapes), dict.fromkeys(shapes, 0)) as a display's are checked:
// instances of a class keyed by identity where CPython hashes them
// otherwise are refused there too.
func (c *checker) callKeys(x *ast.Call, t Type) {
	var k Type
	switch s := t.(type) {
	case *Set:
		k = s.Elem
	case *Dict:
		k = s.Key
	default:
		return
	}
	switch k.(type) {
	case *Class, *Tuple, *Optional:
		c.hashKey(k, x.Pos) // kinds.go
	}
}
