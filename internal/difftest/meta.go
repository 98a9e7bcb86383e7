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

// MetaResult is the outcome of the metamorphic checks of one program.
type MetaResult struct {
	File, Mode string
	// Kind: "ok"; "order" (CPython's output of the variant differs from
	// the original's: scheduling order is the point, so the variant is
	// compared with CPython's run of it instead); "rejected" (aiogo refuses
	// the variant but compiles the original); "invalid" (CPython fails on
	// the variant); "finding" (aiogo's output of the variant differs from
	// CPython's, an internal compiler error, or Go that does not build).
	Kind   string
	Detail string
}

// Meta runs the metamorphic checks over the programs in files: each
// variant must print what CPython prints for the original (.out beside the
// file when there is one) or, where scheduling order is the point, what
// CPython prints for the variant.
func Meta(python string, files []string, timeout time.Duration, log io.Writer) ([]MetaResult, error) {
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
				kind = "order"
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
			for res[idx].File != j.file || res[idx].Mode != j.mode || res[idx].Kind == "invalid" {
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
