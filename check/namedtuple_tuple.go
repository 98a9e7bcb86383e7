package check

import "github.com/aiogo/aiogo/ast"

// A NamedTuple is a tuple: CPython compares it with plain tuples
// (Point(1, 2) == (1, 2), p < (1, 3), p in [(1, 2)]), concatenates and
// repeats it (p + (3,) is a plain tuple), slices it (p[0:1]) and indexes it
// by a run-time index. Where such an operation's result does not keep the
// NamedTuple's identity, the checker reads the operand as its tuple view
// (the tuple of its fields), recording the conversion in Conv; equality
// and ordering with tuples are the runtime's (runtime/py/valuehash.go).
// Storing a NamedTuple where a plain tuple is declared is not converted: it
// would print as a tuple, where CPython prints Point(x=1, y=2).

// NamedTupleTuple is the tuple view of an instance of the NamedTuple class
// cls: the tuple of its field types.
func NamedTupleTuple(cls *Class) *Tuple {
	fs := cls.AllFields()
	els := make([]Type, len(fs))
	for i, f := range fs {
		els[i] = f.Type
	}
	return &Tuple{Elems: els}
}

// namedTupleOf returns t's class if it is a NamedTuple class, or nil.
func namedTupleOf(t Type) *Class {
	if cls, ok := t.(*Class); ok && cls.NamedTuple {
		return cls
	}
	return nil
}

// isPlainTuple reports a tuple type (not a NamedTuple).
func isPlainTuple(t Type) bool {
	tu, ok := t.(*Tuple)
	return ok && !tu.ListRepr
}

// tupleView reads e, of type t, as its tuple view when t is a NamedTuple
// class (recorded in Conv); other types are returned unchanged.
func (c *checker) tupleView(e ast.Expr, t Type) Type {
	cls := namedTupleOf(t)
	if cls == nil || e == nil {
		return t
	}
	tv := NamedTupleTuple(cls)
	c.info.Conv[e] = tv
	return tv
}

// ntTupleMix reports a NamedTuple compared with a plain tuple (either way
// round), and returns both as tuples.
func ntTupleMix(a, b Type) (Type, Type, bool) {
	if cls := namedTupleOf(a); cls != nil && isPlainTuple(b) {
		return NamedTupleTuple(cls), b, true
	}
	if cls := namedTupleOf(b); cls != nil && isPlainTuple(a) {
		return a, NamedTupleTuple(cls), true
	}
	return a, b, false
}

// ntBinaryOperands reads the NamedTuple operands of + (with a tuple or
// another NamedTuple) and * (with an int) as tuples.
func (c *checker) ntBinaryOperands(op string, lt, rt Type, le, re ast.Expr) (Type, Type) {
	ln, rn := namedTupleOf(lt) != nil, namedTupleOf(rt) != nil
	if !ln && !rn || le == nil || re == nil {
		return lt, rt
	}
	switch op {
	case "+":
		if (ln || isPlainTuple(lt)) && (rn || isPlainTuple(rt)) {
			return c.tupleView(le, lt), c.tupleView(re, rt)
		}
	case "*":
		if ln && rt == Int {
			return c.tupleView(le, lt), rt
		}
		if rn && lt == Int {
			return lt, c.tupleView(re, rt)
		}
	}
	return lt, rt
}

// namedTupleSubscript reads p[lo:hi] and p[i] with i known only at run
// time as subscripts of p's tuple view; false for a constant index (a
// field: namedTupleIndex).
func (c *checker) namedTupleSubscript(x *ast.Subscript, cls *Class) (Type, bool) {
	if _, ok := x.Index.(*ast.Slice); !ok {
		if _, ok := constInt(x.Index); ok {
			return nil, false
		}
	}
	return c.tupleView(x.Value, cls), true
}

// ntIn checks x in c where one of x and c's elements (type et) is a
// NamedTuple and the other a plain tuple (false: not such a test). A list
// compares its items with x; a set or dict of tuples looks up the tuple
// view of a NamedTuple, and a tuple in a set or dict of NamedTuples looks
// up the NamedTuple of its values.
func (c *checker) ntIn(x *ast.Compare, op string, lt, rt, et Type) bool {
	a, b, ok := ntTupleMix(lt, et)
	if !ok {
		return false
	}
	if !c.probe(func() bool { return c.comparable(a, b) }) {
		c.errorf(x.Pos, "%s of %s in %s", op, lt, rt)
		return true
	}
	switch rt.(type) {
	case *List, *Iterator, *Generator:
		return true
	}
	if cls := namedTupleOf(et); cls != nil {
		// A tuple looked up among NamedTuples (interned by value:
		// hashing.go) is the instance of its values, if its elements fit
		// the fields: codegen's convert builds it.
		if !c.probe(func() bool { return fitsFields(c, lt, cls) }) {
			c.errorf(x.Pos, "%s of %s in %s: a tuple looked up among NamedTuples %s must have elements of their field types", op, lt, rt, cls.Name)
		}
	}
	return true
}

// ntOrdered reports whether a NamedTuple and a plain tuple are ordered
// (ok false: not such a pair, or the class defines the operator).
func (c *checker) ntOrdered(op string, lt, rt Type) (ordered, ok bool) {
	a, b, ok := ntTupleMix(lt, rt)
	if !ok {
		return false, false
	}
	if m, _ := CmpDunder(op, lt, rt); m != nil {
		return false, false
	}
	return c.probe(func() bool { return c.ordered(a, b) }), true
}

// fitsFields reports a fixed tuple type whose elements may be stored in the
// fields of the NamedTuple class cls.
func fitsFields(c *checker, t Type, cls *Class) bool {
	tu, ok := t.(*Tuple)
	fs := cls.AllFields()
	if !ok || tu.Var || tu.ListRepr || len(tu.Elems) != len(fs) {
		return false
	}
	for i, f := range fs {
		if !c.assignableType(tu.Elems[i], f.Type) {
			return false
		}
	}
	return true
}
