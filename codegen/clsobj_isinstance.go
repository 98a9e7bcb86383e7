package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// isinstanceClassObj emits isinstance(v, k) for the i-th test of cls when
// k is a class object held as a value (type[C]: C or a subclass), v an
// instance of user class vc and C related to vc: the instance's class
// object is k or a subclass of it. It returns nil for other tests.
func (g *gen) isinstanceClassObj(v ast.Expr, vc, tc *check.Class, cls ast.Expr, classes []ast.Expr, i int) *Statement {
	var e ast.Expr
	if tu, ok := cls.(*ast.TupleExpr); ok {
		if i < len(tu.Elems) {
			e = tu.Elems[i]
		}
	} else if ops := check.UnionOperands(cls); ops != nil {
		if i < len(ops) {
			e = ops[i]
		}
	} else if i == 0 {
		e = cls
	}
	if e == nil || len(classes) == 0 {
		return nil
	}
	if _, ok := g.typeOf(e).(*check.ClassRef); !ok || check.StaticClass(g.info, e) || vc.IsExc {
		return nil
	}
	if !vc.IsSubclassOf(tc) && !tc.IsSubclassOf(vc) {
		return False() // no class derives from both
	}
	return g.expr(v).Dot(pyClassMethod).Call().Dot("IsSubclassOf").Call(g.expr(e))
}
