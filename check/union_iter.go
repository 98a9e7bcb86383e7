package check

import "github.com/aiogo/aiogo/ast"

// UnionElem is the element type of iterating a union of containers (list[Any]
// | tuple[Any, ...], the narrowing of isinstance(v, (list, tuple)) from
// object), or nil when a member is not a container the generator iterates
// through a type switch, or the members' element types differ.
func UnionElem(u *Union) Type {
	var elem Type
	for _, m := range u.Types {
		var et Type
		switch x := m.(type) {
		case *List:
			et = x.Elem
		case *Set:
			et = x.Elem
		case *Dict:
			et = x.Key
		case *Abstract:
			et = x.Elem
		case *Tuple:
			if x.Var {
				et = x.Elems[0]
			}
		case *Basic:
			switch x.Kind {
			case KStr:
				et = Str
			case KBytes:
				et = Int
			}
		}
		if et == nil || (elem != nil && !Identical(et, elem)) {
			return nil
		}
		elem = et
	}
	return elem
}

// isAsyncGenExp reports whether generator expression x is asynchronous
// (an async for clause, or an await inside): CPython makes it an async
// generator, which the generator does not lower. The first clause's
// iterable is evaluated where the expression is written, not inside it:
// an await there (sum(i.size for i in await fetch())) leaves it a plain
// generator.
func isAsyncGenExp(x *ast.GeneratorExp) bool {
	async := false
	walk := func(e ast.Expr) {
		WalkExpr(e, func(e ast.Expr) {
			switch y := e.(type) {
			case *ast.Await:
				async = true
			case *ast.GeneratorExp:
				for _, g := range y.Gens {
					if g.IsAsync {
						async = true
					}
				}
			}
		})
	}
	walk(x.Elt)
	for i, g := range x.Gens {
		if g.IsAsync {
			async = true
		}
		if i > 0 {
			walk(g.Iter)
		}
		for _, c := range g.Ifs {
			walk(c)
		}
	}
	return async
}
