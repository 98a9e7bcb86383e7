package check

import "github.com/aiogo/aiogo/ast"

// moreExcTree lists the built-in exception classes of CPython 3.11 that
// builtinExcTree (call.go) does not, each after its base.
var moreExcTree = [][2]string{
	{"FloatingPointError", "ArithmeticError"},
	{"BufferError", "Exception"},
	{"ImportError", "Exception"},
	{"ModuleNotFoundError", "ImportError"},
	{"MemoryError", "Exception"},
	{"ReferenceError", "Exception"},
	{"SystemError", "Exception"},
	{"UnboundLocalError", "NameError"},
	{"UnicodeError", "ValueError"},
	{"UnicodeDecodeError", "UnicodeError"},
	{"UnicodeEncodeError", "UnicodeError"},
	{"UnicodeTranslateError", "UnicodeError"},
	{"BlockingIOError", "OSError"},
	{"ChildProcessError", "OSError"},
	{"ConnectionAbortedError", "ConnectionError"},
	{"FileExistsError", "OSError"},
	{"FileNotFoundError", "OSError"},
	{"InterruptedError", "OSError"},
	{"IsADirectoryError", "OSError"},
	{"NotADirectoryError", "OSError"},
	{"PermissionError", "OSError"},
	{"ProcessLookupError", "OSError"},
	{"SyntaxError", "Exception"},
	{"IndentationError", "SyntaxError"},
	{"TabError", "IndentationError"},
	{"Warning", "Exception"},
	{"UserWarning", "Warning"},
	{"DeprecationWarning", "Warning"},
	{"PendingDeprecationWarning", "Warning"},
	{"SyntaxWarning", "Warning"},
	{"RuntimeWarning", "Warning"},
	{"FutureWarning", "Warning"},
	{"ImportWarning", "Warning"},
	{"UnicodeWarning", "Warning"},
	{"BytesWarning", "Warning"},
	{"ResourceWarning", "Warning"},
	{"EncodingWarning", "Warning"},
}

// excAliases are other names of built-in exception classes.
var excAliases = map[string]string{"IOError": "OSError", "EnvironmentError": "OSError"}

func init() {
	have := map[string]bool{}
	for _, e := range builtinExcTree {
		have[e[0]] = true
	}
	for _, e := range moreExcTree {
		if !have[e[0]] {
			builtinExcTree = append(builtinExcTree, e)
		}
	}
}

// declareExcAliases binds IOError and EnvironmentError to OSError.
func (c *checker) declareExcAliases() {
	for alias, name := range excAliases {
		if sym := c.builtins.names[name]; sym != nil {
			c.builtins.names[alias] = sym
		}
	}
	c.builtins.names["issubclass"] = &Symbol{Name: "issubclass", Kind: SymBuiltin, Type: &BuiltinFunc{"issubclass"}}
	if eg := c.excClasses["ExceptionGroup"]; eg != nil {
		eg.Base2 = c.excClasses["Exception"] // exc_groups.go
	}
}

// osExcAttr types OSError's errno, strerror, filename and filename2 (nil:
// not an OSError attribute). errno and strerror are None unless the
// exception was built from 2 to 5 arguments, so they are Optional here.
func (c *checker) osExcAttr(t *Class, attr string) Type {
	if !t.IsSubclassOf(c.builtinClass("OSError")) {
		return nil
	}
	switch attr {
	case "errno":
		return &Optional{Int}
	case "strerror":
		return &Optional{Str}
	case "filename", "filename2":
		return Object
	}
	return nil
}

// excBuiltinCall types issubclass over exception classes; ok is false for
// other names.
func (c *checker) excBuiltinCall(x *ast.Call, name string) (Type, bool) {
	if name != "issubclass" {
		return nil, false
	}
	if t, ok := c.issubclassOfType(x); ok {
		return t, true
	}
	c.noKeywords(x)
	if !c.nargs(x, name, 2, 2) {
		return Bool, true
	}
	args := []ast.Expr{x.Args[0]}
	if ops := ClassArgs(x.Args[1]); ops != nil {
		args = append(args, ops...) // (A, B) or A | B
	} else if c.excClassTuple(x.Args[1]) {
		c.excClassArg(x.Args[0]) // issubclass(exc_type, self.kinds)
		return Bool, true
	} else {
		args = append(args, x.Args[1])
	}
	if UserClassObjTest(c.info, args, c.expr) {
		if ClassArgs(x.Args[1]) != nil {
			c.info.Types[x.Args[1]] = &Tuple{}
		}
		return Bool, true // issubclass(kind, Exporter) of class objects held as values
	}
	for _, e := range args {
		c.excClassArg(e)
	}
	if ClassArgs(x.Args[1]) != nil {
		c.info.Types[x.Args[1]] = &Tuple{}
	}
	return Bool, true
}

// ClassArgs returns the classes of issubclass's second argument written
// as a tuple display ((A, B)) or a union (A | B), or nil for another
// expression.
func ClassArgs(e ast.Expr) []ast.Expr {
	if tu, ok := e.(*ast.TupleExpr); ok {
		return tu.Elems
	}
	return UnionOperands(e)
}

// UserClassObjTest reports whether the classes of issubclass(args[0],
// args[1:]) are user classes (not exception classes) whose class objects
// are values, one of them held in a variable or container (type[C]): the
// test runs on the class objects. typeOf types each argument.
func UserClassObjTest(info *Info, args []ast.Expr, typeOf func(ast.Expr) Type) bool {
	dynamic := false
	for _, e := range args {
		cr, ok := typeOf(e).(*ClassRef)
		if !ok || cr.Class.IsExc || !classObjValue(cr.Class) {
			return false
		}
		if !StaticClass(info, e) {
			dynamic = true
		}
	}
	return dynamic
}

// excClassArg checks an argument that must be an exception class object.
func (c *checker) excClassArg(e ast.Expr) {
	switch t := c.expr(e).(type) {
	case *ClassRef:
		if t.Class.IsExc || StaticClass(c.info, e) {
			return // a class named statically: decided at compile time
		}
	case nil:
		return
	}
	c.errorf(e.Position(), "issubclass is only supported for exception classes and classes named statically")
}

// excClassTuple reports whether e, not a tuple display, is a tuple of
// exception classes held in a variable, an attribute or returned by a call
// (kinds: tuple[type[Exception], ...]), as the second argument of
// issubclass or isinstance or in an except clause: the classes are tested
// at run time (py.TupleClasses).
func (c *checker) excClassTuple(e ast.Expr) bool {
	if _, ok := e.(*ast.TupleExpr); ok {
		return false
	}
	return ExcClassTuple(c.expr(e))
}

// ExcClassTuple reports whether t is a tuple type of exception class
// objects (fixed or variable length).
func ExcClassTuple(t Type) bool {
	tu, ok := t.(*Tuple)
	if !ok {
		return false
	}
	for _, el := range tu.Elems {
		if cr, ok := el.(*ClassRef); !ok || !cr.Class.IsExc {
			return false
		}
	}
	return true
}

// refuseClassObjTuple refuses isinstance(x, kinds) for a tuple held in a
// variable (not a display) unless its elements are exception classes
// (tested at run time) or built-in types named in its type ((int, str)).
func (c *checker) refuseClassObjTuple(e ast.Expr) {
	if _, display := e.(*ast.TupleExpr); display {
		return
	}
	tu, ok := c.info.Types[e].(*Tuple)
	if !ok || ExcClassTuple(tu) {
		return
	}
	for _, el := range tu.Elems {
		if tn, ok := el.(*TypeName); ok {
			switch tn.T.(type) {
			case *Basic, *List, *Dict, *Set, *Tuple:
				continue
			}
		}
		c.errorf(e.Position(), "isinstance with a tuple of classes held in a variable (%s) is not supported: write the classes in the call", exprString(e))
		return
	}
}

// issubclassOfType checks issubclass(type(v), C) as isinstance(v, C), the
// same test (Info.CallVia: generated as that call), so that C may be any
// class isinstance takes; ok is false for other calls.
func (c *checker) issubclassOfType(x *ast.Call) (Type, bool) {
	if len(x.Args) != 2 || len(x.Keywords) > 0 {
		return nil, false
	}
	tc, ok := x.Args[0].(*ast.Call)
	if !ok || len(tc.Args) != 1 || len(tc.Keywords) > 0 {
		return nil, false
	}
	if _, starred := tc.Args[0].(*ast.Starred); starred {
		return nil, false
	}
	fn, ok := tc.Func.(*ast.Name)
	builtin := func(name string) bool {
		sym := c.lookup(name)
		return sym != nil && sym.Kind == SymBuiltin
	}
	if !ok || fn.ID != "type" || !builtin("type") || !builtin("isinstance") {
		return nil, false
	}
	syn := &ast.Call{Pos: x.Pos, Func: &ast.Name{Pos: x.Func.Position(), ID: "isinstance"}, Args: []ast.Expr{tc.Args[0], x.Args[1]}}
	c.info.CallVia[x] = syn
	t := c.call(syn, nil)
	c.info.Types[syn] = t
	return t, true
}
