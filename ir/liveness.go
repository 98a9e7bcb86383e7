package ir

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
			in.Effects(f, def, use)
		}
		b.Term.Effects(f, def, use)
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
				// What the terminator writes on the edge to s is not
				// live before it.
				edge := map[*Var]bool{}
				for v := range liveIn[s.ID] {
					edge[v] = true
				}
				b.Term.EdgeEffects(f, s, func(v *Var) { delete(edge, v) }, func(v *Var) { edge[v] = true })
				for v := range edge {
					out[v] = true
				}
			}
			if b.Handler != nil {
				for v := range liveIn[b.Handler.ID] {
					out[v] = true
				}
			}
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
		if v.Param || v.Kind == VarFree {
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
