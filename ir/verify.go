package ir

// The verifier.
//
// Verify checks the invariants the code generator relies on, independently
// of how lowering and the passes established them (ssa/check.go in the Go
// compiler is the model):
//
//   - the CFG is closed: every block ends in a terminator, and successors
//     and handlers are blocks of the function, numbered by position;
//   - every suspension point has a state: each Await and Yield continues
//     at a resume block with a state number of its own, numbered 1..n in
//     block order, and Await IDs are 1..Awaits without gaps;
//   - every resume label is reachable and is something the resume switch
//     may jump to: the continuation of a suspension, an exception handler
//     or the stepping block of an async for;
//   - every use is dominated by a definition or a frame slot: in a
//     coroutine or generator, a variable read after a suspension point
//     (or in an exception handler, entered from the resume switch) is
//     either kept in the frame or written again since the function last
//     resumed, on every path. This is a forward "definitely written since
//     resumption" analysis over the instructions' own Effects, so it
//     re-checks liveness (a backward analysis) from the other direction.
//
// Build runs it after lowering and liveness; a violation is a compiler
// bug, reported as an internal compiler error rather than wrong code.

import (
	"fmt"
	"math/big"
	"reflect"

	"github.com/aiogo/aiogo/ast"
)

// Verify checks f (not its nested functions) and returns the first
// violation found, or nil.
func (f *Func) Verify() error {
	if len(f.Blocks) == 0 {
		return f.verr(nil, "no blocks")
	}
	index := map[*Block]bool{}
	for i, b := range f.Blocks {
		if b.ID != i {
			return f.verr(b, "block numbered %d at position %d", b.ID, i)
		}
		index[b] = true
	}
	handlers := map[*Block]bool{}
	for _, b := range f.Blocks {
		if b.Term == nil {
			return f.verr(b, "no terminator")
		}
		for _, s := range b.Term.Succs() {
			if !index[s] {
				return f.verr(b, "successor outside the function")
			}
		}
		if b.Handler != nil {
			if !index[b.Handler] {
				return f.verr(b, "handler outside the function")
			}
			if !b.Handler.Resume {
				return f.verr(b, "handler b%d is not a resume point", b.Handler.ID)
			}
			handlers[b.Handler] = true
		}
	}
	if err := f.verifyStates(handlers); err != nil {
		return err
	}
	if err := f.verifyEffects(); err != nil {
		return err
	}
	if f.Info.IsAsync || f.Info.IsGen {
		return f.verifyFrame()
	}
	return nil
}

func (f *Func) verr(b *Block, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if b != nil {
		return fmt.Errorf("ir: verify %s: b%d: %s", f.Name, b.ID, msg)
	}
	return fmt.Errorf("ir: verify %s: %s", f.Name, msg)
}

// verifyStates checks suspension points, resume numbering and
// reachability.
func (f *Func) verifyStates(handlers map[*Block]bool) error {
	continuation := map[*Block]bool{}
	awaitIDs := map[int]bool{}
	for _, b := range f.Blocks {
		var next *Block
		switch t := b.Term.(type) {
		case *Await:
			next = t.Next
			if t.ID < 1 || t.ID > f.Awaits || awaitIDs[t.ID] {
				return f.verr(b, "await numbered %d (of %d) twice or out of range", t.ID, f.Awaits)
			}
			awaitIDs[t.ID] = true
			if t.Next.AwaitFrom != t {
				return f.verr(b, "await continues at b%d, which does not record it", t.Next.ID)
			}
			if (t.Value == nil) != (t.CM != nil) {
				return f.verr(b, "await needs exactly one of a value and a context manager")
			}
		case *Yield:
			next = t.Next
			if len(t.Next.Instrs) == 0 {
				return f.verr(b, "yield continues at b%d, which does not start with YieldResume", t.Next.ID)
			}
			if _, ok := t.Next.Instrs[0].(*YieldResume); !ok {
				return f.verr(b, "yield continues at b%d, which does not start with YieldResume", t.Next.ID)
			}
		case *AsyncForNext:
			continuation[b] = true // the pending __anext__ is stepped here
		}
		if next != nil {
			if !next.Resume || next.ResumeID == 0 {
				return f.verr(b, "suspension point continues at b%d, which has no state", next.ID)
			}
			if continuation[next] {
				return f.verr(b, "two suspension points share the state of b%d", next.ID)
			}
			continuation[next] = true
		}
	}
	seen := map[*Block]bool{}
	var visit func(b *Block)
	visit = func(b *Block) {
		if seen[b] {
			return
		}
		seen[b] = true
		if b.Handler != nil {
			visit(b.Handler)
		}
		for _, s := range b.Term.Succs() {
			visit(s)
		}
	}
	visit(f.Blocks[0])
	n := 0
	for _, b := range f.Blocks {
		if !b.Resume {
			if b.ResumeID != 0 || continuation[b] {
				return f.verr(b, "state %d on a block that is not a resume point", b.ResumeID)
			}
			continue
		}
		n++
		if b.ResumeID != n {
			return f.verr(b, "resume point numbered %d, want %d", b.ResumeID, n)
		}
		if !seen[b] {
			return f.verr(b, "resume point %d is unreachable", b.ResumeID)
		}
		if !continuation[b] && !handlers[b] {
			return f.verr(b, "resume point %d is neither a continuation nor a handler", b.ResumeID)
		}
	}
	return nil
}

// verifyFrame checks that every variable read after the function last
// resumed was either written since then, on every path, or lives in the
// frame.
func (f *Func) verifyFrame() error {
	nv := len(f.Vars)
	for i, v := range f.Vars {
		if v.ID != i {
			return f.verr(nil, "variable %s numbered %d at position %d", v.Name, v.ID, i)
		}
	}
	all := new(big.Int)
	for i := 0; i < nv; i++ {
		all.SetBit(all, i, 1)
	}
	// seed is what is known written when a block is entered from outside
	// its predecessors: everything at the function's entry (Go zeroes its
	// locals, as the frame is zeroed), only the await's destination at a
	// resume point.
	seed := func(b *Block) *big.Int {
		s := new(big.Int)
		if b == f.Blocks[0] {
			s.Set(all)
		}
		if b.AwaitFrom != nil && b.AwaitFrom.Dst != nil {
			s.SetBit(s, b.AwaitFrom.Dst.ID, 1)
		}
		return s
	}
	transfer := func(b *Block, in *big.Int, check bool) (*big.Int, error) {
		cur := new(big.Int).Set(in)
		var bad *Var
		def := func(v *Var) { cur.SetBit(cur, v.ID, 1) }
		use := func(v *Var) {
			if bad == nil && check && !v.InFrame && cur.Bit(v.ID) == 0 {
				bad = v
			}
		}
		for _, in := range b.Instrs {
			in.Effects(f, def, use)
			if bad != nil {
				return nil, f.verr(b, "%s is read after a suspension point but is not in the frame (%T)", bad.Name, in)
			}
		}
		b.Term.Effects(f, def, use)
		if bad != nil {
			return nil, f.verr(b, "%s is read after a suspension point but is not in the frame (%T)", bad.Name, b.Term)
		}
		return cur, nil
	}
	in := make([]*big.Int, len(f.Blocks))
	out := make([]*big.Int, len(f.Blocks))
	for i, b := range f.Blocks {
		if b.Resume || i == 0 {
			in[i] = seed(b)
		} else {
			in[i] = new(big.Int).Set(all)
		}
		out[i] = new(big.Int).Set(all)
	}
	for changed := true; changed; {
		changed = false
		for i, b := range f.Blocks {
			o, _ := transfer(b, in[i], false)
			if o.Cmp(out[i]) != 0 {
				out[i] = o
				changed = true
			}
			for _, s := range b.Term.Succs() {
				if s.Resume {
					continue // entered from the resume switch
				}
				e := new(big.Int).Set(out[i])
				b.Term.EdgeEffects(f, s, func(v *Var) { e.SetBit(e, v.ID, 1) }, func(*Var) {})
				e.And(e, in[s.ID])
				if e.Cmp(in[s.ID]) != 0 {
					in[s.ID] = e
					changed = true
				}
			}
		}
	}
	for i, b := range f.Blocks {
		if _, err := transfer(b, in[i], true); err != nil {
			return err
		}
	}
	return nil
}

// mustVerify panics with the verifier's error: a compiler bug, which the
// code generator reports as an internal compiler error.
func (f *Func) mustVerify() {
	if err := f.Verify(); err != nil {
		panic(err)
	}
}

// verifyEffects cross-checks the Effects methods, on which liveness and
// the frame check both rest, against an independent census: every
// variable an instruction mentions -- in a *Var field, or through a name
// or a substituted sub-expression anywhere in an expression field, found
// by reflection and ast.Inspect without knowing the instruction kind --
// must be reported by its Effects (or, for a terminator, EdgeEffects) as
// read or written. A kind whose Effects forgets an operand, or an
// expression kind Effects does not look into, fails here.
func (f *Func) verifyEffects() error {
	for _, b := range f.Blocks {
		check := func(x any, effects func(def, use func(*Var))) error {
			seen := map[*Var]bool{}
			note := func(v *Var) { seen[v] = true }
			effects(note, note)
			var missing *Var
			own := map[*Var]bool{}
			f.census(reflect.ValueOf(x), nil, func(v *Var) { own[v] = true })
			f.census(reflect.ValueOf(x), own, func(v *Var) {
				if missing == nil && !seen[v] {
					missing = v
				}
			})
			if missing != nil {
				return f.verr(b, "%T mentions %s but its effects do not report it", x, missing.Name)
			}
			return nil
		}
		for _, in := range b.Instrs {
			if err := check(in, func(def, use func(*Var)) { in.Effects(f, def, use) }); err != nil {
				return err
			}
		}
		t := b.Term
		if err := check(t, func(def, use func(*Var)) {
			t.Effects(f, def, use)
			for _, s := range t.Succs() {
				t.EdgeEffects(f, s, def, use)
			}
		}); err != nil {
			return err
		}
	}
	return nil
}

var (
	varPtrType  = reflect.TypeOf((*Var)(nil))
	exprType    = reflect.TypeOf((*ast.Expr)(nil)).Elem()
	withMgrType = reflect.TypeOf((*WithMgr)(nil))
)

// census calls ref for each variable x mentions (see verifyEffects). own
// holds the variables x names directly; nil means look at those only.
func (f *Func) census(x reflect.Value, own map[*Var]bool, ref func(*Var)) {
	switch {
	case !x.IsValid():
	case x.Type() == varPtrType:
		if v := x.Interface().(*Var); v != nil {
			ref(v)
		}
	case x.Type() == withMgrType:
		if m := x.Interface().(*WithMgr); m != nil {
			ref(m.Mgr)
		}
	case x.Kind() == reflect.Interface && x.Type() == exprType:
		if !x.IsNil() && own != nil {
			f.exprCensus(x.Interface().(ast.Expr), own, ref)
		}
	case x.Kind() == reflect.Pointer && x.Type().Elem().Kind() == reflect.Struct && x.Type().Elem().PkgPath() == varPtrType.Elem().PkgPath():
		if x.IsNil() {
			return
		}
		s := x.Elem()
		for i := 0; i < s.NumField(); i++ {
			ft := s.Type().Field(i).Type
			if ft == reflect.TypeOf((*Block)(nil)) || ft == reflect.TypeOf((*Func)(nil)) {
				continue
			}
			f.census(s.Field(i), own, ref)
		}
	}
}

// exprCensus calls ref for each variable an expression mentions: names of
// f's variables (also inside lambdas, which capture them) and temporaries
// substituted for sub-expressions. A substituted root is looked into only
// when the instruction computes it (a spill writes the temporary, which it
// names directly, in own); lowered comprehensions are built by other
// instructions, and a walrus target is written, not mentioned.
func (f *Func) exprCensus(e ast.Expr, own map[*Var]bool, ref func(*Var)) {
	ast.Inspect(e, func(n ast.Node) bool {
		x, ok := n.(ast.Expr)
		if !ok {
			return n != nil
		}
		if v, ok := f.Subst[x]; ok {
			ref(v)
			if x != e || !own[v] || f.Comps[x] {
				return false
			}
		}
		switch x := x.(type) {
		case *ast.Name:
			if v := f.symVarOf(x); v != nil {
				ref(v)
			}
		case *ast.NamedExpr:
			f.exprCensus(x.Value, own, ref)
			return false
		case *ast.FString:
			fields := f.Fields[x]
			if fields == nil {
				return true
			}
			for i, p := range x.Parts {
				if fields[i] != nil {
					ref(fields[i])
					continue
				}
				if p.Expr != nil {
					f.exprCensus(p.Expr, own, ref)
				}
				if p.Spec != nil {
					f.exprCensus(p.Spec, own, ref)
				}
			}
			return false
		}
		return true
	})
}
