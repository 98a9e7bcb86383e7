package check

import (
	"fmt"
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// Where a float is declared, CPython stores an int unchanged (PEP 484's
// numeric tower: float accepts int), so x: float = 2 prints 2. The checker
// finds the float positions (the float of an annotation: a variable, field,
// parameter or return, or an element of a container annotation) that can
// receive an int, and types only those as int | float (a numeric union:
// boxed, with Python's arithmetic at run time); the others stay float64.
//
// Check runs in two passes when the module has float annotations. The
// detection pass types every float annotation as its own tagged int | float
// union (a node of a flow graph) and records, wherever a value flows to a
// declared type (assignableType), an int arriving at a node (marking it) or
// a node flowing to another (an edge; both ways inside mutable containers
// and callables, which are invariant). Arithmetic on tagged values and joins
// of them make derived nodes. The final pass types the annotations whose
// node a mark reaches as int | float and the rest as float.

// floatFlow is the flow analysis of float positions.
type floatFlow struct {
	detect bool
	tags   map[ast.Pos]*Union // detection: the node of each float annotation
	ids    map[*Union]int     // detection: the index of each node
	// utags maps a written union with a float member and other members
	// (float | str) to its float member's node (detection): an int stored
	// into the union marks the node, which widens the member to
	// int | float, so the union keeps the int as CPython does.
	utags map[*Union]int
	// Bools stored where a written union with an int member and no bool
	// member is declared (int | str = True): CPython keeps the bool, so
	// the final pass adds a bool member to the unions written at the
	// positions in boolWidened (found in the detection pass: intUnions
	// maps each such union to its position, boolInto the marked ones).
	intUnions   map[*Union]ast.Pos
	boolInto    map[ast.Pos]bool
	boolWidened map[ast.Pos]bool
	// NamedTuples stored where a fixed tuple is declared (t: tuple[int,
	// int] = Point(1, 2)): CPython keeps the named tuple (printed
	// Point(x=1, y=2)). A tuple annotation (tupleAnns) that receives the
	// instances of one NamedTuple class and no other value (ntInto, ntPlain)
	// is typed as that class in the final pass (ntWidened).
	tupleAnns map[*Tuple]ast.Pos
	ntInto    map[ast.Pos]*Class
	ntPlain   map[ast.Pos]bool
	ntEdges   map[ast.Pos][]ast.Pos // a value of one tuple position stored at another
	ntWidened map[ast.Pos]string    // the class's name (each pass makes its classes)
	pos       []ast.Pos             // the annotation of each node (derived: zero)
	annot     []bool                // the node is an annotation's
	edges     [][]int
	marked    []bool
	// boolMarked marks the nodes a bool reaches (a bool stored where a
	// float is declared: x: float = True, CPython keeps the bool); the
	// annotations it reaches are typed int | float | bool (boolFloat, final
	// pass). Bool marks do not enter derived nodes (arithmetic on a bool
	// gives an int).
	boolMarked []bool
	derived    []bool
	boolFloat  map[ast.Pos]bool
	// widened holds the float annotations typed int | float (final pass).
	widened map[ast.Pos]bool
	// intBool holds the int annotations (the positions of their names)
	// typed int | bool in this pass, boolInts those where a bool was
	// refused in it (boolint.go).
	intBool, boolInts map[ast.Pos]bool
	// probing > 0 while a test only asks whether two types are compatible
	// (a comparison stores nothing: `b == 0` lets no int into b).
	probing int
}

// probe runs test without recording flow: for compatibility questions
// that store no value (comparisons, `in` tests).
func (c *checker) probe(test func() bool) bool {
	if c.ff == nil {
		return test()
	}
	c.ff.probing++
	defer func() { c.ff.probing-- }()
	return test()
}

func newFloatFlow() *floatFlow {
	return &floatFlow{detect: true, tags: map[ast.Pos]*Union{}, ids: map[*Union]int{},
		intUnions: map[*Union]ast.Pos{}, boolInto: map[ast.Pos]bool{},
		tupleAnns: map[*Tuple]ast.Pos{}, ntInto: map[ast.Pos]*Class{}, ntPlain: map[ast.Pos]bool{},
		ntEdges: map[ast.Pos][]ast.Pos{}}
}

// node makes a detection node; annotation nodes have a position.
func (f *floatFlow) node(p ast.Pos, annot bool) *Union {
	u := &Union{Types: []Type{Int, Float}}
	f.ids[u] = len(f.pos)
	f.pos = append(f.pos, p)
	f.annot = append(f.annot, annot)
	f.edges = append(f.edges, nil)
	f.marked = append(f.marked, false)
	f.boolMarked = append(f.boolMarked, false)
	f.derived = append(f.derived, false)
	return u
}

// id is the node index of a tagged type, or -1.
func (f *floatFlow) id(t Type) int {
	if f.ids == nil {
		return -1
	}
	if u, ok := t.(*Union); ok {
		if i, ok := f.ids[u]; ok {
			return i
		}
	}
	return -1
}

// untag turns a detection node back into float (inside a written union).
func (c *checker) untag(t Type) Type {
	if c.ff != nil && c.ff.detect && c.ff.id(t) >= 0 {
		return Float
	}
	return t
}

// floatAnnotation is the type of the float annotation at p.
func (c *checker) floatAnnotation(p ast.Pos) Type {
	f := c.ff
	switch {
	case f == nil:
		return Float
	case f.detect:
		if u := f.tags[p]; u != nil {
			return u
		}
		u := f.node(p, true)
		f.tags[p] = u
		return u
	case f.boolFloat[p]:
		return &Union{Types: []Type{Int, Float, Bool}} // a bool reaches it
	case f.widened[p]:
		return numUnionType
	}
	return Float
}

// unionTag is the node of the float member of a written union (float |
// str), or -1: the node of either operand of l | r, the union they made
// already carrying one (float | str | bytes).
func (c *checker) unionTag(l, r Type) int {
	f := c.ff
	if f == nil || !f.detect {
		return -1
	}
	tag := -1
	for _, t := range []Type{l, r} {
		switch {
		case t == nil:
		case f.id(t) >= 0:
			tag = f.id(t)
		case f.uid(t) >= 0:
			tag = f.uid(t)
		case hasIntMember(t):
			return -1 // int | float | str: ints fit the int member
		}
	}
	return tag
}

// tagUnion records that the union u has the float member of node tag.
func (c *checker) tagUnion(u Type, tag int) Type {
	f := c.ff
	uu, ok := u.(*Union)
	if tag < 0 || f == nil || !f.detect || !ok {
		return u
	}
	if f.utags == nil {
		f.utags = map[*Union]int{}
	}
	f.utags[uu] = tag
	return u
}

// uid is the node of a tagged union's float member, or -1.
func (f *floatFlow) uid(t Type) int {
	if u, ok := t.(*Union); ok && f.utags != nil {
		if i, ok := f.utags[u]; ok {
			return i
		}
	}
	return -1
}

// hasIntMember reports a type whose values may be ints: an int, a number
// union or a union with an int member.
func hasIntMember(t Type) bool {
	if mayInt(t) {
		return true
	}
	if u, ok := t.(*Union); ok {
		for _, m := range u.Types {
			if mayInt(m) {
				return true
			}
		}
	}
	return false
}

// mayBool reports a type whose values may be bools: bool, or a union with
// a bool member.
func mayBool(t Type) bool {
	if u, ok := t.(*Union); ok {
		for _, m := range u.Types {
			if m == Bool {
				return true
			}
		}
	}
	return t == Bool
}

// boolUnion is the union written at p: in the detection pass, a union with
// an int member and no bool member is recorded so that a bool stored into
// it marks p; in the final pass, the union written at a marked p gets a
// bool member after its int (int | bool | str: the bool is kept, printed
// True, and isinstance(v, int) narrows to int | bool as in CPython).
func (c *checker) boolUnion(t Type, p ast.Pos) Type {
	f := c.ff
	u, ok := t.(*Union)
	if f == nil || !ok {
		return t
	}
	hasInt, hasBool := false, false
	for _, m := range u.Types {
		hasInt = hasInt || m == Int
		hasBool = hasBool || m == Bool
	}
	if !hasInt || hasBool {
		return t
	}
	if f.detect {
		if f.intUnions != nil {
			f.intUnions[u] = p
		}
		return t
	}
	if !f.boolWidened[p] {
		return t
	}
	var ts []Type
	for _, m := range u.Types {
		ts = append(ts, m)
		if m == Int {
			ts = append(ts, Bool)
		}
	}
	return &Union{ts}
}

// ntPosition is the fixed tuple type t written at p: recorded in the
// detection pass; in the final pass, the NamedTuple class whose instances
// alone reach p (see floatFlow.ntInto).
func (c *checker) ntPosition(t *Tuple, p ast.Pos) Type {
	f := c.ff
	switch {
	case f == nil:
	case f.detect:
		if f.tupleAnns != nil {
			f.tupleAnns[t] = p
		}
	case f.ntWidened[p] != "":
		if sym := c.module.names[f.ntWidened[p]]; sym != nil && sym.Kind == SymClass && sym.Class.NamedTuple { // a module-level class
			return sym.Class
		}
	}
	return t
}

// namedTupleWidened returns the tuple positions the final pass types as a
// NamedTuple class.
func (f *floatFlow) namedTupleWidened() map[ast.Pos]string {
	// Propagate along the edges: a position holds what flows into the
	// positions stored into it.
	for changed := true; changed; {
		changed = false
		for p, qs := range f.ntEdges {
			for _, q := range qs {
				switch {
				case f.ntPlain[q]:
				case f.ntPlain[p] || f.ntInto[p] != nil && f.ntInto[q] != nil && f.ntInto[q] != f.ntInto[p]:
					f.ntPlain[q], changed = true, true
				case f.ntInto[p] != nil && f.ntInto[q] == nil:
					f.ntInto[q], changed = f.ntInto[p], true
				}
			}
		}
	}
	out := map[ast.Pos]string{}
	for p, cls := range f.ntInto {
		if !f.ntPlain[p] && cls.Qual() == cls.Name {
			out[p] = cls.Name // a module-level class (found by its name)
		}
	}
	return out
}

// mayInt reports a type whose values may be ints.
func mayInt(t Type) bool { return t == Int || t == Bool || NumUnion(t) }

// flow records a value of type from stored where to is declared
// (detection pass); inv marks a position inside an invariant container.
func (f *floatFlow) flow(from, to Type, inv bool, depth int) {
	if from == nil || to == nil || depth > 12 {
		return
	}
	if tt, ok := to.(*Tuple); ok && f.tupleAnns != nil && from != to && from != None {
		if p, ok := f.tupleAnns[tt]; ok {
			ft, _ := from.(*Tuple)
			if fp, ok := f.tupleAnns[ft]; ok && ft != nil {
				f.ntEdges[fp] = append(f.ntEdges[fp], p) // what fp holds, p holds
				if inv {
					f.ntEdges[p] = append(f.ntEdges[p], fp) // and back, in a mutable container
				}
			} else if cls, ok := from.(*Class); ok && cls.NamedTuple && (f.ntInto[p] == nil || f.ntInto[p] == cls) {
				f.ntInto[p] = cls
				// Its fields flow into the elements (a float field holding
				// an int makes the element's float position an int | float).
				for i, fl := range cls.AllFields() {
					if i < len(tt.Elems) {
						f.flow(fl.Type, tt.Elems[i], inv, depth+1)
					}
				}
			} else {
				f.ntPlain[p] = true
			}
		}
	}
	if u, ok := to.(*Union); ok && f.intUnions != nil {
		if p, ok := f.intUnions[u]; ok && mayBool(from) {
			f.boolInto[p] = true // int | str = True
		}
	}
	if ti := f.uid(to); ti >= 0 { // into float | str
		fi := f.id(from)
		if fi < 0 {
			fi = f.uid(from)
		}
		switch {
		case fi >= 0:
			if fi != ti {
				f.edges[fi] = append(f.edges[fi], ti)
				if inv {
					f.edges[ti] = append(f.edges[ti], fi)
				}
			}
		case from == sumNumType && (inv || depth > 0):
			// sum(floats) held in a container: its int 0 of no elements
			// does not widen the container's floats (kinds.go sumOfFloats).
		case hasIntMember(from):
			f.marked[ti] = true
			f.boolMarked[ti] = f.boolMarked[ti] || mayBool(from)
		}
		return
	}
	if fi := f.uid(from); fi >= 0 && f.id(to) < 0 {
		if inv && hasIntMember(to) {
			f.marked[fi] = true // stored into through an invariant container
		}
		return
	}
	if ti := f.id(to); ti >= 0 {
		if fi := f.id(from); fi >= 0 {
			if fi != ti {
				f.edges[fi] = append(f.edges[fi], ti)
				if inv {
					f.edges[ti] = append(f.edges[ti], fi)
				}
			}
			return
		}
		if mayInt(from) && !(from == sumNumType && (inv || depth > 0)) { // kinds.go sumOfFloats
			f.marked[ti] = true
			f.boolMarked[ti] = f.boolMarked[ti] || mayBool(from)
		}
		return
	}
	if fi := f.id(from); fi >= 0 {
		if inv && mayInt(to) {
			f.marked[fi] = true // an int | float container element is stored into
			f.boolMarked[fi] = f.boolMarked[fi] || mayBool(to)
		}
		return
	}
	d := depth + 1
	switch t := to.(type) {
	case *Optional:
		if fo, ok := from.(*Optional); ok {
			f.flow(fo.Elem, t.Elem, inv, d)
		} else {
			f.flow(from, t.Elem, inv, d)
		}
	case *List:
		if fl, ok := from.(*List); ok {
			f.flow(fl.Elem, t.Elem, true, d)
		}
	case *Set:
		if fs, ok := from.(*Set); ok {
			f.flow(fs.Elem, t.Elem, true, d)
		}
	case *Dict:
		if fd, ok := from.(*Dict); ok {
			f.flow(fd.Key, t.Key, true, d)
			f.flow(fd.Val, t.Val, true, d)
		}
	case *Tuple:
		if ft, ok := from.(*Tuple); ok {
			for i, te := range t.Elems {
				switch {
				case t.Var:
					for _, fe := range ft.Elems {
						f.flow(fe, te, inv, d)
					}
				case !ft.Var && i < len(ft.Elems):
					f.flow(ft.Elems[i], te, inv, d)
				case ft.Var && len(ft.Elems) == 1:
					f.flow(ft.Elems[0], te, inv, d)
				}
			}
		}
	case *Func:
		if ff, ok := from.(*Func); ok {
			for i := range t.Params {
				if i < len(ff.Params) {
					f.flow(ff.Params[i].Type, t.Params[i].Type, true, d)
				}
			}
			f.flow(ff.Ret, t.Ret, true, d)
		}
	case *Coroutine:
		if r, ok := AwaitResult(from); ok {
			f.flow(r, t.Result, true, d)
		}
	case *Task:
		if r, ok := AwaitResult(from); ok {
			f.flow(r, t.Result, true, d)
		}
	case *Future:
		if r, ok := AwaitResult(from); ok {
			f.flow(r, t.Result, true, d)
		}
	case *Iterator:
		if fi, ok := from.(*Iterator); ok {
			f.flow(fi.Elem, t.Elem, inv, d)
		}
	case *Generator:
		// A generator takes values too (send): its positions are
		// invariant, as a callable's.
		if fg, ok := from.(*Generator); ok && fg.Async == t.Async {
			f.flow(fg.Yield, t.Yield, true, d)
			f.flow(fg.Send, t.Send, true, d)
			f.flow(fg.Return, t.Return, true, d)
		}
	case *Queue:
		if fq, ok := from.(*Queue); ok {
			f.flow(fq.Elem, t.Elem, true, d)
		}
	}
}

// derive is the type of an operation on numbers whose result res may be
// an int | float: in the detection pass, a derived node fed by the
// operands that are nodes (an int result needs int operands).
func (c *checker) derive(res Type, operands ...Type) Type {
	f := c.ff
	if f == nil || !f.detect || !NumUnion(res) || f.id(res) >= 0 {
		return res
	}
	var r *Union
	for _, o := range operands {
		if oi := f.id(o); oi >= 0 {
			if r == nil {
				r = f.node(ast.Pos{}, false)
				f.derived[f.ids[r]] = true
			}
			f.edges[oi] = append(f.edges[oi], f.ids[r])
		}
	}
	if r == nil {
		return res
	}
	for _, o := range operands {
		if f.id(o) < 0 && o != Int && o != Bool && mayInt(o) {
			return res // an operand that may be an int (not a node)
		}
	}
	return r
}

// floatJoin is the join of a and b when one is a detection node and both
// are numbers (ok false otherwise): int | float when either may hold an
// int that is no node, else a derived node fed by both.
func (c *checker) floatJoin(a, b Type) (Type, bool) {
	f := c.ff
	if f == nil || !f.detect || f.id(a) < 0 && f.id(b) < 0 || !numLike(a) || !numLike(b) {
		return nil, false
	}
	if f.id(a) < 0 && mayInt(a) || f.id(b) < 0 && mayInt(b) {
		return numUnionType, true
	}
	r := f.node(ast.Pos{}, false)
	for _, t := range []Type{a, b} {
		if i := f.id(t); i >= 0 {
			f.edges[i] = append(f.edges[i], f.ids[r])
		}
	}
	return r, true
}

// solve propagates the marks along the edges and returns the annotations
// a mark reaches.
func (f *floatFlow) solve() map[ast.Pos]bool {
	return f.propagate(f.marked, func(int) bool { return true })
}

// solveBools propagates the bool marks along the edges (not into derived
// nodes) and returns the annotations they reach.
func (f *floatFlow) solveBools() map[ast.Pos]bool {
	return f.propagate(f.boolMarked, func(j int) bool { return !f.derived[j] })
}

// propagate spreads marked (in place) along the edges into the nodes
// enter admits and returns the annotations the marks reach.
func (f *floatFlow) propagate(marked []bool, enter func(j int) bool) map[ast.Pos]bool {
	var work []int
	for i, m := range marked {
		if m {
			work = append(work, i)
		}
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		for _, j := range f.edges[i] {
			if !marked[j] && enter(j) {
				marked[j] = true
				work = append(work, j)
			}
		}
	}
	w := map[ast.Pos]bool{}
	for i, m := range marked {
		if m && f.annot[i] {
			w[f.pos[i]] = true
		}
	}
	return w
}

// isNoneExpr reports None written in an annotation.
func isNoneExpr(e ast.Expr) bool {
	if _, ok := e.(*ast.NoneLit); ok {
		return true
	}
	n, ok := e.(*ast.Name)
	return ok && n.ID == "None"
}

// mixedKeys refuses int | float dict keys and set elements (CPython's 2
// and 2.0 are one key; the runtime's are two), once per line.
func (c *checker) mixedKeys(t Type, pos ast.Pos) {
	why := "ints and floats mixed: 2 and 2.0 are one key in CPython"
	if mayBool(t) && !mayFloat(t) {
		why = "bools and ints mixed: True and 1 are one key in CPython"
	}
	msg := fmt.Sprintf("dict keys or set elements of type %s (%s) are not supported", t, why)
	for _, e := range c.errs {
		if e.Pos.Line == pos.Line && strings.HasPrefix(e.Msg, "dict keys or set elements of type") {
			return
		}
	}
	c.errorf(pos, "%s", msg)
}

// unifyFields makes the float positions of field attr of the members of
// union u one (detection pass): a value read or stored through the union
// may be any member's.
func (c *checker) unifyFields(u *Union, attr string) {
	if c.ff == nil || !c.ff.detect {
		return
	}
	var first Type
	for _, m := range u.Types {
		if cls, ok := m.(*Class); ok {
			if f := cls.LookupField(attr); f != nil && f.Type != nil {
				if first == nil {
					first = f.Type
				} else {
					c.ff.flow(f.Type, first, true, 0)
				}
			}
		}
	}
}

// unifyOverrides makes the float positions of an overriding method's
// parameters and return one with the overridden method's (detection
// pass): a call through the base class runs either, and the generated
// interface method has one Go signature.
func (c *checker) unifyOverrides() {
	if c.ff == nil || !c.ff.detect {
		return
	}
	for _, cls := range c.info.Classes {
		for name, m := range cls.Methods {
			if m == nil || m.Sig == nil || cls.Base == nil {
				continue
			}
			if bm := cls.Base.LookupMethod(name); bm != nil && bm.Sig != nil && bm != m {
				c.ff.flow(m.Sig, bm.Sig, true, 0)
			}
		}
	}
}

// inferredFloat is the type a variable or attribute takes from its first
// assignment (at p) of a value of type vt: a float inferred so (best = 0.0)
// is a float position like a declared one, since mypy lets an int be stored
// into it later (best = v) and CPython then holds the int.
func (c *checker) inferredFloat(vt Type, p ast.Pos) Type {
	if vt != Float || c.ff == nil {
		return vt
	}
	return c.floatAnnotation(p)
}
