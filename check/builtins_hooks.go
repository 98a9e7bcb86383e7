package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// checkHook types a call of a table entry whose typing the signature does
// not express (overloads, results that depend on the arguments).
type checkHook func(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type

// checkHooks holds the checker hooks by entry name; TestCheckHooks verifies
// that each names a table entry.
var checkHooks map[string]checkHook

// CheckHookNames returns the names of the entries typed by a hook.
func CheckHookNames() []string {
	var out []string
	for n := range checkHooks {
		out = append(out, n)
	}
	return out
}

// builtinExtraNoWant is builtinExtra for the hooks that type their calls
// without an expected type.
func builtinExtraNoWant(c *checker, x *ast.Call, name string) (Type, bool) {
	return c.builtinExtra(x, name, nil)
}

func init() {
	// legacy adapts a typing function of the older hook chains.
	legacy := func(f func(c *checker, x *ast.Call, name string) (Type, bool)) checkHook {
		return func(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
			t, _ := f(c, x, e.Name)
			return t
		}
	}
	checkHooks = map[string]checkHook{
		"print":            checkPrint,
		"id":               checkID,
		"len":              checkLen,
		"range":            checkRange,
		"slice":            checkSlice, // sliceobj.go
		"abs":              checkAbs,
		"min":              checkMinMax,
		"max":              checkMinMax,
		"sum":              checkSum,
		"sorted":           checkSorted,
		"reversed":         checkSorted,
		"enumerate":        checkEnumerate,
		"zip":              checkZip,
		"round":            checkRound,
		"isinstance":       checkIsinstance,
		"any":              checkAnyAll,
		"all":              checkAnyAll,
		"bin":              legacy(builtinExtraNoWant),
		"hex":              legacy(builtinExtraNoWant),
		"oct":              legacy(builtinExtraNoWant),
		"map":              checkMap,
		"filter":           legacy(builtinExtraNoWant),
		"divmod":           legacy(builtinExtraNoWant),
		"type":             legacy(builtinExtraNoWant),
		"next":             legacy((*checker).genBuiltin),
		"iter":             checkIter,
		"aiter":            legacy((*checker).genBuiltin),
		"anext":            legacy((*checker).genBuiltin),
		"str.startswith":   checkStartsWith,
		"str.endswith":     checkStartsWith,
		"bytes.startswith": checkStartsWith,
		"bytes.endswith":   checkStartsWith,
		"str.format":       checkStrFormat,
		"str.format_map":   checkStrFormatMap,
		"list.sort":        checkListSort,
		"dict.get":         checkDictGet,
		"dict.pop":         checkDictGet,
	}
	for _, e := range builtins.All() {
		switch e.Receiver() {
		case "heapq", "bisect":
			checkHooks[e.Name] = checkHeapBisect // heapq.go
		case "itertools", "itertools.chain":
			checkHooks[e.Name] = checkItertools // itertools.go
		}
		if e.Name == "functools.reduce" {
			checkHooks[e.Name] = checkReduce // itertools.go
		}
	}
}

func checkPrint(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x, "sep", "end", "flush", "file")
	for _, a := range x.Args {
		if s, ok := a.(*ast.Starred); ok {
			if t := c.expr(s.Value); t != nil {
				c.elemType(t, s.Value)
			}
			continue
		}
		if t := c.expr(a); t != nil {
			c.typeAsValue(a, t) // expr.go
		}
	}
	for _, k := range x.Keywords {
		if k.Name == "flush" {
			c.expr(k.Value)
			continue
		}
		if k.Name == "file" { // sysmod.go: sys.stdout, sys.stderr or None
			if t := c.expr(k.Value); t != nil && t != TextIOType && t != None {
				c.errorf(k.Value.Position(), "file must be sys.stdout or sys.stderr (an aiogo extension), not %s", t)
			}
			continue
		}
		if t := c.expr(k.Value); t != nil && t != Str && t != None {
			c.errorf(k.Value.Position(), "%s must be str", k.Name)
		}
	}
	return None
}

func checkLen(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, e.Name, 1, 1) {
		return Int
	}
	t := c.expr(x.Args[0])
	if _, ok := c.enumIterable(t, x.Args[0]); ok { // enum.go: len(Color)
		return Int
	}
	if cls, ok := t.(*Class); ok && cls.NamedTuple { // namedtuple.go
		return Int
	}
	switch t := t.(type) {
	case *List, *Dict, *Set, *Tuple:
		return Int
	case *Abstract:
		if t.Sized() {
			return Int
		}
	case nil:
		return Int
	}
	if sizedUnion(t) { // flow.go: isinstance(x, (str, bytes))
		return Int
	}
	if t == Str || t == Bytes || t == RangeType {
		return Int
	}
	if m := Dunder(t, "__len__"); m != nil && m.Sig.Ret == Int {
		return Int
	}
	if IsDictViewCall(x.Args[0], c.info.Types) {
		return Int // len(d.keys()): the dict's length
	}
	if cls, ok := t.(*Class); !ok || !c.broken[cls] {
		c.errorf(x.Args[0].Position(), "object of type %s has no len()", t)
	}
	return Int
}

func checkRange(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if len(x.Args) == 0 {
		c.nargs(x, e.Name, 1, 3)
		return RangeType
	}
	if st, ok := x.Args[0].(*ast.Starred); ok && len(x.Args) == 1 {
		// range(*s.indices(n)), range(*bounds): a tuple of one to three ints.
		t := c.expr(st.Value)
		if tt, ok := t.(*Tuple); ok && !tt.Var && !tt.ListRepr && len(tt.Elems) >= 1 && len(tt.Elems) <= 3 {
			for _, el := range tt.Elems {
				if el != Int {
					c.errorf(st.Pos, "range() arguments must be int, not %s", el)
				}
			}
		} else if t != nil {
			c.errorf(st.Pos, "range(*args) needs a tuple of one to three ints, not %s", t)
		}
		return RangeType
	}
	if c.nargs(x, e.Name, 1, 3) {
		for _, a := range x.Args {
			if t := c.expr(a); t != nil && t != Int && IndexDunder(t) == nil {
				c.errorf(a.Position(), "range() arguments must be int, not %s", t)
			}
		}
	}
	return RangeType
}

func checkAbs(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, e.Name, 1, 1) {
		return nil
	}
	t := c.expr(x.Args[0])
	if t == Int || t == Float {
		return t
	}
	if t == Bool {
		c.info.Conv[x.Args[0]] = Int // abs(True) is the int 1
		return Int
	}
	if NumUnion(t) {
		return c.derive(NumUnaryResult(t), t)
	}
	if m := UnaryDunder("abs", t); m != nil { // surface_conv.go
		return m.Sig.Ret
	}
	if t != nil {
		c.errorf(x.Pos, "bad operand type for abs(): %s", t)
	}
	return nil
}

func checkMinMax(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	name := e.Name
	c.noKeywords(x, "key", "default")
	if len(x.Args) == 0 {
		c.errorf(x.Pos, "%s expected at least 1 argument", name)
		return nil
	}
	var et Type
	if _, ok := x.Args[0].(*ast.Starred); ok && len(x.Args) == 1 && c.keyword(x, "default") != nil {
		c.errorf(x.Args[0].Position(), "%s(*xs, default=...) is not supported: write %s(xs, default=...)", name, name)
		return nil
	}
	if d := c.keyword(x, "default"); d != nil && len(x.Args) == 1 && isEmptyDisplay(x.Args[0]) {
		// max([], default=d): no element decides the type (mypy:
		// list[Never]); the default does, so the result is its type.
		dt := c.exprWant(d.Value, want)
		if dt == nil {
			return nil
		}
		if dt == None {
			dt = Object // max([], default=None) is None
			if o, ok := want.(*Optional); ok {
				dt = o.Elem // where a T | None is expected: T's elements
			}
		}
		et = c.emptyDisplayElem(x.Args[0], dt)
	} else if _, star := x.Args[0].(*ast.Starred); len(x.Args) == 1 && !star {
		et = c.iterElem(x.Args[0])
	} else {
		var empties []*ast.Starred
		for _, a := range x.Args {
			var t Type
			if st, ok := a.(*ast.Starred); ok && isEmptyDisplay(st.Value) {
				empties = append(empties, st) // typed below, from the others
				continue
			}
			if st, ok := a.(*ast.Starred); ok {
				t = c.iterElem(st.Value) // max(a, *xs): the elements of xs are arguments
				c.info.Types[a] = t
				if t != nil && t != Int && t != Float && t != Str && t != Bool {
					// A single argument at run time would be iterated.
					c.errorf(a.Position(), "%s with *arguments of type %s is not supported (only int, float and str)", name, t)
					return nil
				}
			} else {
				t = c.expr(a)
			}
			if t == nil {
				return nil
			}
			if et == nil {
				et = t
			} else if j := c.join(et, t); j != nil {
				et = j
			} else if j := boolNumJoin(et, t); j != nil {
				et = j // max(True, 2): CPython returns the bool or the number as it is
			} else {
				hint := ""
				if (et == Bool) != (t == Bool) {
					hint = " (CPython returns the bool or the number as it is: " + name + "(True, 1) is True; aiogo holds no bool and number in one value: write int(...))"
				}
				c.errorf(a.Position(), "%s of %s and %s%s", name, et, t, hint)
				return nil
			}
		}
		for _, st := range empties {
			if et == nil {
				c.errorf(st.Position(), "the element type of this empty collection is unknown: annotate it")
				return nil
			}
			c.info.Types[st] = c.emptyDisplayElem(st.Value, et)
		}
		for _, a := range x.Args {
			if _, ok := a.(*ast.Starred); ok {
				continue
			}
			if t := c.info.Types[a]; t != nil && !Identical(t, et) {
				c.info.Conv[a] = et
			}
		}
	}
	if et == nil {
		return nil
	}
	if k := c.keyArg(x, false); k != nil {
		c.keyFunc(k, et)
	} else if !c.elemsOrdered(et) {
		// mypy: "Value of type variable SupportsRichComparisonT cannot be ..."
		c.errorf(x.Args[0].Position(), "elements of type %s are not orderable", et)
		return nil
	}
	if k := c.keyword(x, "default"); k != nil {
		if _, ok := k.Value.(*ast.NoneLit); ok && !c.assignableType(None, et) {
			c.expr(k.Value)
			return &Optional{et} // max(xs, default=None): T | None
		}
		dt := c.exprWant(k.Value, et)
		if dt != nil && !c.assignableType(dt, et) {
			if o, ok := dt.(*Optional); ok && c.assignableType(o.Elem, et) {
				return &Optional{et}
			}
			if u := unionOf(et, dt); u != nil {
				return u // a default of another type: T | D
			}
			c.assignable(dt, et, k.Value, "default")
		}
	}
	return et
}

func checkSum(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, e.Name, 1, 2) {
		return nil
	}
	var et Type
	if isEmptyDisplay(x.Args[0]) {
		et = c.emptyDisplayElem(x.Args[0], Int) // sum([]) is the start, 0
	} else {
		et = c.iterElem(x.Args[0])
	}
	if len(x.Args) == 2 {
		st := c.exprWant(x.Args[1], et)
		if rt, ok := c.sumOther(x, et, st); ok { // surface_conv.go
			return rt
		}
		if st == Float && et == Int {
			et = Float
		}
		if NumUnion(et) || NumUnion(st) {
			res, _ := NumUnionResult("+", et, st) // surface_fix.go
			return c.derive(res, et, st)
		}
	}
	if len(x.Args) == 1 && boolIntUnion(et) {
		return Int // ints and bools (isinstance(v, int) of JSON-like values) add up to an int
	}
	if len(x.Args) == 1 && (et == Float || NumUnion(et)) {
		return c.sumOfFloats(want) // kinds.go
	}
	if NumUnion(et) {
		return c.derive(NumUnaryResult(et), et)
	}
	if et == Bool {
		if len(x.Args) == 2 && c.info.Types[x.Args[1]] == Float {
			c.errorf(x.Args[1].Position(), "sum of bool values with a float start is not supported")
			return nil
		}
		return Int
	}
	if len(x.Args) == 1 && SumRadd(et) != nil { // notimpl.go
		return unionOf(et, Int) // the int 0 for no elements
	}
	if et != nil && et != Int && et != Float {
		if _, ok := et.(*Class); ok {
			c.errorf(x.Args[0].Position(), "sum of %s values needs a start (sum(xs, %s(...))) or an __radd__ taking the int 0 and an __add__, both returning %s", et, et, et)
			return nil
		}
		c.errorf(x.Args[0].Position(), "sum of %s values is not supported", et)
		return nil
	}
	return et
}

func checkSorted(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	name := e.Name
	if name == "sorted" {
		c.noKeywords(x, "key", "reverse")
	} else {
		c.noKeywords(x)
	}
	if !c.nargs(x, name, 1, 1) {
		return nil
	}
	var et Type
	empty := isEmptyDisplay(x.Args[0])
	if empty {
		// sorted([]): no element decides the type (mypy: list[Never]);
		// the context does, else object.
		var elem Type = Object
		if lt, ok := want.(*List); ok && lt.Elem != nil {
			elem = lt.Elem
		}
		et = c.emptyDisplayElem(x.Args[0], elem)
	} else {
		et = c.iterElem(x.Args[0])
		if name == "sorted" && et != nil {
			// x: list[Shape] = sorted(squares): mypy infers sorted's type
			// argument from the context (surface_conv.go's ctorElem, as
			// list(xs)); the key then takes the wider elements.
			et = c.ctorElem(c.info.Types[x.Args[0]], et, want, &List{})
		}
	}
	if et == nil {
		return nil
	}
	if k := c.keyArg(x, true); k != nil {
		kt := c.keyFunc(k, et)
		if o, ok := kt.(*Optional); ok {
			kt = o.Elem // key: Callable | None (py/keyed.go's or the plain order)
			if !empty && !c.ordered(et, et) {
				c.errorf(x.Args[0].Position(), "elements of type %s are not orderable (the key may be None)", et)
			}
		}
		if f, ok := kt.(*Func); ok && !c.ordered(f.Ret, f.Ret) {
			c.errorf(k.Value.Position(), "sort key of type %s is not orderable", f.Ret)
		}
	} else if name == "sorted" && !empty && !c.elemsOrdered(et) {
		c.errorf(x.Args[0].Position(), "elements of type %s are not orderable", et)
	}
	if k := c.keyword(x, "reverse"); k != nil {
		c.exprMust(k.Value, Bool, "argument reverse")
	}
	if name == "sorted" {
		return &List{et}
	}
	return &Iterator{et}
}

func checkEnumerate(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x, "start")
	if !c.nargs(x, e.Name, 1, 2) {
		return nil
	}
	et := c.iterElem(x.Args[0])
	if len(x.Args) == 2 {
		c.exprMust(x.Args[1], Int, "argument start")
	}
	if k := c.keyword(x, "start"); k != nil {
		c.exprMust(k.Value, Int, "argument start")
	}
	if et == nil {
		return nil
	}
	return &Iterator{&Tuple{Elems: []Type{Int, et}}}
}

func checkZip(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x, "strict")
	if k := c.keyword(x, "strict"); k != nil {
		c.exprMust(k.Value, Bool, "argument strict")
	}
	if len(x.Args) == 1 {
		if st, ok := x.Args[0].(*ast.Starred); ok {
			if k := c.keyword(x, "strict"); k != nil {
				c.unsupported(k.Value, "zip(*rows, strict=...)")
			}
			// zip(*rows): transpose rows (a list of lists or tuples, any
			// iterable of iterables): tuples of the rows' element type
			// (mypy's tuple[Any, ...]).
			t := c.expr(st.Value)
			if t == nil {
				return nil
			}
			row := c.elemType(t, st.Value)
			if row == nil {
				return nil
			}
			et := c.elemType(row, st.Value)
			if et == nil {
				return nil
			}
			return &Iterator{&Tuple{Elems: []Type{et}, Var: true}}
		}
	}
	if hasStarred(x.Args) {
		// zip(header, *rows): as many iterables as rows at run time, so
		// tuples of their one element type (mypy's tuple[Any, ...]).
		if k := c.keyword(x, "strict"); k != nil {
			c.unsupported(k.Value, "zip(*rows, strict=...)")
		}
		var et Type
		for _, a := range x.Args {
			var t Type
			if st, ok := a.(*ast.Starred); ok {
				rows := c.expr(st.Value)
				if rows == nil {
					return nil
				}
				row := c.elemType(rows, st.Value)
				if row == nil {
					return nil
				}
				t = c.elemType(row, st.Value)
			} else {
				t = c.iterElem(a)
			}
			if t == nil {
				return nil
			}
			if et != nil && !Identical(et, t) {
				c.errorf(a.Position(), "zip of iterables of %s and of %s with *arguments is not supported", et, t)
				return nil
			}
			et = t
		}
		return &Iterator{&Tuple{Elems: []Type{et}, Var: true}}
	}
	if len(x.Args) < 1 || len(x.Args) > builtins.MaxTuple {
		c.errorf(x.Pos, "zip of %d iterables is not supported (at most %d)", len(x.Args), builtins.MaxTuple)
		return nil
	}
	var ts []Type
	wt := zipWant(want, len(x.Args)) // surface_fix.go
	for i, a := range x.Args {
		var et Type
		if wt != nil && isEmptyIterableExpr(a) {
			et = c.iterElemWant(a, wt.Elems[i]) // zip([], []) where its tuples' types are declared
		} else {
			et = c.iterElem(a)
		}
		if et == nil {
			return nil
		}
		ts = append(ts, et)
	}
	return &Iterator{&Tuple{Elems: ts}}
}

func checkRound(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, e.Name, 1, 2) {
		return nil
	}
	t := c.expr(x.Args[0])
	if t == Bool {
		c.info.Conv[x.Args[0]] = Int // round(True) is the int 1 (int.__round__)
		t = Int
	}
	if t != Int && t != Float && !NumUnion(t) {
		if t != nil {
			c.errorf(x.Args[0].Position(), "round() of %s", t)
		}
		return nil
	}
	if len(x.Args) == 2 {
		c.exprMust(x.Args[1], Int, "argument ndigits")
		return t
	}
	return Int
}

func checkIsinstance(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, e.Name, 2, 2) {
		return Bool
	}
	c.exprDeclaredIf(x.Args[0], true) // flow.go: test the stored value
	if ops := UnionOperands(x.Args[1]); ops != nil {
		// isinstance(v, int | str): the classes of a tuple (Python 3.10).
		var elems []Type
		for _, op := range ops {
			if t := c.expr(op); t != nil {
				elems = append(elems, t)
			}
		}
		if len(elems) == len(ops) {
			c.info.Types[x.Args[1]] = &Tuple{Elems: elems}
		}
	} else {
		c.expr(x.Args[1])
		c.refuseClassObjTuple(x.Args[1]) // exc_hierarchy.go
	}
	if vc, ok := c.info.Types[x.Args[0]].(*Class); !ok || !classObjValue(vc) {
		c.refuseDynamicIsinstance(x.Args[1]) // clsobj.go
	}
	c.refuseProtocolIsinstance(x.Args[1], c.info.Types[x.Args[0]]) // protocol_isinstance.go
	c.refuseTypingIsinstance(x.Args[1])                            // kinds.go
	return Bool
}

func checkAnyAll(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if c.nargs(x, e.Name, 1, 1) {
		if isEmptyDisplay(x.Args[0]) {
			c.emptyDisplayElem(x.Args[0], Object) // all([]): no element to type
		} else {
			c.iterElem(x.Args[0])
		}
	}
	return Bool
}

// isEmptyDisplay reports whether e is a list or dict display with no
// elements: an argument whose element type nothing determines.
func isEmptyDisplay(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.ListExpr:
		return len(x.Elems) == 0
	case *ast.DictExpr:
		return len(x.Keys) == 0
	case *ast.TupleExpr:
		return len(x.Elems) == 0
	}
	return false
}

// emptyDisplayElem types the empty display e (isEmptyDisplay) as a
// collection of elem and returns elem.
func (c *checker) emptyDisplayElem(e ast.Expr, elem Type) Type {
	if _, ok := e.(*ast.DictExpr); ok {
		c.exprWant(e, &Dict{Key: elem, Val: Object})
	} else if _, ok := e.(*ast.TupleExpr); ok {
		c.exprWant(e, &Tuple{Var: true, Elems: []Type{elem}})
	} else {
		c.exprWant(e, &List{elem})
	}
	return elem
}

func checkStartsWith(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	name := e.Short()
	c.noKeywords(x)
	// str.startswith takes str, bytes.startswith bytes (or a tuple of them).
	elem, elemName := Type(Str), "str"
	if e.Name == "bytes.startswith" || e.Name == "bytes.endswith" {
		elem, elemName = Bytes, "bytes"
	}
	if c.nargs(x, name, 1, 3) {
		t := c.expr(x.Args[0])
		if tu, ok := t.(*Tuple); ok {
			for _, el := range tu.Elems {
				if el != elem {
					c.errorf(x.Args[0].Position(), "%s needs %s or a tuple of %s", name, elemName, elemName)
				}
			}
		} else if t != nil && t != elem {
			c.errorf(x.Args[0].Position(), "%s needs %s or a tuple of %s", name, elemName, elemName)
		}
		for i := 1; i < len(x.Args); i++ {
			if t := c.exprWant(x.Args[i], Int); t != nil {
				c.assignable(t, Int, x.Args[i], "argument to "+name)
			}
		}
	}
	return Bool
}

func checkStrFormat(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	if y, ok := c.strFormatAttrs(x); ok { // strformat_attr.go: "{0.name}".format(p)
		return c.checkVia(x, y, want)
	}
	c.noteFormatAttrs(x)
	for _, a := range x.Args {
		if s, ok := a.(*ast.Starred); ok { // "{} {}".format(*pair)
			if t := c.expr(s.Value); t != nil {
				c.elemType(t, s.Value)
			}
			continue
		}
		c.expr(a)
	}
	for _, k := range x.Keywords {
		t := c.expr(k.Value)
		if k.Name != "" || t == nil {
			continue
		}
		// "{a}".format(**mapping): the mapping's str keys name the fields.
		if d, ok := t.(*Dict); !ok || d.Key != Str {
			c.errorf(k.Value.Position(), "argument after ** must be a dict with str keys, not %s", t)
		}
	}
	return Str
}

// checkStrFormatMap types s.format_map(mapping): a dict with str keys.
func checkStrFormatMap(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, e.Short(), 1, 1) {
		return Str
	}
	c.noteFormatAttrs(x)
	if t := c.expr(x.Args[0]); t != nil {
		if d, ok := t.(*Dict); !ok || d.Key != Str {
			c.errorf(x.Args[0].Position(), "format_map needs a dict with str keys, not %s", t)
		}
	}
	return Str
}

func checkListSort(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	r := recv.(*List)
	c.noKeywords(x, "key", "reverse")
	c.nargs(x, e.Short(), 0, 0)
	if k := c.keyArg(x, true); k != nil {
		if o, ok := c.keyFunc(k, r.Elem).(*Optional); ok && o.Elem != nil && !c.ordered(r.Elem, r.Elem) {
			c.errorf(x.Pos, "elements of type %s are not orderable (the key may be None)", r.Elem)
		}
	} else if !c.elemsOrdered(r.Elem) {
		c.errorf(x.Pos, "elements of type %s are not orderable", r.Elem)
	}
	if k := c.keyword(x, "reverse"); k != nil {
		c.exprMust(k.Value, Bool, "argument reverse")
	}
	return None
}

func checkDictGet(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	r := recv.(*Dict)
	c.noKeywords(x)
	if c.nargs(x, e.Short(), 1, 2) {
		arg := func(i int, want Type) {
			if t := c.exprWant(x.Args[i], want); t != nil {
				c.assignable(t, want, x.Args[i], "argument to get")
			}
		}
		arg(0, r.Key)
		if len(x.Args) == 2 {
			if _, ok := x.Args[1].(*ast.NoneLit); ok && !c.assignableType(None, r.Val) {
				c.expr(x.Args[1])
				return &Optional{r.Val} // d.get(k, None), d.pop(k, None): V | None
			}
			if dt := c.exprWant(x.Args[1], r.Val); dt != nil && !c.assignableType(dt, r.Val) {
				// d.get(k, default) with a default of another type: V | T,
				// as typeshed's overload types it.
				if o, ok := dt.(*Optional); ok && c.assignableType(o.Elem, r.Val) {
					return &Optional{r.Val}
				}
				if u := unionOf(r.Val, dt); u != nil {
					return u
				}
				c.assignable(dt, r.Val, x.Args[1], "argument to "+e.Short())
			}
			return r.Val
		}
	}
	if e.Short() == "pop" {
		return r.Val
	}
	if _, ok := Unalias(r.Val).(*Optional); ok {
		return r.Val // a stored None and a missing key are both None (a recursive alias with None too)
	}
	return &Optional{r.Val}
}

// checkMap types map(f, it) (the older hook) and map(f, it1, it2, ...).
func checkMap(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	if len(x.Args) <= 2 || len(x.Keywords) > 0 {
		t, _ := c.builtinExtra(x, e.Name, want)
		return t
	}
	if len(x.Args)-1 > builtins.MaxTuple {
		c.errorf(x.Pos, "map over %d iterables is not supported (at most %d)", len(x.Args)-1, builtins.MaxTuple)
		return nil
	}
	var ps []Param
	for _, a := range x.Args[1:] {
		et := c.iterElem(a)
		if et == nil {
			return nil
		}
		ps = append(ps, Param{Type: et})
	}
	ft, ok := c.exprWant(x.Args[0], &Func{Params: ps, Ret: &AnyType{"Any"}}).(*Func)
	if !ok || len(ft.Params) != len(ps) {
		c.errorf(x.Args[0].Position(), "map needs a function of %d arguments", len(ps))
		return nil
	}
	for i, p := range ps {
		if !c.assignableType(p.Type, ft.Params[i].Type) {
			c.errorf(x.Args[i+1].Position(), "map: cannot pass elements of type %s as %s", p.Type, ft.Params[i].Type)
		}
	}
	return &Iterator{ft.Ret}
}

// keyFunc types the key= function k of min, max, sorted or list.sort over
// elements of type et: its parameter must accept the elements (a def of
// another parameter type is refused, not compiled to Go that cannot build).
func (c *checker) keyFunc(k *ast.Keyword, et Type) Type {
	kt := c.exprWant(k.Value, &Func{Params: []Param{{Type: et}}, Ret: &AnyType{"Any"}})
	if o, ok := kt.(*Optional); ok && c.optionalKey[k] {
		// sorted(xs, key=key) of a key: Callable[[T], K] | None
		if f, ok := o.Elem.(*Func); ok && len(f.Params) == 1 {
			if f.Params[0].Type != nil && !c.assignableType(et, f.Params[0].Type) {
				c.errorf(k.Value.Position(), "key function takes %s, not the element type %s", f.Params[0].Type, et)
				return nil
			}
			return kt
		}
	}
	switch kt.(type) {
	case *Basic, *List, *Dict, *Set, *Tuple, *Optional:
		c.errorf(k.Value.Position(), "key must be a function of one argument, not %s", kt)
		return nil
	}
	if f, ok := kt.(*Func); ok && len(f.Params) > 0 && f.Params[0].Type != nil && !c.assignableType(et, f.Params[0].Type) {
		c.errorf(k.Value.Position(), "key function takes %s, not the element type %s", f.Params[0].Type, et)
		return nil
	}
	return kt
}

// UnionOperands returns the operands of a | b | c written as the second
// argument of isinstance (the classes of a tuple), or nil if e is not
// such a union.
func UnionOperands(e ast.Expr) []ast.Expr {
	b, ok := e.(*ast.BinOp)
	if !ok || b.Op != "|" {
		return nil
	}
	var out []ast.Expr
	for _, side := range []ast.Expr{b.Left, b.Right} {
		if ops := UnionOperands(side); ops != nil {
			out = append(out, ops...)
		} else {
			out = append(out, side)
		}
	}
	return out
}

// keyArg is the key= keyword of a call of min, max, sorted or list.sort,
// or nil when absent or written None (key=None orders the elements
// themselves, as no key does; codegen reads it so). optional allows a key
// of type Callable | None (sorted and list.sort, as typeshed types them).
func (c *checker) keyArg(x *ast.Call, optional bool) *ast.Keyword {
	k := c.keyword(x, "key")
	if k == nil {
		return nil
	}
	if _, none := k.Value.(*ast.NoneLit); none {
		c.expr(k.Value)
		return nil
	}
	if optional {
		if c.optionalKey == nil {
			c.optionalKey = map[*ast.Keyword]bool{}
		}
		c.optionalKey[k] = true
	}
	return k
}

// checkID types id(x): the identity of an object aiogo represents by
// reference (class instances, lists, dicts, sets); other values have none
// to give (CPython's id of an int or a str depends on its caches), so the
// call is refused rather than answered differently.
func checkID(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if len(x.Args) != 1 {
		c.errorf(x.Pos, "id() takes exactly one argument (%d given)", len(x.Args))
		return Int
	}
	t := c.expr(x.Args[0])
	if t == nil {
		return Int
	}
	if !HasIdentity(t) {
		c.errorf(x.Args[0].Position(), "id() of a value of type %s is not supported: aiogo keeps the identity of class instances, lists, dicts and sets only (compare with `is`, or key by the object itself)", t)
	}
	return Int
}

// HasIdentity reports whether values of type t are objects aiogo keeps by
// reference, so that id() and `is` tell them apart as CPython does.
func HasIdentity(t Type) bool {
	switch x := t.(type) {
	case *Class:
		return !x.NamedTuple && !x.Protocol
	case *List, *Dict:
		return true
	case *Set:
		return !x.Frozen
	}
	return false
}

// hasStarred reports a *argument among es.
func hasStarred(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// checkIter types iter(x). A list, set or tuple display where an
// Iterator[T] is expected is built of T (parse(iter([])) for a parameter
// of type Iterator[str]: mypy types the display from the context).
func checkIter(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	if it, ok := want.(*Iterator); ok && it.Elem != nil && len(x.Args) == 1 && len(x.Keywords) == 0 {
		switch x.Args[0].(type) {
		case *ast.ListExpr, *ast.ListComp, *ast.SetExpr, *ast.SetComp, *ast.TupleExpr:
			t := c.exprWant(x.Args[0], &Abstract{Kind: AIterable, Elem: it.Elem})
			if t == nil {
				return nil
			}
			if et := c.elemType(t, x.Args[0]); et != nil {
				return &Iterator{et}
			}
			return nil
		}
	}
	t, _ := c.genBuiltin(x, e.Name)
	return t
}

// elemsOrdered reports whether sorted(), min(), max() and list.sort() accept
// elements of type et: ordered among themselves, or a union each of whose
// members is (mypy's SupportsRichComparison bound: list[int | str] sorts,
// and CPython raises TypeError when an int meets a str, as py.Less does).
func (c *checker) elemsOrdered(et Type) bool {
	if c.ordered(et, et) {
		return true
	}
	u, ok := et.(*Union)
	if !ok {
		return false
	}
	for _, m := range u.Types {
		if !c.ordered(m, m) {
			return false
		}
	}
	return true
}

// boolNumJoin is the union of a and b when they are numbers of which one
// may be a bool and the other not (max(flag, 2) is the bool or the int as
// it is): int | float | bool members in that order; nil otherwise.
func boolNumJoin(a, b Type) Type {
	if !numLike(a) || !numLike(b) || mayBool(a) == mayBool(b) {
		return nil
	}
	has := map[Type]bool{}
	for _, t := range []Type{a, b} {
		if u, ok := t.(*Union); ok {
			for _, m := range u.Types {
				has[m] = true
			}
		} else {
			has[t] = true
		}
	}
	var ts []Type
	for _, m := range []Type{Int, Float, Bool} {
		if has[m] {
			ts = append(ts, m)
		}
	}
	return &Union{ts}
}
