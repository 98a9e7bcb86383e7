package check

import "github.com/aiogo/aiogo/ast"

// dataclasses.replace(obj, **changes) is checked and generated as the
// construction it performs: Cls(changed=..., f=obj.f, ...) over the
// parameters of the dataclass's __init__ (fields declared with init=False
// are left to __init__, as CPython does). The changes come first, then the
// fields read from obj: CPython evaluates the keyword arguments before
// replace reads the fields. obj is read once per field, so it must be a
// variable, an attribute chain or an item of one (see plainRef).

// dataclassReplace checks a call of dataclasses.replace.
func (c *checker) dataclassReplace(x *ast.Call) Type {
	if len(x.Args) != 1 {
		c.errorf(x.Pos, "replace() takes the dataclass instance as its only positional argument")
		return nil
	}
	obj := x.Args[0]
	t := c.expr(obj)
	if t == nil {
		return nil
	}
	cls, ok := t.(*Class)
	if !ok || !cls.Dataclass {
		c.errorf(obj.Position(), "replace() needs a dataclass instance, not %s", t)
		return nil
	}
	if !plainRef(obj) {
		c.errorf(obj.Position(), "dataclasses.replace of this expression is not supported: assign it to a variable first")
		return nil
	}
	for _, f := range cls.AllFields() {
		if f.InitVar {
			c.errorf(x.Pos, "dataclasses.replace of a dataclass with an InitVar (%s) is not supported", f.Name)
			return nil
		}
	}
	var subs []*Class
	for _, k := range c.info.ClassList {
		if k != cls && k.IsSubclassOf(cls) {
			subs = append(subs, k)
		}
	}
	if len(subs) > 0 {
		return c.dataclassReplaceSubs(x, cls, subs) // dataclass_replace_subs.go
	}
	syn := c.replaceCall(x, cls, obj)
	if syn == nil {
		return nil
	}
	c.info.CallVia[x] = syn
	rt := c.call(syn, nil)
	c.info.Types[syn] = rt
	return rt
}

// replaceCall builds the construction replace(obj, ...) performs for an
// object of class cls: cls(changes..., f=obj.f for the other fields). nil
// after an error.
func (c *checker) replaceCall(x *ast.Call, cls *Class, obj ast.Expr) *ast.Call {
	sym := c.lookup(cls.Name)
	if sym == nil || sym.Kind != SymClass || sym.Class != cls {
		c.errorf(x.Pos, "dataclasses.replace of a %s is not supported here (a nested or shadowed class)", cls.Name)
		return nil
	}
	init := cls.LookupMethod("__init__")
	if init == nil {
		c.errorf(x.Pos, "replace(): %s has no __init__", cls.Name)
		return nil
	}
	params := map[string]bool{}
	for _, p := range init.Sig.Params {
		params[p.Name] = true
	}
	changed := map[string]bool{}
	var kws []*ast.Keyword
	for _, k := range x.Keywords {
		if k.Name == "" {
			c.errorf(k.Pos, "replace() takes the changed fields as keyword arguments")
			return nil
		}
		if !params[k.Name] {
			if f := fieldOf(cls, k.Name); f != nil && f.NoInit {
				c.errorf(k.Pos, "field %s is declared with init=False, it cannot be specified with replace()", k.Name)
			} else {
				c.errorf(k.Pos, "%s has no field %s", cls.Name, k.Name)
			}
			return nil
		}
		changed[k.Name] = true
		kws = append(kws, k)
	}
	for _, p := range init.Sig.Params {
		if changed[p.Name] {
			continue
		}
		kws = append(kws, &ast.Keyword{Pos: x.Pos, Name: p.Name, Value: &ast.Attribute{Pos: obj.Position(), Value: copyRef(obj), Attr: p.Name, AttrPos: obj.Position()}})
	}
	fn := &ast.Name{Pos: x.Pos, ID: cls.Name}
	c.synth[fn] = synthExpr{t: &ClassRef{cls}, sym: sym}
	return &ast.Call{Pos: x.Pos, Func: fn, Keywords: kws}
}

// plainRef reports a variable, an attribute chain on one (self.state) or an
// item of one at a constant or variable index: reading it again gives the
// same object.
func plainRef(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return true
	case *ast.Attribute:
		return plainRef(x.Value)
	case *ast.Subscript:
		switch x.Index.(type) {
		case *ast.IntLit, *ast.StrLit, *ast.Name:
			return plainRef(x.Value) // snaps[0], by_id[key]
		}
	}
	return false
}

// fieldOf is the field name of cls or of one of its bases, or nil.
func fieldOf(cls *Class, name string) *Field {
	for k := cls; k != nil; k = k.Base {
		for _, f := range k.Fields {
			if f.Name == name {
				return f
			}
		}
	}
	return nil
}
