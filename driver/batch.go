package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// BatchEnv is the environment variable that selects, by package name, the
// program a batch executable runs.
const BatchEnv = "AIOGO_BATCH_PROG"

// BatchProgram is one generated program of a batch: Go source generated
// with codegen.Config.Package set to something other than "main" (say
// BatchPackage) and Program set, so that it exports Main instead of
// defining main. Pkg names
// the program in the batch (BatchEnv selects it); it must be a lower-case
// Go identifier.
type BatchProgram struct {
	Pkg string
	Go  []byte
}

// BatchPackage is the Go package name to generate batch programs with. All
// programs must use it: programs share packages (see groupPrograms), and a
// program that cannot share one is its own package, in a directory named by
// a hash of its source.
const BatchPackage = "prog"

// batchPkg is what a batch program's name must look like.
var batchPkg = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// BuildBatch builds many generated programs into one executable at out with
// a single go build: the programs share a few packages of a module (see
// groupPrograms: each program's package-level names are prefixed, so that
// the programs of a package share the runtime's generic instances) and a
// dispatcher main runs the one named by the environment variable BatchEnv.
// One build compiles the packages in parallel and links once, instead of
// linking one executable per program.
//
// With cache set the module lives in the user cache directory and each
// package's directory and files are named by hashes of their sources, so
// go's build cache skips every package compiled before (the end-to-end
// tests); without it the module is temporary (one-off campaigns).
//
// The programs' packages are compiled without inlining (batchGCFlags): a
// batch exists to check what programs print, and inlining the runtime's
// generic methods into every program's state machines is a third of the
// compile work. Go's semantics do not depend on inlining; the runtime's
// own packages, and every user-facing build, are compiled as usual.
//
// A program whose Go does not compile is left out of the executable and
// reported in failed (keyed by Pkg) with the compiler's messages; err is
// for failures of the build as a whole.
func BuildBatch(progs []BatchProgram, out string, cache bool) (failed map[string]error, err error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, p := range progs {
		if !batchPkg.MatchString(p.Pkg) || p.Pkg == "main" || seen[p.Pkg] {
			return nil, fmt.Errorf("batch: bad or duplicate program name %q", p.Pkg)
		}
		seen[p.Pkg] = true
	}
	failed = map[string]error{}
	err = inModule(cache, func(work string) error {
		entries := map[string]batchEntry{} // Pkg -> where its Main is
		groups, singles := groupPrograms(work, progs)
		var dirs []string
		members := map[string][]groupedProgram{} // group directory -> its programs
		for _, g := range groups {
			h := sha256.New()
			for _, gp := range g {
				h.Write([]byte(gp.tag))
			}
			d := "g" + hex.EncodeToString(h.Sum(nil))[:20]
			for _, gp := range g {
				if err := writeOnce(filepath.Join(work, d, gp.tag+".go"), gp.src); err != nil {
					return err
				}
				entries[gp.prog.Pkg] = batchEntry{d, groupedName(gp.tag, "Main")}
			}
			dirs = append(dirs, d)
			members[d] = g
		}
		// Compile the packages first: go build reports every package that
		// fails, each under a "# aiogoprog/DIR" header, and keeps going. A
		// shared package that fails is built again as one package per
		// program, so that each failure is reported against its program.
		build := func(singles []BatchProgram) ([]BatchProgram, error) {
			for _, p := range singles {
				d, err := writeSingle(work, p)
				if err != nil {
					return nil, err
				}
				entries[p.Pkg] = batchEntry{d, "Main"}
				dirs = append(dirs, d)
			}
			if len(dirs) == 0 {
				return nil, nil
			}
			args := []string{"build", "-trimpath=false", batchGCFlags}
			for _, d := range dirs {
				args = append(args, "./"+d)
			}
			dirs = nil
			b, err := runGo(work, args...)
			if err == nil {
				return nil, nil
			}
			bad := splitBuildErrors(b)
			if len(bad) == 0 {
				return nil, fmt.Errorf("go build failed:\n%s", b)
			}
			var retry []BatchProgram
			for d, msg := range bad {
				if g, ok := members[d]; ok {
					for _, gp := range g {
						retry = append(retry, gp.prog)
					}
					continue
				}
				for _, p := range singles {
					if entries[p.Pkg].dir == d {
						failed[p.Pkg] = fmt.Errorf("go build failed (this is a compiler bug):\n%s", msg)
					}
				}
			}
			return retry, nil
		}
		retry, err := build(singles)
		if err != nil {
			return err
		}
		if len(retry) > 0 {
			if _, err := build(retry); err != nil {
				return err
			}
		}
		var ok []BatchProgram
		for _, p := range progs {
			if failed[p.Pkg] == nil {
				ok = append(ok, p)
			}
		}
		main := dispatcher(ok, entries)
		sum := sha256.Sum256(main)
		md := "m" + hex.EncodeToString(sum[:])[:20]
		if err := writeOnce(filepath.Join(work, md, "main.go"), main); err != nil {
			return err
		}
		if b, err := runGo(work, "build", "-trimpath=false", batchGCFlags, "-o", abs, "./"+md); err != nil {
			return fmt.Errorf("go build of the batch failed:\n%s", b)
		}
		return nil
	})
	return failed, err
}

// batchGCFlags compiles a batch's own packages (module aiogoprog) without
// inlining; see BuildBatch.
const batchGCFlags = "-gcflags=aiogoprog/...=-l"

// batchEntry is where a batch program's Main is: the package directory in
// the batch module and the function's name there.
type batchEntry struct{ dir, main string }

// writeSingle writes a program as its own package, in a directory named by
// the hash of its source, and returns the directory.
func writeSingle(work string, p BatchProgram) (string, error) {
	sum := sha256.Sum256(p.Go)
	d := "h" + hex.EncodeToString(sum[:])[:20]
	return d, writeOnce(filepath.Join(work, d, "prog.go"), p.Go)
}

// writeOnce writes a file that, once written, never changes (its name
// depends on its content): concurrent builds may share it.
func writeOnce(path string, data []byte) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-")
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// splitBuildErrors splits go build's output into the messages of each
// failing package of the batch module.
func splitBuildErrors(out []byte) map[string]string {
	bad := map[string]string{}
	cur := ""
	for _, line := range strings.SplitAfter(string(out), "\n") {
		if rest, ok := strings.CutPrefix(line, "# aiogoprog/"); ok {
			cur = strings.TrimSpace(rest)
			bad[cur] += ""
			continue
		}
		if cur != "" {
			bad[cur] += line
		}
	}
	return bad
}

// dispatcher is the main package of a batch executable; entries says
// where each program's Main is.
func dispatcher(progs []BatchProgram, entries map[string]batchEntry) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by aiogo's batch builder. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n")
	alias := map[string]string{} // package directory -> import name
	var dirs []string
	for _, p := range progs {
		d := entries[p.Pkg].dir
		if _, ok := alias[d]; !ok {
			alias[d] = ""
			dirs = append(dirs, d)
		}
	}
	sort.Strings(dirs)
	for i, d := range dirs {
		alias[d] = fmt.Sprintf("p%d", i)
		fmt.Fprintf(&b, "\t%s %q\n", alias[d], "aiogoprog/"+d)
	}
	names := make([]string, len(progs))
	for i, p := range progs {
		names[i] = p.Pkg
	}
	sort.Strings(names)
	fmt.Fprintf(&b, ")\n\nfunc main() {\n\tswitch p := os.Getenv(%q); p {\n", BatchEnv)
	for _, n := range names {
		e := entries[n]
		fmt.Fprintf(&b, "\tcase %q:\n\t\t%s.%s()\n", n, alias[e.dir], e.main)
	}
	b.WriteString("\tdefault:\n\t\tfmt.Fprintf(os.Stderr, \"batch: no program %q\\n\", p)\n\t\tos.Exit(3)\n\t}\n}\n")
	return b.Bytes()
}

// VetBatch runs go vet over many generated packages (each is main or
// not) in one temporary module, one go vet for all of them. It returns the
// vet messages of every package that is not vet-clean, keyed by name.
func VetBatch(progs []BatchProgram) (failed map[string]error, err error) {
	failed = map[string]error{}
	err = inModule(false, func(work string) error {
		args := []string{"vet"}
		for _, p := range progs {
			if !batchPkg.MatchString(p.Pkg) {
				return fmt.Errorf("batch: bad package directory %q", p.Pkg)
			}
			dir := filepath.Join(work, p.Pkg)
			if err := os.Mkdir(dir, 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, "prog.go"), p.Go, 0o644); err != nil {
				return err
			}
			args = append(args, "./"+p.Pkg)
		}
		b, err := runGo(work, args...)
		if err == nil {
			return nil
		}
		bad := splitBuildErrors(b)
		if len(bad) == 0 {
			return fmt.Errorf("go vet failed:\n%s", b)
		}
		for n, msg := range bad {
			failed[n] = fmt.Errorf("go vet failed:\n%s", msg)
		}
		return nil
	})
	return failed, err
}

// inModule runs f in a module that requires the embedded runtime: a
// temporary one, removed afterwards, or with cache one kept in the user
// cache directory (one per runtime version) whose files never change once
// written.
func inModule(cache bool, f func(work string) error) error {
	rtDir, err := runtimeDir()
	if err != nil {
		return fmt.Errorf("preparing runtime: %v", err)
	}
	gomod := fmt.Sprintf("module aiogoprog\n\ngo 1.23\n\nrequire github.com/aiogo/aiogo v0.0.0\n\nreplace github.com/aiogo/aiogo => %s\n", rtDir)
	if cache {
		work := filepath.Join(filepath.Dir(rtDir), "batch-"+strings.TrimPrefix(filepath.Base(rtDir), "rt-"))
		if err := writeOnce(filepath.Join(work, "go.mod"), []byte(gomod)); err != nil {
			return err
		}
		return f(work)
	}
	work, err := os.MkdirTemp("", "aiogo-batch-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if err := os.WriteFile(filepath.Join(work, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	return f(work)
}

// runGo runs the go command in dir with the environment the generated
// module needs (no network, no workspace) and returns its combined output.
func runGo(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), offlineEnv...)
	dieWithParent(cmd)
	return cmd.CombinedOutput()
}
