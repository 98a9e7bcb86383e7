package check

import (
	"sort"
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// getattr(obj, name[, default]) with a name known only at run time (a
// variable, f.name of dataclasses.fields(obj)) on an instance of a user
// class without subclasses whose fields are all set by its constructor:
// the value of the data field of that name, typed as mypy types it (Any:
// an object), or the default; a name of no attribute raises CPython's
// AttributeError. A name that is a method, property or class attribute
// (or a dunder name) raises NotImplementedError at run time: aiogo has no
// such values as objects. hasattr(obj, name) on such an instance is true
// for the names of its fields, methods, properties and class attributes,
// false for others, and raises NotImplementedError for a dunder name
// (CPython's answer depends on object's many attributes).

// DynGetattr describes such a call (Info.DynGetattrs).
type DynGetattr struct {
	Class  *Class
	Fields []*Field // the data fields, in order
	// Other are the names of the class's methods, properties and class
	// attributes.
	Other []string
	// Has marks hasattr(obj, name).
	Has bool
}

// dynGetattr checks getattr x whose name argument is not a literal; ok
// is false when it does not apply (the caller refuses).
func (c *checker) dynGetattr(x *ast.Call, has bool) (Type, bool) {
	if len(x.Args) < 2 {
		return nil, false
	}
	d, ok := c.dynAttrClass(x.Args[0])
	if !ok {
		return nil, false
	}
	d.Has = has
	obj := x.Args[0]
	c.expr(obj)
	if nt := c.exprWant(x.Args[1], Str); nt != nil {
		c.assignable(nt, Str, x.Args[1], "getattr attribute name")
	}
	if len(x.Args) == 3 {
		if dt := c.expr(x.Args[2]); dt != nil && dt != Object {
			c.info.Conv[x.Args[2]] = Object
		}
	}
	if c.info.DynGetattrs == nil {
		c.info.DynGetattrs = map[*ast.Call]*DynGetattr{}
	}
	c.info.DynGetattrs[x] = d
	if has {
		return Bool, true
	}
	return Object, true
}

// dynAttrClass describes the class of obj, a variable or attribute chain,
// when it is a user class without subclasses whose constructor sets all
// its fields (false otherwise).
func (c *checker) dynAttrClass(obj ast.Expr) (*DynGetattr, bool) {
	if !pureExpr(obj) {
		return nil, false
	}
	var cls *Class
	ok := c.probe(func() bool {
		k, isCls := c.expr(obj).(*Class)
		cls = k
		return isCls
	})
	if !ok || cls == nil || cls.Builtin || cls.IsExc || cls.Protocol || cls.Enum != nil || cls.TypedDict != nil || cls.NamedTuple || cls.hasSub || !classObjValue(cls) {
		return nil, false
	}
	for _, k := range c.info.ClassList {
		if k != cls && k.IsSubclassOf(cls) {
			return nil, false
		}
	}
	c.ensureInit(cls) // kinds.go: module statements come before __init__ types its fields
	d := &DynGetattr{Class: cls}
	seen := map[string]bool{}
	for _, f := range cls.AllFields() {
		if f.Type == nil || f.InitVar || !setAtConstruction(cls, f.Name) {
			return nil, false
		}
		d.Fields = append(d.Fields, f)
		seen[f.Name] = true
	}
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		for name := range k.Methods {
			if !seen[name] {
				seen[name] = true
				d.Other = append(d.Other, name)
			}
		}
		for _, cv := range k.ClassVars {
			if !seen[cv.Name] {
				seen[cv.Name] = true
				d.Other = append(d.Other, cv.Name)
			}
		}
	}
	sort.Strings(d.Other)
	return d, true
}

// DynMethodCall is getattr(obj, name)(args...) with a name known only at
// run time (a dispatch: getattr(self, f"visit_{kind}")(node)) on an
// instance of a user class without subclasses: the call of the method of
// that name, among Calls (per method name, obj.method(args...) typed as
// such) whose signatures take the arguments; another attribute name
// raises NotImplementedError (Other), a name of no attribute
// AttributeError.
type DynMethodCall struct {
	Class *Class
	Names []string
	Calls []*ast.Call
	Other []string
}

// dynMethodCall checks x, a call of getattr(obj, name) whose name is not
// a literal; ok is false when it does not apply (the caller refuses).
func (c *checker) dynMethodCall(x *ast.Call) (Type, bool) {
	g, ok := x.Func.(*ast.Call)
	if !ok || len(g.Args) != 2 || len(g.Keywords) > 0 {
		return nil, false
	}
	if n, ok := g.Func.(*ast.Name); !ok || n.ID != "getattr" || c.lookup("getattr") != nil {
		return nil, false
	}
	if _, lit := g.Args[1].(*ast.StrLit); lit || !pureExpr(g.Args[0]) {
		return nil, false
	}
	for _, a := range x.Args {
		if !pureExpr(a) {
			return nil, false
		}
	}
	for _, k := range x.Keywords {
		if k.Name == "" || !pureExpr(k.Value) {
			return nil, false
		}
	}
	obj := g.Args[0]
	cls, isCls := c.expr(obj).(*Class)
	if !isCls || cls.Builtin || cls.IsExc || cls.Protocol || cls.Enum != nil || cls.TypedDict != nil || cls.NamedTuple || cls.hasSub || !classObjValue(cls) {
		return nil, false
	}
	for _, k := range c.info.ClassList {
		if k != cls && k.IsSubclassOf(cls) {
			return nil, false
		}
	}
	argTypes := make([]Type, len(x.Args))
	for i, a := range x.Args {
		if argTypes[i] = c.expr(a); argTypes[i] == nil {
			return nil, false
		}
	}
	kwTypes := map[string]Type{}
	for _, k := range x.Keywords {
		if kwTypes[k.Name] = c.expr(k.Value); kwTypes[k.Name] == nil {
			return nil, false
		}
	}
	prefix := namePrefix(g.Args[1])
	d := &DynMethodCall{Class: cls}
	seen := map[string]bool{}
	var ret Type
	first := true
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		for _, name := range k.Order {
			m := k.Methods[name]
			if seen[name] || m == nil {
				continue
			}
			seen[name] = true
			dunder := len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
			if dunder || m.IsStatic || m.IsClass || m.IsProperty || m.IsSetter || m.Decorated != nil || m.Sig == nil || m.Sig.Ret == nil || isCoroOf(m.Sig.Ret, nil) {
				d.Other = append(d.Other, name)
				continue
			}
			call := &ast.Call{Pos: x.Pos, Func: &ast.Attribute{Pos: x.Pos, Value: clonePure(obj), Attr: name, AttrPos: x.Pos}, Args: x.Args, Keywords: x.Keywords}
			bound, msg := BindArgs(m.Sig, call)
			fits := msg == ""
			for i, a := range bound {
				if !fits || a == nil {
					continue
				}
				var at Type
				for j, xa := range x.Args {
					if xa == a {
						at = argTypes[j]
					}
				}
				for _, kw := range x.Keywords {
					if kw.Value == a {
						at = kwTypes[kw.Name]
					}
				}
				if at == nil || !c.assignableType(at, m.Sig.Params[i].Type) {
					fits = false
				}
			}
			if !fits {
				d.Other = append(d.Other, name)
				continue
			}
			if prefix != "" && !strings.HasPrefix(name, prefix) {
				continue // "do_" + kind never names it
			}
			switch {
			case first:
				ret, first = m.Sig.Ret, false
			case ret != nil && !Identical(ret, m.Sig.Ret):
				// mypy: Any. Coroutines of different results are awaited
				// as a coroutine of an object.
				rc, ok1 := ret.(*Coroutine)
				mc, ok2 := m.Sig.Ret.(*Coroutine)
				if ok1 && ok2 && rc.Result != nil && mc.Result != nil {
					ret = &Coroutine{Result: Object}
				} else {
					ret = Object
				}
			}
			d.Names = append(d.Names, name)
			d.Calls = append(d.Calls, call)
		}
	}
	for _, f := range cls.AllFields() {
		if !seen[f.Name] {
			seen[f.Name] = true
			d.Other = append(d.Other, f.Name)
		}
	}
	for _, cv := range cls.ClassVars {
		if !seen[cv.Name] {
			d.Other = append(d.Other, cv.Name)
		}
	}
	if len(d.Calls) == 0 {
		return nil, false
	}
	if nt := c.exprWant(g.Args[1], Str); nt != nil {
		c.assignable(nt, Str, g.Args[1], "getattr attribute name")
	}
	for _, call := range d.Calls {
		if c.expr(call) == nil {
			return nil, true
		}
	}
	sort.Strings(d.Other)
	if c.info.DynMethodCalls == nil {
		c.info.DynMethodCalls = map[*ast.Call]*DynMethodCall{}
	}
	c.info.DynMethodCalls[x] = d
	return ret, true
}

// namePrefix is the literal text a run-time attribute name starts with
// ("do_" + kind, f"on_{kind}"), or "".
func namePrefix(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.BinOp:
		if l, ok := x.Left.(*ast.StrLit); ok && x.Op == "+" {
			return l.Value
		}
		if x.Op == "+" {
			return namePrefix(x.Left)
		}
	case *ast.FString:
		if len(x.Parts) > 0 && x.Parts[0].Expr == nil {
			return x.Parts[0].Lit
		}
	}
	return ""
}
