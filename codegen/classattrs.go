package codegen

import (
	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// dynCVObj returns, for an attribute x that is a class attribute living
// in the class objects (check/classattrs.go), the Go expression of the
// class object it is looked up from or bound in (the class named, a class
// object value, the class of an instance or of type(v)'s argument) and the
// attribute's type (its topmost declaration's).
func (g *gen) dynCVObj(x *ast.Attribute) (obj Code, t check.Type, ok bool) {
	if len(g.info.DynClassVars) == 0 {
		return nil, nil, false
	}
	var cls *check.Class
	switch bt := g.typeOf(x.Value).(type) {
	case *check.ClassRef:
		cls = bt.Class
		if check.StaticClass(g.info, x.Value) {
			obj = Id(g.classObjName(cls))
		} else {
			obj = g.expr(x.Value)
		}
	case *check.TypeOf:
		c, isCls := bt.Of.(*check.Class)
		call, isCall := x.Value.(*ast.Call)
		if !isCls || !isCall || len(call.Args) != 1 || g.substituted(x.Value) {
			return nil, nil, false
		}
		cls = c
		obj = g.expr(call.Args[0]).Dot(pyClassMethod).Call()
	case *check.Class:
		if bt.LookupField(x.Attr) != nil || bt.LookupMethod(x.Attr) != nil {
			return nil, nil, false
		}
		cls = bt
		obj = g.expr(x.Value).Dot(pyClassMethod).Call()
	default:
		return nil, nil, false
	}
	if !g.info.IsDynClassVar(cls, x.Attr) {
		return nil, nil, false
	}
	root := check.ClassVarRoot(cls, x.Attr)
	cv, _ := root.LookupClassVar(x.Attr)
	return obj, cv.Type, true
}
