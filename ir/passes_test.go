package ir

import (
	"sort"
	"strings"
	"testing"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/parser"
)

// testNames names lowered functions after their Python names.
type testNames struct{}

func (testNames) FuncName(fi *check.FuncInfo) string              { return fi.Name }
func (testNames) MethodName(cls *check.Class, name string) string { return cls.Name + "_" + name }

func lowerProgram(t *testing.T, src string) *Program {
	t.Helper()
	m, err := parser.ParseFile("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	info, err := check.Check("t.py", m)
	if err != nil {
		t.Fatal(err)
	}
	p, err := LowerAll(m, info, testNames{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

const passesSrc = `import asyncio


async def leaf(n: int) -> int:
    return n


async def tick(n: int) -> int:
    await asyncio.sleep(0)
    return n


async def closes(n: int) -> int:
    await asyncio.sleep(0)
    f = lambda: n
    return f()


async def main() -> None:
    lock = asyncio.Lock()
    q: asyncio.Queue[int] = asyncio.Queue()
    await q.put(1)
    print(await q.get())
    async with lock:
        print(await leaf(1))
    for i in range(2):
        print(await tick(i))
    print(await closes(3))
    t = asyncio.ensure_future(tick(4))
    print(await t)
    await asyncio.sleep(0.01)
`

// TestAwaitKinds checks the kinds the passes give the awaits of a program.
func TestAwaitKinds(t *testing.T) {
	p := lowerProgram(t, passesSrc)
	if want := "lower no-suspend await-kinds frame-reuse"; strings.Join(p.Ran, " ") != want {
		t.Errorf("stages %v, want %s", p.Ran, want)
	}
	var main, tick *Func
	for _, f := range p.Top {
		switch f.Info.Name {
		case "main":
			main = f
		case "tick":
			tick = f
		}
	}
	var got []string
	for _, b := range main.Blocks {
		if a, ok := b.Term.(*Await); ok {
			s := a.Kind.String()
			if a.Callee != nil {
				s += ":" + a.Callee.Info.Name
			}
			got = append(got, s)
		}
	}
	want := "op op op direct:leaf reuse:tick frame:closes iface sleep"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("await kinds of main:\n got %s\nwant %s", g, want)
	}
	if len(main.ReuseSlots) != 1 || main.ReuseSlots[0] != tick || !tick.Reusable {
		t.Errorf("main keeps frames of %v; want tick's", main.ReuseSlots)
	}
	var nosusp []string
	for fi := range p.NoSuspend {
		nosusp = append(nosusp, fi.Name)
	}
	sort.Strings(nosusp)
	if g := strings.Join(nosusp, " "); g != "leaf" {
		t.Errorf("never-suspending: %s, want leaf", g)
	}
}

// TestPassesVerified checks that the verifier runs after each pass: a pass
// that breaks an invariant is reported by name.
func TestPassesVerified(t *testing.T) {
	saved := Passes
	defer func() { Passes = saved }()
	Passes = append(append([]Pass(nil), saved...), Pass{"forget-kinds", func(p *Program) {
		for _, f := range p.Funcs {
			for _, b := range f.Blocks {
				if a, ok := b.Term.(*Await); ok {
					a.Kind = AwaitUnknown
				}
			}
		}
	}})
	m, err := parser.ParseFile("t.py", []byte(passesSrc))
	if err != nil {
		t.Fatal(err)
	}
	info, err := check.Check("t.py", m)
	if err != nil {
		t.Fatal(err)
	}
	_, err = LowerAll(m, info, testNames{})
	if err == nil || !strings.Contains(err.Error(), "after the forget-kinds pass") || !strings.Contains(err.Error(), "not classified") {
		t.Errorf("LowerAll = %v, want the verifier's complaint after forget-kinds", err)
	}
}
