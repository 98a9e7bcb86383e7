package codegen

import (
	"testing"

	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
)

// TestLowerHooks verifies that every lowering hook names a table entry and
// that every other entry names a Go symbol and spells its defaults.
func TestLowerHooks(t *testing.T) {
	for name := range lowerHooks {
		if builtins.Lookup(name) == nil {
			t.Errorf("lowering hook %s names no table entry", name)
		}
	}
	for _, e := range builtins.All() {
		if lowerHooks[e.Name] != nil {
			continue
		}
		if e.Go.IsZero() {
			t.Errorf("%s: no Go symbol and no lowering hook", e.Name)
		}
		for _, p := range e.Signature().Params {
			if p.Default == "" {
				continue
			}
			if _, ok := check.DefaultLiteral(p.Default); !ok {
				t.Errorf("%s: default %s of %s needs a lowering hook", e.Name, p.Default, p.Name)
			}
		}
	}
}
