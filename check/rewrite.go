package check

import "github.com/aiogo/aiogo/ast"

// rewriteClasses returns m with each module-level class statement replaced
// by what f makes of it: nil keeps the statement, otherwise the statements
// stand in its place (a copy of the class, then any statements that follow
// it). m is not changed; it is returned itself when f changes nothing. The
// desugarings of class and method decorators and of __exit__(*args) are
// written with it.
func rewriteClasses(m *ast.Module, f func(cd *ast.ClassDef) []ast.Stmt) *ast.Module {
	var body []ast.Stmt
	changed := false
	for _, st := range m.Body {
		cd, ok := st.(*ast.ClassDef)
		if !ok {
			body = append(body, st)
			continue
		}
		repl := f(cd)
		if repl == nil {
			body = append(body, st)
			continue
		}
		changed = true
		body = append(body, repl...)
	}
	if !changed {
		return m
	}
	nm := *m
	nm.Body = body
	return &nm
}
