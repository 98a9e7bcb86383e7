package driver

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/codegen"
)

// TestExportGolden compiles testdata/lib/*.py as a library package and
// compares the generated Go (its exported API included) with the committed
// .go.golden files, which must also pass go vet.
func TestExportGolden(t *testing.T) {
	for _, f := range inputs(t, "lib") {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			src, _ := os.ReadFile(f)
			out, err := Compile(name, src, codegen.Config{Package: "lib"})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, strings.TrimSuffix(f, ".py")+".go.golden", out)
			if testing.Short() {
				return
			}
			if err := Vet(out); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestExportErrors: exported names that would collide are compile errors.
func TestExportErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"def fetch_all() -> int:\n    return 1\n\n\ndef FetchAll() -> int:\n    return 2\n",
			"x.py:1:1: exported Go name FetchAll of fetch_all collides with the Go name of module-level FetchAll; rename one of them"},
		{"async def go() -> int:\n    return 1\n\n\nclass GoCoro:\n    pass\n",
			"x.py:1:1: exported Go name GoCoro of go collides with the one of class GoCoro; rename one of them"},
		{"from dataclasses import dataclass\n\n\n@dataclass\nclass P:\n    a_b: int\n    aB: int\n",
			"x.py:5:1: exported Go field AB of P.aB collides with the one of a_b; rename one of them"},
	}
	for _, tt := range tests {
		_, err := Compile("x.py", []byte(tt.src), codegen.Config{Package: "lib"})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q:\ngot  %v\nwant %s", tt.src, err, tt.want)
		}
	}
}

// TestExternSignatures checks defs implemented in Go against the Go
// signatures of standard-library functions.
func TestExternSignatures(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	tests := []struct{ src, want string }{
		{"# aiogo:go strings.ToUpper\ndef up(s: str) -> str:\n    return s.upper()\n", ""},
		{"# aiogo:go strings.Repeat\ndef rep(s: str, n: int) -> str:\n    return s * n\n", ""},
		{"# aiogo:go strconv.Atoi\ndef atoi(s: str) -> int:\n    return int(s)\n", ""},
		{"# aiogo:go strings.Repeat\ndef rep(s: str, n: str) -> str:\n    return s + n\n",
			"x.py:2:1: Go function strings.Repeat(s string, count int) string does not match rep: parameter n is int (want (s string, n string) (string, error))"},
		{"# aiogo:go strings.ToUpper\nasync def up(s: str, t: str) -> str:\n    return s\n",
			"x.py:2:1: Go function strings.ToUpper(s string) string does not match up: 1 parameters, the def has 2 (want (ctx context.Context, s string, t string) (string, error))"},
		{"# aiogo:go strings.NoSuch\ndef f() -> None:\n    pass\n",
			"x.py:2:1: strings.NoSuch is not an exported Go function"},
		{"# aiogo:go nodot\ndef f() -> None:\n    pass\n",
			"x.py:1:1: # aiogo:go needs a Go function as IMPORTPATH.Name, got \"nodot\""},
	}
	for _, tt := range tests {
		_, err := Compile("x.py", []byte(tt.src), codegen.Config{Package: "main"})
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestBuildInModule: a program calling a Go package of the module it is
// built in, in a module that does not require the runtime (no aiogo mod):
// it is built there through a temporary go.mod, leaving the module as it
// was.
func TestBuildInModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":     "module example.com/om\n\ngo 1.23\n",
		"lib/lib.go": "package lib\n\n// X returns 3.\nfunc X() (int, error) { return 3, nil }\n",
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := "# aiogo:go example.com/om/lib.X\ndef x() -> int:\n    return 3\n\n\nprint(x() + 1)\n"
	// Compile resolves the Go signature in the current directory's module.
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	goSrc, err := Compile("x.py", []byte(src), codegen.Config{Package: "main"})
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "x")
	if err := Build(goSrc, bin); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin).CombinedOutput()
	if err != nil || string(out) != "4\n" {
		t.Errorf("x: %q, %v", out, err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "go.mod")); string(b) != files["go.mod"] {
		t.Errorf("go.mod changed:\n%s", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 2 {
		t.Errorf("files left in the module: %v", ents)
	}
}
