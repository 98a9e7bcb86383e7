package difftest

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

//go:embed meta.py
var metaScript string

// MetaModes are the metamorphic transformations: "sleep" inserts
// `await asyncio.sleep(0)` after the statements of coroutines, "wrap" wraps
// int and str constants in coroutine bodies in a no-op coroutine call.
var MetaModes = []string{"sleep", "wrap"}

// Variant returns the program transformed by mode (ok false when the
// transformation changes nothing or the program is not Python it reads).
func Variant(python, mode, src string) (string, bool, error) {
	dir, err := os.MkdirTemp("", "difftest-meta-")
	if err != nil {
		return "", false, err
	}
	defer os.RemoveAll(dir)
	script, prog := filepath.Join(dir, "meta.py"), filepath.Join(dir, "prog.py")
	if err := os.WriteFile(script, []byte(metaScript), 0o644); err != nil {
		return "", false, err
	}
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		return "", false, err
	}
	o, err := runCmd(time.Minute, nil, python, script, mode, prog)
	if err != nil {
		return "", false, err
	}
	if o.Code != 0 {
		return "", false, nil
	}
	return o.Stdout, true, nil
}

// Marks a program can carry for the metamorphic checks, as a comment line
// of its own:
//
//	# meta: order-sensitive   scheduling order is the point: the variants
//	                          may print something else under CPython too,
//	                          so each is compared with CPython's run of it
//	# meta: skip              no variants (say why on the same line: the
//	                          output depends on real elapsed time, ...)
//
// A program whose variant CPython prints differently without the mark is
// reported as "unmarked" (compared with CPython's run of the variant as
// well): mark it, or find out why the variant changes its output.
const (
	MarkOrderSensitive = "order-sensitive"
	MarkSkip           = "skip"
)

// Marks returns the `# meta: WORD` marks of a program.
func Marks(src string) map[string]bool {
	marks := map[string]bool{}
	for _, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		rest, ok := strings.CutPrefix(l, "#")
		if !ok {
			continue
		}
		rest, ok = strings.CutPrefix(strings.TrimSpace(rest), "meta:")
		if !ok {
			continue
		}
		if f := strings.Fields(rest); len(f) > 0 {
			marks[f[0]] = true
		}
	}
	return marks
}

// ReadMarks reads a marks file for programs that cannot carry the comment
// (the shared corpus): one program a line, its base name and a mark, then
// the reason; # starts a comment. The result maps base names to marks.
func ReadMarks(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for i, l := range strings.Split(string(b), "\n") {
		l, _, _ = strings.Cut(l, "#")
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 || (f[1] != MarkOrderSensitive && f[1] != MarkSkip) {
			return nil, fmt.Errorf("%s:%d: want NAME.py %s|%s REASON", path, i+1, MarkOrderSensitive, MarkSkip)
		}
		out[f[0]] = append(out[f[0]], f[1])
	}
	return out, nil
}

// MetaResult is the outcome of the metamorphic checks of one program.
type MetaResult struct {
	File, Mode string
	// Kind: "ok"; "order" (CPython's output of the variant differs from
	// the original's and the program is marked order-sensitive: the
	// variant is compared with CPython's run of it instead); "unmarked"
	// (the same without the mark); "skipped" (marked skip); "rejected" (aiogo refuses
	// the variant but compiles the original); "invalid" (CPython fails on
	// the variant); "finding" (aiogo's output of the variant differs from
	// CPython's, an internal compiler error, or Go that does not build).
	Kind   string
	Detail string
}

// Meta runs the metamorphic checks over the programs in files: each
// variant must print what CPython prints for the original (.out beside the
// file when there is one) or, where scheduling order is the point, what
// CPython prints for the variant. marks (nil: none) adds marks by base
// name to those the programs carry (ReadMarks).
func Meta(python string, files []string, marks map[string][]string, timeout time.Duration, log io.Writer) ([]MetaResult, error) {
	type job struct {
		file, mode, src string
		want, orig      Outcome
	}
	var jobs []job
	var res []MetaResult
	python = ResolvePython(python)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		mk := Marks(string(b))
		for _, m := range marks[filepath.Base(f)] {
			mk[m] = true
		}
		if mk[MarkSkip] {
			res = append(res, MetaResult{File: f, Kind: "skipped"})
			continue
		}
		if _, err := compileSafe("orig.py", b); err != nil {
			continue // outside what aiogo compiles today: nothing to compare
		}
		orig, err := Python(python, string(b), timeout)
		if err != nil {
			return nil, err
		}
		if out, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out"); err == nil {
			orig.Stdout = string(out)
		}
		for _, mode := range MetaModes {
			v, ok, err := Variant(python, mode, string(b))
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			want, err := Python(python, v, timeout)
			if err != nil {
				return nil, err
			}
			if want.Timeout || (want.Code != orig.Code && want.Code == 1 && pythonBroken(want)) {
				res = append(res, MetaResult{File: f, Mode: mode, Kind: "invalid", Detail: lastLine(want.Stderr)})
				continue
			}
			kind := "ok"
			if !want.same(orig) {
				kind = "unmarked"
				if mk[MarkOrderSensitive] {
					kind = "order"
				}
			}
			jobs = append(jobs, job{f, mode, v, want, orig})
			res = append(res, MetaResult{File: f, Mode: mode, Kind: kind})
		}
	}
	// Build the variants in batches.
	idx := 0
	for lo := 0; lo < len(jobs); lo += 40 {
		hi := min(lo+40, len(jobs))
		var srcs []string
		for _, j := range jobs[lo:hi] {
			srcs = append(srcs, j.src)
		}
		got, err := Aiogo(srcs, timeout)
		if err != nil {
			return nil, err
		}
		for k, j := range jobs[lo:hi] {
			for res[idx].File != j.file || res[idx].Mode != j.mode || res[idx].Kind == "invalid" || res[idx].Kind == "skipped" {
				idx++
			}
			r := &res[idx]
			g := got[k]
			switch {
			case g.CompileErr != nil && !g.ICE():
				r.Kind, r.Detail = "rejected", firstLine(g.CompileErr.Error())
			case g.CompileErr != nil:
				r.Kind, r.Detail = "finding", g.CompileErr.Error()
			case g.BuildErr != nil:
				r.Kind, r.Detail = "finding", g.BuildErr.Error()
			case !j.want.same(g.Run) && !j.orig.same(g.Run):
				// Neither CPython's run of the variant nor the original's
				// output (CPython's run may differ only by its real clock).
				r.Detail = describe(j.want, g.Run)
				r.Kind = "finding"
			}
			if log != nil {
				fmt.Fprintf(log, "%-8s %-5s %s %s\n", r.Kind, r.Mode, r.File, firstLine(r.Detail))
			}
			idx++
		}
	}
	return res, nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func lastLine(s string) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return l[len(l)-1]
}
