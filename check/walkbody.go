package check

import "github.com/aiogo/aiogo/ast"

// WalkBody visits every expression of a function body, in nested
// statements too, not entering nested defs, classes or lambdas.
func WalkBody(body []ast.Stmt, f func(ast.Expr)) {
	walkStmts(body, func(s ast.Stmt) { walkStmtExprs(s, f) })
}
