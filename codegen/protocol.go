package codegen

import (
	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/check"
)

// protocol emits a typing.Protocol class as the Go interface of its
// methods: the interface of every class with those methods satisfies it.
func (g *gen) protocol(p *check.Class) {
	var ms []Code
	for _, name := range p.Order {
		ms = append(ms, Id(methodGoName(name)).Add(g.methodSig(p.Methods[name])))
	}
	g.file.Commentf("%s is any object with the methods of protocol %s.", g.ifaceName(p), p.Name)
	g.file.Type().Id(g.ifaceName(p)).Interface(ms...)
}
