package check

import "github.com/aiogo/aiogo/ast"

// Conversions int(x) and float(x) of values other than the built-in
// scalars: unions of str, int, float and bool (int(d or 1) with d: str),
// and instances of classes defining __int__, __float__ or __index__.

// ConvDunder is the special method int() (t Int) or float() (t Float)
// calls on an instance of cls, or nil: __int__ or __float__, else
// __index__ (CPython 3.11's fallback for both), each taking no argument.
func ConvDunder(t Type, cls *Class) *Method {
	names := map[Type][]string{Int: {"__int__", "__index__"}, Float: {"__float__", "__index__"}}[t]
	for _, n := range names {
		if m := cls.LookupMethod(n); m != nil && len(m.Sig.Params) == 0 && !m.IsStatic && !m.IsClass {
			return m
		}
	}
	return nil
}

// ScalarUnion reports a union whose members are each str, int, float or
// bool (and at least one is not a number: numeric unions have their own
// conversions).
func ScalarUnion(t Type) bool {
	u, ok := t.(*Union)
	if !ok || NumUnion(t) {
		return false
	}
	for _, m := range u.Types {
		if m != Str && !IsNumeric(m) {
			return false
		}
	}
	return true
}

// convertOther types int(x)/float(x) for a scalar union or a class with
// a conversion method; ok is false for other conversions.
func (c *checker) convertOther(x *ast.Call, t, at Type) (Type, bool) {
	nargs := len(x.Args)
	if nargs != 1 || (t != Int && t != Float) {
		return nil, false
	}
	if ScalarUnion(at) {
		return t, true
	}
	if cls, ok := at.(*Class); ok && !cls.Builtin {
		if m := ConvDunder(t, cls); m != nil {
			if m.Sig.Ret != Int && !(t == Float && m.Sig.Ret == Float) {
				c.errorf(x.Pos, "%s of %s returns %s, not %s", m.Name, cls.Name, m.Sig.Ret, t)
				return nil, true
			}
			return t, true
		}
	}
	return nil, false
}

// SumAdd is the __add__ that sum(xs, start) calls for elements of class
// et from a start of the same class, or nil.
func SumAdd(et, st Type) *Method {
	cls, ok := et.(*Class)
	if !ok || cls.Builtin || !Identical(et, st) {
		return nil
	}
	m := cls.LookupMethod("__add__")
	if m == nil || len(m.Sig.Params) != 1 || m.IsStatic || m.IsClass || m.IsAsync || !Identical(m.Sig.Ret, et) {
		return nil
	}
	return m
}

// sumOther types sum(xs, start) of lists (concatenation: sum(rows, []))
// and of instances of a class whose __add__ returns the class; ok is
// false for other element types.
func (c *checker) sumOther(x *ast.Call, et, st Type) (Type, bool) {
	if et == nil || st == nil {
		return nil, false
	}
	if l, ok := et.(*List); ok {
		if !c.assignableType(st, l) {
			c.errorf(x.Args[1].Position(), "sum() of %s values needs a start of that type, not %s", et, st)
			return nil, true
		}
		return et, true
	}
	if _, ok := et.(*Class); !ok {
		return nil, false
	}
	m := SumAdd(et, st)
	if m == nil {
		c.errorf(x.Pos, "sum() of %s values needs a start of that class and an __add__ returning it", et)
		return nil, true
	}
	if !c.assignableType(et, m.Sig.Params[0].Type) {
		c.errorf(x.Args[0].Position(), "%s.__add__ does not accept %s", et, et)
		return nil, true
	}
	return et, true
}

// UnaryDunder is the special method overloading unary op (-, +, ~) on
// an instance of a user class, or nil: __neg__, __pos__, __invert__
// (and __abs__ for op "abs", the built-in abs()).
func UnaryDunder(op string, t Type) *Method {
	name := map[string]string{"-": "__neg__", "+": "__pos__", "~": "__invert__", "abs": "__abs__"}[op]
	cls, ok := t.(*Class)
	if name == "" || !ok || cls.Builtin {
		return nil
	}
	m := cls.LookupMethod(name)
	if m == nil || len(m.Sig.Params) != 0 || m.IsStatic || m.IsClass || m.IsAsync || m.IsProperty {
		return nil
	}
	return m
}

// cmpDunders maps an ordering operator to its special method and the
// reflected one CPython tries on the right operand next.
var cmpDunders = map[string][2]string{"<": {"__lt__", "__gt__"}, ">": {"__gt__", "__lt__"},
	"<=": {"__le__", "__ge__"}, ">=": {"__ge__", "__le__"}}

// CmpDunder is the rich comparison method `l op r` calls for a user
// class operand: the left operand's method, else the right operand's
// reflected one (reflected true: called with r as self). nil when
// neither class defines one (a dataclass with order=True compares in
// the runtime).
func CmpDunder(op string, lt, rt Type) (m *Method, reflected bool) {
	names, ok := cmpDunders[op]
	if !ok {
		return nil, false
	}
	usable := func(m *Method) bool {
		return m != nil && len(m.Sig.Params) == 1 && m.Sig.Ret == Bool && !m.IsStatic && !m.IsClass && !m.IsAsync
	}
	if m := Dunder(lt, names[0]); usable(m) {
		return m, false
	}
	if m := Dunder(rt, names[1]); usable(m) {
		return m, true
	}
	return nil, false
}

// userOrdered reports whether `l op r` is defined for operands of which
// one is a user class instance: by a comparison method accepting the
// other operand, or by dataclass(order=True) between the same class.
// ok is false when neither operand is a user class.
func (c *checker) userOrdered(op string, lt, rt Type) (ordered, ok bool) {
	lc, lok := lt.(*Class)
	rc, rok := rt.(*Class)
	if (!lok || lc.Builtin) && (!rok || rc.Builtin) {
		return false, false
	}
	if m, refl := CmpDunder(op, lt, rt); m != nil {
		other := rt
		if refl {
			other = lt
		}
		return c.assignableType(other, m.Sig.Params[0].Type), true
	}
	if lok && rok && lc.DataOrder && rc.DataOrder && !Identical(lt, rt) && (lc.IsSubclassOf(rc) || rc.IsSubclassOf(lc)) {
		// order=True dataclasses of a class and its subclass: mypy accepts
		// the comparison (the generated __lt__ takes the base class), and
		// CPython raises TypeError at run time (the methods compare only
		// instances of exactly their class), as the runtime does.
		return true, true
	}
	return lok && rok && Identical(lt, rt) && lc.DataOrder, true
}

// GatherMixed reports a gather() call mixing starred and other arguments
// (gather(setup(), *(work(i) for i in ids))).
func GatherMixed(x *ast.Call) bool {
	star := false
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			star = true
		}
	}
	return star && len(x.Args) > 1
}

// gatherMixed types such a call as typeshed's star overload does: a list
// of the results' common type, or of object when they differ.
func (c *checker) gatherMixed(x *ast.Call, retExc bool) (Type, bool) {
	if !GatherMixed(x) {
		return nil, false
	}
	var rs []Type
	for _, a := range x.Args {
		var t Type
		if s, ok := a.(*ast.Starred); ok {
			st := c.expr(s.Value)
			if st == nil {
				return nil, true
			}
			if t = c.elemType(st, s.Value); t == nil {
				return nil, true
			}
		} else if t = c.expr(a); t == nil {
			return nil, true
		}
		r, ok := AwaitResult(t)
		if !ok {
			c.errorf(overloadPos(x, a), "gather needs awaitables, not %s", t)
			return nil, true
		}
		rs = append(rs, r)
	}
	res := rs[0]
	for _, r := range rs[1:] {
		if !Identical(r, res) {
			res = Object
		}
	}
	if retExc {
		res = c.looseExc(res) // gatherloose.go: mypy types the list list[Any]
	}
	return &Future{&List{res}}, true
}

// ctorElem is the element type of list(xs) or set(xs) (xs of type at, a
// list, set, dict, tuple[T, ...], range or str; kind: the empty List or
// Set) where the context wants want: as mypy infers the
// constructor's type argument from the context, a list of str built where
// a list[object] or a list[Json] (a member of the wanted union) is
// expected is that list. et (the iterable's elements) otherwise. Never
// where ints would become floats (the documented int-into-float
// difference stays out of new places).
func (c *checker) ctorElem(at, et, want, kind Type) Type {
	if !CtorWidens(at) {
		return et
	}
	var w Type
	members := []Type{want}
	if o, ok := want.(*Optional); ok {
		members = []Type{o.Elem}
	}
	if u, ok := members[0].(*Union); ok {
		members = u.Types
	}
	for _, m := range members {
		switch mk := m.(type) {
		case *List:
			if _, ok := kind.(*List); ok {
				if w != nil {
					return et
				}
				w = Unalias(mk.Elem) // alias.go
			}
		case *Set:
			if _, ok := kind.(*Set); ok {
				if w != nil {
					return et
				}
				w = Unalias(mk.Elem) // alias.go
			}
		case *Tuple:
			if _, ok := kind.(*Tuple); ok && mk.Var && !mk.ListRepr {
				if w != nil {
					return et
				}
				w = Unalias(mk.Elems[0]) // tuple(squares) as a tuple[Shape, ...]
			}
		}
	}
	if w == nil || Identical(w, et) || mentions(w, Float) && !mentions(w, Int) && (mentions(et, Int) || mentions(et, Bool)) {
		return et
	}
	if !c.probe(func() bool { return c.assignableType(et, w) }) { // floatpos.go
		return et
	}
	// The elements are stored into the wider list: the float-position
	// pass records that flow (a class's float results seen through a
	// protocol's, list(shapes) where list[HasArea] is declared), which the
	// probe alone does not.
	c.assignableType(et, w)
	return w
}

// CtorWidens reports whether list(xs) and set(xs) of an xs of type at may
// take a wider element type from their context (ctorElem): at is a list,
// set, dict, tuple[T, ...], range, str, iterator or generator, whose
// slice the generator converts element by element.
func CtorWidens(at Type) bool {
	switch x := at.(type) {
	case *List, *Set, *Dict, *Iterator:
		return true
	case *Generator:
		return !x.Async // list(reversed(squares)), list(gen())
	case *Tuple:
		return x.Var // a fixed tuple's element type is a join
	}
	return at == RangeType || at == Str
}

// mentions reports whether t is b or a union, Optional or tuple with b
// among its members.
func mentions(t, b Type) bool {
	switch x := t.(type) {
	case *Optional:
		return mentions(x.Elem, b)
	case *Union:
		for _, m := range x.Types {
			if mentions(m, b) {
				return true
			}
		}
	case *Tuple:
		for _, e := range x.Elems {
			if mentions(e, b) {
				return true
			}
		}
	}
	return t == b
}
