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
// runs its finally blocks) at once. A finished generator ignores it.
type CloseIter struct {
	Iter *Var
	// Async marks an async generator: CPython's finalizer hook schedules
	// its aclose() in a new task (runtime.FinalizeAsyncGen).
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

// asyncFor lowers an async for statement. Over an async generator that
// nothing else holds, the loop is the body of a try whose finally hands
// the generator to the loop's finalizer hook, as CPython's reference
// counting does when the loop drops it.
func (b *builder) asyncFor(s *ast.For) {
	if FreshIterMethod(b.info, b.info.Types[s.Iter], true) {
		// async for over an object whose __aiter__ makes a new async
		// generator: the loop alone holds that generator.
		var it *Var
		b.protect(s.Pos, func() { it = b.asyncForLoop(s) }, func() { b.emit(&CloseIter{Iter: it, Async: true}) })
		return
	}
	if b.freshGen(s.Iter, true) {
		b.lowerExpr(s.Iter)
		g := b.temp(b.info.Types[s.Iter])
		b.emit(&SetVar{Pos: s.Pos, Var: g, Value: s.Iter, Spill: true})
		b.f.Subst[s.Iter] = g
		b.protect(s.Pos, func() { b.asyncForLoop(s) }, func() { b.emit(&CloseIter{Iter: g, Async: true}) })
		return
	}
	b.asyncForLoop(s)
}

// asyncForLoop lowers an async for loop; it returns the loop's iterator.
func (b *builder) asyncForLoop(s *ast.For) *Var {
	head, nx := b.asyncLoop(s.Pos, s.Iter, s.Target)
	b.loopRest(s.Body, s.Orelse, head, func(body, els *Block) {
		nx.Body, nx.Exit = body, els
		b.term(nx)
	})
	return nx.Iter
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

// A generator object that a for loop's iterable creates and that nothing
// else references dies with the loop: CPython drops the loop's reference
// when the loop ends, however it ends (exhausted, break, return, an
// exception going through), which closes a suspended generator at once
// and runs its finally blocks before anything after the loop. The loop is
// lowered as the body of a try statement whose finally closes those
// generators (a finished one ignores it).

// freshGenerator reports whether e is a call that creates a new generator
// object (of a user generator function or method) that nothing else
// holds.
func (b *builder) freshGenerator(e ast.Expr) bool { return b.freshGen(e, false) }

// freshGen is freshGenerator for generators (async false) or async
// generators (async true).
func (b *builder) freshGen(e ast.Expr, async bool) bool {
	if _, subst := b.f.Subst[e]; subst {
		return false
	}
	return FreshGen(b.info, e, async)
}

// FreshGen reports whether e is a call of a user generator function or
// method (async: an async generator) that makes a new generator object
// (codegen also asks it, for generators a call consumes: closing.go).
func FreshGen(info *check.Info, e ast.Expr, async bool) bool {
	b := struct{ info *check.Info }{info}
	call, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	plainGen := func(fi *check.FuncInfo) bool {
		return fi != nil && fi.IsGen && fi.IsAsync == async && fi.Decorated == nil
	}
	switch fn := call.Func.(type) {
	case *ast.Name:
		sym := b.info.Uses[fn]
		return sym != nil && sym.Kind == check.SymFunc && plainGen(sym.Func)
	case *ast.Attribute:
		bm, ok := b.info.Types[fn].(*check.BoundMethod)
		if !ok || bm.Method == nil || bm.Super || bm.Method.Decorated != nil || bm.Method.IsProperty {
			return false
		}
		m := bm.Method
		def, ok := m.Def.(*ast.FuncDef)
		if !ok || !plainGen(b.info.Funcs[def]) {
			return false
		}
		// Every override must be a generator too: a subclass's method
		// may return an iterator held elsewhere.
		for _, cls := range b.info.ClassList {
			if cls == m.Owner || !cls.IsSubclassOf(m.Owner) {
				continue
			}
			if o := cls.Methods[m.Name]; o != nil && o != m {
				d, ok := o.Def.(*ast.FuncDef)
				if !ok || !plainGen(b.info.Funcs[d]) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// FreshIterMethod reports whether iterating a value of type t (iter(x), or
// aiter(x) when async) makes a new generator object that only the caller
// holds: t is a user class whose __iter__ (__aiter__) is a plain generator
// method (an async generator method), or whose body is `return` of a call
// FreshGen accepts (return self.items()); so is every override. A for loop
// over such an object closes the generator when it ends, as CPython's
// reference counting does.
func FreshIterMethod(info *check.Info, t check.Type, async bool) bool {
	cls, ok := t.(*check.Class)
	if !ok || cls.Builtin {
		return false
	}
	name := "__iter__"
	if async {
		name = "__aiter__"
	}
	m := cls.LookupMethod(name)
	if m == nil || !freshIterBody(info, m, async) {
		return false
	}
	for _, sub := range info.ClassList {
		if sub == cls || !sub.IsSubclassOf(cls) {
			continue
		}
		if o := sub.LookupMethod(name); o != nil && o != m && !freshIterBody(info, o, async) {
			return false
		}
	}
	return true
}

// freshIterBody is FreshIterMethod's test of one method.
func freshIterBody(info *check.Info, m *check.Method, async bool) bool {
	if m.Decorated != nil || m.IsProperty || m.IsStatic || m.IsClass {
		return false
	}
	def, ok := m.Def.(*ast.FuncDef)
	if !ok {
		return false
	}
	fi := info.Funcs[def]
	if fi == nil {
		return false
	}
	if fi.IsGen {
		return fi.IsAsync == async
	}
	if fi.IsAsync {
		return false
	}
	body := def.Body
	if len(body) > 1 {
		if x, ok := body[0].(*ast.ExprStmt); ok {
			if _, doc := x.Value.(*ast.StrLit); doc {
				body = body[1:]
			}
		}
	}
	if len(body) != 1 {
		return false
	}
	ret, ok := body[0].(*ast.Return)
	return ok && ret.Value != nil && FreshGen(info, ret.Value, async)
}

// loopGenerators evaluates the generator objects a for loop's iterable
// creates for the loop alone, into temporaries, and returns them: the
// iterable itself (nil in the list: the loop's iterator is that
// generator) or the arguments of enumerate and zip around such calls. The
// wrapper's other arguments are evaluated into temporaries too, in order,
// so that evaluation order is Python's.
func (b *builder) loopGenerators(iter ast.Expr) (gens []*Var, direct bool) {
	if b.freshGenerator(iter) {
		return b.heldGenerators(iter.(*ast.Call)), true
	}
	if ge, ok := iter.(*ast.GeneratorExp); ok && !HasAwait(ge) && !ge.Gens[0].IsAsync {
		// for x in (f(y) for y in gen()): the generator expression
		// alone holds the generator its first iterable made (it is
		// evaluated at once, here); CPython frees both at a break,
		// which closes that generator.
		if a := ge.Gens[0].Iter; b.freshGenerator(a) {
			t := b.temp(b.info.Types[a])
			b.emit(&SetVar{Pos: a.Position(), Var: t, Value: a, Spill: true})
			b.f.Subst[a] = t
			return []*Var{t}, false
		}
		return nil, false
	}
	call, ok := iter.(*ast.Call)
	if !ok || len(call.Keywords) > 0 {
		return nil, false
	}
	fn, ok := call.Func.(*ast.Name)
	if !ok {
		return nil, false
	}
	if sym := b.info.Uses[fn]; sym == nil || sym.Kind != check.SymBuiltin || (fn.ID != "enumerate" && fn.ID != "zip") {
		return nil, false
	}
	fresh := make([]bool, len(call.Args))
	found := false
	for i, a := range call.Args {
		fresh[i] = b.freshGenerator(a)
		found = found || fresh[i]
		if _, ok := a.(*ast.Starred); ok {
			return nil, false
		}
	}
	if !found {
		return nil, false
	}
	for i, a := range call.Args {
		b.lowerExpr(a)
		if !fresh[i] {
			b.spill(a)
			continue
		}
		t := b.temp(b.info.Types[a])
		b.emit(&SetVar{Pos: a.Position(), Var: t, Value: a, Spill: true})
		b.f.Subst[a] = t
		gens = append(gens, t)
	}
	return gens, false
}

// heldGenerators evaluates the arguments of the fresh generator call a for
// loop iterates when some of them are fresh generators too (for w in
// windows(numbers(100), 2)): the outer generator holds them until it ends,
// and CPython closes them when it is freed, after it, in argument order.
// They are returned last first (closeLoopGenerators closes in reverse).
func (b *builder) heldGenerators(call *ast.Call) []*Var {
	if len(call.Keywords) > 0 {
		return nil
	}
	found := false
	for _, a := range call.Args {
		if _, ok := a.(*ast.Starred); ok {
			return nil
		}
		if b.freshGenerator(a) && SimpleGenArgs(b.info, a.(*ast.Call)) {
			found = true
		}
	}
	if !found {
		return nil
	}
	var held []*Var
	for _, a := range call.Args {
		b.lowerExpr(a)
		if !b.freshGenerator(a) || !SimpleGenArgs(b.info, a.(*ast.Call)) {
			b.spill(a)
			continue
		}
		t := b.temp(b.info.Types[a])
		b.emit(&SetVar{Pos: a.Position(), Var: t, Value: a, Spill: true})
		b.f.Subst[a] = t
		held = append([]*Var{t}, held...)
	}
	return held
}

// SimpleGenArgs reports whether a generator call's arguments are names,
// constants, attributes, arithmetic on them, list and tuple displays of
// them (reader("c", ["p", "q"])) or such generator calls (creating the
// generator early then changes nothing observable).
func SimpleGenArgs(info *check.Info, call *ast.Call) bool {
	if len(call.Keywords) > 0 {
		return false
	}
	simple := true
	for _, a := range call.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			switch x := n.(type) {
			case nil, *ast.Name, *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BoolLit, *ast.NoneLit, *ast.BytesLit,
				*ast.Attribute, *ast.BinOp, *ast.UnaryOp, *ast.ListExpr, *ast.TupleExpr:
				return true
			case *ast.Call: // another fresh generator: creating it runs no code
				if (FreshGen(info, x, false) || FreshGen(info, x, true)) && SimpleGenArgs(info, x) {
					return false
				}
			}
			simple = false
			return false
		})
	}
	return simple
}

// closeLoopGenerators emits the closing of a loop's generators: the zip's
// arguments in reverse order, as CPython frees a tuple's items.
func (b *builder) closeLoopGenerators(it *Var, gens []*Var, direct bool) {
	if direct {
		b.emit(&CloseIter{Iter: it})
	}
	for i := len(gens) - 1; i >= 0; i-- {
		b.emit(&CloseIter{Iter: gens[i]})
	}
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

// AwaitFinalizedArgs returns the arguments of call, the operand of an
// await, that are fresh async generators held only by the awaited
// coroutine: call is a call of a plain user `async def` (not a generator,
// method or decorated function) whose parameter for each such argument is
// only iterated by `async for`. CPython frees the coroutine once the await
// finishes, and with it the generator, which its finalizer hook then
// closes by a task (await first(lines()) with a return inside the async
// for closes lines soon after). The other arguments must be simple
// (SimpleGenArgs), since the generators are created first.
func AwaitFinalizedArgs(info *check.Info, call *ast.Call) []ast.Expr {
	fn, ok := call.Func.(*ast.Name)
	if !ok || len(call.Keywords) > 0 {
		return nil
	}
	sym := info.Uses[fn]
	if sym == nil || sym.Kind != check.SymFunc || sym.Func == nil {
		return nil
	}
	fi := sym.Func
	if fi.Def == nil || fi.IsGen || !fi.IsAsync || fi.Decorated != nil || fi.Method != nil || !SimpleGenArgs(info, call) {
		return nil
	}
	var out []ast.Expr
	for i, a := range call.Args {
		if _, star := a.(*ast.Starred); star || i >= len(fi.Params) {
			return nil
		}
		if FreshGen(info, a, true) && paramAsyncIteratedOnly(fi, fi.Params[i].Name) {
			out = append(out, a)
		}
	}
	return out
}

// paramAsyncIteratedOnly reports whether every use of the parameter name
// in fi's body is the iterable of an `async for` of the body itself (not
// of a nested function, which may outlive the call).
func paramAsyncIteratedOnly(fi *check.FuncInfo, name string) bool {
	ok := map[*ast.Name]bool{}
	for _, st := range fi.Def.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncDef, *ast.Lambda, *ast.ClassDef:
				return false // a closure may keep it: a use there escapes
			case *ast.For:
				if it, isName := x.Iter.(*ast.Name); isName && x.IsAsync {
					ok[it] = true
				}
			}
			return true
		})
	}
	used, escapes := false, false
	for _, st := range fi.Def.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Name:
				if x.ID == name {
					if !ok[x] {
						escapes = true
					}
					used = true
				}
			case *ast.Global, *ast.Nonlocal:
				escapes = true
			}
			return !escapes
		})
	}
	return used && !escapes
}
