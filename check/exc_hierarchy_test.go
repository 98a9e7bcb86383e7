package check

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"
)

// TestExcTreeHasRuntimeClasses checks that every built-in exception class
// the checker knows has its runtime class py.<Name>Class (codegen refers
// to it by that name) and that each base precedes its subclasses.
func TestExcTreeHasRuntimeClasses(t *testing.T) {
	files, _ := filepath.Glob("../runtime/py/*.go")
	have := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for name := range af.Scope.Objects {
			if af.Scope.Objects[name].Kind == ast.Var {
				have[name] = true
			}
		}
	}
	seen := map[string]bool{}
	for _, e := range builtinExcTree {
		if !have[e[0]+"Class"] {
			t.Errorf("runtime/py has no %sClass", e[0])
		}
		if e[1] != "" && !seen[e[1]] {
			t.Errorf("%s listed before its base %s", e[0], e[1])
		}
		if seen[e[0]] {
			t.Errorf("%s listed twice", e[0])
		}
		seen[e[0]] = true
	}
}
