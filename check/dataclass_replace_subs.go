package check

import (
	"sort"

	"github.com/aiogo/aiogo/ast"
)

// dataclasses.replace(obj, ...) of a dataclass with subclasses builds an
// instance of obj's run-time class, as CPython does (obj.__class__(...)):
// the call stands for a chain of conditional expressions testing the
// subclasses, most derived first,
//
//	Sub2(..) if isinstance(obj, Sub2) else Sub1(..) if isinstance(obj, Sub1) else Cls(..)
//
// each branch the construction replaceCall makes for its class, reading
// the fields from obj narrowed to that class. Only one branch runs, so
// the changed values are evaluated once; they are checked once per
// branch, so values that bind names or suspend (lambdas, comprehensions,
// walrus, await, yield) are refused, and so is a subclass that is not a
// dataclass (its own __init__ decides what replace passes).

// dataclassReplaceSubs checks replace(obj, ...) of a dataclass cls with
// subclasses subs.
func (c *checker) dataclassReplaceSubs(x *ast.Call, cls *Class, subs []*Class) Type {
	obj := x.Args[0]
	for _, k := range subs {
		if !k.Dataclass {
			c.errorf(obj.Position(), "dataclasses.replace of a %s is not supported: its subclass %s is not a dataclass", cls.Name, k.Name)
			return nil
		}
	}
	for _, kw := range x.Keywords {
		if kw.Value != nil && bindsOrSuspends(kw.Value) {
			c.errorf(kw.Value.Position(), "dataclasses.replace of a %s, which has subclasses, takes plain values here (no lambda, comprehension, walrus or await): assign it to a variable first", cls.Name)
			return nil
		}
	}
	depth := func(k *Class) int {
		n := 0
		for b := k; b != nil; b = b.Base {
			n++
		}
		return n
	}
	sort.SliceStable(subs, func(i, j int) bool { return depth(subs[i]) > depth(subs[j]) })
	// Each branch reads its own copy of obj: the checker records the
	// narrowing of each read on its node.
	base := c.replaceCall(x, cls, copyRef(obj))
	if base == nil {
		return nil
	}
	var e ast.Expr = base
	for i := len(subs) - 1; i >= 0; i-- {
		k := subs[i]
		call := c.replaceCall(x, k, copyRef(obj))
		if call == nil {
			return nil
		}
		isinst := &ast.Name{Pos: x.Pos, ID: "isinstance"}
		kn := &ast.Name{Pos: x.Pos, ID: k.Name}
		c.synth[kn] = synthExpr{t: &ClassRef{k}, sym: c.lookup(k.Name)}
		test := &ast.Call{Pos: x.Pos, Func: isinst, Args: []ast.Expr{copyRef(obj), kn}}
		e = &ast.IfExp{Pos: x.Pos, Test: test, Body: call, Orelse: e}
	}
	t := c.exprWant(e, cls)
	if t == nil {
		return nil
	}
	c.info.Types[e] = cls
	if c.info.TypedDictCalls == nil {
		c.info.TypedDictCalls = map[*ast.Call]ast.Expr{}
	}
	c.info.TypedDictCalls[x] = e // (a call standing for an expression: codegen's call)
	return cls
}

// bindsOrSuspends reports whether e contains a lambda, a comprehension, a
// walrus, an await or a yield.
func bindsOrSuspends(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Lambda, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp, *ast.NamedExpr, *ast.Await, *ast.Yield, *ast.YieldFrom:
			found = true
		}
		return !found
	})
	return found
}

// copyRef copies a plainRef expression (its names, attributes and
// subscripts; the index expressions are shared).
func copyRef(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.Name:
		n := *x
		return &n
	case *ast.Attribute:
		a := *x
		a.Value = copyRef(x.Value)
		return &a
	case *ast.Subscript:
		s := *x
		s.Value = copyRef(x.Value)
		if n, ok := x.Index.(*ast.Name); ok {
			cp := *n
			s.Index = &cp
		}
		return &s
	}
	return e
}
