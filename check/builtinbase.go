package check

import "github.com/aiogo/aiogo/ast"

// builtinBase returns the name of the built-in type a base class
// expression names (list, dict[str, int], ...), or "".
func builtinBase(b ast.Expr) string {
	if sub, ok := b.(*ast.Subscript); ok {
		b = sub.Value
	}
	n, ok := b.(*ast.Name)
	if !ok {
		return ""
	}
	switch n.ID {
	case "list", "dict", "set", "frozenset", "tuple", "str", "int", "float", "bytes", "bytearray":
		return n.ID
	}
	return ""
}

// builtinBaseRefused reports a class deriving from a built-in type
// (class Stack(list[int])), which the language leaves out, and marks the
// class broken so that its uses report nothing more.
func (c *checker) builtinBaseRefused(s *ast.ClassDef, cls *Class, b ast.Expr) {
	name := builtinBase(b)
	hint := ""
	switch name {
	case "list", "dict", "set", "frozenset", "tuple", "bytearray":
		hint = ": keep the " + name + " in an attribute (self.items) and define the methods you use"
	}
	c.errorf(b.Position(), "class %s: deriving from the built-in %s is not supported%s", s.Name, name, hint)
	c.breakClass(cls)
}

// libraryBaseRefused reports a class deriving from a class of a library
// module that the runtime implements (class JobQueue(asyncio.Queue[Job]),
// class Flag(asyncio.Event)), or from another base expression the
// language has no class for, and marks the class broken so that its uses
// report nothing more.
func (c *checker) libraryBaseRefused(s *ast.ClassDef, cls *Class, b ast.Expr) {
	e := b
	if sub, ok := e.(*ast.Subscript); ok {
		e = sub.Value
	}
	name := ""
	switch x := e.(type) {
	case *ast.Attribute:
		if n, ok := x.Value.(*ast.Name); ok {
			name = n.ID + "." + x.Attr
			if sym := c.lookup(n.ID); sym != nil && sym.Kind == SymModule {
				name = sym.Type.(*ModuleType).Name + "." + x.Attr
			}
		}
	case *ast.Name:
		if sym := c.lookup(x.ID); sym != nil {
			if bf, ok := sym.Type.(*BuiltinFunc); ok {
				name = bf.Name
			}
		}
	}
	if name == "" {
		c.errorf(b.Position(), "unsupported base class expression")
	} else {
		c.errorf(b.Position(), "class %s: deriving from the library class %s is not supported: keep one in an attribute (self.inner = %s(...)) and define the methods you use", s.Name, name, name)
	}
	c.breakClass(cls)
}
