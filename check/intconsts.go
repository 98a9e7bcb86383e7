package check

import "github.com/aiogo/aiogo/ast"

// moduleIntConsts records the module-level names bound once, by a plain
// assignment of an int expression made of literals (MASK32 = 0xFFFFFFFF,
// M = (1 << 32) - 1), that nothing else binds: no other assignment, loop,
// with, walrus, del, def, class, except or import of that name anywhere in
// the module (a function's own local of that name counts too: this errs
// on the side of not knowing) and no global declaration of it. Such a
// name always holds that value (Info.IntConsts), so the generator may read
// it as the literal (codegen's wrapmask.go: h * P & MASK32).
func (c *checker) moduleIntConsts(m *ast.Module) {
	values := map[string]ast.Expr{}
	for _, st := range m.Body {
		var target, value ast.Expr
		switch s := st.(type) {
		case *ast.Assign:
			if len(s.Targets) == 1 {
				target, value = s.Targets[0], s.Value
			}
		case *ast.AnnAssign:
			target, value = s.Target, s.Value
		}
		if n, ok := target.(*ast.Name); ok && value != nil && intLiteralExpr(value) {
			values[n.ID] = value
		}
	}
	if len(values) == 0 {
		return
	}
	binds := map[string]int{}
	var bind func(e ast.Expr)
	bind = func(e ast.Expr) {
		switch x := e.(type) {
		case *ast.Name:
			binds[x.ID]++
		case *ast.TupleExpr:
			for _, el := range x.Elems {
				bind(el)
			}
		case *ast.ListExpr:
			for _, el := range x.Elems {
				bind(el)
			}
		case *ast.Starred:
			bind(x.Value)
		}
	}
	ast.Inspect(m, func(nd ast.Node) bool {
		switch x := nd.(type) {
		case *ast.Assign:
			for _, t := range x.Targets {
				bind(t)
			}
		case *ast.AnnAssign:
			bind(x.Target)
		case *ast.AugAssign:
			bind(x.Target)
		case *ast.For:
			bind(x.Target)
		case *ast.Comprehension:
			bind(x.Target)
		case *ast.NamedExpr:
			bind(x.Target)
		case *ast.WithItem:
			if x.Target != nil {
				bind(x.Target)
			}
		case *ast.Delete:
			for _, t := range x.Targets {
				bind(t)
			}
		case *ast.FuncDef:
			binds[x.Name]++
		case *ast.ClassDef:
			binds[x.Name]++
		case *ast.ExceptHandler:
			binds[x.Name]++
		case *ast.Alias:
			binds[x.Name]++
			binds[x.AsName]++
		case *ast.MatchAs:
			binds[x.Name]++
		case *ast.MatchCase:
			binds[x.As]++
			ast.Inspect(x.Pattern, func(p ast.Node) bool {
				if n, ok := p.(*ast.Name); ok {
					binds[n.ID]++ // a capture
				}
				return p != nil
			})
		case *ast.Global:
			for _, n := range x.Names {
				binds[n] += 2
			}
		}
		return nd != nil
	})
	for name, v := range values {
		sym := c.module.names[name]
		if binds[name] != 1 || sym == nil || sym.Kind != SymVar || sym.Type != Int {
			continue
		}
		if c.info.IntConsts == nil {
			c.info.IntConsts = map[*Symbol]ast.Expr{}
		}
		c.info.IntConsts[sym] = v
	}
}

// intLiteralExpr reports an expression made of int literals and operators
// only (0xFFFFFFFF, (1 << 32) - 1, 2**32).
func intLiteralExpr(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.IntLit:
		return true
	case *ast.UnaryOp:
		return x.Op != "not" && intLiteralExpr(x.Operand)
	case *ast.BinOp:
		return intLiteralExpr(x.Left) && intLiteralExpr(x.Right)
	}
	return false
}
