package ir_test

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	"github.com/aiogo/aiogo/parser"
)

type names struct{}

func (names) FuncName(fi *check.FuncInfo) string              { return fi.Name }
func (names) MethodName(cls *check.Class, name string) string { return cls.Name + "_" + name }

// TestNoSuspendPass checks which coroutines the pass finds can never
// suspend: those awaiting only direct calls of such coroutines.
func TestNoSuspendPass(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"recursive chain", "async def fib(n: int) -> int:\n    if n < 2:\n        return n\n    return await fib(n - 1) + await fib(n - 2)\n", "fib"},
		{"sleep suspends", "import asyncio\n\n\nasync def s() -> None:\n    await asyncio.sleep(0)\n\n\nasync def t() -> None:\n    await s()\n", ""},
		{"no awaits", "async def a() -> int:\n    return 1\n\n\nasync def b() -> int:\n    return await a() + 1\n", "a b"},
		{"await of a variable", "async def a() -> int:\n    return 1\n\n\nasync def b() -> int:\n    c = a()\n    return await c\n", "a"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := parser.ParseFile("t.py", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			info, err := check.Check("t.py", m)
			if err != nil {
				t.Fatal(err)
			}
			p, err := ir.LowerAll(m, info, names{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for fi := range p.NoSuspend {
				got = append(got, fi.Name)
			}
			sort.Strings(got)
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("never-suspending = %q, want %q", g, tc.want)
			}
		})
	}
}

// TestLowerLeavesInfo checks that lowering and the passes only read what
// the checker produced: programs whose lowering makes up nodes (multiple
// targets, returns through finally, with statements, short circuits with
// awaits) leave every table of the checker's Info as it was.
func TestLowerLeavesInfo(t *testing.T) {
	src := "import asyncio\n\n\nasync def h(x: int) -> int:\n    await asyncio.sleep(0)\n    return x\n\n\n" +
		"async def f(x: int) -> int:\n    a = b = await h(x)\n    try:\n        if await h(a) > 1 or await h(b) > 2:\n            return a\n    finally:\n        print(b)\n    return 0\n\n\n" +
		"class CM:\n    def __enter__(self) -> int:\n        return 1\n\n    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:\n        return None\n\n\n" +
		"def g() -> None:\n    with CM() as c:\n        print(c)\n        return\n"
	m, err := parser.ParseFile("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	info, err := check.Check("t.py", m)
	if err != nil {
		t.Fatal(err)
	}
	before := infoSizes(info)
	if _, err := ir.LowerAll(m, info, names{}); err != nil {
		t.Fatal(err)
	}
	after := infoSizes(info)
	for name, n := range before {
		if after[name] != n {
			t.Errorf("lowering and the passes changed the checker's %s: %d entries, were %d", name, after[name], n)
		}
	}
}

// infoSizes measures every map and slice of the checker's Info.
func infoSizes(info *check.Info) map[string]int {
	out := map[string]int{}
	v := reflect.ValueOf(info).Elem()
	for i := 0; i < v.NumField(); i++ {
		if f := v.Field(i); f.Kind() == reflect.Map || f.Kind() == reflect.Slice {
			out[v.Type().Field(i).Name] = f.Len()
		}
	}
	return out
}
