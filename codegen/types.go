package codegen

import (
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

// Import paths of the runtime packages the generated code uses.
const (
	pyPkg = "github.com/aiogo/aiogo/runtime/py"
	rtPkg = "github.com/aiogo/aiogo/runtime"
)

func py(name string) *Statement { return Qual(pyPkg, name) }
func rt(name string) *Statement { return Qual(rtPkg, name) }

// safe maps a Python identifier to a Go identifier that cannot clash with
// Go keywords, predeclared names or generated names (which start with _).
func safe(name string) string { return ir.GoName(name) }

// goType returns the Go type of a language type.
func (g *gen) goType(t check.Type) Code {
	if c, ok := g.callableGoType(t); ok { // callables.go
		return c
	}
	if c, ok := g.syncGoType(t); ok { // sync.go
		return c
	}
	if c, ok := g.ioGoType(t); ok { // threads.go
		return c
	}
	if c := g.exitStackGoType(t); c != nil { // exitstack.go
		return c
	}
	if c := g.genGoType(t); c != nil { // generators.go
		return c
	}
	switch x := t.(type) {
	case *check.Basic:
		switch x.Kind {
		case check.KInt:
			return Int64()
		case check.KFloat:
			return Float64()
		case check.KBool:
			return Bool()
		case check.KStr:
			return String()
		case check.KBytes:
			return py("Bytes")
		case check.KNone:
			return py("NoneType")
		}
	case *check.List:
		return Op("*").Add(py("List")).Types(g.goType(elemOrAny(x.Elem)))
	case *check.Set:
		return Op("*").Add(py("Set")).Types(g.goType(elemOrAny(x.Elem)))
	case *check.Dict:
		return Op("*").Add(py("Dict")).Types(g.goType(elemOrAny(x.Key)), g.goType(elemOrAny(x.Val)))
	case *check.Tuple:
		if x.ListRepr {
			return Op("*").Add(py("List")).Types(Any())
		}
		if x.Var {
			return py("VarTuple").Types(g.goType(x.Elems[0]))
		}
		if len(x.Elems) == 0 {
			return py("Tuple0")
		}
		var ts []Code
		for _, e := range x.Elems {
			ts = append(ts, g.goType(e))
		}
		return sym(builtins.TupleType(len(x.Elems))).Types(ts...)
	case *check.Optional:
		return py("Opt").Types(g.goType(x.Elem))
	case *check.Union, *check.AnyType:
		return Any()
	case *check.AliasRef:
		return g.goType(x.Target)
	case *check.Func:
		var ps []Code
		for _, p := range x.Params {
			ps = append(ps, g.goType(p.Type))
		}
		if x.Ret == check.None {
			return Func().Params(ps...)
		}
		return Func().Params(ps...).Add(g.goType(x.Ret))
	case *check.Coroutine:
		return rt("Awaitable").Types(g.goType(x.Result))
	case *check.Task:
		if _, ok := x.Result.(*check.AnyType); ok {
			return Op("*").Add(rt("TaskCore"))
		}
		return Op("*").Add(rt("Task")).Types(g.goType(x.Result))
	case *check.Future:
		return Op("*").Add(rt("Future")).Types(g.goType(elemOrAny(x.Result)))
	case *check.Class:
		if x.Builtin {
			return py("Exception")
		}
		return Id(g.ifaceName(x))
	case *check.ClassRef:
		return Op("*").Add(py("Class"))
	case *check.Opaque:
		switch x {
		case check.LoopType:
			return Op("*").Add(rt("Loop"))
		case check.HandleType, check.TimerHandleType:
			return Op("*").Add(rt(x.GoName))
		case check.RangeType:
			return py("RangeIter")
		case check.SliceType:
			return py("SliceObj")
		case check.RandomType:
			return Op("*").Add(py("Random"))
		case check.SuppressType:
			return Op("*").Add(py("Suppress"))
		case check.TaskGroupType, check.TimeoutType:
			return Op("*").Add(rt(x.GoName))
		case check.DataclassFieldType:
			return py("DataclassField")
		}
	case *check.Iterator:
		return py("Iter").Types(g.goType(x.Elem))
	case *check.Abstract:
		return py("Seq").Types(g.goType(x.Elem))
	}
	return Any()
}

func elemOrAny(t check.Type) check.Type {
	if t == nil {
		return check.Object
	}
	return t
}

// iterGoType is the Go type of a loop iterator over a value of type t.
func (g *gen) iterGoType(t check.Type) Code {
	if cls, ok := isUserIterable(t); ok {
		return g.userIterGoType(cls) // useriter.go
	}
	if cls := namedTupleClass(t); cls != nil {
		return py("SliceIter").Types(g.goType(check.NamedTupleElem(cls))) // namedTupleSlice
	}
	switch x := t.(type) {
	case *check.List:
		return py("ListIter").Types(g.goType(x.Elem))
	case *check.Dict:
		return py("DictKeyIter").Types(g.goType(x.Key), g.goType(x.Val))
	case *check.Set:
		return py("SetIter").Types(g.goType(x.Elem))
	case *check.Tuple:
		return py("SliceIter").Types(g.goType(check.TupleElem(x)))
	case *check.Basic:
		if x == check.Str {
			return py("StrIter")
		}
		return py("BytesIter")
	case *check.Opaque:
		return py("RangeIter")
	case *check.Iterator:
		return py("Iter").Types(g.goType(x.Elem))
	case *check.Abstract:
		return py("Iter").Types(g.goType(x.Elem))
	case *check.Generator:
		return g.goType(x)
	case *check.Union:
		return py("Iter").Types(g.goType(check.UnionElem(x))) // union_iter.go
	}
	return Any()
}

func (n *Names) className(c *check.Class) string {
	if name := n.classes[c]; name != "" {
		return name // a class a library package exports (export.go)
	}
	return safe(c.Name)
}

// zero returns the zero value of a Go type for a language type.
func (g *gen) zero(t check.Type) Code {
	switch x := check.Unalias(t).(type) {
	case *check.Basic:
		switch x.Kind {
		case check.KInt, check.KFloat:
			return Lit(0)
		case check.KBool:
			return False()
		case check.KStr:
			return Lit("")
		case check.KBytes:
			return py("Bytes").Call(Lit(""))
		case check.KNone:
			return py("None")
		}
	case *check.Tuple, *check.Optional:
		return g.goType(t).(*Statement).Clone().Values()
	case *check.Opaque:
		if x == check.RangeType {
			return py("RangeIter").Values()
		}
	}
	return Nil()
}
