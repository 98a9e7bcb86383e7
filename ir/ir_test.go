package ir_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	"github.com/aiogo/aiogo/parser"
	"github.com/google/go-cmp/cmp"
)

func lower(t *testing.T, src, fn string) *ir.Func {
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
			return ir.Build(info, fi, fn)
		}
	}
	t.Fatalf("no function %s", fn)
	return nil
}

const prelude = "import asyncio\n\n\ndef g(x: int) -> int:\n    return x\n\n\nasync def h(x: int) -> int:\n    await asyncio.sleep(0)\n    return x\n\n\n"

// TestFrameVars checks which variables the liveness pass keeps in the
// coroutine frame: parameters always, locals only when they live across a
// suspension point.
func TestFrameVars(t *testing.T) {
	tests := []struct {
		name, body string
		awaits     int
		frame      string
	}{
		{"no live locals", "async def f(x: int) -> int:\n    y = await h(x)\n    return y\n", 1, "x"},
		{"spilled operand", "async def f(x: int) -> int:\n    y = g(x) + await h(x)\n    return y\n", 1, "_t1 x"},
		{"live across await", "async def f(x: int) -> int:\n    a = g(x)\n    await h(x)\n    return a\n", 1, "a x"},
		{"dead after await", "async def f(x: int) -> int:\n    a = g(x)\n    await h(a)\n    b = 2\n    return b\n", 1, "x"},
		{"loop carried", "async def f(n: int) -> int:\n    total = 0\n    for i in range(n):\n        total += await h(i)\n    return total\n", 1, "_t1 n total"},
		{"short circuit", "async def f(x: int) -> bool:\n    return await h(x) > 1 and await h(x) > 2\n", 2, "x"},
		{"and/or operand", "async def f(x: int) -> bool:\n    a = g(x)\n    await h(x)\n    return a > 3 and a < 10\n", 1, "a x"},
		{"conditional arm", "async def f(x: int) -> int:\n    a = g(x)\n    await h(x)\n    return a if x > 0 else 0\n", 1, "a x"},
		{"lambda capture", "async def f(x: int) -> int:\n    a = g(x)\n    await h(x)\n    k = lambda: a\n    return k()\n", 1, "a x"},
		{"comprehension body", "async def f(x: int) -> list[int]:\n    a = g(x)\n    await h(x)\n    return [a + i for i in range(x)]\n", 1, "a x"},
		{"f-string field", "async def f(x: int) -> str:\n    a = g(x)\n    await h(x)\n    return f\"{a}\"\n", 1, "a x"},
		{"loop target after loop", "async def f(n: int) -> int:\n    i = 0\n    for i in range(n):\n        await h(i)\n    return i\n", 1, "_t1 i n"},
		{"walrus defines", "async def f(x: int) -> int:\n    await h(x)\n    if (m := g(x)) > 1:\n        return m\n    return 0\n", 1, "x"},
		{"walrus in and/or may not define", "async def f(x: int) -> int:\n    m = 0\n    await h(x)\n    if x > 1 and (m := g(x)) > 1:\n        return m\n    return m\n", 1, "m x"},
		{"comprehension", "async def f(n: int) -> list[int]:\n    return [await h(i) for i in range(n) if i != 1]\n", 1, "_t1 _t2 n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := lower(t, prelude+tc.body, "f")
			if f.Awaits != tc.awaits {
				t.Errorf("awaits = %d, want %d", f.Awaits, tc.awaits)
			}
			var got []string
			for _, v := range f.Vars {
				if v.InFrame {
					got = append(got, v.Name)
				}
			}
			sort.Strings(got)
			if d := cmp.Diff(tc.frame, strings.Join(got, " ")); d != "" {
				t.Errorf("frame vars (-want +got):\n%s\n%s", d, f.Dump())
			}
		})
	}
}

// TestBlocksEndInTerminators checks the CFG invariant the code generator
// relies on: every block has a terminator, resume blocks are numbered
// from 1, and every successor is a block of the function.
func TestBlocksEndInTerminators(t *testing.T) {
	f := lower(t, prelude+"async def f(n: int) -> int:\n    t = 0\n    while await h(n) > t:\n        if t % 2 == 0:\n            t += 1\n            continue\n        t += 3\n        if t > 10:\n            break\n    return t\n", "f")
	in := map[*ir.Block]bool{}
	for _, b := range f.Blocks {
		in[b] = true
	}
	next := 1
	for _, b := range f.Blocks {
		if b.Term == nil {
			t.Fatalf("b%d has no terminator", b.ID)
		}
		for _, s := range b.Term.Succs() {
			if !in[s] {
				t.Errorf("b%d jumps to a block outside the function", b.ID)
			}
		}
		if b.Resume {
			if b.ResumeID != next {
				t.Errorf("b%d resume id %d, want %d", b.ID, b.ResumeID, next)
			}
			next++
		}
	}
}
