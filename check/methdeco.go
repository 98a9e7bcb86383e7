package check

import "github.com/aiogo/aiogo/ast"

// User-defined decorators on methods.
//
// A method with decorators other than staticmethod, classmethod,
// property, X.setter and the contextlib context-manager decorators is
// rewritten before checking, the way Python evaluates it, into parts the
// rest of the checker and the generator already handle:
//
//	class C:                              class C:
//	    @dec                                  def m(self, a: A) -> R:
//	    def m(self, a: A) -> R:                   return _aiogo_dec_C_m(self, a)
//	        body                          def _aiogo_raw_C_m(self: C, a: A) -> R:
//	                                          body
//	                                      _aiogo_dec_C_m = dec(_aiogo_raw_C_m)
//
// (an async method awaits the decorated value: `return await ...`). The
// decorated value is called with the receiver as its first argument, as
// a function stored in a class is; calls keep the method's signature, so
// a decorator must preserve it (as typed decorators written with Callable
// do). Methods using super(), or with *args, keyword-only or **kwargs
// parameters, are left alone (and refused as before).

// desugarMethodDecorators rewrites the decorated methods of the module's
// classes. A class with decorated methods is a copy; m is not changed.
func desugarMethodDecorators(m *ast.Module) *ast.Module {
	return rewriteClasses(m, func(cls *ast.ClassDef) []ast.Stmt { // rewrite.go
		var extra []ast.Stmt
		ncls := cls
		for i, s := range cls.Body {
			fd, ok := s.(*ast.FuncDef)
			if !ok || !userDecorated(fd) {
				continue
			}
			if ncls == cls {
				cp := *cls
				cp.Body = append([]ast.Stmt(nil), cls.Body...)
				ncls = &cp
			}
			raw, method, assign := splitDecorated(ncls, fd)
			ncls.Body[i] = method
			extra = append(extra, raw, assign)
		}
		if ncls == cls {
			return nil
		}
		return append([]ast.Stmt{ncls}, extra...)
	})
}

// userDecorated reports whether fd is a method whose decorators are all
// user decorators that the rewrite can handle.
func userDecorated(fd *ast.FuncDef) bool {
	if len(fd.Decorators) == 0 || len(fd.Params) == 0 || fd.Params[0].Name != "self" {
		return false
	}
	for _, d := range fd.Decorators {
		switch x := d.(type) {
		case *ast.Name:
			switch x.ID {
			case "staticmethod", "classmethod", "property", "contextmanager", "asynccontextmanager", "abstractmethod", "override":
				return false
			}
		case *ast.Attribute:
			switch x.Attr {
			case "setter", "deleter", "contextmanager", "asynccontextmanager", "abstractmethod":
				return false
			}
		}
	}
	for _, p := range fd.Params {
		if p.Kind != "" {
			return false
		}
	}
	uses := false
	WalkBody(fd.Body, func(e ast.Expr) {
		if n, ok := e.(*ast.Name); ok && n.ID == "super" {
			uses = true
		}
	})
	return !uses
}

// splitDecorated builds the raw function, the forwarding method and the
// module-level assignment of the decorated value for method fd of cls.
func splitDecorated(cls *ast.ClassDef, fd *ast.FuncDef) (*ast.FuncDef, *ast.FuncDef, *ast.Assign) {
	pos := fd.Decorators[0].Position()
	rawName := "_aiogo_raw_" + cls.Name + "_" + fd.Name
	decName := decoratedPrefix + cls.Name + "_" + fd.Name
	params := make([]*ast.Param, len(fd.Params))
	for i, p := range fd.Params {
		cp := *p
		params[i] = &cp
	}
	params[0].Annotation = &ast.Name{Pos: fd.Params[0].Pos, ID: cls.Name}
	raw := &ast.FuncDef{Pos: fd.Pos, Name: rawName, PyName: fd.Name, IsAsync: fd.IsAsync, Params: params, Returns: fd.Returns, Body: fd.Body}
	var value ast.Expr = &ast.Name{Pos: pos, ID: rawName}
	for i := len(fd.Decorators) - 1; i >= 0; i-- {
		value = &ast.Call{Pos: fd.Decorators[i].Position(), Func: fd.Decorators[i], Args: []ast.Expr{value}}
	}
	assign := &ast.Assign{Pos: pos, Targets: []ast.Expr{&ast.Name{Pos: pos, ID: decName}}, Value: value}
	var args []ast.Expr
	for _, p := range fd.Params {
		args = append(args, &ast.Name{Pos: pos, ID: p.Name})
	}
	var call ast.Expr = &ast.Call{Pos: pos, Func: &ast.Name{Pos: pos, ID: decName}, Args: args}
	if fd.IsAsync {
		call = &ast.Await{Pos: pos, Value: call}
	}
	method := &ast.FuncDef{Pos: fd.Pos, Name: fd.Name, IsAsync: fd.IsAsync, Params: fd.Params, Returns: fd.Returns,
		Body: []ast.Stmt{&ast.Return{Pos: pos, Value: call}}}
	return raw, method, assign
}

// decoratedPrefix starts the names of the variables holding decorated
// methods' values.
const decoratedPrefix = "_aiogo_dec_"
