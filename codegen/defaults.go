package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

// Mutable default arguments. CPython evaluates a default once, when the
// def statement runs, and every call that omits the argument receives the
// same object: `def add(x, acc=[])` accumulates across calls. A default
// that builds a container from constants only ([], {}, set(), [1, 2],
// dict(), ...) is therefore evaluated once into a package variable when
// the module starts (nothing it contains can observe that this happens
// before the module's first statement); other defaults are still
// evaluated where a call omits them, which is equivalent for immutable
// values.

// hoistDefaults declares a package variable for every mutable constant
// default of a module-level function or method and initialises it in the
// module prologue.
func (g *gen) hoistDefaults() {
	var defs []*ast.FuncDef
	for _, fi := range g.info.TopFuncs {
		if fi.Def != nil {
			defs = append(defs, fi.Def)
		}
	}
	for _, cls := range g.info.ClassList {
		for _, name := range cls.Order {
			if d, ok := cls.Methods[name].Def.(*ast.FuncDef); ok {
				defs = append(defs, d)
			}
		}
	}
	for _, d := range defs {
		fi := g.info.Funcs[d]
		if fi == nil {
			continue
		}
		for _, p := range d.Params {
			if p.Default == nil || !(mutableConst(p.Default) || ir.BoundDefault(p.Default)) {
				continue
			}
			var t check.Type
			for _, ps := range fi.Params {
				if ps.Name == p.Name {
					t = ps.Type
				}
			}
			if t == nil {
				continue
			}
			if g.hoisted == nil {
				g.hoisted = map[ast.Expr]string{}
			}
			name := fmt.Sprintf("aiogo_default%d_%s_%s", len(g.hoisted), safe(d.Name), safe(p.Name))
			g.hoisted[p.Default] = name
			g.file.Commentf("%s is the default of parameter %s of %s, shared by every call.", name, p.Name, d.Name)
			g.file.Var().Id(name).Add(g.goType(t))
			if mutableConst(p.Default) {
				g.prologue = append(g.prologue, Id(name).Op("=").Add(g.exprTo(p.Default, t)))
			} // else set where the def runs (ir.BindDefaults, bindDefaults)
		}
	}
}

// bindDefaults emits ir.BindDefaults: the defaults of module-level
// functions and methods that are not constants are evaluated where the def
// runs, into the package variables hoistDefaults declared.
func (g *gen) bindDefaults(x *ir.BindDefaults) []Code {
	out := []Code{g.line(x.Pos)}
	for _, fi := range x.Funcs {
		for _, p := range fi.Def.Params {
			if p.Default == nil || mutableConst(p.Default) || !ir.BoundDefault(p.Default) {
				continue
			}
			name, ok := g.hoisted[p.Default]
			if !ok {
				panic("codegen: no variable for the default of " + fi.Name + "." + p.Name)
			}
			var t check.Type
			for _, ps := range fi.Params {
				if ps.Name == p.Name {
					t = ps.Type
				}
			}
			out = append(out, Id(name).Op("=").Add(g.exprTo(p.Default, t)))
		}
	}
	return out
}

// paramDefault is the value a call passes for an omitted parameter.
func (g *gen) paramDefault(d ast.Expr, t check.Type) Code {
	if name, ok := g.hoisted[d]; ok {
		return Id(name)
	}
	return g.exprTo(d, t)
}

// mutableConst reports whether e builds a mutable container out of
// constants only.
func mutableConst(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.ListExpr:
		return allConst(x.Elems)
	case *ast.SetExpr:
		return allConst(x.Elems)
	case *ast.DictExpr:
		for _, k := range x.Keys {
			if k == nil {
				return false
			}
		}
		return allConst(x.Keys) && allConst(x.Values)
	case *ast.Call:
		n, ok := x.Func.(*ast.Name)
		if !ok || len(x.Keywords) > 0 || len(x.Args) > 1 {
			return false
		}
		switch n.ID {
		case "list", "dict", "set":
			return allConst(x.Args)
		}
	}
	return false
}

func allConst(es []ast.Expr) bool {
	for _, e := range es {
		if !constOrContainer(e) {
			return false
		}
	}
	return true
}

// constOrContainer reports whether e is a constant or a container of constants.
func constOrContainer(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BytesLit, *ast.BoolLit, *ast.NoneLit:
		return true
	case *ast.UnaryOp:
		return x.Op == "-" && constOrContainer(x.Operand)
	case *ast.TupleExpr:
		return allConst(x.Elems)
	}
	return mutableConst(e)
}
