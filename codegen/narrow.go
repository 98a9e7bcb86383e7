package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// narrowed converts the read s of a narrowed variable or attribute chain e
// from its declared representation to the representation of the type the
// checker narrowed it to. checked selects an unwrap of an Optional that
// raises when the value is None: it is used wherever another function could
// have stored None since the test (attributes, captured and module-level
// variables), so that a stale fact raises instead of reading a zero value.
func (g *gen) narrowed(e ast.Expr, s *Statement, checked bool) *Statement {
	from, ok := g.info.Narrowed[e]
	if !ok {
		return s
	}
	if lu, ok := g.info.Loose[e]; ok {
		// check/gatherloose.go: a gather result mypy types Any.
		return py("LooseAs").Types(g.goType(g.info.Types[e])).Call(s, Lit(lu.Class), Lit(lu.Msg))
	}
	return g.narrowConv(s, from, g.info.Types[e], checked)
}

func (g *gen) narrowConv(s *Statement, from, to check.Type, checked bool) *Statement {
	from, to = check.Unalias(from), check.Unalias(to) // x[1] of a list[Expr]: an alias's union
	if from == nil || to == nil || check.Identical(from, to) {
		return s
	}
	switch f := from.(type) {
	case *check.Optional:
		if to, ok := to.(*check.Optional); ok {
			switch f.Elem.(type) {
			case *check.Union, *check.AnyType:
				if !check.Identical(f.Elem, to.Elem) {
					// T | None | BaseException narrowed to T | None (not
					// isinstance(x, BaseException)): the boxed value unboxed.
					return py("AnyOpt").Types(g.goType(to.Elem)).Call(s.Dot("Any").Call())
				}
			}
			// Narrowed inside the Optional otherwise (isinstance excludes
			// None, so this does not happen; keep the value).
			return s
		}
		if to == check.None {
			return py("None") // x is None on a boxed union with None (check narrowCompare)
		}
		if checked {
			s = s.Dot("Get").Call()
		} else {
			s = s.Dot("V")
		}
		return g.narrowConv(s, f.Elem, to, checked)
	case *check.AnyType, *check.Union:
		switch tt := to.(type) {
		case *check.AnyType, *check.Union:
			return s
		case *check.Optional:
			// Narrowed to a union with None (check.joinFacts).
			return py("AnyOpt").Types(g.goType(tt.Elem)).Call(s)
		}
		if _, ok := f.(*check.AnyType); ok {
			if v, ok := anyView(s, to); ok {
				return v
			}
		}
		return s.Assert(g.goType(to))
	case *check.Class:
		if tc, ok := to.(*check.Class); ok && !tc.Builtin {
			if f.Builtin || tc != f {
				return s.Assert(g.goType(to))
			}
		}
		return s
	}
	return s
}

// narrowChecked reports whether reads of a narrowed variable need the
// checked unwrap (see narrowed).
func (g *gen) narrowChecked(sym *check.Symbol) bool {
	return sym.Captured || sym.Owner == nil || sym.Owner == g.info.Module
}

// typeIs emits type(x) is C, type(x) == C and their negations: the exact
// class of x, by name (class names are unique in a module).
func (g *gen) typeIs(x *ast.Compare) (*Statement, bool) {
	if len(x.Ops) != 1 {
		return nil, false
	}
	op := x.Ops[0]
	if op != "is" && op != "is not" && op != "==" && op != "!=" {
		return nil, false
	}
	l, r := x.Left, x.Comparators[0]
	if _, ok := g.typeOf(l).(*check.TypeOf); !ok {
		l, r = r, l
	}
	to, ok := g.typeOf(l).(*check.TypeOf)
	if !ok {
		return nil, false
	}
	typeName := func(side ast.Expr, of check.Type) *Statement {
		call, ok := side.(*ast.Call)
		if !ok {
			return g.expr(side).Assert(Op("*").Add(py("Class"))).Dot("Name") // k = type(e): an exception's class object
		}
		return py("TypeName").Call(g.convert(g.exprAny(call.Args[0]), of, check.Object))
	}
	var other Code
	switch t := g.typeOf(r).(type) {
	case *check.ClassRef:
		other = Lit(t.Class.Py())
	case *check.TypeName:
		other = Lit(typeNameOf(t.T))
	case *check.TypeOf: // type(a) is type(b)
		other = typeName(r, t.Of)
	default:
		return nil, false
	}
	test := typeName(l, to.Of)
	if op == "is" || op == "==" {
		return test.Op("==").Add(other), true
	}
	return test.Op("!=").Add(other), true
}

// decoratedMethodCall wraps a call of a method decorated with
// @contextmanager / @asynccontextmanager in the context manager.
func (g *gen) decoratedMethodCall(m *check.Method, call *Statement) *Statement {
	if m.Decorated == nil {
		return call
	}
	switch cm := m.Decorated.Ret.(type) {
	case *check.GenCM:
		if cm.Async {
			return rt("NewAsyncGenCM").Types(g.goType(cm.Yield)).Call(call)
		}
		return py("NewGenCM").Types(g.goType(cm.Yield)).Call(call)
	}
	return call
}

// typeNameOf is the name of the built-in class a type name denotes, as
// py.TypeName reports it for its values: list, not list[?].
func typeNameOf(t check.Type) string {
	if check.CollectionKind(t) == "" {
		switch t.(type) {
		case *check.List:
			return "list"
		case *check.Dict:
			return "dict"
		case *check.Set:
			return "set"
		case *check.Tuple:
			return "tuple"
		}
	}
	return t.String()
}

// typedDictGet emits d.get("k") and d.get("k", default) of a key a
// TypedDict may lack: a lookup of the boxed value, narrowed to the key's
// type, else the default (evaluated first, as CPython evaluates it).
func (g *gen) typedDictGet(x *ast.Call, tg *check.TypedDictGet) *Statement {
	res := g.typeOf(x)
	ft := g.info.Types[tg.Sub]
	dt := g.typeOf(tg.Sub.Value)
	var def Code = g.goType(res).(*Statement).Clone().Values() // None
	if tg.Default != nil {
		def = g.exprTo(tg.Default, res)
	}
	val := g.narrowConv(Id("_v"), check.Object, ft, false)
	if tg.SetDefault { // d.setdefault("k", default): stored when missing
		return Func().Params(Id("_d").Add(g.goType(dt)), Id("_def").Add(g.goType(res))).Add(g.goType(res)).Block(
			If(List(Id("_v"), Id("_ok")).Op(":=").Id("_d").Dot("Lookup").Call(Lit(tg.Sub.Index.(*ast.StrLit).Value)), Id("_ok")).Block(
				Return(g.convert(val, ft, res)),
			),
			Id("_d").Dot("Set").Call(Lit(tg.Sub.Index.(*ast.StrLit).Value), g.convert(Id("_def"), res, check.Object)),
			Return(Id("_def")),
		).Call(g.expr(tg.Sub.Value), g.exprTo(tg.Default, res))
	}
	return Func().Params(Id("_d").Add(g.goType(dt)), Id("_def").Add(g.goType(res))).Add(g.goType(res)).Block(
		If(List(Id("_v"), Id("_ok")).Op(":=").Id("_d").Dot("Lookup").Call(Lit(tg.Sub.Index.(*ast.StrLit).Value)), Id("_ok")).Block(
			Return(g.convert(val, ft, res)),
		),
		Return(Id("_def")),
	).Call(g.expr(tg.Sub.Value), def)
}
