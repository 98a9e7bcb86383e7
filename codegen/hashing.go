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
		if check.IntOrFloat(f.Type) {
			// 1 and 1.0 apart, as 0.0 and -0.0 are (py.NumKey).
			fields = append(fields, Id(name).Any())
			vals = append(vals, Id(name).Op(":").Add(py("NumKey")).Call(v))
			continue
		}
		if check.ReprKeyed(f.Type) || check.ReprTuple(f.Type) {
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
	g.valueHash(cls)
	return Id(table).Dot("Get").Call(Id(keyType).Values(vals...), Id("_o"))
}

// valueHash gives a class hashing by value CPython's hash, the hash of the
// tuple of its fields (hash(Point(3, 4)) == hash((3, 4))), and registers
// its interface so that sets of its instances iterate in CPython's order
// when that hash is deterministic (runtime/py/valuehash.go).
func (g *gen) valueHash(cls *check.Class) {
	cn := g.className(cls)
	var fields []Code
	for _, f := range cls.AllFields() {
		fields = append(fields, g.fieldRef(Id("o"), cls, f.Name))
	}
	g.file.Func().Params(Id("o").Op("*").Id(cn)).Id("PyHash").Params().Params(Int64(), Bool()).Block(
		Return(py("HashFields").Call(fields...)),
	)
	g.file.Func().Id("init").Params().Block(py("RegisterValueHash").Types(Id(g.ifaceName(cls))).Call(Lit(detHash(cls, 0))))
	if check.LooseKey(cls) {
		// Equal instances may be distinct objects (P(0.0) and P(-0.0)):
		// dicts and sets find equal keys by hash and == (py.UserKey).
		g.file.Func().Params(Id("o").Op("*").Id(cn)).Id("PyUserHash").Params().Int64().Block(
			List(Id("h"), Id("_")).Op(":=").Id("o").Dot("PyHash").Call(),
			Return(py("UserHash").Call(Id("h"))),
		)
		g.file.Func().Id("init").Params().Block(py("RegisterUserKey").Types(Id(g.ifaceName(cls))).Call())
	}
}

// detHash reports whether CPython's hash of values of type t is
// deterministic: built from ints, floats and bools (str and bytes hashes
// are salted per run, None's is its address in 3.11).
func detHash(t check.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := t.(type) {
	case *check.Basic:
		return x == check.Int || x == check.Float || x == check.Bool
	case *check.Tuple:
		if x.Var || x.ListRepr {
			return false
		}
		for _, e := range x.Elems {
			if !detHash(e, depth+1) {
				return false
			}
		}
		return true
	case *check.Class:
		if !check.HashByValue(x) {
			return false
		}
		for _, f := range x.AllFields() {
			if !detHash(f.Type, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}
