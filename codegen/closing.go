package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

// Generators a call consumes. CPython frees a generator object that only a
// call's argument list holds as soon as the call returns (or raises), and
// freeing a suspended generator closes it: its finally blocks run right
// then, before the enclosing expression goes on.
//
//	any(x > 2 for x in numbers(10))   # numbers' finally runs before any() is printed
//	next(read_lines(path))            # closed right after next() returns
//	first_over(numbers(20), 3)        # closed when first_over returns
//
// The generators closed this way are fresh calls of user generator
// functions (ir.FreshGen) given to a consuming built-in (any, all, next,
// sum, min, max, sorted, list, tuple, set, dict, str.join), to the right of
// `in`, or to a plain user function whose parameter does not escape (it is
// only iterated, given to next() or to a consuming built-in, or tested with
// `in`); also such calls inside zip/enumerate/map/filter/iter wrappers, as
// the first iterable of a generator expression, and as arguments of another
// fresh generator (which holds them until it ends). Generators held by a
// variable stay open until close(), as documented.

// consumingBuiltins are the built-ins that hold their iterable argument only
// during the call.
var consumingBuiltins = map[string]bool{
	"any": true, "all": true, "next": true, "sum": true, "min": true, "max": true,
	"sorted": true, "list": true, "tuple": true, "set": true, "dict": true, "frozenset": true,
}

// wrapperBuiltins hold their arguments in the iterator they return.
var wrapperBuiltins = map[string]bool{"zip": true, "enumerate": true, "map": true, "filter": true, "iter": true}

func (g *gen) builtinName(f ast.Expr) string {
	n, ok := f.(*ast.Name)
	if !ok {
		return ""
	}
	if sym := g.info.Uses[n]; sym != nil && (sym.Kind == check.SymBuiltin || sym.Kind == check.SymType) {
		return n.ID
	}
	return ""
}

// consumedArgs returns the arguments of e that e holds only while it runs
// (nil: e is not such a call or test).
func (g *gen) consumedArgs(e ast.Expr) []ast.Expr {
	switch x := e.(type) {
	case *ast.Compare:
		if len(x.Ops) == 1 && (x.Ops[0] == "in" || x.Ops[0] == "not in") {
			return []ast.Expr{x.Comparators[0]}
		}
	case *ast.Call:
		if consumingBuiltins[g.builtinName(x.Func)] {
			return x.Args
		}
		if at, ok := x.Func.(*ast.Attribute); ok && at.Attr == "join" && g.typeOf(at.Value) == check.Str && len(x.Args) == 1 {
			return x.Args
		}
		n, ok := x.Func.(*ast.Name)
		if !ok {
			return nil
		}
		sym := g.info.Uses[n]
		if sym == nil || sym.Kind != check.SymFunc || sym.Func == nil {
			return nil
		}
		fi := sym.Func
		if fi.Def == nil || fi.IsGen || fi.IsAsync || fi.Decorated != nil || fi.Method != nil || len(x.Keywords) > 0 {
			return nil
		}
		var out []ast.Expr
		for i, a := range x.Args {
			if _, star := a.(*ast.Starred); star || i >= len(fi.Params) {
				return nil
			}
			if !paramConsumedOnly(g.info, fi, fi.Params[i].Name) {
				continue
			}
			out = append(out, a)
		}
		return out
	}
	return nil
}

// paramConsumedOnly reports whether the parameter name of fi is only
// iterated by for loops, given to next() or a consuming built-in, or tested
// with `in` (so the function keeps no reference once it returns).
func paramConsumedOnly(info *check.Info, fi *check.FuncInfo, name string) bool {
	ok := map[*ast.Name]bool{}
	allow := func(e ast.Expr) {
		if n, isName := e.(*ast.Name); isName {
			ok[n] = true
		}
	}
	builtin := func(f ast.Expr) string {
		if n, isName := f.(*ast.Name); isName {
			if sym := info.Uses[n]; sym != nil && (sym.Kind == check.SymBuiltin || sym.Kind == check.SymType) {
				return n.ID
			}
		}
		return ""
	}
	for _, st := range fi.Def.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncDef, *ast.Lambda, *ast.ClassDef:
				return false // a closure may keep it past the call: a use there escapes
			case *ast.For:
				allow(x.Iter)
			case *ast.Call:
				if consumingBuiltins[builtin(x.Func)] && len(x.Args) > 0 {
					allow(x.Args[0])
				}
			case *ast.Compare:
				if len(x.Ops) == 1 && (x.Ops[0] == "in" || x.Ops[0] == "not in") {
					allow(x.Comparators[0])
				}
			}
			return true
		})
	}
	escapes := false
	for _, st := range fi.Def.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Name:
				if x.ID == name && !ok[x] {
					escapes = true
				}
			case *ast.Global, *ast.Nonlocal:
				escapes = true
			}
			return !escapes
		})
	}
	return !escapes
}

// closedGens finds the fresh generators inside the consumed argument a:
// decl lists them in evaluation order (arguments before the generator that
// holds them), closeOrder in the order CPython frees them.
func (g *gen) closedGens(a ast.Expr, decl, closeOrder *[]ast.Expr) {
	if _, subst := g.fn.Subst[a]; subst {
		return
	}
	switch x := a.(type) {
	case *ast.GeneratorExp:
		if len(x.Gens) > 0 && !x.Gens[0].IsAsync {
			g.closedGens(x.Gens[0].Iter, decl, closeOrder)
		}
	case *ast.Call:
		if ir.FreshGen(g.info, x, false) {
			var inner []ast.Expr
			for _, arg := range x.Args {
				g.closedGens(arg, decl, &inner)
			}
			*decl = append(*decl, x)
			*closeOrder = append(*closeOrder, x) // the generator's frame first, then what it held
			*closeOrder = append(*closeOrder, inner...)
			return
		}
		if wrapperBuiltins[g.builtinName(x.Func)] {
			var inner []ast.Expr
			for _, arg := range x.Args {
				g.closedGens(arg, decl, &inner)
			}
			for i := len(inner) - 1; i >= 0; i-- { // a tuple frees its items last first
				*closeOrder = append(*closeOrder, inner[i])
			}
		}
	}
}

// closingCall emits e, a call or `in` test that consumes fresh generators,
// as a function literal that creates them, runs e and then closes them
// (also when e raises); ok is false when e consumes none. stmt selects the
// form without a value (a call used as a statement).
func (g *gen) closingCall(e ast.Expr, stmt bool) (*Statement, bool) {
	return g.closingCallAt(e, stmt, false)
}

// closingCallAt is closingCall; root emits e itself where the IR spills it
// into a temporary (ir.SetVar: print(next(reader(n, xs)), await f())).
func (g *gen) closingCallAt(e ast.Expr, stmt, root bool) (*Statement, bool) {
	if g.closingNow[e] || g.awaitsHere(e) {
		return nil, false
	}
	if _, subst := g.fn.Subst[e]; subst && !root {
		return nil, false
	}
	args := g.consumedArgs(e)
	if len(args) == 0 {
		return nil, false
	}
	var decl, closeOrder []ast.Expr
	for _, a := range args {
		g.closedGens(a, &decl, &closeOrder)
	}
	if len(decl) == 0 {
		return nil, false
	}
	t := g.typeOf(e)
	if !stmt && (t == nil || t == check.None) {
		return nil, false
	}
	// Generators whose arguments are simple are created first, into
	// temporaries (creating them runs no code); the others are stored
	// into a variable where they are made (py.BindAny), so that their
	// arguments keep CPython's evaluation order. The deferred closes skip
	// those an exception kept from being made.
	var early, bound []ast.Expr
	for _, ge := range decl {
		if ir.SimpleGenArgs(g.info, ge.(*ast.Call)) {
			early = append(early, ge)
		} else {
			bound = append(bound, ge)
		}
	}
	var s *Statement
	s = g.earlyTemps(e, early, func(body []Code, early map[ast.Expr]*Statement) *Statement {
		if g.bindGens == nil {
			g.bindGens = map[ast.Expr]string{}
		}
		names := map[ast.Expr]*Statement{}
		for ge, n := range early {
			names[ge] = n
		}
		for _, ge := range bound {
			name := fmt.Sprintf("_cg%d", g.closingSeq)
			g.closingSeq++
			body = append(body, Var().Id(name).Any())
			names[ge] = Id(name)
			g.bindGens[ge] = name
		}
		defer func() {
			for _, ge := range bound {
				delete(g.bindGens, ge)
			}
		}()
		var closes []Code
		for _, ge := range closeOrder {
			closes = append(closes, py("CloseIter").Call(names[ge]))
		}
		body = append(body, Defer().Func().Params().Block(closes...).Call())
		if stmt {
			body = append(body, g.stmtExpr(e))
			return Func().Params().Block(body...).Call()
		}
		if root {
			body = append(body, Return(g.exprRoot(e)))
		} else {
			body = append(body, Return(g.expr(e)))
		}
		return Func().Params().Add(g.goType(t)).Block(body...).Call()
	})
	return s, true
}

// earlyTemps emits e with the generator calls gens (inside e) created
// first, each into a temporary that stands for it while emit builds e from
// their declarations and names; e is marked as being emitted (closingNow)
// meanwhile.
func (g *gen) earlyTemps(e ast.Expr, gens []ast.Expr, emit func(decls []Code, names map[ast.Expr]*Statement) *Statement) *Statement {
	if g.closingNow == nil {
		g.closingNow = map[ast.Expr]bool{}
	}
	if g.override == nil {
		g.override = map[ast.Expr]string{}
	}
	g.closingNow[e] = true
	var decls []Code
	names := map[ast.Expr]*Statement{}
	for _, ge := range gens {
		name := fmt.Sprintf("_cg%d", g.closingSeq)
		g.closingSeq++
		decls = append(decls, Id(name).Op(":=").Add(g.expr(ge)))
		g.override[ge] = name
		names[ge] = Id(name)
	}
	s := emit(decls, names)
	for _, ge := range gens {
		delete(g.override, ge)
	}
	delete(g.closingNow, e)
	return s
}

// holdingCall emits e, a call of a user generator function (sync or async)
// given fresh generators as arguments that its body only iterates, so that
// the new generator holds them (py.Hold) and finalizes them when it
// finishes: CPython frees them when the generator's frame is cleared, so
// closing the outer generator (aclose(), a loop's break) closes the inner
// one right after. ok is false for other expressions. The arguments must
// all be simple (ir.SimpleGenArgs): the held ones are created first. root
// emits e itself where the IR spills it into a temporary (ir.SetVar).
func (g *gen) holdingCall(e ast.Expr, root bool) (*Statement, bool) {
	call, ok := e.(*ast.Call)
	if !ok || g.closingNow[e] || ir.HasAwait(e) || len(call.Keywords) > 0 {
		return nil, false
	}
	fn, ok := call.Func.(*ast.Name)
	if !ok || !(ir.FreshGen(g.info, e, false) || ir.FreshGen(g.info, e, true)) || !ir.SimpleGenArgs(g.info, call) {
		return nil, false
	}
	fi := g.info.Uses[fn].Func
	if fi == nil || fi.Def == nil || fi.Method != nil {
		return nil, false
	}
	var held []ast.Expr
	for i, a := range call.Args {
		if _, star := a.(*ast.Starred); star || i >= len(fi.Params) {
			return nil, false
		}
		if _, subst := g.fn.Subst[a]; !subst && !ir.FreshGen(g.info, a, false) && !ir.FreshGen(g.info, a, true) {
			continue
		}
		if _, isCall := a.(*ast.Call); isCall && paramConsumedOnly(g.info, fi, fi.Params[i].Name) {
			held = append(held, a)
		}
	}
	if len(held) == 0 {
		return nil, false
	}
	return g.earlyTemps(e, held, func(body []Code, names map[ast.Expr]*Statement) *Statement {
		var outer *Statement
		if root {
			outer = g.exprRoot(e) // a spilled call: e is its own temporary
		} else {
			outer = g.expr(e)
		}
		hold := []Code{outer}
		for _, a := range held {
			hold = append(hold, names[a])
		}
		body = append(body, Return(py("Hold").Call(hold...)))
		return Func().Params().Add(g.goType(g.typeOf(e))).Block(body...).Call()
	}), true
}

// awaitsHere reports an await (or other suspension) in e that the IR did
// not spill into a temporary before e runs: an await among a consuming
// call's arguments (any(... for x in reader(n, await load()))) is one, so
// the call itself does not suspend and can close its generators.
func (g *gen) awaitsHere(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		if x, ok := n.(ast.Expr); ok {
			if _, subst := g.fn.Subst[x]; subst && x != e {
				return false // computed before e
			}
			if isSuspendNode(x) {
				found = true
				return false
			}
		}
		if _, ok := n.(*ast.Lambda); ok {
			return false
		}
		return true
	})
	return found
}

// isSuspendNode reports an await, a yield or an async comprehension itself
// (ir's isSuspend).
func isSuspendNode(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Await, *ast.Yield, *ast.YieldFrom:
		return true
	case *ast.ListComp:
		return anyAsyncGen(x.Gens)
	case *ast.SetComp:
		return anyAsyncGen(x.Gens)
	case *ast.DictComp:
		return anyAsyncGen(x.Gens)
	case *ast.GeneratorExp:
		return anyAsyncGen(x.Gens) // as ir's isSuspend counts it
	}
	return false
}

func anyAsyncGen(gens []*ast.Comprehension) bool {
	for _, g := range gens {
		if g.IsAsync {
			return true
		}
	}
	return false
}

// finalizingAwaitValue emits the operand of `await f(agen())` where f
// alone holds fresh async generators (ir.AwaitFinalizedArgs): they are
// created first, into temporaries, and runtime.FinalizeArgsAfter
// finalizes them when the await finishes. nil for other awaits.
func (g *gen) finalizingAwaitValue(a *ir.Await) *Statement {
	call, ok := a.Value.(*ast.Call)
	if !ok || g.closingNow[call] {
		return nil
	}
	if _, subst := g.fn.Subst[call]; subst {
		return nil
	}
	gens := ir.AwaitFinalizedArgs(g.info, call)
	if len(gens) == 0 {
		return nil
	}
	for _, ge := range gens {
		if _, subst := g.fn.Subst[ge]; subst {
			return nil
		}
	}
	return g.earlyTemps(call, gens, func(body []Code, names map[ast.Expr]*Statement) *Statement {
		args := []Code{g.expr(call)}
		for _, ge := range gens {
			args = append(args, names[ge])
		}
		res := g.goType(a.Result)
		body = append(body, Return(rt("FinalizeArgsAfter").Types(res).Call(args...)))
		return Func().Params().Add(rt("Awaitable").Types(res)).Block(body...).Call()
	})
}
