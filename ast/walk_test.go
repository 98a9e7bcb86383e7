package ast_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strings"
	"testing"

	pyast "github.com/aiogo/aiogo/ast"
	pyparser "github.com/aiogo/aiogo/parser"
	"github.com/google/go-cmp/cmp"
)

// TestWalkCoversEveryNode checks that ast.Walk has a case for every node
// type of the package (every type with a Position method), so that a new
// node kind cannot be skipped by the traversal.
func TestWalkCoversEveryNode(t *testing.T) {
	fset := token.NewFileSet()
	nodes := map[string]bool{}
	f, err := parser.ParseFile(fset, "ast.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || fd.Name.Name != "Position" {
			continue
		}
		star := fd.Recv.List[0].Type.(*ast.StarExpr)
		nodes[star.X.(*ast.Ident).Name] = true
	}
	w, err := parser.ParseFile(fset, "walk.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	cased := map[string]bool{}
	ast.Inspect(w, func(n ast.Node) bool {
		if fd, ok := n.(*ast.FuncDecl); ok {
			return fd.Name.Name == "Walk"
		}
		if cc, ok := n.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				if s, ok := e.(*ast.StarExpr); ok {
					cased[s.X.(*ast.Ident).Name] = true
				}
			}
		}
		return true
	})
	var missing, extra []string
	for n := range nodes {
		if !cased[n] {
			missing = append(missing, n)
		}
	}
	for n := range cased {
		if !nodes[n] {
			extra = append(extra, n)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 || len(extra) > 0 {
		t.Errorf("Walk cases out of step with the node types: missing %v, not nodes %v", missing, extra)
	}
}

// TestInspectOrder checks that Inspect visits nodes in evaluation order and
// enters every part of every statement.
func TestInspectOrder(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = a if b else c\n", "Assign IfExp b a c x"},
		{"y = [e for i in it if c]\n", "Assign ListComp Comprehension it i c e y"},
		{"z = {k: v for k in it}\n", "Assign DictComp Comprehension it k k v z"},
		{"f(a, *b, k=c)\n", "ExprStmt Call f a Starred b Keyword c"},
		{"p = a and (b or c)\n", "Assign BoolOp a BoolOp b c p"},
		{"q = lambda u=d: u + w\n", "Assign Lambda Param d BinOp u w q"},
		{"@dec\ndef f(a: int = 1) -> int:\n    return a\n", "FuncDef dec Param int IntLit int Return a"},
		{"try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del d[0]\n",
			"Try Pass ExceptHandler E Raise X e Pass Delete Subscript d IntLit"},
		{"with a as b, c:\n    assert t, m\n", "With WithItem a b WithItem c Assert t m"},
		{"s = f\"{v!r:>{w}}\"\n", "Assign FString v FString w s"},
		{"d = {**m, k: v}\n", "Assign DictExpr m k v d"},
		{"while (n := g()) > 0:\n    n -= 1\n", "While Compare NamedExpr Call g n IntLit AugAssign n IntLit"},
		{"r = a[1:2:3].b\n", "Assign Attribute Subscript a Slice IntLit IntLit IntLit r"},
	}
	for _, tc := range tests {
		m, err := pyparser.ParseFile("t.py", []byte(tc.src))
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		var got []string
		pyast.Inspect(m, func(n pyast.Node) bool {
			switch x := n.(type) {
			case nil, *pyast.Module:
			case *pyast.Name:
				got = append(got, x.ID)
			default:
				got = append(got, strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast."))
			}
			return true
		})
		if d := cmp.Diff(tc.want, strings.Join(got, " ")); d != "" {
			t.Errorf("%q (-want +got):\n%s", tc.src, d)
		}
	}
}

// TestInspectPrune checks that returning false skips a node's children.
func TestInspectPrune(t *testing.T) {
	m, err := pyparser.ParseFile("t.py", []byte("x = (lambda: a)() + b\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	pyast.Inspect(m, func(n pyast.Node) bool {
		switch x := n.(type) {
		case *pyast.Lambda:
			return false
		case *pyast.Name:
			names = append(names, x.ID)
		}
		return true
	})
	if got := strings.Join(names, " "); got != "b x" {
		t.Errorf("names outside the lambda = %q, want \"b x\"", got)
	}
}
