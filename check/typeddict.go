package check

import (
	"github.com/aiogo/aiogo/ast"
)

// typing.TypedDict classes (total=False and NotRequired[T] keys may be
// missing: a display may leave them out, d["k"] raises KeyError and d.get
// looks them up). A TypedDict is a dict at run time:
// its values are dict[str, object] objects (Dict.TypedDict names the class),
// so printing, ==, in, len, iteration, keys/values/items and get behave as
// the dict's. The class declares the type of each key: a display or a
// constructor call (Movie(name=..., year=...)) where the class is expected
// checks each value against its key's field and stores it converted to
// that type (then boxed); d["k"] with a literal key reads the field's
// type (the boxed value narrowed to it, as a cast narrows), and d["k"] = v
// checks v against it. The class has no Go type of its own (it leaves
// ClassList, as protocols do).

// typedDictBase reports whether a class base names typing.TypedDict, or a
// TypedDict class (whose keys the new class extends).
func (c *checker) typedDictBase(b ast.Expr) (base *Class, ok bool) {
	var sym *Symbol
	switch x := b.(type) {
	case *ast.Name:
		sym = c.lookup(x.ID)
	case *ast.Attribute:
		n, isName := x.Value.(*ast.Name)
		return nil, isName && n.ID == "typing" && x.Attr == "TypedDict"
	}
	if sym == nil {
		return nil, false
	}
	if sym.Kind == SymClass && sym.Class.TypedDict != nil {
		return sym.Class, true
	}
	if sym.Kind != SymType {
		return nil, false
	}
	tn, isTN := sym.Type.(*TypeName)
	if !isTN {
		return nil, false
	}
	a, isAny := tn.T.(*AnyType)
	return nil, isAny && a.Name == "typing.TypedDict"
}

// typedDictHeader marks cls as a TypedDict class (its fields are declared
// by typedDictMembers).
func (c *checker) typedDictHeader(s *ast.ClassDef, cls *Class, base *Class) {
	cls.TypedDict = &Dict{Key: Str, Val: Object}
	cls.TypedDict.TypedDict = cls
	cls.Base = base // its keys come first (LookupField, AllFields)
	for _, d := range s.Decorators {
		c.unsupported(d, "TypedDict class decorator")
	}
	for _, k := range s.Keywords {
		b, ok := k.Value.(*ast.BoolLit)
		switch {
		case k.Name == "total" && ok:
			if !b.Value {
				if c.tdPartial == nil {
					c.tdPartial = map[*Class]bool{}
				}
				c.tdPartial[cls] = true
			}
		case k.Name == "total":
			c.errorf(k.Value.Position(), "TypedDict %s: total= takes True or False", cls.Name)
		default:
			c.errorf(k.Pos, "class keyword %s= (metaclasses) is outside the aiogo language", k.Name)
		}
	}
	for i, k := range c.info.ClassList {
		if k == cls {
			c.info.ClassList = append(c.info.ClassList[:i:i], c.info.ClassList[i+1:]...)
			break
		}
	}
}

// typedDictMembers declares the keys of a TypedDict class: annotations
// only (a docstring or pass may stand among them).
func (c *checker) typedDictMembers(s *ast.ClassDef, cls *Class) {
	for _, st := range s.Body {
		switch m := st.(type) {
		case *ast.AnnAssign:
			n, ok := m.Target.(*ast.Name)
			if !ok || m.Value != nil {
				c.errorf(m.Pos, "a TypedDict body declares keys only (name: type)")
				continue
			}
			ann, req := c.requiredQualifier(m.Annotation)
			t := c.annotation(ann)
			if t == nil {
				continue
			}
			if f := cls.LookupField(n.ID); f != nil {
				c.errorf(m.Pos, "TypedDict %s: key %q is declared twice", cls.Name, n.ID)
				continue
			}
			notReq := req == "NotRequired" || req == "" && c.tdPartial[cls]
			cls.Fields = append(cls.Fields, &Field{Name: n.ID, Type: t, NotRequired: notReq})
		case *ast.Pass:
		case *ast.ExprStmt:
			if _, ok := m.Value.(*ast.StrLit); !ok {
				c.errorf(m.Pos, "a TypedDict body declares keys only (name: type)")
			}
		default:
			c.errorf(st.Position(), "a TypedDict body declares keys only (name: type)")
		}
	}
}

// typedDictKey returns the field a literal key of a TypedDict names, or
// reports an error and returns nil.
func (c *checker) typedDictKey(td *Dict, k ast.Expr) *Field {
	sl, ok := k.(*ast.StrLit)
	if !ok {
		c.expr(k)
		c.errorf(k.Position(), "TypedDict %s: a key must be a string literal", td.TypedDict.Name)
		return nil
	}
	c.info.Types[k] = Str
	f := td.TypedDict.LookupField(sl.Value)
	if f == nil {
		c.errorf(k.Position(), "TypedDict %s has no key %q", td.TypedDict.Name, sl.Value)
	}
	return f
}

// typedDictDisplay checks {"k": v, ...} where TypedDict td is expected:
// every key, each value of its key's type.
func (c *checker) typedDictDisplay(x *ast.DictExpr, td *Dict) Type {
	seen := map[string]bool{}
	ok := true
	for i, k := range x.Keys {
		if k == nil {
			c.errorf(x.Values[i].Position(), "**mapping in a TypedDict display is not supported")
			return nil
		}
		f := c.typedDictKey(td, k)
		if f == nil {
			c.expr(x.Values[i])
			ok = false
			continue
		}
		seen[f.Name] = true
		if vt := c.exprWant(x.Values[i], f.Type); vt == nil || !c.assignable(vt, f.Type, x.Values[i], "TypedDict key "+f.Name) {
			ok = false
		}
	}
	for _, f := range td.TypedDict.AllFields() {
		if !seen[f.Name] && !f.NotRequired {
			c.errorf(x.Pos, "TypedDict %s: missing key %q", td.TypedDict.Name, f.Name)
			ok = false
		}
	}
	if !ok {
		return nil
	}
	return td
}

// typedDictCall checks Movie(name=..., year=...): the dict display of its
// keywords, in their order (recorded for the generator).
func (c *checker) typedDictCall(x *ast.Call, cls *Class) Type {
	if len(x.Args) > 0 {
		c.argTypes(x)
		c.errorf(x.Pos, "TypedDict %s takes keyword arguments only", cls.Name)
		return nil
	}
	d := &ast.DictExpr{Pos: x.Pos}
	for _, k := range x.Keywords {
		if k.Name == "" {
			c.errorf(k.Pos, "**mapping in a TypedDict call is not supported")
			return nil
		}
		d.Keys = append(d.Keys, &ast.StrLit{Pos: k.Pos, Value: k.Name})
		d.Values = append(d.Values, k.Value)
	}
	t := c.typedDictDisplay(d, cls.TypedDict)
	if t == nil {
		return nil
	}
	c.info.Types[d] = t
	if c.info.TypedDictCalls == nil {
		c.info.TypedDictCalls = map[*ast.Call]ast.Expr{}
	}
	c.info.TypedDictCalls[x] = d
	return t
}

// typedDictIndex types d["k"] read from a TypedDict: the key's type, the
// boxed value narrowed to it (codegen/narrow.go).
func (c *checker) typedDictIndex(x *ast.Subscript, td *Dict) Type {
	f := c.typedDictKey(td, x.Index)
	if f == nil {
		return nil
	}
	return f.Type // the read narrows the boxed value (expr.go)
}

// typedDictAssignable reports whether a value of TypedDict from may be
// used where TypedDict to is declared: from extends to (its class derives
// from to's), as mypy's structural check accepts it.
func typedDictAssignable(from, to Type) bool {
	f, ok := from.(*Dict)
	t, ok2 := to.(*Dict)
	return ok && ok2 && f.TypedDict != nil && t.TypedDict != nil && f.TypedDict.IsSubclassOf(t.TypedDict)
}

// typedDictComparable reports whether TypedDict a may be compared with b:
// another TypedDict, or a dict[str, V] whose values are boxed as a
// TypedDict's are (V a union or object).
func typedDictComparable(a, b Type) bool {
	da, ok := a.(*Dict)
	db, ok2 := b.(*Dict)
	if !ok || !ok2 || da.TypedDict == nil {
		return false
	}
	if db.TypedDict != nil {
		return true
	}
	return db.Key == Str // the runtime compares dicts of other value types item by item
}

// typedDictGet types d.get("k") and d.get("k", default) of a TypedDict:
// the key's type (Optional without a default), as mypy types it. A total
// TypedDict always holds its keys, so the call reads d["k"] (recorded for
// the generator); a default must be a literal or a name (evaluated by
// CPython, unused: nothing to run).
func (c *checker) typedDictGet(recv Type, name string, x *ast.Call) (Type, bool) {
	d, ok := recv.(*Dict)
	if ok && x != nil && d.TypedDict != nil && name == "setdefault" {
		return c.typedDictSetDefault(d, x)
	}
	if !ok || x == nil || d.TypedDict == nil || name != "get" || len(x.Keywords) > 0 || len(x.Args) < 1 || len(x.Args) > 2 {
		return nil, false
	}
	if _, ok := x.Args[0].(*ast.StrLit); !ok {
		return nil, false
	}
	at, ok := x.Func.(*ast.Attribute)
	if !ok {
		return nil, false
	}
	f := c.typedDictKey(d, x.Args[0])
	if f == nil {
		return nil, true
	}
	res := Type(&Optional{f.Type})
	if o, ok := f.Type.(*Optional); ok {
		res = o
	}
	if len(x.Args) == 2 && !f.NotRequired { // a lookup evaluates any default
		switch x.Args[1].(type) {
		case *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BoolLit, *ast.NoneLit, *ast.Name, *ast.BytesLit:
		default:
			c.errorf(x.Args[1].Position(), "TypedDict %s: a get default other than a literal or a name is not supported", d.TypedDict.Name)
			return nil, true
		}
	}
	if len(x.Args) == 2 {
		dt := c.exprWant(x.Args[1], f.Type)
		if dt == nil {
			return nil, true
		}
		if dt == None {
			return res, true
		}
		if !c.assignable(dt, f.Type, x.Args[1], "get default") {
			return nil, true
		}
		res = f.Type
	}
	sub := &ast.Subscript{Pos: x.Pos, Value: at.Value, Index: x.Args[0]}
	c.info.Types[sub] = f.Type
	c.info.Narrowed[sub] = Object
	if f.NotRequired {
		// The key may be missing: a lookup with the default.
		g := &TypedDictGet{Sub: sub}
		if len(x.Args) == 2 && c.info.Types[x.Args[1]] != None {
			g.Default = x.Args[1]
		}
		if c.info.TypedDictGets == nil {
			c.info.TypedDictGets = map[*ast.Call]*TypedDictGet{}
		}
		c.info.TypedDictGets[x] = g
		return res, true
	}
	if c.info.TypedDictCalls == nil {
		c.info.TypedDictCalls = map[*ast.Call]ast.Expr{}
	}
	c.info.TypedDictCalls[x] = sub
	return res, true
}

// TypedDictGet is d.get("k") or d.get("k", default) of a key a TypedDict
// may lack: Sub is d["k"] (typed as the key), Default the default (nil for
// None or none).
type TypedDictGet struct {
	Sub     *ast.Subscript
	Default ast.Expr
	// SetDefault marks d.setdefault("k", default): a missing key is
	// stored with the default, which the call returns.
	SetDefault bool
}

// requiredQualifier strips Required[T] or NotRequired[T] from a TypedDict
// key's annotation: T and the qualifier's name ("" when there is none).
func (c *checker) requiredQualifier(e ast.Expr) (ast.Expr, string) {
	sub, ok := e.(*ast.Subscript)
	if !ok {
		return e, ""
	}
	name := ""
	switch b := sub.Value.(type) {
	case *ast.Name:
		if sym := c.lookup(b.ID); sym != nil && sym.Kind == SymType {
			if tn, ok := sym.Type.(*TypeName); ok {
				if a, ok := tn.T.(*AnyType); ok {
					name = a.Name
				}
			}
		}
	case *ast.Attribute:
		if n, ok := b.Value.(*ast.Name); ok && n.ID == "typing" {
			name = "typing." + b.Attr
		}
	}
	switch name {
	case "typing.Required", "typing.NotRequired":
		inner, _ := c.requiredQualifier(sub.Index) // NotRequired[Required[T]] is an error in mypy
		return inner, name[len("typing."):]
	}
	return e, ""
}

// typedDictSetDefault types d.setdefault("k", default) of a TypedDict: the
// key's type, as mypy types it (c.setdefault("tags", []).append(t)); the
// default, checked against the key, is stored when the key is missing.
func (c *checker) typedDictSetDefault(d *Dict, x *ast.Call) (Type, bool) {
	at, ok := x.Func.(*ast.Attribute)
	if !ok || len(x.Keywords) > 0 || len(x.Args) != 2 {
		return nil, false
	}
	if _, ok := x.Args[0].(*ast.StrLit); !ok {
		return nil, false
	}
	f := c.typedDictKey(d, x.Args[0])
	if f == nil {
		return nil, true
	}
	dt := c.exprWant(x.Args[1], f.Type)
	if dt == nil || !c.assignable(dt, f.Type, x.Args[1], "setdefault default") {
		return nil, true
	}
	sub := &ast.Subscript{Pos: x.Pos, Value: at.Value, Index: x.Args[0]}
	c.info.Types[sub] = f.Type
	c.info.Narrowed[sub] = Object
	if c.info.TypedDictGets == nil {
		c.info.TypedDictGets = map[*ast.Call]*TypedDictGet{}
	}
	c.info.TypedDictGets[x] = &TypedDictGet{Sub: sub, Default: x.Args[1], SetDefault: true}
	return f.Type, true
}
