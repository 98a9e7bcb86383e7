package check

import "github.com/aiogo/aiogo/ast"

// An attribute of a plain class that __init__ does not assign (declared by
// a bare class-level annotation, `code: str`, or first assigned by
// another method, `self._cache = ...` in a lazy getter) does not exist on
// an instance until something assigns it: CPython's hasattr answers
// False and getattr gives the default. aiogo's instances hold every
// attribute from the start, so hasattr and getattr with a default are
// refused on such an attribute rather than answered True.

// setAtConstruction reports whether every instance of cls has attribute
// name once constructed: a dataclass or NamedTuple field, a class-level
// default, or an assignment `self.name = ...` among the top-level
// statements of the __init__ that runs (following super().__init__ and
// Base.__init__(self) calls up the chain; a dataclass's own __init__ sets
// its fields and runs __post_init__).
func setAtConstruction(cls *Class, name string) bool {
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		if d, ok := k.Defaults[name]; ok && realDefault(d) {
			return true
		}
	}
	k := cls
	for k != nil && !k.Builtin {
		own := k.Methods["__init__"]
		userInit := own != nil && own.Owner == k && own.Def != nil
		if (k.Dataclass || k.NamedTuple) && !userInit {
			for _, f := range k.AllFields() { // the dataclass fields (not a plain base's)
				if f.Name == name && !f.Plain && !f.NoInit {
					return true
				}
			}
			m := k.Methods["__post_init__"]
			if m == nil {
				return false
			}
			fd, ok := m.Def.(*ast.FuncDef)
			if !ok {
				return false
			}
			assigned, super := initAssigns(fd, name)
			if assigned || !super {
				return assigned
			}
			// __post_init__ runs the base's __init__ (a plain base's).
			k = m.Owner.Base
			for k != nil && k.Dataclass {
				k = k.Base
			}
			continue
		}
		m := k.Methods["__init__"]
		if m == nil || m.Owner != k {
			k = k.Base
			continue
		}
		fd, ok := m.Def.(*ast.FuncDef)
		if !ok {
			return false
		}
		assigned, super := initAssigns(fd, name)
		if assigned {
			return true
		}
		if !super {
			return false
		}
		k = k.Base
	}
	return false
}

// initAssigns reports whether the top-level statements of method fd
// (before any return or raise) assign self.name, and whether they call
// the base's __init__ (super().__init__(...) or Base.__init__(self, ...)).
func initAssigns(fd *ast.FuncDef, name string) (assigned, super bool) {
	if len(fd.Params) == 0 {
		return false, false
	}
	self := fd.Params[0].Name
	isSelfAttr := func(e ast.Expr) bool {
		a, ok := e.(*ast.Attribute)
		if !ok || a.Attr != name {
			return false
		}
		n, ok := a.Value.(*ast.Name)
		return ok && n.ID == self
	}
	var target func(e ast.Expr) bool
	target = func(e ast.Expr) bool {
		switch t := e.(type) {
		case *ast.TupleExpr:
			for _, el := range t.Elems {
				if target(el) {
					return true
				}
			}
			return false
		case *ast.ListExpr:
			for _, el := range t.Elems {
				if target(el) {
					return true
				}
			}
			return false
		case *ast.Starred:
			return target(t.Value)
		}
		return isSelfAttr(e)
	}
	for _, st := range fd.Body {
		switch s := st.(type) {
		case *ast.Return, *ast.Raise:
			return assigned, super
		case *ast.Assign:
			for _, t := range s.Targets {
				if target(t) {
					assigned = true
				}
			}
		case *ast.AnnAssign:
			if s.Value != nil && isSelfAttr(s.Target) {
				assigned = true
			}
		case *ast.ExprStmt:
			call, ok := s.Value.(*ast.Call)
			if !ok {
				continue
			}
			a, ok := call.Func.(*ast.Attribute)
			if !ok || a.Attr != "__init__" {
				continue
			}
			switch v := a.Value.(type) {
			case *ast.Call: // super().__init__(...)
				if n, ok := v.Func.(*ast.Name); ok && n.ID == "super" {
					super = true
				}
			case *ast.Name: // Base.__init__(self, ...)
				if len(call.Args) > 0 {
					if n, ok := call.Args[0].(*ast.Name); ok && n.ID == self {
						super = true
					}
				}
			}
		}
	}
	return assigned, super
}

// realDefault reports a class-level default that gives instances the
// attribute: any value but a dataclasses.field(...) call without
// default= or default_factory= (field(init=False) leaves it unset).
func realDefault(d any) bool {
	call, ok := d.(*ast.Call)
	if !ok {
		return true
	}
	fn := ""
	switch f := call.Func.(type) {
	case *ast.Name:
		fn = f.ID
	case *ast.Attribute:
		fn = f.Attr
	}
	if fn != "field" {
		return true
	}
	for _, k := range call.Keywords {
		if k.Name == "default" || k.Name == "default_factory" {
			return true
		}
	}
	return false
}
