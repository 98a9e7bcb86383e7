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
// among those it fills, *args, keywords and callees other than
// module-level functions, methods of module-level classes and their
// constructors are left to the refusal.

// SpreadCheck is the item-count check of such a call.
type SpreadCheck struct {
	List   ast.Expr // the list the iterable is collected into
	Want   int      // the items it must hold
	Before int      // positional arguments before it (self included)
	Name   string   // CPython's name of the callee: "area", "Point.__init__"
	Params []string // the parameters it fills, in order
}

// spreadRuntime rewrites x, a call of sig with one starred argument of
// run-time length last, as the call reading the items of the list it is
// collected into (see above); x itself when it does not apply.
func (c *checker) spreadRuntime(x *ast.Call, sig *Func) *ast.Call {
	i := len(x.Args) - 1
	if i < 0 || len(x.Keywords) > 0 || c.builtinSpread {
		return x
	}
	s, ok := x.Args[i].(*ast.Starred)
	if !ok {
		return x
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
	npos := 0
	for _, p := range sig.Params {
		if p.Star || p.StarStar {
			return x
		}
		if !p.KwOnly {
			npos++
		}
	}
	want := npos - i
	if want <= 0 || !c.spreadOnce(x, i) {
		return x
	}
	var params []string
	for _, p := range sig.Params[i:npos] {
		if p.HasDefault || p.PosOnly {
			return x
		}
		params = append(params, p.Name)
	}
	if sym := c.lookup("list"); sym == nil || sym != c.builtins.names["list"] {
		return x // list rebound
	}
	switch s.Value.(type) {
	case *ast.TupleExpr, *ast.ListExpr:
		return x // displays: spreadTupleArgs, or an arity error
	}
	if !spreadComprehension(s.Value) && !retypable(s.Value) {
		return x // typed once already (spreadTupleArgs)
	}
	pos := s.Value.Position()
	lst := &ast.Call{Pos: pos, Func: &ast.Name{Pos: pos, ID: "list"}, Args: []ast.Expr{s.Value}}
	if _, ok := c.expr(lst).(*List); !ok {
		return x
	}
	out := append([]ast.Expr(nil), x.Args[:i]...)
	for k := 0; k < want; k++ {
		out = append(out, &ast.Subscript{Pos: pos, Value: lst, Index: &ast.IntLit{Pos: pos, Text: strconv.Itoa(k), Value: int64(k)}})
	}
	y := &ast.Call{Pos: x.Pos, Func: x.Func, Args: out}
	check := &SpreadCheck{List: lst, Want: want, Before: i + self, Name: name, Params: params}
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
			if cls == nil || cls.Builtin || cls.NamedTuple || cls.TypedDict != nil || cls.Enum != nil {
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
