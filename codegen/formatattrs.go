package codegen

import (
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// Attribute fields of str.format templates known only at run time
// (ROW = "{0.name:<8} {0.qty:>4}"; ROW.format(item)): in a program with
// such a call (check.Info.FormatAttrs), every class gets PyGetAttr, which
// reads an attribute by name (a field, a property, a class attribute) for
// the runtime's formatter (py.AttrGetter). Literal templates are
// rewritten at compile time instead (check/strformat_attr.go).

// attrGetter emits PyGetAttr for cls.
func (g *gen) attrGetter(cls *check.Class, recv *Statement) {
	if !g.info.FormatAttrs || cls.Protocol || cls.TypedDict != nil || cls.Enum != nil {
		return
	}
	var cases []Code
	seen := map[string]bool{}
	add := func(name string, v Code, t check.Type) {
		if seen[name] {
			return
		}
		seen[name] = true
		cases = append(cases, Case(Lit(name)).Block(Return(g.convert(v, t, check.Object), True())))
	}
	for k := cls; k != nil; k = k.Base {
		for _, f := range k.Fields {
			if f.Type != nil && cls.FieldOwner(f.Name) == k {
				if g.lazyField(cls, f.Name) { // lazyfield.go: absent until assigned
					seen[f.Name] = true
					if check.ClassFallback(cls.FieldOwner(f.Name), f.Name) {
						cases = append(cases, Case(Lit(f.Name)).Block(Return(g.convert(g.checkedField(Id("o"), cls, cls, f.Name), f.Type, check.Object), True())))
						continue
					}
					cases = append(cases, Case(Lit(f.Name)).Block(Return(g.convert(g.fieldRef(Id("o"), cls, f.Name), f.Type, check.Object), g.flagRef(Id("o"), cls, f.Name))))
					continue
				}
				add(f.Name, g.fieldRef(Id("o"), cls, f.Name), f.Type)
			}
		}
	}
	for k := cls; k != nil; k = k.Base {
		for _, name := range k.Order {
			m := k.Methods[name]
			if m == nil || !m.IsProperty || m.IsAsync || m.Sig == nil || m.Sig.Ret == nil || cls.LookupMethod(name) != m || seen[name] {
				continue
			}
			add(name, Id("o").Dot(g.methodSlot(m)).Call(), m.Sig.Ret)
		}
	}
	for k := cls; k != nil; k = k.Base {
		for _, cv := range k.ClassVars {
			if cv.Type == nil || seen[cv.Name] || g.info.DynClassVars[k][cv.Name] {
				continue
			}
			if _, owner := cls.LookupClassVar(cv.Name); owner != k {
				continue
			}
			add(cv.Name, Id(g.classVarName(k, cv.Name)), cv.Type)
		}
	}
	cases = append(cases, Default().Block(Return(Nil(), False())))
	g.file.Comment("PyGetAttr reads an attribute by name (py.AttrGetter: str.format fields).")
	g.file.Func().Add(recv).Id("PyGetAttr").Params(Id("name").String()).Params(Any(), Bool()).Block(
		Switch(Id("name")).Block(cases...),
	)
}
