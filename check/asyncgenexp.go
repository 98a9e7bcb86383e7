package check

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
)

// Asynchronous generator expressions ((x * 2 async for x in ticks(3)),
// (await f(x) for x in xs)): CPython makes an async generator of them whose
// first iterable is evaluated where the expression is written. The checker
// types one as the nested async generator function it stands for,
//
//	async def <genexpr>(_it: T) -> AsyncGenerator[E, None]:
//	    async for x in _it:      (each clause a loop, each if a test)
//	        if cond:
//	            yield elt
//
// called with the first iterable: <genexpr>(first). The function's
// parameter and result types are those of the first iterable and of the
// element (typed first, speculatively, as a comprehension's are); its body
// is the expression's own clauses, checked as a closure's body. The
// generator (ir) defines the function and calls it where the expression is.

// AsyncGenExp is the function an asynchronous generator expression stands
// for: its definition (Sym is the local it is bound to) and the call of it
// with the first iterable.
type AsyncGenExp struct {
	Def  *ast.FuncDef
	Sym  *Symbol
	Call *ast.Call
}

// asyncGenExp types the asynchronous generator expression x.
func (c *checker) asyncGenExp(x *ast.GeneratorExp) Type {
	if c.fn == nil || c.fn == c.info.Module || c.fn.Lambda != nil || c.fn.scope == nil {
		c.errorf(x.Pos, "asynchronous generator expressions (async for or await inside (...)) are supported only in the body of a def: use an async def with yield")
		return nil
	}
	var et, it Type
	c.speculate(func() {
		et = c.comprehension(x.Gens, func() Type { return c.expr(x.Elt) })
		it = c.info.Types[x.Gens[0].Iter]
	})
	if et == nil {
		// Typed again for real: its errors are reported.
		c.comprehension(x.Gens, func() Type { return c.expr(x.Elt) })
		return nil
	}
	if it == nil {
		return nil
	}
	name := fmt.Sprintf("_aiogo_genexpr_%d_%d", x.Pos.Line, x.Pos.Col)
	param := &ast.Name{Pos: x.Pos, ID: name + "_T"}
	ret := &ast.Name{Pos: x.Pos, ID: name + "_R"}
	if c.synthAnns == nil {
		c.synthAnns = map[ast.Expr]Type{}
	}
	c.synthAnns[param] = it
	c.synthAnns[ret] = &Generator{Yield: et, Send: None, Return: None, Async: true}
	itName := &ast.Name{Pos: x.Gens[0].Iter.Position(), ID: "_aiogo_it"}
	var body []ast.Stmt = []ast.Stmt{&ast.ExprStmt{Pos: x.Elt.Position(), Value: &ast.Yield{Pos: x.Elt.Position(), Value: x.Elt}}}
	for i := len(x.Gens) - 1; i >= 0; i-- {
		g := x.Gens[i]
		for j := len(g.Ifs) - 1; j >= 0; j-- {
			body = []ast.Stmt{&ast.If{Pos: g.Ifs[j].Position(), Test: g.Ifs[j], Body: body}}
		}
		var iter ast.Expr = g.Iter
		if i == 0 {
			iter = itName
		}
		body = []ast.Stmt{&ast.For{Pos: g.Target.Position(), IsAsync: g.IsAsync, Target: g.Target, Iter: iter, Body: body}}
	}
	def := &ast.FuncDef{Pos: x.Pos, Name: name, PyName: "<genexpr>", IsAsync: true,
		Params: []*ast.Param{{Pos: x.Pos, Name: "_aiogo_it", Annotation: param}}, Returns: ret, Body: body}
	// A fresh local each time: a speculative check of a loop body (flow.go)
	// rolls back the function's locals, not its scope.
	sym := c.declare(c.fn.scope, &Symbol{Name: name, Kind: SymVar, Pos: x.Pos})
	saveSc := c.sc
	c.sc = c.fn.scope
	c.stmt(def)
	c.sc = saveSc
	call := &ast.Call{Pos: x.Pos, Func: &ast.Name{Pos: x.Pos, ID: name}, Args: []ast.Expr{x.Gens[0].Iter}}
	t := c.expr(call) // the first iterable is typed here, where it is evaluated
	if t == nil {
		return nil
	}
	if c.info.AsyncGenExps == nil {
		c.info.AsyncGenExps = map[*ast.GeneratorExp]*AsyncGenExp{}
	}
	c.info.AsyncGenExps[x] = &AsyncGenExp{Def: def, Sym: sym, Call: call}
	return t
}
