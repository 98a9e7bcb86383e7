package difftest

import (
	"fmt"
	"strings"
)

// The generator's second layer: state that outlives a call and user code
// that runs in the middle of expressions. Each unit may declare
//
//   - module-level containers G (list[int]) and D (dict[str, int]) that
//     coroutines and tasks mutate while others are suspended;
//   - a user class Obj with side-effecting dunders (__str__, __format__,
//     __eq__ print when they run), a method and an async method that change
//     the object, and a module-level instance O;
//
// and bodies use local lists, dicts, sets and Obj values. What this layer
// writes targets the evaluation order across suspension points: augmented
// assignment to items and attributes whose value awaits, f-strings that
// format user objects before an await, *args unpacked before an await,
// keyword arguments out of parameter order, equality that runs user code,
// gather with return_exceptions, and wait_for.

// More value types of locals (see typ).
const (
	tList typ = iota + 10 // list[int], never empty
	tDict                 // dict[str, int], always holding "a"
	tSet                  // set[int]
	tObj                  // the unit's Obj
)

// unitState says what the unit declared at module level.
type unitState struct {
	globals bool // G and D
	obj     bool // class Obj and O
	hasStr  bool // Obj.__str__
	hasFmt  bool // Obj.__format__
	hasEq   bool // Obj.__eq__
	sub     bool // O is an instance of Sub(Obj), which overrides bump and __repr__
	cm      bool // class CM: an async context manager that prints and suspends
}

func (g *gen) gName(s string) string { return g.prefix + s }

// preamble writes the unit's module-level state.
func (g *gen) preamble() {
	u := &g.unit
	u.globals = g.chance(80)
	u.obj = g.chance(70)
	if u.obj {
		u.hasStr, u.hasFmt, u.hasEq = g.chance(70), g.chance(40), g.chance(50)
		c := g.gName("Obj")
		g.line(0, "class %s:", c)
		g.line(1, "def __init__(self, n: int) -> None:")
		g.line(2, "self.n = n")
		g.line(2, "self.items: list[int] = [n]")
		g.line(0, "")
		g.line(1, "def __repr__(self) -> str:")
		g.line(2, "return f\"Obj({self.n}, {self.items})\"")
		if u.hasStr {
			g.line(0, "")
			g.line(1, "def __str__(self) -> str:")
			g.line(2, "print(\"str\", self.n)")
			g.line(2, "return f\"<{self.n}>\"")
		}
		if u.hasFmt {
			g.line(0, "")
			g.line(1, "def __format__(self, spec: str) -> str:")
			g.line(2, "print(\"format\", self.n, spec)")
			g.line(2, "return str(self.n) + spec")
		}
		if u.hasEq {
			g.line(0, "")
			g.line(1, "def __eq__(self, other: object) -> bool:")
			g.line(2, "print(\"eq\", self.n)")
			g.line(2, "return isinstance(other, %s) and other.n == self.n", c)
		}
		g.line(0, "")
		g.line(1, "def bump(self, k: int) -> int:")
		g.line(2, "print(\"bump\", self.n, k)")
		g.line(2, "self.n = (self.n + k) %% 1009")
		g.line(2, "return self.n")
		g.line(0, "")
		g.line(1, "async def abump(self, k: int) -> int:")
		g.line(2, "await asyncio.sleep(0)")
		g.line(2, "self.n = (self.n + k) %% 1009")
		g.line(2, "print(\"abump\", self.n)")
		g.line(2, "return self.n")
		g.line(0, "")
		g.line(0, "")
		u.sub = g.chance(40)
		if u.sub {
			sc := g.gName("Sub")
			g.line(0, "class %s(%s):", sc, c)
			g.line(1, "def bump(self, k: int) -> int:")
			g.line(2, "print(\"sub bump\", k)")
			g.line(2, "return super().bump(k + 1)")
			g.line(0, "")
			g.line(1, "def __repr__(self) -> str:")
			g.line(2, "return \"Sub\" + super().__repr__()")
			g.line(0, "")
			g.line(0, "")
		}
		sc := c
		if u.sub {
			sc = g.gName("Sub")
		}
		g.line(0, "%s: %s = %s(%d)", g.gName("O"), c, sc, g.pick(9))
	}
	u.cm = g.chance(40)
	if u.cm {
		g.line(0, "class %s:", g.gName("CM"))
		g.line(1, "def __init__(self, tag: int) -> None:")
		g.line(2, "self.tag = tag")
		g.line(0, "")
		g.line(1, "async def __aenter__(self) -> int:")
		g.line(2, "print(\"enter\", self.tag)")
		g.line(2, "await asyncio.sleep(0)")
		g.line(2, "return self.tag")
		g.line(0, "")
		g.line(1, "async def __aexit__(self, et: Optional[type[BaseException]], e: Optional[BaseException], tb: object) -> None:")
		g.line(2, "print(\"exit\", self.tag, et is not None)")
		g.line(2, "await asyncio.sleep(0)")
		g.line(0, "")
		g.line(0, "")
	}
	if u.globals {
		g.line(0, "%s: list[int] = [%d, %d]", g.gName("G"), g.pick(9), g.pick(9))
		g.line(0, "%s: dict[str, int] = {\"a\": %d}", g.gName("D"), g.pick(9))
		g.line(0, "")
		g.line(0, "")
		g.line(0, "def %s(k: int = %s[0] + len(%s)) -> int:", g.gName("gdef"), g.gName("G"), g.gName("D"))
		g.line(1, "return k * 2")
	}
	if u.obj || u.globals {
		g.line(0, "")
		g.line(0, "")
	}
}

// moreAtom is an int read of the unit's state or of a container local
// ("" when there is none).
func (g *gen) moreAtom(s *scope) string {
	var c []string
	if g.unit.globals {
		G, D := g.gName("G"), g.gName("D")
		c = append(c, G+"[0]", G+"[-1]", "len("+G+")", D+"['a']", D+".get('b', 1)")
	}
	if g.unit.obj {
		O := g.gName("O")
		c = append(c, O+".n", "len("+O+".items)", fmt.Sprintf("%s.bump(%d)", O, g.pick(5)))
		if s.async {
			c = append(c, fmt.Sprintf("(await %s.abump(%d))", O, g.pick(5)))
		}
	}
	for _, v := range s.varsOf(tList) {
		c = append(c, v+"[0]", "len("+v+")", v+"[-1]")
	}
	for _, v := range s.varsOf(tDict) {
		c = append(c, v+"['a']", v+".get('b', 0)")
	}
	for _, v := range s.varsOf(tSet) {
		c = append(c, "len("+v+")")
	}
	for _, v := range s.varsOf(tObj) {
		c = append(c, v+".n")
	}
	if len(c) == 0 {
		return ""
	}
	return c[g.pick(len(c))]
}

// moreBool is a bool expression over the unit's state ("" when none).
func (g *gen) moreBool(s *scope) string {
	var c []string
	if g.unit.obj {
		O := g.gName("O")
		c = append(c, fmt.Sprintf("%s == %s(%s)", O, g.gName("Obj"), g.atom(s, true)))
		for _, v := range s.varsOf(tObj) {
			c = append(c, fmt.Sprintf("%s != %s", v, O))
		}
	}
	if g.unit.globals {
		c = append(c, fmt.Sprintf("%s in %s", g.atom(s, true), g.gName("G")), "'b' in "+g.gName("D"))
	}
	for _, v := range s.varsOf(tSet) {
		c = append(c, fmt.Sprintf("%s in %s", g.atom(s, true), v))
	}
	for _, v := range s.varsOf(tDict) {
		c = append(c, "'b' in "+v)
	}
	if len(c) == 0 {
		return ""
	}
	return c[g.pick(len(c))]
}

// augTargets lists int targets of augmented assignment that other code
// may change while the value awaits.
func (g *gen) augTargets(s *scope) []string {
	var c []string
	if g.unit.globals {
		c = append(c, g.gName("G")+"[0]", g.gName("G")+"[-1]", g.gName("D")+"['a']")
	}
	if g.unit.obj {
		c = append(c, g.gName("O")+".n")
	}
	for _, v := range s.varsOf(tList) {
		c = append(c, v+"[0]")
	}
	for _, v := range s.varsOf(tDict) {
		c = append(c, v+"['a']")
	}
	for _, v := range s.varsOf(tObj) {
		c = append(c, v+".n")
	}
	return c
}

// listTargets lists list[int] targets of += (extended in place).
func (g *gen) listTargets(s *scope) []string {
	var c []string
	if g.unit.obj {
		c = append(c, g.gName("O")+".items")
	}
	c = append(c, s.varsOf(tList)...)
	for _, v := range s.varsOf(tObj) {
		c = append(c, v+".items")
	}
	return c
}

// fstring is an f-string with int fields, user objects (formatted by
// their dunders) and containers, some fields awaiting.
func (g *gen) fstring(s *scope) string {
	var parts []string
	n := 2 + g.pick(4)
	for range n {
		switch g.pick(8) {
		case 0, 1:
			parts = append(parts, "{"+g.intExpr(s, 2)+"}")
		case 2:
			specs := []string{">%d", "+d", "x", "b", ",", "08.2f", ".3g", "^7", "<4", "e", "%%", "_"}
			spec := fmt.Sprintf(specs[g.pick(len(specs))], 1+g.pick(5))
			if g.chance(30) {
				// float arithmetic and its repr
				fs := []string{"{(%s) / 7:.3f}", "{(%s) / 4}", "{(%s) * 1.5:g}", "{(%s) / 3 * 3}", "{round((%s) / 7, 2)}"}
				parts = append(parts, fmt.Sprintf(fs[g.pick(len(fs))], g.intExpr(s, 1)))
				continue
			}
			parts = append(parts, fmt.Sprintf("{%s:%s}", g.intExpr(s, 1), spec))
		case 3:
			parts = append(parts, fmt.Sprintf("{%s:>{%s %% 5}}", g.intExpr(s, 1), g.atom(s, true)))
		case 4, 5:
			objs := s.varsOf(tObj)
			if g.unit.obj {
				objs = append(objs, g.gName("O"))
			}
			if len(objs) == 0 {
				parts = append(parts, "{"+g.atom(s, true)+"!r}")
				continue
			}
			o := objs[g.pick(len(objs))]
			forms := []string{"{" + o + "}", "{" + o + "!r}", "{" + o + "!s}", "{" + o + "=}"}
			if g.unit.hasFmt {
				forms = append(forms, "{"+o+":x}", "{"+o+":{"+g.atom(s, true)+"}}")
			}
			parts = append(parts, forms[g.pick(len(forms))])
		case 6:
			var cs []string
			for _, v := range s.varsOf(tList) {
				cs = append(cs, "{"+v+"}")
			}
			for _, v := range s.varsOf(tDict) {
				cs = append(cs, "{"+v+"}")
			}
			for _, v := range s.varsOf(tSet) {
				cs = append(cs, "{sorted("+v+")}")
			}
			if g.unit.globals {
				cs = append(cs, "{"+g.gName("G")+"}")
			}
			if len(cs) == 0 {
				continue
			}
			parts = append(parts, cs[g.pick(len(cs))])
		default:
			parts = append(parts, fmt.Sprintf("{%s!r:>6}", g.boolExpr(s, 1)))
		}
	}
	return "f\"" + strings.Join(parts, " ") + "\""
}

// moreStmt writes one statement of this layer; false when the kind
// drawn does not fit here.
func (g *gen) moreStmt(s *scope, depth, kind int) bool {
	switch kind {
	case 0: // augmented assignment of an item or attribute, the value awaiting
		ts := g.augTargets(s)
		if len(ts) == 0 {
			return false
		}
		op := []string{"+=", "-="}[g.pick(2)]
		g.line(depth, "%s %s %s", ts[g.pick(len(ts))], op, g.smallExpr(s))
	case 1: // list += across an await
		ts := g.listTargets(s)
		if len(ts) == 0 {
			return false
		}
		g.line(depth, "%s += [%s, %s]", ts[g.pick(len(ts))], g.atom(s, true), g.smallExpr(s))
	case 2: // print with *args
		var stars []string
		if g.unit.globals {
			stars = append(stars, "*"+g.gName("G"), "*"+g.gName("D"))
		}
		for _, v := range s.varsOf(tList) {
			stars = append(stars, "*"+v)
		}
		for _, v := range s.varsOf(tSet) {
			stars = append(stars, "*sorted("+v+")")
		}
		if len(stars) == 0 {
			return false
		}
		args := []string{stars[g.pick(len(stars))], g.intExpr(s, 2)}
		if g.chance(50) {
			args = append(args, stars[g.pick(len(stars))])
		}
		if g.chance(30) {
			args[0], args[1] = args[1], args[0]
		}
		g.line(depth, "print(%s, sep=\",\")", strings.Join(args, ", "))
	case 3: // f-string
		g.line(depth, "print(%s)", g.fstring(s))
	case 4: // new container or object local
		v := g.newVar()
		switch g.pick(4) {
		case 0:
			g.line(depth, "%s: list[int] = [%s, %s]", v, g.intExpr(s, 1), g.atom(s, true))
			s.add(v, tList)
		case 1:
			g.line(depth, "%s: dict[str, int] = {\"a\": %s}", v, g.intExpr(s, 1))
			s.add(v, tDict)
		case 2:
			g.line(depth, "%s: set[int] = {%s, %s}", v, g.atom(s, true), g.smallExpr(s))
			s.add(v, tSet)
		default:
			if !g.unit.obj {
				return false
			}
			g.line(depth, "%s = %s(%s)", v, g.gName("Obj"), g.smallExpr(s))
			s.add(v, tObj)
		}
	case 5: // container updates
		var c []string
		if g.unit.globals {
			c = append(c, fmt.Sprintf("%s.append(%s)", g.gName("G"), g.smallExpr(s)),
				fmt.Sprintf("%s[%q] = %s", g.gName("D"), []string{"a", "b", "c"}[g.pick(3)], g.smallExpr(s)))
		}
		for _, v := range s.varsOf(tList) {
			c = append(c, fmt.Sprintf("%s.append(%s)", v, g.smallExpr(s)), fmt.Sprintf("%s[0] = %s", v, g.intExpr(s, 1)))
		}
		for _, v := range s.varsOf(tDict) {
			c = append(c, fmt.Sprintf("%s[%q] = %s", v, []string{"a", "b", "c"}[g.pick(3)], g.smallExpr(s)))
		}
		for _, v := range s.varsOf(tSet) {
			c = append(c, fmt.Sprintf("%s.add(%s)", v, g.smallExpr(s)), fmt.Sprintf("%s |= {%s}", v, g.atom(s, true)),
				fmt.Sprintf("%s.discard(%s)", v, g.atom(s, true)))
		}
		if len(c) == 0 {
			return false
		}
		g.line(depth, "%s", c[g.pick(len(c))])
	case 6: // show containers and objects
		var c []string
		for _, v := range s.varsOf(tList) {
			c = append(c, v)
		}
		for _, v := range s.varsOf(tDict) {
			c = append(c, "sorted("+v+".items())", v)
		}
		for _, v := range s.varsOf(tSet) {
			c = append(c, "sorted("+v+")")
		}
		for _, v := range s.varsOf(tObj) {
			c = append(c, v, "repr("+v+")")
		}
		if g.unit.obj {
			c = append(c, g.gName("O"), "repr("+g.gName("O")+")")
		}
		if g.unit.globals {
			c = append(c, g.gName("G"), g.gName("D"))
		}
		if len(c) == 0 {
			return false
		}
		g.line(depth, "print(%q, %s, %s)", fmt.Sprintf("S%d", g.pick(1000)), c[g.pick(len(c))], g.intExpr(s, 1))
	case 7: // gather with return_exceptions, wait_for
		if !s.async {
			return false
		}
		f1, ok1 := g.fnOf(s, kAsync)
		f2, ok2 := g.fnOf(s, kAsync)
		if !ok1 || !ok2 {
			return false
		}
		if g.chance(50) {
			g.line(depth, "print(\"gathered\", await asyncio.gather(%s(%s), %s(%s), return_exceptions=True))", f1.name, g.args(s, f1, 1), f2.name, g.args(s, f2, 1))
			return true
		}
		v := g.newVar()
		g.line(depth, "try:")
		g.line(depth+1, "%s = await asyncio.wait_for(%s(%s), timeout=%s + 10)", v, f1.name, g.args(s, f1, 1), g.atom(s, false))
		g.line(depth, "except ValueError as e:")
		g.line(depth+1, "print(\"wait_for raised\", e)")
		g.line(depth+1, "%s = 0", v)
		s.add(v, tInt)
	case 8: // a lookup that may raise KeyError or IndexError, caught
		var c []string
		if g.unit.globals {
			c = append(c, fmt.Sprintf("%s[%s %% 5]", g.gName("G"), g.atom(s, true)), fmt.Sprintf("%s[%q]", g.gName("D"), []string{"a", "b", "c"}[g.pick(3)]))
		}
		for _, v := range s.varsOf(tList) {
			c = append(c, fmt.Sprintf("%s[%s]", v, g.atom(s, true)))
		}
		for _, v := range s.varsOf(tDict) {
			c = append(c, fmt.Sprintf("%s[%q]", v, []string{"b", "c"}[g.pick(2)]))
		}
		if len(c) == 0 {
			return false
		}
		g.line(depth, "try:")
		g.line(depth+1, "print(\"lookup\", %s, %s)", c[g.pick(len(c))], g.intExpr(s, 1))
		g.line(depth, "except (KeyError, IndexError) as e:")
		g.line(depth+1, "print(\"lookup failed\", repr(e))")
	case 9: // async with a user context manager
		if !s.async || !g.unit.cm || depth >= 4 {
			return false
		}
		v := g.newVar()
		g.line(depth, "async with %s(%s) as %s:", g.gName("CM"), g.atom(s, true), v)
		c := s.clone()
		c.add(v, tInt)
		g.block(c, depth+1)
		if g.chance(30) {
			g.line(depth+1, "if %s:", g.boolExpr(c, 1))
			g.line(depth+2, "raise ValueError(%s)", g.strExpr(c))
		}
	case 10: // walrus in a condition
		if depth >= 4 {
			return false
		}
		v := g.newVar()
		g.line(depth, "if (%s := (%s) %% 1009) > %d:", v, g.intExpr(s, 2), g.pick(6))
		s.add(v, tInt)
		g.block(s.clone(), depth+1)
	case 11: // rebinding the global list (declared global) across awaits
		if !s.globalG {
			return false
		}
		G := g.gName("G")
		switch g.pick(3) {
		case 0:
			g.line(depth, "%s += [%s]", G, g.intExpr(s, 1))
		case 1:
			g.line(depth, "%s = %s + [%s]", G, G, g.intExpr(s, 1))
		default:
			g.line(depth, "%s = [%s, %s]", G, g.intExpr(s, 1), g.atom(s, true))
		}
	case 13: // rebinding the global object (declared global): calls of its
		// methods that await evaluate the old object first
		if !s.globalO {
			return false
		}
		g.line(depth, "%s = %s(%s)", g.gName("O"), g.gName("Obj"), g.smallExpr(s))
	case 12: // dict and set comprehensions
		v, w := g.newVar(), g.newVar()
		c := s.clone()
		c.add(w, tInt)
		if g.chance(50) {
			g.line(depth, "%s = sum({%s: %s for %s in range(%s) if %s}.values()) %% 1009", v, w, g.intExpr(c, 1), w, g.boundExpr(s), g.boolExpr(c, 1))
		} else {
			g.line(depth, "%s = len({%s %% 3 for %s in range(%s) if %s})", v, g.intExpr(c, 1), w, g.boundExpr(s), g.boolExpr(c, 1))
		}
		s.add(v, tInt)
	case 14: // nested defs whose defaults read locals, taken as values in a
		// loop: each value keeps the defaults its def evaluated
		if depth >= 4 {
			return false
		}
		fs, w, f := g.newVar(), g.newVar(), g.newVar()
		g.line(depth, "%s: list[Callable[[], int]] = []", fs)
		g.line(depth, "for %s in range(%d):", w, 1+g.pick(3))
		c := s.clone()
		c.add(w, tInt)
		d := c.clone()
		d.async = false // aiogo refuses await in a default value
		g.line(depth+1, "def %s(p: int = %s, q: int = %s) -> int:", f, g.intExpr(d, 1), g.atom(d, true))
		g.line(depth+2, "return p * 3 + q")
		g.line(depth+1, "%s.append(%s)", fs, f)
		if g.chance(50) {
			g.moreStmt(c, depth+1, 5) // change what the defaults read
		}
		g.line(depth, "print(\"defaults\", [h() for h in %s])", fs)
	case 15: // a nested def whose default reads a local that changes later
		ints := s.assignable()
		if len(ints) == 0 {
			return false
		}
		x, f := ints[g.pick(len(ints))], g.newVar()
		g.line(depth, "def %s(k: int = %s + 1) -> int:", f, x)
		g.line(depth+1, "return k * 2")
		g.line(depth, "%s = (%s + %d) %% 1009", x, x, 1+g.pick(9))
		g.line(depth, "print(\"late\", %s(), %s(%s))", f, f, x)
	case 16: // a module-level function whose default read the globals when
		// its def ran
		if !g.unit.globals {
			return false
		}
		g.line(depth, "print(\"gdef\", %s(), %s(%s))", g.gName("gdef"), g.gName("gdef"), g.smallExpr(s))
	default:
		return false
	}
	return true
}

// declareGlobal starts a coroutine body with `global G` (sometimes), so
// that it may rebind the module-level list while others hold it.
func (g *gen) declareGlobal(s *scope) {
	var names []string
	if g.unit.globals && g.chance(40) {
		names = append(names, g.gName("G"))
		s.globalG = true
	}
	if g.unit.obj && g.chance(30) {
		names = append(names, g.gName("O"))
		s.globalO = true
	}
	if len(names) > 0 {
		g.line(1, "global %s", strings.Join(names, ", "))
	}
}

// moreKinds is the number of kinds moreStmt draws from.
const moreKinds = 17

// kwArgs is the arguments of a call of a module-level function, sometimes
// as keywords out of parameter order.
func (g *gen) kwArgs(s *scope, f fn, depth int) (string, bool) {
	if f.kind == kLambda || f.params == 0 || !g.chance(30) {
		return "", false
	}
	vals := make([]string, f.params)
	for i := range vals {
		vals[i] = g.intExpr(s, depth)
	}
	pos := g.pick(f.params) // positional prefix
	if f.params == 1 {
		pos = 0
	}
	var out []string
	for i := range pos {
		out = append(out, vals[i])
	}
	idx := []int{}
	for i := pos; i < f.params; i++ {
		idx = append(idx, i)
	}
	g.r.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
	for _, i := range idx {
		out = append(out, fmt.Sprintf("a%d=%s", i, vals[i]))
	}
	return strings.Join(out, ", "), true
}
