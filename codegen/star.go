package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

// starInstr emits the instructions of try/except* (ir/star.go).
func (g *gen) starInstr(in ir.Instr) ([]Code, bool) {
	switch x := in.(type) {
	case *ir.StarBegin:
		return []Code{
			g.varRef(x.Orig, false).Op("=").Add(py("StarBegin")).Call(g.varRef(x.Exc, false)),
			g.varRef(x.Rest, false).Op("=").Add(g.varRef(x.Orig, false)),
			g.varRef(x.Coll, false).Op("=").Nil(),
		}, true
	case *ir.StarSplit:
		args := append([]Code{g.varRef(x.Rest, false)}, g.classList(x.Class)...)
		return []Code{g.line(x.Pos), List(g.varRef(x.Match, false), g.varRef(x.Rest, false)).Op("=").Add(py("StarSplit")).Call(args...)}, true
	case *ir.StarAdd:
		return []Code{g.varRef(x.Coll, false).Op("=").Add(py("StarAdd")).Call(g.varRef(x.Coll, false), g.varRef(x.Exc, false), g.varRef(x.Match, false))}, true
	case *ir.StarEnd:
		return []Code{g.varRef(x.Dst, false).Op("=").Add(py("StarEnd")).Call(g.varRef(x.Orig, false), g.varRef(x.Rest, false), g.varRef(x.Coll, false))}, true
	}
	return nil, false
}

// starTerm emits the IfExc terminator.
func (g *gen) starTerm(t ir.Term) ([]Code, bool) {
	x, ok := t.(*ir.IfExc)
	if !ok {
		return nil, false
	}
	return []Code{
		If(g.varRef(x.Var, false).Op("!=").Nil()).Block(Goto().Id(g.label(x.Then))),
		Goto().Id(g.label(x.Else)),
	}, true
}

// classList emits an exception class or a tuple of them as arguments.
func (g *gen) classList(e ast.Expr) []Code {
	if tu, ok := e.(*ast.TupleExpr); ok {
		var out []Code
		for _, el := range tu.Elems {
			out = append(out, g.expr(el))
		}
		return out
	}
	return []Code{g.expr(e)}
}

// groupMethod emits split, subgroup and derive of exception groups.
func (g *gen) groupMethod(x *ast.Call, r *Statement, rtype check.Type, name string) (*Statement, bool) {
	cls, ok := rtype.(*check.Class)
	if !ok || !isGroupClass(cls) {
		return nil, false
	}
	switch name {
	case "split", "subgroup":
		a := x.Args[0]
		suffix := "Classes"
		var args []Code
		switch g.typeOf(a).(type) {
		case *check.ClassRef, *check.Tuple:
			args = append([]Code{r}, g.classList(a)...)
		default:
			suffix = "Func"
			args = []Code{r, g.expr(a)}
		}
		call := py(map[string]string{"split": "Split", "subgroup": "Subgroup"}[name] + suffix).Call(args...)
		if name == "subgroup" {
			return py("ExcOpt").Call(call), true
		}
		return py("SplitOpt").Call(call), true
	case "derive":
		return py("Derive").Call(r, g.expr(x.Args[0])), true
	}
	return nil, false
}

// isGroupClass reports whether c is BaseExceptionGroup or derives from it.
func isGroupClass(c *check.Class) bool {
	for k := c; k != nil; k = k.Base {
		if k.Builtin && k.Name == "BaseExceptionGroup" {
			return true
		}
	}
	return false
}
