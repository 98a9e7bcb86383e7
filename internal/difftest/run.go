package difftest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/aiogo/aiogo/codegen"
	"github.com/aiogo/aiogo/driver"
)

// Outcome is what running a program printed and how it ended.
type Outcome struct {
	Stdout  string
	Stderr  string
	Code    int
	Timeout bool
}

// same reports whether two outcomes agree on stdout and exit status.
func (o Outcome) same(p Outcome) bool {
	return o.Stdout == p.Stdout && o.Code == p.Code && o.Timeout == p.Timeout
}

// ResolvePython returns the interpreter's own path (sys.executable), so
// that runs skip wrappers such as pyenv's shims; python if that fails.
func ResolvePython(python string) string {
	out, err := exec.Command(python, "-c", "import sys; print(sys.executable)").Output()
	if p := strings.TrimSpace(string(out)); err == nil && p != "" {
		return p
	}
	return python
}

// Python runs src under python3 (the oracle).
func Python(python, src string, timeout time.Duration) (Outcome, error) {
	dir, err := os.MkdirTemp("", "difftest-py-")
	if err != nil {
		return Outcome{}, err
	}
	defer os.RemoveAll(dir)
	f := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		return Outcome{}, err
	}
	return runCmd(timeout, nil, python, f)
}

func runCmd(timeout time.Duration, env []string, name string, args ...string) (Outcome, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), env...)
	stdout, stderr := &capped{cancel: cancel}, &capped{cancel: cancel}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	err := cmd.Run()
	o := Outcome{Stdout: stdout.String(), Stderr: stderr.String()}
	if stdout.over || stderr.over {
		o.Stdout += "\n[output cut: more than 1 MB]\n"
		o.Timeout = true
		return o, nil
	}
	if ctx.Err() != nil {
		o.Timeout = true
		return o, nil
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		o.Code = ee.ExitCode()
	} else if err != nil {
		return o, err
	}
	return o, nil
}

// maxOutput bounds what a run may print: a program that prints more is
// stopped (generated programs print little; a runaway loop prints a lot).
const maxOutput = 1 << 20

// capped keeps the first maxOutput bytes written to it and then stops the
// process.
type capped struct {
	bytes.Buffer
	over   bool
	cancel func()
}

func (c *capped) Write(p []byte) (int, error) {
	if c.Len()+len(p) > maxOutput {
		c.over = true
		c.cancel()
		return len(p), nil
	}
	return c.Buffer.Write(p)
}

// Compiled is what aiogo made of one program.
type Compiled struct {
	CompileErr error // a compile error (rejection or internal compiler error)
	BuildErr   error // the generated Go did not build
	Run        Outcome
}

// ICE reports whether the compile error is an internal compiler error.
func (c Compiled) ICE() bool {
	if c.CompileErr == nil {
		return false
	}
	var ce *driver.CompileError
	return !errors.As(c.CompileErr, &ce) || strings.Contains(c.CompileErr.Error(), "internal compiler error")
}

// Aiogo compiles every source with aiogo, builds the accepted ones into one
// executable (driver.BuildBatch) and runs each on the virtual clock.
func Aiogo(srcs []string, timeout time.Duration) ([]Compiled, error) {
	out := make([]Compiled, len(srcs))
	var batch []driver.BatchProgram
	for i, src := range srcs {
		goSrc, err := compileSafe(fmt.Sprintf("prog%d.py", i), []byte(src))
		if err != nil {
			out[i].CompileErr = err
			continue
		}
		batch = append(batch, driver.BatchProgram{Pkg: fmt.Sprintf("u%d", i), Go: goSrc})
	}
	if len(batch) == 0 {
		return out, nil
	}
	dir, err := os.MkdirTemp("", "difftest-bin-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "batch")
	failed, err := driver.BuildBatch(batch, bin, false)
	if err != nil {
		return nil, err
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for _, p := range batch {
		var i int
		fmt.Sscanf(p.Pkg, "u%d", &i)
		if e := failed[p.Pkg]; e != nil {
			out[i].BuildErr = e
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			o, err := runCmd(timeout, []string{"AIOGO_CLOCK=virtual", driver.BatchEnv + "=" + p.Pkg}, bin)
			if err != nil {
				o.Stderr += err.Error()
				o.Code = -1
			}
			out[i].Run = o
		}()
	}
	wg.Wait()
	return out, nil
}

// compileSafe compiles src, turning a panic into an internal compiler error.
func compileSafe(name string, src []byte) (goSrc []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal compiler error: panic: %v", r)
		}
	}()
	return driver.Compile(name, src, codegen.Config{Package: driver.BatchPackage, Program: true})
}

// pythonBroken reports whether the oracle's run shows that a reduced
// program is no longer valid (the reducer removed a definition it needed).
func pythonBroken(o Outcome) bool {
	if o.Timeout {
		return true
	}
	for _, e := range []string{"SyntaxError", "IndentationError", "NameError", "UnboundLocalError", "TypeError", "AttributeError"} {
		if strings.Contains(o.Stderr, e) {
			return true
		}
	}
	return false
}
