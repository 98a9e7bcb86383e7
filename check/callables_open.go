package check

import "github.com/aiogo/aiogo/ast"

// Callable[..., R]: a callable whose parameters the annotation leaves
// open. mypy accepts any call through it and any callable for it; aiogo
// takes its parameter types from the first call through it (in the body of
// the function whose parameter it types: that body is checked ahead of
// its callers when they need it), which makes it Callable[[A, B], R] from
// then on: later calls must fit those parameters, and each callable given
// for it must accept them (checked as for any Callable, so a function
// value taking other arguments is refused where it is passed, never
// called with arguments it does not take). An open callable never called
// cannot be given a function (its parameters are unknown): a clear error.

// OpenCall is the state of a Callable[..., R] (Func.Open), shared by the
// open callables a value flows between (a parameter appended to a list of
// them): they get the same parameters.
type OpenCall struct {
	// Fn is the function with a parameter (named Param) of this type, if
	// any: its body calls it (Fns: those of the merged ones).
	Fn    *FuncInfo
	Param string
	Fns   []*FuncInfo
	// Resolved is set once a call gave the parameters.
	Resolved bool
	busy     bool
	members  []*Func
}

// openCallable types Callable[..., R] with result annotation ret: the
// same open callable each time the annotation is read.
func (c *checker) openCallable(ret ast.Expr) Type {
	if f := c.openByAnn[ret]; f != nil {
		return f
	}
	r := c.annotation(ret)
	if r == nil {
		return nil
	}
	f := &Func{Ret: r}
	f.Open = &OpenCall{members: []*Func{f}}
	if c.openByAnn == nil {
		c.openByAnn = map[ast.Expr]*Func{}
	}
	c.openByAnn[ret] = f
	return f
}

// resolve gives the open callables of o the parameters ps.
func (o *OpenCall) resolve(ps []Param) {
	for _, m := range o.members {
		m.Params = append([]Param(nil), ps...)
	}
	o.Resolved = true
}

// unifyOpen makes the open callables a and b share their parameters: the
// resolved one's, or (both open) those of the first call through either.
func unifyOpen(a, b *Func) {
	switch {
	case a.Open == b.Open:
	case a.Open.Resolved && b.Open.Resolved:
	case a.Open.Resolved:
		b.Open.resolve(a.Params)
	case b.Open.Resolved:
		a.Open.resolve(b.Params)
	default:
		o, old := a.Open, b.Open
		if o.Fn == nil {
			o.Fn, o.Param = old.Fn, old.Param
		} else if old.Fn != nil {
			o.Fns = append(o.Fns, old.Fn)
		}
		o.Fns = append(o.Fns, old.Fns...)
		for _, m := range old.members {
			m.Open = o
			o.members = append(o.members, m)
		}
	}
}

// openFirstCall types the first call x through the open callable f: its
// positional arguments' types become f's parameters. ok is false when
// f's parameters are known already.
func (c *checker) openFirstCall(x *ast.Call, f *Func) (Type, bool) {
	if f.Open == nil || f.Open.Resolved {
		return nil, false
	}
	if len(x.Keywords) > 0 {
		c.errorf(x.Keywords[0].Pos, "a call through %s (a Callable[..., R]) takes positional arguments only here: aiogo gives the callable the parameters of its first call", exprString(x.Func))
		return f.Ret, true
	}
	var ps []Param
	for _, a := range x.Args {
		if s, ok := a.(*ast.Starred); ok {
			c.errorf(s.Pos, "a starred argument in a call through %s (a Callable[..., R]) is not supported: aiogo gives the callable the parameters of its first call", exprString(x.Func))
			return f.Ret, true
		}
		t := c.expr(a)
		if t == nil {
			return f.Ret, true
		}
		if isUnknownEmpty(t) || t == None {
			c.errorf(a.Position(), "the type of this argument is not known (%s): the first call through a Callable[..., R] gives its parameter types; annotate a variable for it", t)
			return f.Ret, true
		}
		ps = append(ps, Param{Type: t})
	}
	f.Open.resolve(ps)
	c.info.Args[x] = x.Args
	return f.Ret, true
}

// resolveOpen makes sure an open callable t (where a value is given for
// it) has its parameters: the function whose parameter it is is checked
// now if it was not yet. It reports an error at e and returns false when
// they stay unknown.
func (c *checker) resolveOpen(t Type, e ast.Expr) bool {
	f, ok := Unalias(t).(*Func)
	if !ok || f.Open == nil || f.Open.Resolved {
		return true
	}
	if fi := f.Open.Fn; !f.Open.busy && c.speculating == 0 {
		// The function's body, then (for a method: __init__ may store it
		// in a field another method calls) its class's other methods.
		f.Open.busy = true
		if fi != nil {
			c.bodyAhead(fi)
		}
		for _, gi := range f.Open.Fns {
			if !f.Open.Resolved {
				c.bodyAhead(gi)
			}
		}
		if fi != nil && fi.Method != nil && fi.Method.Owner != nil {
			if d, ok := fi.Method.Owner.Def.(*ast.ClassDef); ok {
				for _, st := range d.Body {
					if m, ok := st.(*ast.FuncDef); ok && !f.Open.Resolved {
						if mi := c.info.Funcs[m]; mi != nil {
							c.bodyAhead(mi)
						}
					}
				}
			}
		}
		// Then every other function and method, in order (a callable
		// registered here, called in a function defined further down).
		for _, st := range c.moduleBody {
			if f.Open.Resolved {
				break
			}
			switch d := st.(type) {
			case *ast.FuncDef:
				if mi := c.info.Funcs[d]; mi != nil {
					c.bodyAhead(mi)
				}
			case *ast.ClassDef:
				for _, st := range d.Body {
					if m, ok := st.(*ast.FuncDef); ok && !f.Open.Resolved {
						if mi := c.info.Funcs[m]; mi != nil {
							c.bodyAhead(mi)
						}
					}
				}
			}
		}
		f.Open.busy = false
	}
	if f.Open.Resolved {
		return true
	}
	where := ""
	if f.Open.Fn != nil {
		where = " of parameter " + f.Open.Param + " of " + f.Open.Fn.Name
	}
	c.errorf(e.Position(), "the parameters of %s%s are not known here: aiogo takes them from the first call through it (in its function's body, before this use); declare them instead (Callable[[A, B], R])", f, where)
	return false
}

// bodyAhead checks the body of module-level function or method fi now
// unless it was (or is being) checked.
func (c *checker) bodyAhead(fi *FuncInfo) {
	if fi.Def == nil || fi.Parent != nil || fi.bodyDone || c.initBusy[fi] {
		return
	}
	if fi.Method != nil && (fi.Method.Owner == nil || fi.Method.Owner.Protocol) {
		return
	}
	if c.initBusy == nil {
		c.initBusy = map[*FuncInfo]bool{}
	}
	c.initBusy[fi] = true
	defer delete(c.initBusy, fi)
	saveNoNarrow, saveCallee := c.noNarrow, c.inCallee
	defer func() { c.noNarrow, c.inCallee = saveNoNarrow, saveCallee }()
	c.noNarrow, c.inCallee = nil, false
	if fi.Method != nil {
		fi.Class = fi.Method.Owner
	}
	c.funcBody(fi, fi.Def.Body)
}

// openAssignable checks a value of type from given where to is expected
// when either is an open callable: the same open callable passes (a
// parameter stored in a field of its type); another open callable does
// not (its parameters would be resolved apart); a value for an open
// callable needs its parameters (resolveOpen). It reports false after an
// error.
func (c *checker) openAssignable(from, to Type, e ast.Expr) bool {
	ff, _ := Unalias(from).(*Func)
	tf, _ := Unalias(to).(*Func)
	if o, ok := Unalias(to).(*Optional); ok && ff != nil {
		tf, _ = Unalias(o.Elem).(*Func) // a callback that may be None
	}
	if ff == nil && tf == nil || ff == tf {
		return true
	}
	if ff != nil && ff.Open != nil {
		switch {
		case tf != nil && tf.Open != nil:
			unifyOpen(ff, tf) // a parameter appended to a list of them
		case tf != nil && !ff.Open.Resolved:
			ff.Open.resolve(tf.Params) // passed where its parameters are declared
		case tf == nil && !ff.Open.Resolved:
			c.errorf(e.Position(), "cannot use %s (a Callable[..., R] never called yet) as %s: give the parameter types (Callable[[A, B], R])", exprString(e), to)
			return false
		}
		return true
	}
	if tf == nil || tf.Open == nil {
		return true
	}
	return c.resolveOpen(tf, e)
}
