package driver

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
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
// passing flags (-tags, -ldflags, -trimpath) to go build.
func BuildFlags(goSrc []byte, out string, flags ...string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	return goCommand(goSrc, func(work string) *exec.Cmd {
		args := append(append([]string{"build"}, flags...), "-o", abs, ".")
		return exec.Command("go", args...)
	})
}
