package check

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
)

// Results of gather(*aws, return_exceptions=True).
//
// typeshed's overloads type gather with up to six fixed awaitables; the
// starred form (gather(*coros)), a mix (gather(first(), *rest)) and seven
// or more awaitables fall to the last overload, which mypy 1.0.1 types
// list[Any]. Programs then test each result with isinstance(r, Exception)
// (or another exception class) and use r as the awaitables' result where
// the test failed: mypy accepts any use of an Any. aiogo types the elements
// T | BaseException ("loose" unions, c.loose) and reads them so:
//
//   - isinstance(r, E) failing, for an exception class E, narrows r to T
//     (flow.go removeClasses): a value of another exception class (a child
//     cancelled gives a CancelledError, which is no Exception) is still
//     possible, so every read of r narrowed to T is checked (Info.Loose).
//   - Where CPython handles the exception object as well (print, str, repr,
//     an f-string field without a spec, a truth test, ==, is), the read is
//     the declared T | BaseException value, printed as CPython prints it.
//   - Where CPython raises for any exception object (an attribute T has
//     and exceptions lack, an operator with an int, float, bool or str
//     operand, len, abs, float, int, round, a subscript, a call, iteration,
//     a format spec), the checked read raises that error, CPython's message
//     with the exception's class name.
//   - Elsewhere (the value stored, passed or returned as T) the read raises
//     NotImplementedError naming the difference: CPython would pass the
//     exception object on, which a T cannot hold. Never a silent value.

// LooseUse is the check of one read of a loose gather result narrowed to
// its result type: when the value is an exception, the read raises Class
// (a built-in exception class name) with Msg, "{}" standing for the
// exception's class name.
type LooseUse struct {
	Class string
	Msg   string
}

// looseExc is orExc for the result type of a gather that mypy types
// list[Any]: the union is marked loose when T is a plain type (not a
// union, an Optional or Any).
func (c *checker) looseExc(t Type) Type {
	r := c.orExc(t)
	switch t.(type) {
	case *Union, *Optional, *AnyType:
		return r
	}
	if c.isExcType(t) {
		return r
	}
	if u, ok := r.(*Union); ok {
		if c.loose == nil {
			c.loose = map[*Union]bool{}
		}
		c.loose[u] = true
	}
	return r
}

// isExcType reports whether t is an exception class.
func (c *checker) isExcType(t Type) bool {
	k, ok := t.(*Class)
	return ok && k.IsSubclassOf(c.builtinClass("BaseException"))
}

// anyExcClass reports whether one of cls is an exception class.
func (c *checker) anyExcClass(cls []Type) bool {
	for _, k := range cls {
		if c.isExcType(k) {
			return true
		}
	}
	return false
}

// looseDeclared is the loose union a narrowed read e was declared with.
func (c *checker) looseDeclared(e ast.Expr) (*Union, bool) {
	d, ok := c.info.Narrowed[e]
	if !ok {
		return nil, false
	}
	u, ok := d.(*Union)
	if !ok || !c.loose[u] {
		return nil, false
	}
	t := c.info.Types[e]
	switch t.(type) {
	case *Union, *Optional, *AnyType, nil:
		return nil, false
	}
	if c.isExcType(t) {
		return nil, false
	}
	return u, true
}

// looseUses classifies the reads of loose gather results narrowed to
// their result type (see above), after the module is checked.
func (c *checker) looseUses(m *ast.Module) {
	if len(c.loose) == 0 {
		return
	}
	v := &looseVisitor{c: c}
	for _, s := range m.Body {
		ast.Walk(v, s)
	}
}

type looseVisitor struct {
	c     *checker
	stack []ast.Node
}

func (v *looseVisitor) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		v.stack = v.stack[:len(v.stack)-1]
		return v
	}
	v.stack = append(v.stack, n)
	e, ok := n.(ast.Expr)
	if !ok || len(v.stack) < 2 {
		return v
	}
	u, ok := v.c.looseDeclared(e)
	if !ok {
		return v
	}
	info := v.c.info
	use := v.c.looseUse(e, v.stack[len(v.stack)-2], info.Types[e])
	if use == nil {
		// CPython handles the exception object here too: read the
		// declared value.
		delete(info.Narrowed, e)
		info.Types[e] = u
		return v
	}
	if info.Loose == nil {
		info.Loose = map[ast.Expr]*LooseUse{}
	}
	info.Loose[e] = use
	return v
}

// basicName is the Python class name of an operand of type t whose
// class the checker knows exactly ("" otherwise).
func basicName(t Type) string {
	switch t {
	case Int:
		return "int"
	case Float:
		return "float"
	case Bool:
		return "bool"
	case Str:
		return "str"
	}
	return ""
}

// baseExcAttrs are the attributes every exception has.
var baseExcAttrs = map[string]bool{"args": true, "with_traceback": true, "add_note": true, "__notes__": true,
	"__traceback__": true, "__cause__": true, "__context__": true, "__suppress_context__": true}

// pureOperand reports whether evaluating e can have no visible effect, so
// that raising before it is evaluated (the checked read of the left
// operand) is not seen.
func pureOperand(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name, *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BoolLit, *ast.NoneLit:
		return true
	case *ast.UnaryOp:
		return pureOperand(x.Operand)
	}
	return false
}

// looseUse is the check of the read e (a loose gather result narrowed to
// t) in parent p; nil where the read is the declared value.
func (c *checker) looseUse(e ast.Expr, p ast.Node, t Type) *LooseUse {
	tErr := func(msg string, args ...any) *LooseUse {
		return &LooseUse{Class: "TypeError", Msg: fmt.Sprintf(msg, args...)}
	}
	notImpl := &LooseUse{Class: "NotImplementedError", Msg: fmt.Sprintf("aiogo: a gather(..., return_exceptions=True) result used as %s holds a {} exception; CPython passes the exception object on (mypy types the result Any), a compiled %s cannot hold it", t, t)}
	binop := func(op string, left bool, other ast.Expr, inplace bool) *LooseUse {
		on := basicName(c.info.Types[other])
		if on == "" || left && !pureOperand(other) {
			return notImpl
		}
		if op == "*" && on == "str" {
			return tErr("can't multiply sequence by non-int of type '{}'")
		}
		if on == "str" && !left {
			switch op {
			case "+":
				return tErr(`can only concatenate str (not "{}") to str`)
			case "%":
				return notImpl // formats the exception
			}
		}
		if op == "**" {
			op = "** or pow()"
		}
		if inplace {
			op += "="
		}
		if left {
			return tErr("unsupported operand type(s) for %s: '{}' and '%s'", op, on)
		}
		return tErr("unsupported operand type(s) for %s: '%s' and '{}'", op, on)
	}
	switch x := p.(type) {
	case *ast.Attribute:
		if x.Value == e && !baseExcAttrs[x.Attr] && !(len(x.Attr) > 4 && x.Attr[:2] == "__") {
			return &LooseUse{Class: "AttributeError", Msg: fmt.Sprintf("'{}' object has no attribute '%s'", x.Attr)}
		}
	case *ast.BinOp:
		if x.Left == e {
			return binop(x.Op, true, x.Right, false)
		}
		return binop(x.Op, false, x.Left, false)
	case *ast.AugAssign:
		if x.Target == e {
			return binop(x.Op, true, x.Value, true)
		}
		return binop(x.Op, false, x.Target, true)
	case *ast.UnaryOp:
		if x.Op == "not" {
			return nil
		}
		return tErr("bad operand type for unary %s: '{}'", x.Op)
	case *ast.Compare:
		if len(x.Ops) != 1 {
			return notImpl
		}
		switch op := x.Ops[0]; op {
		case "==", "!=", "is", "is not":
			return nil
		case "<", "<=", ">", ">=":
			if x.Left == e {
				if on := basicName(c.info.Types[x.Comparators[0]]); on != "" && pureOperand(x.Comparators[0]) {
					return tErr("'%s' not supported between instances of '{}' and '%s'", op, on)
				}
			} else if on := basicName(c.info.Types[x.Left]); on != "" {
				return tErr("'%s' not supported between instances of '%s' and '{}'", op, on)
			}
		case "in", "not in":
			if x.Left != e {
				return tErr("argument of type '{}' is not iterable")
			}
		}
	case *ast.Call:
		if x.Func == e {
			return tErr("'{}' object is not callable")
		}
		fn, ok := x.Func.(*ast.Name)
		if !ok {
			break
		}
		if sym := c.info.Uses[fn]; sym == nil || sym.Kind != SymBuiltin && sym.Kind != SymType {
			break
		}
		inArgs := false
		for _, a := range x.Args {
			inArgs = inArgs || a == e
		}
		if !inArgs {
			break
		}
		switch fn.ID {
		case "print":
			return nil
		case "str", "repr", "bool", "type":
			if len(x.Args) == 1 && len(x.Keywords) == 0 {
				return nil
			}
		case "len":
			return tErr("object of type '{}' has no len()")
		case "abs":
			return tErr("bad operand type for abs(): '{}'")
		case "float":
			return tErr("float() argument must be a string or a real number, not '{}'")
		case "int":
			if len(x.Args) == 1 && len(x.Keywords) == 0 {
				return tErr("int() argument must be a string, a bytes-like object or a real number, not '{}'")
			}
		case "round":
			if x.Args[0] == e && (len(x.Args) == 1 || pureOperand(x.Args[1])) {
				return tErr("type {} doesn't define __round__ method")
			}
		}
	case *ast.FString:
		for _, part := range x.Parts {
			if part.Expr != e {
				continue
			}
			if part.Spec == nil || len(part.Spec.Parts) == 0 {
				if part.Conv == 0 || part.Conv == 's' || part.Conv == 'r' {
					return nil
				}
			} else if part.Conv == 0 {
				return tErr("unsupported format string passed to {}.__format__")
			}
		}
	case *ast.Subscript:
		if x.Value == e && pureOperand(x.Index) {
			return tErr("'{}' object is not subscriptable")
		}
	case *ast.For:
		if x.Iter == e {
			return tErr("'{}' object is not iterable")
		}
	case *ast.Comprehension:
		if x.Iter == e {
			return tErr("'{}' object is not iterable")
		}
	case *ast.If:
		if x.Test == e {
			return nil
		}
	case *ast.While:
		if x.Test == e {
			return nil
		}
	case *ast.IfExp:
		if x.Test == e {
			return nil
		}
	case *ast.Assert:
		if x.Test == e {
			return nil
		}
	}
	return notImpl
}
