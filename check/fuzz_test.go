package check_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/codegen"
	"github.com/aiogo/aiogo/driver"
	"github.com/aiogo/aiogo/parser"
)

// FuzzCheck feeds arbitrary source through the parser, the checker and the
// code generator: whatever the input, nothing may panic, every diagnostic
// must carry a position, and a program the checker accepts must lower to Go
// that type-checks (go/types, in-process). Seeds: testdata/fuzz/FuzzCheck plus
// the project's own test programs.
func FuzzCheck(f *testing.F) {
	for _, dir := range []string{"../testdata/gen", "../testdata/run", "../testdata/errors", "../examples"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
				builtElsewhere[string(b)] = true
			}
		}
	}
	f.Fuzz(fuzzCheckOne)
}

// builtElsewhere holds the seeds taken from the project's programs, whose
// generated Go the driver's TestRun compiles with the Go compiler: running
// the seed corpus (plain go test) does not type-check it a second time.
var builtElsewhere = map[string]bool{}

// fuzzing reports whether this is a go test -fuzz run (rather than a run
// of the seed corpus).
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// fuzzCheckOne is one FuzzCheck run on src.
func fuzzCheckOne(t *testing.T, src string) {
	// The timer covers the compiler's own stages (parse, check, lower); the
	// type-check of the generated Go loads export data and is not timed.
	done := make(chan struct{})
	var once sync.Once
	stop := func() { once.Do(func() { close(done) }) }
	defer stop()
	go func() {
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			panic(fmt.Sprintf("compiler hangs on %q", src))
		}
	}()
	m, err := parser.ParseFile("f.py", []byte(src))
	if err != nil {
		return
	}
	parsed := parser.Dump(m)
	info, err := check.Check("f.py", m)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			if !strings.HasPrefix(line, "f.py:") {
				t.Fatalf("diagnostic without position: %q", line)
			}
			if strings.Contains(line, "internal compiler error") {
				t.Fatalf("checker crashed: %s", line)
			}
		}
		return
	}
	// An accepted program must lower, and its Go must type-check
	// (in-process, against the runtime's export data).
	out, err := codegen.Generate(m, info, codegen.Config{Source: "f.py"})
	if err != nil {
		t.Fatalf("the checker accepted a program the generator cannot lower: %v", err)
	}
	// Each stage reads what the one before produced and writes only its own
	// output: checking, lowering and generating leave the syntax tree as the
	// parser made it.
	if after := parser.Dump(m); after != parsed {
		t.Fatalf("checking or generating changed the syntax tree:\n%s", firstDiff(parsed, after))
	}
	stop()
	if builtElsewhere[src] && !fuzzing() {
		return
	}
	if err := driver.TypeCheckGo(out); err != nil {
		t.Fatalf("the checker accepted a program whose Go is broken: %v", err)
	}
}

// firstDiff shows the first line where two dumps differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d: was %q, now %q", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("was %d lines, now %d", len(al), len(bl))
}
