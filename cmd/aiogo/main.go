// Command aiogo compiles typed Python 3.11 asyncio programs to Go.
//
// Usage:
//
//	aiogo run [-clock=real|virtual] FILE.py [ARGS...]   compile and run
//	aiogo gen [-o OUT.go] [-pkg NAME] [-check] FILE.py  emit Go source
//	aiogo build [-o BIN] [-tags T] [-ldflags F] [-trimpath=false] FILE.py
//	aiogo check FILE.py                                 parse and type-check only
//	aiogo mod [-dir DIR]                                give the Go module here the runtime
//	aiogo version                                       print the versions
//
// Flags may come before or after FILE.py. In a Go package, generate code
// with:
//
//	//go:generate aiogo gen -o prog_aiogo.go prog.py
//
// gen names the package after $GOPACKAGE (set by go generate) unless -pkg
// is given, and "main" otherwise. A package other than main gets an
// exported Go API (see the README's "Use from Go"). gen -check compares
// the output with the existing -o file and exits 1 with a diff when it is
// stale. mod copies the runtime this aiogo carries into DIR (default
// aiogo_runtime beside go.mod) as module github.com/aiogo/aiogo/runtime
// and points go.mod at it (require and replace), so a user module builds
// offline.
//
// Compile errors are printed as FILE.py:LINE:COL: message and make aiogo
// exit with status 2. `run` exits with the program's own status.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/aiogo/aiogo/codegen"
	"github.com/aiogo/aiogo/driver"
)

func usage() {
	fmt.Fprintln(os.Stderr, `usage:
  aiogo run [-clock=real|virtual] FILE.py
  aiogo gen [-o OUT.go] [-pkg NAME] [-check] FILE.py
  aiogo build [-o BIN] [-tags TAGS] [-ldflags FLAGS] [-trimpath=false] FILE.py
  aiogo check FILE.py
  aiogo mod [-dir DIR]
  aiogo version`)
	os.Exit(2)
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	cmd, args := os.Args[1], os.Args[2:]
	fs := flag.NewFlagSet(cmd, flag.ExitOnError)
	out := fs.String("o", "", "output file")
	defPkg := os.Getenv("GOPACKAGE")
	if defPkg == "" {
		defPkg = "main"
	}
	pkg := fs.String("pkg", defPkg, "Go package name of generated code (gen; default $GOPACKAGE, else main)")
	clock := fs.String("clock", "real", "event loop clock: real or virtual (run)")
	noLines := fs.Bool("nolines", false, "omit //line directives (gen)")
	checkOnly := fs.Bool("check", false, "compare with the -o file instead of writing it; exit 1 with a diff when stale (gen)")
	tags := fs.String("tags", "", "build tags (build)")
	ldflags := fs.String("ldflags", "", "linker flags (build)")
	trimpath := fs.Bool("trimpath", true, "remove file system paths from the executable (build)")
	dir := fs.String("dir", "", "directory for the runtime module (mod; default aiogo_runtime beside go.mod)")
	switch cmd {
	case "version", "-version", "--version":
		fmt.Printf("aiogo %s (generated code v%d, runtime github.com/aiogo/aiogo/runtime %s)\n", codegen.Version, codegen.GenVersion, codegen.Version)
		return
	case "mod":
		if err := fs.Parse(args); err != nil {
			os.Exit(2)
		}
		if err := driver.WriteRuntimeModule(".", *dir); err != nil {
			fmt.Fprintf(os.Stderr, "aiogo: %v\n", err)
			os.Exit(1)
		}
		return
	}
	var files []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			os.Exit(2)
		}
		args = fs.Args()
		if len(args) > 0 {
			files = append(files, args[0])
			args = args[1:]
		}
	}
	if len(files) != 1 {
		usage()
	}
	file := files[0]
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(os.Stderr, "aiogo: %v\n", err)
		os.Exit(2)
	}
	name := filepath.Base(file)
	switch cmd {
	case "check":
		if _, _, err := driver.Check(name, src); err != nil {
			failAt(err, name, file)
		}
	case "gen":
		goSrc, err := driver.Compile(name, src, codegen.Config{Package: *pkg, NoLineDirectives: *noLines})
		if err != nil {
			failAt(err, name, file)
		}
		if *checkOnly {
			if *out == "" {
				fmt.Fprintln(os.Stderr, "aiogo: gen -check needs -o FILE (the committed output)")
				os.Exit(2)
			}
			old, err := os.ReadFile(*out)
			if err != nil {
				fmt.Fprintf(os.Stderr, "aiogo: %v\n", err)
				os.Exit(1)
			}
			if !bytes.Equal(old, goSrc) {
				fmt.Fprintf(os.Stderr, "aiogo: %s is stale (regenerate it from %s):\n%s", *out, file, driver.Diff(*out, old, goSrc))
				os.Exit(1)
			}
			return
		}
		if *out == "" {
			os.Stdout.Write(goSrc)
			return
		}
		if err := os.WriteFile(*out, goSrc, 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "aiogo: %v\n", err)
			os.Exit(1)
		}
	case "build":
		if *out == "" {
			*out = strings.TrimSuffix(name, ".py")
		}
		goSrc, err := driver.Compile(name, src, codegen.Config{Package: "main"})
		if err != nil {
			failAt(err, name, file)
		}
		flags := []string{fmt.Sprintf("-trimpath=%v", *trimpath)}
		if *tags != "" {
			flags = append(flags, "-tags", *tags)
		}
		if *ldflags != "" {
			flags = append(flags, "-ldflags", *ldflags)
		}
		if err := driver.BuildFlags(goSrc, *out, flags...); err != nil {
			fmt.Fprintf(os.Stderr, "aiogo: %v\n", err)
			os.Exit(2)
		}
	case "run":
		goSrc, err := driver.Compile(name, src, codegen.Config{Package: "main"})
		if err != nil {
			failAt(err, name, file)
		}
		dir, err := os.MkdirTemp("", "aiogo-run-")
		if err != nil {
			fmt.Fprintf(os.Stderr, "aiogo: %v\n", err)
			os.Exit(2)
		}
		bin := filepath.Join(dir, strings.TrimSuffix(name, ".py"))
		if err := driver.Build(goSrc, bin); err != nil {
			os.RemoveAll(dir)
			fmt.Fprintf(os.Stderr, "aiogo: %v\n", err)
			os.Exit(2)
		}
		c := exec.Command(bin, args...)
		c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
		c.Env = os.Environ()
		if *clock == "virtual" {
			c.Env = append(c.Env, "AIOGO_CLOCK=virtual")
		}
		err = c.Run()
		os.RemoveAll(dir)
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			os.Exit(exitStatus(ee))
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "aiogo: %v\n", err)
			os.Exit(2)
		}
	default:
		usage()
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(2)
}

// failAt reports compile errors with positions in the file as the user
// named it on the command line (the compiler sees only its base name,
// which the generated code uses for tracebacks).
func failAt(err error, name, file string) {
	var ce *driver.CompileError
	if errors.As(err, &ce) && name != file {
		for i, m := range ce.Msgs {
			if strings.HasPrefix(m, name+":") {
				ce.Msgs[i] = file + m[len(name):]
			}
		}
	}
	fail(err)
}

// exitStatus is the status `aiogo run` exits with for a program that
// failed: the program's own, or 128+N when signal N killed it (the shell's
// convention; a program ending with an uncaught KeyboardInterrupt kills
// itself with SIGINT, as CPython does, so `aiogo run` exits 130 as
// `python3` does in a shell).
func exitStatus(ee *exec.ExitError) int {
	if ws, ok := ee.Sys().(interface {
		Signaled() bool
		Signal() syscall.Signal
	}); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ee.ExitCode()
}
