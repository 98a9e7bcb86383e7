package codegen

import (
	"fmt"
	"strings"

	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// Callables as values (see check/callables.go): a built-in callable
// stored in a variable holds its receiver (a bound method of a built-in
// type) or nothing (struct{}: a built-in function, an unbound method); a
// call through it is generated as the call it stands for; where a Go func
// is needed it is eta-expanded.

// callableGoType is the Go type of a singleton callable value.
func (g *gen) callableGoType(t check.Type) (Code, bool) {
	switch x := t.(type) {
	case *check.BoundMethod:
		if x.Method == nil && !x.Super {
			return g.goType(x.Recv), true
		}
	case *check.BuiltinFunc, *check.UnboundMethod:
		return py("BuiltinRepr"), true
	}
	return nil, false
}

// builtinReprText is what CPython prints for a built-in callable value:
// <built-in function len>, <method 'upper' of 'str' objects>. (Python
// functions of the library, asyncio.sleep, print with an address, which
// no program can expect.)
func builtinReprText(t check.Type) string {
	switch x := t.(type) {
	case *check.BuiltinFunc:
		mod, short, dotted := strings.Cut(x.Name, ".")
		switch {
		case !dotted:
			return "<built-in function " + x.Name + ">"
		case mod == "time" || mod == "math": // C modules
			return "<built-in function " + short + ">"
		}
		return "<function " + short + ">"
	case *check.UnboundMethod:
		if rn := check.RecvName(x.Recv); rn != "" {
			return "<method '" + x.Name + "' of '" + rn + "' objects>"
		}
		return "<function " + x.Name + ">"
	}
	return "<object>"
}

// builtinCallableRepr is CPython's repr of the built-in callable e names
// (len, str.upper, int), or "" when e names no built-in: the func value
// made from it carries that text (py.BuiltinFunc), printed as CPython
// prints the callable.
func (g *gen) builtinCallableRepr(e ast.Expr) string {
	switch t := g.typeOf(e).(type) {
	case *check.BuiltinFunc, *check.UnboundMethod:
		return builtinReprText(t)
	}
	n, ok := e.(*ast.Name)
	if !ok {
		return ""
	}
	switch sym := g.info.Uses[n]; {
	case sym == nil:
	case sym.Kind == check.SymBuiltin:
		return "<built-in function " + n.ID + ">"
	case sym.Kind == check.SymType:
		return "<class '" + n.ID + "'>"
	}
	return ""
}

// callableValue is the value of expression e of singleton callable type
// t, or nil.
func (g *gen) callableValue(e ast.Expr, t check.Type) *Statement {
	switch x := t.(type) {
	case *check.BoundMethod:
		if at, ok := e.(*ast.Attribute); ok && x.Method == nil && !x.Super {
			return g.expr(at.Value)
		}
	case *check.BuiltinFunc, *check.UnboundMethod:
		return py("BuiltinRepr").Call(Lit(builtinReprText(t)))
	}
	return nil
}

// funcValue emits the eta-expansion of a built-in callable.
func (g *gen) funcValue(fv *check.FuncValue) *Statement {
	if snap := g.snapshotNested(fv); snap != nil {
		return snap
	}
	var params []Code
	for _, p := range fv.Params {
		params = append(params, Id(p.GoName).Add(g.goType(p.Type)))
	}
	call := g.call(fv.Call)
	var lit *Statement
	if fv.Type.Ret == check.None {
		lit = Func().Params(params...).Block(call)
	} else {
		lit = Func().Params(params...).Add(g.goType(fv.Type.Ret)).Block(Return(call))
	}
	lit = g.namedStmt(lit, calleeName(fv.Call.Func)) // funcname.go
	if r := g.builtinCallableRepr(fv.Call.Func); r != "" {
		lit = py("BuiltinFunc").Call(lit, Lit(r))
	} else if bm, ok := g.typeOf(fv.Call.Func).(*check.BoundMethod); ok && bm.Method == nil && !bm.Super && fv.Recv != nil && g.info.FuncNames {
		// words.append as a value: a built-in method (type(f).__name__ is
		// builtin_function_or_method).
		lit = py("BuiltinFunc").Call(lit, Lit("<built-in method "+bm.Name+" of "+check.RecvName(bm.Recv)+" object>"))
	}
	if fv.Recv == nil {
		return lit
	}
	return Func().Params(Id(fv.Recv.GoName).Add(g.goType(fv.Recv.Type))).Add(g.goType(fv.Type)).Block(Return(lit)).Call(g.expr(fv.RecvOf))
}

// snapshotNested emits the value of a nested function whose defaulted
// parameters the value leaves out (fs.append(make), make being
// `def make(n: str = name)` inside a loop). In Python the value is the
// function object: the function and the defaults its def evaluated, as
// they are when the value is taken. The function and the variables holding
// its defaults are passed to a wrapper, so later runs of the def (the next
// iteration) do not change the values taken before. nil when fv is not
// such a value.
func (g *gen) snapshotNested(fv *check.FuncValue) *Statement {
	if fv.Recv != nil || g.snapDefaults != nil {
		return nil
	}
	n, ok := fv.Call.Func.(*ast.Name)
	if !ok {
		return nil
	}
	sig, ok := g.typeOf(n).(*check.Func)
	if !ok {
		return nil
	}
	fi := g.funcOfSig(sig)
	if fi == nil {
		return nil
	}
	vs := g.fn.Defaults[fi]
	if vs == nil {
		return nil
	}
	wparams := []Code{Id("_fn").Add(g.goType(sig))}
	wargs := []Code{g.expr(n)}
	g.snapDefaults = map[int]string{}
	for i, v := range vs {
		if v == nil {
			continue
		}
		name := fmt.Sprintf("_d%d", i)
		g.snapDefaults[i] = name
		wparams = append(wparams, Id(name).Add(g.goType(sig.Params[i].Type)))
		wargs = append(wargs, g.varRef(v, false))
	}
	if g.override == nil {
		g.override = map[ast.Expr]string{}
	}
	g.override[n] = "_fn"
	lit := g.funcValue(fv)
	delete(g.override, n)
	g.snapDefaults = nil
	return Func().Params(wparams...).Add(g.goType(fv.Type)).Block(Return(lit)).Call(wargs...)
}
