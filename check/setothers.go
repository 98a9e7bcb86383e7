package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// The set methods that take any number of other iterables in CPython
// (s.union(a, b), s.intersection(*groups), s.update(), set.union(*sets)):
// the table describes their one-argument form; these calls are typed here
// and lowered by codegen's lowerSetOthers onto the runtime's *All methods,
// which repeat CPython's algorithms (set_union, set_intersection_multi,
// set_difference_multi...).

// SetOthersMethods names the set methods that take *others.
var SetOthersMethods = []string{"union", "intersection", "difference", "update", "intersection_update", "difference_update"}

func init() {
	for _, name := range SetOthersEntries() {
		checkHooks[name] = checkSetOthers
	}
}

// SetOthersEntries names the table entries of the methods taking *others:
// set's, and frozenset's that do not change it (when the table has them).
func SetOthersEntries() []string {
	var out []string
	for _, m := range SetOthersMethods {
		out = append(out, "set."+m)
		if builtins.Lookup("frozenset."+m) != nil {
			out = append(out, "frozenset."+m)
		}
	}
	return out
}

// SetOthersCall reports whether a call of a set method needs the *others
// form: no argument, more than one, or a starred one.
func SetOthersCall(x *ast.Call) bool {
	if len(x.Args) != 1 {
		return true
	}
	_, star := x.Args[0].(*ast.Starred)
	return star
}

// StarredSets describes a starred argument *xs of a set method: the
// elements of xs are sets of Set's element type, or (Convert) other
// iterables whose elements become such sets.
type StarredSets struct {
	From    Type // the element type of xs
	Set     *Set
	Convert bool
	// Unbound: set.union(*xs), the first element of xs is the receiver
	// (TypeError if xs is empty).
	Unbound bool
}

func (t *StarredSets) String() string { return "*" + ts(t.From) }

func checkSetOthers(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	f := EntrySig(e, recv)
	if f == nil && len(x.Keywords) == 0 {
		if t := c.setOthersFresh(x, e); t != nil {
			return t
		}
	}
	if !SetOthersCall(x) || len(x.Keywords) > 0 || f == nil {
		return c.entryCallSig(x, e, recv)
	}
	st, _ := f.Params[0].Type.(*Set)
	for _, a := range x.Args {
		if s, ok := a.(*ast.Starred); ok {
			if st != nil && isEmptyDisplay(s.Value) { // s.intersection(*[])
				c.info.Types[s] = c.emptyDisplayElem(s.Value, st)
				c.info.Conv[s] = &StarredSets{From: st, Set: st}
				continue
			}
			if et := c.starredElem(s); et != nil && st != nil {
				c.starredSets(s, et, st, e)
			}
			continue
		}
		if t := c.exprWant(a, st); t != nil && !c.iterableAsSet(a, t, st) {
			c.assignable(t, st, a, "argument to "+e.Short())
		}
	}
	return f.Ret
}

// setOthersFresh types set().union(*xs) and frozenset().union(*xs) (also
// intersection, difference):
// a new empty set whose element type, as mypy infers it, is the first
// argument's. Nil if x is not such a call.
func (c *checker) setOthersFresh(x *ast.Call, e *builtins.Entry) Type {
	at, ok := x.Func.(*ast.Attribute)
	if !ok || len(x.Args) == 0 || !isSetCall(at.Value) {
		return nil
	}
	switch e.Short() {
	case "union", "intersection", "difference":
	default:
		return nil
	}
	types := make([]Type, len(x.Args))
	var elem Type
	for i, a := range x.Args {
		if s, ok := a.(*ast.Starred); ok {
			if isEmptyDisplay(s.Value) {
				return nil
			}
			types[i] = c.starredElem(s)
			if elem == nil {
				elem = othersElem(types[i])
			}
			continue
		}
		types[i] = c.expr(a)
		if elem == nil && types[i] != nil {
			elem = othersElem(&List{Elem: c.elemType(types[i], a)})
		}
	}
	if elem == nil {
		return nil
	}
	st := &Set{Elem: elem}
	recv := &Set{Elem: elem, Frozen: at.Value.(*ast.Call).Func.(*ast.Name).ID == "frozenset"}
	c.exprWant(at.Value, recv)
	if bm, ok := c.info.Types[at].(*BoundMethod); ok {
		cp := *bm
		cp.Recv = recv
		c.info.Types[at] = &cp
	}
	for i, a := range x.Args {
		if types[i] == nil {
			continue
		}
		if s, ok := a.(*ast.Starred); ok {
			c.starredSets(s, types[i], st, e)
			continue
		}
		if !c.iterableAsSet(a, types[i], st) {
			c.assignable(types[i], st, a, "argument to "+e.Short())
		}
	}
	if f := EntrySig(e, recv); f != nil {
		return f.Ret // frozenset().union(...) is a frozenset
	}
	return st
}

// isSetCall reports set() or frozenset() with no arguments.
func isSetCall(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) > 0 || len(call.Keywords) > 0 {
		return false
	}
	n, ok := call.Func.(*ast.Name)
	return ok && (n.ID == "set" || n.ID == "frozenset")
}

// starredElem types the value of *xs and returns its element type.
func (c *checker) starredElem(s *ast.Starred) Type {
	t := c.expr(s.Value)
	if t == nil {
		return nil
	}
	et := c.elemType(t, s.Value)
	if et != nil {
		c.info.Types[s] = et // as min(a, *xs) records it
	}
	return et
}

// othersElem is the element type of et, the type of one of the other
// iterables a set method takes, or nil.
func othersElem(et Type) Type {
	switch y := et.(type) {
	case *List:
		return y.Elem
	case *Tuple:
		if y.Var {
			return y.Elems[0]
		}
		return homogeneous(y)
	case *Set, *Dict, *Iterator, *Generator, *Abstract:
		return UnpackElem(y)
	case *Basic:
		if y == Str {
			return Str
		}
	}
	return nil
}

// starredSets checks *xs (elements of type et) passed to set method e
// whose others are of type st, recording a StarredSets as s's conversion.
func (c *checker) starredSets(s *ast.Starred, et Type, st *Set, e *builtins.Entry) {
	if Identical(et, st) {
		c.info.Conv[s] = &StarredSets{From: et, Set: st}
		return
	}
	inner := othersElem(et)
	if inner == nil || !c.assignableType(inner, st.Elem) {
		c.errorf(s.Position(), "%s needs iterables of %s, not %s", e.Short(), st.Elem, et)
		return
	}
	c.info.Conv[s] = &StarredSets{From: et, Set: st, Convert: true}
}

// setOthersUnbound types set.m(*xs) for a set method m taking *others:
// the elements of xs are sets, the first one the receiver. ok is false
// for other calls.
func (c *checker) setOthersUnbound(x *ast.Call, s *ast.Starred, f *UnboundMethod) (Type, bool) {
	if _, ok := f.Recv.(*Set); !ok || len(x.Args) != 1 || len(x.Keywords) > 0 {
		return nil, false
	}
	e := builtins.Method("set", f.Name)
	if e == nil || checkHooks[e.Name] == nil || !isSetOthers(f.Name) {
		return nil, false
	}
	t := c.expr(s.Value)
	if t == nil {
		return nil, true
	}
	et := c.elemType(t, s.Value)
	if et == nil {
		return nil, true
	}
	st, ok := et.(*Set)
	if !ok || st.Elem == nil {
		c.errorf(s.Position(), "%s needs sets, not %s", e.Short(), et)
		return nil, true
	}
	c.info.Types[s] = et
	c.info.Conv[s] = &StarredSets{From: et, Set: st, Unbound: true}
	return EntrySig(e, st).Ret, true
}

func isSetOthers(name string) bool {
	for _, m := range SetOthersMethods {
		if m == name {
			return true
		}
	}
	return false
}
