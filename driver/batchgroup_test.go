package driver

import (
	"fmt"
	goast "go/ast"
	goparser "go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/codegen"
)

// groupProgram is a generated-program shape that exercises what renaming
// must follow: types embedded by name (and selected through that name,
// and keyed in literals), methods and fields that share a package-level
// name, locals that shadow one, and the Go names registered for
// tracebacks.
const groupProgram = `package prog

type Base struct{ n int }

type Sub struct {
	Base
	f int
}

func (s *Sub) f2() int { return s.Base.n + s.f }

var counter = 1

func f() int {
	s := &Sub{Base: Base{n: counter}, f: 2}
	return s.f2()
}

func g(counter int) int { return counter + f() }

type registry struct{}

func (registry) RegisterFuncs(map[string]string) {}

func init() {
	registry{}.RegisterFuncs(map[string]string{"f": "f", "(*Sub).f2": "f2", "g.func1": "<lambda>", "len": "x"})
}

func Main() { _ = g(counter) }
`

func TestRenameForGroup(t *testing.T) {
	fset := token.NewFileSet()
	var files []*goast.File
	for _, tag := range []string{"aaaa", "bbbb"} {
		f, err := goparser.ParseFile(fset, tag+".go", groupProgram, goparser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		out, err := renameForGroup(fset, f, []byte(groupProgram), tag, nil)
		if err != nil {
			t.Fatal(err)
		}
		src := string(out)
		for _, want := range []string{
			"type Xaaaa_Base struct", "Xaaaa_Base\n\tf int", "s.Xaaaa_Base.n", "&Xaaaa_Sub{Xaaaa_Base: Xaaaa_Base{n: xaaaa_counter}, f: 2}",
			"func xaaaa_g(counter int) int { return counter + xaaaa_f() }", "func (s *Xaaaa_Sub) f2() int",
			`"xaaaa_f": "f", "(*Xaaaa_Sub).f2": "f2", "xaaaa_g.func1": "<lambda>", "len": "x"`,
			"func Xaaaa_Main() { _ = xaaaa_g(xaaaa_counter) }", "func init() {",
		} {
			want = strings.ReplaceAll(want, "aaaa", tag)
			if !strings.Contains(src, want) {
				t.Errorf("renamed %s lacks %q:\n%s", tag, want, src)
			}
		}
		rf, err := goparser.ParseFile(fset, tag+"_renamed.go", out, goparser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, rf)
	}
	// The two renamed copies make one package.
	if _, err := (&types.Config{}).Check("group", fset, files, nil); err != nil {
		t.Errorf("renamed programs do not share a package: %v", err)
	}
}

// TestBuildBatchFailures builds a batch in which one program's Go does not
// compile: its shared package is built again one package per program, the
// failure is reported against that program alone, and the others run.
func TestBuildBatchFailures(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs")
	}
	var batch []BatchProgram
	for i, src := range []string{"print('one')\n", "print('two')\n", "print('three')\n"} {
		out, err := Compile(fmt.Sprintf("p%d.py", i), []byte(src), codegen.Config{Package: BatchPackage, Program: true})
		if err != nil {
			t.Fatal(err)
		}
		batch = append(batch, BatchProgram{Pkg: fmt.Sprintf("p%d", i), Go: out})
	}
	batch = append(batch, BatchProgram{Pkg: "broken", Go: []byte("package prog\n\nfunc Main() { undefined() }\n")})
	bin := filepath.Join(t.TempDir(), "batch")
	failed, err := BuildBatch(batch, bin, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(failed) != 1 || failed["broken"] == nil || !strings.Contains(failed["broken"].Error(), "undefined") {
		t.Fatalf("failed = %v, want only broken (undefined: undefined)", failed)
	}
	for i, want := range []string{"one\n", "two\n", "three\n"} {
		cmd := exec.Command(bin)
		cmd.Env = append(os.Environ(), BatchEnv+"="+fmt.Sprintf("p%d", i))
		out, err := cmd.Output()
		if err != nil || string(out) != want {
			t.Errorf("p%d: %q, %v; want %q", i, out, err, want)
		}
	}
}
