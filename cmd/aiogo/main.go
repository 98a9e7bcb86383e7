// Command aiogo compiles typed Python 3.11 asyncio programs to Go.
//
// Usage:
//
//	aiogo run [-clock=real|virtual] FILE.py [ARGS...]   compile and run
//	aiogo gen [-o OUT.go] [-pkg NAME] FILE.py           emit Go source
//	aiogo build -o BIN FILE.py                          build an executable
//	aiogo check FILE.py                                 parse and type-check only
//
// Flags may come before or after FILE.py. In a Go package, generate code
// with:
//
//	//go:generate aiogo gen -o prog_aiogo.go prog.py
//
// Compile errors are printed as FILE.py:LINE:COL: message and make aiogo
// exit with status 2. `run` exits with the program's own status.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/aiogo/aiogo/codegen"
	"github.com/aiogo/aiogo/driver"
)

func usage() {
	fmt.Fprintln(os.Stderr, `usage:
  aiogo run [-clock=real|virtual] FILE.py
  aiogo gen [-o OUT.go] [-pkg NAME] FILE.py
  aiogo build -o BIN FILE.py
  aiogo check FILE.py`)
	os.Exit(2)
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	cmd, args := os.Args[1], os.Args[2:]
	fs := flag.NewFlagSet(cmd, flag.ExitOnError)
	out := fs.String("o", "", "output file")
	pkg := fs.String("pkg", "main", "Go package name of generated code (gen)")
	clock := fs.String("clock", "real", "event loop clock: real or virtual (run)")
	noLines := fs.Bool("nolines", false, "omit //line directives (gen)")
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
			fail(err)
		}
	case "gen":
		p := *pkg
		goSrc, err := driver.Compile(name, src, codegen.Config{Package: p, NoLineDirectives: *noLines})
		if err != nil {
			fail(err)
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
			fail(err)
		}
		if err := driver.Build(goSrc, *out); err != nil {
			fmt.Fprintf(os.Stderr, "aiogo: %v\n", err)
			os.Exit(2)
		}
	case "run":
		goSrc, err := driver.Compile(name, src, codegen.Config{Package: "main"})
		if err != nil {
			fail(err)
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
			os.Exit(ee.ExitCode())
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
