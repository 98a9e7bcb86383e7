package ir

// Lowering of generators (yield, yield from) and of async for.
//
// A yield is a suspension point like an await: it ends its block with a
// Yield terminator, and the block that follows is a resume point whose
// first instruction, YieldResume, raises an exception thrown into the
// generator (throw(), close()) or stores the value sent in:
//
//	x = yield a + 1        b0:  yield a + 1, resume b1
//	                       b1:  YieldResume -> _t1      (raise the thrown exception, else _t1 = sent)
//	                            x = _t1
//
// `yield from it` is a loop over a Delegate that forwards what the outer
// generator receives to the sub-iterator:
//
//	d = Delegate(iter(it))
//	head: DelegStep d -> yld, exit      (advance the sub-iterator with what was received)
//	yld:  yield d.Y, resume r
//	r:    YieldResume(d)                (hand the sent value / thrown exception to d)
//	      jump head
//	exit: dst = d.Result()              (the sub-generator's return value)
//
// `async for t in it` awaits the iterator's __anext__ at a resume block
// of its own:
//
//	a = AsyncFor(aiter(it))
//	head: ANextStart a                  (call __anext__)
//	step: AsyncForNext a -> body, exit  (resume point: step the awaitable; StopAsyncIteration exits)
//
// Liveness then puts the delegate, the async iterator and everything live
// across a yield into the generator's frame, as for awaits.

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// Yield suspends a generator, handing Value (nil: None) to its consumer,
// or with Deleg set the value the delegate's sub-iterator yielded. Next is
// the resume block; it starts with a YieldResume.
type Yield struct {
	Pos   ast.Pos
	Value ast.Expr
	Deleg *Var
	Next  *Block
}

// YieldResume begins the block after a yield: it raises the exception
// thrown into the generator, or stores the sent value into Dst (nil:
// dropped). With Deleg set, both are handed to the delegate instead.
type YieldResume struct {
	Pos   ast.Pos
	Dst   *Var
	Deleg *Var
}

// DelegInit starts a yield from: Var = a delegate over iter(Src).
type DelegInit struct {
	Pos ast.Pos
	Var *Var
	Src ast.Expr
}

// DelegStep advances a yield from's sub-iterator: to Yield when it
// yielded, to Exit when it finished.
type DelegStep struct {
	Pos         ast.Pos
	Var         *Var
	Yield, Exit *Block
}

// DelegResult stores the value of a finished yield from into Dst.
type DelegResult struct {
	Pos      ast.Pos
	Var, Dst *Var
}

// AIterInit starts an async for: Iter = the async iterator of Src.
type AIterInit struct {
	Pos  ast.Pos
	Iter *Var
	Src  ast.Expr
}

// ANextStart calls __anext__ of an async for's iterator.
type ANextStart struct{ Iter *Var }

// AsyncForNext awaits the pending __anext__ (its block is a resume point):
// on a value it assigns Target and goes to Body; on StopAsyncIteration to
// Exit.
type AsyncForNext struct {
	Pos        ast.Pos
	Iter       *Var
	Target     ast.Expr
	Body, Exit *Block
}

// CloseIter closes the generator a for loop created, when the loop ends:
// CPython drops the loop's only reference at a break, which closes it (and
// runs its finally blocks) at once. A finished generator ignores it. For an
// async for (Async) the loop finalizes the async generator: a task it
// creates soon closes it.
type CloseIter struct {
	Iter  *Var
	Async bool
}

func (*CloseIter) instr()   {}
func (*YieldResume) instr() {}
func (*DelegInit) instr()   {}
func (*DelegResult) instr() {}
func (*AIterInit) instr()   {}
func (*ANextStart) instr()  {}

// Succs implements Term.
func (t *Yield) Succs() []*Block { return []*Block{t.Next} }

// Succs implements Term.
func (t *DelegStep) Succs() []*Block { return []*Block{t.Yield, t.Exit} }

// Succs implements Term.
func (t *AsyncForNext) Succs() []*Block { return []*Block{t.Body, t.Exit} }

// isSuspend reports expressions that suspend the function: await, yield,
// yield from and comprehensions with an async for clause.
func isSuspend(e ast.Expr) bool {
	var gens []*ast.Comprehension
	switch x := e.(type) {
	case *ast.Await, *ast.Yield, *ast.YieldFrom:
		return true
	case *ast.ListComp:
		gens = x.Gens
	case *ast.SetComp:
		gens = x.Gens
	case *ast.DictComp:
		gens = x.Gens
	case *ast.GeneratorExp:
		gens = x.Gens
	}
	for _, g := range gens {
		if g.IsAsync {
			return true
		}
	}
	return false
}

// yieldStmt lowers a yield or yield from used as a statement.
func (b *builder) yieldStmt(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Yield:
		b.lowerExpr(x.Value)
		b.yield(x.Pos, x.Value, nil)
		return true
	case *ast.YieldFrom:
		b.lowerExpr(x.Value)
		b.yieldFrom(x, nil)
		return true
	}
	return false
}

// lowerYield lowers a yield expression inside a larger expression; its
// value (what was sent in) is substituted by a temporary.
func (b *builder) lowerYield(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Yield:
		b.lowerExpr(x.Value)
		t := b.temp(b.info.Types[x])
		b.yield(x.Pos, x.Value, t)
		b.f.Subst[x] = t
		return true
	case *ast.YieldFrom:
		b.lowerExpr(x.Value)
		t := b.temp(b.info.Types[x])
		b.yieldFrom(x, t)
		b.f.Subst[x] = t
		return true
	}
	return false
}

func (b *builder) resumeAfter(pos ast.Pos) *Block {
	next := b.newBlock()
	next.Resume = true
	next.Pos = pos
	return next
}

func (b *builder) yield(pos ast.Pos, value ast.Expr, dst *Var) {
	next := b.resumeAfter(pos)
	b.term(&Yield{Pos: pos, Value: value, Next: next})
	b.cur = next
	b.emit(&YieldResume{Pos: pos, Dst: dst})
}

func (b *builder) yieldFrom(x *ast.YieldFrom, dst *Var) {
	st := b.info.Types[x.Value]
	d := b.temp(st)
	d.Kind = VarDeleg
	d.IterType = st
	b.emit(&DelegInit{Pos: x.Pos, Var: d, Src: x.Value})
	head := b.newBlock()
	b.jump(head)
	b.cur = head
	yb, exit := b.newBlock(), b.newBlock()
	b.term(&DelegStep{Pos: x.Pos, Var: d, Yield: yb, Exit: exit})
	b.cur = yb
	next := b.resumeAfter(x.Pos)
	b.term(&Yield{Pos: x.Pos, Deleg: d, Next: next})
	b.cur = next
	b.emit(&YieldResume{Pos: x.Pos, Deleg: d})
	b.jump(head)
	b.cur = exit
	if dst != nil {
		b.emit(&DelegResult{Pos: x.Pos, Var: d, Dst: dst})
	}
}

// asyncLoop emits the head of an async for over src: it returns the block
// `continue` goes to, and leaves b.cur at the stepping block, whose
// AsyncForNext the caller sets with setTerm.
func (b *builder) asyncLoop(pos ast.Pos, src, target ast.Expr) (head *Block, next *AsyncForNext) {
	b.lowerExpr(src)
	t := b.info.Types[src]
	it := b.temp(t)
	it.Kind = VarAIter
	it.IterType = t
	b.emit(&AIterInit{Pos: pos, Iter: it, Src: src})
	head = b.newBlock()
	head.Pos = pos
	b.jump(head)
	b.cur = head
	b.emit(&ANextStart{Iter: it})
	step := b.resumeAfter(pos)
	b.jump(step)
	b.cur = step
	return head, &AsyncForNext{Pos: pos, Iter: it, Target: target}
}

// asyncFor lowers an async for statement.
func (b *builder) asyncFor(s *ast.For) {
	head, nx := b.asyncLoop(s.Pos, s.Iter, s.Target)
	body, exit := b.newBlock(), b.newBlock()
	els := exit
	if len(s.Orelse) > 0 {
		els = b.newBlock()
	}
	nx.Body, nx.Exit = body, els
	b.term(nx)
	b.loops = append(b.loops, loopCtx{brk: exit, cont: head, fins: len(b.fins)})
	b.cur = body
	b.stmts(s.Body)
	b.jump(head)
	b.loops = b.loops[:len(b.loops)-1]
	if len(s.Orelse) > 0 {
		b.cur = els
		b.stmts(s.Orelse)
		b.jump(exit)
	}
	b.cur = exit
	b.closeLoopIter(s.Iter, nx.Iter, true)
}

// asyncCompLoop lowers the async for clause of a comprehension; it returns
// the loop head, leaves b.cur at the body and returns the exit block.
func (b *builder) asyncCompLoop(g *ast.Comprehension) (head, body, done *Block) {
	head, nx := b.asyncLoop(g.Pos, g.Iter, g.Target)
	body, done = b.newBlock(), b.newBlock()
	nx.Body, nx.Exit = body, done
	b.term(nx)
	b.cur = body
	return head, body, done
}

// closeLoopIter emits the CloseIter of a for loop (async: an async for)
// over a direct call of a generator function (async: an async generator
// function).
func (b *builder) closeLoopIter(src ast.Expr, it *Var, async bool) {
	call, ok := src.(*ast.Call)
	if !ok {
		return
	}
	n, ok := call.Func.(*ast.Name)
	if !ok {
		return
	}
	sym := b.info.Uses[n]
	if sym == nil || sym.Kind != check.SymFunc || !sym.Func.IsGen || sym.Func.IsAsync != async || sym.Func.Decorated != nil {
		return
	}
	b.emit(&CloseIter{Iter: it, Async: async})
}

// Suspends reports whether f has suspension points other than awaits
// (yields, async for), which keep it from running as a plain function.
func (f *Func) Suspends() bool {
	for _, b := range f.Blocks {
		switch b.Term.(type) {
		case *Yield, *AsyncForNext:
			return true
		}
	}
	return false
}
