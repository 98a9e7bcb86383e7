package check

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// Flow-sensitive narrowing.
//
// The checker walks each function body once, in order, carrying a flow
// state: the narrowed type of every narrowable expression (a variable, or
// an attribute chain rooted at one: self.conn, node.next.val) at the
// current program point, and whether the point is reachable at all.
//
//   - A condition refines the state for each of its outcomes (narrowOn):
//     is None / is not None / == None, truthiness, isinstance, type(x) is C,
//     not, and/or (their right operands are checked under the left one's
//     outcome), walrus targets.
//   - Where control flow joins (after if/else, after a loop, after try) the
//     states of the incoming edges are joined: a fact survives when it holds
//     with the same type on every reachable edge.
//   - return/raise/break/continue make the point unreachable; break records
//     its state for the loop's exit.
//   - A loop head holds the state on entry minus every fact about a
//     variable or chain that the loop (body, condition, target) assigns:
//     the assignments inside a loop undo narrowing around the back-edge.
//   - An assignment drops the facts about the target and about every chain
//     that goes through it, and records the assigned type when it is
//     narrower than the declared one (x = 5 makes an int | None hold int).
//
// A narrowed read is recorded in Info.Narrowed with the declared type, so
// that the generator converts the stored value (unwraps an Optional,
// asserts a union's member). Tests against None and isinstance tests always
// read the declared value, never the narrowed one, so a test is never
// folded to a constant on the strength of a fact.

// narrowKey names a narrowable expression: a variable plus an attribute
// path ("" for the variable itself, ".conn.peer" for var.conn.peer).
type narrowKey struct {
	sym  *Symbol
	path string
}

// flowState is the narrowing state at a program point.
type flowState struct {
	facts map[narrowKey]Type
	dead  bool
}

// loopFlow collects the states at the break statements of a loop.
type loopFlow struct {
	head      flowState // after the head (target bound, condition typed)
	breaks    []flowState
	continues []flowState
}

// saveFlow snapshots the current state.
func (c *checker) saveFlow() flowState {
	return flowState{facts: c.copyNarrow(), dead: c.dead}
}

// setFlow makes s the current state (a copy of it).
func (c *checker) setFlow(s flowState) {
	m := make(map[narrowKey]Type, len(s.facts))
	for k, v := range s.facts {
		m[k] = v
	}
	c.narrow, c.dead = m, s.dead
}

// joinFlow joins the states of control-flow edges that meet.
func (c *checker) joinFlow(states ...flowState) flowState {
	var live []flowState
	for _, s := range states {
		if !s.dead {
			live = append(live, s)
		}
	}
	if len(live) == 0 {
		return flowState{facts: map[narrowKey]Type{}, dead: true}
	}
	out := map[narrowKey]Type{}
	for k, v := range live[0].facts {
		keep := true
		for _, o := range live[1:] {
			if w, ok := o.facts[k]; !ok || !Identical(v, w) {
				keep = false
				break
			}
		}
		if keep {
			out[k] = v
		} else if j := joinFacts(k, c.factDecl[k], v, live[1:]); j != nil {
			out[k] = j
		}
	}
	return flowState{facts: out}
}

// joinFacts joins different facts about a variable or attribute chain
// declared as a boxed type (object, a union) that every edge narrowed,
// into their union, as mypy joins them: after `if x is None or
// isinstance(x, int):` x is int | None (and so is self.v after the same
// tests on it); after an if/elif chain of isinstance tests whose else
// exits, the union of the classes tested. Nil when an edge has no fact
// about k (it keeps the declared type) or the union is not a type of the
// language. decl is the declared type of a chain (setFact's record).
func joinFacts(k narrowKey, decl Type, v Type, others []flowState) Type {
	if k.path == "" && k.sym != nil {
		decl = k.sym.Type
	}
	if k.sym == nil || decl == nil || !boxedDecl(decl) {
		return nil
	}
	j := v
	for _, o := range others {
		w, ok := o.facts[k]
		if !ok {
			return nil
		}
		if j = unionOf(j, w); j == nil {
			return nil
		}
	}
	if Identical(j, decl) {
		return nil
	}
	return j
}

// boxedDecl reports a declared type whose values are boxed (object, a
// union, or an Optional of those): narrowing it to a union of its
// members keeps the representation.
func boxedDecl(t Type) bool {
	switch x := t.(type) {
	case *AnyType, *Union:
		return true
	case *Optional:
		return boxedDecl(x.Elem)
	}
	return false
}

// keyOf returns the narrowing key of an expression already typed, if it is
// a variable or an attribute chain over one. A step of the chain may read
// a property (node.parent.name after node.parent is not None,
// self.room.locked with room a property), as mypy narrows them; the
// generated code reads each narrowed value through a check (py.Opt.Get).
// Such a key's path marks the step "name()"; any store forgets its facts
// (forgetPropertyFacts): the property may read what the store changed.
func (c *checker) keyOf(e ast.Expr) (narrowKey, bool) {
	switch x := e.(type) {
	case *ast.Name:
		sym := c.info.Uses[x]
		if sym == nil || sym.Kind != SymVar || x.ID == "_" && sym.Type != Object {
			return narrowKey{}, false
		}
		return narrowKey{sym: sym}, true
	case *ast.NamedExpr:
		return c.keyOf(x.Target)
	case *ast.Attribute:
		k, ok := c.keyOf(x.Value)
		if !ok {
			return narrowKey{}, false
		}
		cls, isCls := c.declaredOf(x.Value).(*Class)
		if !isCls {
			if nt, ok := c.info.Types[x.Value].(*Class); ok {
				cls, isCls = nt, true
			}
		}
		if !isCls {
			return narrowKey{}, false
		}
		if cls.LookupField(x.Attr) == nil {
			if m := cls.LookupMethod(x.Attr); m != nil && m.IsProperty && !m.IsAsync && m.Decorated == nil {
				return narrowKey{sym: k.sym, path: k.path + "." + x.Attr + "()"}, true
			}
			return narrowKey{}, false
		}
		return narrowKey{sym: k.sym, path: k.path + "." + x.Attr}, true
	case *ast.Subscript:
		// d["k"], xs[0], t[-1]: an index written as a literal, into a
		// dict, list or tuple (mypy narrows these as it narrows names).
		lit, ok := literalIndex(x.Index)
		if !ok {
			return narrowKey{}, false
		}
		// The container may itself be narrowed (p[1] after p is not
		// None, with p a tuple | None), as keyOf's attribute steps are.
		if !indexable(c.declaredOf(x.Value)) && !indexable(c.info.Types[x.Value]) {
			return narrowKey{}, false
		}
		k, ok := c.keyOf(x.Value)
		if !ok {
			return narrowKey{}, false
		}
		return narrowKey{sym: k.sym, path: k.path + "[" + lit + "]"}, true
	}
	return narrowKey{}, false
}

// indexable reports whether t is a dict, list or tuple: a container whose
// items keyOf narrows under a literal index.
func indexable(t Type) bool {
	switch t.(type) {
	case *Dict, *List, *Tuple:
		return true
	}
	return false
}

// literalIndex is the source form of an index written as an int or str
// literal (or a negated int literal).
func literalIndex(e ast.Expr) (string, bool) {
	if s, ok := e.(*ast.StrLit); ok {
		return strconv.Quote(s.Value), true
	}
	if v, ok := constInt(e); ok {
		return strconv.FormatInt(v, 10), true
	}
	return "", false
}

// forgetItems drops the facts about items of the container k names (and
// of containers inside it): an item store, a del or a call of a mutating
// method may change any of them.
func (c *checker) forgetItems(k narrowKey) {
	for f := range c.narrow {
		if f.sym == k.sym && len(f.path) > len(k.path) && f.path[:len(k.path)] == k.path && strings.Contains(f.path[len(k.path):], "[") {
			delete(c.narrow, f)
		}
	}
}

// declaredOf is the type of a narrowable expression before narrowing.
func (c *checker) declaredOf(e ast.Expr) Type {
	if ne, ok := e.(*ast.NamedExpr); ok {
		e = ne.Target
	}
	if t, ok := c.info.Narrowed[e]; ok {
		return t
	}
	return c.info.Types[e]
}

// currentOf is the type of a narrowable expression at this point.
func (c *checker) currentOf(k narrowKey, e ast.Expr) Type {
	if t, ok := c.narrow[k]; ok {
		return t
	}
	return c.declaredOf(e)
}

// readFact returns the narrowed type of a read of e (declared type
// declared) and records the narrowing for the generator.
func (c *checker) readFact(e ast.Expr, declared Type) (Type, bool) {
	delete(c.info.Narrowed, e)
	if e == c.noNarrow || declared == nil {
		return nil, false
	}
	k, ok := c.keyOf(e)
	if !ok {
		return nil, false
	}
	t, ok := c.narrow[k]
	if !ok || Identical(t, declared) {
		return nil, false
	}
	c.info.Narrowed[e] = declared
	return t, true
}

// setFact records that k holds a value of type t (declared type declared).
func (c *checker) setFact(k narrowKey, t, declared Type) {
	if t == nil || declared == nil || Identical(t, declared) {
		delete(c.narrow, k)
		return
	}
	c.narrow[k] = t
	if k.path != "" {
		if c.factDecl == nil {
			c.factDecl = map[narrowKey]Type{}
		}
		c.factDecl[k] = declared // joinFacts joins facts about chains
	}
}

// forget drops the facts about k and every chain through it.
func (c *checker) forget(k narrowKey) {
	for f := range c.narrow {
		if f.sym == k.sym && (f.path == k.path || len(f.path) > len(k.path) && f.path[:len(k.path)] == k.path && (f.path[len(k.path)] == '.' || f.path[len(k.path)] == '[')) {
			delete(c.narrow, f)
		}
	}
}

// forgetPropertyFacts drops the facts read through a property
// (keyOf): a store anywhere may change what it returns.
func (c *checker) forgetPropertyFacts() {
	for f := range c.narrow {
		if strings.Contains(f.path, "()") {
			delete(c.narrow, f)
		}
	}
}

// forgetSym drops every fact about a variable.
func (c *checker) forgetSym(sym *Symbol) {
	c.forget(narrowKey{sym: sym})
}

// assignedFact narrows target k after storing a value of type vt into a
// place declared as declared.
func (c *checker) assignedFact(k narrowKey, vt, declared Type) {
	c.forget(k)
	if vt == nil || declared == nil || vt == None {
		return
	}
	if opt, ok := declared.(*Optional); ok {
		if _, vOpt := vt.(*Optional); !vOpt && c.assignableType(vt, opt.Elem) {
			if m := unionMemberOf(opt.Elem, vt); m != nil {
				c.setFact(k, m, declared) // o: Q | int | None; o = Q(): o is a Q
				return
			}
			c.setFact(k, opt.Elem, declared) // x = 5 makes x not None until reassigned
		}
		return
	}
	if k.sym != nil && k.sym.Name == "_" && declared == Object && underscoreFact(vt) {
		// `_` rebinds freely (typed object): each assignment gives it the
		// type of its value until the next, as mypy types it.
		c.setFact(k, vt, declared)
		return
	}
	if m := unionMemberOf(declared, vt); m != nil {
		// o: Q | int; o = Q(o) makes o a Q until reassigned, as mypy
		// narrows a union on assignment (joined with the other edges'
		// facts: `if isinstance(o, int): o = Q(o)` leaves o a Q).
		c.setFact(k, m, declared)
	}
}

// unionMemberOf is the member of union u that a value of type vt is: vt
// itself when it is a member or a subclass of a class member (bool for an
// int member); nil when u is not a union or vt is not one of its members.
func unionMemberOf(u, vt Type) Type {
	un, ok := u.(*Union)
	if !ok {
		return nil
	}
	switch vt.(type) {
	case *Basic, *Class:
	default:
		return nil
	}
	for _, m := range un.Types {
		if isSubtype(vt, m) {
			return vt
		}
	}
	return nil
}

// narrowOn refines the current state with cond having outcome truth.
func (c *checker) narrowOn(cond ast.Expr, truth bool) {
	if c.dead {
		return
	}
	switch x := cond.(type) {
	case *ast.BoolLit:
		if x.Value != truth {
			c.dead = true
		}
	case *ast.UnaryOp:
		if x.Op == "not" {
			c.narrowOn(x.Operand, !truth)
		}
	case *ast.BoolOp:
		// and/true, or/false: every operand had that outcome.
		if (x.Op == "and") == truth {
			for _, v := range x.Values {
				c.narrowOn(v, truth)
			}
			return
		}
		// Otherwise one operand had the outcome, after all before it had
		// the other one.
		pre := c.saveFlow()
		var outs []flowState
		for _, v := range x.Values {
			c.narrowOn(v, truth)
			outs = append(outs, c.saveFlow())
			c.setFlow(pre)
			c.narrowOn(v, !truth)
			pre = c.saveFlow()
		}
		c.setFlow(c.joinFlow(outs...))
	case *ast.Name, *ast.Attribute, *ast.NamedExpr:
		if truth {
			c.refine(cond, func(t Type) Type { return removeNone(t) })
		}
	case *ast.Compare:
		c.narrowCompare(x, truth)
	case *ast.Call:
		c.narrowIsinstance(x, truth)
		c.narrowCallable(x, truth)  // callable.go
		c.narrowInspect(x, truth)   // coroinspect.go
		c.narrowTypeGuard(x, truth) // typeguard.go
	}
}

// refine narrows the expression e (if narrowable) with f.
func (c *checker) refine(e ast.Expr, f func(Type) Type) {
	k, ok := c.keyOf(e)
	if !ok {
		return
	}
	declared := c.declaredOf(e)
	cur := c.currentOf(k, e)
	if cur == nil {
		return
	}
	if nt := f(cur); nt != nil && !Identical(nt, cur) {
		c.setFact(k, nt, declared)
	}
}

func (c *checker) narrowCompare(x *ast.Compare, truth bool) {
	if len(x.Ops) != 1 {
		return
	}
	l, r, op := x.Left, x.Comparators[0], x.Ops[0]
	if op == "in" && truth || op == "not in" && !truth {
		c.narrowIn(l, r) // boolunion.go
		return
	}
	if (op == "==" || op == "!=") && c.narrowTupleTag(l, r, (op == "==") == truth) { // tuple_tags.go
		return
	}
	if c.noneOperand(l) {
		l, r = r, l
	}
	if c.noneOperand(r) {
		var notNone bool
		switch op {
		case "is not", "!=":
			notNone = truth
		case "is", "==":
			notNone = !truth
		default:
			return
		}
		if notNone {
			c.refine(l, removeNone)
		} else {
			// x is None on an object: None there (joined with the facts of
			// the other operands of an or: joinFacts).
			c.refine(l, func(t Type) Type {
				switch x := t.(type) {
				case *AnyType:
					return None
				case *Optional:
					if boxedDecl(x.Elem) { // int | str | None: None there too
						return None
					}
				}
				return nil
			})
		}
		return
	}
	// type(x) is C / type(x) == C
	if (op == "is" || op == "==") && truth {
		call, ok := l.(*ast.Call)
		if !ok {
			call, ok = r.(*ast.Call)
			r = l
		}
		if !ok || len(call.Args) != 1 {
			return
		}
		if fn, ok := call.Func.(*ast.Name); !ok || fn.ID != "type" || c.info.Uses[fn] == nil || c.info.Uses[fn].Kind == SymVar {
			return
		}
		if cls := c.classesOf(r); len(cls) == 1 {
			c.refine(call.Args[0], func(t Type) Type { return c.restrictTo(exactCandidates(t, cls[0]), cls) })
		}
	}
}

func (c *checker) narrowIsinstance(x *ast.Call, truth bool) {
	fn, ok := x.Func.(*ast.Name)
	if !ok || fn.ID != "isinstance" || len(x.Args) != 2 {
		return
	}
	if sym := c.info.Uses[fn]; sym == nil || sym.Kind != SymBuiltin {
		return
	}
	cls := c.classesOf(x.Args[1])
	if cls == nil {
		return
	}
	if u, ok := c.info.Types[x.Args[0]].(*Union); ok && truth && c.loose[u] && c.anyExcClass(cls) {
		// gatherloose.go: mypy's Any is any class after a failed test
		// too; the test narrows the declared union, not an earlier fact.
		c.refine(x.Args[0], func(Type) Type { return c.restrictTo(u, cls) })
	} else if truth {
		c.refine(x.Args[0], func(t Type) Type { return c.restrictTo(t, cls) })
	} else if _, ok := c.info.Types[x.Args[1]].(*Tuple); ok && !classDisplay(x.Args[1]) {
		// A tuple of classes held in a variable may be empty or hold
		// subclasses: a failed test removes nothing.
	} else {
		if k, ok := c.keyOf(x.Args[0]); ok && c.exhausted(c.currentOf(k, x.Args[0]), cls) {
			// Every member of the union is one of the classes: the test
			// cannot fail, and the path where it does is unreachable, as
			// mypy reads it (an if/elif isinstance chain, or a match
			// statement, over all the members of a union returns on
			// every path).
			c.dead = true
			return
		}
		c.refine(x.Args[0], func(t Type) Type { return c.removeClasses(t, cls) })
	}
}

// classDisplay reports whether e writes its classes out: a tuple display
// (A, B) or a union A | B.
func classDisplay(e ast.Expr) bool {
	_, display := e.(*ast.TupleExpr)
	return display || UnionOperands(e) != nil
}

// markDeadElse records whether the test of s can fail here. A statement
// checked more than once (a loop body, before and after its facts are
// joined) has a dead else only if every check found it dead.
func (c *checker) markDeadElse(s *ast.If, dead bool) {
	if c.speculating > 0 {
		return
	}
	if c.deadElse == nil {
		c.deadElse = map[*ast.If]bool{}
	}
	if prev, seen := c.deadElse[s]; seen && !prev {
		return
	}
	c.deadElse[s] = dead
}

// exhausted reports whether every member of t (not Optional: None would
// be left) is a subtype of one of cls.
func (c *checker) exhausted(t Type, cls []Type) bool {
	if t == nil {
		return false
	}
	members := []Type{t}
	if u, ok := t.(*Union); ok {
		members = u.Types
	}
	for _, m := range members {
		switch m {
		case Int, Str, Bytes, Bool:
			// A value declared int, str, bytes or bool holds one. Not float:
			// an int stored where a float is declared stays an int, and
			// isinstance(x, float) is then False, as in CPython.
		default:
			if _, ok := m.(*Class); !ok {
				return false // the other types' isinstance tests are not proofs here
			}
		}
		hit := false
		for _, k := range cls {
			hit = hit || m == k || isSubtype(m, k)
		}
		if !hit {
			return false
		}
	}
	return true
}

// classesOf returns the instance types named by the second argument of
// isinstance (a class or a tuple of classes); nil if it is not one.
func (c *checker) classesOf(e ast.Expr) []Type {
	var out []Type
	var add func(t Type) bool
	add = func(t Type) bool {
		switch x := t.(type) {
		case *ClassRef:
			out = append(out, x.Class)
		case *BuiltinFunc:
			if x.Name != "slice" {
				return false
			}
			out = append(out, SliceType) // isinstance(i, slice): sliceobj.go
		case *TypeName:
			switch x.T.(type) {
			case *Basic, *List, *Dict, *Set, *Tuple:
				out = append(out, x.T)
			default:
				// isinstance(v, Mapping) narrows as isinstance(v, dict):
				// dicts are the only mappings of the subset (likewise
				// MutableSet and set; not MutableSequence: a bytearray
				// is one too).
				switch TypingABC(x) {
				case "Mapping", "MutableMapping":
					out = append(out, &Dict{})
				case "Sequence":
					// A Sequence[Any] viewing the value (a list, tuple,
					// str, bytes or range: py.AnySeq).
					out = append(out, &Abstract{Kind: ASequence})
				case "MutableSet":
					out = append(out, &Set{})
				default:
					return false
				}
			}
		case *Tuple:
			for _, el := range x.Elems {
				if !add(el) {
					return false
				}
			}
		default:
			return false
		}
		return true
	}
	if !add(c.info.Types[e]) {
		return nil
	}
	return out
}

// removeNone is t without None.
func removeNone(t Type) Type {
	switch x := t.(type) {
	case *Optional:
		return removeNone(x.Elem)
	case *Union:
		var out []Type
		for _, m := range x.Types {
			if m != None {
				out = append(out, m)
			}
		}
		switch {
		case len(out) == len(x.Types):
			return t
		case len(out) == 1:
			return out[0]
		case len(out) == 0:
			return t
		}
		return &Union{out}
	}
	return t
}

// isSubtype reports whether values of type a are instances of class or
// type b (as isinstance sees them).
func isSubtype(a, b Type) bool {
	if Identical(a, b) {
		return true
	}
	if a == Bool && b == Int {
		return true // bool derives from int
	}
	if isKind(b) {
		return sameContainerKind(a, b)
	}
	if ab, ok := b.(*Abstract); ok && ab.Elem == nil && ab.Kind == ASequence {
		return isSequenceType(a) // isinstance(v, Sequence)
	}
	if ac, ok := a.(*Class); ok {
		if bc, ok := b.(*Class); ok {
			if bc.Protocol {
				return implements(ac, bc) // protocol.go
			}
			return ac.IsSubclassOf(bc)
		}
	}
	return false
}

// restrictTo is the type of a value of type t known to be an instance of
// one of cls; nil when that cannot be expressed.
func (c *checker) restrictTo(t Type, cls []Type) Type {
	var members []Type
	switch x := t.(type) {
	case *Optional:
		return c.restrictTo(x.Elem, cls)
	case *Union:
		members = x.Types
	case *AnyType:
		if len(cls) == 1 {
			return anyFilled(cls[0])
		}
		var out []Type
		for _, k := range cls {
			switch k.(type) {
			case *Abstract:
				return nil // a union holding a Sequence view is not supported
			case *Basic:
				out = appendType(out, k)
			default:
				if !isKind(k) || anyFilled(k) == nil {
					return nil
				}
				out = appendType(out, anyFilled(k))
			}
		}
		return &Union{out}
	default:
		members = []Type{t}
	}
	var out []Type
	for _, m := range members {
		for _, k := range cls {
			if isSubtype(m, k) {
				out = appendType(out, m)
				break
			}
			if isSubtype(k, m) {
				// Every class of the tuple deriving from m, not only the
				// first: isinstance(s, (Circle, Rect)) with s: Shape is
				// Circle | Rect, as mypy narrows it.
				out = appendType(out, k)
			}
		}
	}
	switch len(out) {
	case 0:
		return nil
	case 1:
		return out[0]
	}
	if _, ok := t.(*Union); !ok {
		if o, ok := t.(*Optional); !ok || !isUnion(o.Elem) {
			if !allUserClasses(out) {
				return nil
			}
			// A class narrowed to several of its subclasses: a union of
			// them, read from the same interface value (codegen's
			// narrowConv keeps it; union switches test its member).
		}
	}
	return &Union{out}
}

func isUnion(t Type) bool {
	_, ok := t.(*Union)
	return ok
}

// removeClasses is the type of a value of type t known not to be an
// instance of any of cls.
func (c *checker) removeClasses(t Type, cls []Type) Type {
	opt := false
	if o, ok := t.(*Optional); ok {
		t, opt = o.Elem, true
	}
	members := []Type{t}
	if u, ok := t.(*Union); ok {
		members = u.Types
		if c.loose[u] && c.anyExcClass(cls) {
			// gatherloose.go: mypy's Any, less an exception class, is
			// still Any; aiogo reads the result member, checked.
			cls = append(cls[:len(cls):len(cls)], c.builtinClass("BaseException"))
		}
	}
	var out []Type
	for _, m := range members {
		drop := false
		for _, k := range cls {
			if isSubtype(m, k) {
				drop = true
			}
		}
		if !drop {
			out = append(out, m)
		}
	}
	var r Type
	switch len(out) {
	case 0:
		if opt {
			return nil // only None is left: not expressible as a narrowing
		}
		return nil
	case 1:
		r = out[0]
	default:
		if len(out) == len(members) {
			r = t
		} else {
			r = &Union{out}
		}
	}
	if opt {
		return &Optional{r}
	}
	return r
}

func appendType(ts []Type, t Type) []Type {
	for _, x := range ts {
		if Identical(x, t) {
			mergeTupleTags(x, t) // tuple_tags.go
			return ts
		}
	}
	return append(ts, t)
}

// beginLoop widens the current state for a loop head: the facts about
// everything the loop assigns are dropped. nodes are the loop's parts.
func (c *checker) beginLoop(nodes ...any) {
	names, chains := assignedIn(nodes...)
	for k := range c.narrow {
		if names[k.sym.Name] {
			delete(c.narrow, k)
			continue
		}
		if k.path != "" {
			for _, attr := range chains {
				if hasAttr(k.path, attr) {
					delete(c.narrow, k)
					break
				}
			}
		}
	}
}

// afterItemMutation forgets the item facts of the container whose
// mutating method call x calls (xs.pop(0) after xs[0] is not None).
func (c *checker) afterItemMutation(x *ast.Call) {
	if a, ok := x.Func.(*ast.Attribute); ok && mutatesItems[a.Attr] {
		if k, ok := c.keyOf(a.Value); ok {
			c.forgetItems(k)
		}
	}
}

// mutatesItems names the methods of list and dict that may change what
// an index reads.
var mutatesItems = map[string]bool{
	"append": true, "extend": true, "insert": true, "pop": true, "remove": true,
	"clear": true, "update": true, "setdefault": true, "popitem": true,
	"sort": true, "reverse": true,
}

// hasAttr reports whether an attribute path mentions attr ("[": any item).
func hasAttr(path, attr string) bool {
	if attr == "[" {
		return strings.Contains(path, "[")
	}
	for i := 0; i < len(path); {
		j := i + 1
		for j < len(path) && path[j] != '.' {
			j++
		}
		if path[i+1:j] == attr {
			return true
		}
		i = j
	}
	return false
}

// assignedIn collects the variable names and attribute names that the
// syntax trees nodes assign (conservatively: an attribute store forgets
// every chain through that attribute name).
func assignedIn(nodes ...any) (map[string]bool, []string) {
	names := map[string]bool{}
	var attrs []string
	var target func(e ast.Expr)
	target = func(e ast.Expr) {
		switch x := e.(type) {
		case *ast.Name:
			names[x.ID] = true
		case *ast.Attribute:
			attrs = append(attrs, x.Attr)
		case *ast.Subscript:
			attrs = append(attrs, "[") // every item fact (hasAttr)
		case *ast.TupleExpr:
			for _, el := range x.Elems {
				target(el)
			}
		case *ast.ListExpr:
			for _, el := range x.Elems {
				target(el)
			}
		case *ast.Starred:
			target(x.Value)
		}
	}
	visit := func(n any) {
		switch x := n.(type) {
		case *ast.Assign:
			for _, t := range x.Targets {
				target(t)
			}
		case *ast.AugAssign:
			target(x.Target)
		case *ast.AnnAssign:
			target(x.Target)
		case *ast.For:
			target(x.Target)
		case *ast.WithItem:
			if x.Target != nil {
				target(x.Target)
			}
		case *ast.NamedExpr:
			names[x.Target.ID] = true
		case *ast.Call:
			if a, ok := x.Func.(*ast.Attribute); ok && mutatesItems[a.Attr] {
				attrs = append(attrs, "[")
			}
		case *ast.Delete:
			for _, t := range x.Targets {
				target(t)
			}
		case *ast.FuncDef:
			names[x.Name] = true
		case *ast.Global:
			for _, n := range x.Names {
				names[n] = true
			}
		case *ast.Nonlocal:
			for _, n := range x.Names {
				names[n] = true
			}
		}
	}
	for _, n := range nodes {
		walkSyntax(reflect.ValueOf(n), visit)
	}
	return names, attrs
}

var (
	exprType = reflect.TypeOf((*ast.Expr)(nil)).Elem()
	stmtType = reflect.TypeOf((*ast.Stmt)(nil)).Elem()
)

// walkSyntax calls visit on every syntax node reachable from v.
func walkSyntax(v reflect.Value, visit func(any)) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			walkSyntax(v.Elem(), visit)
		}
	case reflect.Pointer:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct {
			return
		}
		visit(v.Interface())
		walkSyntax(v.Elem(), visit)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			switch f.Kind() {
			case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Struct:
				if f.Type() == reflect.TypeOf(ast.Pos{}) {
					continue
				}
				walkSyntax(f, visit)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkSyntax(v.Index(i), visit)
		}
	}
}

// loopStmt checks a for or while loop. head is run at the loop head (it
// binds the for target or types the while condition); cond is the while
// condition (nil for for loops, whose exhaustion is the exit edge).
//
// The state at the head is the join of the state on entry and the states
// at the back-edges (the end of the body and continue statements). When
// the loop assigns something a fact is held about, the checker finds that
// join by checking the body speculatively (errors and declarations rolled
// back) until the head state no longer changes; it falls back to dropping
// every fact about what the loop assigns.
func (c *checker) loopStmt(parts []any, head func(), cond ast.Expr, body, orelse []ast.Stmt) {
	entry := c.saveFlow()
	h := entry
	if !entry.dead && c.loopTouchesFacts(parts) {
		converged := false
		for i := 0; i <= len(entry.facts); i++ {
			var back flowState
			c.speculate(func() {
				c.setFlow(h)
				back, _ = c.loopPass(head, cond, body)
			})
			next := c.joinFlow(entry, back)
			if sameFacts(next, h) {
				converged = true
				break
			}
			h = next
		}
		if !converged {
			c.setFlow(entry)
			c.beginLoop(parts...)
			h = c.saveFlow()
		}
	}
	c.setFlow(h)
	_, lf := c.loopPass(head, cond, body)
	c.setFlow(lf.head)
	if cond != nil {
		c.narrowOn(cond, false)
	}
	c.block(orelse)
	c.setFlow(c.joinFlow(append([]flowState{c.saveFlow()}, lf.breaks...)...))
}

// loopPass checks one pass over a loop from the current (head) state and
// returns the joined back-edge state.
func (c *checker) loopPass(head func(), cond ast.Expr, body []ast.Stmt) (flowState, *loopFlow) {
	head()
	lf := &loopFlow{head: c.saveFlow()}
	c.loops = append(c.loops, lf)
	if cond != nil {
		c.narrowOn(cond, true)
	}
	c.loopDepth++
	c.block(body)
	c.loopDepth--
	c.loops = c.loops[:len(c.loops)-1]
	return c.joinFlow(append([]flowState{c.saveFlow()}, lf.continues...)...), lf
}

// loopTouchesFacts reports whether a loop assigns anything that a current
// fact is about.
func (c *checker) loopTouchesFacts(parts []any) bool {
	names, chains := assignedIn(parts...)
	for k := range c.narrow {
		if names[k.sym.Name] {
			return true
		}
		for _, attr := range chains {
			if k.path != "" && hasAttr(k.path, attr) {
				return true
			}
		}
	}
	return false
}

func sameFacts(a, b flowState) bool {
	if a.dead != b.dead || len(a.facts) != len(b.facts) {
		return false
	}
	for k, v := range a.facts {
		if w, ok := b.facts[k]; !ok || !Identical(v, w) {
			return false
		}
	}
	return true
}

// speculate runs f with errors suppressed and rolls back what checking
// records (types, conversions, narrowed reads, declarations of the current
// function), so that f can be run again.
func (c *checker) speculate(f func()) {
	fn := c.fn
	nLocals, nNested := len(fn.Locals), len(fn.Nested)
	unique := make(map[string]int, len(fn.unique))
	for k, v := range fn.unique {
		unique[k] = v
	}
	types := make(map[ast.Expr]Type, len(c.info.Types))
	for k, v := range c.info.Types {
		types[k] = v
	}
	conv := make(map[ast.Expr]Type, len(c.info.Conv))
	for k, v := range c.info.Conv {
		conv[k] = v
	}
	narrowed := make(map[ast.Expr]Type, len(c.info.Narrowed))
	for k, v := range c.info.Narrowed {
		narrowed[k] = v
	}
	saveSc, saveLoops, saveDepth, nDeferred := c.sc, c.loops, c.loopDepth, len(c.deferred)
	c.speculating++
	f()
	c.speculating--
	c.deferred = c.deferred[:nDeferred]
	fn.Locals, fn.Nested, fn.unique = fn.Locals[:nLocals], fn.Nested[:nNested], unique
	c.info.Types, c.info.Conv, c.info.Narrowed = types, conv, narrowed
	c.sc, c.loops, c.loopDepth = saveSc, saveLoops, saveDepth
}

// jump makes the rest of the block unreachable; a break or continue
// records its state for the loop's exit or head.
func (c *checker) loopJump(isBreak bool) {
	if len(c.loops) > 0 && !c.dead {
		lf := c.loops[len(c.loops)-1]
		if isBreak {
			lf.breaks = append(lf.breaks, c.saveFlow())
		} else {
			lf.continues = append(lf.continues, c.saveFlow())
		}
	}
	c.dead = true
}

// tryStmt checks try/except/else/finally. A handler can start anywhere in
// the body, so it starts from the join of the state before the body and
// the states at every statement boundary inside it (tryRecord): a fact
// survives when every assignment in the body keeps it (lease = renew(lease)
// after lease was narrowed to Lease leaves it Lease, as mypy infers).
// finally starts from the join over the handlers and else too.
func (c *checker) tryStmt(s *ast.Try) {
	pre := c.saveFlow()
	rec := &tryRecord{fn: c.fn}
	c.tryRecs = append(c.tryRecs, rec)
	c.block(s.Body)
	bodySnaps := len(rec.snaps)
	c.block(s.Orelse)
	ends := []flowState{c.saveFlow()}
	handlerEntry := c.tryEntry(pre, rec.snaps[:bodySnaps], s.Body)
	for _, h := range s.Handlers {
		c.setFlow(handlerEntry)
		var et Type = c.builtinClass("BaseException")
		switch {
		case h.IsStar:
			et = c.starHandler(h) // exc_groups.go
		case h.Type != nil:
			et = c.exceptType(h.Type)
		}
		saveSc := c.sc
		if h.Name != "" {
			// The name is bound for the handler body only (Python
			// deletes it afterwards), so each clause has its own.
			c.sc = &scope{names: map[string]*Symbol{}, parent: c.sc, fn: c.fn}
			sym := c.declare(c.sc, &Symbol{Name: h.Name, Kind: SymVar, Type: et, Pos: h.Pos})
			c.info.Defs[h] = sym
		}
		c.handlerDepth++
		c.block(h.Body)
		c.handlerDepth--
		c.sc = saveSc
		ends = append(ends, c.saveFlow())
	}
	c.tryRecs = c.tryRecs[:len(c.tryRecs)-1]
	if len(s.Finalbody) == 0 {
		c.setFlow(c.joinFlow(ends...))
		return
	}
	after := c.joinFlow(ends...)
	parts := []any{s.Body, s.Orelse}
	for _, h := range s.Handlers {
		parts = append(parts, h.Body)
	}
	c.setFlow(c.tryEntry(pre, rec.snaps, parts...))
	c.block(s.Finalbody)
	// After the finally clause: the facts that held on the normal paths and
	// that the finally clause does not touch, plus what it narrows.
	fin := c.saveFlow()
	c.setFlow(after)
	c.beginLoop(s.Finalbody)
	for k, v := range fin.facts {
		if _, ok := c.narrow[k]; !ok {
			c.narrow[k] = v
		}
	}
	c.dead = after.dead || fin.dead
}

// tryRecord collects the flow states at the statement boundaries of a try
// statement's clauses (block records them), from which its handlers and
// finally clause start.
type tryRecord struct {
	fn    *FuncInfo
	snaps []flowState
}

// recordTry records the current state in the try statements being checked
// in the current function (a nested function's body is not part of them).
func (c *checker) recordTry() {
	if len(c.tryRecs) == 0 || c.dead {
		return
	}
	var st flowState
	for _, r := range c.tryRecs {
		if r.fn != c.fn {
			continue
		}
		if st.facts == nil {
			st = c.saveFlow()
		}
		r.snaps = append(r.snaps, st)
	}
}

// tryEntry is the state where an exception raised in the clauses parts
// lands: the join of the state before them and the states at their
// statement boundaries, reachable when pre is. Assignments in the middle of
// a statement (walrus targets, list and dict mutations by method calls,
// what nested functions assign) drop their facts as a loop head does.
func (c *checker) tryEntry(pre flowState, snaps []flowState, parts ...any) flowState {
	st := c.joinFlow(append([]flowState{pre}, snaps...)...)
	st.dead = pre.dead
	save := c.saveFlow()
	c.setFlow(st)
	names, chains := midStatementAssigned(parts...)
	for k := range c.narrow {
		if names[k.sym.Name] {
			delete(c.narrow, k)
			continue
		}
		for _, attr := range chains {
			if k.path != "" && hasAttr(k.path, attr) {
				delete(c.narrow, k)
				break
			}
		}
	}
	st = c.saveFlow()
	c.setFlow(save)
	return st
}

// midStatementAssigned is the part of assignedIn that can change a
// variable in the middle of a statement: walrus targets, item mutations by
// method calls, and whatever the nested functions and classes assign.
func midStatementAssigned(nodes ...any) (map[string]bool, []string) {
	names := map[string]bool{}
	var attrs []string
	visit := func(n any) {
		switch x := n.(type) {
		case *ast.NamedExpr:
			names[x.Target.ID] = true
		case *ast.Call:
			if a, ok := x.Func.(*ast.Attribute); ok && mutatesItems[a.Attr] {
				attrs = append(attrs, "[")
			}
		case *ast.FuncDef, *ast.ClassDef, *ast.Lambda:
			ns, as := assignedIn(x)
			for k := range ns {
				names[k] = true
			}
			attrs = append(attrs, as...)
		}
	}
	for _, n := range nodes {
		walkSyntax(reflect.ValueOf(n), visit)
	}
	return names, attrs
}

// exprDeclaredIf types e; when declared is set and e is narrowable, it
// reads e with its declared type (the operand of a test against None or of
// isinstance, which must test the stored value, not a fact about it).
func (c *checker) exprDeclaredIf(e ast.Expr, declared bool) Type {
	if !declared {
		return c.expr(e)
	}
	save := c.noNarrow
	c.noNarrow = e
	defer func() { c.noNarrow = save }()
	return c.expr(e)
}

// noneOperand reports None itself or an expression of type None (a
// module-level sentinel STOP = None, modulenone.go): comparing with it
// narrows as comparing with None does.
func (c *checker) noneOperand(e ast.Expr) bool {
	if _, ok := e.(*ast.NoneLit); ok {
		return true
	}
	n, ok := e.(*ast.Name)
	return ok && c.info.Types[n] == None
}

// noneTest reports whether operand i of a comparison is compared with None
// by is, is not, == or !=.
func noneTest(x *ast.Compare, i int) bool {
	operand := func(j int) ast.Expr {
		if j == 0 {
			return x.Left
		}
		return x.Comparators[j-1]
	}
	isNone := func(j int) bool {
		if j < 0 || j > len(x.Ops) {
			return false
		}
		_, ok := operand(j).(*ast.NoneLit)
		return ok
	}
	eqOp := func(k int) bool {
		if k < 0 || k >= len(x.Ops) {
			return false
		}
		switch x.Ops[k] {
		case "is", "is not", "==", "!=":
			return true
		}
		return false
	}
	return (eqOp(i) && isNone(i+1)) || (eqOp(i-1) && isNone(i-1))
}

// truthExpr checks e where only its truth is used (an if, while or
// assert test, a conditional expression's test, a comprehension filter).
func (c *checker) truthExpr(e ast.Expr) Type {
	c.markTruth(e)
	return c.expr(e)
}

// markTruth records that only e's truth is used, and so of the operands
// of and/or and not within it (codegen's truth).
func (c *checker) markTruth(e ast.Expr) {
	if c.truthCtx == nil {
		c.truthCtx = map[ast.Expr]bool{}
	}
	switch x := e.(type) {
	case *ast.BoolOp:
		c.truthCtx[x] = true
		for _, v := range x.Values {
			c.markTruth(v)
		}
	case *ast.UnaryOp:
		if x.Op == "not" {
			c.markTruth(x.Operand)
		}
	}
}

// mayLowerBoolOp reports an and/or that the IR may lower into
// temporaries holding its operands' values (one that awaits or yields, or
// holds a comprehension): its operands then need a common type.
func mayLowerBoolOp(x *ast.BoolOp) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.Lambda:
			return false
		case *ast.Await, *ast.Yield, *ast.YieldFrom, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
			found = true
		}
		return !found
	})
	return found
}

// exit makes the rest of the block unreachable (return, raise).
func (c *checker) exit() { c.dead = true }

// restoreFlow returns to the state pre after an expression whose parts were
// checked under narrower states (and/or operands, conditional branches,
// comprehension filters), forgetting what its walrus targets held.
func (c *checker) restoreFlow(pre flowState, node any) {
	c.setFlow(pre)
	c.beginLoop(node)
}

// boolOp types a and b / a or b as mypy does: the value is one of the
// operands; a left operand of or contributes only its truthy values (an
// Optional of a scalar contributes the scalar), and each right operand is
// checked under the outcome of the operands before it.
func (c *checker) boolOp(x *ast.BoolOp, want Type) Type {
	var res Type
	pre := c.saveFlow()
	defer c.restoreFlow(pre, x)
	for i, v := range x.Values {
		if i > 0 {
			c.narrowOn(x.Values[i-1], x.Op == "and")
		}
		t := c.exprWant(v, want)
		if t == nil {
			return nil
		}
		if x.Op == "or" && i < len(x.Values)-1 {
			if o, ok := t.(*Optional); ok && o.Elem != None {
				t = o.Elem // None is falsy: a left operand that is None is never the value
			}
		}
		if x.Op == "and" && i < len(x.Values)-1 {
			// (t := current_task()) and t.get_name(): a task is always
			// true, so this operand is the value only when it is None
			// (the whole is str | None), or never (andnone.go).
			if o, ok := t.(*Optional); ok && neverFalsy(o.Elem) {
				c.andNone(v, true)
				t = None
			} else if neverFalsy(t) {
				c.andNone(v, false)
				continue
			}
		}
		if res == nil {
			res = t
			continue
		}
		if j := c.join(res, t); j != nil {
			res = j
		} else if u := unionOf(res, t); u != nil {
			res = u // the value is one operand or the other
		} else if u := cmUnion(res, t); u != nil {
			res = u // sem or nullcontext(): a manager of either protocol (with.go mixedCtxMgr)
		} else if c.truthCtx[x] && !mayLowerBoolOp(x) {
			// Only its truth is used (if self.task and not
			// self.task.done()): codegen's boolOpTruth joins the
			// operands' truths, which need no common type.
			return Bool
		} else {
			c.errorf(v.Position(), "operands of %s have different types %s and %s", x.Op, res, t)
			return nil
		}
	}
	for _, v := range x.Values {
		if _, skip := c.info.AndNone[v]; skip {
			continue
		}
		if t := c.info.Types[v]; t != nil && !Identical(t, res) {
			c.info.Conv[v] = res
		}
	}
	return res
}

// unionOf is the union of two value types (nil when one of them cannot be
// a union member: functions, coroutines, runtime objects).
func unionOf(a, b Type) Type {
	var members []Type
	opt := false
	var add func(t Type) bool
	add = func(t Type) bool {
		switch x := t.(type) {
		case *Optional:
			opt = true
			return add(x.Elem)
		case *Union:
			for _, m := range x.Types {
				if !add(m) {
					return false
				}
			}
			return true
		case *Basic:
			if x == None {
				opt = true
				return true
			}
		case *List, *Dict, *Set, *Tuple, *Class:
		default:
			return false
		}
		members = appendType(members, t)
		return true
	}
	if !add(a) || !add(b) {
		return nil
	}
	var r Type
	switch len(members) {
	case 0:
		return None
	case 1:
		r = members[0]
	default:
		r = &Union{members}
	}
	if opt {
		return &Optional{r}
	}
	return r
}

// sizedUnion reports a union whose members all have len() at run time
// (py.Len): str, bytes, lists, dicts and sets.
func sizedUnion(t Type) bool {
	u, ok := t.(*Union)
	if !ok {
		return false
	}
	for _, m := range u.Types {
		switch m.(type) {
		case *List, *Dict, *Set, *Tuple:
			continue
		}
		if m != Str && m != Bytes {
			return false
		}
	}
	return true
}

// allUserClasses reports whether ts are all user classes.
func allUserClasses(ts []Type) bool {
	for _, t := range ts {
		if c, ok := t.(*Class); !ok || c.Builtin {
			return false
		}
	}
	return true
}

// underscoreFact reports whether a value of type vt stored in `_` (an
// object) may be read back as a vt: the types whose values keep their own
// Go type when held as an object.
func underscoreFact(vt Type) bool {
	switch vt.(type) {
	case *Basic, *Class, *List, *Dict, *Set, *Tuple:
		return vt != None
	}
	return false
}

// isSequenceType reports a type whose values are instances of
// collections.abc.Sequence: lists, tuples, str, bytes, ranges and
// Sequence views.
func isSequenceType(t Type) bool {
	switch x := t.(type) {
	case *List:
		return true
	case *Tuple:
		return !x.ListRepr
	case *Basic:
		return x == Str || x == Bytes
	case *Opaque:
		return x == RangeType
	case *Abstract:
		return x.Kind == ASequence
	}
	return false
}
