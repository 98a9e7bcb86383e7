package ir

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
)

type loopCtx struct {
	brk, cont *Block
	// fins is the number of enclosing finally contexts outside the loop:
	// break and continue run the cleanups of those inside it.
	fins int
}

type builder struct {
	info    *check.Info
	f       *Func
	cur     *Block
	handler *Block
	loops   []loopCtx
	excVars []*Var // exception temporaries of the enclosing except clauses
	// fins are the enclosing try/finally and with statements (see try.go).
	fins []*finCtx
	// retVar holds a return value while finally blocks run.
	retVar *Var
	// handling are the exceptions being handled by the enclosing except
	// clauses and finally blocks (implicit chaining, see try.go).
	handling []*Var
	// owned are the locals that own the generators they hold (owned.go):
	// closed when rebound, deleted, or when the function returns.
	owned []*Var
}

// Build lowers a checked function (or the module body, for info.Module)
// and its nested functions.
func Build(info *check.Info, fi *check.FuncInfo, name string) *Func {
	f := newFunc(info, fi, name)
	b := &builder{info: info, f: f}
	for _, sym := range fi.Locals {
		if sym.Comp {
			continue // declared where a comprehension is lowered into loops
		}
		v := b.symVar(sym)
		v.Param = sym.Param
	}
	for _, sym := range ownedGenerators(info, fi) {
		b.owned = append(b.owned, b.symVar(sym))
	}
	for _, sym := range fi.Free {
		v := b.symVar(sym)
		v.Kind = VarFree
		v.Cell = true
	}
	for _, n := range fi.Nested {
		if n.Lambda != nil {
			f.Lambdas[n.Lambda] = Build(info, n, names.Positional(hint(fi)+"_lambda", n.Lambda.Pos.Line, n.Lambda.Pos.Col))
		}
	}
	b.cur = b.newBlock()
	var body []ast.Stmt
	switch {
	case fi.Def != nil:
		body = fi.Def.Body
	case fi.Lambda != nil:
		b.cur.Term = &Return{Pos: fi.Lambda.Pos, Value: fi.Lambda.Body}
		b.lowerExpr(fi.Lambda.Body)
	}
	b.stmts(body)
	if b.cur != nil && b.cur.Term == nil {
		b.closeOwned()
		b.cur.Term = &Return{}
	}
	f.prune()
	f.unbound() // unbound.go
	f.liveness()
	for _, vs := range f.Defaults {
		for _, v := range vs {
			if v != nil {
				v.InFrame = true // read by calls, which are not IR uses
			}
		}
	}
	f.mustVerify()
	return f
}

// defaults evaluates the default values of nested def s (at the def, as
// Python does) into temporaries recorded in f.Defaults.
func (b *builder) defaults(fi *check.FuncInfo, s *ast.FuncDef) {
	var vars []*Var
	i := 0
	for _, p := range s.Params {
		if p.Default != nil && i < len(fi.Sig.Params) {
			if vars == nil {
				vars = make([]*Var, len(fi.Sig.Params))
			}
			t := b.temp(fi.Sig.Params[i].Type)
			b.lowerExpr(p.Default)
			b.emit(&SetVar{Pos: p.Pos, Var: t, Value: p.Default, Conv: fi.Sig.Params[i].Type})
			vars[i] = t
		}
		i++
	}
	if vars != nil {
		if b.f.Defaults == nil {
			b.f.Defaults = map[*check.FuncInfo][]*Var{}
		}
		b.f.Defaults[fi] = vars
	}
}

// boundDefaults returns the default values of fi that BindDefaults
// evaluates.
func boundDefaults(fi *check.FuncInfo) []ast.Expr {
	var ds []ast.Expr
	if fi.Def == nil {
		return nil
	}
	for _, p := range fi.Def.Params {
		if p.Default != nil && BoundDefault(p.Default) {
			ds = append(ds, p.Default)
		}
	}
	return ds
}

// methodsBindingDefaults returns the methods of the class cd defines that
// have defaults for BindDefaults, in source order.
func methodsBindingDefaults(info *check.Info, cd *ast.ClassDef) []*check.FuncInfo {
	var fis []*check.FuncInfo
	for _, st := range cd.Body {
		if d, ok := st.(*ast.FuncDef); ok {
			if fi := info.Funcs[d]; fi != nil && len(boundDefaults(fi)) > 0 {
				fis = append(fis, fi)
			}
		}
	}
	return fis
}

// bindDefaults lowers the evaluation of the defaults of fis where their
// def runs.
func (b *builder) bindDefaults(pos ast.Pos, fis []*check.FuncInfo) {
	for _, fi := range fis {
		for _, d := range boundDefaults(fi) {
			b.lowerExpr(d)
		}
	}
	b.emit(&BindDefaults{Pos: pos, Funcs: fis})
}

// hint is the readable part of the generated names of functions nested
// in fi (see names.Positional).
func hint(fi *check.FuncInfo) string {
	if fi.Lambda != nil {
		return "lambda"
	}
	return names.User(fi.Name)
}

// BuildModule lowers module-level statements as a function.
func BuildModule(info *check.Info, body []ast.Stmt) *Func {
	f := newFunc(info, info.Module, names.Temp("main", -1))
	b := &builder{info: info, f: f}
	for _, n := range info.Module.Nested {
		if n.Lambda != nil {
			f.Lambdas[n.Lambda] = Build(info, n, names.Positional("lambda", n.Lambda.Pos.Line, n.Lambda.Pos.Col))
		}
	}
	b.cur = b.newBlock()
	var stmts []ast.Stmt
	for _, s := range body {
		switch s := s.(type) {
		case *ast.FuncDef:
			if fi := info.Funcs[s]; fi != nil && (fi.Decorated != nil || len(boundDefaults(fi)) > 0) {
				stmts = append(stmts, s) // lowered to BindDefaults and Decorate (stmt)
			}
			continue
		case *ast.ClassDef:
			if len(methodsBindingDefaults(info, s)) > 0 {
				stmts = append(stmts, s) // lowered to BindDefaults (stmt)
			}
			continue
		case *ast.Import, *ast.ImportFrom:
			continue
		}
		stmts = append(stmts, s)
	}
	b.stmts(stmts)
	if b.cur != nil && b.cur.Term == nil {
		b.cur.Term = &Return{}
	}
	f.prune()
	f.liveness()
	f.mustVerify()
	return f
}

func newFunc(info *check.Info, fi *check.FuncInfo, name string) *Func {
	return &Func{Info: fi, Name: name, info: info, Subst: map[ast.Expr]*Var{}, Types: map[ast.Expr]check.Type{}, SymVars: map[*check.Symbol]*Var{},
		Comps: map[ast.Expr]bool{}, Lambdas: map[*ast.Lambda]*Func{}, Fields: map[*ast.FString][]*Var{}}
}

func (b *builder) symVar(sym *check.Symbol) *Var {
	if v, ok := b.f.SymVars[sym]; ok {
		return v
	}
	v := &Var{ID: len(b.f.Vars), Name: SymName(sym), Type: sym.Type, Sym: sym, Cell: sym.Captured}
	b.f.Vars = append(b.f.Vars, v)
	b.f.SymVars[sym] = v
	return v
}

func (b *builder) temp(t check.Type) *Var { return b.f.newTemp(t) }

func (b *builder) newBlock() *Block {
	bl := &Block{ID: len(b.f.Blocks), Handler: b.handler}
	b.f.Blocks = append(b.f.Blocks, bl)
	return bl
}

func (b *builder) emit(in Instr) {
	if b.cur == nil {
		b.cur = b.newBlock() // unreachable code
	}
	b.cur.Instrs = append(b.cur.Instrs, in)
}

func (b *builder) term(t Term) {
	if b.cur == nil {
		b.cur = b.newBlock()
	}
	b.cur.Term = t
	b.cur = nil
}

func (b *builder) jump(to *Block) {
	if b.cur != nil {
		b.term(&Jump{To: to})
	}
}

func (b *builder) stmts(body []ast.Stmt) {
	for _, s := range body {
		b.stmt(s)
	}
}

func (b *builder) stmt(st ast.Stmt) {
	if b.cur == nil {
		b.cur = b.newBlock() // code after return/break: unreachable, pruned later
	}
	if b.cur.Pos.Line == 0 {
		b.cur.Pos = st.Position()
	}
	switch s := st.(type) {
	case *ast.ExprStmt:
		if _, ok := s.Value.(*ast.EllipsisLit); ok {
			return // "...": nothing to do
		}
		if n, ok := s.Value.(*ast.Name); ok {
			if sym := b.info.Uses[n]; sym != nil && sym.Kind != check.SymVar && sym.Kind != check.SymClassVar {
				return // a bare class, type, built-in, module or function name: its lookup cannot fail
			}
		}
		if b.yieldStmt(s.Value) { // gen.go
			return
		}
		if aw, ok := s.Value.(*ast.Await); ok {
			b.lowerExpr(aw.Value)
			b.await(aw, nil)
			return
		}
		b.lowerExpr(s.Value)
		b.emit(&Eval{Pos: s.Pos, Expr: s.Value})
	case *ast.Pass, *ast.Global, *ast.Nonlocal:
	case *ast.Assign:
		b.lowerExpr(s.Value)
		if targetsAwait(s.Targets) {
			b.assignAwaitingTargets(s)
			return
		}
		for _, t := range s.Targets {
			b.lowerTarget(t)
		}
		if len(s.Targets) == 1 {
			b.emit(&Assign{Pos: s.Pos, Target: s.Targets[0], Value: b.dropOwned(s.Targets[0], s.Value)})
			return
		}
		t := b.temp(b.info.Types[s.Value])
		b.emit(&SetVar{Pos: s.Pos, Var: t, Value: s.Value})
		for _, tg := range s.Targets {
			b.emit(&Assign{Pos: s.Pos, Target: tg, Value: b.varExpr(t, s.Value)})
		}
	case *ast.AnnAssign:
		if s.Value == nil {
			return
		}
		b.lowerExpr(s.Value)
		b.lowerTarget(s.Target)
		b.emit(&Assign{Pos: s.Pos, Target: s.Target, Value: b.dropOwned(s.Target, s.Value)})
	case *ast.AugAssign:
		if !HasAwait(s.Value) && HasAwait(s.Target) {
			// c[await k()] += 1: the target's parts are evaluated (and
			// spilled) before its index awaits, as for any subscript.
			switch t := s.Target.(type) {
			case *ast.Subscript:
				b.lowerExpr(t)
			case *ast.Attribute:
				b.lowerExpr(t.Value)
			}
		}
		old := b.augOld(s)
		b.lowerExpr(s.Value)
		b.emit(&AugAssign{Pos: s.Pos, Target: s.Target, Op: s.Op, Value: s.Value, Old: old})
	case *ast.Delete:
		for _, t := range s.Targets {
			if sub, ok := t.(*ast.Subscript); ok {
				// del d[await k()]: the container is evaluated (spilled)
				// before the index awaits, as for any subscript.
				b.lowerExpr(sub)
			}
			if v := b.ownedVar(t); v != nil {
				b.emit(ownedClose(v))
			}
			b.emit(&Delete{Pos: s.Pos, Target: t})
		}
	case *ast.Return:
		if s.Value != nil {
			b.lowerExpr(s.Value)
		}
		b.returnOut(s.Pos, s.Value)
	case *ast.If:
		b.lowerExpr(s.Test)
		then, join := b.newBlock(), b.newBlock()
		els := join
		if len(s.Orelse) > 0 {
			els = b.newBlock()
		}
		b.term(&Branch{Pos: s.Pos, Cond: s.Test, Then: then, Else: els})
		b.cur = then
		b.stmts(s.Body)
		b.jump(join)
		if len(s.Orelse) > 0 {
			b.cur = els
			b.stmts(s.Orelse)
			b.jump(join)
		}
		b.cur = join
	case *ast.While:
		head := b.newBlock()
		head.Pos = s.Pos
		b.jump(head)
		b.cur = head
		b.lowerExpr(s.Test)
		b.loopRest(s.Body, s.Orelse, head, func(body, els *Block) {
			if t, ok := s.Test.(*ast.BoolLit); ok && t.Value {
				// while True: the exit is reached only by break (the checker
				// takes a function ending in such a loop as returning).
				b.jump(body)
			} else {
				b.term(&Branch{Pos: s.Pos, Cond: s.Test, Then: body, Else: els})
			}
		})
	case *ast.For:
		if s.IsAsync {
			b.asyncFor(s) // gen.go
			return
		}
		gens, direct := b.loopGenerators(s.Iter) // gen.go
		if !direct && len(gens) == 0 && FreshIterMethod(b.info, b.info.Types[s.Iter], false) {
			direct = true // the loop alone holds what __iter__ made
		}
		b.lowerExpr(s.Iter)
		it := b.temp(b.info.Types[s.Iter])
		it.Kind = VarIter
		it.IterType = b.info.Types[s.Iter]
		b.emit(&IterInit{Pos: s.Pos, Iter: it, Src: s.Iter})
		if direct || len(gens) > 0 {
			b.protect(s.Pos, func() { b.forLoop(s, it) }, func() { b.closeLoopGenerators(it, gens, direct) })
			return
		}
		b.forLoop(s, it)
	case *ast.Break:
		l := b.loops[len(b.loops)-1]
		b.jumpOut(l.brk, l.fins)
	case *ast.Continue:
		l := b.loops[len(b.loops)-1]
		b.jumpOut(l.cont, l.fins)
	case *ast.Assert:
		b.lowerExpr(s.Test)
		ok, fail := b.newBlock(), b.newBlock()
		b.term(&Branch{Pos: s.Pos, Cond: s.Test, Then: ok, Else: fail})
		b.cur = fail
		if s.Msg != nil {
			b.lowerExpr(s.Msg)
		}
		b.term(&Raise{Pos: s.Pos, Exc: s.Msg, Assert: true})
		b.cur = ok
	case *ast.Raise:
		if s.Exc == nil {
			var ev *Var
			if len(b.excVars) > 0 {
				ev = b.excVars[len(b.excVars)-1]
			}
			b.term(&Raise{Pos: s.Pos, ExcVar: ev})
			return
		}
		b.lowerExpr(s.Exc)
		if s.Cause != nil {
			if HasAwait(s.Cause) {
				t := b.temp(b.info.Types[s.Exc])
				b.emit(&SetVar{Pos: s.Pos, Var: t, Value: s.Exc, Spill: true})
				b.f.Subst[s.Exc] = t
			}
			b.lowerExpr(s.Cause)
		}
		b.term(&Raise{Pos: s.Pos, Exc: s.Exc, Cause: s.Cause})
	case *ast.Try:
		b.try(s)
	case *ast.With:
		b.with(s)
	case *ast.ClassDef:
		if fis := methodsBindingDefaults(b.info, s); b.f.Info == b.info.Module && len(fis) > 0 {
			b.bindDefaults(s.Pos, fis)
			return
		}
		panic(fmt.Sprintf("ir: unexpected class statement at %v", s.Pos))
	case *ast.FuncDef:
		fi := b.info.Funcs[s]
		if b.f.Info == b.info.Module && fi.Parent == nil {
			if len(boundDefaults(fi)) > 0 {
				b.bindDefaults(s.Pos, []*check.FuncInfo{fi})
			}
			if fi.Decorated != nil {
				b.emit(&Decorate{Pos: s.Pos, Def: s, Info: fi})
			}
			return
		}
		b.defaults(fi, s)
		nf := Build(b.info, fi, names.Positional(hint(b.f.Info)+"_"+names.User(s.Name), s.Pos.Line, s.Pos.Col))
		b.f.Nested = append(b.f.Nested, nf)
		sym := b.info.Defs[s]
		b.emit(&DefFunc{Pos: s.Pos, Var: b.symVar(sym), Func: nf})
	default:
		panic(fmt.Sprintf("ir: unexpected statement %T", st))
	}
}

// varExpr makes an expression node standing for v: a fresh Name mapped in
// Subst, typed like like.
func (b *builder) varExpr(v *Var, like ast.Expr) ast.Expr {
	n := &ast.Name{Pos: like.Position(), ID: v.Name}
	b.f.Subst[n] = v
	b.f.Types[n] = v.Type
	return n
}

func (b *builder) await(aw *ast.Await, dst *Var) {
	b.f.Awaits++
	next := b.newBlock()
	next.Resume = true
	res := b.info.Types[aw]
	a := &Await{Pos: aw.Pos, Value: aw.Value, Dst: dst, Next: next, ID: b.f.Awaits, Result: res}
	next.AwaitFrom = a
	next.Pos = aw.Pos
	b.term(a)
	b.cur = next
}

// augOld reads the target of an augmented assignment whose value awaits
// before the await, as Python does (another task may change it
// meanwhile): the target's object and index are spilled, and its value
// read into the temporary returned. Plain locals, which no other code can
// change, are not read early. A list or set target is read early too: the
// in-place operator updates the object read then, which is stored back.
func (b *builder) augOld(s *ast.AugAssign) *Var {
	if !HasAwait(s.Value) {
		return nil
	}
	tt := b.info.Types[s.Target]
	spill := func(e ast.Expr) {
		b.lowerExpr(e)
		if _, done := b.f.Subst[e]; done || b.pure(e) {
			return
		}
		t := b.temp(b.info.Types[e])
		b.emit(&SetVar{Pos: e.Position(), Var: t, Value: e, Spill: true})
		b.f.Subst[e] = t
	}
	switch t := s.Target.(type) {
	case *ast.Name:
		if v := b.f.symVarOf(t); v != nil && !v.Cell && v.Kind == VarPlain {
			return nil
		}
	case *ast.Attribute:
		spill(t.Value)
	case *ast.Subscript:
		spill(t.Value)
		if sl, ok := t.Index.(*ast.Slice); ok { // xs[a:b] += await f(): its bounds
			for _, e := range []ast.Expr{sl.Lower, sl.Upper, sl.Step} {
				if e != nil {
					spill(e)
				}
			}
		} else {
			spill(t.Index)
		}
	default:
		return nil
	}
	old := b.temp(tt)
	b.emit(&SetVar{Pos: s.Pos, Var: old, Value: s.Target})
	return old
}

// targetsAwait reports whether an assignment target awaits (in a
// subscript's container or index, or an attribute's object).
func targetsAwait(ts []ast.Expr) bool {
	for _, t := range ts {
		if HasAwait(t) {
			return true
		}
	}
	return false
}

// assignAwaitingTargets lowers an assignment whose targets await, in
// Python's order: the value first, completely (held in a temporary), then
// each target's containers and indexes left to right, each spilled before
// a later one awaits, then the stores. (A tuple target's element stored
// before a later element awaits is stored after it here; only a later
// element reading an earlier one could tell.)
func (b *builder) assignAwaitingTargets(s *ast.Assign) {
	v := b.temp(b.info.Types[s.Value])
	b.emit(&SetVar{Pos: s.Pos, Var: v, Value: s.Value})
	var parts []ast.Expr
	var collect func(t ast.Expr)
	collect = func(t ast.Expr) {
		switch x := t.(type) {
		case *ast.Subscript:
			parts = append(parts, x.Value, x.Index)
		case *ast.Attribute:
			parts = append(parts, x.Value)
		case *ast.TupleExpr:
			for _, e := range x.Elems {
				collect(e)
			}
		case *ast.ListExpr:
			for _, e := range x.Elems {
				collect(e)
			}
		case *ast.Starred:
			collect(x.Value)
		}
	}
	for _, t := range s.Targets {
		collect(t)
	}
	b.lowerExpr(&ast.TupleExpr{Pos: s.Pos, Elems: parts}) // the generic operand order
	for _, tg := range s.Targets {
		b.emit(&Assign{Pos: s.Pos, Target: tg, Value: b.varExpr(v, s.Value)})
	}
}

// lowerTarget spills awaits out of assignment targets (subscript indexes).
func (b *builder) lowerTarget(t ast.Expr) {
	switch x := t.(type) {
	case *ast.Subscript:
		b.lowerExpr(x.Value)
		b.lowerExpr(x.Index)
	case *ast.Attribute:
		b.lowerExpr(x.Value)
	case *ast.TupleExpr:
		for _, e := range x.Elems {
			b.lowerTarget(e)
		}
	}
}

// HasAwait reports whether e contains an await (or a yield, or an async
// comprehension) outside lambdas.
func HasAwait(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case nil, *ast.Lambda:
			return false
		case ast.Expr:
			if isSuspend(x) { // await, yield, async comprehension (gen.go)
				found = true
			}
		}
		return !found
	})
	return found
}

// pure reports expressions that need no spilling: constants and names of
// functions, classes and modules.
func (b *builder) pure(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BytesLit, *ast.BoolLit, *ast.NoneLit:
		return true
	case *ast.Name:
		sym := b.info.Uses[x]
		return sym == nil || sym.Kind != check.SymVar
	case *ast.Attribute:
		if n, ok := x.Value.(*ast.Name); ok {
			if sym := b.info.Uses[n]; sym != nil && sym.Kind == check.SymModule {
				return true
			}
		}
	case *ast.Lambda:
		return true
	case *ast.Call:
		// super() reads the method's class and self, which no await changes.
		if n, ok := x.Func.(*ast.Name); ok && n.ID == "super" && len(x.Args) == 0 {
			return true
		}
	}
	return false
}

// lowerExpr normalises e so that it contains no await: awaits become
// suspension points whose results are substituted, and what Python
// evaluates before them is spilled into temporaries.
func (b *builder) lowerExpr(e ast.Expr) {
	if e == nil || !HasAwait(e) {
		return
	}
	if _, done := b.f.Subst[e]; done {
		return
	}
	if b.lowerYield(e) { // gen.go
		return
	}
	switch x := e.(type) {
	case *ast.Await:
		b.spillKeywordOrder(x.Value)
		b.lowerExpr(x.Value)
		t := b.temp(b.info.Types[x])
		b.await(x, t)
		b.f.Subst[x] = t
		return
	case *ast.BoolOp:
		res := b.info.Types[x]
		r := b.temp(res)
		join := b.newBlock()
		for i, v := range x.Values {
			b.lowerExpr(v)
			if i < len(x.Values)-1 && x.Op == "or" && b.orOptionalOperand(x, v, r, join) {
				continue
			}
			if i < len(x.Values)-1 && x.Op == "and" && b.andNoneOperand(x, v, r, join) {
				continue
			}
			b.emit(&SetVar{Pos: x.Pos, Var: r, Value: v, Conv: b.info.Conv[v]})
			if i == len(x.Values)-1 {
				b.jump(join)
				break
			}
			next := b.newBlock()
			cond := b.varExpr(r, v)
			if x.Op == "and" {
				b.term(&Branch{Pos: x.Pos, Cond: cond, Then: next, Else: join})
			} else {
				b.term(&Branch{Pos: x.Pos, Cond: cond, Then: join, Else: next})
			}
			b.cur = next
		}
		b.cur = join
		b.f.Subst[x] = r
		return
	case *ast.Compare:
		if len(x.Ops) > 1 && chainAwaitsLate(x) {
			b.compareChain(x)
			return
		}
	case *ast.IfExp:
		r := b.temp(b.info.Types[x])
		b.lowerExpr(x.Test)
		then, els, join := b.newBlock(), b.newBlock(), b.newBlock()
		b.term(&Branch{Pos: x.Pos, Cond: x.Test, Then: then, Else: els})
		b.cur = then
		b.lowerExpr(x.Body)
		b.emit(&SetVar{Pos: x.Pos, Var: r, Value: x.Body, Conv: b.info.Conv[x.Body]})
		b.jump(join)
		b.cur = els
		b.lowerExpr(x.Orelse)
		b.emit(&SetVar{Pos: x.Pos, Var: r, Value: x.Orelse, Conv: b.info.Conv[x.Orelse]})
		b.jump(join)
		b.cur = join
		b.f.Subst[x] = r
		return
	case *ast.ListComp:
		b.comprehension(x, x.Gens, nil, x.Elt)
		return
	case *ast.SetComp:
		b.comprehension(x, x.Gens, nil, x.Elt)
		return
	case *ast.DictComp:
		b.comprehension(x, x.Gens, x.Key, x.Value)
		return
	case *ast.GeneratorExp:
		if ag := b.info.AsyncGenExps[x]; ag != nil {
			// An asynchronous generator expression: the nested async
			// generator function it stands for (check/asyncgenexp.go),
			// defined and called with the first iterable here.
			fi := b.info.Funcs[ag.Def]
			nf := Build(b.info, fi, names.Positional(hint(b.f.Info)+"_genexpr", x.Pos.Line, x.Pos.Col))
			b.f.Nested = append(b.f.Nested, nf)
			b.emit(&DefFunc{Pos: x.Pos, Var: b.symVar(ag.Sym), Func: nf})
			b.lowerExpr(ag.Call)
			t := b.temp(b.info.Types[x])
			b.emit(&SetVar{Pos: x.Pos, Var: t, Value: ag.Call})
			b.f.Subst[x] = t
			return
		}
		if awaitsFirstIterOnly(x) {
			// sum(f.size for f in await listing()): the first iterable is
			// evaluated here; the generator stays lazy (codegen's
			// lazyGenExp reads the substituted iterable).
			b.lowerExpr(x.Gens[0].Iter)
			return
		}
		b.comprehension(x, x.Gens, nil, x.Elt)
		return
	case *ast.FString:
		b.fstring(x)
		return
	}
	// Generic node: evaluate children in order. Every operand that comes
	// before the last one containing an await is evaluated completely
	// before that await suspends: spilled into a temporary, after its
	// own awaits (if any) have been lowered. This is the one place that
	// fixes operand evaluation order across suspension points.
	kids := Operands(e)
	last := -1
	for i, k := range kids {
		if HasAwait(k) {
			last = i
		}
	}
	// Starred arguments unpack at their position, except a lone one:
	// CPython passes f(*xs, k=...) its iterable as is and makes the
	// tuple when it calls (after the keyword values).
	starred := map[ast.Expr]*ast.Starred{}
	if c, ok := e.(*ast.Call); !ok || len(c.Args) != 1 {
		for _, k := range children(e) {
			if s, ok := k.(*ast.Starred); ok {
				starred[s.Value] = s
			}
		}
	}
	for i, k := range kids {
		if i > last {
			break
		}
		if HasAwait(k) {
			b.lowerExpr(k)
		}
		if i == last {
			continue
		}
		if s := starred[k]; s != nil {
			b.snapshot(s)
			continue
		}
		b.spill(k)
	}
	b.aliasViaReceiver(e)
}

// aliasViaReceiver: a call generated as the call it stands for
// (check.Info.CallVia) may read copies of the original call's operands,
// which must read the temporaries those operands were spilled to before a
// later argument's await:
//   - a call through a variable (or element) holding a bound method of a
//     built-in type (`schedule = loop.call_soon; schedule(await f(), 1)`)
//     has a copy of the callee as its receiver;
//   - dataclasses.replace(obj, f=await g()) is the construction
//     Cls(f=..., other=obj.other) reading copies of obj (an item or
//     attribute chain), which is evaluated before the await.
func (b *builder) aliasViaReceiver(e ast.Expr) {
	c, ok := e.(*ast.Call)
	if !ok {
		return
	}
	via := b.info.CallVia[c]
	if via == nil {
		return
	}
	if _, ok := b.info.Types[c.Func].(*check.BoundMethod); ok {
		at, ok := via.Func.(*ast.Attribute)
		if !ok || at.Value == c.Func {
			return
		}
		if t, ok := b.f.Subst[c.Func]; ok {
			b.f.Subst[at.Value] = t
		}
		return
	}
	if len(c.Args) != 1 {
		return
	}
	t, ok := b.f.Subst[c.Args[0]]
	if !ok {
		return
	}
	for _, k := range via.Keywords {
		if at, ok := k.Value.(*ast.Attribute); ok && at.Value != c.Args[0] && sameRef(at.Value, c.Args[0]) {
			b.f.Subst[at.Value] = t
		}
	}
}

// sameRef reports whether a is a copy of the reference b (a name, an
// attribute chain or an item of one, as check's copyRef makes it).
func sameRef(a, b ast.Expr) bool {
	switch x := a.(type) {
	case *ast.Name:
		y, ok := b.(*ast.Name)
		return ok && x.ID == y.ID && x.Pos == y.Pos
	case *ast.Attribute:
		y, ok := b.(*ast.Attribute)
		return ok && x.Attr == y.Attr && x.Pos == y.Pos && sameRef(x.Value, y.Value)
	case *ast.Subscript:
		y, ok := b.(*ast.Subscript)
		return ok && x.Pos == y.Pos && sameRef(x.Value, y.Value) && (x.Index == y.Index || sameRef(x.Index, y.Index))
	}
	return false
}

// chainAwaitsLate reports whether an operand of a comparison chain after
// the first two contains an await: Python evaluates it only when the
// comparisons before it hold.
func chainAwaitsLate(x *ast.Compare) bool {
	for _, c := range x.Comparators[1:] {
		if HasAwait(c) {
			return true
		}
	}
	return false
}

// compareChain lowers a < b < c whose later operands await as the
// short-circuit it is: a < b and b < c, with b evaluated once (spilled),
// each comparison a synthetic two-operand Compare of the chain's own
// operands.
func (b *builder) compareChain(x *ast.Compare) {
	res := b.info.Types[x]
	r := b.temp(res)
	join := b.newBlock()
	opnds := append([]ast.Expr{x.Left}, x.Comparators...)
	b.lowerExpr(opnds[0])
	b.spill(opnds[0])
	for i, op := range x.Ops {
		next := opnds[i+1]
		b.lowerExpr(next)
		if i+1 < len(x.Ops) {
			b.spill(next) // compared twice, evaluated once
		}
		pair := &ast.Compare{Pos: x.Pos, Left: opnds[i], Ops: []string{op}, Comparators: []ast.Expr{next}}
		b.f.Types[pair] = res
		b.emit(&SetVar{Pos: x.Pos, Var: r, Value: pair})
		if i == len(x.Ops)-1 {
			b.jump(join)
			break
		}
		more := b.newBlock()
		b.term(&Branch{Pos: x.Pos, Cond: b.varExpr(r, x), Then: more, Else: join})
		b.cur = more
	}
	b.cur = join
	b.f.Subst[x] = r
}

// spill evaluates e into a temporary now (after lowering its own awaits),
// unless it needs none: constants, names of functions, classes and
// modules, and expressions already substituted (awaits, lowered
// short-circuits and comprehensions).
func (b *builder) spill(e ast.Expr) {
	if b.pure(e) {
		return
	}
	if _, done := b.f.Subst[e]; done {
		return
	}
	t := b.temp(b.info.Types[e])
	b.emit(&SetVar{Pos: e.Position(), Var: t, Value: e, Spill: true})
	b.f.Subst[e] = t
}

// snapshot unpacks a starred argument evaluated before a later argument's
// await: Python unpacks *xs at its position, so a mutable container (or
// an iterator, which may run code) is copied into a new list then, held
// by a temporary substituted for the Starred node. Immutable values
// (tuples, strings, bytes, ranges) are spilled as they are.
func (b *builder) snapshot(s *ast.Starred) {
	var elem check.Type
	switch t := b.info.Types[s.Value].(type) {
	case *check.List:
		elem = t.Elem
	case *check.Set:
		elem = t.Elem
	case *check.Dict:
		elem = t.Key
	case *check.Iterator:
		elem = t.Elem
	case *check.Generator:
		if !t.Async {
			elem = t.Yield
		}
	}
	if elem == nil {
		b.spill(s.Value)
		return
	}
	t := b.temp(&check.List{Elem: elem})
	b.emit(&SetVar{Pos: s.Pos, Var: t, Value: s, Spill: true})
	b.f.Subst[s] = t
}

// fstring lowers an f-string containing awaits. Python formats each
// replacement field (conversion, format spec, __format__) when it reaches
// it, so every field before the last one containing an await is
// formatted into a string temporary before that await (Func.Fields); the
// fields of a format spec are handled the same way, recursively.
func (b *builder) fstring(x *ast.FString) {
	if !HasAwait(x) {
		return
	}
	last := -1
	for i, p := range x.Parts {
		if p.Expr != nil && (HasAwait(p.Expr) || p.Spec != nil && HasAwait(p.Spec)) {
			last = i
		}
	}
	fields := make([]*Var, len(x.Parts))
	for i, p := range x.Parts {
		if i > last {
			break
		}
		if p.Expr == nil {
			continue
		}
		b.lowerExpr(p.Expr)
		if p.Spec != nil && HasAwait(p.Spec) {
			b.spill(p.Expr) // evaluated before the spec's awaits
			b.fstring(p.Spec)
		}
		if i == last {
			continue
		}
		one := &ast.FString{Pos: p.Expr.Position(), Parts: []ast.FStringPart{p}}
		b.f.Types[one] = check.Str
		t := b.temp(check.Str)
		b.emit(&SetVar{Pos: p.Expr.Position(), Var: t, Value: one, Spill: true})
		fields[i] = t
	}
	b.f.Fields[x] = fields
}

// spillKeywordOrder evaluates the arguments of an awaited call whose
// keyword arguments are not in parameter order (co(b=f(), a=g())) into
// temporaries, in source order, before the call: the coroutine's frame
// takes its arguments in parameter order, and Python evaluates them as
// written.
func (b *builder) spillKeywordOrder(e ast.Expr) {
	x, ok := e.(*ast.Call)
	if !ok || len(x.Keywords) == 0 {
		return
	}
	var sig *check.Func
	switch f := b.info.Types[x.Func].(type) {
	case *check.Func:
		sig = f
	case *check.BoundMethod:
		if f.Method != nil {
			sig = f.Method.Sig
		}
	}
	if sig == nil {
		return
	}
	bound, ok := b.info.Args[x] // as the checker bound them
	if !ok || len(bound) != len(sig.Params) {
		return
	}
	pos := map[ast.Expr]int{}
	for i, a := range bound {
		if a != nil {
			pos[a] = i
		}
	}
	src := append([]ast.Expr(nil), x.Args...)
	for _, k := range x.Keywords {
		src = append(src, k.Value)
	}
	inOrder := true
	for i, a := range src {
		if _, star := a.(*ast.Starred); star {
			return
		}
		if _, ok := pos[a]; !ok {
			return
		}
		if i > 0 && pos[a] < pos[src[i-1]] {
			inOrder = false
		}
	}
	if inOrder {
		return
	}
	for _, a := range src {
		if b.pure(a) {
			continue
		}
		b.lowerExpr(a)
		if _, done := b.f.Subst[a]; done {
			continue
		}
		t := b.temp(b.info.Types[a])
		b.emit(&SetVar{Pos: a.Position(), Var: t, Value: a, Spill: true})
		b.f.Subst[a] = t
	}
}

// Operands is children(e) with the operands of starred arguments,
// slices and f-string format specs in their place: those are not values
// of their own, and Python evaluates their parts in order with the other
// operands.
func Operands(e ast.Expr) []ast.Expr {
	var out []ast.Expr
	_, inFString := e.(*ast.FString)
	for _, k := range children(e) {
		switch x := k.(type) {
		case *ast.FString:
			if inFString { // a format spec
				out = append(out, Operands(x)...)
			} else {
				out = append(out, k)
			}
		case *ast.Starred:
			out = append(out, x.Value)
		case *ast.Slice:
			for _, p := range []ast.Expr{x.Lower, x.Upper, x.Step} {
				if p != nil {
					out = append(out, p)
				}
			}
		default:
			out = append(out, k)
		}
	}
	return out
}

// children lists the operands of e in evaluation order (ast.Walk's
// order). For a method call the receiver stands in for the callee (the
// bound method is not a value of its own); a keyword argument stands for
// its value; the target of a walrus is not an operand. The operands of
// short-circuiting forms, comprehensions and lambdas are not evaluated
// unconditionally: lowerExpr handles those before it gets here.
func children(e ast.Expr) []ast.Expr {
	var out []ast.Expr
	for _, n := range ast.Children(e) {
		switch x := n.(type) {
		case *ast.Keyword:
			out = append(out, x.Value)
		case ast.Expr:
			if at, ok := x.(*ast.Attribute); ok {
				if c, isCall := e.(*ast.Call); isCall && c.Func == x {
					out = append(out, at.Value)
					continue
				}
			}
			if ne, ok := e.(*ast.NamedExpr); ok && x == ast.Expr(ne.Target) {
				continue
			}
			out = append(out, x)
		default:
			panic(fmt.Sprintf("ir: unexpected operand %T of %T", n, e))
		}
	}
	return out
}

// comprehension lowers a comprehension containing awaits into loops that
// build the result in a temporary.
func (b *builder) comprehension(e ast.Expr, gens []*ast.Comprehension, key, elt ast.Expr) {
	rt := b.info.Types[e]
	if it, ok := rt.(*check.Iterator); ok {
		rt = &check.List{Elem: it.Elem} // a generator expression with awaits is built eagerly
	}
	r := b.temp(rt)
	b.f.Comps[e] = true
	b.emit(&SetVar{Pos: e.Position(), Var: r, Value: e, Empty: true})
	exit := b.newBlock()
	var rec func(i int, outerExit *Block)
	rec = func(i int, outerExit *Block) {
		if i == len(gens) {
			if key != nil {
				b.lowerExpr(key)
			}
			b.lowerExpr(elt)
			b.emit(&Append{Pos: e.Position(), Var: r, Key: key, Value: elt})
			return
		}
		g := gens[i]
		for _, sym := range b.info.CompSyms[g] {
			b.symVar(sym)
		}
		var head, body, done *Block
		if g.IsAsync {
			head, body, done = b.asyncCompLoop(g) // gen.go
		} else {
			b.lowerExpr(g.Iter)
			it := b.temp(b.info.Types[g.Iter])
			it.Kind = VarIter
			it.IterType = b.info.Types[g.Iter]
			b.emit(&IterInit{Pos: g.Pos, Iter: it, Src: g.Iter})
			head = b.newBlock()
			b.jump(head)
			body, done = b.newBlock(), b.newBlock()
			b.cur = head
			b.term(&ForNext{Pos: g.Pos, Iter: it, Target: g.Target, Body: body, Exit: done})
			b.cur = body
		}
		for _, cond := range g.Ifs {
			b.lowerExpr(cond)
			ok := b.newBlock()
			b.term(&Branch{Pos: g.Pos, Cond: cond, Then: ok, Else: head})
			b.cur = ok
		}
		rec(i+1, done)
		b.jump(head)
		b.cur = done
	}
	rec(0, exit)
	b.jump(exit)
	b.cur = exit
	b.f.Subst[e] = r
}

// forLoop lowers a for loop whose iterator is already in it.
func (b *builder) forLoop(s *ast.For, it *Var) {
	head := b.newBlock()
	head.Pos = s.Pos
	b.jump(head)
	b.loopRest(s.Body, s.Orelse, head, func(body, els *Block) {
		b.cur = head
		b.term(&ForNext{Pos: s.Pos, Iter: it, Target: s.Target, Body: body, Exit: els})
	})
}

// loopRest lowers the body and else clause of a while, for or async for
// loop whose head is head: term ends the block testing the condition or
// stepping the iterator, going to body for the next pass and to els when
// the loop ends without break.
func (b *builder) loopRest(stmts, orelse []ast.Stmt, head *Block, term func(body, els *Block)) {
	body, exit := b.newBlock(), b.newBlock()
	els := exit
	if len(orelse) > 0 {
		els = b.newBlock()
	}
	term(body, els)
	b.loops = append(b.loops, loopCtx{brk: exit, cont: head, fins: len(b.fins)})
	b.cur = body
	b.stmts(stmts)
	b.jump(head)
	b.loops = b.loops[:len(b.loops)-1]
	if len(orelse) > 0 {
		b.cur = els
		b.stmts(orelse)
		b.jump(exit)
	}
	b.cur = exit
}

// andNoneOperand lowers an operand of `and` whose values other than None
// are never false (check.Info.AndNone): a T | None is evaluated into its
// own temporary, and None stores None into the result r and ends the
// expression; a T is only evaluated. It reports whether it handled v.
func (b *builder) andNoneOperand(x *ast.BoolOp, v ast.Expr, r *Var, join *Block) bool {
	opt, ok := b.info.AndNone[v]
	if !ok {
		return false
	}
	if !opt {
		b.emit(&Eval{Pos: x.Pos, Expr: v})
		return true
	}
	tv := b.temp(b.info.Types[v])
	b.emit(&SetVar{Pos: x.Pos, Var: tv, Value: v})
	next, none := b.newBlock(), b.newBlock()
	b.term(&Branch{Pos: x.Pos, Cond: b.varExpr(tv, v), Then: next, Else: none})
	b.cur = none
	nl := &ast.NoneLit{Pos: x.Pos}
	b.f.Types[nl] = check.None
	b.emit(&SetVar{Pos: x.Pos, Var: r, Value: nl, Conv: r.Type})
	b.jump(join)
	b.cur = next
	return true
}

// orOptionalOperand lowers an operand of `or` typed T | None whose result
// is a plain T (mypy drops None from the left operands of `or`): the
// operand is evaluated into its own temporary and tested there (None and a
// falsy T go on to the next operand); only a truthy T is stored into the
// result r. It reports whether it handled v.
func (b *builder) orOptionalOperand(x *ast.BoolOp, v ast.Expr, r *Var, join *Block) bool {
	o, ok := b.info.Types[v].(*check.Optional)
	if !ok {
		return false
	}
	if _, opt := check.Unalias(r.Type).(*check.Optional); opt || o.Elem == nil || !check.Identical(o.Elem, r.Type) {
		return false
	}
	tv := b.temp(o)
	b.emit(&SetVar{Pos: x.Pos, Var: tv, Value: v})
	take, next := b.newBlock(), b.newBlock()
	b.term(&Branch{Pos: x.Pos, Cond: b.varExpr(tv, v), Then: take, Else: next})
	b.cur = take
	b.emit(&SetVar{Pos: x.Pos, Var: r, Value: b.varExpr(tv, v), Conv: r.Type})
	b.jump(join)
	b.cur = next
	return true
}

// awaitsFirstIterOnly reports a generator expression whose awaits all lie
// in its first iterable, which Python evaluates where the expression is
// written: a plain (lazy) generator.
func awaitsFirstIterOnly(x *ast.GeneratorExp) bool {
	if HasAwait(x.Elt) {
		return false
	}
	for i, g := range x.Gens {
		if g.IsAsync || i > 0 && HasAwait(g.Iter) {
			return false
		}
		for _, c := range g.Ifs {
			if HasAwait(c) {
				return false
			}
		}
	}
	return true
}
