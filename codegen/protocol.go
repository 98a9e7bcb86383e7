package codegen

import (
	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
)

// protocol emits a typing.Protocol class as the Go interface of its
// methods and of getters of its attributes: the interface of every class
// with those methods and attributes satisfies it.
func (g *gen) protocol(p *check.Class) {
	var ms []Code
	for _, f := range p.Fields {
		ms = append(ms, Id(protoGetter(f.Name)).Params().Add(g.goType(f.Type)))
	}
	for _, name := range p.Order {
		ms = append(ms, Id(methodGoName(name)).Add(g.methodSig(p.Methods[name])))
	}
	g.file.Commentf("%s is any object with the methods of protocol %s.", g.ifaceName(p), p.Name)
	g.file.Type().Id(g.ifaceName(p)).Interface(ms...)
}

// protoGetter names the method reading attribute name of an object seen
// through a protocol.
func protoGetter(name string) string { return names.Derived(safe(name), "pa") }

// protoAttrGetters emits, for each protocol attribute that cls provides
// (a field or class attribute of the same type, check.ProtocolAttr), the
// getter reading it on instances of cls, and returns the interface
// methods to add to cls's interface. Every class providing the attribute
// gets its own getter, so a subclass's class attribute overrides its
// base's.
func (g *gen) protoAttrGetters(cls *check.Class) (ifaceMethods []Code) {
	done := map[string]bool{}
	for _, p := range g.info.Protocols {
		for _, f := range p.Fields {
			if done[f.Name] {
				continue
			}
			a := check.ProtocolAttr(cls, f)
			prop := check.ProtocolProperty(cls, f)
			if a == nil && prop == nil {
				continue
			}
			done[f.Name] = true
			var val Code
			var vt check.Type
			if prop != nil {
				val, vt = Id("o").Dot(g.methodSlot(prop)).Call(), prop.Sig.Ret // a property of cls
			} else if cls.LookupField(f.Name) != nil {
				val, vt = g.checkedField(Id("o"), cls, cls, f.Name), a.Type // lazyfield.go
			} else {
				_, owner := cls.LookupClassVar(f.Name)
				val, vt = Id(g.classVarName(owner, f.Name)), a.Type
				if g.info.IsDynClassVar(cls, f.Name) { // classattrs.go
					rt, _ := check.ClassVarRoot(cls, f.Name).LookupClassVar(f.Name)
					val, vt = py("ClassAttr").Types(g.goType(rt.Type)).Call(Id("o").Dot(pyClassMethod).Call(), Lit(f.Name)), rt.Type
				}
			}
			if !check.Identical(vt, f.Type) {
				val = g.convert(val, vt, f.Type) // a float where the protocol holds int | float
			}
			ifaceMethods = append(ifaceMethods, Id(protoGetter(f.Name)).Params().Add(g.goType(f.Type)))
			g.file.Func().Params(Id("o").Op("*").Id(g.className(cls))).Id(protoGetter(f.Name)).Params().Add(g.goType(f.Type)).Block(Return(val))
		}
	}
	return ifaceMethods
}
