package driver

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/aiogo/aiogo"
	"github.com/aiogo/aiogo/codegen"
)

// RuntimeModule is the module path of the runtime a user module depends
// on: the packages github.com/aiogo/aiogo/runtime and .../runtime/py, with
// no dependencies outside the standard library.
const RuntimeModule = "github.com/aiogo/aiogo/runtime"

// DefaultRuntimeDir is where `aiogo mod` puts the runtime, relative to the
// user's go.mod.
const DefaultRuntimeDir = "aiogo_runtime"

// WriteRuntimeModule gives the Go module containing dir the runtime this
// aiogo carries: it writes the runtime's source as module
// github.com/aiogo/aiogo/runtime into rtDir (relative to the go.mod; default
// aiogo_runtime), replacing an older copy, and adds to go.mod a require of
// the runtime's version and a replace pointing at the copy. The copy is
// meant to be committed: the module then builds offline, without aiogo,
// and a regenerated package and its runtime change together.
func WriteRuntimeModule(dir, rtDir string) error {
	root, err := findModRoot(dir)
	if err != nil {
		return err
	}
	if rtDir == "" {
		rtDir = DefaultRuntimeDir
	}
	abs := rtDir
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(root, rtDir)
	}
	if err := writeRuntimeTree(abs); err != nil {
		return err
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return err
	}
	rel = filepath.ToSlash(rel)
	if !strings.HasPrefix(rel, "../") {
		rel = "./" + rel
	}
	cmd := exec.Command("go", "mod", "edit",
		"-require="+RuntimeModule+"@"+codegen.Version,
		"-replace="+RuntimeModule+"="+rel)
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go mod edit: %v\n%s", err, b)
	}
	return nil
}

// writeRuntimeTree writes the runtime module into dir: runtime/*.go at its
// root, runtime/py/*.go in py/, and a go.mod without requirements.
func writeRuntimeTree(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// Remove the .go files of an older copy (a file the runtime dropped
	// must not linger).
	for _, sub := range []string{"", "py"} {
		old, _ := filepath.Glob(filepath.Join(dir, sub, "*.go"))
		for _, f := range old {
			os.Remove(f)
		}
	}
	err := fs.WalkDir(aiogo.RuntimeFS, "runtime", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, "_test.go") || !strings.HasSuffix(p, ".go") {
			return err
		}
		b, err := aiogo.RuntimeFS.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, "runtime/")))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		return err
	}
	mod := "// Written by `aiogo mod` (aiogo " + codegen.Version + "): the aiogo runtime, a module\n" +
		"// without dependencies. Update it with `aiogo mod`; do not edit.\n" +
		"module " + RuntimeModule + "\n\ngo 1.23\n"
	return os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644)
}

// findModRoot returns the directory of the go.mod governing dir.
func findModRoot(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		p := filepath.Dir(d)
		if p == d {
			return "", errors.New("no go.mod in this directory or any parent (run go mod init first)")
		}
		d = p
	}
}

// Diff returns a unified line diff of old and new (three lines of
// context), for `aiogo gen -check`.
func Diff(name string, old, new []byte) string {
	a := strings.SplitAfter(string(old), "\n")
	b := strings.SplitAfter(string(new), "\n")
	// Trim the common prefix and suffix, then take an LCS of the rest
	// (bounded: a huge rewrite shows as one replaced block).
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	type op struct {
		kind byte // ' ', '-', '+'
		ai   int
		s    string
	}
	var ops []op
	for i := 0; i < pre; i++ {
		ops = append(ops, op{' ', i, a[i]})
	}
	if len(ma)*len(mb) <= 4_000_000 {
		n, m := len(ma), len(mb)
		lcs := make([][]int32, n+1)
		for i := range lcs {
			lcs[i] = make([]int32, m+1)
		}
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				if ma[i] == mb[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		i, j := 0, 0
		for i < n || j < m {
			switch {
			case i < n && j < m && ma[i] == mb[j]:
				ops = append(ops, op{' ', pre + i, ma[i]})
				i, j = i+1, j+1
			case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
				ops = append(ops, op{'-', pre + i, ma[i]})
				i++
			default:
				ops = append(ops, op{'+', pre + i, mb[j]})
				j++
			}
		}
	} else {
		for i, s := range ma {
			ops = append(ops, op{'-', pre + i, s})
		}
		for _, s := range mb {
			ops = append(ops, op{'+', len(a) - suf, s})
		}
	}
	for i := len(a) - suf; i < len(a); i++ {
		ops = append(ops, op{' ', i, a[i]})
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "--- %s (committed)\n+++ %s (generated)\n", name, name)
	const ctx = 3
	for k := 0; k < len(ops); {
		if ops[k].kind == ' ' {
			k++
			continue
		}
		start := max(k-ctx, 0)
		end := k
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run-end > 2*ctx || run == len(ops) {
				end = min(end+ctx, len(ops))
				break
			}
			end = run
		}
		fmt.Fprintf(&buf, "@@ line %d @@\n", ops[start].ai+1)
		for _, o := range ops[start:end] {
			buf.WriteByte(o.kind)
			buf.WriteString(strings.TrimSuffix(o.s, "\n"))
			buf.WriteByte('\n')
		}
		k = end
	}
	return buf.String()
}

// BuildFlags compiles Go source of package main into an executable at out,
// passing flags (-tags, -ldflags, -trimpath) to go build. A program that
// calls Go functions outside the standard library (`# aiogo:go`) is built
// in the Go module of the current directory (see BuildInModule).
func BuildFlags(goSrc []byte, out string, flags ...string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	if pkgs := userImports(goSrc); len(pkgs) > 0 {
		return BuildInModule(".", goSrc, abs, pkgs, flags...)
	}
	return goCommand(goSrc, func(work string) *exec.Cmd {
		args := append(append([]string{"build"}, flags...), "-o", abs, ".")
		return exec.Command("go", args...)
	})
}

// userImports returns the packages goSrc imports that are neither in the
// standard library (whose paths have no dot in their first element) nor
// the runtime's.
func userImports(goSrc []byte) []string {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", goSrc, parser.ImportsOnly)
	if err != nil {
		return nil
	}
	var out []string
	for _, im := range f.Imports {
		p, _ := strconv.Unquote(im.Path.Value)
		first, _, _ := strings.Cut(p, "/")
		if !strings.Contains(first, ".") || p == RuntimeModule || strings.HasPrefix(p, RuntimeModule+"/") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// BuildInModule builds a program that calls Go functions of the packages
// pkgs (outside the standard library) inside the Go module containing dir,
// so that those packages and the module's requirements resolve as they do
// for `go build` there. Nothing is written into the module: the program's
// main.go is added with `go build -overlay` as a package in a directory
// that does not exist (.aiogo_build_*), and when go.mod does not require
// the runtime (`aiogo mod` was not run) a temporary copy of go.mod
// (-modfile) requires the runtime this aiogo carries.
func BuildInModule(dir string, goSrc []byte, out string, pkgs []string, flags ...string) error {
	root, err := findModRoot(dir)
	if err != nil {
		return fmt.Errorf("the program calls Go packages outside the standard library (%s), so it is built in their Go module: %v", strings.Join(pkgs, ", "), err)
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "aiogo-build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, "main.go"), goSrc, 0o644); err != nil {
		return err
	}
	args := append([]string{"build"}, flags...)
	if modulePath(gomod) != "github.com/aiogo/aiogo" && !strings.Contains(string(gomod), RuntimeModule+" ") {
		rt, err := runtimeModDir()
		if err != nil {
			return fmt.Errorf("preparing runtime: %v", err)
		}
		mf := filepath.Join(tmp, "go.mod")
		if err := os.WriteFile(mf, gomod, 0o644); err != nil {
			return err
		}
		if sum, err := os.ReadFile(filepath.Join(root, "go.sum")); err == nil {
			if err := os.WriteFile(filepath.Join(tmp, "go.sum"), sum, 0o644); err != nil {
				return err
			}
		}
		edit := exec.Command("go", "mod", "edit", "-modfile="+mf,
			"-require="+RuntimeModule+"@"+codegen.Version, "-replace="+RuntimeModule+"="+rt)
		edit.Dir = root
		if b, err := edit.CombinedOutput(); err != nil {
			return fmt.Errorf("go mod edit: %v\n%s", err, b)
		}
		args = append(args, "-modfile="+mf, "-mod=mod")
	}
	pkgDir := ".aiogo_build_" + filepath.Base(tmp)
	ov, err := json.Marshal(map[string]map[string]string{"Replace": {filepath.Join(root, pkgDir, "main.go"): filepath.Join(tmp, "main.go")}})
	if err != nil {
		return err
	}
	ovFile := filepath.Join(tmp, "overlay.json")
	if err := os.WriteFile(ovFile, ov, 0o644); err != nil {
		return err
	}
	args = append(args, "-overlay="+ovFile, "-o", out, "./"+pkgDir)
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build in module %s failed:\n%s", root, b)
	}
	return nil
}

// modulePath returns the module path a go.mod declares.
func modulePath(gomod []byte) string {
	for _, l := range strings.Split(string(gomod), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(l), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}
