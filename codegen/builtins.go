package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// This file lowers calls of the entries of the built-in table (package
// builtins): without a hook in lowerHooks (builtins_hooks.go), a call
// becomes a call of the entry's Go symbol with the receiver (for a method
// that is not a Go method) and then one argument per parameter, converted
// to the parameter's type, defaults filled in from the signature.

// sym returns the Go identifier as code.
func sym(id builtins.GoIdent) *Statement { return Qual(id.Path, id.Name) }

// symCall calls the runtime symbol id on receiver r of type rtype with
// args: r.Name(args) for a method, Name(r, args) for a function taking the
// receiver first (Name[T](r, args) for one of the element type).
func (g *gen) symCall(id builtins.GoIdent, r *Statement, rtype check.Type, args ...Code) *Statement {
	if id.Method {
		return r.Dot(id.Name).Call(args...)
	}
	return g.symOf(id, rtype).Call(append([]Code{r}, args...)...)
}

// symOf names the runtime function id, instantiated with the type
// arguments of the receiver type rtype when id asks for it.
func (g *gen) symOf(id builtins.GoIdent, rtype check.Type) *Statement {
	if !id.Generic {
		return sym(id)
	}
	switch t := rtype.(type) {
	case *check.List:
		return sym(id).Types(g.goType(t.Elem))
	case *check.Set:
		return sym(id).Types(g.goType(t.Elem))
	case *check.Dict:
		return sym(id).Types(g.goType(t.Key), g.goType(t.Val))
	}
	panic(fmt.Sprintf("codegen: %s: receiver type %s has no type arguments", id, rtype))
}

// entryCall lowers a call of table entry e on receiver r (nil for a
// built-in function) of type rtype.
func (g *gen) entryCall(x *ast.Call, e *builtins.Entry, r *Statement, rtype check.Type) *Statement {
	if h := lowerHooks[e.Name]; h != nil {
		return h(g, x, e, r, rtype)
	}
	return g.entryDirect(x, e, r, rtype)
}

// entryDirect is the lowering of an entry without a hook.
func (g *gen) entryDirect(x *ast.Call, e *builtins.Entry, r *Statement, rtype check.Type) *Statement {
	f := check.EntrySig(e, rtype)
	args, msg := check.BindEntry(e, x)
	if msg != "" || f == nil {
		panic("codegen: " + e.Name + ": " + msg)
	}
	sig := e.Signature()
	var out []Code
	if r != nil && !e.Go.Method {
		out = append(out, r)
	}
	for i, a := range args {
		pt := f.Params[i].Type
		if a == nil {
			out = append(out, g.defaultArg(e, sig.Params[i].Default, pt))
			continue
		}
		if it, ok := g.info.Conv[a].(*check.IterableArg); ok { // an iterable where a set method takes a set
			out = append(out, g.iterArgSet(a, it.Elem))
			continue
		}
		switch pt := pt.(type) {
		case *check.IterableArg:
			out = append(out, g.sliceOfTo(a, pt.Elem)) // surface_more.go
			continue
		case *check.AnyType:
			if ra, ok := rtype.(*check.Abstract); ok && isAny(ra.Elem) {
				// A Sequence[Any] view (isinstance(v, Sequence)): the
				// generic function's T is any.
				out = append(out, Id("any").Call(g.exprAny(a)))
				continue
			}
			out = append(out, g.exprAny(a))
			continue
		}
		out = append(out, g.exprTo(a, pt))
	}
	if e.Go.Method {
		return r.Dot(e.Go.Name).Call(out...)
	}
	return g.symOf(e.Go, rtype).Call(out...)
}

// defaultArg emits the default value of a parameter of type t.
func (g *gen) defaultArg(e *builtins.Entry, src string, t check.Type) Code {
	v, ok := check.DefaultLiteral(src)
	if !ok {
		panic("codegen: " + e.Name + ": default " + src + " needs a lowering hook")
	}
	if v == nil {
		return g.goType(t).(*Statement).Clone().Values()
	}
	return Lit(v)
}

// methodEntryCall lowers a call of a method of a built-in type described
// by the table; ok is false if rtype has no methods in the table.
func (g *gen) methodEntryCall(x *ast.Call, r *Statement, rtype check.Type, name string) (*Statement, bool) {
	rn := check.RecvName(rtype)
	if rn == "" {
		return nil, false
	}
	e := builtins.Method(rn, name)
	if check.IsByteArray(rtype) && (e == nil || len(x.Args) > 0 && g.typeOf(x.Args[0]) == check.Bytes) {
		if be := builtins.Method("bytes", name); be != nil {
			return g.byteArrayMethod(x, be, r), true // bytearray.go
		}
	}
	if e == nil {
		return nil, false
	}
	return g.entryCall(x, e, r, rtype), true
}
