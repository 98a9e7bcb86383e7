// Package driver runs the compiler pipeline (parse, check, lower, emit)
// and builds the emitted Go into programs. The aiogo command and the
// end-to-end tests share it.
package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/aiogo/aiogo"
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/codegen"
	"github.com/aiogo/aiogo/ir"
	"github.com/aiogo/aiogo/parser"
)

// CompileError is a user-facing compile failure: one or more positioned
// messages, printed one per line.
type CompileError struct{ Msgs []string }

func (e *CompileError) Error() string { return strings.Join(e.Msgs, "\n") }

// Check parses and type-checks a source file. The Python bodies of defs
// implemented in Go (extern.go) are not checked.
func Check(filename string, src []byte) (*ast.Module, *check.Info, error) {
	m, info, _, err := checkFile(filename, src)
	return m, info, err
}

func checkFile(filename string, src []byte) (*ast.Module, *check.Info, map[*ast.FuncDef]*codegen.Extern, error) {
	m, err := parser.ParseFile(filename, src)
	if err != nil {
		return nil, nil, nil, &CompileError{Msgs: []string{err.Error()}}
	}
	ext, msgs := findExterns(filename, src, m)
	if len(msgs) > 0 {
		return nil, nil, nil, &CompileError{Msgs: msgs}
	}
	m2, info, err := checkParsed(filename, m)
	return m2, info, ext, err
}

func checkParsed(filename string, m *ast.Module) (*ast.Module, *check.Info, error) {
	info, err := check.Check(filename, m)
	if err != nil {
		var list check.ErrorList
		if errors.As(err, &list) {
			ce := &CompileError{}
			for _, e := range list {
				ce.Msgs = append(ce.Msgs, e.Error())
			}
			return nil, nil, ce
		}
		return nil, nil, &CompileError{Msgs: []string{err.Error()}}
	}
	return m, info, nil
}

// Compile turns a source file into Go source. The pipeline:
//
//	parse, check   Check: the syntax tree and the checker's Info (call
//	               arguments bound to parameters included)
//	lower          ir.Lower: each function as a CFG with liveness, verified
//	passes         ir.RunPasses: ir.Passes in order (never-suspending
//	               coroutines, await kinds, frame reuse), the IR verifier
//	               after each
//	generate       codegen.GenerateProgram: Go source from the lowered
//	               program; it decides nothing the passes decided
//
// Each stage only reads what the stages before it produced.
func Compile(filename string, src []byte, cfg codegen.Config) ([]byte, error) {
	m, info, ext, err := checkFile(filename, src)
	if err != nil {
		return nil, err
	}
	if msgs := resolveExterns(filename, info, ext); len(msgs) > 0 {
		sort.Strings(msgs)
		return nil, &CompileError{Msgs: msgs}
	}
	cfg.Externs = ext
	if cfg.Source == "" {
		cfg.Source = filename
	}
	if cfg.Text == nil {
		cfg.Text = src
	}
	prog, err := ir.Lower(m, info, codegen.NewNames(info, cfg)) // the naming of exported classes, read by lowering and generation
	if err == nil {
		err = ir.RunPasses(prog)
	}
	if err != nil {
		return nil, &CompileError{Msgs: []string{fmt.Sprintf("%s:1:1: %s: %v", filename, cfg.Source, err)}}
	}
	out, err := codegen.GenerateProgram(prog, cfg)
	if err != nil {
		msg := err.Error()
		if !strings.HasPrefix(msg, filename+":") {
			msg = fmt.Sprintf("%s:1:1: %v", filename, err)
		}
		return nil, &CompileError{Msgs: []string{msg}}
	}
	return out, nil
}

// runtimeDir extracts the embedded runtime module into the user cache
// directory (once per runtime version) and returns its path.
func runtimeDir() (string, error) {
	return cachedRuntime("rt-", func(dir string) error {
		return fs.WalkDir(aiogo.RuntimeFS, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(p, "_test.go") {
				return err
			}
			b, _ := aiogo.RuntimeFS.ReadFile(p)
			dst := filepath.Join(dir, filepath.FromSlash(p))
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return err
			}
			if p == "go.mod" {
				b = []byte(runtimeGoMod(string(b)))
			}
			return os.WriteFile(dst, b, 0o644)
		})
	})
}

// runtimeModDir is runtimeDir for the runtime as its own module
// (RuntimeModule, laid out as `aiogo mod` writes it): what BuildInModule
// points a user module's temporary go.mod at. A stable directory lets go's
// build cache keep the compiled runtime between builds.
func runtimeModDir() (string, error) {
	return cachedRuntime("rtmod-", writeRuntimeTree)
}

// cachedRuntime returns the directory prefix+hash under the user cache
// directory, where hash covers the embedded runtime's files; fill writes a
// new one (into a temporary directory renamed into place, so concurrent
// builds never see half a tree).
func cachedRuntime(prefix string, fill func(dir string) error) (string, error) {
	h := sha256.New()
	err := fs.WalkDir(aiogo.RuntimeFS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, "_test.go") {
			return err
		}
		b, _ := aiogo.RuntimeFS.ReadFile(p)
		h.Write([]byte(p))
		h.Write(b)
		return nil
	})
	if err != nil {
		return "", err
	}
	h.Write([]byte(codegen.Version))
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	dir := filepath.Join(base, "aiogo", prefix+hex.EncodeToString(h.Sum(nil))[:16])
	if _, err := os.Stat(filepath.Join(dir, ".complete")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "tmp-")
	if err != nil {
		return "", err
	}
	if err := fill(tmp); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	if err := os.WriteFile(filepath.Join(tmp, ".complete"), nil, 0o644); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		if _, err2 := os.Stat(filepath.Join(dir, ".complete")); err2 != nil {
			return "", err
		}
	}
	return dir, nil
}

// runtimeGoMod keeps only the module and go lines: the runtime needs no
// dependencies.
func runtimeGoMod(mod string) string {
	var out []string
	for _, l := range strings.Split(mod, "\n") {
		if strings.HasPrefix(l, "module ") || strings.HasPrefix(l, "go ") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n") + "\n"
}

// Vet runs go vet on generated Go source of package main: generated code
// must be vet-clean.
func Vet(goSrc []byte) error {
	return goCommand(goSrc, func(work string) *exec.Cmd { return exec.Command("go", "vet", ".") })
}

// Build compiles Go source of package main into an executable at out
// (in the current directory's Go module when the program calls Go
// functions outside the standard library: see BuildInModule).
func Build(goSrc []byte, out string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	if pkgs := userImports(goSrc); len(pkgs) > 0 {
		return BuildInModule(".", goSrc, abs, pkgs, "-trimpath=false")
	}
	return goCommand(goSrc, func(work string) *exec.Cmd {
		return exec.Command("go", "build", "-trimpath=false", "-o", abs, ".")
	})
}

// goCommand runs a go command in a temporary module holding goSrc as
// main.go, with the embedded runtime as its dependency.
func goCommand(goSrc []byte, mk func(work string) *exec.Cmd) error {
	rtDir, err := runtimeDir()
	if err != nil {
		return fmt.Errorf("preparing runtime: %v", err)
	}
	work, err := os.MkdirTemp("", "aiogo-build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	gomod := fmt.Sprintf("module aiogoprog\n\ngo 1.23\n\nrequire github.com/aiogo/aiogo v0.0.0\n\nreplace github.com/aiogo/aiogo => %s\n", rtDir)
	if err := os.WriteFile(filepath.Join(work, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(work, "main.go"), goSrc, 0o644); err != nil {
		return err
	}
	cmd := mk(work)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), offlineEnv...)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s failed (this is a compiler bug):\n%s", strings.Join(cmd.Args[:2], " "), b)
	}
	return nil
}
