package codegen

// Operand evaluation order in Go.
//
// Python evaluates the operands of every expression left to right. Go
// orders only function calls, method calls, receives and logical
// operations: a variable read, a field read or an index expression may be
// evaluated after a call that comes later in the same expression. So
// `print(p.get().opened, p.get().opened)` would read both fields after
// both calls, and `f(x, g())` would read x after g() rebinds it.
//
// orderOperands runs when a node's Go form is generated: every operand that
// precedes an operand with effects (a call, a walrus, a user dunder or
// property...) and whose value could change meanwhile is marked, and expr
// wraps a marked operand's Go in py.Id, an inlinable identity function
// whose call Go orders with the other calls. Stable operands (literals,
// temporaries, locals no call can rebind, calls that are Go calls) are
// left as they are.

import (
	"fmt"
	goast "go/ast"
	goparser "go/parser"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

// orderOperands marks the operands of e that must be evaluated before a
// later operand's effects (see above).
func (g *gen) orderOperands(e ast.Expr) {
	switch e.(type) {
	case *ast.Call, *ast.BinOp, *ast.Compare, *ast.ListExpr, *ast.TupleExpr, *ast.SetExpr,
		*ast.DictExpr, *ast.Subscript, *ast.FString:
	default:
		return
	}
	kids := ir.Operands(e)
	last := -1
	for i, k := range kids {
		if g.effectful(k) {
			last = i
		}
	}
	for i := 0; i < last; i++ {
		if !g.stable(kids[i], kids[i+1:]) {
			if g.ordered == nil {
				g.ordered = map[ast.Expr]bool{}
			}
			g.ordered[kids[i]] = true
		}
	}
}

// ordered wraps c, the Go form of e, in py.Id when e was marked, unless
// c is itself a Go function or method call.
func (g *gen) orderedExpr(e ast.Expr, c *Statement) *Statement {
	if g.ordered[e] && !isGoCall(c) {
		return py("Id").Call(c)
	}
	return c
}

// isGoCall reports whether the Go expression c is a function or method
// call (not a conversion or a call of a built-in function such as len),
// which Go orders with the other calls of an expression.
func isGoCall(c *Statement) bool {
	x, err := goparser.ParseExpr(fmt.Sprintf("%#v", c))
	if err != nil {
		return false
	}
	call, ok := x.(*goast.CallExpr)
	if !ok {
		return false
	}
	switch f := call.Fun.(type) {
	case *goast.Ident:
		return !goBuiltin[f.Name]
	case *goast.SelectorExpr:
		return f.Sel.Name != "Bytes" // py.Bytes is a type: a conversion
	case *goast.IndexExpr, *goast.IndexListExpr: // an instantiated generic function
		return true
	case *goast.FuncLit, *goast.CallExpr, *goast.ParenExpr: // f(x)(y), (*cell)(x)
		return true
	}
	return false
}

// goBuiltin lists Go's predeclared functions and types (a call of one is
// a built-in call or a conversion).
var goBuiltin = map[string]bool{
	"len": true, "cap": true, "append": true, "min": true, "max": true, "real": true, "imag": true,
	"complex": true, "new": true, "make": true, "copy": true, "clear": true,
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true, "uint": true,
	"uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "string": true, "bool": true, "byte": true, "rune": true,
	"complex64": true, "complex128": true, "any": true, "error": true,
}

// effectful reports whether evaluating e may run code that changes
// variables, attributes or elements: a call, a walrus, a yield, or an
// operation that calls a user method (dunders, properties).
func (g *gen) effectful(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		x, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if _, subst := g.fn.Subst[x]; subst {
			return false // a temporary, evaluated earlier
		}
		switch x := x.(type) {
		case *ast.Lambda:
			return false
		case *ast.Call:
			if !g.pureBuiltin(x) {
				found = true
			}
		case *ast.NamedExpr, *ast.Yield, *ast.YieldFrom, *ast.Await:
			found = true
		case *ast.Attribute:
			if c, ok := g.typeOf(x.Value).(*check.Class); ok && c.LookupField(x.Attr) == nil {
				found = true // a property (or a method value)
			}
		case *ast.Subscript:
			found = userCode(g.typeOf(x.Value))
		case *ast.BinOp:
			found = userCode(g.typeOf(x.Left)) || userCode(g.typeOf(x.Right))
		case *ast.UnaryOp:
			found = userCode(g.typeOf(x.Operand))
		case *ast.Compare:
			found = userCode(g.typeOf(x.Left))
			for _, c := range x.Comparators {
				found = found || userCode(g.typeOf(c))
			}
		case *ast.BoolOp:
			for _, v := range x.Values {
				found = found || userCode(g.typeOf(v))
			}
		case *ast.FString:
			for _, p := range x.Parts {
				if p.Expr != nil && userCode(g.typeOf(p.Expr)) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// pureBuiltins are built-in functions that run no user code and change
// nothing when their arguments hold no user objects.
var pureBuiltins = map[string]bool{
	"len": true, "abs": true, "min": true, "max": true, "int": true, "float": true,
	"str": true, "bool": true, "repr": true, "round": true, "isinstance": true,
	"divmod": true, "pow": true, "hash": true, "chr": true, "ord": true,
}

// pureBuiltin reports a call of a pure built-in over values without user
// objects (its arguments are inspected separately).
func (g *gen) pureBuiltin(c *ast.Call) bool {
	n, ok := c.Func.(*ast.Name)
	if !ok || len(c.Keywords) > 0 {
		return false
	}
	sym := g.info.Uses[n]
	if sym == nil || (sym.Kind != check.SymBuiltin && sym.Kind != check.SymType) || !pureBuiltins[n.ID] {
		return false
	}
	for _, a := range c.Args {
		if _, star := a.(*ast.Starred); star || userCode(g.typeOf(a)) {
			return false
		}
	}
	return true
}

// userCode reports types whose values may run user code when compared,
// formatted, hashed or operated on: user classes, objects of any type,
// and containers of those.
func userCode(t check.Type) bool {
	switch x := t.(type) {
	case nil:
		return false
	case *check.Basic:
		return false
	case *check.Class, *check.AnyType:
		return true
	case *check.List:
		return userCode(x.Elem)
	case *check.Set:
		return userCode(x.Elem)
	case *check.Dict:
		return userCode(x.Key) || userCode(x.Val)
	case *check.Tuple:
		for _, e := range x.Elems {
			if userCode(e) {
				return true
			}
		}
		return false
	case *check.Optional:
		return userCode(x.Elem)
	case *check.Union:
		for _, e := range x.Types {
			if userCode(e) {
				return true
			}
		}
		return false
	}
	return false
}

// stable reports whether e's value cannot change between its place in
// the evaluation order and a later operand's effects, whatever Go's order
// of evaluation: literals, temporaries, functions and classes, locals that
// no later operand can rebind, and calls Go orders itself.
func (g *gen) stable(e ast.Expr, later []ast.Expr) bool {
	if ast.IsLiteral(e) {
		return true
	}
	if _, subst := g.fn.Subst[e]; subst {
		return true
	}
	switch x := e.(type) {
	case *ast.Lambda:
		return true
	case *ast.Name:
		sym := g.info.Uses[x]
		if sym == nil || sym.Kind != check.SymVar {
			return true
		}
		v := g.fn.SymVars[sym]
		if v == nil || v.Cell || v.Kind != ir.VarPlain {
			return false // a global, or a variable a nested function may rebind
		}
		for _, l := range later {
			if assigns(l, sym, g.info) {
				return false
			}
		}
		return true
	case *ast.Call:
		return g.goCall(x)
	}
	return false
}

// assigns reports whether e contains a walrus binding sym.
func assigns(e ast.Expr, sym *check.Symbol, info *check.Info) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if ne, ok := n.(*ast.NamedExpr); ok {
			if t := ne.Target; t != nil && (info.Defs[t] == sym || info.Uses[t] == sym) {
				found = true
			}
		}
		return !found
	})
	return found
}

// goCall reports calls whose Go form is a Go function or method call (of
// a user function, method or class), which Go orders with other calls.
func (g *gen) goCall(c *ast.Call) bool {
	if g.info.CallVia[c] != nil {
		return false
	}
	switch f := g.typeOf(c.Func).(type) {
	case *check.Func:
		n, ok := c.Func.(*ast.Name)
		if !ok {
			return false
		}
		sym := g.info.Uses[n]
		return sym != nil && sym.Kind == check.SymFunc && sym.Func.Decorated == nil
	case *check.ClassRef:
		return !f.Class.Builtin
	case *check.BoundMethod:
		return f.Method != nil && !f.Super && f.Method.Decorated == nil && !f.Method.IsProperty
	}
	return false
}

// kwOrdered emits a call of a user function, method or class whose
// keyword arguments bind to parameters in another order than they are
// written, when that order is observable: the arguments whose value or
// effects depend on when they run are passed, in source order, to an
// immediately called function literal that makes the call (Go evaluates
// call arguments left to right, but the callee takes them in parameter
// order). It returns nil when the call needs no such care.
func (g *gen) kwOrdered(x *ast.Call) *Statement {
	if len(x.Keywords) == 0 || !g.goCall(x) {
		return nil
	}
	var sig *check.Func
	switch f := g.typeOf(x.Func).(type) {
	case *check.Func:
		sig = f
	case *check.ClassRef:
		if init := f.Class.LookupMethod("__init__"); init != nil {
			sig = init.Sig
		}
	case *check.BoundMethod:
		sig = f.Method.Sig
	}
	if sig == nil {
		return nil
	}
	bound := g.argsOf(x, sig)
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
	for i := 1; i < len(src); i++ {
		if pos[src[i]] < pos[src[i-1]] {
			inOrder = false
		}
	}
	if inOrder {
		return nil
	}
	var moved []ast.Expr
	effects := false
	for i, a := range src {
		if _, call := a.(*ast.Call); !call && g.stable(a, src[i+1:]) {
			continue // its value does not depend on when it is evaluated
		}
		if _, conv := g.info.Conv[a]; conv {
			return nil
		}
		moved = append(moved, a)
		effects = effects || g.effectful(a)
	}
	if len(moved) < 2 || !effects {
		return nil
	}
	var params, args []Code
	if g.override == nil {
		g.override = map[ast.Expr]string{}
	}
	for _, a := range moved {
		args = append(args, g.expr(a))
	}
	for _, a := range moved {
		g.tmp++
		name := fmt.Sprintf("_a%d", g.tmp)
		params = append(params, Id(name).Add(g.goType(g.typeOf(a))))
		g.override[a] = name
	}
	inner := g.callBound(x)
	for _, a := range moved {
		delete(g.override, a)
	}
	if g.voidCall(x) {
		return Func().Params(params...).Block(inner).Call(args...)
	}
	return Func().Params(params...).Add(g.goType(g.typeOf(x))).Block(Return(inner)).Call(args...)
}
