package codegen

import (
	"fmt"
	"strings"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// Overrides with a signature of their own. A subclass may override a
// method with a different Go signature where mypy allows it (check/
// override.go): a narrower result (`clone(self) -> "Square"` for
// `-> "Shape"`, `-> int` for `-> int | None`), a wider parameter (`object`
// for `int`), an extra parameter with a default. Such an override gets an
// interface method (a slot) of its own, named after its depth in the
// hierarchy; the slots of the methods it overrides stay, and the class
// implements each of them with an adapter that converts the arguments to
// the override's parameter types, fills in the extra parameters' defaults
// and converts the result back. A call dispatches through the slot of the
// method its receiver's static type finds, so it passes and receives the Go
// types that method declares.

// methodSlot is the Go name of the interface method through which a call
// of m (the method a static type finds) dispatches.
func (g *gen) methodSlot(m *check.Method) string {
	key := methodKey(m)
	for m.Owner != nil && m.Owner.Base != nil && !m.Owner.Base.Builtin {
		bm := m.Owner.Base.LookupMethod(key)
		if bm == nil || bm.Sig == nil || bm.IsStatic || bm.IsClass || bm.Owner.Builtin {
			break
		}
		if !g.sameMethodSig(m, bm) {
			return names.Derived(methodGoName(key), fmt.Sprintf("over%d", classDepth(m.Owner)))
		}
		m = bm
	}
	return methodGoName(key)
}

// methodKey is the name m is stored under in its class's Methods (a
// property setter's is check.SetterKey of the property's).
func methodKey(m *check.Method) string {
	if m.IsSetter && !strings.HasSuffix(m.Name, ".setter") {
		return check.SetterKey(m.Name)
	}
	return m.Name
}

// sameMethodSig reports whether two methods have one Go signature.
func (g *gen) sameMethodSig(a, b *check.Method) bool {
	return fmt.Sprintf("%#v", g.methodSig(a)) == fmt.Sprintf("%#v", g.methodSig(b))
}

// classDepth is the number of user classes above cls.
func classDepth(cls *check.Class) int {
	n := 0
	for k := cls.Base; k != nil && !k.Builtin; k = k.Base {
		n++
	}
	return n
}

// methodSlots emits, on cls's struct, every slot of impl's method name
// that cls's chain declares, each running impl (the nearest definition).
func (g *gen) methodSlots(cls *check.Class, impl *check.Method) {
	cn := g.className(cls)
	done := map[string]bool{}
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		decl := k.Methods[methodKey(impl)]
		if decl == nil || decl.IsStatic || decl.IsClass {
			continue
		}
		slot := g.methodSlot(decl)
		if done[slot] {
			continue
		}
		done[slot] = true
		var params []Code
		args := []Code{Id("o")}
		for i, p := range decl.Sig.Params {
			n := fmt.Sprintf("a%d", i)
			params = append(params, Id(n).Add(g.goType(p.Type)))
			args = append(args, g.convert(Id(n), p.Type, impl.Sig.Params[i].Type))
		}
		args = append(args, g.ownDefaults(impl.Owner, impl, len(decl.Sig.Params))...) // clsobj.go
		call := Id(g.methodFunc(impl.Owner, methodKey(impl))).Call(args...)
		var body Code = Return(g.convert(call, impl.Sig.Ret, decl.Sig.Ret))
		if decl.Sig.Ret == check.None {
			body = call
		}
		fn := g.file.Func().Params(Id("o").Op("*").Id(cn)).Id(slot).Params(params...)
		if decl.Sig.Ret != check.None {
			fn = fn.Add(g.goType(decl.Sig.Ret))
		}
		fn.Block(body)
	}
}
