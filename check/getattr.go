package check

import "github.com/aiogo/aiogo/ast"

// getattr(obj, "name"[, default]) and hasattr(obj, "name") with a string
// literal name on an instance of a user class: the attribute is known
// statically, so each call stands for an expression (Info.ExprVia) --
// obj.name, the default, a constant or isinstance(obj, (the subclasses
// that have it)). A name known only at run time reads a data field
// (getattr_dyn.go); another kind of object, or a getattr whose answer
// depends on the subclass stays refused.

// getattrCall checks x when it calls the built-in getattr or hasattr; ok
// is false for other calls.
func (c *checker) getattrCall(x *ast.Call) (Type, bool) {
	n, isName := x.Func.(*ast.Name)
	if !isName || (n.ID != "getattr" && n.ID != "hasattr") || c.lookup(n.ID) != nil {
		return nil, false
	}
	fail := func(pos ast.Pos, format string, args ...any) (Type, bool) {
		c.errorf(pos, format, args...)
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil, true
	}
	max := 3
	if n.ID == "hasattr" {
		max = 2
	}
	if len(x.Keywords) > 0 || len(x.Args) < 2 || len(x.Args) > max {
		return fail(x.Pos, "%s takes %d positional arguments here", n.ID, max)
	}
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			return fail(a.Position(), "%s with a starred argument is outside the aiogo language", n.ID)
		}
	}
	lit, ok := x.Args[1].(*ast.StrLit)
	if !ok {
		if t, ok := c.dynGetattr(x, n.ID == "hasattr"); ok { // getattr_dyn.go: getattr(cfg, f.name)
			return t, true
		}
	}
	if !ok {
		return fail(x.Args[1].Position(), "%s with an attribute name known only at run time is outside the aiogo language here (getattr(obj, name) and hasattr(obj, name) read an instance, a variable or attribute chain, of a user class without subclasses whose constructor sets all its fields; else name the attribute: obj.attr)", n.ID)
	}
	name := lit.Value
	ot := c.expr(x.Args[0])
	if ot == nil {
		return nil, true
	}
	c.expr(x.Args[1])
	if t, ok := c.notesCall(x, n.ID, name, ot); ok { // excnotes.go: hasattr(e, "__notes__")
		return t, true
	}
	if t, ok := c.funcGetattr(x, n.ID, name, lit, ot); ok { // funcgetattr.go: getattr(fn, "__name__", "?")
		return t, true
	}
	// The classes obj may be an instance of, and those that have the
	// attribute.
	var members []*Class
	switch v := ot.(type) {
	case *Class:
		members = []*Class{v}
	case *Union:
		for _, m := range v.Types {
			k, ok := m.(*Class)
			if !ok {
				members = nil
				break
			}
			members = append(members, k)
		}
	}
	var cands, having []*Class
	for _, m := range members {
		if !classObjValue(m) || m.IsExc {
			members = nil
			break
		}
		for _, k := range c.info.ClassList {
			if k == m || k.IsSubclassOf(m) {
				cands = append(cands, k)
				if classHasAttr(k, name) {
					having = append(having, k)
				}
			}
		}
	}
	if len(members) == 0 {
		return fail(x.Args[0].Position(), "%s on a value of type %s is not supported (on instances of user classes: name the attribute)", n.ID, ot)
	}
	if t, ok := c.lazyHasAttr(x, n.ID, members, name, lit); ok { // lazyfield.go
		return t, true
	}
	if n.ID == "hasattr" || len(x.Args) == 3 {
		for _, k := range having {
			if k.LookupField(name) != nil && k.LookupMethod(name) == nil && !setAtConstruction(k, name) { // unsetattr.go
				return fail(x.Pos, "%s(..., %q): instances of %s get %s only when a method assigns it (its __init__ does not), and aiogo does not track whether it is set yet: assign it in __init__ (self.%s = None) and test it for None", n.ID, name, k.Name, name, name)
			}
		}
	}
	all, none := len(having) == len(cands), len(having) == 0
	obj := x.Args[0]
	isinst := func() (ast.Expr, bool) { // isinstance(obj, (the classes that have it))
		var elems []ast.Expr
		for _, k := range having {
			sym := c.lookup(k.Name)
			if sym == nil || sym.Kind != SymClass || sym.Class != k {
				c.errorf(x.Pos, "%s(..., %q): class %s has the attribute, and is not reachable by its name here: not supported", n.ID, name, k.Name)
				return nil, false
			}
			elems = append(elems, &ast.Name{Pos: x.Pos, ID: k.Name})
		}
		if sym := c.lookup("isinstance"); sym != nil && sym.Kind != SymBuiltin {
			c.errorf(x.Pos, "%s with isinstance rebound is not supported", n.ID)
			return nil, false
		}
		return &ast.Call{Pos: x.Pos, Func: &ast.Name{Pos: x.Pos, ID: "isinstance"}, Args: []ast.Expr{obj, &ast.TupleExpr{Pos: x.Pos, Elems: elems}}}, true
	}
	var via ast.Expr
	switch {
	case n.ID == "hasattr" && !all && !none:
		test, ok := isinst()
		if !ok {
			return nil, true
		}
		via = test
	case n.ID == "hasattr":
		if !pureExpr(obj) {
			return fail(obj.Position(), "hasattr of an expression with effects is not supported: assign it to a variable first")
		}
		via = &ast.BoolLit{Pos: x.Pos, Value: all}
	case all:
		if len(x.Args) == 3 {
			if !pureExpr(x.Args[2]) {
				return fail(x.Args[2].Position(), "a getattr default with effects is not supported (every %s has the attribute %s)", ot, name)
			}
			c.expr(x.Args[2])
		}
		via = &ast.Attribute{Pos: x.Pos, Value: obj, Attr: name, AttrPos: lit.Pos}
	case len(x.Args) == 3 && !none:
		// obj.name if isinstance(obj, (...)) else default
		if !pureExpr(obj) || !pureExpr(x.Args[2]) {
			return fail(x.Pos, "getattr(..., %q) where only some classes have the attribute: the object and the default must be variables or literals", name)
		}
		test, ok := isinst()
		if !ok {
			return nil, true
		}
		via = &ast.IfExp{Pos: x.Pos, Test: test, Body: &ast.Attribute{Pos: x.Pos, Value: clonePure(obj), Attr: name, AttrPos: lit.Pos}, Orelse: x.Args[2]}
	case len(x.Args) == 3:
		if !pureExpr(obj) {
			return fail(obj.Position(), "getattr of an expression with effects is not supported: assign it to a variable first")
		}
		via = x.Args[2]
	case !none:
		return fail(x.Pos, "getattr(..., %q) without a default where only some classes have the attribute: not supported (give a default, or test isinstance, then read it)", name)
	default:
		return fail(x.Pos, "%s has no attribute %s: getattr raises AttributeError (not supported)", ot, name)
	}
	return c.exprVia(x, via), true
}

// exprVia types via, an expression that stands for x (CPython's meaning of
// x spelled in constructs the checker knows), and records it as x's
// lowering (Info.ExprVia).
func (c *checker) exprVia(x, via ast.Expr) Type {
	t := c.expr(via)
	if t == nil {
		return nil
	}
	if c.info.ExprVia == nil {
		c.info.ExprVia = map[ast.Expr]ast.Expr{}
	}
	c.info.ExprVia[x] = via
	return t
}

// classHasAttr reports whether instances of cls have attribute name (a
// field, method, property or class attribute).
func classHasAttr(cls *Class, name string) bool {
	if cls.LookupField(name) != nil || cls.LookupMethod(name) != nil {
		return true
	}
	cv, _ := cls.LookupClassVar(name)
	return cv != nil
}

// clonePure copies a pureExpr (each read its own node: narrowing and
// types are recorded per node).
func clonePure(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.Name:
		c := *x
		return &c
	case *ast.Attribute:
		c := *x
		c.Value = clonePure(x.Value)
		return &c
	case *ast.UnaryOp:
		c := *x
		c.Operand = clonePure(x.Operand)
		return &c
	}
	return e
}

// pureExpr reports an expression whose evaluation has no effects: a
// literal, a name or an attribute chain of one.
func pureExpr(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name, *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BoolLit, *ast.NoneLit, *ast.BytesLit:
		return true
	case *ast.Attribute:
		return pureExpr(x.Value)
	case *ast.UnaryOp:
		return x.Op == "-" && pureExpr(x.Operand)
	}
	return false
}
