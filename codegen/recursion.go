package codegen

import (
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// Recursion limit. CPython raises RecursionError when a thread has about
// 1000 Python frames; Go would grow the stack to 1 GB and die. Only
// functions that can reach themselves again count frames, so the guard
// costs nothing elsewhere: the call graph (a function uses another by
// name, or calls a method of the same name, over-approximating dynamic
// dispatch) is split into strongly connected components, and a plain
// function in a cycle increments a depth counter on entry (py.Enter) and
// decrements it on exit. The functions that can call into such a cycle
// (main calling a recursive walk) count their frames too, as CPython's
// limit counts every frame on the stack: a program that catches
// RecursionError sees the depth CPython reaches.

// analyzeRecursion marks the functions that are part of a call-graph
// cycle.
func (g *gen) analyzeRecursion() {
	var funcs []*check.FuncInfo
	seen := map[*check.FuncInfo]bool{}
	var add func(fi *check.FuncInfo)
	add = func(fi *check.FuncInfo) {
		if fi == nil || seen[fi] {
			return
		}
		seen[fi] = true
		funcs = append(funcs, fi)
		for _, n := range fi.Nested {
			add(n)
		}
	}
	for _, fi := range g.info.TopFuncs {
		add(fi)
	}
	for _, cls := range g.info.ClassList {
		for _, name := range cls.Order {
			if d, ok := cls.Methods[name].Def.(*ast.FuncDef); ok {
				add(g.info.Funcs[d])
			}
		}
	}
	add(g.info.Module)
	byMethod := map[string][]*check.FuncInfo{}
	for _, fi := range funcs {
		if fi.Class != nil {
			byMethod[fi.Name] = append(byMethod[fi.Name], fi)
		}
	}
	edges := map[*check.FuncInfo][]*check.FuncInfo{}
	for _, fi := range funcs {
		var out []*check.FuncInfo
		visit := func(e ast.Expr) {
			switch x := e.(type) {
			case *ast.Name:
				if sym := g.info.Uses[x]; sym != nil && sym.Func != nil {
					out = append(out, sym.Func)
				}
			case *ast.Attribute:
				out = append(out, byMethod[x.Attr]...)
			case *ast.Lambda:
				if l := g.info.Lambdas[x]; l != nil {
					out = append(out, l)
				}
			case *ast.Call:
				// any(f(c) for c in kids): the built-in's C call into
				// the generator is one more level in CPython.
				if n, ok := x.Func.(*ast.Name); ok && len(x.Args) >= 1 {
					if ge, ok := x.Args[0].(*ast.GeneratorExp); ok && cLevelConsumers[n.ID] {
						if sym := g.info.Uses[n]; sym != nil && sym.Kind == check.SymBuiltin {
							if g.cLevelGen == nil {
								g.cLevelGen = map[*ast.GeneratorExp]bool{}
							}
							g.cLevelGen[ge] = true
						}
					}
				}
			}
		}
		out = append(out, fi.Nested...)
		switch {
		case fi.Def != nil:
			for _, p := range fi.Def.Params {
				if p.Default != nil {
					check.WalkExpr(p.Default, visit)
				}
			}
			check.WalkBody(fi.Def.Body, visit)
		case fi.Lambda != nil:
			check.WalkExpr(fi.Lambda.Body, visit)
		case fi == g.info.Module:
			continue
		}
		edges[fi] = out
	}
	// Tarjan's strongly connected components.
	index := map[*check.FuncInfo]int{}
	low := map[*check.FuncInfo]int{}
	onStack := map[*check.FuncInfo]bool{}
	var stack []*check.FuncInfo
	g.recursive = map[*check.FuncInfo]bool{}
	var strong func(v *check.FuncInfo)
	strong = func(v *check.FuncInfo) {
		index[v] = len(index) + 1
		low[v] = index[v]
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range edges[v] {
			if index[w] == 0 {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] != index[v] {
			return
		}
		var comp []*check.FuncInfo
		for {
			w := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[w] = false
			comp = append(comp, w)
			if w == v {
				break
			}
		}
		self := false
		for _, w := range edges[v] {
			self = self || w == v
		}
		if len(comp) > 1 || self {
			for _, w := range comp {
				g.recursive[w] = true
			}
		}
	}
	for _, fi := range funcs {
		if index[fi] == 0 {
			strong(fi)
		}
	}
	// The callers of recursive functions, transitively: their frames are
	// below the recursion when it hits the limit.
	callers := map[*check.FuncInfo][]*check.FuncInfo{}
	for _, fi := range funcs {
		for _, w := range edges[fi] {
			callers[w] = append(callers[w], fi)
		}
	}
	g.counted = map[*check.FuncInfo]bool{}
	var up func(fi *check.FuncInfo)
	up = func(fi *check.FuncInfo) {
		if g.counted[fi] {
			return
		}
		g.counted[fi] = true
		for _, c := range callers[fi] {
			up(c)
		}
	}
	// A __repr__ or __str__ may recurse through the repr of what it
	// formats (f"Node({self.next!r})"), which the call graph does not see.
	for _, fi := range funcs {
		if fi.Class != nil && (fi.Name == "__repr__" || fi.Name == "__str__") && !fi.IsAsync && !fi.IsGen {
			g.recursive[fi] = true
		}
	}
	for fi := range g.recursive {
		up(fi)
	}
}

// recursionGuard is the prologue of a plain function in a call-graph
// cycle or calling into one (and of the plain form of a never-suspending
// coroutine, whose awaits are plain calls): count the frame, raise
// RecursionError past the limit. A coroutine calling into a cycle is not
// counted: the frames below a task's recursion are approximated by
// py.RecursionBase, which counts the task's own coroutine.
func (g *gen) recursionGuard(fi *check.FuncInfo) []Code {
	if !g.counted[fi] || fi.IsGen || fi.IsAsync && !g.recursive[fi] {
		return nil
	}
	if fi.Class != nil && (fi.Name == "__repr__" || fi.Name == "__str__") {
		return []Code{py("EnterRepr").Call(Lit(strings.Trim(fi.Name, "_"))), Defer().Add(py("LeaveRepr")).Call()}
	}
	return []Code{py("Enter").Call(), Defer().Add(py("Leave")).Call()}
}

// compFrameGuard is the prologue of the function a comprehension or a
// generator expression's step runs in (a frame of its own in CPython
// 3.11) when it may call into a recursion: in a function that counts its
// frames (or at module level), a comprehension containing a call or an
// attribute read (a property) counts one frame more while it runs.
func (g *gen) compFrameGuard(e ast.Expr) []Code {
	if g.fn == nil || g.fn.Info == nil || !(g.counted[g.fn.Info] || g.fn.Info == g.info.Module) {
		return nil
	}
	if g.fn.Info == g.info.Module && len(g.counted) == 0 {
		return nil
	}
	calls := false
	check.WalkExpr(e, func(x ast.Expr) {
		switch x.(type) {
		case *ast.Call, *ast.Attribute:
			calls = true
		}
	})
	if !calls {
		return nil
	}
	if ge, ok := e.(*ast.GeneratorExp); ok && g.cLevelGen[ge] {
		return []Code{py("Enter2").Call(), Defer().Add(py("Leave2")).Call()}
	}
	return []Code{py("Enter").Call(), Defer().Add(py("Leave")).Call()}
}

// cLevelConsumers are the built-ins whose C loop over a generator
// expression CPython 3.11 counts as one more recursion level per step.
var cLevelConsumers = map[string]bool{"any": true, "all": true, "max": true, "min": true}
