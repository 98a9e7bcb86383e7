package check

import "github.com/aiogo/aiogo/ast"

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
	if !(to == Int && mayBool(from)) && boolInto(from, to) != Int {
		return
	}
	// The int names of the annotation: itself (n: int), or inside it
	// (list[int], int | None, tuple[int, str]).
	mark := func(ann ast.Expr) {
		ast.Inspect(ann, func(nd ast.Node) bool {
			if n, ok := nd.(*ast.Name); ok && n.ID == "int" {
				c.ff.boolInts[n.Pos] = true
			}
			return nd != nil
		})
	}
	mark(c.boolTarget)
	if p := c.boolParam; p != nil && p.Ann == c.boolTarget && p.Def != nil {
		// A method's parameter: the same parameter of every method of that
		// name (overrides and overridden ones keep one signature).
		for _, cls := range c.info.Classes {
			m := cls.Methods[p.Def.Name]
			if m == nil || m.Def == nil {
				continue
			}
			if d, ok := m.Def.(*ast.FuncDef); ok && d != p.Def {
				for _, q := range d.Params {
					if q.Name == p.Name {
						mark(q.Annotation)
					}
				}
			}
		}
	}
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

// boolOpaqueArg reports a bool argument (t) for a parameter p declared int
// of a plain function (not a method: an override could read it otherwise)
// whose body reads p only where a bool and the int it equals act alike
// (arithmetic, comparisons, indexing, truth tests, range(), int(), abs()):
// the bool is passed as that int, with the same output.
func (c *checker) boolOpaqueArg(t Type, p Param) bool {
	if t != Bool || Unalias(p.Type) != Int || p.Def == nil {
		return false
	}
	fi := c.info.Funcs[p.Def]
	if fi == nil || fi.Class != nil || fi.Method != nil || len(p.Def.Decorators) > 0 {
		return false
	}
	if c.opaqueParams == nil {
		c.opaqueParams = map[opaqueKey]bool{}
	}
	k := opaqueKey{p.Def, p.Name}
	v, ok := c.opaqueParams[k]
	if !ok {
		v = boolOpaqueParam(p.Def, p.Name)
		c.opaqueParams[k] = v
	}
	return v
}

// opaqueKey names a parameter of a def.
type opaqueKey struct {
	def  *ast.FuncDef
	name string
}

// boolOpaqueParam reports whether every read of the parameter name in the
// body of def is one where a bool acts as the int it equals.
func boolOpaqueParam(def *ast.FuncDef, name string) bool {
	ok := true
	var walk func(n, parent ast.Node)
	walk = func(n, parent ast.Node) {
		if !ok || n == nil {
			return
		}
		switch x := n.(type) {
		case *ast.Lambda:
			for _, p := range x.Params {
				if p.Name == name {
					ok = false // rebinds the name: not analysed
				}
			}
		case *ast.FuncDef:
			for _, p := range x.Params {
				if p.Name == name {
					ok = false
				}
			}
		case *ast.Comprehension:
			ast.Inspect(x.Target, func(m ast.Node) bool {
				if nm, isName := m.(*ast.Name); isName && nm.ID == name {
					ok = false
				}
				return m != nil
			})
		case *ast.Global, *ast.Nonlocal:
			ok = false
		case *ast.Name:
			if x.ID == name && !opaqueUse(def, x, parent) {
				ok = false
			}
			return
		}
		for _, ch := range ast.Children(n) {
			walk(ch, n)
		}
	}
	for _, st := range def.Body {
		walk(st, nil)
	}
	return ok
}

// opaqueUse reports a read (or store) of n, a child of parent, where a
// bool and its int act alike: arithmetic and comparisons whose other
// operands are numbers of def's own (literals, int or float parameters,
// arithmetic of those: no user dunder sees the value), truth tests, and
// rebinding.
func opaqueUse(def *ast.FuncDef, n *ast.Name, parent ast.Node) bool {
	switch p := parent.(type) {
	case *ast.BinOp:
		switch p.Op {
		case "+", "-", "*", "/", "//", "%", "**":
			return numericOperand(def, p.Left) && numericOperand(def, p.Right)
		}
	case *ast.UnaryOp:
		return p.Op == "-" || p.Op == "+" || p.Op == "not"
	case *ast.Compare:
		for _, op := range p.Ops {
			switch op {
			case "==", "!=", "<", "<=", ">", ">=":
			default:
				return false
			}
		}
		if !numericOperand(def, p.Left) {
			return false
		}
		for _, e := range p.Comparators {
			if !numericOperand(def, e) {
				return false
			}
		}
		return true
	case *ast.If:
		return p.Test == ast.Expr(n)
	case *ast.While:
		return p.Test == ast.Expr(n)
	case *ast.IfExp:
		return p.Test == ast.Expr(n)
	case *ast.Assign:
		for _, t := range p.Targets {
			if t == ast.Expr(n) {
				return true // rebinding the parameter
			}
		}
	case *ast.AugAssign:
		return p.Target == ast.Expr(n) && numericOperand(def, p.Value)
	}
	return false
}

// numericOperand reports an operand that is a number of def's own: a
// numeric literal, a parameter annotated int, float or bool, or
// arithmetic of those.
func numericOperand(def *ast.FuncDef, e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.IntLit, *ast.FloatLit:
		return true
	case *ast.Name:
		for _, p := range def.Params {
			if p.Name == x.ID {
				a, ok := p.Annotation.(*ast.Name)
				return ok && (a.ID == "int" || a.ID == "float" || a.ID == "bool")
			}
		}
	case *ast.UnaryOp:
		return (x.Op == "-" || x.Op == "+") && numericOperand(def, x.Operand)
	case *ast.BinOp:
		switch x.Op {
		case "+", "-", "*", "/", "//", "%", "**":
			return numericOperand(def, x.Left) && numericOperand(def, x.Right)
		}
	}
	return false
}

// annOfRef is the annotation of the variable or field e names (a
// container whose int elements a bool may be stored into), or nil.
func (c *checker) annOfRef(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.Name:
		if sym := c.lookup(x.ID); sym != nil {
			return c.symAnns[sym]
		}
	case *ast.Attribute:
		t := c.info.Types[x.Value]
		if n, ok := x.Value.(*ast.Name); ok && t == nil {
			// self.seq.append(flag): asked before the call types self.seq
			if sym := c.lookup(n.ID); sym != nil && sym.Kind == SymVar {
				t = sym.Type
			}
		}
		if cls, ok := t.(*Class); ok {
			if f := cls.LookupField(x.Attr); f != nil {
				return f.Ann
			}
		}
	case *ast.Subscript:
		return c.annOfRef(x.Value) // groups[k].append(flag): the int inside groups' annotation
	case *ast.Call:
		// groups.setdefault(k, []).append(flag), groups.get(k, []): an
		// element of the container the annotation names.
		if at, ok := x.Func.(*ast.Attribute); ok {
			switch at.Attr {
			case "setdefault", "get", "pop":
				return c.annOfRef(at.Value)
			}
		}
	}
	return nil
}
