package ir

// Uses and definitions.
//
// Every instruction and terminator reports the variables it reads (use)
// and writes (def) through its Effects method, in the order it performs
// them; a terminator also reports, per successor, what it writes on the
// edge to that successor (EdgeEffects: the target of a for loop is only
// assigned on the way into the loop body, an await's destination only on
// resumption). Liveness (liveness.go) and the verifier (verify.go) are
// written once over these methods, so an instruction kind that does not
// say what it reads does not compile.
//
// Expressions are walked with ast.Inspect, honouring Func.Subst: a
// sub-expression evaluated earlier reads its temporary instead of its
// parts. Every expression kind is looked into: operands of and/or, both
// arms of a conditional expression, call arguments, comprehension
// iterables and conditions, f-string fields. A lambda reads the variables
// it captures (and its default values) when it is created; a walrus
// defines its target, except inside a part of an expression that may not
// run (the right operands of and/or, the arms of a conditional
// expression, comprehension bodies), where it neither defines nor kills.

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
)

// UsesOf calls fn for each variable read by e, honouring Subst.
func (f *Func) UsesOf(e ast.Expr, fn func(*Var)) {
	f.exprEffects(e, true, false, func(*Var) {}, fn)
}

// symVarOf returns the variable a name refers to in f, or nil for globals,
// functions, classes, modules and comprehension variables of comprehensions
// that are not lowered into loops.
func (f *Func) symVarOf(n *ast.Name) *Var {
	if sym := f.info.Uses[n]; sym != nil {
		return f.SymVars[sym]
	}
	if sym := f.info.Defs[n]; sym != nil {
		return f.SymVars[sym]
	}
	return nil
}

// exprEffects reports the variables e reads and the walrus targets it
// writes. substRoot says whether e itself may be substituted (false for
// the value of a spill, which computes exactly e). maybe is set inside
// parts of an expression that may not be evaluated.
func (f *Func) exprEffects(e ast.Expr, substRoot, maybe bool, def, use func(*Var)) {
	if e == nil {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		if x, ok := n.(ast.Expr); ok && (x != e || substRoot) {
			if v, ok := f.Subst[x]; ok {
				use(v)
				return false
			}
		}
		switch x := n.(type) {
		case *ast.Name:
			if fl := f.Unbound[x]; fl != nil {
				use(fl)
			}
			if v := f.symVarOf(x); v != nil {
				if f.nameUse != nil {
					f.nameUse(x, v)
				}
				use(v)
			}
		case *ast.NamedExpr:
			f.exprEffects(x.Value, true, maybe, def, use)
			f.targetEffects(x.Target, maybe, def, use)
			return false
		case *ast.BoolOp:
			for i, v := range x.Values {
				f.exprEffects(v, true, maybe || i > 0, def, use)
			}
			return false
		case *ast.IfExp:
			f.exprEffects(x.Test, true, maybe, def, use)
			f.exprEffects(x.Body, true, true, def, use)
			f.exprEffects(x.Orelse, true, true, def, use)
			return false
		case *ast.ListComp:
			f.compEffects(x.Gens, maybe, def, use, x.Elt)
			return false
		case *ast.SetComp:
			f.compEffects(x.Gens, maybe, def, use, x.Elt)
			return false
		case *ast.GeneratorExp:
			f.compEffects(x.Gens, maybe, def, use, x.Elt)
			return false
		case *ast.DictComp:
			f.compEffects(x.Gens, maybe, def, use, x.Key, x.Value)
			return false
		case *ast.FString:
			fields := f.Fields[x]
			if fields == nil {
				return true
			}
			for i, p := range x.Parts {
				if fields[i] != nil {
					use(fields[i]) // formatted earlier
					continue
				}
				f.exprEffects(p.Expr, true, maybe, def, use)
				if p.Spec != nil {
					f.exprEffects(p.Spec, true, maybe, def, use)
				}
			}
			return false
		case *ast.Comprehension:
			panic("ir: comprehension clause outside a comprehension") // handled by compEffects
		case *ast.Lambda:
			for _, p := range x.Params {
				f.exprEffects(p.Default, true, maybe, def, use)
			}
			if fi := f.info.Lambdas[x]; fi != nil {
				for _, sym := range fi.Free {
					if v := f.SymVars[sym]; v != nil {
						use(v)
					}
				}
			}
			return false
		}
		return true
	})
}

// compEffects reports the effects of a comprehension that is not lowered
// into loops: the first iterable is evaluated in the enclosing scope, the
// rest may not run; clause targets are the comprehension's own variables.
func (f *Func) compEffects(gens []*ast.Comprehension, maybe bool, def, use func(*Var), elts ...ast.Expr) {
	for i, g := range gens {
		f.exprEffects(g.Iter, true, maybe || i > 0, def, use)
		for _, c := range g.Ifs {
			f.exprEffects(c, true, true, def, use)
		}
	}
	for _, e := range elts {
		f.exprEffects(e, true, true, def, use)
	}
}

// targetEffects reports the variables an assignment target writes, and
// those it reads (subscript containers and indexes, attribute owners, the
// cell of a captured variable). With maybe set, writes are not reported:
// the assignment may not happen.
func (f *Func) targetEffects(t ast.Expr, maybe bool, def, use func(*Var)) {
	if maybe {
		def = func(*Var) {}
	}
	switch x := t.(type) {
	case *ast.Name:
		if v, ok := f.Subst[x]; ok {
			def(v)
			return
		}
		if v := f.symVarOf(x); v != nil {
			if v.Cell {
				use(v) // storing through a cell reads the cell pointer
				return
			}
			def(v)
		}
	case *ast.TupleExpr:
		for _, e := range x.Elems {
			f.targetEffects(e, maybe, def, use)
		}
	case *ast.ListExpr:
		for _, e := range x.Elems {
			f.targetEffects(e, maybe, def, use)
		}
	case *ast.Starred:
		f.targetEffects(x.Value, maybe, def, use)
	case *ast.Subscript:
		f.UsesOf(x.Value, use)
		f.UsesOf(x.Index, use)
	case *ast.Attribute:
		f.UsesOf(x.Value, use)
	default:
		panic(fmt.Sprintf("ir: unexpected assignment target %T at %v", t, t.Position()))
	}
}

func useIf(v *Var, use func(*Var)) {
	if v != nil {
		use(v)
	}
}

func defIf(v *Var, def, use func(*Var)) {
	if v != nil {
		store(v, def, use)
	}
}

// store reports a write of v: a definition, except for a captured
// variable, whose value is stored through its cell, and storing through a
// cell reads the cell pointer (created on the first step: it must stay in
// the frame when the store follows a suspension point, as in an except
// handler binding `e` that a closure uses).
func store(v *Var, def, use func(*Var)) {
	if v.Cell {
		use(v)
		return
	}
	def(v)
}

// Effects implements Instr.
func (x *Assign) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(x.Value, true, false, def, use)
	f.targetEffects(x.Target, false, def, use)
}

// Effects implements Instr.
func (x *SetVar) Effects(f *Func, def, use func(*Var)) {
	switch {
	case x.Spill:
		f.exprEffects(x.Value, false, false, def, use)
	case x.Empty:
		// the empty container a lowered comprehension starts from
	default:
		f.exprEffects(x.Value, true, false, def, use)
	}
	store(x.Var, def, use)
}

// Effects implements Instr.
func (x *Eval) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(x.Expr, true, false, def, use)
}

// Effects implements Instr.
func (x *AugAssign) Effects(f *Func, def, use func(*Var)) {
	if x.Old != nil {
		use(x.Old)
	}
	f.exprEffects(x.Target, true, false, def, use)
	f.exprEffects(x.Value, true, false, def, use)
	f.targetEffects(x.Target, false, def, use)
}

// Effects implements Instr.
func (x *Delete) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(x.Target, true, false, def, use)
}

// Effects implements Instr.
func (x *IterInit) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(x.Src, true, false, def, use)
	def(x.Iter)
}

// Effects implements Instr.
func (x *Append) Effects(f *Func, def, use func(*Var)) {
	use(x.Var)
	f.exprEffects(x.Key, true, false, def, use)
	f.exprEffects(x.Value, true, false, def, use)
}

// Effects implements Instr.
func (x *BindExc) Effects(f *Func, def, use func(*Var)) {
	useIf(x.From, use)
	store(x.Var, def, use)
}

// Effects implements Instr.
func (x *BindDefaults) Effects(f *Func, def, use func(*Var)) {
	for _, fi := range x.Funcs {
		for _, p := range fi.Def.Params {
			if p.Default != nil && BoundDefault(p.Default) {
				f.exprEffects(p.Default, true, false, def, use)
			}
		}
	}
}

// Effects implements Instr.
func (x *Decorate) Effects(f *Func, def, use func(*Var)) {
	for _, d := range x.Def.Decorators {
		f.exprEffects(d, true, false, def, use)
	}
}

// Effects implements Instr.
func (x *DefFunc) Effects(f *Func, def, use func(*Var)) {
	if fd := x.Func.Info.Def; fd != nil {
		for _, d := range fd.Decorators {
			f.exprEffects(d, true, false, def, use)
		}
	}
	for _, sym := range x.Func.Info.Free {
		if v, ok := f.SymVars[sym]; ok {
			use(v)
		}
	}
	if x.Var.Cell {
		use(x.Var)
	} else {
		def(x.Var)
	}
}

// Effects implements Instr.
func (x *SetInt) Effects(f *Func, def, use func(*Var)) { store(x.Var, def, use) }

// Effects implements Instr.
func (x *ClearExc) Effects(f *Func, def, use func(*Var)) { store(x.Var, def, use) }

// Effects implements Instr.
func (x *ChainExc) Effects(f *Func, def, use func(*Var)) {
	use(x.Exc)
	useIf(x.Context, use)
}

// Effects implements Instr.
func (x *CMCall) Effects(f *Func, def, use func(*Var)) {
	use(x.M.Mgr)
	useIf(x.Exc, use)
	defIf(x.Dst, def, use)
}

// Effects implements Instr.
func (x *YieldResume) Effects(f *Func, def, use func(*Var)) {
	useIf(x.Deleg, use)
	defIf(x.Dst, def, use)
}

// Effects implements Instr.
func (x *DelegInit) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(x.Src, true, false, def, use)
	def(x.Var)
}

// Effects implements Instr.
func (x *DelegResult) Effects(f *Func, def, use func(*Var)) {
	use(x.Var)
	store(x.Dst, def, use)
}

// Effects implements Instr.
func (x *AIterInit) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(x.Src, true, false, def, use)
	def(x.Iter)
}

// Effects implements Instr.
func (x *ANextStart) Effects(f *Func, def, use func(*Var)) { use(x.Iter) }

// Effects implements Instr.
func (x *CloseIter) Effects(f *Func, def, use func(*Var)) { use(x.Iter) }

// Effects implements Term.
func (t *Jump) Effects(f *Func, def, use func(*Var)) {}

// Effects implements Term.
func (t *Branch) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(t.Cond, true, false, def, use)
}

// Effects implements Term.
func (t *Return) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(t.Value, true, false, def, use)
}

// Effects implements Term.
func (t *Await) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(t.Value, true, false, def, use)
	if t.CM != nil {
		use(t.CM.Mgr)
		useIf(t.CMExc, use)
	}
}

// Effects implements Term.
func (t *Raise) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(t.Exc, true, false, def, use)
	f.exprEffects(t.Cause, true, false, def, use)
	useIf(t.ExcVar, use)
}

// Effects implements Term.
func (t *ForNext) Effects(f *Func, def, use func(*Var)) { use(t.Iter) }

// Effects implements Term.
func (t *MatchExc) Effects(f *Func, def, use func(*Var)) {
	use(t.ExcVar)
	f.exprEffects(t.Class, true, false, def, use)
}

// Effects implements Term.
func (t *Switch) Effects(f *Func, def, use func(*Var)) { use(t.Var) }

// Effects implements Term.
func (t *Yield) Effects(f *Func, def, use func(*Var)) {
	f.exprEffects(t.Value, true, false, def, use)
	useIf(t.Deleg, use)
}

// Effects implements Term.
func (t *DelegStep) Effects(f *Func, def, use func(*Var)) { use(t.Var) }

// Effects implements Term.
func (t *AsyncForNext) Effects(f *Func, def, use func(*Var)) { use(t.Iter) }

// EdgeEffects implements Term.
func (t *Jump) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {}

// EdgeEffects implements Term.
func (t *Branch) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {}

// EdgeEffects implements Term.
func (t *Return) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {}

// EdgeEffects implements Term: the destination is written on resumption.
func (t *Await) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {
	if to == t.Next {
		defIf(t.Dst, def, use)
	}
}

// EdgeEffects implements Term.
func (t *Raise) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {}

// EdgeEffects implements Term: the loop target is assigned on the way into
// the body only; after the loop it keeps its last value.
func (t *ForNext) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {
	if to == t.Body && to != t.Exit {
		if t.TargetVar != nil {
			store(t.TargetVar, def, use)
			return
		}
		f.targetEffects(t.Target, false, def, use)
	}
}

// EdgeEffects implements Term.
func (t *MatchExc) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {}

// EdgeEffects implements Term.
func (t *Switch) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {}

// EdgeEffects implements Term.
func (t *Yield) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {}

// EdgeEffects implements Term.
func (t *DelegStep) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {}

// EdgeEffects implements Term: the loop target is assigned on the way into
// the body only.
func (t *AsyncForNext) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {
	if to == t.Body && to != t.Exit {
		f.targetEffects(t.Target, false, def, use)
	}
}
