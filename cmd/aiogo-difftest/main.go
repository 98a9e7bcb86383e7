// Command aiogo-difftest is aiogo's differential tester: it generates
// random, well-typed, deterministic programs of the language (see package
// internal/difftest), runs each under python3 and under aiogo, compares
// stdout and exit status, reduces the programs that differ and writes them
// as regression tests.
//
// Usage:
//
//	aiogo-difftest [-n 1000] [-seed 1] [-start 0] [-per-module 20] [-per-build 4]
//	               [-reduce 5] [-out testdata/run] [-print I] [-module]
//	aiogo-difftest -meta [-v] [-marks FILE] FILE.py|DIR...   metamorphic checks
//
// It exits with status 1 when it found something.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/aiogo/aiogo/internal/difftest"
)

func main() {
	n := flag.Int("n", 100, "number of programs")
	seed := flag.Int64("seed", 1, "campaign seed")
	start := flag.Int("start", 0, "index of the first program (to resume a campaign)")
	perModule := flag.Int("per-module", 20, "programs combined into one module")
	perBuild := flag.Int("per-build", 4, "modules per go build")
	reduce := flag.Int("reduce", 5, "findings to reduce")
	out := flag.String("out", "", "directory for reduced regression programs (e.g. testdata/run)")
	python := flag.String("python", "python3", "the oracle")
	timeout := flag.Duration("timeout", 30*time.Second, "time limit of one run")
	print := flag.Int("print", -1, "print program I of the campaign and exit")
	avoid := flag.String("avoid", "", "comma-separated generator features to leave out (optloop)")
	module := flag.Bool("module", false, "print the module combining programs start..start+n-1 and exit")
	meta := flag.Bool("meta", false, "run the metamorphic checks over the .py files or directories given")
	verbose := flag.Bool("v", false, "verbose")
	marks := flag.String("marks", "testdata/meta-marks.txt", "-meta: marks for programs that cannot carry a '# meta:' comment (ignored when absent)")
	flag.Parse()
	var avoids []string
	if *avoid != "" {
		avoids = strings.Split(*avoid, ",")
	}
	if *print >= 0 {
		fmt.Print(difftest.Generate(difftest.UnitSeed(*seed, *print), *print, avoids...).Standalone())
		return
	}
	if *module {
		var us []difftest.Unit
		for i := *start; i < *start+*n; i++ {
			us = append(us, difftest.Generate(difftest.UnitSeed(*seed, i), i, avoids...))
		}
		fmt.Print(difftest.Combine(us))
		return
	}
	if *meta {
		os.Exit(runMeta(flag.Args(), *marks, *python, *timeout, *verbose))
	}
	st, err := difftest.Run(difftest.Config{
		Seed: *seed, Start: *start, N: *n, PerModule: *perModule, PerBuild: *perBuild,
		Python: *python, Timeout: *timeout, Reduce: *reduce, OutDir: *out, Log: os.Stderr, Avoid: avoids,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "aiogo-difftest:", err)
		os.Exit(2)
	}
	fmt.Printf("programs %d (in %d modules), rejected %d, python3 timeouts %d, findings %d, time %v\n", st.Programs, st.Modules, st.Rejected, st.PyTimeouts, len(st.Findings), st.Elapsed.Round(time.Second))
	kinds := map[string]int{}
	for _, f := range st.Findings {
		kinds[f.Kind]++
	}
	for k, c := range kinds {
		fmt.Printf("  %s: %d\n", k, c)
	}
	if st.Rejected > 0 {
		fmt.Println("rejections (programs aiogo refused):")
		for _, r := range st.SortedRejects() {
			fmt.Println(r)
		}
	}
	if len(st.Findings) > 0 {
		os.Exit(1)
	}
}

func runMeta(args []string, marksFile, python string, timeout time.Duration, verbose bool) int {
	marks, err := difftest.ReadMarks(marksFile)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintln(os.Stderr, "aiogo-difftest:", err)
		return 2
	}
	var files []string
	for _, a := range args {
		if st, err := os.Stat(a); err == nil && st.IsDir() {
			more, _ := filepath.Glob(filepath.Join(a, "*.py"))
			files = append(files, more...)
		} else {
			files = append(files, a)
		}
	}
	var log io.Writer
	if verbose {
		log = os.Stderr
	}
	res, err := difftest.Meta(python, files, marks, timeout, log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "aiogo-difftest:", err)
		return 2
	}
	count := map[string]int{}
	for _, r := range res {
		count[r.Kind]++
		switch r.Kind {
		case "finding", "rejected":
			fmt.Printf("%s %s %s:\n%s\n", r.Kind, r.Mode, r.File, r.Detail)
		case "unmarked":
			fmt.Printf("unmarked %s %s: CPython prints the variant differently; mark the program '# %s' if scheduling order is the point (compared with CPython's run of the variant)\n", r.Mode, r.File, "meta: "+difftest.MarkOrderSensitive)
		case "order":
			fmt.Printf("order %s %s (marked: compared with CPython's run of the variant)\n", r.Mode, r.File)
		}
	}
	fmt.Printf("metamorphic: %d programs, %d variants: %d ok, %d order-sensitive (checked against CPython's variant), %d unmarked order-sensitive, %d skipped programs, %d rejected, %d invalid, %d findings\n",
		len(files), len(res)-count["skipped"], count["ok"], count["order"], count["unmarked"], count["skipped"], count["rejected"], count["invalid"], count["finding"])
	if count["finding"] > 0 {
		return 1
	}
	return 0
}
