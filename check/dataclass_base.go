package check

import "github.com/aiogo/aiogo/ast"

// fieldlessPlainBases reports whether every user class from b up is a
// plain class (not a dataclass) declaring no attributes (no class-level
// annotations, no __init__) and none of the methods @dataclass writes. A dataclass may derive from such a base
// (the common abstract base with methods only: class Command with apply
// and revert, @dataclass class Insert(Command)): in CPython its fields,
// __init__, __repr__ and __eq__ come from the dataclass alone, which is
// what the dataclass lowering already produces.
func fieldlessPlainBases(b *Class) bool {
	for k := b; k != nil && !k.Builtin; k = k.Base {
		if k.Dataclass || k.NamedTuple || k.Enum != nil || k.Protocol || k.IsExc {
			return false
		}
		d, ok := k.Def.(*ast.ClassDef)
		if !ok || !plainDataSubclass(d) { // union_attr.go
			return false
		}
		for _, st := range d.Body {
			if f, ok := st.(*ast.FuncDef); ok && dataclassMade[f.Name] {
				return false // the dataclass's own would have to win
			}
		}
	}
	return true
}

// dataclassMade names the methods @dataclass writes into the class.
var dataclassMade = map[string]bool{
	"__repr__": true, "__eq__": true, "__ne__": true, "__hash__": true,
	"__lt__": true, "__le__": true, "__gt__": true, "__ge__": true,
	"__setattr__": true, "__delattr__": true,
}
