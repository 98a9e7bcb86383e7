package codegen

import (
	"fmt"
	"strconv"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// lowerHook lowers a call of a table entry that the generic lowering does
// not express (overloads, results that depend on argument types). r is the
// receiver (nil for a built-in function). Hooks name runtime symbols
// through the entry (e.Go, e.Also) so that the symbol test covers them.
type lowerHook func(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rtype check.Type) *Statement

// lowerHooks holds the lowering hooks by entry name; TestLowerHooks
// verifies that each names a table entry and that every other entry can be
// lowered generically.
var lowerHooks map[string]lowerHook

func init() {
	// legacy adapts a lowering function of the older hook chains.
	legacy := func(fs ...func(g *gen, x *ast.Call, name string) (*Statement, bool)) lowerHook {
		return func(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rtype check.Type) *Statement {
			for _, f := range fs {
				if s, ok := f(g, x, e.Name); ok {
					return s
				}
			}
			panic("codegen: unsupported built-in " + e.Name)
		}
	}
	old := legacy((*gen).builtinExtra, (*gen).genBuiltin)
	lowerMap := func(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rt check.Type) *Statement {
		if len(x.Args) <= 2 {
			return old(g, x, e, r, rt)
		}
		return lowerMapN(g, x, e)
	}
	lowerHooks = map[string]lowerHook{
		"print":     lowerPrint,
		"len":       lowerLen,
		"range":     lowerRange,
		"slice":     lowerSlice, // sliceobj.go
		"abs":       lowerAbs,
		"min":       lowerMinMax,
		"max":       lowerMinMax,
		"sum":       lowerSum,
		"sorted":    lowerSorted,
		"reversed":  lowerReversed,
		"enumerate": lowerEnumerate,
		"zip":       lowerZip,
		"round":     lowerRound,
		"isinstance": func(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rt check.Type) *Statement {
			s := g.isinstance(x.Args[0], x.Args[1])
			if c := fmt.Sprintf("%#v", s); (c == "true" || c == "false") && !pureRef(x.Args[0]) {
				// Decided by the static type: the operand still runs
				// (isinstance(d.pop(k), list)).
				return py("Evaluated").Call(g.expr(x.Args[0]), s)
			}
			return s
		},
		"any":    lowerAnyAll,
		"all":    lowerAnyAll,
		"exit":   lowerExit,
		"quit":   lowerExit,
		"bin":    old,
		"hex":    old,
		"oct":    old,
		"map":    lowerMap,
		"filter": old,
		"divmod": old,
		"type": func(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rt check.Type) *Statement {
			if tf, ok := g.typeOf(x).(*check.TypeOf); ok {
				if c, ok := tf.Of.(*check.Class); ok && c.IsExc {
					// type(e) of an exception used as a type[E] value: its
					// class object (check/variance.go).
					return g.expr(x.Args[0]).Dot("Exc").Call().Dot("Class")
				}
				if c, ok := tf.Of.(*check.Class); ok && g.hasClassObj(c) {
					// type(v) of a user class with class objects: the
					// class object of v's run-time class, the one the
					// class's name evaluates to (handlers[type(e)]).
					return g.expr(x.Args[0]).Dot(pyClassMethod).Call()
				}
				// type(v) as a value (printed, compared, stored): the class
				// of v's run-time value, which prints as <class '...'>.
				return py("TypeObject").Call(g.exprAny(x.Args[0]))
			}
			return old(g, x, e, r, rt)
		},
		"next":             old,
		"iter":             old,
		"aiter":            old,
		"anext":            old,
		"str.split":        lowerSplit,
		"str.rsplit":       lowerSplit,
		"str.startswith":   lowerStartsWith,
		"str.endswith":     lowerStartsWith,
		"bytes.startswith": lowerStartsWith,
		"bytes.endswith":   lowerStartsWith,
		"str.format":       lowerStrFormat,
		"str.format_map":   lowerStrFormatMap,
		"list.pop":         lowerListPop,
		"list.sort":        lowerListSort,
		"dict.get":         lowerDictGet,
		"dict.pop":         lowerDictPop,
		"set.discard":      lowerSetDiscard,
	}
	for _, e := range builtins.All() {
		switch e.Receiver() {
		case "heapq", "bisect":
			lowerHooks[e.Name] = lowerHeapBisect // heapq.go
		case "itertools", "itertools.chain":
			lowerHooks[e.Name] = lowerItertools // itertools.go
		}
		if e.Name == "functools.reduce" {
			lowerHooks[e.Name] = lowerReduce // itertools.go
		}
	}
}

func lowerPrint(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	sep, end := Code(Lit(" ")), Code(Lit("\n"))
	if a := g.kw(x, "sep"); a != nil && g.typeOf(a) == check.Str {
		sep = g.expr(a)
	}
	if a := g.kw(x, "end"); a != nil && g.typeOf(a) == check.Str {
		end = g.expr(a)
	}
	starred := false
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			starred = true
		}
	}
	pf, pre := sym(e.Go), []Code{}
	if f := g.kw(x, "flush"); f != nil {
		// print(..., flush=f): py.PrintFlush flushes stdout when f is true.
		pf, pre = py("PrintFlush"), []Code{g.truthOf(g.expr(f), g.typeOf(f))}
	}
	if w := g.kw(x, "file"); w != nil && g.typeOf(w) == check.TextIOType {
		// print(..., file=sys.stderr): py.PrintTo (sysmod.go).
		flush := Code(False())
		if f := g.kw(x, "flush"); f != nil {
			flush = pre[0]
		}
		pf, pre = py("PrintTo"), []Code{g.expr(w), flush}
	}
	if !starred {
		if printKwEffects(x) {
			// print(f(), sep=g()): the positional arguments are
			// evaluated before the keywords, as CPython does.
			var body, ids []Code
			for i, a := range x.Args {
				n := fmt.Sprintf("_p%d", i)
				body = append(body, Id(n).Op(":=").Add(g.exprAny(a)))
				ids = append(ids, Id(n))
			}
			body = append(body, pf.Call(append(append(pre, sep, end), ids...)...))
			return Func().Params().Block(body...).Call()
		}
		args := append(pre, sep, end)
		for _, a := range x.Args {
			args = append(args, g.exprAny(a))
		}
		return pf.Call(args...)
	}
	var parts []Code
	for _, a := range x.Args {
		if s, ok := a.(*ast.Starred); ok {
			parts = append(parts, Id("_a").Op("=").Append(Id("_a"), py("AnySlice").Call(g.starredSlice(s)).Op("...")))
		} else {
			parts = append(parts, Id("_a").Op("=").Append(Id("_a"), g.exprAny(a)))
		}
	}
	body := append([]Code{Var().Id("_a").Index().Any()}, parts...)
	body = append(body, pf.Call(append(pre, sep, end, Id("_a").Op("..."))...))
	return Func().Params().Block(body...).Call()
}

func lowerLen(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	a := x.Args[0]
	if cls := namedTupleClass(g.typeOf(a)); cls != nil && check.Dunder(g.typeOf(a), "__len__") == nil {
		return g.namedTupleLen(a, cls) // namedtuple.go
	}
	if call, ok := a.(*ast.Call); ok && check.IsDictViewCall(a, g.info.Types) {
		// len(d.keys()): the dict's length (the view is not built).
		return g.expr(call.Func.(*ast.Attribute).Value).Dot("Len").Call()
	}
	if check.Dunder(g.typeOf(a), "__len__") != nil {
		return g.expr(a).Dot(methodGoName("__len__")).Call()
	}
	switch t := g.typeOf(a).(type) {
	case *check.List, *check.Dict, *check.Set, *check.Opaque, *check.Abstract:
		return g.expr(a).Dot("Len").Call()
	case *check.Tuple:
		if t.Var {
			return g.expr(a).Dot("Len").Call()
		}
		// The length is known, but the argument is still evaluated (a
		// tuple display may call functions).
		return py("KnownLen").Call(g.expr(a), Lit(int64(len(t.Elems))))
	case *check.Union:
		return py("Len").Call(g.expr(a))
	}
	if g.typeOf(a) == check.Str {
		return sym(e.Also[0]).Call(g.expr(a))
	}
	return sym(e.Also[1]).Call(g.expr(a))
}

func lowerRange(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	if st, ok := x.Args[0].(*ast.Starred); ok {
		// range(*t) of a tuple of one to three ints: its fields.
		tt := g.typeOf(st.Value)
		f := func(i int) Code { return Id("_t").Dot(fmt.Sprintf("F%d", i)) }
		var call *Statement
		switch len(tt.(*check.Tuple).Elems) {
		case 1:
			call = sym(e.Also[0]).Call(f(0))
		case 2:
			call = sym(e.Go).Call(f(0), f(1), Lit(1))
		default:
			call = sym(e.Go).Call(f(0), f(1), f(2))
		}
		return Func().Params(Id("_t").Add(g.goType(tt))).Add(py("RangeIter")).Block(Return(call)).Call(g.expr(st.Value))
	}
	arg := func(i int) Code { return g.exprTo(x.Args[i], check.Int) } // range(obj): its __index__
	switch len(x.Args) {
	case 1:
		return sym(e.Also[0]).Call(arg(0))
	case 2:
		return sym(e.Go).Call(arg(0), arg(1), Lit(1))
	}
	return sym(e.Go).Call(arg(0), arg(1), arg(2))
}

func lowerAbs(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	if m := check.UnaryDunder("abs", g.typeOf(x.Args[0])); m != nil {
		return g.expr(x.Args[0]).Dot(g.methodSlot(m)).Call()
	}
	if t := g.typeOf(x.Args[0]); check.NumUnion(t) {
		v := sym(e.Also[2]).Call(g.expr(x.Args[0]))
		if check.NumUnaryResult(t) == check.Int {
			return py("NumToInt").Call(v)
		}
		return v
	}
	if t := g.typeOf(x.Args[0]); t == check.Int || t == check.Bool {
		return sym(e.Also[0]).Call(g.exprTo(x.Args[0], check.Int)) // abs(True) is 1
	}
	return sym(e.Also[1]).Call(g.expr(x.Args[0]))
}

func lowerMinMax(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	t := g.typeOf(x)
	order := g.lessExpr
	if e.Name == "max" {
		order = g.maxOrder // item > best, as CPython compares
	}
	var xs Code
	if _, star := x.Args[0].(*ast.Starred); len(x.Args) == 1 && !star {
		xs = g.sliceOf(x.Args[0])
	} else if hasStarred(x.Args) {
		// max(a, *xs), max(*xs): one slice of the arguments, left to
		// right (py.StarArgs raises CPython's TypeError for fewer than
		// two).
		body := []Code{Id("_xs").Op(":=").Index().Add(g.goType(t)).Values()}
		for _, a := range x.Args {
			st, ok := a.(*ast.Starred)
			if !ok {
				body = append(body, Id("_xs").Op("=").Append(Id("_xs"), g.exprTo(a, t)))
				continue
			}
			part := g.starredSlice(st)
			if et := g.elemOf(st.Value); !check.Identical(et, t) {
				part = py("ConvertSlice").Call(part, Func().Params(Id("_v").Add(g.goType(et))).Add(g.goType(t)).Block(Return(g.convert(Id("_v"), et, t))))
			}
			body = append(body, Id("_xs").Op("=").Append(Id("_xs"), Add(part).Op("...")))
		}
		xs = Func().Params().Index().Add(g.goType(t)).Block(append(body, Return(py("StarArgs").Call(Id("_xs"), Lit(e.Name))))...).Call()
	} else {
		var els []Code
		for _, a := range x.Args {
			els = append(els, g.exprTo(a, t))
		}
		xs = Index().Add(g.goType(t)).Values(els...)
	}
	if d := g.kw(x, "default"); d != nil && len(x.Args) == 1 {
		if et := g.elemOf(x.Args[0]); !check.Identical(et, t) {
			// A default of another type (check.checkMinMax): the result
			// is the element or the default, converted to t.
			var best Code = sym(e.Go).Call(Id("_xs"), g.orderFunc(et, g.kw(x, "key"), order), Lit(e.Name))
			if kfn, kless, _, ok := g.keyOrderBy(et, g.kw(x, "key"), order); ok {
				best = py("MinOfKey").Call(Id("_xs"), kfn, kless, Lit(e.Name)) // py/keyed.go
			}
			return Func().Params(Id("_xs").Index().Add(g.goType(et)), Id("_def").Add(g.goType(t))).Add(g.goType(t)).Block(
				If(Len(Id("_xs")).Op("==").Lit(0)).Block(Return(Id("_def"))),
				Return(g.convert(best, et, t)),
			).Call(xs, g.exprTo(d, t))
		}
	}
	if kfn, kless, kt, ok := g.keyOrderBy(t, g.kw(x, "key"), order); ok {
		// key= is called once per element (py/keyed.go).
		if d := g.kw(x, "default"); d != nil {
			return py("MinOfKeyDefault").Types(g.goType(t), kt).Call(xs, kfn, kless, Lit(e.Name), g.exprTo(d, t))
		}
		return py("MinOfKey").Call(xs, kfn, kless, Lit(e.Name))
	}
	less := g.orderFunc(t, g.kw(x, "key"), order)
	if d := g.kw(x, "default"); d != nil {
		return sym(e.Also[0]).Types(g.goType(t)).Call(xs, less, Lit(e.Name), g.exprTo(d, t)) // T given: an int default of an int | float
	}
	return sym(e.Go).Call(xs, less, Lit(e.Name))
}

func lowerSum(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	t := g.typeOf(x)
	if s := g.sumOther(x, t); s != nil { // surface_conv.go
		return s
	}
	var start Code = Lit(0)
	if len(x.Args) == 2 {
		start = g.exprTo(x.Args[1], t)
	}
	if et := g.elemOf(x.Args[0]); check.NumUnion(et) || check.NumUnion(t) || len(x.Args) == 2 && check.NumUnion(g.typeOf(x.Args[1])) {
		// (sum(floats) is int | float: the int 0 for no elements)
		start = Int64().Call(Lit(0))
		if len(x.Args) == 2 {
			start = g.expr(x.Args[1])
		}
		return numUnboxed(sym(e.Also[4]).Call(py("ConvertSlice").Call(g.sliceOf(x.Args[0]), Func().Params(Id("_v").Add(g.goType(et))).Any().Block(Return(Id("_v")))), start), t)
	}
	xs := g.sliceOf(x.Args[0])
	if g.elemOf(x.Args[0]) == check.Bool {
		xs = sym(e.Also[3]).Call(xs) // sum of bools counts the true ones
	}
	if t == check.Float {
		if g.elemOf(x.Args[0]) == check.Int {
			xs = sym(e.Also[2]).Call(xs)
		}
		return sym(e.Also[1]).Call(xs, start)
	}
	return sym(e.Also[0]).Call(xs, start)
}

func lowerSorted(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	et := g.elemOf(x.Args[0])
	var xs Code
	if rl, ok := g.typeOf(x).(*check.List); ok && rl.Elem != nil && et != nil && !check.Identical(et, rl.Elem) {
		// sorted(squares) where a list[Shape] is expected (check's
		// ctorElem): sorted as the wider elements.
		xs, et = g.sliceOfTo(x.Args[0], rl.Elem), rl.Elem
	} else {
		xs = g.sliceOf(x.Args[0])
	}
	var rev Code = False()
	if r := g.kw(x, "reverse"); r != nil {
		rev = g.truth(r)
	}
	if kfn, kless, _, ok := g.keyOrder(et, g.kw(x, "key")); ok {
		return py("SortedSliceByKey").Call(xs, kfn, kless, rev) // py/keyed.go
	}
	if kf := g.optionalKey(g.kw(x, "key")); kf != nil {
		// key: Callable | None: by the key when there is one.
		kfn, kless, _ := g.keyOrderOf(et, kf, Id("_k").Dot("V"), g.lessExpr)
		return Func().Params(Id("_xs").Index().Add(g.goType(et)), Id("_k").Add(g.goType(g.typeOf(g.kw(x, "key")))), Id("_rev").Bool()).Add(g.goType(g.typeOf(x))).Block(
			If(Id("_k").Dot("Ok")).Block(Return(py("SortedSliceByKey").Call(Id("_xs"), kfn, kless, Id("_rev")))),
			Return(sym(e.Go).Call(Id("_xs"), g.lessFunc(et, nil), Id("_rev"))),
		).Call(xs, g.expr(g.kw(x, "key")), rev)
	}
	return sym(e.Go).Call(xs, g.lessFunc(et, g.kw(x, "key")), rev)
}

func lowerReversed(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	kind := ""
	switch g.typeOf(x.Args[0]).(type) {
	case *check.List:
		kind = "IterKindListReversed"
	case *check.Opaque:
		kind = "IterKindRange"
	case *check.Dict:
		kind = "IterKindDictReversed"
	}
	if kind != "" { // type(it).__name__ (py/loops.go)
		return py("ReversedAs").Call(g.sliceOf(x.Args[0]), py(kind))
	}
	return sym(e.Go).Call(g.sliceOf(x.Args[0]))
}

func lowerEnumerate(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	var start Code = Lit(0)
	if len(x.Args) == 2 {
		start = g.expr(x.Args[1])
	} else if s := g.kw(x, "start"); s != nil {
		start = g.expr(s)
	}
	return sym(e.Go).Call(g.iterOf(x.Args[0]), start)
}

func lowerZip(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	if st, ok := x.Args[0].(*ast.Starred); ok && len(x.Args) == 1 {
		ot := g.typeOf(st.Value)
		if lt, ok := ot.(*check.List); ok {
			if _, ok := lt.Elem.(*check.List); ok {
				return sym(e.Also[0]).Call(g.expr(st.Value)) // a list of lists
			}
		}
		// Any other iterable of iterables: each row's iterator.
		rt := g.elemType(ot)
		et := check.TupleElem(check.IterElemOf(g.typeOf(x)).(*check.Tuple))
		row := Func().Params(Id("_r").Add(g.goType(rt))).Add(py("Iter").Types(g.goType(et))).Block(Return(g.iterOfVal(Id("_r"), rt)))
		return py("ZipRows").Call(g.iterOf(st.Value), row)
	}
	if hasStarred(x.Args) {
		// zip(header, *rows): the iterators in argument order, each row's
		// for a starred argument.
		et := check.TupleElem(check.IterElemOf(g.typeOf(x)).(*check.Tuple))
		body := []Code{Var().Id("_its").Index().Add(py("Iter").Types(g.goType(et)))}
		for _, a := range x.Args {
			st, ok := a.(*ast.Starred)
			if !ok {
				body = append(body, Id("_its").Op("=").Append(Id("_its"), g.iterOf(a)))
				continue
			}
			rt := g.elemType(g.typeOf(st.Value))
			row := Func().Params(Id("_r").Add(g.goType(rt))).Add(py("Iter").Types(g.goType(et))).Block(Return(g.iterOfVal(Id("_r"), rt)))
			body = append(body, Id("_its").Op("=").Append(Id("_its"), py("RowIters").Call(g.iterOf(st.Value), row).Op("...")))
		}
		body = append(body, Return(py("ZipIters").Call(Id("_its"))))
		return Func().Params().Add(g.goType(g.typeOf(x))).Block(body...).Call()
	}
	var its []Code
	for _, a := range x.Args {
		its = append(its, g.iterOf(a))
	}
	if k := g.kw(x, "strict"); k != nil {
		// zip(..., strict=True): each iterator is watched (py.StrictIter)
		// and a length mismatch raises ValueError as CPython's does.
		for i := range its {
			its[i] = py("StrictIter").Call(its[i], Lit(i), Id("_zs"))
		}
		return Func().Params().Add(g.goType(g.typeOf(x))).Block(
			Id("_zs").Op(":=").Add(py("NewZipStrict")).Call(Lit(len(its)), g.truth(k)),
			Return(sym(builtins.Zip(len(x.Args))).Call(its...)),
		).Call()
	}
	return sym(builtins.Zip(len(x.Args))).Call(its...) // the checker limits the arity
}

func lowerRound(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	t := g.typeOf(x.Args[0])
	if check.NumUnion(t) {
		if len(x.Args) == 1 {
			return sym(e.Also[3]).Call(g.expr(x.Args[0]))
		}
		return sym(e.Also[4]).Call(g.expr(x.Args[0]), g.expr(x.Args[1]))
	}
	if t == check.Bool {
		t = check.Int // round(True): the checker converts the bool (Conv)
	}
	if len(x.Args) == 1 {
		if t == check.Int {
			return Add(g.exprConv(x.Args[0]))
		}
		return sym(e.Also[0]).Call(g.expr(x.Args[0]))
	}
	if t == check.Int {
		return sym(e.Also[1]).Call(g.exprConv(x.Args[0]), g.expr(x.Args[1]))
	}
	return sym(e.Also[2]).Call(g.expr(x.Args[0]), g.expr(x.Args[1]))
}

func lowerAnyAll(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	et := g.elemOf(x.Args[0])
	truth := Func().Params(Id("v").Add(g.goType(et))).Bool().Block(Return(g.truthOf(Id("v"), et)))
	switch g.typeOf(x.Args[0]).(type) {
	case *check.Iterator, *check.Generator:
		// Lazy iterables stop at the deciding element, as CPython's do: a
		// generator's later elements (and their effects) are not computed.
		return sym(e.Also[0]).Call(g.iterOf(x.Args[0]), truth)
	}
	return sym(e.Go).Call(g.sliceOf(x.Args[0]), truth)
}

func lowerSplit(g *gen, x *ast.Call, e *builtins.Entry, s *Statement, _ check.Type) *Statement {
	var sep ast.Expr
	var max Code = Lit(-1)
	if len(x.Args) > 0 {
		sep = x.Args[0]
	}
	if len(x.Args) > 1 {
		max = g.expr(x.Args[1])
	}
	if k := g.kw(x, "sep"); k != nil {
		sep = k
	}
	if k := g.kw(x, "maxsplit"); k != nil {
		max = g.expr(k)
	}
	if sep == nil || g.typeOf(sep) == check.None {
		return sym(e.Also[0]).Call(s, max)
	}
	return sym(e.Go).Call(s, g.expr(sep), max)
}

func lowerStartsWith(g *gen, x *ast.Call, e *builtins.Entry, s *Statement, _ check.Type) *Statement {
	optArg := func(i int) Code {
		if i < len(x.Args) {
			return optInt(g.exprTo(x.Args[i], check.Int))
		}
		return noneInt()
	}
	if tu, ok := g.typeOf(x.Args[0]).(*check.Tuple); ok {
		if len(tu.Elems) == 0 { // s.startswith(()) is False: a nil slice of prefixes
			return sym(e.Also[0]).Call(s, Nil(), optArg(1), optArg(2))
		}
		v := g.expr(x.Args[0])
		return sym(e.Also[0]).Call(s, g.tupleSlice(v, tu), optArg(1), optArg(2))
	}
	if len(x.Args) > 1 {
		return sym(e.Also[1]).Call(s, g.expr(x.Args[0]), optArg(1), optArg(2))
	}
	return sym(e.Go).Call(s, g.expr(x.Args[0]))
}

func lowerStrFormat(g *gen, x *ast.Call, e *builtins.Entry, s *Statement, _ check.Type) *Statement {
	spread := false
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			spread = true
		}
	}
	for _, k := range x.Keywords {
		if k.Name == "" {
			spread = true
		}
	}
	if spread {
		return g.strFormatSpread(x, e, s)
	}
	var args []Code
	for _, a := range x.Args {
		args = append(args, g.exprAny(a))
	}
	kw := Dict{}
	for _, k := range x.Keywords {
		kw[Lit(k.Name)] = g.exprAny(k.Value)
	}
	var kws Code = Nil()
	if len(kw) > 0 {
		kws = Map(String()).Any().Values(kw)
	}
	return sym(e.Go).Call(s, Index().Any().Values(args...), kws)
}

// lowerStrFormatMap lowers s.format_map(d): py.StrFormatMap over the dict.
func lowerStrFormatMap(g *gen, x *ast.Call, e *builtins.Entry, s *Statement, _ check.Type) *Statement {
	return sym(e.Go).Call(s, g.expr(x.Args[0]))
}

// starredSlice is the elements a starred argument *xs spreads, as a Go
// slice: the list the IR copied them into when a later argument awaits
// (ir's snapshot, substituted for the Starred node), else xs's elements
// read now.
func (g *gen) starredSlice(s *ast.Starred) Code {
	if _, early := g.fn.Subst[s]; early {
		return g.expr(s).Dot("V")
	}
	return g.sliceOf(s.Value)
}

// strFormatSpread lowers a str.format call with *iterable or **mapping
// arguments: the receiver, then the arguments in source order, are
// evaluated into a slice and a map (a later keyword replaces an earlier
// one; CPython raises TypeError for a repeated one, which mypy reports).
func (g *gen) strFormatSpread(x *ast.Call, e *builtins.Entry, s *Statement) *Statement {
	body := []Code{Id("_s").Op(":=").Add(s), Var().Id("_a").Index().Any(), Id("_k").Op(":=").Map(String()).Any().Values()}
	for _, a := range x.Args {
		if st, ok := a.(*ast.Starred); ok {
			body = append(body, Id("_a").Op("=").Append(Id("_a"), py("AnySlice").Call(g.starredSlice(st)).Op("...")))
			continue
		}
		body = append(body, Id("_a").Op("=").Append(Id("_a"), g.exprAny(a)))
	}
	for _, k := range x.Keywords {
		if k.Name == "" {
			body = append(body, py("KwargsInto").Call(Id("_k"), g.expr(k.Value)))
			continue
		}
		body = append(body, Id("_k").Index(Lit(k.Name)).Op("=").Add(g.exprAny(k.Value)))
	}
	body = append(body, Return(sym(e.Go).Call(Id("_s"), Id("_a"), Id("_k"))))
	return Func().Params().String().Block(body...).Call()
}

func lowerListPop(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rtype check.Type) *Statement {
	if len(x.Args) == 0 {
		return g.symCall(e.Go, r, rtype)
	}
	return g.symCall(e.Also[0], r, rtype, g.expr(x.Args[0]))
}

func lowerListSort(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rtype check.Type) *Statement {
	var rev Code = False()
	if a := g.kw(x, "reverse"); a != nil {
		rev = g.truth(a)
	}
	et := rtype.(*check.List).Elem
	// py.SortList empties the list while sort runs (list.go).
	// reverse= is evaluated before.
	sortList := func(sort Code) *Statement {
		return Func().Params(Id("_l").Add(g.goType(rtype)), Id("_rev").Bool()).Block(
			py("SortList").Call(Id("_l"), Func().Params(Id("_xs").Index().Add(g.goType(et))).Block(sort)),
		).Call(r, rev)
	}
	if kfn, kless, _, ok := g.keyOrder(et, g.kw(x, "key")); ok {
		return sortList(py("SortSliceByKey").Call(Id("_xs"), kfn, kless, Id("_rev"))) // py/keyed.go
	}
	if kf := g.optionalKey(g.kw(x, "key")); kf != nil {
		kfn, kless, _ := g.keyOrderOf(et, kf, Id("_k").Dot("V"), g.lessExpr)
		return Func().Params(Id("_l").Add(g.goType(rtype)), Id("_k").Add(g.goType(g.typeOf(g.kw(x, "key")))), Id("_rev").Bool()).Block(
			py("SortList").Call(Id("_l"), Func().Params(Id("_xs").Index().Add(g.goType(et))).Block(
				If(Id("_k").Dot("Ok")).Block(py("SortSliceByKey").Call(Id("_xs"), kfn, kless, Id("_rev"))).Else().Block(
					sym(e.Go).Call(Id("_xs"), g.lessFunc(et, nil), Id("_rev"))))),
		).Call(r, g.expr(g.kw(x, "key")), rev)
	}
	return sortList(sym(e.Go).Call(Id("_xs"), g.lessFunc(et, g.kw(x, "key")), Id("_rev")))
}

func lowerDictGet(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rtype check.Type) *Statement {
	t := rtype.(*check.Dict)
	if _, opt := check.Unalias(t.Val).(*check.Optional); opt && len(x.Args) == 1 {
		// Optional values: d.get(k) is the value or None, never an
		// Optional of an Optional (a stored None must be None too).
		return r.Dot(e.Also[0].Name).Call(g.exprTo(x.Args[0], t.Key), g.zero(t.Val))
	}
	if len(x.Args) == 1 {
		return r.Dot(e.Go.Name).Call(g.exprTo(x.Args[0], t.Key))
	}
	if noneDefault(x, t) {
		return r.Dot(e.Go.Name).Call(g.exprTo(x.Args[0], t.Key)) // d.get(k, None)
	}
	if res := g.typeOf(x); !check.Identical(res, t.Val) {
		return g.dictGetOther(x, r, t, res, "Lookup") // surface_fix.go
	}
	return r.Dot(e.Also[0].Name).Call(g.exprTo(x.Args[0], t.Key), g.exprTo(x.Args[1], t.Val))
}

func lowerDictPop(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rtype check.Type) *Statement {
	t := rtype.(*check.Dict)
	if len(x.Args) == 1 {
		return r.Dot(e.Go.Name).Call(g.exprTo(x.Args[0], t.Key))
	}
	if noneDefault(x, t) {
		return r.Dot("PopOpt").Call(g.exprTo(x.Args[0], t.Key)) // d.pop(k, None)
	}
	if res := g.typeOf(x); !check.Identical(res, t.Val) {
		return g.dictGetOther(x, r, t, res, "PopLookup") // surface_fix.go
	}
	return r.Dot(e.Also[0].Name).Call(g.exprTo(x.Args[0], t.Key), g.exprTo(x.Args[1], t.Val))
}

// lowerSetDiscard drops Discard's result (set.discard returns None).
func lowerSetDiscard(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rtype check.Type) *Statement {
	return Func().Params().Block(g.entryDirect(x, e, r, rtype)).Call()
}

// lowerMapN lowers map(f, it1, ..., itN) to MapIter over ZipN, f evaluated
// first.
func lowerMapN(g *gen, x *ast.Call, e *builtins.Entry) *Statement {
	ft, fv := g.callTarget(x.Args[0])
	n := len(x.Args) - 1
	var ets []check.Type
	var its, fields []Code
	for i, a := range x.Args[1:] {
		et := g.elemOf(a)
		ets = append(ets, et)
		its = append(its, g.iterOf(a))
		fields = append(fields, g.convert(Id("_t").Dot(fieldName(i)), et, ft.Params[i].Type))
	}
	tt := g.goType(&check.Tuple{Elems: ets})
	rt := g.goType(ft.Ret)
	call := []Code{Return(Id("_mf").Call(fields...))}
	if voidRet(ft) { // modules.go: each call gives None
		rt = g.goType(check.None)
		call = []Code{Id("_mf").Call(fields...), Return(py("None"))}
	}
	body := sym(e.Go).Call(
		Func().Params(Id("_t").Add(tt)).Add(rt).Block(call...),
		sym(builtins.Zip(n)).Call(its...),
	)
	return Func().Params(Id("_mf").Add(g.goType(ft))).Add(py("Iter").Types(rt)).Block(Return(body)).Call(fv)
}

// fieldName is the Go field of element i of a fixed-size tuple.
func fieldName(i int) string { return "F" + strconv.Itoa(i) }

// noneDefault reports whether x is d.get(k, None) or d.pop(k, None) on a
// dict whose values are not optional (typed V | None by the checker).
func noneDefault(x *ast.Call, t *check.Dict) bool {
	if len(x.Args) != 2 {
		return false
	}
	if _, ok := x.Args[1].(*ast.NoneLit); !ok {
		return false
	}
	_, opt := check.Unalias(t.Val).(*check.Optional)
	return !opt
}

// lowerExit lowers exit(code) and quit(code): SystemExit(code) raised, or
// SystemExit() without a code (py.Exit).
func lowerExit(g *gen, x *ast.Call, e *builtins.Entry, _ *Statement, _ check.Type) *Statement {
	var args []Code
	for _, a := range x.Args {
		args = append(args, g.exprAny(a))
	}
	return sym(e.Go).Call(args...)
}

// printKwEffects reports a print call whose sep=, end= or flush= value and
// some positional argument both have effects (their order shows).
func printKwEffects(x *ast.Call) bool {
	kwEffects := false
	for _, k := range x.Keywords {
		if !pureRef(k.Value) && !constExpr(k.Value) {
			kwEffects = true
		}
	}
	if !kwEffects {
		return false
	}
	for _, a := range x.Args {
		if !pureRef(a) && !constExpr(a) {
			return true
		}
	}
	return false
}
