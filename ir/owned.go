package ir

// Generators owned by one local variable.
//
// CPython frees an object when its last reference goes, and freeing a
// suspended generator closes it: its finally blocks and with-exits run at
// that moment. A generator that a single local variable of a function holds
// and never lets go of (it is only advanced: next(g), g.send(v),
// g.throw(e), g.close(), `for x in g`) is therefore closed when
//
//   - the variable is bound to a new generator (after the new one is made:
//     the old value is dropped by the store),
//   - `del g` runs,
//   - the function returns (after the return value is computed and the
//     finally blocks have run, as the frame is cleared), in the order of
//     the locals.
//
// A function left by an exception is not covered: its frame lives on in
// the traceback until the handler ends, which this analysis does not
// follow, so such generators stay open as before. Nor is a function with an
// `except ... as e` clause: an exception it keeps (errors.append(e), a
// local) holds a traceback holding the frame, whose locals then outlive
// the return.

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// ownedGenerators returns the locals of fi (a def that is not itself a
// generator) that own the generators they hold, in the order of
// fi.Locals.
func ownedGenerators(info *check.Info, fi *check.FuncInfo) []*check.Symbol {
	if fi.Def == nil || fi.IsGen {
		return nil
	}
	byName := map[string]int{}
	for _, sym := range fi.Locals {
		byName[sym.Name]++
	}
	cand := map[*check.Symbol]bool{}
	for _, sym := range fi.Locals {
		// A name split into several symbols (rebound with another
		// type) has one CPython slot for all of them: left alone.
		if sym.Kind == check.SymVar && !sym.Param && !sym.Captured && !sym.Comp && byName[sym.Name] == 1 {
			cand[sym] = true
		}
	}
	if len(cand) == 0 {
		return nil
	}
	stored := map[*check.Symbol]bool{}
	kept := false // an exception may keep the frame (see above)
	var stack []ast.Node
	symOf := func(n *ast.Name) *check.Symbol { return nameSym(info, n) }
	// inLoopOver reports whether a for loop iterating sym encloses the
	// node on top of the stack: the loop holds the old generator then.
	inLoopOver := func(sym *check.Symbol) bool {
		for _, n := range stack {
			if f, ok := n.(*ast.For); ok {
				if it, ok := f.Iter.(*ast.Name); ok && symOf(it) == sym {
					return true
				}
			}
		}
		return false
	}
	visit := func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		switch x := n.(type) {
		case *ast.FuncDef, *ast.Lambda, *ast.ClassDef:
			return false
		case *ast.ExceptHandler:
			if x.Name != "" {
				kept = true
			}
		}
		if name, ok := n.(*ast.Name); ok {
			if sym := symOf(name); sym != nil && cand[sym] {
				switch ownedUse(info, name, stack) {
				case useStore:
					stored[sym] = true
					if inLoopOver(sym) {
						delete(cand, sym)
					}
				case useAdvance, useDelete:
				default:
					delete(cand, sym)
				}
			}
		}
		stack = append(stack, n)
		return true
	}
	for _, st := range fi.Def.Body {
		ast.Inspect(st, visit)
	}
	if kept {
		return nil
	}
	var out []*check.Symbol
	for _, sym := range fi.Locals {
		if cand[sym] && stored[sym] {
			out = append(out, sym)
		}
	}
	return out
}

// How an owned generator's variable is used.
const (
	useOther   = iota // anything else: the generator may escape
	useStore          // g = gen(...), g: T = gen(...)
	useAdvance        // next(g), g.send(v), g.throw(e), g.close(), for x in g
	useDelete         // del g
)

// ownedUse classifies the occurrence n of a variable; stack holds its
// enclosing nodes, innermost last.
func ownedUse(info *check.Info, n *ast.Name, stack []ast.Node) int {
	if len(stack) == 0 {
		return useOther
	}
	switch p := stack[len(stack)-1].(type) {
	case *ast.Assign:
		if len(p.Targets) == 1 && p.Targets[0] == ast.Expr(n) && freshAnyGen(info, p.Value) {
			return useStore
		}
	case *ast.AnnAssign:
		if p.Target == ast.Expr(n) && p.Value != nil && freshAnyGen(info, p.Value) {
			return useStore
		}
	case *ast.Delete:
		for _, t := range p.Targets {
			if t == ast.Expr(n) {
				return useDelete
			}
		}
	case *ast.For:
		if p.Iter == ast.Expr(n) {
			return useAdvance // for x in g, async for x in g
		}
	case *ast.Call:
		fn, ok := p.Func.(*ast.Name)
		if ok && (fn.ID == "next" || fn.ID == "anext") && len(p.Args) >= 1 && p.Args[0] == ast.Expr(n) && len(p.Keywords) == 0 {
			if sym := info.Uses[fn]; sym != nil && sym.Kind == check.SymBuiltin {
				return useAdvance
			}
		}
	case *ast.Attribute:
		if p.Value != ast.Expr(n) || len(stack) < 2 {
			return useOther
		}
		switch p.Attr {
		case "send", "throw", "close", "asend", "athrow", "aclose", "__anext__":
		default:
			return useOther
		}
		if call, ok := stack[len(stack)-2].(*ast.Call); ok && call.Func == ast.Expr(p) {
			switch info.Types[n].(type) {
			case *check.Generator, *check.AsyncIterator:
				return useAdvance
			}
		}
	}
	return useOther
}

// nameSym is the variable a name reads or binds.
func nameSym(info *check.Info, n *ast.Name) *check.Symbol {
	if s := info.Uses[n]; s != nil {
		return s
	}
	return info.Defs[n]
}

// closeOwned closes the generators the function's owned locals hold, as
// the frame is cleared when it returns.
func (b *builder) closeOwned() {
	for _, v := range b.owned {
		b.emit(ownedClose(v))
	}
}

// ownedClose closes the generator v owns: an async one is finalized (its
// aclose() run by a task soon, as CPython's finalizer hook does).
func ownedClose(v *Var) *CloseIter {
	async := false
	switch t := v.Type.(type) {
	case *check.Generator:
		async = t.Async
	case *check.AsyncIterator:
		async = true
	}
	return &CloseIter{Iter: v, Async: async}
}

// freshAnyGen is FreshGen for a sync or an async generator.
func freshAnyGen(info *check.Info, e ast.Expr) bool {
	return FreshGen(info, e, false) || FreshGen(info, e, true)
}

// ownedVar reports whether the assignment target t is a variable owning
// its generator.
func (b *builder) ownedVar(t ast.Expr) *Var {
	n, ok := t.(*ast.Name)
	if !ok || len(b.owned) == 0 {
		return nil
	}
	sym := nameSym(b.info, n)
	for _, v := range b.owned {
		if v.Sym == sym {
			return v
		}
	}
	return nil
}

// dropOwned returns the value to store in target: when target owns its
// generator, the new generator is made into a temporary and the old one
// closed before the store, as CPython drops it then.
func (b *builder) dropOwned(target, value ast.Expr) ast.Expr {
	v := b.ownedVar(target)
	if v == nil {
		return value
	}
	t := b.temp(v.Type)
	b.emit(&SetVar{Pos: value.Position(), Var: t, Value: value})
	b.emit(ownedClose(v))
	return b.varExpr(t, value)
}
