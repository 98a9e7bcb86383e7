package check

import (
	"github.com/aiogo/aiogo/ast"
)

// dataclasses.InitVar[T]: a pseudo-field of a dataclass that is a
// parameter of the synthesized __init__ (in its place among the fields,
// with its default if it has one) passed on to __post_init__, in order,
// after self. It is no field: repr, ==, fields(), asdict and match leave
// it out, and instances do not have it (reading it is an error, as mypy
// reports). aiogo's struct holds the value; nothing reads it.

// initVarArg returns T of an InitVar[T] annotation of a dataclass body
// and true, or ann itself and false.
func (c *checker) initVarArg(cls *Class, ann ast.Expr) (ast.Expr, bool) {
	sub, ok := ann.(*ast.Subscript)
	if !ok || !cls.Dataclass {
		return ann, false
	}
	switch v := sub.Value.(type) {
	case *ast.Name:
		if v.ID != "InitVar" {
			return ann, false
		}
	case *ast.Attribute:
		if n, ok := v.Value.(*ast.Name); !ok || n.ID != "dataclasses" || v.Attr != "InitVar" {
			return ann, false
		}
	default:
		return ann, false
	}
	return sub.Index, true
}

// initVarField declares the InitVar pseudo-field n of type t.
func (c *checker) initVarField(cls *Class, n *ast.Name, m *ast.AnnAssign, t Type) {
	if cls.LookupField(n.ID) != nil {
		c.errorf(m.Pos, "InitVar %s declared again: not supported", n.ID)
		return
	}
	if m.Value != nil {
		if call, ok := m.Value.(*ast.Call); ok {
			if fn, ok := call.Func.(*ast.Name); ok && fn.ID == "field" {
				c.errorf(m.Value.Position(), "field() of an InitVar is not supported: give its default directly")
				return
			}
		}
		if cls.Defaults == nil {
			cls.Defaults = map[string]any{}
		}
		cls.Defaults[n.ID] = m.Value
	}
	cls.Fields = append(cls.Fields, &Field{Name: n.ID, Type: t, InitVar: true, NoRepr: true, NoCompare: true})
}

// checkPostInit checks the signature of __post_init__: self, then one
// parameter per InitVar of the hierarchy, in order.
func (c *checker) checkPostInit(cls *Class, m *ast.FuncDef, meth *Method) {
	if meth.IsAsync || meth.IsStatic || meth.IsClass {
		c.errorf(m.Pos, "__post_init__ must be a plain method")
		return
	}
	var ivs []*Field
	for _, f := range cls.AllFields() {
		if f.InitVar {
			ivs = append(ivs, f)
		}
	}
	if meth.Sig == nil {
		return
	}
	if len(meth.Sig.Params) != len(ivs) {
		if len(ivs) == 0 {
			c.errorf(m.Pos, "__post_init__ must be a plain method taking only self")
		} else {
			c.errorf(m.Pos, "__post_init__ of %s takes self and its %d InitVar value(s) in order", cls.Name, len(ivs))
		}
		return
	}
	for i, p := range meth.Sig.Params {
		if p.KwOnly || !c.assignableType(ivs[i].Type, p.Type) {
			c.errorf(m.Pos, "__post_init__ parameter %s must take InitVar %s (%s)", p.Name, ivs[i].Name, ivs[i].Type)
			return
		}
	}
}
