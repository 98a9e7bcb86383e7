package check

import (
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// Overrides. A method a subclass redefines must accept every call its
// base accepts and return what the base promises (mypy's override check,
// the Liskov substitution principle): every parameter of the base is
// still there, in order, with a type the base's value is assignable to
// (contravariance); parameters the override adds have defaults; a
// parameter the base lets calls leave out keeps a default; the result is
// assignable to the base's result (covariance). A call through the base
// type may run the override, so the generated Go adapts such an override
// to the base's signature (codegen's methodSlot); what cannot be adapted
// is refused here with the override's position.

// checkOverrides checks every overriding method of every user class.
func (c *checker) checkOverrides() {
	for _, cls := range c.info.ClassList {
		if cls.Base == nil || cls.Base.Builtin {
			continue
		}
		for _, name := range cls.Order {
			m := cls.Methods[name]
			if m == nil || m.Sig == nil || name == "__init__" || name == "__post_init__" || m.IsStatic || m.IsClass {
				continue
			}
			bm := cls.Base.LookupMethod(name)
			if name == "__ne__" && bm == nil {
				// a != b through the base would negate the base's ==
				// where CPython runs the subclass's __ne__.
				if def, ok := m.Def.(*ast.FuncDef); ok {
					c.errorf(def.Pos, "%s.__ne__ where base class %s defines no __ne__ is not supported (!= through a %s would not call it): define __ne__ in %s", cls.Name, cls.Base.Name, cls.Base.Name, rootClass(cls).Name)
				}
				continue
			}
			if bm == nil || bm.Sig == nil || bm.IsStatic || bm.IsClass || bm.Owner == nil || bm.Owner.Builtin {
				continue
			}
			c.checkOverride(cls, m, bm)
		}
	}
}

// checkOverride checks m, cls's definition of a method, against bm, the
// definition it overrides.
func (c *checker) checkOverride(cls *Class, m, bm *Method) {
	def, ok := m.Def.(*ast.FuncDef)
	if !ok {
		return
	}
	pos := def.Pos
	name := strings.TrimSuffix(m.Name, ".setter")
	where := cls.Name + "." + name
	base := bm.Owner.Name
	if m.IsProperty != bm.IsProperty {
		c.errorf(pos, "%s overrides a %s of base class %s with a %s", where, methodKind(bm), base, methodKind(m))
		return
	}
	for _, p := range append(append([]Param{}, m.Sig.Params...), bm.Sig.Params...) {
		if p.Star || p.StarStar {
			return // *args idioms: desugared copies (exitstar.go)
		}
	}
	if len(m.Sig.Params) < len(bm.Sig.Params) {
		c.errorf(pos, "%s takes %d argument(s) but overrides %s.%s, which takes %d (an override must accept every call its base accepts)",
			where, len(m.Sig.Params), base, name, len(bm.Sig.Params))
		return
	}
	for i, bp := range bm.Sig.Params {
		p := m.Sig.Params[i]
		if p.KwOnly != bp.KwOnly {
			c.errorf(pos, "parameter %s of %s is %s but %s in %s.%s", p.Name, where, kwWord(p.KwOnly), kwWord(bp.KwOnly), base, name)
			return
		}
		if bp.HasDefault && !p.HasDefault {
			c.errorf(pos, "parameter %s of %s needs a default: %s.%s's parameter %s has one", p.Name, where, base, name, bp.Name)
			return
		}
		if !c.probe(func() bool { return c.assignableType(bp.Type, p.Type) }) {
			c.errorf(pos, "parameter %s of %s has type %s, incompatible with type %s in base class %s (an override must accept every argument its base accepts)",
				p.Name, where, p.Type, bp.Type, base)
			return
		}
	}
	if bdef, ok := bm.Def.(*ast.FuncDef); ok && len(def.Params) == len(m.Sig.Params)+1 && len(bdef.Params) == len(bm.Sig.Params)+1 {
		for i := range bm.Sig.Params {
			d, bd := def.Params[i+1].Default, bdef.Params[i+1].Default
			if d != nil && bd != nil && !sameDefault(d, bd) {
				c.errorf(d.Position(), "the default of parameter %s of %s differs from %s.%s's: aiogo evaluates a default where a call leaves it out, so a call through %s would use %s's (give both the same default, or pass the argument)",
					m.Sig.Params[i].Name, where, base, name, base, base)
				return
			}
		}
	}
	for _, p := range m.Sig.Params[len(bm.Sig.Params):] {
		if !p.HasDefault && !p.KwOnly {
			c.errorf(pos, "parameter %s of %s needs a default: %s.%s has no such parameter (an override must accept every call its base accepts)",
				p.Name, where, base, name)
			return
		}
		if !p.HasDefault {
			c.errorf(pos, "keyword-only parameter %s of %s needs a default: %s.%s has no such parameter", p.Name, where, base, name)
			return
		}
	}
	ret, bret := m.Sig.Ret, bm.Sig.Ret
	if m.IsAsync && bm.IsAsync {
		ret, bret = coroResult(ret), coroResult(bret)
	}
	if ret == Bool && bret == Int {
		c.errorf(pos, "%s returns bool where %s.%s returns int: aiogo does not store a bool where an int is declared", where, base, name)
		return
	}
	if ret != nil && bret != nil && !c.probe(func() bool { return c.assignableType(ret, bret) }) {
		c.errorf(pos, "return type %s of %s is incompatible with return type %s in base class %s", ret, where, bret, base)
		return
	}
	if fixedSignature[name] && !Identical(m.Sig, bm.Sig) {
		c.errorf(pos, "%s overrides %s.%s with a different signature (%s, base %s): not supported by aiogo for this method",
			where, base, name, m.Sig, bm.Sig)
	}
}

// fixedSignature lists the methods the generated code calls by name
// wherever the language calls them implicitly (printing, truth, len,
// iteration, calls, hashing): an override keeps its base's signature.
var fixedSignature = map[string]bool{
	"__len__": true, "__str__": true, "__repr__": true, "__hash__": true, "__format__": true,
	"__bool__": true, "__iter__": true, "__next__": true, "__aiter__": true, "__anext__": true,
	"__call__": true, "__eq__": true, "__getitem__": true, "__setitem__": true,
}

func coroResult(t Type) Type {
	if co, ok := t.(*Coroutine); ok {
		return co.Result
	}
	return t
}

func methodKind(m *Method) string {
	if m.IsProperty {
		return "property"
	}
	return "method"
}

func kwWord(kw bool) string {
	if kw {
		return "keyword-only"
	}
	return "positional"
}

// sameDefault reports whether two default values are written alike
// (literals, names and attributes of names); other expressions count as
// different (each def evaluates its own).
func sameDefault(a, b ast.Expr) bool {
	switch x := a.(type) {
	case *ast.NoneLit:
		_, ok := b.(*ast.NoneLit)
		return ok
	case *ast.BoolLit:
		y, ok := b.(*ast.BoolLit)
		return ok && x.Value == y.Value
	case *ast.IntLit:
		y, ok := b.(*ast.IntLit)
		return ok && x.Value == y.Value && !x.Overflow && !y.Overflow
	case *ast.FloatLit:
		y, ok := b.(*ast.FloatLit)
		return ok && x.Value == y.Value
	case *ast.StrLit:
		y, ok := b.(*ast.StrLit)
		return ok && x.Value == y.Value
	case *ast.BytesLit:
		y, ok := b.(*ast.BytesLit)
		return ok && x.Value == y.Value
	case *ast.Name:
		y, ok := b.(*ast.Name)
		return ok && x.ID == y.ID
	case *ast.UnaryOp:
		y, ok := b.(*ast.UnaryOp)
		return ok && x.Op == y.Op && sameDefault(x.Operand, y.Operand)
	case *ast.Attribute:
		y, ok := b.(*ast.Attribute)
		return ok && x.Attr == y.Attr && sameDefault(x.Value, y.Value)
	}
	return false
}

// rootClass is the first user class of cls's base chain.
func rootClass(cls *Class) *Class {
	for cls.Base != nil && !cls.Base.Builtin {
		cls = cls.Base
	}
	return cls
}
