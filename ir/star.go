package ir

// Lowering of try/except* (PEP 654). The dispatch block of the try
// statement wraps the exception into a group (StarBegin); each clause
// splits what is left (StarSplit) and runs its body on the matching part
// when there is one (IfExc); an exception escaping a clause body is
// recorded (StarAdd) and the next clause still runs; at the end StarEnd
// combines what the clauses raised or re-raised with what no clause
// matched, and the result, if any, is raised:
//
//	dispatch: ev = current exception
//	          orig = StarBegin(ev); rest = orig; coll = nil
//	          match1, rest = StarSplit(rest, T1); if match1 == nil goto c2
//	          eg = match1; BODY1                  handler=pad1
//	c2:       ...
//	end:      res = StarEnd(orig, rest, coll); if res == nil goto join
//	          raise res
//	pad1:     x = current exception; coll = StarAdd(coll, x, match1); goto c2

import (
	"github.com/aiogo/aiogo/ast"
)

// StarBegin starts an except* dispatch: Orig = the exception in Exc as a
// group, Rest = Orig, Coll = nil.
type StarBegin struct {
	Exc, Orig, Rest, Coll *Var
}

// StarSplit splits Rest by Class: Match receives the matching part (nil
// when none) and Rest what is left.
type StarSplit struct {
	Pos         ast.Pos
	Rest, Match *Var
	Class       ast.Expr
}

// StarAdd records in Coll the exception Exc that escaped the clause that
// ran for Match.
type StarAdd struct {
	Coll, Exc, Match *Var
}

// StarEnd stores into Dst the exception a try/except* raises after its
// clauses ran (nil: none).
type StarEnd struct {
	Orig, Rest, Coll, Dst *Var
}

// IfExc continues at Then when the exception variable Var is set, else at
// Else.
type IfExc struct {
	Var        *Var
	Then, Else *Block
}

func (*StarBegin) instr() {}
func (*StarSplit) instr() {}
func (*StarAdd) instr()   {}
func (*StarEnd) instr()   {}

// Succs implements Term.
func (t *IfExc) Succs() []*Block { return []*Block{t.Then, t.Else} }

// Effects implements Instr.
func (x *StarBegin) Effects(f *Func, def, use func(*Var)) {
	use(x.Exc)
	def(x.Orig)
	def(x.Rest)
	def(x.Coll)
}

// Effects implements Instr.
func (x *StarSplit) Effects(f *Func, def, use func(*Var)) {
	use(x.Rest)
	f.exprEffects(x.Class, true, false, def, use)
	def(x.Rest)
	def(x.Match)
}

// Effects implements Instr.
func (x *StarAdd) Effects(f *Func, def, use func(*Var)) {
	use(x.Coll)
	use(x.Exc)
	use(x.Match)
	def(x.Coll)
}

// Effects implements Instr.
func (x *StarEnd) Effects(f *Func, def, use func(*Var)) {
	use(x.Orig)
	use(x.Rest)
	use(x.Coll)
	def(x.Dst)
}

// Effects implements Term.
func (t *IfExc) Effects(f *Func, def, use func(*Var)) { use(t.Var) }

// EdgeEffects implements Term.
func (t *IfExc) EdgeEffects(f *Func, to *Block, def, use func(*Var)) {}

// tryStar lowers try/except*/else (no finally: try() wraps it).
func (b *builder) tryStar(s *ast.Try) {
	dispatch, join := b.protectedBody(s) // try.go
	outer := b.handler

	ev := b.excTemp()
	orig, rest, coll := b.excTemp(), b.excTemp(), b.excTemp()
	b.cur = dispatch
	b.emit(&BindExc{Pos: s.Pos, Var: ev})
	b.chainHandled(ev)
	b.emit(&StarBegin{Exc: ev, Orig: orig, Rest: rest, Coll: coll})
	for _, h := range s.Handlers {
		match := b.excTemp()
		hb := b.newBlock()
		next := &Block{Handler: outer}
		b.lowerExpr(h.Type)
		b.emit(&StarSplit{Pos: h.Pos, Rest: rest, Match: match, Class: h.Type})
		b.term(&IfExc{Var: match, Then: hb, Else: next})
		b.cur = hb
		if h.Name != "" {
			if sym := b.info.Defs[h]; sym != nil {
				b.emit(&BindExc{Pos: h.Pos, Var: b.symVar(sym), From: match})
			}
		}
		pad := b.resumeBlock(outer, h.Pos)
		b.handler = pad
		hbody := b.newBlock()
		b.jump(hbody)
		b.cur = hbody
		b.excVars = append(b.excVars, match)
		b.handling = append(b.handling, match)
		b.stmts(h.Body)
		b.handling = b.handling[:len(b.handling)-1]
		b.excVars = b.excVars[:len(b.excVars)-1]
		b.handler = outer
		b.jump(next)
		// An exception escaping the clause is kept for the end.
		b.cur = pad
		x := b.excTemp()
		b.emit(&BindExc{Pos: h.Pos, Var: x})
		b.emit(&ChainExc{Exc: x, Context: match})
		b.emit(&StarAdd{Coll: coll, Exc: x, Match: match})
		b.jump(next)
		b.placeBlock(next)
		b.cur = next
	}
	res := b.excTemp()
	b.emit(&StarEnd{Orig: orig, Rest: rest, Coll: coll, Dst: res})
	raise := b.newBlock()
	after := b.newBlock()
	b.term(&IfExc{Var: res, Then: raise, Else: after})
	b.cur = raise
	b.term(&Raise{Pos: s.Pos, ExcVar: res})
	b.cur = after
	b.jump(join)
	b.cur = nil
	// join was placed before the dispatch blocks; continue there.
	b.cur = join
}
