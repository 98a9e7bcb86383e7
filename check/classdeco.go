package check

import "github.com/aiogo/aiogo/ast"

// Class decorators other than @dataclass (a registry's
// `@Exporter.register("csv")`): `@d class C` binds C to d(C). aiogo keeps
// the name bound to the class, so a decorator must return a class object
// (its return type type[...]); it is called where the class statement
// runs, innermost first, after the class (desugarClassDecorators). A
// decorator returning another class than it was given would rebind the
// name in CPython: that raises TypeError instead.

// desugarClassDecorators moves the user decorators of module-level
// classes into calls after them; the syntax tree m is left alone.
func (c *checker) desugarClassDecorators(m *ast.Module) *ast.Module {
	return rewriteClasses(m, func(cd *ast.ClassDef) []ast.Stmt { // rewrite.go
		var keep, user []ast.Expr
		for _, d := range cd.Decorators {
			if isDataclassDecorator(d) || isRuntimeCheckable(d) {
				keep = append(keep, d)
			} else {
				user = append(user, d)
			}
		}
		if len(user) == 0 {
			return nil
		}
		ncd := *cd
		ncd.Decorators = keep
		out := []ast.Stmt{&ncd}
		for i := len(user) - 1; i >= 0; i-- {
			d := user[i]
			p := d.Position()
			call := &ast.Call{Pos: p, Func: d, Args: []ast.Expr{&ast.Name{Pos: p, ID: cd.Name}}}
			if c.classDecoCalls == nil {
				c.classDecoCalls = map[*ast.Call]string{}
			}
			c.classDecoCalls[call] = cd.Name
			// if d(C) is not C: raise TypeError(...): CPython would rebind
			// C to the other object; aiogo says so instead.
			msg := "aiogo: the class decorator of " + cd.Name + " returned another object (aiogo keeps " + cd.Name + " bound to the class)"
			out = append(out, &ast.If{Pos: p,
				Test: &ast.Compare{Pos: p, Left: call, Ops: []string{"is not"}, Comparators: []ast.Expr{&ast.Name{Pos: p, ID: cd.Name}}},
				Body: []ast.Stmt{&ast.Raise{Pos: p, Exc: &ast.Call{Pos: p, Func: &ast.Name{Pos: p, ID: "TypeError"}, Args: []ast.Expr{&ast.StrLit{Pos: p, Value: msg}}}}},
			})
		}
		return out
	})
}

// isDataclassDecorator reports @dataclass, @dataclass(...) and their
// dataclasses.dataclass spellings.
func isDataclassDecorator(d ast.Expr) bool {
	if call, ok := d.(*ast.Call); ok {
		d = call.Func
	}
	switch x := d.(type) {
	case *ast.Name:
		return x.ID == "dataclass"
	case *ast.Attribute:
		n, ok := x.Value.(*ast.Name)
		return ok && n.ID == "dataclasses" && x.Attr == "dataclass"
	}
	return false
}

// isDataclassRef reports the decorator name dataclass, or
// dataclasses.dataclass through the imported module (`import dataclasses`).
func (c *checker) isDataclassRef(d ast.Expr) bool {
	switch x := d.(type) {
	case *ast.Name:
		return x.ID == "dataclass"
	case *ast.Attribute:
		n, ok := x.Value.(*ast.Name)
		if !ok || n.ID != "dataclasses" || x.Attr != "dataclass" {
			return false
		}
		sym := c.lookup(n.ID)
		return sym != nil && sym.Kind == SymModule
	}
	return false
}

// isRuntimeCheckable reports @runtime_checkable and
// @typing.runtime_checkable (checked by name in decl.go).
func isRuntimeCheckable(d ast.Expr) bool {
	switch x := d.(type) {
	case *ast.Name:
		return x.ID == "runtime_checkable"
	case *ast.Attribute:
		n, ok := x.Value.(*ast.Name)
		return ok && n.ID == "typing" && x.Attr == "runtime_checkable"
	}
	return false
}

// classDecoResult refuses a class decorator whose result is not a class
// object (the name stays bound to the class).
// It reports false when it refused.
func (c *checker) classDecoResult(call *ast.Call, t Type) bool {
	name, ok := c.classDecoCalls[call]
	if !ok || t == nil {
		return true
	}
	if _, ok := t.(*ClassRef); !ok {
		c.errorf(call.Pos, "class decorator of %s returns %s: only decorators returning the class (type[...]) are supported", name, t)
		return false
	}
	return true
}
