package check

import (
	"strconv"

	"github.com/aiogo/aiogo/ast"
)

// A starred argument of run-time length (a list, a map(...), a generator)
// spread into the remaining positional parameters of a user function,
// method or class: area(*dims), Point(*map(int, text.split(","))). The
// iterable is collected into a list once, before the other arguments are
// bound (Info.SpreadOnce); its length is checked against the parameters
// it fills, raising CPython's TypeError ("area() missing 1 required
// positional argument: 'h'", "... takes 2 positional arguments but 3 were
// given"); then the parameters read its items. Parameters with defaults
// among those it fills take them when the iterable is short (the call is
// made with as many arguments as it has items), and keywords may name the
// parameters after those it fills (CPython's "got multiple values" when
// it reaches them). *args, **mapping, positional-only parameters and
// callees other than module-level functions, methods of module-level
// classes and their constructors are left to the refusal.

// SpreadCheck is the item-count check of such a call.
type SpreadCheck struct {
	List   ast.Expr // the list the iterable is collected into
	Want   int      // the items it must hold
	Before int      // positional arguments before it (self included)
	Name   string   // CPython's name of the callee: "area", "Point.__init__"
	Params []string // the parameters it fills, in order
	// For a callee with defaults among those parameters, or keywords in
	// the call: Sig (CPython's binding errors, py.CheckSpreadSig), and
	// the binding (as Info.Args) of each item count from Min to Want-1
	// (the call binds Want items; fewer leave defaults).
	Sig      *SpreadSig
	Min      int
	Variants [][]ast.Expr
}

// SpreadSig is the part of py.SpreadSig known at compile time: Params
// (all positional parameters from the first one the iterable fills) are
// SpreadCheck.Params, Name its Name and Before its Before.
type SpreadSig struct {
	Lo, Hi, KwOnly  int
	Required, Named []bool
	Clash           []int
}

// spreadRuntime rewrites x, a call of sig with one starred argument of
// run-time length last, as the call reading the items of the list it is
// collected into (see above); x itself when it does not apply.
func (c *checker) spreadRuntime(x *ast.Call, sig *Func) *ast.Call {
	i := len(x.Args) - 1
	if i < 0 || c.builtinSpread {
		return x
	}
	s, ok := x.Args[i].(*ast.Starred)
	if !ok {
		return x
	}
	// Several starred iterables last, f(*xs, *ys): one list of their
	// items, [*xs, *ys].
	first := i
	for first > 0 {
		if _, ok := x.Args[first-1].(*ast.Starred); !ok {
			break
		}
		first--
	}
	if first < i {
		var elems []ast.Expr
		for _, a := range x.Args[first:] {
			if !retypable(a.(*ast.Starred).Value) {
				return x
			}
			elems = append(elems, a)
		}
		i = first
		s = &ast.Starred{Pos: s.Pos, Value: &ast.ListExpr{Pos: x.Args[first].Position(), Elems: elems}}
	}
	for _, a := range x.Args[:i] {
		if _, ok := a.(*ast.Starred); ok {
			return x
		}
	}
	name, self := c.spreadCallee(x)
	if name == "" {
		return x
	}
	npos, lo := 0, 0
	for _, p := range sig.Params {
		if p.Star || p.StarStar {
			return x
		}
		if !p.KwOnly {
			npos++
			if !p.HasDefault {
				lo++
			}
		}
	}
	if npos-i <= 0 || !c.spreadOnce(x, i) {
		return x
	}
	fill := sig.Params[i:npos]
	named := make([]bool, len(fill))
	var clash []int
	kwOnly := 0
	for _, k := range x.Keywords {
		if k.Name == "" {
			return x // **mapping
		}
		for j, p := range sig.Params {
			if p.Name != k.Name {
				continue
			}
			switch {
			case p.KwOnly:
				kwOnly++
			case j >= i:
				named[j-i] = true
				clash = append(clash, j-i)
			}
		}
	}
	max := len(fill)
	for _, r := range clash {
		if r < max {
			max = r
		}
	}
	var params []string
	required := make([]bool, len(fill))
	min := 0
	for r, p := range fill {
		if p.PosOnly {
			return x
		}
		params = append(params, p.Name)
		required[r] = !p.HasDefault
		if r < max && !p.HasDefault {
			min = r + 1
		}
	}
	if max == 0 {
		return x
	}
	if sym := c.lookup("list"); sym == nil || sym != c.builtins.names["list"] {
		return x // list rebound
	}
	if first == len(x.Args)-1 {
		switch s.Value.(type) {
		case *ast.TupleExpr, *ast.ListExpr:
			return x // displays: spreadTupleArgs, or an arity error
		}
	}
	if !spreadComprehension(s.Value) && !retypable(s.Value) {
		return x // typed once already (spreadTupleArgs)
	}
	pos := s.Value.Position()
	lst := &ast.Call{Pos: pos, Func: &ast.Name{Pos: pos, ID: "list"}, Args: []ast.Expr{s.Value}}
	items := make([]ast.Expr, max)
	for k := range items {
		items[k] = &ast.Subscript{Pos: pos, Value: lst, Index: &ast.IntLit{Pos: pos, Text: strconv.Itoa(k), Value: int64(k)}}
	}
	variant := func(n int) *ast.Call {
		out := append(append([]ast.Expr(nil), x.Args[:i]...), items[:n]...)
		return &ast.Call{Pos: x.Pos, Func: x.Func, Args: out, Keywords: x.Keywords}
	}
	// Every count from min to max must bind (a required parameter past
	// max that no keyword names never does: left to the refusal).
	var variants [][]ast.Expr
	for n := min; n <= max; n++ {
		bound, msg := BindArgs(sig, variant(n))
		if msg != "" {
			return x
		}
		if n < max {
			variants = append(variants, bound)
		}
	}
	if _, ok := c.expr(lst).(*List); !ok {
		return x
	}
	y := variant(max)
	check := &SpreadCheck{List: lst, Want: max, Before: i + self, Name: name, Params: params}
	if min < max || len(x.Keywords) > 0 {
		check.Sig = &SpreadSig{Lo: lo + self, Hi: npos + self, KwOnly: kwOnly, Required: required, Named: named, Clash: clash}
		check.Min, check.Variants = min, variants
	}
	c.info.SpreadOnce[x], c.info.SpreadOnce[y] = lst, lst
	c.info.SpreadChecks[x], c.info.SpreadChecks[y] = check, check
	return y
}

// spreadCallee names the callee of x as CPython's argument errors do, with
// 1 for a bound self; "" for callees spreadRuntime leaves alone.
func (c *checker) spreadCallee(x *ast.Call) (string, int) {
	switch f := x.Func.(type) {
	case *ast.Name:
		sym := c.lookup(f.ID)
		if sym == nil || c.module.names[f.ID] != sym {
			return "", 0 // not a module-level name
		}
		switch sym.Kind {
		case SymFunc:
			if sym.Func != nil && sym.Func.Decorated == nil && sym.Func.Lambda == nil {
				return f.ID, 0
			}
		case SymClass:
			cls := sym.Class
			if cls == nil || cls.Builtin || cls.TypedDict != nil || cls.Enum != nil {
				return "", 0
			}
			if cls.NamedTuple {
				if c.topLevelClass(cls) {
					return cls.Name + ".__new__", 1 // Version(*parts): its generated __new__
				}
				return "", 0
			}
			if init := cls.LookupMethod("__init__"); init != nil && init.Owner != nil && c.topLevelClass(init.Owner) {
				return init.Owner.Name + ".__init__", 1
			}
		}
	case *ast.Attribute:
		cls, ok := c.info.Types[f.Value].(*Class)
		if !ok || cls.Builtin || !c.topLevelClass(cls) {
			return "", 0
		}
		m := cls.LookupMethod(f.Attr)
		if m == nil || m.IsStatic || m.IsClass || m.IsProperty || m.Decorated != nil || m.Owner == nil || !c.topLevelClass(m.Owner) {
			return "", 0
		}
		return m.Owner.Name + "." + f.Attr, 1
	}
	return "", 0
}

// topLevelClass reports whether cls is a class statement of the module
// (its qualified name is its name).
func (c *checker) topLevelClass(cls *Class) bool {
	sym := c.module.names[cls.Name]
	return sym != nil && sym.Kind == SymClass && sym.Class == cls
}

// retypable reports whether e may be checked again as the argument of
// the list(...) it is collected into (spreadTupleArgs typed it already):
// no lambda, comprehension or assignment expression, whose second check
// would declare a second function or variable.
func retypable(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Lambda, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp, *ast.NamedExpr, *ast.Await, *ast.Yield, *ast.YieldFrom:
			ok = false
		}
		return ok
	})
	return ok
}

// spreadComprehension reports a comprehension or a generator expression:
// never a tuple of fixed length.
func spreadComprehension(e ast.Expr) bool {
	_, gen := e.(*ast.GeneratorExp)
	return gen || isComprehension(e) // stmt.go
}
