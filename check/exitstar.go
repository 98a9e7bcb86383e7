package check

import "github.com/aiogo/aiogo/ast"

// `def __exit__(self, *exc: object)` and `async def __aexit__(self,
// *args: object)`: a context manager that ignores what ends its block often
// takes the three values as one *-parameter. Such a method whose body never
// names that parameter is rewritten before checking into the three-
// parameter form the context-manager protocol checks and calls
// (exc_type, exc, tb, each an object). *-parameters stay outside the
// language everywhere else, and here too when the body reads them.

// desugarExitStar rewrites the __exit__/__aexit__ methods taking only
// *-parameter of the module's classes. It returns a new module (a
// rewritten class is a copy); m is not changed.
func desugarExitStar(m *ast.Module) *ast.Module {
	return rewriteClasses(m, func(cls *ast.ClassDef) []ast.Stmt {
		var ncls *ast.ClassDef
		for i, s := range cls.Body {
			fd, ok := s.(*ast.FuncDef)
			if !ok || !exitStar(fd) {
				continue
			}
			if ncls == nil {
				cp := *cls
				cp.Body = append([]ast.Stmt(nil), cls.Body...)
				ncls = &cp
			}
			nfd := *fd
			star := fd.Params[1]
			nfd.Params = []*ast.Param{fd.Params[0]}
			for _, n := range []string{"_aiogo_exc_type", "_aiogo_exc", "_aiogo_tb"} {
				nfd.Params = append(nfd.Params, &ast.Param{Pos: star.Pos, Name: n, Annotation: &ast.Name{Pos: star.Pos, ID: "object"}})
			}
			ncls.Body[i] = &nfd
		}
		if ncls == nil {
			return nil
		}
		return []ast.Stmt{ncls}
	})
}

// exitStar reports whether fd is an __exit__ or __aexit__ taking self and
// one *-parameter that its body does not name.
func exitStar(fd *ast.FuncDef) bool {
	if fd.Name != "__exit__" && fd.Name != "__aexit__" || len(fd.Params) != 2 || len(fd.Decorators) != 0 {
		return false
	}
	self, star := fd.Params[0], fd.Params[1]
	if self.Kind != "" || star.Kind != "*" {
		return false
	}
	named := false
	WalkBody(fd.Body, func(e ast.Expr) {
		if n, ok := e.(*ast.Name); ok && n.ID == star.Name {
			named = true
		}
	})
	return !named
}
