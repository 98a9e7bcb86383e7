package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// This file interns the instances of classes that hash by value
// (check/hashing.go): the constructor returns the first instance built
// with the same fields, so the runtime's identity-keyed dicts and sets key
// them by value, as CPython does.

// ctorResult is what a class's constructor returns for the new instance
// _o: _o itself, or the interned instance with the same fields.
func (g *gen) ctorResult(cls *check.Class) Code {
	if !check.HashByValue(cls) {
		return Id("_o")
	}
	cn := g.className(cls)
	keyType := names.Derived(cn, "key")
	table := names.Derived(cn, "interned")
	var fields, vals []Code
	for i, f := range cls.AllFields() {
		name := fmt.Sprintf("f%d", i)
		v := g.fieldRef(Id("_o"), cls, f.Name)
		if f.Type == check.Float {
			// Bits, so that 0.0 and -0.0 stay distinct objects (each prints
			// as built).
			fields = append(fields, Id(name).Uint64())
			vals = append(vals, Id(name).Op(":").Qual("math", "Float64bits").Call(v))
			continue
		}
		if check.ReprKeyed(f.Type) {
			// A tuple[T, ...] compares by identity in Go: its repr is its
			// value (check.ReprKeyed).
			fields = append(fields, Id(name).String())
			vals = append(vals, Id(name).Op(":").Add(py("Repr")).Call(v))
			continue
		}
		fields = append(fields, Id(name).Add(g.goType(f.Type)))
		vals = append(vals, Id(name).Op(":").Add(v))
	}
	g.file.Commentf("%s is the interning key of %s: its fields.", keyType, cls.Name)
	g.file.Type().Id(keyType).Struct(fields...)
	g.file.Commentf("%s holds one instance of %s per distinct key (instances hash by value).", table, cls.Name)
	g.file.Var().Id(table).Op("=").Add(py("NewInterner").Types(Id(keyType), Id(g.ifaceName(cls)))).Call()
	return Id(table).Dot("Get").Call(Id(keyType).Values(vals...), Id("_o"))
}
