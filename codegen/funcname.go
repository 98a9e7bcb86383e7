package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// f.__name__ of function values (check/funcname.go): a name known to the
// checker is a constant; otherwise the function value carries it: in a
// program that reads such names, every place that makes a function value
// from a Python function records its name (py.Named), and adapters
// between Callable types adopt the name of the function they wrap
// (py.Adopt).

// funcDocAttr lowers x.__doc__ on a function value (check.funcDoc).
func (g *gen) funcDocAttr(x *ast.Attribute) (*Statement, bool) {
	if x.Attr != "__doc__" {
		return nil, false
	}
	if s, ok := g.decoratedAttr(x, "FuncDoc", &check.Optional{Elem: check.Str}); ok {
		return s, true
	}
	if cr, ok := g.typeOf(x.Value).(*check.ClassRef); ok && check.StaticClass(g.info, x.Value) {
		// C.__doc__ of a user class: its docstring or None.
		opt := &check.Optional{Elem: check.Str}
		if doc, ok, known := check.ClassDoc(cr.Class); known && ok {
			return Add(g.convert(Lit(doc), check.Str, opt)), true
		} else if known {
			return Add(g.convert(py("None"), check.None, opt)), true
		}
	}
	if cls, ok := g.typeOf(x.Value).(*check.Class); ok && check.InstanceDocKnown(g.info, cls) {
		// obj.__doc__: its class's docstring (check/decorator_class.go).
		opt := &check.Optional{Elem: check.Str}
		doc := g.convert(py("None"), check.None, opt)
		if d, ok, _ := check.ClassDoc(cls); ok {
			doc = g.convert(Lit(d), check.Str, opt)
		}
		return Func().Params().Add(g.goType(opt)).Block(Id("_").Op("=").Add(g.expr(x.Value)), Return(doc)).Call(), true
	}
	switch g.typeOf(x.Value).(type) {
	case *check.Func, *check.BoundMethod:
	default:
		return nil, false
	}
	return py("FuncDoc").Call(g.expr(x.Value)), true
}

// documented records the docstring of def d (if it has one) as the
// __doc__ of the function value c makes, in a program that reads
// docstrings of function values.
func (g *gen) documented(c Code, d *ast.FuncDef) Code {
	if !g.info.FuncDocs {
		return c
	}
	if doc, ok := check.Docstring(d); ok {
		return py("Doc").Call(c, Lit(doc))
	}
	return c
}

// funcNameAttr lowers x.__name__ on a function value, if x is that.
func (g *gen) funcNameAttr(x *ast.Attribute) (*Statement, bool) {
	if x.Attr != "__name__" {
		return nil, false
	}
	if s, ok := g.decoratedAttr(x, "FuncName", check.Str); ok {
		return s, true
	}
	switch g.typeOf(x.Value).(type) {
	case *check.Func, *check.BoundMethod, *check.UnboundMethod, *check.BuiltinFunc:
	default:
		return nil, false
	}
	if name := check.StaticFuncName(g.info, x.Value); name != "" {
		switch x.Value.(type) {
		case *ast.Name, *ast.Lambda:
			return Lit(name), true
		}
		// The receiver is evaluated (obj().method.__name__).
		return Func().Params().String().Block(Id("_").Op("=").Add(g.expr(x.Value)), Return(Lit(name))).Call(), true
	}
	return py("FuncName").Call(g.expr(x.Value)), true
}

// named records name as the __name__ of the function value c makes, in a
// program that reads names of function values.
func (g *gen) named(c Code, name string) Code {
	if !g.info.FuncNames {
		return c
	}
	return py("Named").Call(c, Lit(name))
}

// namedCoro is named for a function value made from an async def: it
// also marks the value a coroutine function (asyncio.iscoroutinefunction).
func (g *gen) namedCoro(c Code, name string) Code {
	if !g.info.FuncNames {
		return c
	}
	return py("NamedCoro").Call(c, Lit(name))
}

// namedKind is namedCoro for a coroutine function's value, else named.
func (g *gen) namedKind(coro bool) func(Code, string) Code {
	if coro {
		return g.namedCoro
	}
	return g.named
}

// namedStmt is named for a *Statement.
func (g *gen) namedStmt(c *Statement, name string) *Statement {
	return g.named(c, name).(*Statement)
}

// calleeName is the Python name of the function a spelling names (len,
// str.lower, obj.method).
func calleeName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return x.Attr
	}
	return ""
}

// decoratedAttr lowers m.__name__ / m.__doc__ of a method rewritten by
// check's desugarMethodDecorators: the method value is evaluated, then the
// attribute (read by py.<fn>) of the decorated value it forwards to
// (check.Info.DecoratedAttrs).
func (g *gen) decoratedAttr(x *ast.Attribute, fn string, t check.Type) (*Statement, bool) {
	n := g.info.DecoratedAttrs[x]
	if n == nil {
		return nil, false
	}
	return Func().Params().Add(g.goType(t)).Block(
		Id("_").Op("=").Add(g.expr(x.Value)),
		Return(py(fn).Call(g.expr(n))),
	).Call(), true
}

// staticTypeName is the name of the class of every value of static type t
// where the run-time value does not tell it (type(coro).__name__ is
// "coroutine", type(len).__name__ "builtin_function_or_method"), or "".
func staticTypeName(t check.Type) string {
	switch x := t.(type) {
	case *check.Coroutine:
		return "coroutine"
	case *check.BuiltinFunc:
		return "builtin_function_or_method"
	case *check.BoundMethod:
		if x.Method != nil && !x.Method.IsStatic {
			return "method" // of a user class
		}
	}
	return ""
}

// methodMark marks the function literal c that makes a bound method value
// (type(obj.method).__name__ is "method"), in a program that reads names
// of function values.
func (g *gen) methodMark(c Code) Code {
	if !g.info.FuncNames {
		return c
	}
	return py("MethodCode").Call(c)
}
