package ir

import (
	"github.com/aiogo/aiogo/ast"
)

// prune drops blocks unreachable from the entry (including handlers
// reachable only through protected blocks), renumbers the rest and
// computes predecessors.
func (f *Func) prune() {
	seen := map[*Block]bool{}
	var order []*Block
	var visit func(b *Block)
	visit = func(b *Block) {
		if b == nil || seen[b] {
			return
		}
		seen[b] = true
		order = append(order, b)
		if b.Term == nil {
			b.Term = &Return{}
		}
		if b.Handler != nil {
			visit(b.Handler)
		}
		for _, s := range b.Term.Succs() {
			visit(s)
		}
	}
	visit(f.Blocks[0])
	// Keep source order for readability of the generated code.
	var kept []*Block
	for _, b := range f.Blocks {
		if seen[b] {
			kept = append(kept, b)
		}
	}
	f.Blocks = kept
	for i, b := range f.Blocks {
		b.ID = i
		b.Preds = nil
	}
	for _, b := range f.Blocks {
		for _, s := range b.Term.Succs() {
			s.Preds = append(s.Preds, b)
		}
	}
	n := 0
	for _, b := range f.Blocks {
		if b.Resume {
			n++
			b.ResumeID = n
		}
	}
}

// UsesOf calls fn for each variable read by e, honouring Subst.
func (f *Func) UsesOf(e ast.Expr, fn func(*Var)) {
	if e == nil {
		return
	}
	if v, ok := f.Subst[e]; ok {
		fn(v)
		return
	}
	f.usesOfRoot(e, fn)
}

// usesOfRoot is UsesOf without substituting e itself.
func (f *Func) usesOfRoot(e ast.Expr, fn func(*Var)) {
	switch x := e.(type) {
	case *ast.Name:
		if sym := f.info.Uses[x]; sym != nil {
			if v, ok := f.SymVars[sym]; ok {
				fn(v)
			}
		}
		return
	case *ast.Lambda:
		return // lambdas capture through cells, counted at DefFunc/closure creation
	case *ast.ListComp:
		f.compUses(x.Gens, fn, x.Elt)
		return
	case *ast.SetComp:
		f.compUses(x.Gens, fn, x.Elt)
		return
	case *ast.GeneratorExp:
		f.compUses(x.Gens, fn, x.Elt)
		return
	case *ast.DictComp:
		f.compUses(x.Gens, fn, x.Key, x.Value)
		return
	case *ast.Call:
		f.UsesOf(x.Func, fn)
		for _, a := range x.Args {
			f.UsesOf(a, fn)
		}
		for _, k := range x.Keywords {
			f.UsesOf(k.Value, fn)
		}
		return
	}
	for _, k := range children(e) {
		f.UsesOf(k, fn)
	}
}

func (f *Func) compUses(gens []*ast.Comprehension, fn func(*Var), elts ...ast.Expr) {
	for _, g := range gens {
		f.UsesOf(g.Iter, fn)
		for _, c := range g.Ifs {
			f.UsesOf(c, fn)
		}
	}
	for _, e := range elts {
		f.UsesOf(e, fn)
	}
}

// targetDefs calls fn for each variable a target expression assigns, and
// use for each variable it reads (subscript containers, indexes).
func (f *Func) targetDefs(t ast.Expr, def, use func(*Var)) {
	switch x := t.(type) {
	case *ast.Name:
		if v, ok := f.Subst[x]; ok {
			def(v)
			return
		}
		if sym := f.info.Uses[x]; sym != nil {
			if v, ok := f.SymVars[sym]; ok {
				if v.Cell {
					use(v) // storing through a cell reads the cell pointer
					return
				}
				def(v)
			}
		}
	case *ast.TupleExpr:
		for _, e := range x.Elems {
			f.targetDefs(e, def, use)
		}
	case *ast.ListExpr:
		for _, e := range x.Elems {
			f.targetDefs(e, def, use)
		}
	case *ast.Subscript:
		f.UsesOf(x.Value, use)
		f.UsesOf(x.Index, use)
	case *ast.Attribute:
		f.UsesOf(x.Value, use)
	case *ast.Starred:
		f.targetDefs(x.Value, def, use)
	}
}

// instrEffects reports reads and writes of one instruction or terminator.
func (f *Func) instrEffects(in any, def, use func(*Var)) {
	switch x := in.(type) {
	case *Assign:
		f.UsesOf(x.Value, use)
		f.targetDefs(x.Target, def, use)
	case *SetVar:
		if x.Spill {
			f.usesOfRoot(x.Value, use)
		} else if !f.Comps[x.Value] {
			f.UsesOf(x.Value, use)
		}
		def(x.Var)
	case *Eval:
		f.UsesOf(x.Expr, use)
	case *AugAssign:
		f.UsesOf(x.Value, use)
		f.UsesOf(x.Target, use)
		f.targetDefs(x.Target, def, use)
	case *Delete:
		f.UsesOf(x.Target, use)
	case *IterInit:
		f.UsesOf(x.Src, use)
		def(x.Iter)
	case *Append:
		use(x.Var)
		f.UsesOf(x.Key, use)
		f.UsesOf(x.Value, use)
	case *BindExc:
		if x.From != nil {
			use(x.From)
		}
		def(x.Var)
	case *DefFunc:
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
	case *Branch:
		f.UsesOf(x.Cond, use)
	case *Return:
		f.UsesOf(x.Value, use)
	case *Await:
		f.UsesOf(x.Value, use)
		if x.CM != nil {
			use(x.CM.Mgr)
			if x.CMExc != nil {
				use(x.CMExc)
			}
		}
	case *SetInt:
		def(x.Var)
	case *ClearExc:
		def(x.Var)
	case *ChainExc:
		use(x.Exc)
		if x.Context != nil {
			use(x.Context)
		}
	case *CMCall:
		use(x.M.Mgr)
		if x.Exc != nil {
			use(x.Exc)
		}
		if x.Dst != nil {
			def(x.Dst)
		}
	case *Switch:
		use(x.Var)
	case *Raise:
		f.UsesOf(x.Exc, use)
		f.UsesOf(x.Cause, use)
		if x.ExcVar != nil {
			use(x.ExcVar)
		}
	case *ForNext:
		use(x.Iter)
	case *MatchExc:
		use(x.ExcVar)
		f.UsesOf(x.Class, use)
	default:
		f.genEffects(in, def, use) // gen.go
	}
}

// termDefs are the variables a terminator assigns on its way to a
// successor (the loop target, an await's destination).
func (f *Func) termDefs(t Term, def, use func(*Var)) {
	switch x := t.(type) {
	case *ForNext:
		f.targetDefs(x.Target, def, use)
	case *Await:
		if x.Dst != nil {
			def(x.Dst)
		}
	default:
		f.genTermDefs(t, def, use) // gen.go
	}
}

// liveness computes which variables live across suspension points (and
// into exception handlers) and marks them InFrame.
func (f *Func) liveness() {
	type sets struct{ use, def map[*Var]bool }
	bs := make([]sets, len(f.Blocks))
	for i, b := range f.Blocks {
		s := sets{map[*Var]bool{}, map[*Var]bool{}}
		use := func(v *Var) {
			if !s.def[v] {
				s.use[v] = true
			}
		}
		def := func(v *Var) { s.def[v] = true }
		for _, in := range b.Instrs {
			f.instrEffects(in, def, use)
		}
		f.instrEffects(b.Term, def, use)
		bs[i] = s
	}
	liveIn := make([]map[*Var]bool, len(f.Blocks))
	for i := range liveIn {
		liveIn[i] = map[*Var]bool{}
	}
	changed := true
	for changed {
		changed = false
		for i := len(f.Blocks) - 1; i >= 0; i-- {
			b := f.Blocks[i]
			out := map[*Var]bool{}
			for _, s := range b.Term.Succs() {
				for v := range liveIn[s.ID] {
					out[v] = true
				}
			}
			if b.Handler != nil {
				for v := range liveIn[b.Handler.ID] {
					out[v] = true
				}
			}
			// Terminator definitions happen on the way out.
			f.termDefs(b.Term, func(v *Var) { delete(out, v) }, func(v *Var) { out[v] = true })
			in := map[*Var]bool{}
			for v := range out {
				if !bs[i].def[v] {
					in[v] = true
				}
			}
			for v := range bs[i].use {
				in[v] = true
			}
			if len(in) != len(liveIn[i]) {
				liveIn[i] = in
				changed = true
			} else {
				for v := range in {
					if !liveIn[i][v] {
						liveIn[i] = in
						changed = true
						break
					}
				}
			}
		}
	}
	for _, b := range f.Blocks {
		b.liveIn = liveIn[b.ID]
	}
	if !f.Info.IsAsync && !f.Info.IsGen {
		return
	}
	for _, v := range f.Vars {
		if v.Param || v.Kind == "free" {
			v.InFrame = true
		}
	}
	for _, b := range f.Blocks {
		if !b.Resume {
			continue
		}
		for v := range liveIn[b.ID] {
			if b.AwaitFrom != nil && v == b.AwaitFrom.Dst {
				continue
			}
			v.InFrame = true
		}
	}
	// A variable live after an await but assigned by it lives in the
	// block of the await: the destination itself is written on resume and
	// read after, within one step, so it needs no frame slot.
}

// LiveIn reports the variables live at the start of b.
func (b *Block) LiveIn() map[*Var]bool { return b.liveIn }
