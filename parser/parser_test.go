package parser

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/ast"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/parse")

// repoRoot is the module root, relative to this package's directory.
const repoRoot = ".."

// TestGolden parses every testdata/parse/*.py and compares Dump's output
// with the .golden file next to it. go test ./parser -update rewrites them.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join(repoRoot, "testdata", "parse", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatal("no inputs in testdata/parse")
	}
	for _, in := range inputs {
		name := filepath.Base(in)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			m, err := ParseFile(name, src)
			if err != nil {
				t.Fatal(err)
			}
			checkPositions(t, m, name, src)
			got := Dump(m)
			golden := strings.TrimSuffix(in, ".py") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./parser -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s differed (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// errorTests maps bad inputs (parsed as x.py) to the exact error.
var errorTests = []struct {
	name, src, want string
}{
	// Unexpected tokens.
	{"double equals", "x = = 1\n", "x.py:1:5: unexpected token \"=\""},
	{"keyword attribute", "print(x.None)\n", "x.py:1:9: unexpected token \"None\""},
	{"keyword as name", "None = 1\n", "x.py:1:1: cannot assign to None"},
	{"keyword target", "await = 1\n", "x.py:1:7: unexpected token \"=\""},
	{"print statement", "print 'hello'\n", "x.py:1:7: unexpected token \"'hello'\""},
	{"two operands", "x = 5 5\n", "x.py:1:7: unexpected token \"5\""},
	{"dangling operator", "x = 1 if 2\n", "x.py:1:11: unexpected newline"},
	{"stray else", "else:\n    pass\n", "x.py:1:1: unexpected token \"else\""},
	{"eof after statement", "x = (1 +\n    2) *", "x.py:2:9: unexpected EOF"},
	{"try without handlers", "try:\n    pass\n", "x.py:3:1: expected 'except' or 'finally' block"},
	{"missing colon", "for x in y\n    pass\n", "x.py:1:11: expected ':'"},
	{"missing colon def", "def f() -> int\n    pass\n", "x.py:1:15: expected ':'"},
	{"missing comma", "f(a b)\n", "x.py:1:5: unexpected token \"b\""},
	{"dangling binary operator", "x = 1 +\n", "x.py:1:8: unexpected newline"},
	{"dangling comma in call", "f(a, =1)\n", "x.py:1:6: unexpected token \"=\""},
	{"double trailing semicolon", "x = 1;;\n", "x.py:1:7: unexpected token \";\""},
	{"import trailing dot", "import a.\n", "x.py:1:10: unexpected newline"},
	{"bare walrus statement", "x := 1\n", "x.py:1:3: unexpected token \":=\""},
	{"not after comparison", "x = a == not b\n", "x.py:1:10: unexpected token \"not\""},
	{"not after minus", "x = -not b\n", "x.py:1:6: unexpected token \"not\""},
	{"conditional in comprehension", "x = [a for a in b if c else d]\n", "x.py:1:24: unexpected token \"else\""},

	// Indentation.
	{"missing indent", "if x:\npass\n", "x.py:2:1: expected an indented block"},
	{"missing block at eof", "if x:\n", "x.py:2:1: expected an indented block"},
	{"unexpected indent at start", "  x = 1\n", "x.py:1:3: unexpected indent"},
	{"unexpected indent", "x = 1\n    y = 2\n", "x.py:2:5: unexpected indent"},
	{"bad dedent", "if x:\n    a = 1\n  b = 2\n", "x.py:3:1: unindent does not match any outer indentation level"},
	{"bad dedent in def", "def f():\n    return\n  x\n", "x.py:3:1: unindent does not match any outer indentation level"},
	{"tabs and spaces", "if x:\n\ty = 1\n        z = 2\n", "x.py:3:1: inconsistent use of tabs and spaces in indentation"},

	// Strings.
	{"unterminated string", "s = 'abc\n", "x.py:1:5: unterminated string literal"},
	{"unterminated triple", "s = \"\"\"abc\n\n", "x.py:1:5: unterminated triple-quoted string literal"},
	{"unterminated triple prefix", "s = rb'''abc\n", "x.py:1:5: unterminated triple-quoted string literal"},
	{"bytes and str", "x = 'a' b'b'\n", "x.py:1:5: cannot mix bytes and nonbytes literals"},
	{"non-ascii bytes", "x = b'é'\n", "x.py:1:7: bytes can only contain ASCII literal characters"},
	{"named escape", "x = '\\N{DASH}'\n", "x.py:1:6: \\N{DASH}: not a Unicode character name aiogo knows (it knows Latin, Greek and Cyrillic letters, punctuation, symbols, arrows, box drawing, shapes and emoji): write the character or a \\u escape"},
	{"short hex escape", "x = 'ab\\x4'\n", "x.py:1:8: truncated \\xXX escape"},
	{"short unicode escape", "x = '\\u12'\n", "x.py:1:6: truncated \\uXXXX escape"},
	{"surrogate escape", "x = '\\ud800'\n", "x.py:1:6: lone surrogate escapes are not supported"},

	// f-strings.
	{"empty field", "x = f'{}'\n", "x.py:1:7: f-string: empty expression not allowed"},
	{"bad conversion", "x = f'{x!z}'\n", "x.py:1:9: f-string: invalid conversion character: expected 's', 'r', or 'a'"},
	{"single brace", "x = f'a}'\n", "x.py:1:8: f-string: single '}' is not allowed"},
	{"unclosed field", "x = f'{x'\n", "x.py:1:7: f-string: expecting '}'"},
	{"bad field expression", "x = f'{a b}'\n", "x.py:1:10: unexpected token \"b\""},
	{"field error on later line", "x = f'''\n{a +\n  + * b}'''\n", "x.py:3:5: unexpected token \"*\""},
	{"nested too deeply", "x = f'{a:{b:{c}}}'\n", "x.py:1:13: f-string: expressions nested too deeply"},
	{"backslash in field", "x = f'{a[\"\\n\"]}'\n", "x.py:1:11: f-string expression part cannot include a backslash"},
	{"comment in field", "x = f'{a#}'\n", "x.py:1:9: f-string expression part cannot include '#'"},

	// Brackets.
	{"unclosed bracket at eof", "f(a, b\n", "x.py:1:2: '(' was never closed"},
	{"unclosed list", "x = [1, 2\ny = 3\n", "x.py:1:5: '[' was never closed"},
	{"mismatched bracket", "f(a, (b, [c)\n", "x.py:1:12: closing parenthesis ')' does not match opening parenthesis '['"},
	{"unmatched bracket", "x = 1\n)\n", "x.py:2:1: unmatched ')'"},
	{"too deep", "x = " + strings.Repeat("(", 201) + "\n", "x.py:1:205: too many nested parentheses"},

	// Characters and numbers.
	{"invalid character", "x = $\n", "x.py:1:5: invalid character '$' (U+0024)"},
	{"backslash not at end", "x = 1 \\ 2\n", "x.py:1:7: unexpected character after line continuation character"},
	{"null byte", "x = 1\n\x00", "x.py:2:1: source code cannot contain null bytes"},
	{"invalid utf-8", "x = 'a\xff'\n", "x.py:1:7: invalid UTF-8 in source"},
	{"leading zeros", "x = 0777\n", "x.py:1:5: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},

	// Targets.
	{"assign to call", "f() = 1\n", "x.py:1:1: cannot assign to function call"},
	{"assign to literal", "1 = x\n", "x.py:1:1: cannot assign to literal"},
	{"assign to conditional", "x = a if b else c = 1\n", "x.py:1:5: cannot assign to conditional expression"},
	{"delete call", "del f()\n", "x.py:1:5: cannot delete function call"},
	{"augmented tuple", "(a, b) += 1\n", "x.py:1:1: 'tuple' is an illegal expression for augmented assignment"},
	{"annotated tuple", "a, b: int\n", "x.py:1:1: only single target (not tuple) can be annotated"},
	{"two starred targets", "*a, *b = c\n", "x.py:1:5: multiple starred expressions in assignment"},
	{"for target", "for f() in x: pass\n", "x.py:1:5: cannot assign to function call"},
	{"with target", "with a as f(): pass\n", "x.py:1:11: cannot assign to function call"},
	{"walrus target", "(a.b := 1)\n", "x.py:1:2: cannot use assignment expressions with expression"},

	// Calls, displays and parameters.
	{"unparenthesized generator", "f(x for x in y, 1)\n", "x.py:1:3: generator expression must be parenthesized"},
	{"positional after keyword", "f(a=1, b)\n", "x.py:1:8: positional argument follows keyword argument"},
	{"star after double star", "f(**k, *a)\n", "x.py:1:8: iterable argument unpacking follows keyword argument unpacking"},
	{"keyword expression", "f((a)=1)\n", "x.py:1:3: expression cannot contain assignment, perhaps you meant \"==\"?"},
	{"starred in parens", "x = (*a)\n", "x.py:1:6: cannot use starred expression here"},
	{"starred comprehension", "x = [*a for a in b]\n", "x.py:1:6: iterable unpacking cannot be used in comprehension"},
	{"dict unpack comprehension", "x = {**a for a in b}\n", "x.py:1:6: dict unpacking cannot be used in dict comprehension"},
	{"dict then set item", "x = {1: 2, 3}\n", "x.py:1:12: ':' expected after dictionary key"},
	{"default order", "def f(a=1, b): pass\n", "x.py:1:12: non-default argument follows default argument"},
	{"bare star last", "def f(*): pass\n", "x.py:1:7: named arguments must follow bare *"},
	{"after kwargs", "def f(**k, a): pass\n", "x.py:1:12: arguments cannot follow var-keyword argument"},
	{"slash first", "def f(/, a): pass\n", "x.py:1:7: at least one argument must precede /"},
	{"default except first", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "x.py:3:1: default 'except:' must be last"},
	{"from without module", "from import x\n", "x.py:1:1: expected module name after 'from'"},
}

func TestErrors(t *testing.T) {
	for _, tt := range errorTests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseFile("x.py", []byte(tt.src))
			if err == nil {
				t.Fatalf("ParseFile(%q) succeeded, want %s", tt.src, tt.want)
			}
			if m != nil {
				t.Errorf("ParseFile returned a module with an error")
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("ParseFile(%q):\n got %s\nwant %s", tt.src, got, tt.want)
			}
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error is %T, want *Error", err)
			}
			if pe.Pos.File != "x.py" {
				t.Errorf("error file %q", pe.Pos.File)
			}
		})
	}
}

// TestNoPanicOnDeepNesting checks that hostile nesting ends in an error,
// not a stack overflow, and that long but flat expressions are fine.
func TestNesting(t *testing.T) {
	ok := []string{
		"x = " + strings.Repeat("a - ", 5000) + "b\n",
		"x = [" + strings.Repeat("-1, ", 5000) + "]\n",
		"x = " + strings.Repeat("-", 999) + "1\n",
		"x = " + strings.Repeat("(", 199) + "1" + strings.Repeat(")", 199) + "\n",
	}
	for _, src := range ok {
		if _, err := ParseFile("x.py", []byte(src)); err != nil {
			t.Errorf("%.40q...: %v", src, err)
		}
	}
	bad := []string{
		"x = " + strings.Repeat("-", 100000) + "1\n",
		"x = " + strings.Repeat("not ", 100000) + "1\n",
		"x = " + strings.Repeat("2 ** ", 100000) + "1\n",
		"x = " + strings.Repeat("a if b else ", 100000) + "1\n",
		"x = " + strings.Repeat("lambda: ", 100000) + "1\n",
		"x = " + strings.Repeat("await ", 100000) + "1\n",
		"x = " + strings.Repeat("[", 100000) + "\n",
	}
	for _, src := range bad {
		if _, err := ParseFile("x.py", []byte(src)); err == nil {
			t.Errorf("%.40q...: no error", src)
		}
	}
	deep := ""
	for i := 0; i < 150; i++ {
		deep += strings.Repeat(" ", i) + "if x:\n"
	}
	_, err := ParseFile("x.py", []byte(deep+strings.Repeat(" ", 150)+"pass\n"))
	if err == nil || !strings.HasSuffix(err.Error(), "too many levels of indentation") {
		t.Errorf("deep indentation: %v", err)
	}
}

// TestDetails checks facts that the dumps show less directly.
func TestDetails(t *testing.T) {
	src := "\xef\xbb\xbfx = f'{a = !r:>{w}}' 'tail'\r\n" +
		"y = 9223372036854775808\r\n" +
		"z = (1).real\n" +
		"w = 1\r"
	m, err := ParseFile("d.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fs := m.Body[0].(*ast.Assign).Value.(*ast.FString)
	part := fs.Parts[0]
	if part.SelfDoc != "a = " || part.Conv != 'r' || part.Spec == nil || len(part.Spec.Parts) != 2 {
		t.Errorf("self-documenting field: %+v", part)
	}
	if got := fs.Parts[1].Lit; got != "tail" {
		t.Errorf("concatenated literal %q", got)
	}
	if lit := m.Body[1].(*ast.Assign).Value.(*ast.IntLit); !lit.Overflow || lit.Text != "9223372036854775808" {
		t.Errorf("overflowing literal: %+v", lit)
	}
	attr := m.Body[2].(*ast.Assign).Value.(*ast.Attribute)
	if attr.Pos != (ast.Pos{File: "d.py", Line: 3, Col: 5}) || attr.AttrPos.Col != 9 {
		t.Errorf("attribute positions %v %v", attr.Pos, attr.AttrPos)
	}
	if len(m.Body) != 4 {
		t.Errorf("CRLF line: %d statements", len(m.Body))
	}

	empty, err := ParseFile("e.py", []byte("# only a comment\n\n"))
	if err != nil || len(empty.Body) != 0 || empty.Pos != (ast.Pos{File: "e.py", Line: 1, Col: 1}) {
		t.Errorf("empty file: %v %+v", err, empty)
	}
}

// TestCorpus parses every program of the shared conformance corpus and
// benchmarks (../shared relative to the repository root), when present.
func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		m, err := ParseFile(name, src)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		checkPositions(t, m, name, src)
	}
}

func corpusFiles(tb testing.TB) []string {
	shared := filepath.Join(repoRoot, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		tb.Skipf("no shared corpus: %v", err)
	}
	var files []string
	err := filepath.WalkDir(filepath.Join(shared, "conformance"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	bench, _ := filepath.Glob(filepath.Join(shared, "bench", "*.py"))
	files = append(files, bench...)
	if len(files) == 0 {
		tb.Skip("empty shared corpus")
	}
	return files
}

func BenchmarkCorpus(b *testing.B) {
	var srcs [][]byte
	size := 0
	for _, f := range corpusFiles(b) {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	parsers()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			if _, err := ParseFile("bench.py", src); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkGolden parses the golden inputs (about 300 lines in all).
func BenchmarkGolden(b *testing.B) {
	inputs, _ := filepath.Glob(filepath.Join(repoRoot, "testdata", "parse", "*.py"))
	var srcs [][]byte
	size := 0
	for _, in := range inputs {
		src, err := os.ReadFile(in)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	parsers()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			if _, err := ParseFile("bench.py", src); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// checkPositions verifies that every node position lies inside the file.
func checkPositions(t *testing.T, m *ast.Module, name string, src []byte) {
	t.Helper()
	lines := sourceLines(src)
	check := func(p ast.Pos, what string) {
		if p.File != name || p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1])+1 {
			t.Errorf("%s: bad position %v (%d lines)", what, p, len(lines))
		}
	}
	walkPositions(reflect.ValueOf(m), check)
}

// sourceLines splits src into lines the way ParseFile counts them.
func sourceLines(src []byte) []string {
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	return strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n")
}

var posType2 = reflect.TypeOf(ast.Pos{})

func walkPositions(v reflect.Value, check func(ast.Pos, string)) {
	switch v.Kind() {
	case reflect.Interface, reflect.Ptr:
		if !v.IsNil() {
			walkPositions(v.Elem(), check)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkPositions(v.Index(i), check)
		}
	case reflect.Struct:
		if v.Type() == posType2 {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if f.Type() == posType2 {
				check(f.Interface().(ast.Pos), fmt.Sprintf("%s.%s", v.Type().Name(), v.Type().Field(i).Name))
				continue
			}
			walkPositions(f, check)
		}
	}
}

// TestConcurrent parses the golden inputs from several goroutines (run
// with -race): the parser keeps no state between calls.
func TestConcurrent(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join(repoRoot, "testdata", "parse", "*.py"))
	var srcs [][]byte
	for _, in := range inputs {
		src, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	want := make([]string, len(srcs))
	for i, src := range srcs {
		m, err := ParseFile("c.py", src)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = Dump(m)
	}
	errc := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for i, src := range srcs {
				m, err := ParseFile("c.py", src)
				if err != nil {
					errc <- err
					return
				}
				if Dump(m) != want[i] {
					errc <- fmt.Errorf("input %d: different tree", i)
					return
				}
			}
			errc <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-errc; err != nil {
			t.Error(err)
		}
	}
}
