package check

import (
	"sort"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// Diagnostics a user can act on: one cause gives one message (a variable
// whose assignment failed to type-check is not reported again where it is
// used), a coroutine used as a value of another type asks whether an
// await is missing, and an unknown name close to a known one suggests it.

// poison marks the variable assigned by target t as having no type because
// the assigned expression had an error: its later uses are not errors.
func (c *checker) poison(t ast.Expr) {
	if a, ok := t.(*ast.Attribute); ok {
		c.poisonAttr(a)
		return
	}
	n, ok := t.(*ast.Name)
	if !ok || len(c.errs) == 0 {
		return
	}
	sym := c.lookup(n.ID)
	if sym == nil || sym.Kind != SymVar || sym.Type != nil {
		return
	}
	c.poisonSym(sym)
}

// poisonTarget poisons the names of a loop target whose iterable had an
// error already reported.
func (c *checker) poisonTarget(t ast.Expr) {
	switch x := t.(type) {
	case *ast.Name, *ast.Attribute:
		c.poison(x)
	case *ast.TupleExpr:
		for _, e := range x.Elems {
			c.poisonTarget(e)
		}
	case *ast.ListExpr:
		for _, e := range x.Elems {
			c.poisonTarget(e)
		}
	case *ast.Starred:
		c.poisonTarget(x.Value)
	}
}

// poisonSym marks sym, whose value had an error already reported: its
// uses report nothing more.
func (c *checker) poisonSym(sym *Symbol) {
	if len(c.errs) == 0 {
		return
	}
	if c.poisoned == nil {
		c.poisoned = map[*Symbol]bool{}
	}
	c.poisoned[sym] = true
}

// poisonAttr marks the attribute of self that a method (__init__) first
// assigns with a value whose error was already reported: its uses report
// nothing more ("attribute x is used before it is assigned").
func (c *checker) poisonAttr(a *ast.Attribute) {
	n, ok := a.Value.(*ast.Name)
	if !ok || n.ID != "self" || len(c.errs) == 0 || c.fn == nil || c.fn.Class == nil {
		return
	}
	if f := c.fn.Class.LookupField(a.Attr); f != nil && f.Type == nil {
		if c.poisonedFields == nil {
			c.poisonedFields = map[*Field]bool{}
		}
		c.poisonedFields[f] = true
	}
}

// refuse records that the module-level name could not be defined because
// its import (or the statement defining it) was refused with an error:
// its later uses are not errors.
func (c *checker) refuse(name string) {
	if c.refused == nil {
		c.refused = map[string]bool{}
	}
	c.refused[name] = true
}

// lazyRefuse records that name was imported as full (module.name), which
// is outside the language: the first use of name reports it (undefined).
func (c *checker) lazyRefuse(name, full string) {
	if c.lazyRefused == nil {
		c.lazyRefused = map[string]string{}
	}
	c.lazyRefused[name] = full
}

// breakClass records that class cls derives from a refused name: what its
// instances can do is unknown, so missing attributes and constructor
// arguments are not reported.
func (c *checker) breakClass(cls *Class) {
	if c.broken == nil {
		c.broken = map[*Class]bool{}
	}
	c.broken[cls] = true
}

// undefined reports an unknown name at pos, unless the name's definition
// was already refused (see refuse).
func (c *checker) undefined(pos ast.Pos, name string) {
	if full, ok := c.lazyRefused[name]; ok {
		// An imported name outside the language is an error where it is
		// used (mypy accepts an unused import); once, as its later uses
		// have the same cause.
		delete(c.lazyRefused, name)
		c.refuse(name)
		c.errorf(pos, "%s is not supported", full)
		return
	}
	if c.refused[name] {
		return
	}
	if msg, ok := pythonOnlyBuiltins[name]; ok {
		// A Python built-in with no counterpart: once, as its later uses
		// have the same cause.
		c.refuse(name)
		c.errorf(pos, "%s", msg)
		return
	}
	c.errorf(pos, "undefined: %s%s", name, c.didYouMean(name))
}

// pythonOnlyBuiltins are Python built-in names the language lacks that a
// typed program may use (mypy accepts them), with the message saying so.
var pythonOnlyBuiltins = map[string]string{}

// awaitHint is the hint added to an error about a value of type from used
// where to (nil: an operand) is wanted: a coroutine where something else is
// expected was probably meant to be awaited.
func awaitHint(from, to Type) string {
	if tt, ok := to.(*Tuple); ok && tt.ListRepr {
		if ft, ok := from.(*Tuple); ok && !ft.ListRepr {
			// r = await asyncio.gather(a(), b()); r = (x, y)
			return " (the target holds an asyncio.gather result, a list at run time, which CPython prints as [a, b]; a tuple stored there would print as (a, b): use another variable)"
		}
	}
	if ft, ok := from.(*Tuple); ok && ft.ListRepr {
		if tt, ok := to.(*Tuple); ok && !tt.ListRepr {
			// typeshed types gather(a, b) as a tuple, but CPython builds a
			// list: a value declared tuple[...] would print as (a, b).
			return " (asyncio.gather returns a list at run time, which CPython prints as [a, b]: unpack it, a, b = await asyncio.gather(...), and use the tuple (a, b))"
		}
	}
	if _, ok := from.(*Coroutine); !ok {
		return ""
	}
	switch to.(type) {
	case *Coroutine, *AnyType, *Union, *Optional:
		return ""
	}
	return " (did you forget await?)"
}

// didYouMean suggests the visible name closest to the unknown name id, as
// " (did you mean x?)", or "" when none is close.
func (c *checker) didYouMean(id string) string {
	var cands []string
	for s := c.sc; s != nil; s = s.parent {
		for n := range s.names {
			cands = append(cands, n)
		}
	}
	for n := range c.builtins.names {
		cands = append(cands, n)
	}
	if best := closest(id, cands); best != "" {
		return " (did you mean " + best + "?)"
	}
	return ""
}

// closest returns the candidate nearest to id by edit distance when it is
// near enough to be a likely typo (at most 1 edit for names of up to 4
// characters, else 2, and less than half the name); "" otherwise.
func closest(id string, cands []string) string {
	limit := 2
	if len(id) <= 4 {
		limit = 1
	}
	if len(id) <= 2 {
		return ""
	}
	sort.Strings(cands)
	best, bestD := "", limit+1
	for _, n := range cands {
		if n == id || n == "" {
			continue
		}
		if d := editDistance(id, n); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance is the Damerau-Levenshtein (optimal string alignment)
// distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// attrHint suggests the attribute or method of class t closest to the
// unknown attribute name.
func attrHint(t *Class, name string) string {
	var cands []string
	for k := t; k != nil; k = k.Base {
		for _, f := range k.Fields {
			cands = append(cands, f.Name)
		}
		for _, f := range k.ClassVars {
			cands = append(cands, f.Name)
		}
		for m := range k.Methods {
			cands = append(cands, m)
		}
	}
	if best := closest(name, cands); best != "" {
		return " (did you mean " + best + "?)"
	}
	return ""
}

// refusedIn reports whether the annotation e names a refused name (whose
// refusal was reported where the name was defined).
func (c *checker) refusedIn(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && c.refused[x.ID] {
			found = true
		}
		return !found
	})
	return found
}

// builtinAttrHint suggests the method of built-in type t (from the
// built-in table) closest to the unknown name, as mypy does ("maybe
// upper?").
func builtinAttrHint(t Type, name string) string {
	rn := RecvName(t)
	if rn == "" {
		return ""
	}
	var cands []string
	for _, e := range builtins.All() {
		if r := e.Receiver(); r == rn || r != "" && r == builtins.ReceiverBase[rn] {
			cands = append(cands, e.Short())
		}
	}
	if best := closest(name, cands); best != "" {
		return " (did you mean " + best + "?)"
	}
	return ""
}

// overloadPos is where an argument error in a call of a function typeshed
// overloads (asyncio.gather, asyncio.sleep) is reported: mypy reports "no
// overload variant matches" at the call's first line, so an argument on a
// later line is reported there.
func overloadPos(call *ast.Call, arg ast.Expr) ast.Pos {
	if arg.Position().Line > call.Pos.Line {
		return call.Pos
	}
	return arg.Position()
}

// refusedGetItem reports a class whose __getitem__ takes a parameter of a
// refused type (slice): slicing its instances was reported there.
func refusedGetItem(cls *Class) bool {
	m := cls.LookupMethod("__getitem__")
	return m != nil && m.Sig != nil && len(m.Sig.Params) == 1 && m.Sig.Params[0].Broken
}
