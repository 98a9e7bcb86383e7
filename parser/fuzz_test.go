package parser

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks that ParseFile never panics (it recovers, so an
// "internal parser error" counts as a crash), that every error is an
// *Error positioned inside the input, and that every node of a successful
// parse has a valid position. Seeds: the list below, the golden inputs of
// testdata/parse and the files in testdata/fuzz/FuzzParse.
//
//	go test -fuzz=FuzzParse ./parser
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"x = 1\n",
		"async def main() -> None:\n    await asyncio.sleep(0.1)\n",
		"print(f\"{x!r:>{w}} {y=}\")\n",
		"if a:\n    pass\nelif b: pass\nelse:\n  pass\n",
		"x = [i for i in range(3) if i]\n",
		"with (a as b, c):\n    pass\n",
		"match x:\n    case 1: pass\n",
	} {
		f.Add([]byte(seed))
	}
	inputs, _ := filepath.Glob(filepath.Join(repoRoot, "testdata", "parse", "*.py"))
	for _, in := range inputs {
		if src, err := os.ReadFile(in); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		const name = "fuzz.py"
		m, err := ParseFile(name, src)
		if err != nil {
			if m != nil {
				t.Fatalf("module and error %v", err)
			}
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %T %v is not *Error", err, err)
			}
			if strings.HasPrefix(pe.Msg, "internal parser error") {
				t.Fatalf("%v", err)
			}
			lines := len(sourceLines(src))
			if pe.Pos.File != name || pe.Pos.Line < 1 || pe.Pos.Line > lines || pe.Pos.Col < 1 {
				t.Fatalf("badly positioned error %v (%d lines)", err, lines)
			}
			if want := fmt.Sprintf("%s:%d:%d: %s", name, pe.Pos.Line, pe.Pos.Col, pe.Msg); err.Error() != want {
				t.Fatalf("error text %q, want %q", err.Error(), want)
			}
			if pe.Msg == "" || strings.ToLower(pe.Msg[:1]) != pe.Msg[:1] {
				t.Fatalf("message not lower-case: %q", pe.Msg)
			}
			return
		}
		checkPositions(t, m, name, src)
		if Dump(m) == "" {
			t.Fatal("empty dump")
		}
	})
}
