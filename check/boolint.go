package check

import (
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// A bool stored where an int is declared (n: int = flag, score(True) for a
// parameter hits: int, return a > b from a function declared -> int):
// mypy accepts it (bool is a subclass of int), and CPython keeps the bool
// itself, printed True. An int position holds an int64, so such a store
// is refused in a first check; the int annotations it was refused at (a
// parameter's, a return's or an annotated variable's bare `int`) are then
// typed int | bool, which keeps the bool (printed True, with int
// arithmetic), and the module is checked again. A value of such a position
// stored at another int annotation widens that one in the next round, up to
// maxBoolRounds rounds. Other int positions (fields, container elements)
// stay refused.

// maxBoolRounds bounds the rounds of widening.
const maxBoolRounds = 4

// boolIntAnnotation is int | bool for an int annotation widened in this
// round, else nil.
func (c *checker) boolIntAnnotation(e ast.Expr) Type {
	n, ok := e.(*ast.Name)
	if !ok || n.ID != "int" || c.ff == nil || !c.ff.intBool[n.Pos] {
		return nil
	}
	if sym := c.lookup("int"); sym == nil || sym.Kind != SymType {
		return nil
	}
	return &Union{Types: []Type{Int, Bool}}
}

// noteSymAnn records the annotation of an annotated variable.
func (c *checker) noteSymAnn(sym *Symbol, ann ast.Expr) {
	if c.symAnns == nil {
		c.symAnns = map[*Symbol]ast.Expr{}
	}
	if _, ok := c.symAnns[sym]; !ok {
		c.symAnns[sym] = ann
	}
}

// boolRefused notes a value that may be a bool refused where an int is
// declared at the annotation c.boolTarget (a bare int): the next round
// types that annotation int | bool.
func (c *checker) boolRefused(from, to Type) {
	if c.boolTarget == nil || c.ff == nil || c.ff.boolInts == nil || c.speculating > 0 {
		return
	}
	if !(to == Int && mayBool(from)) && !strings.Contains(boolIntoIntHint(from, to), "an int position") {
		return
	}
	// The int names of the annotation: itself (n: int), or inside it
	// (list[int], int | None, tuple[int, str]).
	ast.Inspect(c.boolTarget, func(nd ast.Node) bool {
		if n, ok := nd.(*ast.Name); ok && n.ID == "int" {
			c.ff.boolInts[n.Pos] = true
		}
		return nd != nil
	})
}

// subsetErrors reports whether every error of a is one of b's.
func subsetErrors(a, b error) bool {
	la, ok1 := a.(ErrorList)
	lb, ok2 := b.(ErrorList)
	if !ok1 || !ok2 {
		return false
	}
	seen := map[Error]bool{}
	for _, e := range lb {
		seen[*e] = true
	}
	for _, e := range la {
		if !seen[*e] {
			return false
		}
	}
	return true
}

// growBoolInts adds the positions of more to intBool; false when none is
// new.
func growBoolInts(intBool, more map[ast.Pos]bool) bool {
	grew := false
	for p := range more {
		if !intBool[p] {
			intBool[p], grew = true, true
		}
	}
	return grew
}
