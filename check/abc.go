package check

import (
	"sort"
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// The abc module (an aiogo extension): class Shape(ABC) is a class
// without a base, and @abstractmethod marks a method that subclasses
// override. As mypy does, a class with abstract methods not overridden
// cannot be instantiated by name (CPython raises TypeError there), so an
// abstract method's trivial body ("...", pass, a docstring) never runs
// where it would need a result: it may leave out its return.

// abcMember resolves "from abc import name".
func abcMember(name string) *Symbol {
	switch name {
	case "ABC":
		return &Symbol{Name: name, Kind: SymType, Type: &TypeName{&AnyType{"abc.ABC"}}}
	case "abstractmethod":
		return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{"abc.abstractmethod"}}
	}
	return nil
}

// abcBase reports whether the base expression b names abc.ABC.
func (c *checker) abcBase(b ast.Expr) bool {
	switch x := b.(type) {
	case *ast.Name:
		return c.namesMarker(x.ID, "abc.ABC")
	case *ast.Attribute:
		n, ok := x.Value.(*ast.Name)
		return ok && x.Attr == "ABC" && c.isModuleName(n.ID, "abc")
	}
	return false
}

// isAbstractDecorator reports whether decorator d is abc.abstractmethod.
func (c *checker) isAbstractDecorator(d ast.Expr) bool {
	switch x := d.(type) {
	case *ast.Name:
		sym := c.lookup(x.ID)
		if sym == nil {
			return false
		}
		f, ok := sym.Type.(*BuiltinFunc)
		return ok && f.Name == "abc.abstractmethod"
	case *ast.Attribute:
		n, ok := x.Value.(*ast.Name)
		return ok && x.Attr == "abstractmethod" && c.isModuleName(n.ID, "abc")
	}
	return false
}

// isModuleName reports whether name is bound to the imported module mod.
func (c *checker) isModuleName(name, mod string) bool {
	sym := c.lookup(name)
	if sym == nil {
		return false
	}
	mt, ok := sym.Type.(*ModuleType)
	return ok && mt.Name == mod
}

// TrivialBody reports whether a function body does nothing: "...",
// pass or a docstring (an abstract method's placeholder).
func TrivialBody(body []ast.Stmt) bool {
	for _, st := range body {
		switch s := st.(type) {
		case *ast.Pass:
		case *ast.ExprStmt:
			switch s.Value.(type) {
			case *ast.EllipsisLit, *ast.StrLit:
			default:
				return false
			}
		default:
			return false
		}
	}
	return true
}

// abstractLeft returns the names of the abstract methods class cls
// inherits or declares without overriding them, sorted.
func abstractLeft(cls *Class) []string {
	var out []string
	seen := map[string]bool{}
	for k := cls; k != nil; k = k.Base {
		for name, m := range k.Methods {
			if seen[name] {
				continue
			}
			seen[name] = true
			if m.Abstract {
				out = append(out, name)
			}
		}
	}
	sort.Strings(out)
	return out
}

// abstractConstruct reports, as mypy does, a call of an abstract class
// by its name.
func (c *checker) abstractConstruct(x *ast.Call, cls *Class) {
	n, ok := x.Func.(*ast.Name)
	if !ok || n.ID != cls.Name {
		return
	}
	left := abstractLeft(cls)
	if len(left) == 0 {
		return
	}
	attrs := "attribute"
	if len(left) > 1 {
		attrs = "attributes"
	}
	quoted := make([]string, len(left))
	for i, l := range left {
		quoted[i] = `"` + l + `"`
	}
	list := strings.Join(quoted, ", ")
	if len(quoted) > 1 {
		list = strings.Join(quoted[:len(quoted)-1], ", ") + " and " + quoted[len(quoted)-1]
	}
	c.errorf(x.Pos, "cannot instantiate abstract class %q with abstract %s %s", cls.Name, attrs, list)
}

// unsafeSuper reports, as mypy's safe-super check does, super().m() of an
// abstract method m whose trivial body would return None where its
// signature promises a value.
func (c *checker) unsafeSuper(x *ast.Call, f *BoundMethod) {
	m := f.Method
	if !f.Super || !m.Abstract || m.Sig == nil || m.Sig.Ret == None || mayBeNone(m.Sig.Ret) {
		return
	}
	if d, ok := m.Def.(*ast.FuncDef); ok && TrivialBody(d.Body) {
		c.errorf(x.Pos, "call to abstract method %q of %q with trivial body via super() is unsafe", m.Name, m.Owner.Name)
	}
}
