package check

import "github.com/aiogo/aiogo/ast"

// paramList reports what CPython's compiler rejects in a parameter list
// with a SyntaxError: a name used twice, and a parameter without a
// default after one with a default (keyword-only parameters excepted).
// It returns false when it reported an error.
func (c *checker) paramList(ps []*ast.Param) bool {
	ok := true
	seen := map[string]bool{}
	seenDefault, kwOnly := false, false
	for _, p := range ps {
		if p.Kind == "*" || p.KwOnly || p.Kind == "**" {
			kwOnly = true
		}
		if p.Name == "" {
			continue
		}
		if seen[p.Name] {
			c.errorf(p.Pos, "duplicate argument '%s' in function definition", p.Name)
			ok = false
		}
		seen[p.Name] = true
		if p.Kind != "" || kwOnly {
			continue
		}
		if p.Default != nil {
			seenDefault = true
		} else if seenDefault {
			c.errorf(p.Pos, "non-default argument follows default argument")
			ok = false
		}
	}
	return ok
}

// starParam adds a *args or **kwargs parameter to fi's signature: *args:
// T collects the extra positional arguments into a tuple[T, ...],
// **kwargs: T the extra keyword arguments into a dict[str, T].
func (c *checker) starParam(fi *FuncInfo, p *ast.Param) {
	var t Type
	if p.Annotation != nil {
		t = c.annotation(p.Annotation)
	}
	if t == nil {
		t = Object
	}
	if p.Kind == "*" {
		fi.Sig.Params = append(fi.Sig.Params, Param{Name: p.Name, Type: &Tuple{Elems: []Type{t}, Var: true}, Star: true})
		return
	}
	fi.Sig.Params = append(fi.Sig.Params, Param{Name: p.Name, Type: &Dict{Key: Str, Val: t}, StarStar: true})
}

// bindsDifferently reports whether a function of type f used where a
// Callable of type want is expected is called through a wrapper: it has
// keyword-only, *args or **kwargs parameters, or more parameters than want
// passes (mypy accepts it when the parameters want leaves out have
// defaults; the wrapper's call is checked as any call is).
func bindsDifferently(f, want *Func) bool {
	differs := len(f.Params) != len(want.Params)
	for _, p := range f.Params {
		if p.KwOnly || p.Star || p.StarStar {
			differs = true
		}
	}
	if !differs {
		return false
	}
	probe := &ast.Call{Args: make([]ast.Expr, len(want.Params))}
	for i := range probe.Args {
		probe.Args[i] = &ast.NoneLit{}
	}
	_, msg := BindArgs(f, probe)
	return msg == ""
}

// packArgs checks the arguments collected into a *args tuple or **kwargs
// dict (a, of type t) one by one, so that an error names the argument. It
// returns false when a is not such a pack.
func (c *checker) packArgs(a ast.Expr, t Type, p Param, name string) bool {
	var elems []ast.Expr
	var want Type
	switch x := a.(type) {
	case *ast.TupleExpr:
		if !p.Star {
			return false
		}
		elems, want = x.Elems, p.Type.(*Tuple).Elems[0]
	case *ast.DictExpr:
		if !p.StarStar {
			return false
		}
		elems, want = x.Values, p.Type.(*Dict).Val
	default:
		return false
	}
	if c.assignableType(t, p.Type) {
		return true
	}
	for _, e := range elems {
		if et := c.info.Types[e]; et != nil && !c.assignableType(et, want) {
			c.assignable(et, want, e, "argument to "+name)
			return true
		}
	}
	return false
}
