package check

import "github.com/aiogo/aiogo/ast"

// The operators of AbstractSet (typing.AbstractSet, collections.abc.Set):
// &, |, -, ^ and the subset comparisons between an AbstractSet and another
// AbstractSet or a set. The operands are viewed as sets (codegen: the
// set the view was made from, or a set of its elements when the view
// converts them) and the set operator applies: its result is the left
// operand's kind at run time (a frozenset's results are frozensets), typed
// as a set here.

// abstractSetElem is the element type of an AbstractSet or set operand t,
// and whether t is an AbstractSet.
func abstractSetElem(t Type) (elem Type, abstract bool) {
	switch x := Unalias(t).(type) {
	case *Abstract:
		if x.Kind == ASet {
			return x.Elem, true
		}
	case *Set:
		return x.Elem, false
	}
	return nil, false
}

// abstractSetOperands reports an operator between an AbstractSet and an
// AbstractSet or set with the same elements, and records the conversion
// of the AbstractSet operands to sets (refusing elements that cannot be
// set elements). ok is false when the rule does not apply.
func (c *checker) abstractSetOperands(lt, rt Type, le, re ast.Expr) (elem Type, ok bool) {
	l, la := abstractSetElem(lt)
	r, ra := abstractSetElem(rt)
	if l == nil || r == nil || !la && !ra || !Identical(l, r) {
		return nil, false
	}
	st := &Set{Elem: c.hashKey(l, le.Position())}
	if la {
		c.info.Conv[le] = st
	}
	if ra {
		c.info.Conv[re] = st
	}
	return l, true
}

// abstractSetBinary types a set operator with an AbstractSet operand: a
// set of the elements.
func (c *checker) abstractSetBinary(op string, lt, rt Type, le, re ast.Expr) (Type, bool) {
	switch op {
	case "&", "|", "-", "^":
	default:
		return nil, false
	}
	et, ok := c.abstractSetOperands(lt, rt, le, re)
	if !ok {
		return nil, false
	}
	return &Set{Elem: et}, true
}
