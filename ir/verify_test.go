package ir

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/parser"
)

func lowerFunc(t *testing.T, src, fn string) *Func {
	t.Helper()
	m, err := parser.ParseFile("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	info, err := check.Check("t.py", m)
	if err != nil {
		t.Fatal(err)
	}
	for _, fi := range info.TopFuncs {
		if fi.Name == fn {
			return Build(info, fi, fn)
		}
	}
	t.Fatalf("no function %s", fn)
	return nil
}

const verifySrc = `import asyncio


async def h(x: int) -> int:
    await asyncio.sleep(0)
    return x


async def f(x: int) -> int:
    a = x * 2
    await h(x)
    try:
        b = await h(a)
    except ValueError:
        b = 0
    return a if b > 0 else -a
`

// TestVerifyCatches corrupts a correctly lowered function in the ways the
// verifier exists to catch and checks each is reported.
func TestVerifyCatches(t *testing.T) {
	tests := []struct {
		name    string
		corrupt func(f *Func)
		want    string
	}{
		{"sound", func(f *Func) {}, ""},
		{"local dropped from the frame", func(f *Func) {
			for _, v := range f.Vars {
				if v.Name == "a" {
					v.InFrame = false
				}
			}
		}, "a is read after a suspension point but is not in the frame"},
		{"suspension without state", func(f *Func) {
			for _, b := range f.Blocks {
				if a, ok := b.Term.(*Await); ok {
					a.Next.Resume = false
					return
				}
			}
		}, "which has no state"},
		{"resume numbering", func(f *Func) {
			for _, b := range f.Blocks {
				if b.Resume {
					b.ResumeID = 7
					return
				}
			}
		}, "resume point numbered 7"},
		{"unreachable resume point", func(f *Func) {
			for _, b := range f.Blocks {
				b.Handler = nil
			}
		}, "resume point"},
		{"handler that is not a resume point", func(f *Func) {
			for _, b := range f.Blocks {
				if b.Handler != nil {
					b.Handler.Resume = false
					return
				}
			}
		}, "is not a resume point"},
		{"await numbered twice", func(f *Func) {
			for _, b := range f.Blocks {
				if a, ok := b.Term.(*Await); ok {
					a.ID = 1
				}
			}
		}, "await numbered 1"},
		{"missing terminator", func(f *Func) { f.Blocks[len(f.Blocks)-1].Term = nil }, "no terminator"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := lowerFunc(t, verifySrc, "f")
			tc.corrupt(f)
			err := f.Verify()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Verify: %v\n%s", err, f.Dump())
			case tc.want != "" && err == nil:
				t.Errorf("Verify found nothing, want %q\n%s", tc.want, f.Dump())
			case tc.want != "" && !strings.Contains(err.Error(), tc.want):
				t.Errorf("Verify: %v, want %q", err, tc.want)
			}
		})
	}
}

// TestVerifyPrograms lowers every program of testdata/run and runs the
// passes over it (the verifier runs after lowering and after each pass)
// without building them.
func TestVerifyPrograms(t *testing.T) {
	files, _ := filepath.Glob("../testdata/run/*.py")
	more, _ := filepath.Glob("../examples/*/*.py")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no programs")
	}
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err := parser.ParseFile(filepath.Base(p), src)
		if err != nil {
			continue
		}
		info, err := check.Check(filepath.Base(p), m)
		if err != nil {
			continue // reject programs
		}
		prog, err := LowerAll(m, info, testNames{})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if !prog.Complete() {
			t.Errorf("%s: stages %v", p, prog.Ran)
		}
	}
}
