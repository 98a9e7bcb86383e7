package check

import "github.com/aiogo/aiogo/ast"

// functools.total_ordering (an aiogo extension): CPython's class decorator
// adds the ordering methods a class leaves out, computed from its root
// (the first of __lt__, __le__, __gt__, __ge__ that the class defines) and
// ==, as functools' _convert table writes them (__gt__ from __lt__ is
// `not self.__lt__(other) and self != other`, ...). desugarTotalOrdering
// writes those methods into the class body and drops the decorator, so
// the class compares as one whose author wrote them. A class with a base
// keeps the decorator and is refused (CPython also counts the base's
// methods as roots).

// orderingConv lists, per root, the methods total_ordering adds and how
// each is computed: not (negate the root's result), combine ("and" or "or"
// with eq, "" for none) and eq ("==" or "!=").
var orderingConv = map[string][]struct {
	name, combine, eq string
	not               bool
}{
	"__lt__": {{"__gt__", "and", "!=", true}, {"__le__", "or", "==", false}, {"__ge__", "", "", true}},
	"__le__": {{"__ge__", "or", "==", true}, {"__lt__", "and", "!=", false}, {"__gt__", "", "", true}},
	"__gt__": {{"__lt__", "and", "!=", true}, {"__ge__", "or", "==", false}, {"__le__", "", "", true}},
	"__ge__": {{"__le__", "or", "==", true}, {"__gt__", "and", "!=", false}, {"__lt__", "", "", true}},
}

// desugarTotalOrdering rewrites the module-level classes decorated with
// functools.total_ordering; m is left alone.
func desugarTotalOrdering(m *ast.Module) *ast.Module {
	names, modules := map[string]bool{}, map[string]bool{}
	for _, st := range m.Body {
		switch s := st.(type) {
		case *ast.ImportFrom:
			if s.Module == "functools" {
				for _, a := range s.Names {
					if a.Name == "total_ordering" {
						names[aliasName(a)] = true
					}
				}
			}
		case *ast.Import:
			for _, a := range s.Names {
				if a.Name == "functools" {
					modules[aliasName(a)] = true
				}
			}
		}
	}
	if len(names) == 0 && len(modules) == 0 {
		return m
	}
	isDeco := func(d ast.Expr) bool {
		switch x := d.(type) {
		case *ast.Name:
			return names[x.ID]
		case *ast.Attribute:
			n, ok := x.Value.(*ast.Name)
			return ok && modules[n.ID] && x.Attr == "total_ordering"
		}
		return false
	}
	return rewriteClasses(m, func(cd *ast.ClassDef) []ast.Stmt {
		at := -1
		for i, d := range cd.Decorators {
			if isDeco(d) {
				at = i
			}
		}
		if at < 0 || len(cd.Bases) > 0 {
			return nil
		}
		defined := map[string]*ast.FuncDef{}
		for _, st := range cd.Body {
			if f, ok := st.(*ast.FuncDef); ok {
				defined[f.Name] = f
			}
		}
		var root *ast.FuncDef
		for _, r := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
			if f := defined[r]; f != nil {
				root = f
				break
			}
		}
		if root == nil || len(root.Params) != 2 {
			return nil // CPython: ValueError (must define at least one ordering operation)
		}
		p := cd.Decorators[at].Position()
		ncd := *cd
		ncd.Decorators = append(append([]ast.Expr{}, cd.Decorators[:at]...), cd.Decorators[at+1:]...)
		ncd.Body = append([]ast.Stmt{}, cd.Body...)
		self := func() ast.Expr { return &ast.Name{Pos: p, ID: "self"} }
		other := func() ast.Expr { return &ast.Name{Pos: p, ID: "other"} }
		for _, conv := range orderingConv[root.Name] {
			if defined[conv.name] != nil {
				continue
			}
			var v ast.Expr = &ast.Call{Pos: p, Func: &ast.Attribute{Pos: p, Value: self(), Attr: root.Name, AttrPos: p}, Args: []ast.Expr{other()}}
			if conv.not {
				v = &ast.UnaryOp{Pos: p, Op: "not", Operand: v}
			}
			if conv.combine != "" {
				eq := &ast.Compare{Pos: p, Left: self(), Ops: []string{conv.eq}, Comparators: []ast.Expr{other()}}
				v = &ast.BoolOp{Pos: p, Op: conv.combine, Values: []ast.Expr{v, eq}}
			}
			ncd.Body = append(ncd.Body, &ast.FuncDef{Pos: p, Name: conv.name,
				Params:  []*ast.Param{{Pos: p, Name: "self"}, {Pos: p, Name: "other", Annotation: root.Params[1].Annotation}},
				Returns: &ast.Name{Pos: p, ID: "bool"},
				Body:    []ast.Stmt{&ast.Return{Pos: p, Value: v}}})
		}
		return []ast.Stmt{&ncd}
	})
}

// aliasName is the name an import binds.
func aliasName(a *ast.Alias) string {
	if a.AsName != "" {
		return a.AsName
	}
	return a.Name
}
