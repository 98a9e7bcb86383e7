// Package difftest is a differential tester for aiogo (Csmith for this
// language): it writes random, well-typed, deterministic programs of the
// subset that stress the lowering, runs each under python3 and under aiogo,
// compares stdout and exit status, and reduces the programs that differ.
//
// A generated program is a unit: module-level definitions whose names all
// start with a unit prefix (p17_...) and an async entry point p17_main. A
// unit stands alone (Standalone) or shares one module with other units
// (Combine) so that one python3 run and one go build serve many programs.
package difftest

import (
	"fmt"
	"math/rand"
	"strings"
)

// Header is the import block every generated module starts with.
const Header = `import asyncio
from typing import AsyncIterator, Callable, Iterator, Optional
`

// Unit is one generated program.
type Unit struct {
	Prefix string // name prefix, e.g. "p3_"
	Seed   int64
	Defs   string // module-level definitions, p3_main last
}

// Standalone is the unit as a program of its own.
func (u Unit) Standalone() string {
	return Header + "\n\n" + u.Defs + "\n\nasyncio.run(" + u.Prefix + "main())\n"
}

// Marker is the line a combined module prints before unit i's output.
func Marker(i int) string { return fmt.Sprintf("#### unit %d", i) }

// Combine puts units into one module that runs each in turn under its own
// asyncio.run, printing Marker(i) first; an exception that escapes a unit
// is printed and the next unit runs.
func Combine(units []Unit) string {
	var b strings.Builder
	b.WriteString(Header)
	for _, u := range units {
		b.WriteString("\n\n")
		b.WriteString(u.Defs)
	}
	b.WriteString("\n\n")
	for i, u := range units {
		fmt.Fprintf(&b, "print(%q)\ntry:\n    asyncio.run(%smain())\nexcept Exception as e:\n    print(\"uncaught\", repr(e))\n", Marker(i), u.Prefix)
	}
	return b.String()
}

// typ is a generated value type.
type typ int

const (
	tInt typ = iota
	tBool
	tOpt // int | None
)

// fn is a generated module-level function a body may call.
type fn struct {
	name   string
	kind   fnKind
	params int
}

type fnKind int

const (
	kAsync  fnKind = iota // async def f(...) -> int
	kSync                 // def f(...) -> int
	kGen                  // def f(n: int) -> Iterator[int]
	kAGen                 // async def f(n: int) -> AsyncIterator[int]
	kLambda               // a local Callable[[int], int]
)

// scope is what a body being generated can see.
type scope struct {
	vars   map[string]typ
	order  []string
	async  bool
	loop   int  // loop nesting
	inGen  bool // a generator body: yield allowed
	retInt bool // return needs an int value
	fns    []fn // callable functions (module-level and local)
	// fixed holds the counters of the enclosing while loops: the body
	// never re-assigns them, so every generated loop terminates.
	fixed map[string]bool
	// globalG: the function declared `global G` (gen_more.go) and may
	// rebind it.
	globalG bool
	globalO bool // `global O`: may rebind the unit's object
}

func (s *scope) clone() *scope {
	c := *s
	c.vars = map[string]typ{}
	for k, v := range s.vars {
		c.vars[k] = v
	}
	c.order = append([]string(nil), s.order...)
	c.fns = append([]fn(nil), s.fns...)
	c.fixed = map[string]bool{}
	for k := range s.fixed {
		c.fixed[k] = true
	}
	return &c
}

// assignable lists the int locals a statement may re-assign.
func (s *scope) assignable() []string {
	var out []string
	for _, n := range s.varsOf(tInt) {
		if !s.fixed[n] {
			out = append(out, n)
		}
	}
	return out
}

func (s *scope) add(name string, t typ) {
	if _, ok := s.vars[name]; !ok {
		s.order = append(s.order, name)
	}
	s.vars[name] = t
}

func (s *scope) varsOf(t typ) []string {
	var out []string
	for _, n := range s.order {
		if s.vars[n] == t {
			out = append(out, n)
		}
	}
	return out
}

// gen writes one unit.
type gen struct {
	r      *rand.Rand
	prefix string
	b      strings.Builder
	nvar   int
	nfn    int
	stmts  int // statements left in the budget of the current function
	fns    []fn
	avoid  map[string]bool
	unit   unitState // module-level state (gen_more.go)
}

// Features the generator can leave out (Avoid), to keep a known bug that
// another change is fixing from drowning a campaign.
const (
	// OptLoop: an Optional local re-assigned to None inside a
	// `while x is not None` loop (narrowing kept across the back-edge:
	// the loop never ends).
	OptLoop = "optloop"
)

// Generate writes unit number i of the campaign with the given seed,
// leaving out the features in avoid.
func Generate(seed int64, i int, avoid ...string) Unit {
	g := &gen{r: rand.New(rand.NewSource(seed)), prefix: fmt.Sprintf("p%d_", i), avoid: map[string]bool{}}
	for _, a := range avoid {
		g.avoid[a] = true
	}
	g.preamble()
	n := 1 + g.r.Intn(4)
	for range n {
		switch g.r.Intn(6) {
		case 0:
			g.syncFunc()
		case 1:
			g.genFunc()
		case 2:
			g.agenFunc()
		default:
			g.asyncFunc()
		}
	}
	g.mainFunc()
	return Unit{Prefix: g.prefix, Seed: seed, Defs: g.b.String()}
}

func (g *gen) pick(n int) int    { return g.r.Intn(n) }
func (g *gen) chance(p int) bool { return g.r.Intn(100) < p }

func (g *gen) newVar() string {
	g.nvar++
	return fmt.Sprintf("v%d", g.nvar)
}

func (g *gen) newFn(kind string) string {
	g.nfn++
	return fmt.Sprintf("%s%s%d", g.prefix, kind, g.nfn)
}

func (g *gen) params(n int, s *scope) string {
	var ps []string
	for i := range n {
		name := fmt.Sprintf("a%d", i)
		ps = append(ps, name+": int")
		s.add(name, tInt)
	}
	return strings.Join(ps, ", ")
}

func (g *gen) asyncFunc() {
	name := g.newFn("co")
	np := 1 + g.pick(2)
	s := &scope{vars: map[string]typ{}, async: true, fns: g.fns, retInt: true}
	fmt.Fprintf(&g.b, "async def %s(%s) -> int:\n", name, g.params(np, s))
	g.declareGlobal(s)
	g.stmts = 6 + g.pick(8)
	g.block(s, 1)
	fmt.Fprintf(&g.b, "    return %s\n\n", g.intExpr(s, 2))
	g.fns = append(g.fns, fn{name: name, kind: kAsync, params: np})
}

func (g *gen) syncFunc() {
	name := g.newFn("f")
	np := 1 + g.pick(2)
	s := &scope{vars: map[string]typ{}, fns: g.fns, retInt: true}
	fmt.Fprintf(&g.b, "def %s(%s) -> int:\n", name, g.params(np, s))
	g.stmts = 3 + g.pick(5)
	g.block(s, 1)
	fmt.Fprintf(&g.b, "    return %s\n\n", g.intExpr(s, 2))
	g.fns = append(g.fns, fn{name: name, kind: kSync, params: np})
}

func (g *gen) genFunc() {
	name := g.newFn("gen")
	s := &scope{vars: map[string]typ{}, fns: g.fns, inGen: true}
	fmt.Fprintf(&g.b, "def %s(%s) -> Iterator[int]:\n", name, g.params(1, s))
	g.stmts = 3 + g.pick(6)
	g.block(s, 1)
	if g.chance(50) {
		// A finally block shows when the generator is closed: loops left
		// early close the generators they alone hold (CPython's reference
		// counting), at once.
		fmt.Fprintf(&g.b, "    try:\n        for i in range(a0 %% 4):\n            yield i + %s\n    finally:\n        print(\"%s closed\")\n\n", g.intExpr(s, 1), name)
	} else {
		fmt.Fprintf(&g.b, "    for i in range(a0 %% 4):\n        yield i + %s\n\n", g.intExpr(s, 1))
	}
	g.fns = append(g.fns, fn{name: name, kind: kGen, params: 1})
}

func (g *gen) agenFunc() {
	name := g.newFn("agen")
	s := &scope{vars: map[string]typ{}, fns: g.fns, inGen: true, async: true}
	fmt.Fprintf(&g.b, "async def %s(%s) -> AsyncIterator[int]:\n", name, g.params(1, s))
	g.stmts = 3 + g.pick(6)
	g.block(s, 1)
	if g.chance(50) {
		// Async generators left early are closed by a task the loop
		// creates soon (asyncio's finalizer hook), or at asyncio.run's end.
		fmt.Fprintf(&g.b, "    try:\n        for i in range(a0 %% 4):\n            await asyncio.sleep(0)\n            yield i + %s\n    finally:\n        print(\"%s closed\")\n\n", g.intExpr(s, 1), name)
	} else {
		fmt.Fprintf(&g.b, "    for i in range(a0 %% 4):\n        await asyncio.sleep(0)\n        yield i + %s\n\n", g.intExpr(s, 1))
	}
	g.fns = append(g.fns, fn{name: name, kind: kAGen, params: 1})
}

func (g *gen) mainFunc() {
	s := &scope{vars: map[string]typ{}, async: true, fns: g.fns}
	fmt.Fprintf(&g.b, "async def %smain() -> None:\n", g.prefix)
	g.declareGlobal(s)
	g.stmts = 10 + g.pick(12)
	x := g.newVar()
	fmt.Fprintf(&g.b, "    %s = %d\n", x, g.pick(7))
	s.add(x, tInt)
	g.block(s, 1)
	for _, v := range s.order {
		switch s.vars[v] {
		case tSet:
			fmt.Fprintf(&g.b, "    print(%q, sorted(%s))\n", v, v)
		case tBool:
			if g.chance(50) {
				fmt.Fprintf(&g.b, "    print(%q, %s)\n", v, v)
			}
		default:
			fmt.Fprintf(&g.b, "    print(%q, %s)\n", v, v)
		}
	}
}

func ind(depth int) string { return strings.Repeat("    ", depth) }

// block writes statements at depth until the budget runs out (at least one).
func (g *gen) block(s *scope, depth int) {
	n := 1 + g.pick(4)
	for i := 0; i < n && (i == 0 || g.stmts > 0); i++ {
		g.stmt(s, depth)
	}
}

// line writes one line at depth.
func (g *gen) line(depth int, format string, args ...any) {
	g.b.WriteString(ind(depth))
	fmt.Fprintf(&g.b, format, args...)
	g.b.WriteByte('\n')
}

// stmt writes one statement (maybe compound) at depth.
func (g *gen) stmt(s *scope, depth int) {
	g.stmts--
	deep := depth >= 4 || g.stmts <= 0
	for {
		switch k := g.pick(22 + moreKinds); k {
		case 0, 1, 2: // new or re-assigned int local
			v := g.assignTarget(s)
			g.line(depth, "%s = (%s) %% 1009", v, g.intExpr(s, 3))
			s.add(v, tInt)
		case 3:
			if vs := s.assignable(); len(vs) > 0 {
				g.line(depth, "%s += %s", vs[g.pick(len(vs))], g.smallExpr(s))
			} else {
				continue
			}
		case 4: // bool local
			v := g.newVar()
			g.line(depth, "%s = %s", v, g.boolExpr(s, 2))
			s.add(v, tBool)
		case 5, 6:
			g.line(depth, "print(%q, %s)", fmt.Sprintf("L%d", g.pick(1000)), g.intExpr(s, 3))
		case 7:
			if !s.async {
				continue
			}
			g.line(depth, "await asyncio.sleep(0)")
		case 8: // if / elif / else
			if deep {
				continue
			}
			g.line(depth, "if %s:", g.boolExpr(s, 2))
			g.block(s.clone(), depth+1)
			if g.chance(30) {
				g.line(depth, "elif %s:", g.boolExpr(s, 2))
				g.block(s.clone(), depth+1)
			}
			if g.chance(50) {
				g.line(depth, "else:")
				g.block(s.clone(), depth+1)
			}
		case 9: // for over range
			if deep || s.loop >= 2 {
				continue
			}
			v := g.newVar()
			g.line(depth, "for %s in range(%s):", v, g.boundExpr(s))
			c := s.clone()
			c.loop++
			c.add(v, tInt)
			g.loopBody(c, depth+1)
		case 10: // while with a counter and a maybe-awaiting condition
			if deep || s.loop >= 2 {
				continue
			}
			w := g.newVar()
			g.line(depth, "%s = 0", w)
			s.add(w, tInt)
			g.line(depth, "while %s < %s:", w, g.boundExpr(s))
			c := s.clone()
			c.loop++
			c.fixed[w] = true
			g.line(depth+1, "%s += 1", w)
			g.loopBody(c, depth+1)
		case 11: // try / except / else / finally
			if deep {
				continue
			}
			g.tryStmt(s, depth)
		case 12: // raise
			if g.chance(50) {
				continue
			}
			g.line(depth, "if %s:", g.boolExpr(s, 1))
			g.line(depth+1, "raise ValueError(%s)", g.strExpr(s))
		case 13: // closure or lambda capturing locals
			if deep {
				continue
			}
			g.closure(s, depth)
		case 14: // Optional narrowing in a loop
			if deep || s.loop >= 2 || g.avoid[OptLoop] {
				continue
			}
			o := g.newVar()
			g.line(depth, "%s: Optional[int] = %s", o, g.boundExpr(s))
			g.line(depth, "while %s is not None:", o)
			c := s.clone()
			c.loop++
			c.add(o, tInt)
			g.line(depth+1, "print(%q, %s)", o, o)
			g.line(depth+1, "%s = %s - 1 if %s > 0 else None", o, o, o)
			g.line(depth, "print(%q, %s is None)", o, o)
		case 15: // generator and async generator consumption
			if deep || s.loop >= 2 {
				continue
			}
			f, ok := g.fnOf(s, kGen, kAGen)
			if !ok {
				continue
			}
			v := g.newVar()
			c := s.clone()
			c.loop++
			c.add(v, tInt)
			if f.kind == kGen {
				g.line(depth, "for %s in %s(%s):", v, f.name, g.smallExpr(s))
			} else if s.async {
				g.line(depth, "async for %s in %s(%s):", v, f.name, g.smallExpr(s))
			} else {
				continue
			}
			g.loopBody(c, depth+1)
		case 16: // tasks
			if !s.async {
				continue
			}
			f, ok := g.fnOf(s, kAsync)
			if !ok {
				continue
			}
			t, v := g.newVar(), g.newVar()
			g.line(depth, "%s = asyncio.create_task(%s(%s))", t, f.name, g.args(s, f, 1))
			if g.chance(50) {
				g.line(depth, "await asyncio.sleep(0)")
			}
			if g.chance(40) {
				g.line(depth, "%s.cancel()", t)
			}
			g.line(depth, "try:")
			g.line(depth+1, "%s = await %s", v, t)
			g.line(depth, "except asyncio.CancelledError:")
			g.line(depth+1, "%s = -1", v)
			g.line(depth, "except ValueError as e:")
			g.line(depth+1, "print(\"task raised\", e)")
			g.line(depth+1, "%s = -2", v)
			s.add(v, tInt)
		case 17: // gather
			if !s.async {
				continue
			}
			f1, ok1 := g.fnOf(s, kAsync)
			f2, ok2 := g.fnOf(s, kAsync)
			if !ok1 || !ok2 {
				continue
			}
			v1, v2 := g.newVar(), g.newVar()
			g.line(depth, "try:")
			g.line(depth+1, "%s, %s = await asyncio.gather(%s(%s), %s(%s))", v1, v2, f1.name, g.args(s, f1, 1), f2.name, g.args(s, f2, 1))
			g.line(depth, "except ValueError as e:")
			g.line(depth+1, "print(\"gather raised\", e)")
			g.line(depth+1, "%s, %s = 0, 0", v1, v2)
			s.add(v1, tInt)
			s.add(v2, tInt)
		case 18: // list comprehension, maybe with awaits
			v := g.newVar()
			c := s.clone()
			w := g.newVar()
			c.add(w, tInt)
			g.line(depth, "%s = sum([%s for %s in range(%s) if %s]) %% 1009", v, g.intExpr(c, 2), w, g.boundExpr(s), g.boolExpr(c, 1))
			s.add(v, tInt)
		case 19, 20: // loop control
			if s.loop == 0 {
				continue
			}
			kw := "break"
			if g.chance(50) {
				kw = "continue"
			}
			g.line(depth, "if %s:", g.boolExpr(s, 1))
			g.line(depth+1, "%s", kw)
		case 21: // early return
			if g.chance(70) {
				continue
			}
			g.line(depth, "if %s:", g.boolExpr(s, 1))
			if s.retInt {
				g.line(depth+1, "return %s", g.intExpr(s, 1))
			} else {
				g.line(depth+1, "return")
			}
		default: // gen_more.go
			if !g.moreStmt(s, depth, k-22) {
				continue
			}
		}
		return
	}
}

// loopBody writes a loop body (control statements allowed).
func (g *gen) loopBody(s *scope, depth int) {
	g.block(s, depth)
}

func (g *gen) tryStmt(s *scope, depth int) {
	g.line(depth, "try:")
	g.block(s.clone(), depth+1)
	if g.chance(60) {
		g.line(depth+1, "if %s:", g.boolExpr(s, 1))
		g.line(depth+2, "raise ValueError(%s)", g.strExpr(s))
	}
	hasExcept := g.chance(80)
	if hasExcept {
		if g.chance(25) {
			g.line(depth, "except (KeyError, IndexError) as e:")
			g.line(depth+1, "print(\"lookup failed\", repr(e))")
		}
		g.line(depth, "except ValueError as e:")
		g.line(depth+1, "print(\"caught\", e)")
		if g.chance(40) {
			g.block(s.clone(), depth+1)
		}
		g.control(s, depth+1)
		if g.chance(30) {
			g.line(depth, "else:")
			g.block(s.clone(), depth+1)
		}
	}
	if !hasExcept || g.chance(50) {
		g.line(depth, "finally:")
		g.line(depth+1, "print(\"finally\")")
		if g.chance(50) {
			g.block(s.clone(), depth+1)
		}
		g.control(s, depth+1)
	}
}

// control sometimes writes a conditional break, continue or return (in a
// handler or finally block: they cross the pending exception or return).
func (g *gen) control(s *scope, depth int) {
	if !g.chance(30) {
		return
	}
	var kws []string
	if s.loop > 0 {
		kws = append(kws, "break", "continue")
	}
	if !s.inGen {
		if s.retInt {
			kws = append(kws, "return "+g.smallExpr(s))
		} else {
			kws = append(kws, "return")
		}
	}
	if len(kws) == 0 {
		return
	}
	g.line(depth, "if %s:", g.boolExpr(s, 1))
	g.line(depth+1, "%s", kws[g.pick(len(kws))])
}

func (g *gen) closure(s *scope, depth int) {
	ints := s.varsOf(tInt)
	if len(ints) == 0 {
		return
	}
	x := ints[g.pick(len(ints))]
	name := g.newVar()
	if s.async && g.chance(30) {
		// An async closure: awaited later, it reads the captured
		// variable as it is then.
		g.line(depth, "async def %s(a0: int) -> int:", name)
		g.line(depth+1, "await asyncio.sleep(0)")
		g.line(depth+1, "return a0 - %s", x)
		s.fns = append(s.fns, fn{name: name, kind: kAsync, params: 1})
		if g.chance(50) && !s.fixed[x] {
			g.line(depth, "%s = (%s + 2) %% 1009", x, x)
		}
		g.line(depth, "print(%q, await %s(%s))", name, name, g.smallExpr(s))
		return
	}
	if g.chance(50) {
		g.line(depth, "%s: Callable[[int], int] = lambda q: q + %s", name, x)
	} else {
		g.line(depth, "def %s(q: int) -> int:", name)
		g.line(depth+1, "return q * 2 - %s", x)
	}
	s.fns = append(s.fns, fn{name: name, kind: kLambda, params: 1})
	// Re-assign the captured variable sometimes: closures bind late.
	if g.chance(40) && !s.fixed[x] {
		g.line(depth, "%s = (%s + 1) %% 1009", x, x)
	}
	g.line(depth, "print(%q, %s(%s))", name, name, g.smallExpr(s))
}

func (g *gen) fnOf(s *scope, kinds ...fnKind) (fn, bool) {
	var c []fn
	for _, f := range s.fns {
		for _, k := range kinds {
			if f.kind == k && (k != kAsync || s.async) {
				c = append(c, f)
			}
		}
	}
	if len(c) == 0 {
		return fn{}, false
	}
	return c[g.pick(len(c))], true
}

func (g *gen) args(s *scope, f fn, depth int) string {
	if kw, ok := g.kwArgs(s, f, depth); ok {
		return kw
	}
	var as []string
	for range f.params {
		as = append(as, g.intExpr(s, depth))
	}
	return strings.Join(as, ", ")
}

// boundExpr is a small non-negative int: a loop bound.
func (g *gen) boundExpr(s *scope) string {
	return fmt.Sprintf("%s %% %d", g.atom(s, true), 2+g.pick(3))
}

// smallExpr is a bounded int expression.
func (g *gen) smallExpr(s *scope) string {
	return fmt.Sprintf("(%s) %% %d", g.intExpr(s, 1), 5+g.pick(20))
}

func (g *gen) strExpr(s *scope) string {
	return fmt.Sprintf("\"e\" + str(%s)", g.atom(s, false))
}

// atom is a variable, a literal or (in async code) an awaited call.
func (g *gen) atom(s *scope, allowAwait bool) string {
	if g.chance(15) {
		if a := g.moreAtom(s); a != "" && (allowAwait || !strings.Contains(a, "await")) {
			return a
		}
	}
	ints := s.varsOf(tInt)
	if len(ints) > 0 && g.chance(70) {
		return ints[g.pick(len(ints))]
	}
	if allowAwait && s.async && g.chance(40) {
		if f, ok := g.fnOf(s, kAsync); ok {
			return fmt.Sprintf("(await %s(%s))", f.name, g.args(s, f, 0))
		}
	}
	return fmt.Sprint(g.pick(10))
}

// intExpr is an int-valued expression of at most the given depth.
func (g *gen) intExpr(s *scope, depth int) string {
	if depth <= 0 {
		return g.atom(s, true)
	}
	switch g.pick(14) {
	case 0, 1:
		return g.atom(s, true)
	case 2:
		return fmt.Sprintf("(%s + %s)", g.intExpr(s, depth-1), g.intExpr(s, depth-1))
	case 3:
		return fmt.Sprintf("(%s - %s)", g.intExpr(s, depth-1), g.intExpr(s, depth-1))
	case 4:
		return fmt.Sprintf("(%s * %s %% 101)", g.intExpr(s, depth-1), g.intExpr(s, depth-1))
	case 5:
		ops := []string{"//", "%"}
		return fmt.Sprintf("(%s %s %d)", g.intExpr(s, depth-1), ops[g.pick(2)], []int{1, 2, 3, 7, -3}[g.pick(5)])
	case 6:
		return fmt.Sprintf("(%s if %s else %s)", g.intExpr(s, depth-1), g.boolExpr(s, depth-1), g.intExpr(s, depth-1))
	case 7:
		f, ok := g.fnOf(s, kAsync, kSync, kLambda)
		if !ok {
			return g.atom(s, true)
		}
		call := fmt.Sprintf("%s(%s)", f.name, g.args(s, f, depth-1))
		if f.kind == kAsync {
			return "(await " + call + ")"
		}
		return call
	case 8:
		fs := []string{"min", "max"}
		return fmt.Sprintf("%s(%s, %s)", fs[g.pick(2)], g.intExpr(s, depth-1), g.intExpr(s, depth-1))
	case 9:
		return fmt.Sprintf("abs(%s)", g.intExpr(s, depth-1))
	case 10:
		if f, ok := g.fnOf(s, kGen); ok {
			return fmt.Sprintf("sum(%s(%s))", f.name, g.smallExpr(s))
		}
		if f, ok := g.fnOf(s, kAGen); ok && s.async {
			w := g.newVar()
			return fmt.Sprintf("sum([%s async for %s in %s(%s)])", w, w, f.name, g.smallExpr(s))
		}
		return g.atom(s, true)
	case 11:
		c := s.clone()
		w := g.newVar()
		c.add(w, tInt)
		return fmt.Sprintf("len([%s for %s in range(%s) if %s])", w, w, g.boundExpr(s), g.boolExpr(c, depth-1))
	case 12:
		return fmt.Sprintf("int(%s)", g.boolExpr(s, depth-1))
	default:
		return fmt.Sprintf("(%s + %d)", g.intExpr(s, depth-1), g.pick(5))
	}
}

// boolExpr is a bool-valued expression.
func (g *gen) boolExpr(s *scope, depth int) string {
	if depth <= 0 {
		if bs := s.varsOf(tBool); len(bs) > 0 && g.chance(40) {
			return bs[g.pick(len(bs))]
		}
		if g.chance(15) {
			if b := g.moreBool(s); b != "" {
				return b
			}
		}
		return fmt.Sprintf("%s > %d", g.atom(s, true), g.pick(6))
	}
	switch g.pick(6) {
	case 0:
		return fmt.Sprintf("(%s and %s)", g.boolExpr(s, depth-1), g.boolExpr(s, depth-1))
	case 1:
		return fmt.Sprintf("(%s or %s)", g.boolExpr(s, depth-1), g.boolExpr(s, depth-1))
	case 2:
		return fmt.Sprintf("not %s", g.boolExpr(s, depth-1))
	default:
		ops := []string{"<", "<=", "==", "!=", ">", ">="}
		l, r := g.intExpr(s, depth-1), g.intExpr(s, depth-1)
		if isLit(l) && isLit(r) {
			l = "(" + l + " + 0)" // mypy --strict refuses 6 == 3 (non-overlapping literals)
		}
		return fmt.Sprintf("%s %s %s", l, ops[g.pick(len(ops))], r)
	}
}

// assignTarget is an existing int local (re-assignment) or a new one.
func (g *gen) assignTarget(s *scope) string {
	if vs := s.assignable(); len(vs) > 0 && g.chance(40) {
		return vs[g.pick(len(vs))]
	}
	return g.newVar()
}

// isLit reports an int literal.
func isLit(e string) bool {
	return e != "" && strings.Trim(e, "0123456789") == ""
}
