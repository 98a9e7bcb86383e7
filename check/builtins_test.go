package check

import (
	"testing"

	"github.com/aiogo/aiogo/builtins"
)

// sampleRecv returns a receiver of the table's receiver type name.
func sampleRecv(name string) Type {
	switch name {
	case "":
		return nil
	case "str":
		return Str
	case "bytes":
		return Bytes
	case "int":
		return Int
	case "float":
		return Float
	case "list":
		return &List{Int}
	case "set":
		return &Set{Elem: Int}
	case "dict":
		return &Dict{Key: Str, Val: Int}
	case "tuple":
		return &Tuple{Elems: []Type{Int}, Var: true}
	}
	return nil
}

// TestCheckHooks verifies that every checker hook names a table entry and
// that every other entry's signature converts to a checker type.
func TestCheckHooks(t *testing.T) {
	for name := range checkHooks {
		if builtins.Lookup(name) == nil {
			t.Errorf("checker hook %s names no table entry", name)
		}
	}
	for _, e := range builtins.All() {
		if checkHooks[e.Name] != nil {
			continue
		}
		if rn := e.Receiver(); rn != "" && sampleRecv(rn) == nil {
			continue // a module function: typed by its module's hooks
		}
		if EntrySig(e, sampleRecv(e.Receiver())) == nil {
			t.Errorf("%s: signature %s needs a checker hook", e.Name, e.Sig)
		}
		for _, p := range e.Signature().Params {
			if p.Star || p.StarStar {
				t.Errorf("%s: *args need a checker hook", e.Name)
			}
		}
	}
}

func TestDefaultLiteral(t *testing.T) {
	for src, want := range map[string]any{"None": nil, "-1": int64(-1), "' '": " ", "'\\n'": "\n", "False": false, "0.5": 0.5} {
		v, ok := DefaultLiteral(src)
		if !ok || v != want {
			t.Errorf("DefaultLiteral(%q) = %v, %v", src, v, ok)
		}
	}
	if _, ok := DefaultLiteral("..."); ok {
		t.Errorf("... decoded")
	}
}
