package check

import "github.com/aiogo/aiogo/ast"

// neverFalsy reports a type none of whose values is false in Python and
// that cannot be a union member (runtime objects without __bool__ or
// __len__): `a and b` with an `a` of type T | None then has the value None
// or b's, as mypy types it (Info.AndNone). User classes are left to the
// union rule (unionOf), which already holds them.
func neverFalsy(t Type) bool {
	switch x := t.(type) {
	case *Task, *Future, *Coroutine, *Func, *BoundMethod, *BuiltinFunc, *ClassRef, *Queue:
		return true
	case *Opaque:
		return x != RangeType
	}
	return false
}

// andNone records an operand of `and` that is the value only when it is
// None (opt) or never (Info.AndNone).
func (c *checker) andNone(v ast.Expr, opt bool) {
	if c.info.AndNone == nil {
		c.info.AndNone = map[ast.Expr]bool{}
	}
	c.info.AndNone[v] = opt
}
