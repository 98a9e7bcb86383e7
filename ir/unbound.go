package ir

// Possibly unbound locals.
//
// Python raises UnboundLocalError when a local is read before any
// assignment on the path taken (`if c: x = 1` then `print(x)`); Go zero
// values would print 0 instead. unbound runs a forward data-flow analysis
// of the variables that may still be unassigned at each point; a read of
// one that may be is listed in Func.Unbound with a flag variable (false at
// entry, set by a MarkBound after every assignment), and the code
// generator checks the flag at that read only. Where definite assignment
// is provable nothing is added.
//
// A variable is tracked only when every assignment to it is an IR
// definition the analysis sees: variables bound by a walrus (which may sit
// in a part of an expression that does not run), by nested code
// (nonlocal: cells) or by statements that are not lowered to IR
// definitions (imports, classes) are left alone.

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
)

// MarkBound records that the variable Flag guards has been assigned.
type MarkBound struct {
	Flag *Var
}

func (*MarkBound) instr() {}

// Effects implements Instr.
func (x *MarkBound) Effects(f *Func, def, use func(*Var)) { def(x.Flag) }

// unbound finds the reads of possibly unassigned locals (see above).
func (f *Func) unbound() {
	if f.Info == nil || f.Info.Def == nil {
		return
	}
	bad := unboundExcluded(f)
	deleted := f.deletedVars()
	tracked := map[*Var]bool{}
	for _, v := range f.Vars {
		if v.Sym != nil && (!v.Param || deleted[v]) && !v.Cell && v.Kind == VarPlain && !bad[v.Sym] {
			tracked[v] = true
		}
	}
	if len(tracked) == 0 {
		return
	}
	// del x unbinds x again (it also reads it: del of an unbound x raises).
	unbind := func(ins Instr, state map[*Var]bool) {
		if v := f.delTarget(ins); v != nil && tracked[v] {
			state[v] = true
		}
	}
	// Forward analysis: in[b] holds the tracked variables that may be
	// unassigned on entry to b.
	in := make([]map[*Var]bool, len(f.Blocks))
	for i := range in {
		in[i] = map[*Var]bool{}
	}
	for v := range tracked {
		if !v.Param {
			in[0][v] = true
		}
	}
	noop := func(*Var) {}
	merge := func(dst map[*Var]bool, src map[*Var]bool) bool {
		changed := false
		for v := range src {
			if !dst[v] {
				dst[v] = true
				changed = true
			}
		}
		return changed
	}
	for changed := true; changed; {
		changed = false
		for _, b := range f.Blocks {
			if b.Handler != nil && merge(in[b.Handler.ID], in[b.ID]) {
				changed = true
			}
			out := map[*Var]bool{}
			for v := range in[b.ID] {
				out[v] = true
			}
			kill := func(v *Var) { delete(out, v) }
			for _, ins := range b.Instrs {
				ins.Effects(f, kill, noop)
				unbind(ins, out)
			}
			b.Term.Effects(f, kill, noop)
			for _, s := range b.Term.Succs() {
				edge := map[*Var]bool{}
				for v := range out {
					edge[v] = true
				}
				b.Term.EdgeEffects(f, s, func(v *Var) { delete(edge, v) }, noop)
				if merge(in[s.ID], edge) {
					changed = true
				}
			}
		}
	}
	// The reads that may see an unassigned variable.
	reads := map[*ast.Name]*Var{}
	for _, b := range f.Blocks {
		state := map[*Var]bool{}
		for v := range in[b.ID] {
			state[v] = true
		}
		f.nameUse = func(n *ast.Name, v *Var) {
			if state[v] {
				reads[n] = v
			}
		}
		kill := func(v *Var) { delete(state, v) }
		for _, ins := range b.Instrs {
			ins.Effects(f, kill, noop)
			unbind(ins, state)
		}
		b.Term.Effects(f, kill, noop)
	}
	f.nameUse = nil
	if len(reads) == 0 {
		return
	}
	need := map[*Var]bool{}
	for _, v := range reads {
		need[v] = true
	}
	// Where each needed variable is assigned: after an instruction, or on
	// the way into a block entered only from the defining terminator.
	// A variable assigned where no mark can go is not checked.
	type site struct {
		b     *Block
		i     int  // mark after instruction i; -1: at the start of b
		unset bool // a del: the flag is cleared
	}
	sites := map[*Var][]site{}
	for _, b := range f.Blocks {
		for i, ins := range b.Instrs {
			ins.Effects(f, func(v *Var) {
				if need[v] {
					sites[v] = append(sites[v], site{b: b, i: i})
				}
			}, noop)
			if v := f.delTarget(ins); v != nil && need[v] {
				sites[v] = append(sites[v], site{b: b, i: i, unset: true})
			}
		}
		b.Term.Effects(f, func(v *Var) { delete(need, v) }, noop)
		for _, s := range b.Term.Succs() {
			b.Term.EdgeEffects(f, s, func(v *Var) {
				if !need[v] {
					return
				}
				if len(s.Preds) != 1 || s.Preds[0] != b {
					delete(need, v)
					return
				}
				sites[v] = append(sites[v], site{b: s, i: -1})
			}, noop)
		}
	}
	if len(need) == 0 {
		return
	}
	flags := map[*Var]*Var{}
	for _, v := range f.Vars {
		if need[v] {
			flags[v] = f.newTemp(check.Bool)
		}
	}
	// Insert the marks, last position first within each block.
	marks := map[*Block]map[int][]Instr{}
	for _, v := range f.Vars { // in order: marks at one position come out deterministically
		ss := sites[v]
		if flags[v] == nil {
			continue
		}
		for _, s := range ss {
			if marks[s.b] == nil {
				marks[s.b] = map[int][]Instr{}
			}
			var m Instr = &MarkBound{Flag: flags[v]}
			if s.unset {
				m = &SetVar{Pos: f.Info.Def.Pos, Var: flags[v], Value: f.boolLit(false)}
			}
			marks[s.b][s.i] = append(marks[s.b][s.i], m)
		}
	}
	for b, at := range marks {
		var out []Instr
		for _, m := range at[-1] {
			out = append(out, m)
		}
		for i, ins := range b.Instrs {
			out = append(out, ins)
			for _, m := range at[i] {
				out = append(out, m)
			}
		}
		b.Instrs = out
	}
	var init []Instr
	for _, v := range f.Vars {
		if fl := flags[v]; fl != nil {
			init = append(init, &SetVar{Pos: f.Info.Def.Pos, Var: fl, Value: f.boolLit(v.Param)})
		}
	}
	f.Blocks[0].Instrs = append(init, f.Blocks[0].Instrs...)
	f.Unbound = map[*ast.Name]*Var{}
	for n, v := range reads {
		if fl := flags[v]; fl != nil {
			f.Unbound[n] = fl
		}
	}
}

// newTemp is a compiler temporary of type t.
func (f *Func) newTemp(t check.Type) *Var {
	f.nextTemp++
	v := &Var{ID: len(f.Vars), Name: names.Temp("t", f.nextTemp), Type: t}
	f.Vars = append(f.Vars, v)
	return v
}

// boolLit is a literal typed in f.Types.
func (f *Func) boolLit(b bool) ast.Expr {
	e := &ast.BoolLit{Value: b}
	f.Types[e] = check.Bool
	return e
}

// unboundExcluded lists the local symbols of f bound by a walrus, or by
// statements that are not lowered to definitions (class statements,
// imports, match captures): those are not tracked.
func unboundExcluded(f *Func) map[*check.Symbol]bool {
	bad := map[*check.Symbol]bool{}
	mark := func(n ast.Node) {
		if sym := f.info.Defs[n]; sym != nil {
			bad[sym] = true
		}
		if nm, ok := n.(*ast.Name); ok {
			if sym := f.info.Uses[nm]; sym != nil {
				bad[sym] = true
			}
		}
	}
	for _, s := range f.Info.Def.Body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.NamedExpr:
				mark(x.Target)
			case *ast.ClassDef, *ast.Import, *ast.ImportFrom, *ast.Match:
				mark(x)
				ast.Inspect(x, func(m ast.Node) bool {
					if nm, ok := m.(*ast.Name); ok {
						mark(nm)
					}
					return true
				})
				return false
			case *ast.FuncDef:
				return false // its own scope (its name is an ordinary definition)
			case *ast.Lambda:
				return false
			}
			return true
		})
	}
	return bad
}

// deletedVars lists the variables of f that a del statement unbinds.
func (f *Func) deletedVars() map[*Var]bool {
	out := map[*Var]bool{}
	for _, b := range f.Blocks {
		for _, ins := range b.Instrs {
			if v := f.delTarget(ins); v != nil {
				out[v] = true
			}
		}
	}
	return out
}

// delTarget is the variable ins unbinds (del x), or nil.
func (f *Func) delTarget(ins Instr) *Var {
	if d, ok := ins.(*Delete); ok {
		if n, ok := d.Target.(*ast.Name); ok {
			return f.symVarOf(n)
		}
	}
	return nil
}
