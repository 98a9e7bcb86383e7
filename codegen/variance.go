package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// adaptFunc wraps a function value whose Go type differs from the one the
// target Callable type needs: arguments are converted from the target's
// parameter types to the function's (contravariance, and Task[T]
// arguments to Future[T] parameters), the result from the function's
// result type to the target's (covariance).
func (g *gen) adaptFunc(c Code, from, to *check.Func) Code {
	if fmt.Sprintf("%#v", g.goType(from)) == fmt.Sprintf("%#v", g.goType(to)) {
		return c
	}
	var params, args []Code
	for i, p := range to.Params {
		n := fmt.Sprintf("_a%d", i)
		params = append(params, Id(n).Add(g.goType(p.Type)))
		fp := from.Params[i].Type
		if _, ok := fp.(*check.Future); ok {
			if _, ok := p.Type.(*check.Task); ok {
				args = append(args, rt("AsFuture").Call(Id(n)))
				continue
			}
		}
		args = append(args, g.convert(Id(n), p.Type, fp))
	}
	call := Id("_fn").Call(args...)
	toVoid := to.Ret == check.None || to.Ret == nil
	fromVoid := from.Ret == check.None || from.Ret == nil
	var body []Code
	switch {
	case toVoid:
		body = []Code{call}
	case fromVoid:
		body = []Code{call, Return(g.convert(py("None"), check.None, to.Ret))}
	default:
		body = []Code{Return(g.convert(call, from.Ret, to.Ret))}
	}
	sig := Func().Params(params...)
	if !toVoid {
		sig = sig.Add(g.goType(to.Ret))
	}
	adapter := Code(sig.Clone().Block(body...))
	adapter = py("AdoptRepr").Call(adapter, Id("_fn")) // funcname.go: a wrapped built-in prints as itself
	if g.info.FuncNames {
		adapter = py("Adopt").Call(adapter, Id("_fn")) // funcname.go: it has the name of the function it wraps
	}
	return Func().Params(Id("_fn").Add(g.goType(from))).Add(g.goType(to)).Block(
		Return(adapter),
	).Call(c)
}

// boxedType reports whether values of type t are held in a Go any (so
// that None is one of the values they may hold).
func boxedType(t check.Type) bool {
	switch t.(type) {
	case *check.AnyType, *check.Union:
		return true
	}
	return t == check.Object
}
