package check

import (
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// f.__name__ of a function value: the name of its def ("<lambda>" for a
// lambda), of a method (bound or not) or of a built-in function. Where the
// expression names the function itself (double.__name__, obj.method,
// len), the name is known here (StaticFuncName); where it reads a
// Callable-typed variable, parameter or result (a decorator logging
// fn.__name__), the name is found at run time: Info.FuncNames makes every
// function value carry its name (codegen/funcname.go).

// funcName types x.__name__ on a function value of type bt.
func (c *checker) funcName(x *ast.Attribute, bt Type) (Type, bool) {
	bm, _ := bt.(*BoundMethod)
	if mv := c.info.MethodValues[asAttr(x.Value)]; mv != nil {
		bm = mv
	}
	if m := userMethodValue(bm, bt); m != nil && c.decoratedMethodAttr(x, m) { // funcname_store.go
		return Str, true
	}
	if bm != nil && bm.Method != nil && (bm.Method.Decorated != nil || forwardsToDecorated(bm.Method)) {
		c.errorf(x.AttrPos, "__name__ of a decorated method is outside the aiogo language")
		return nil, true
	}
	switch bt.(type) {
	case *BoundMethod, *UnboundMethod, *BuiltinFunc:
		return Str, true
	case *Func:
		if StaticFuncName(c.info, x.Value) == "" {
			c.info.FuncNames = true
		}
		return Str, true
	}
	return nil, false
}

// StaticFuncName is the __name__ of the function value e when e names it
// (a def that is not decorated, a method, a built-in function), or "".
func StaticFuncName(info *Info, e ast.Expr) string {
	if t := info.MethodValues[asAttr(e)]; t != nil {
		return t.Name
	}
	switch t := info.Types[e].(type) {
	case *BoundMethod:
		return t.Name
	case *UnboundMethod:
		return t.Name
	case *BuiltinFunc:
		return t.Name[strings.LastIndex(t.Name, ".")+1:]
	}
	switch x := e.(type) {
	case *ast.Name:
		if sym := info.Uses[x]; sym != nil && sym.Kind == SymFunc && sym.Func.Decorated == nil && !info.RenamedFuncs[sym] {
			return sym.Func.PyName()
		}
		if sym := info.Uses[x]; sym != nil && (sym.Kind == SymBuiltin || sym.Kind == SymType) {
			return x.ID
		}
	case *ast.Lambda:
		return "<lambda>"
	}
	return ""
}

// asAttr is e as an attribute expression, or nil.
func asAttr(e ast.Expr) *ast.Attribute {
	a, _ := e.(*ast.Attribute)
	return a
}

// PyName is the function's __name__: its def's name, or "<lambda>".
func (fi *FuncInfo) PyName() string {
	if fi.Def != nil && fi.Def.PyName != "" {
		return fi.Def.PyName
	}
	return fi.Name
}

// forwardsToDecorated reports a method rewritten by
// desugarMethodDecorators: its bound value is the decorator's result,
// whose name is not the method's.
func forwardsToDecorated(m *Method) bool {
	fd, ok := m.Def.(*ast.FuncDef)
	if !ok || len(fd.Body) != 1 {
		return false
	}
	r, ok := fd.Body[0].(*ast.Return)
	if !ok || r.Value == nil {
		return false
	}
	v := r.Value
	if a, ok := v.(*ast.Await); ok {
		v = a.Value
	}
	call, ok := v.(*ast.Call)
	if !ok {
		return false
	}
	n, ok := call.Func.(*ast.Name)
	return ok && strings.HasPrefix(n.ID, decoratedPrefix)
}

// funcDoc types x.__doc__ on a function value of type bt (a user def,
// lambda or method: str | None, its docstring); the value carries its
// docstring at run time (Info.FuncDocs, codegen/funcname.go). Built-in
// functions' docstrings are CPython's own text: refused.
func (c *checker) funcDoc(x *ast.Attribute, bt Type) (Type, bool) {
	if m := userMethodValue(c.info.MethodValues[asAttr(x.Value)], bt); m != nil && c.decoratedMethodAttr(x, m) {
		c.info.FuncDocs = true // funcname_store.go
		return &Optional{Elem: Str}, true
	}
	switch bt.(type) {
	case *BuiltinFunc, *UnboundMethod:
		c.errorf(x.AttrPos, "__doc__ of a built-in function is outside the aiogo language")
		return nil, true
	case *BoundMethod:
		if bm := bt.(*BoundMethod); bm.Method == nil {
			c.errorf(x.AttrPos, "__doc__ of a built-in method is outside the aiogo language")
			return nil, true
		}
	case *Func:
	default:
		return nil, false
	}
	if mv := c.info.MethodValues[asAttr(x.Value)]; mv != nil && mv.Method != nil && (mv.Method.Decorated != nil || forwardsToDecorated(mv.Method)) {
		c.errorf(x.AttrPos, "__doc__ of a decorated method is outside the aiogo language")
		return nil, true
	}
	c.info.FuncNames = true // values carry names and docstrings from where they are made
	c.info.FuncDocs = true
	return &Optional{Elem: Str}, true
}

// Docstring is the docstring of def d, if its body starts with one.
func Docstring(d *ast.FuncDef) (string, bool) {
	if d == nil || len(d.Body) == 0 {
		return "", false
	}
	es, ok := d.Body[0].(*ast.ExprStmt)
	if !ok {
		return "", false
	}
	s, ok := es.Value.(*ast.StrLit)
	if !ok {
		return "", false
	}
	return s.Value, true
}

// ClassDoc is the __doc__ of user class cls read through its name
// (C.__doc__): its docstring, or ok false for None (a class's __doc__ is
// not inherited). known is false for classes whose __doc__ CPython
// synthesizes (dataclasses, NamedTuples, enums, TypedDicts, protocols) or
// the built-in classes' documentation: those stay refused.
func ClassDoc(cls *Class) (doc string, ok, known bool) {
	if cls == nil || cls.Builtin || cls.Dataclass || cls.NamedTuple || cls.Enum != nil || cls.TypedDict != nil || cls.Protocol {
		return "", false, false
	}
	d, isDef := cls.Def.(*ast.ClassDef)
	if !isDef {
		return "", false, false
	}
	if len(d.Body) > 0 {
		if es, isExpr := d.Body[0].(*ast.ExprStmt); isExpr {
			if s, isStr := es.Value.(*ast.StrLit); isStr {
				return s.Value, true, true
			}
		}
	}
	return "", false, true
}
