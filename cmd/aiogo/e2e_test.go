package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestUseFromGo is the README's "Use from Go" followed by a Go developer:
// a fresh module in a temporary directory outside this repository with a
// .py file, a //go:generate line, Go functions the Python code calls and Go
// tests calling the exported API from several goroutines with deadlines.
// It runs aiogo mod, go generate, go vet and go test there, offline.
func TestUseFromGo(t *testing.T) {
	if testing.Short() {
		t.Skip("builds aiogo and a user module")
	}
	aiogo, _ := buildAiogo(t)
	bin := filepath.Dir(aiogo)
	run := func(dir string, env []string, name string, args ...string) string {
		t.Helper()
		c := exec.Command(name, args...)
		c.Dir = dir
		c.Env = append(os.Environ(), env...)
		out, err := c.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	app := stableDir(t, "usefromgo")
	files := map[string]string{
		"go.mod":              "module example.com/app\n\ngo 1.23\n",
		"fetch/fetch.py":      "../../testdata/usefromgo/fetch.py",
		"fetch/gen.go":        "package fetch\n\n//go:generate aiogo gen -o fetch_aiogo.go fetch.py\n",
		"fetch/fetch_test.go": "../../testdata/usefromgo/fetch_test.go.txt",
		"hashing/hashing.go":  "../../testdata/usefromgo/hashing.go.txt",
	}
	for name, content := range files {
		if strings.HasPrefix(content, "../../") {
			b, err := os.ReadFile(content)
			if err != nil {
				t.Fatal(err)
			}
			content = string(b)
		}
		p := filepath.Join(app, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := []string{
		"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"),
		"GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GOSUMDB=off",
	}
	run(app, env, aiogo, "mod")
	run(app, env, "go", "generate", "./...")
	run(app, env, "go", "vet", "./...")
	out := run(app, env, "go", "test", "-count=1", "./...")
	if !strings.Contains(out, "ok  \texample.com/app/fetch") {
		t.Errorf("go test:\n%s", out)
	}
	// aiogo run builds a program calling the module's own Go package in
	// the module.
	tool := "import asyncio\n\n\n# aiogo:go GoError\nclass GoError(Exception):\n    pass\n\n\n" +
		"# aiogo:go example.com/app/hashing.Sum\nasync def digest(data: bytes) -> str:\n    return data.hex()\n\n\n" +
		"async def main() -> None:\n    print((await digest(b'abc'))[:8])\n    try:\n        await digest(b'')\n" +
		"    except GoError as e:\n        print('GoError:', e)\n\n\nasyncio.run(main())\n"
	os.MkdirAll(filepath.Join(app, "tool"), 0o755)
	os.WriteFile(filepath.Join(app, "tool", "tool.py"), []byte(tool), 0o644)
	if out := run(app, env, aiogo, "run", "tool/tool.py"); out != "ba7816bf\nGoError: empty input\n" {
		t.Errorf("aiogo run tool/tool.py: %q", out)
	}
	// The committed output is up to date; a stale one fails gen -check.
	fetch := filepath.Join(app, "fetch")
	run(fetch, env, aiogo, "gen", "-check", "-pkg", "fetch", "-o", "fetch_aiogo.go", "fetch.py")
	gen := filepath.Join(fetch, "fetch_aiogo.go")
	b, _ := os.ReadFile(gen)
	os.WriteFile(gen, []byte(strings.Replace(string(b), "Fetch every URL", "Fetch each URL", 1)), 0o644)
	c := exec.Command(aiogo, "gen", "-check", "-pkg", "fetch", "-o", "fetch_aiogo.go", "fetch.py")
	c.Dir, c.Env = fetch, append(os.Environ(), env...)
	if out, err := c.CombinedOutput(); err == nil || !strings.Contains(string(out), "+\t_ = \"Fetch every URL") {
		t.Errorf("gen -check of a stale file: %v\n%s", err, out)
	}
}

// TestRunExitStatus checks the exit status of `aiogo run` against the one
// python3 exits with in a shell: the program's own status, and 130 for an
// uncaught KeyboardInterrupt (the program dies of SIGINT, as CPython does).
func TestRunExitStatus(t *testing.T) {
	aiogo, tmp := buildAiogo(t)
	tests := []struct {
		raise string
		want  int
	}{
		{"raise SystemExit(3)", 3},
		{"raise KeyboardInterrupt", 130},
		{"raise ValueError('x')", 1},
	}
	for _, tt := range tests {
		src := "import asyncio\n\n\nasync def main() -> None:\n    print('start')\n    " + tt.raise + "\n\n\nasyncio.run(main())\n"
		file := filepath.Join(tmp, "prog.py")
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(aiogo, "run", file).Output()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != tt.want || string(out) != "start\n" {
			t.Errorf("%s: exit %d, stdout %q; want exit %d, stdout \"start\\n\"", tt.raise, code, out, tt.want)
		}
	}
}

// TestTracebackLines checks that a traceback names the Python line of the
// statement that raised when its Go spans several lines (here a call
// whose argument is a function literal): CPython prints line 14 for main.
func TestTracebackLines(t *testing.T) {
	aiogo, tmp := buildAiogo(t)
	src := `import asyncio
from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


async def main() -> None:
    print(Span(2, 4)._replace(end=6))


asyncio.run(main())
`
	file := filepath.Join(tmp, "prog.py")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd := exec.Command(aiogo, "run", file)
	cmd.Stderr = &stderr
	cmd.Run()
	want := "line 17, in <module>\n  File \"prog.py\", line 14, in main\nTypeError: Expected 2 arguments, got 4\n"
	if !strings.HasSuffix(stderr.String(), want) {
		t.Errorf("traceback:\n%s\nwant it to end with:\n%s", stderr.String(), want)
	}
}

// buildAiogo returns the aiogo command, built once per test binary run
// (linking it takes seconds), and a temporary directory for the test.
func buildAiogo(t *testing.T) (aiogo, tmp string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds aiogo and programs")
	}
	aiogoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "aiogo-e2e-")
		if err != nil {
			aiogoErr = err
			return
		}
		aiogoDir = dir
		if out, err := exec.Command("go", "build", "-o", filepath.Join(dir, "aiogo"), ".").CombinedOutput(); err != nil {
			aiogoErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if aiogoErr != nil {
		t.Fatal(aiogoErr)
	}
	return filepath.Join(aiogoDir, "aiogo"), t.TempDir()
}

// stableDir returns an empty directory that is the same on every run
// from this checkout (under the user cache directory, named by a hash of
// the working directory), removed when the test ends. Go's build cache
// keys a package compiled without -trimpath by its directory, so a module
// that holds a copy of the runtime (aiogo mod) at a new temporary path
// each run would recompile it each time.
func stableDir(t *testing.T, name string) string {
	t.Helper()
	wd, _ := os.Getwd()
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	sum := sha256.Sum256([]byte(wd))
	dir := filepath.Join(base, "aiogo", "e2e-"+name+"-"+hex.EncodeToString(sum[:6]))
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

var (
	aiogoOnce sync.Once
	aiogoDir  string
	aiogoErr  error
)

// TestMain removes the aiogo command buildAiogo built.
func TestMain(m *testing.M) {
	code := m.Run()
	if aiogoDir != "" {
		os.RemoveAll(aiogoDir)
	}
	os.Exit(code)
}
