package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

func init() {
	lowerHooks["bytearray"] = lowerByteArray
}

// lowerByteArray emits bytearray(), bytearray(n), bytearray(b) and
// bytearray(ints) (check/bytearray.go).
func lowerByteArray(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	if len(x.Args) == 0 {
		return py("NewByteArray").Call(Lit(int64(0)))
	}
	a := x.Args[0]
	switch t := g.typeOf(a); {
	case t == check.Int:
		return py("NewByteArray").Call(g.expr(a))
	case t == check.Bytes:
		return py("ByteArrayOf").Call(g.expr(a))
	}
	return py("ByteArrayOfInts").Call(g.sliceOfTo(a, check.Int))
}

// byteArrayMethod emits a bytes method of a bytearray (check.byteArrayResult):
// the method of bytes(ba), its bytes results made bytearrays.
func (g *gen) byteArrayMethod(x *ast.Call, e *builtins.Entry, r *Statement) *Statement {
	res := g.entryCall(x, e, py("ByteArrayBytes").Call(r), check.Bytes)
	switch t := g.typeOf(x).(type) {
	case *check.List:
		if check.IsByteArray(t) {
			return py("ByteArrayOf").Call(res)
		}
		return py("ByteArraysOf").Call(res)
	case *check.Tuple:
		return py("ByteArrayTuple3").Call(res)
	}
	return res
}
