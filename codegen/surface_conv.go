package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// convertOther emits int(a)/float(a) of a union of scalars (a run-time
// switch, py.IntOfAny/FloatOfAny) or of an instance of a class defining
// __int__, __float__ or __index__ (check.convertOther); nil otherwise.
func (g *gen) convertOther(t, at check.Type, a ast.Expr) *Statement {
	if t != check.Int && t != check.Float {
		return nil
	}
	if check.ScalarUnion(at) {
		if t == check.Int {
			return py("IntOfAny").Call(g.expr(a))
		}
		return py("FloatOfAny").Call(g.expr(a))
	}
	if cls, ok := at.(*check.Class); ok && !cls.Builtin {
		if m := check.ConvDunder(t, cls); m != nil {
			call := g.expr(a).Dot(methodGoName(m.Name)).Call()
			if t == check.Float && m.Sig.Ret == check.Int {
				return Float64().Call(call)
			}
			return call
		}
	}
	return nil
}
