package ir

// Lowering of try/except/else/finally and of with statements.
//
// Exceptions travel as Go panics; a block's Handler says where one raised
// while the block runs resumes (codegen installs a recover that jumps to
// the handler's resume label). Everything else that leaves a protected
// region -- falling off its end, break, continue, return -- is an ordinary
// jump, so cleanup code is reached through pending-completion records
// (Roslyn's pendingBranch, Go's rangefunc #next):
//
//	try:                      b0:  ...body...            handler=land
//	    BODY                       code = 0; exc = nil; goto fin
//	finally:                  land: exc = current exception; code = 1
//	    FIN                        goto fin
//	                          fin: ...FIN...              handler=pad
//	                               switch code { 1: raise exc
//	                                             2: return retVar
//	                                             3: goto <break target> ... }
//	                               goto after
//	                          pad: e = current exception
//	                               e.__context__ = exc (if unset); raise e
//
// code and exc are ordinary variables: liveness puts them in the frame when
// FIN awaits, so a finally can suspend, and a cancellation that arrives at
// any await of BODY is just an exception that lands in `land`. A break,
// continue or return that leaves several finally blocks sets the innermost
// one's code; its replay block re-does the jump one level out (jumpOut), so
// each finally only knows its own exits. A return stores its value in
// retVar first. `return`, `break` or `continue` inside FIN leave it with
// an ordinary jump at the outer level, dropping the pending record: a
// return in finally overrides an exception, as in Python.
//
// An except clause body gets a context pad too: an exception escaping it
// gets the handled exception as __context__ (implicit chaining).
//
// `with m as v: BODY` (and async with) is
//
//	mgr = m; val = mgr.__enter__()      (await for async with)
//	try: v = val; BODY                  handler=land, cleanup via codes
//	land: e = current exception
//	      if mgr.__exit__(e): goto after  (suppressed)
//	      raise e
//	fin:  mgr.__exit__(None); switch code {...}; goto after
//
// so only normal exits and jumps run the finally-like cleanup, and the
// exceptional exit calls __exit__ once with the exception.

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// Pending-completion codes of a finally context.
const (
	codeNormal = iota // fell off the end: continue after the statement
	codeRaise         // an exception is pending: re-raise it
	codeReturn        // a return is pending (value in the function's retVar)
	codeJump0         // codeJump0+i: a break/continue to jumps[i]
)

// finCtx is an enclosing try/finally or with statement whose cleanup must
// run before control leaves it.
type finCtx struct {
	code  *Var   // pending-completion code
	exc   *Var   // pending exception (nil for with statements)
	entry *Block // first block of the cleanup
	jumps []pendingJump
	ret   bool // some return goes through this context
}

type pendingJump struct {
	to    *Block
	depth int // len(fins) at the jump's target
}

// SetInt stores a constant into an int temporary (a pending code).
type SetInt struct {
	Var   *Var
	Value int
}

// ClearExc sets an exception temporary to nil.
type ClearExc struct{ Var *Var }

// ChainExc sets Exc.__context__ to Context when Context is an exception
// other than Exc and Exc has no context yet (implicit chaining).
type ChainExc struct{ Exc, Context *Var }

// CMOp selects the context-manager call of a CMCall or an Await.
type CMOp int

// The context-manager calls.
const (
	CMEnter CMOp = iota + 1 // __enter__ / __aenter__
	CMExit                  // __exit__ / __aexit__
)

// WithMgr is one with-item being lowered.
type WithMgr struct {
	Item *ast.WithItem
	Mgr  *Var // the manager object
	CM   *check.CtxMgr
}

// CMCall calls a synchronous __enter__ or __exit__ (Exc is the exception
// for __exit__, nil for a normal exit) and stores the result into Dst
// (nil: discarded).
type CMCall struct {
	Pos ast.Pos
	M   *WithMgr
	Op  CMOp
	Exc *Var
	Dst *Var
}

func (*SetInt) instr()   {}
func (*ClearExc) instr() {}
func (*ChainExc) instr() {}
func (*CMCall) instr()   {}

// SwitchCase is one case of a Switch.
type SwitchCase struct {
	Value int
	To    *Block
}

// Switch jumps to the case matching the value of Var, else to Default
// (the replay of a pending completion at the end of a finally block).
type Switch struct {
	Var     *Var
	Cases   []SwitchCase
	Default *Block
}

// Succs implements Term.
func (t *Switch) Succs() []*Block {
	out := []*Block{t.Default}
	for _, c := range t.Cases {
		out = append(out, c.To)
	}
	return out
}

func (b *builder) excTemp() *Var {
	v := b.temp(nil)
	v.Kind = VarExc
	return v
}

// resumeBlock adds a handler entry block protected by h.
func (b *builder) resumeBlock(h *Block, pos ast.Pos) *Block {
	bl := &Block{ID: len(b.f.Blocks), Handler: h, Pos: pos, Resume: true}
	b.f.Blocks = append(b.f.Blocks, bl)
	return bl
}

// placeBlock appends a block created earlier to the block list (blocks
// are emitted in list order).
func (b *builder) placeBlock(bl *Block) {
	bl.ID = len(b.f.Blocks)
	b.f.Blocks = append(b.f.Blocks, bl)
}

// jumpOut continues at `to`, a block outside the finally contexts deeper
// than depth: the innermost one runs first and replays the jump.
func (b *builder) jumpOut(to *Block, depth int) {
	if len(b.fins) <= depth {
		b.jump(to)
		return
	}
	f := b.fins[len(b.fins)-1]
	code := -1
	for i, j := range f.jumps {
		if j.to == to {
			code = codeJump0 + i
		}
	}
	if code < 0 {
		code = codeJump0 + len(f.jumps)
		f.jumps = append(f.jumps, pendingJump{to: to, depth: depth})
	}
	b.enterFin(f, code)
}

// enterFin records code as f's pending completion and runs its cleanup.
func (b *builder) enterFin(f *finCtx, code int) {
	b.emit(&SetInt{Var: f.code, Value: code})
	if f.exc != nil && code != codeRaise {
		b.emit(&ClearExc{Var: f.exc})
	}
	b.jump(f.entry)
}

func (b *builder) retType() check.Type {
	if b.f.Info.RetType == nil {
		return check.None
	}
	return b.f.Info.RetType
}

// returnOut returns value from the function, running the enclosing
// finally blocks first.
func (b *builder) returnOut(pos ast.Pos, value ast.Expr) {
	if len(b.fins) == 0 {
		if len(b.owned) > 0 {
			// The value first, then the frame's generators close.
			if _, none := value.(*ast.NoneLit); value != nil && !none {
				t := b.temp(b.retType())
				b.emit(&SetVar{Pos: pos, Var: t, Value: value, Conv: b.retType()})
				value = b.varExpr(t, value)
			}
			b.closeOwned()
		}
		b.term(&Return{Pos: pos, Value: value})
		return
	}
	rt := b.retType()
	if rt == check.None {
		if value != nil {
			if _, isNone := value.(*ast.NoneLit); !isNone {
				b.emit(&Eval{Pos: pos, Expr: value})
			}
		}
	} else {
		if value == nil {
			n := &ast.NoneLit{Pos: pos}
			b.f.Types[n] = check.None
			value = n
		}
		if b.retVar == nil {
			b.retVar = b.temp(rt)
		}
		if v, ok := b.f.Subst[value]; !ok || v != b.retVar { // a replayed return already holds it
			b.emit(&SetVar{Pos: pos, Var: b.retVar, Value: value, Conv: rt})
		}
	}
	f := b.fins[len(b.fins)-1]
	f.ret = true
	b.enterFin(f, codeReturn)
}

// replay ends a cleanup: it continues with f's pending completion. The
// caller has already popped f from b.fins.
func (b *builder) replay(f *finCtx, pos ast.Pos, after *Block) {
	if b.cur == nil {
		return
	}
	sw := &Switch{Var: f.code, Default: after}
	from := b.cur
	b.cur = nil
	if f.exc != nil {
		rb := b.newBlock()
		rb.Term = &Raise{Pos: pos, ExcVar: f.exc}
		sw.Cases = append(sw.Cases, SwitchCase{codeRaise, rb})
	}
	if f.ret {
		rb := b.newBlock()
		b.cur = rb
		var v ast.Expr
		if b.retVar != nil {
			v = b.varExpr(b.retVar, &ast.Name{Pos: pos})
		}
		b.returnOut(pos, v)
		sw.Cases = append(sw.Cases, SwitchCase{codeReturn, rb})
	}
	for i, j := range f.jumps {
		jb := b.newBlock()
		b.cur = jb
		b.jumpOut(j.to, j.depth)
		sw.Cases = append(sw.Cases, SwitchCase{codeJump0 + i, jb})
	}
	if len(sw.Cases) == 0 {
		from.Term = &Jump{To: after}
	} else {
		from.Term = sw
	}
	b.cur = nil
}

// chainHandled makes the exception in v (just caught) chain to the
// exception being handled around the try statement, if any.
func (b *builder) chainHandled(v *Var) {
	if n := len(b.handling); n > 0 {
		b.emit(&ChainExc{Exc: v, Context: b.handling[n-1]})
	}
}

// contextPad fills pad, the handler of code that runs while ctx is being
// handled: the escaping exception gets ctx as its __context__ and goes on.
func (b *builder) contextPad(pad *Block, ctx *Var, pos ast.Pos) {
	save := b.cur
	b.cur = pad
	e := b.excTemp()
	b.emit(&BindExc{Pos: pos, Var: e})
	b.emit(&ChainExc{Exc: e, Context: ctx})
	b.term(&Raise{Pos: pos, ExcVar: e})
	b.cur = save
}

func (b *builder) try(s *ast.Try) {
	b.f.HasTry = true
	if len(s.Finalbody) == 0 {
		b.tryExcept(s)
		return
	}
	b.protect(s.Pos, func() {
		if len(s.Handlers) > 0 {
			b.tryExcept(&ast.Try{Pos: s.Pos, Body: s.Body, Handlers: s.Handlers, Orelse: s.Orelse})
		} else {
			b.stmts(s.Body)
		}
	}, func() { b.stmts(s.Finalbody) })
}

// protect lowers what body emits as the body of a try statement whose
// finally block is what cleanup emits: the cleanup runs on every way out
// of the body (falling off its end, break, continue, return, an
// exception), and then that way out goes on.
func (b *builder) protect(pos ast.Pos, body, cleanup func()) {
	b.f.HasTry = true
	outer := b.handler
	fin := &finCtx{code: b.temp(check.Int), exc: b.excTemp()}
	fin.code.Name = "_pc" + fin.code.Name[2:]
	fin.exc.Name = "_pe" + fin.exc.Name[2:]
	land := b.resumeBlock(outer, pos)
	fin.entry = &Block{Handler: outer, Pos: pos}
	after := &Block{Handler: outer}

	b.fins = append(b.fins, fin)
	b.handler = land
	first := b.newBlock()
	b.jump(first)
	b.cur = first
	body()
	if b.cur != nil {
		b.enterFin(fin, codeNormal)
	}
	b.fins = b.fins[:len(b.fins)-1]
	b.handler = outer

	// An exception in the body (or an except clause) is kept pending.
	b.cur = land
	b.emit(&BindExc{Pos: pos, Var: fin.exc})
	b.chainHandled(fin.exc)
	b.emit(&SetInt{Var: fin.code, Value: codeRaise})
	b.jump(fin.entry)

	// The finally body; an exception escaping it is chained to the
	// pending one.
	pad := b.resumeBlock(outer, pos)
	b.handler = pad
	fin.entry.Handler = pad
	b.placeBlock(fin.entry)
	b.cur = fin.entry
	b.handling = append(b.handling, fin.exc)
	cleanup()
	b.handling = b.handling[:len(b.handling)-1]
	b.handler = outer
	b.replay(fin, pos, after)
	b.contextPad(pad, fin.exc, pos)
	b.placeBlock(after)
	b.cur = after
}

// tryExcept lowers try/except/else (no finally).
func (b *builder) tryExcept(s *ast.Try) {
	if len(s.Handlers) > 0 && s.Handlers[0].IsStar {
		b.tryStar(s) // star.go
		return
	}
	dispatch, join := b.protectedBody(s)
	outer := b.handler
	// Dispatch over the except clauses.
	ev := b.excTemp()
	b.cur = dispatch
	b.emit(&BindExc{Pos: s.Pos, Var: ev})
	b.chainHandled(ev)
	for _, h := range s.Handlers {
		hb := b.newBlock()
		next := b.newBlock()
		if h.Type != nil {
			b.lowerExpr(h.Type)
			b.term(&MatchExc{Pos: h.Pos, ExcVar: ev, Class: h.Type, Then: hb, Else: next})
		} else {
			b.jump(hb)
		}
		b.cur = hb
		if h.Name != "" {
			if sym := b.info.Defs[h]; sym != nil {
				b.emit(&BindExc{Pos: h.Pos, Var: b.symVar(sym), From: ev})
			}
		}
		pad := b.resumeBlock(outer, h.Pos)
		b.handler = pad
		hbody := b.newBlock()
		b.jump(hbody)
		b.cur = hbody
		b.excVars = append(b.excVars, ev)
		b.handling = append(b.handling, ev)
		b.stmts(h.Body)
		b.handling = b.handling[:len(b.handling)-1]
		b.excVars = b.excVars[:len(b.excVars)-1]
		b.handler = outer
		b.jump(join)
		b.contextPad(pad, ev, h.Pos)
		b.cur = next
	}
	b.term(&Raise{Pos: s.Pos, ExcVar: ev})
	b.cur = join
}

func (b *builder) with(s *ast.With) {
	b.f.HasTry = true
	b.withItems(s, 0)
}

func (b *builder) withItems(s *ast.With, i int) {
	if i == len(s.Items) {
		b.stmts(s.Body)
		return
	}
	it := s.Items[i]
	cm := b.info.With[it]
	pos := it.Context.Position()
	b.lowerExpr(it.Context)
	if cm.Via != nil {
		// A union of managers with different protocols: converted to the
		// abstract manager (check/with.go mixedCtxMgr).
		mgr := b.temp(cm.Via)
		b.emit(&SetVar{Pos: pos, Var: mgr, Value: it.Context, Conv: cm.Via})
		b.withMgr(s, i, it, cm, pos, mgr)
		return
	}
	mgr := b.temp(b.info.Types[it.Context])
	b.emit(&SetVar{Pos: pos, Var: mgr, Value: it.Context})
	b.withMgr(s, i, it, cm, pos, mgr)
}

// withMgr lowers the with-item it whose manager is held in mgr.
func (b *builder) withMgr(s *ast.With, i int, it *ast.WithItem, cm *check.CtxMgr, pos ast.Pos, mgr *Var) {
	m := &WithMgr{Item: it, Mgr: mgr, CM: cm}

	var val *Var
	if it.Target != nil && cm.As != nil && cm.As != check.None {
		val = b.temp(cm.As)
	}
	b.cmCall(pos, m, CMEnter, nil, val, cm.EnterResult)

	outer := b.handler
	fin := &finCtx{code: b.temp(check.Int)}
	fin.code.Name = "_pc" + fin.code.Name[2:]
	land := b.resumeBlock(outer, pos)
	fin.entry = &Block{Handler: outer, Pos: pos}
	after := &Block{Handler: outer}

	b.fins = append(b.fins, fin)
	b.handler = land
	body := b.newBlock()
	b.jump(body)
	b.cur = body
	if it.Target != nil {
		b.lowerTarget(it.Target)
		var v ast.Expr
		if val != nil {
			v = b.varExpr(val, it.Target)
		} else {
			n := &ast.NoneLit{Pos: pos}
			b.f.Types[n] = check.None
			v = n
		}
		b.emit(&Assign{Pos: pos, Target: it.Target, Value: v})
	}
	b.withItems(s, i+1)
	if b.cur != nil {
		b.enterFin(fin, codeNormal)
	}
	b.fins = b.fins[:len(b.fins)-1]
	b.handler = outer

	// Exceptional exit: __exit__ with the exception; re-raise unless it
	// suppresses it.
	b.cur = land
	ev := b.excTemp()
	b.emit(&BindExc{Pos: pos, Var: ev})
	b.chainHandled(ev)
	pad := b.resumeBlock(outer, pos)
	b.handler = pad
	call := b.newBlock()
	b.jump(call)
	b.cur = call
	var sup *Var
	if cm.ExitResult != nil && cm.ExitResult != check.None {
		sup = b.temp(cm.ExitResult)
	}
	b.cmCall(pos, m, CMExit, ev, sup, cm.ExitResult)
	reraise := b.newBlock()
	reraise.Handler = outer
	if sup != nil {
		b.term(&Branch{Pos: pos, Cond: b.varExpr(sup, &ast.Name{Pos: pos}), Then: after, Else: reraise})
	} else {
		b.jump(reraise)
	}
	b.cur = reraise
	b.term(&Raise{Pos: pos, ExcVar: ev})
	b.handler = outer
	b.contextPad(pad, ev, pos)

	// Normal exit, break, continue, return: __exit__(None, None, None).
	b.placeBlock(fin.entry)
	b.cur = fin.entry
	b.cmCall(pos, m, CMExit, nil, nil, cm.ExitResult)
	b.replay(fin, pos, after)
	b.placeBlock(after)
	b.cur = after
}

// cmCall emits a context-manager call: an await for async managers, a
// CMCall instruction otherwise.
func (b *builder) cmCall(pos ast.Pos, m *WithMgr, op CMOp, exc, dst *Var, res check.Type) {
	awaits := m.CM.Async
	if op == CMExit && m.CM.Runtime != nil {
		awaits = m.CM.Runtime.ExitAwaits
	}
	if op == CMEnter && m.CM.Runtime != nil {
		awaits = m.CM.Runtime.EnterAwaits
	}
	if !awaits {
		b.emit(&CMCall{Pos: pos, M: m, Op: op, Exc: exc, Dst: dst})
		return
	}
	b.f.Awaits++
	next := b.newBlock()
	next.Resume = true
	next.Pos = pos
	if res == nil {
		res = check.None
	}
	if op == CMEnter {
		res = m.CM.EnterResult
	}
	a := &Await{Pos: pos, Dst: dst, Next: next, ID: b.f.Awaits, Result: res, CM: m, CMOp: op, CMExc: exc}
	next.AwaitFrom = a
	b.term(a)
	b.cur = next
}

// protectedBody lowers the body of a try statement under a new dispatch
// block (its exception handler) and then the else clause, both falling
// through to join; the caller lowers the dispatch over the except clauses.
func (b *builder) protectedBody(s *ast.Try) (dispatch, join *Block) {
	outer := b.handler
	dispatch = b.resumeBlock(outer, s.Pos)
	join = &Block{Handler: outer}
	// Body, protected by dispatch.
	b.handler = dispatch
	body := b.newBlock()
	b.jump(body)
	b.cur = body
	b.stmts(s.Body)
	b.handler = outer
	if len(s.Orelse) > 0 {
		els := b.newBlock()
		b.jump(els)
		b.cur = els
		b.stmts(s.Orelse)
	}
	b.placeBlock(join)
	b.jump(join)
	return dispatch, join
}
