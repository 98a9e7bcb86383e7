package check_test

import (
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
			}
		}
	}
	f.Fuzz(fuzzCheckOne)
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
	stop()
	if err := driver.TypeCheckGo(out); err != nil {
		t.Fatalf("the checker accepted a program whose Go is broken: %v", err)
	}
}
