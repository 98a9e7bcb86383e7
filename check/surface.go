package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// This file types the parts of the built-in surface that are operators
// rather than table rows: tuple slicing, concatenation and repetition,
// set operators on dict views, int ** negative literal, pow().

// TupleSliceIndices returns the element indices that t[lo:hi:step]
// selects from a fixed tuple of n elements when every bound is absent or
// an integer literal; ok is false otherwise (or for a zero step).
func TupleSliceIndices(n int, sl *ast.Slice) (idx []int, ok bool) {
	bound := func(e ast.Expr) (int64, bool, bool) { // value, present, ok
		if e == nil {
			return 0, false, true
		}
		v, ok := constInt(e)
		return v, true, ok
	}
	lo, hasLo, ok1 := bound(sl.Lower)
	hi, hasHi, ok2 := bound(sl.Upper)
	st, hasSt, ok3 := bound(sl.Step)
	if !ok1 || !ok2 || !ok3 {
		return nil, false
	}
	if !hasSt {
		st = 1
	}
	if st == 0 {
		return nil, false
	}
	ln := int64(n)
	// CPython's PySlice_AdjustIndices.
	adjust := func(v int64, has bool, def int64) int64 {
		if !has {
			return def
		}
		if v < 0 {
			v += ln
			if v < 0 {
				if st < 0 {
					return -1
				}
				return 0
			}
		} else if v >= ln {
			if st < 0 {
				return ln - 1
			}
			return ln
		}
		return v
	}
	var start, stop int64
	if st > 0 {
		start, stop = adjust(lo, hasLo, 0), adjust(hi, hasHi, ln)
	} else {
		start, stop = adjust(lo, hasLo, ln-1), adjust(hi, hasHi, -1)
	}
	idx = []int{}
	for i := start; (st > 0 && i < stop) || (st < 0 && i > stop); i += st {
		idx = append(idx, int(i))
	}
	return idx, true
}

// tupleSlice types t[lo:hi:step] on a tuple: a fixed tuple sliced with
// literal bounds gives the fixed tuple of the selected elements; other
// slices give tuple[T, ...] (of a tuple whose elements share one type).
func (c *checker) tupleSlice(x *ast.Subscript, t *Tuple, sl *ast.Slice) Type {
	if t.Var {
		return t
	}
	if idx, ok := TupleSliceIndices(len(t.Elems), sl); ok {
		// A gather result (a list at run time) sliced is a list too.
		out := &Tuple{Elems: []Type{}, ListRepr: t.ListRepr}
		for _, i := range idx {
			out.Elems = append(out.Elems, t.Elems[i])
		}
		return out
	}
	if et := homogeneous(t); et != nil && !t.ListRepr {
		return &Tuple{Elems: []Type{et}, Var: true}
	}
	c.errorf(x.Pos, "slicing %s needs literal bounds (its elements differ in type)", t)
	return nil
}

// homogeneous returns the element type of a tuple whose elements all
// have the same type (tuple[T, ...] included), or nil.
func homogeneous(t *Tuple) Type {
	if len(t.Elems) == 0 {
		return nil
	}
	for _, e := range t.Elems[1:] {
		if !Identical(e, t.Elems[0]) {
			return nil
		}
	}
	return t.Elems[0]
}

// tupleBinary types + and * on tuples (ok false if neither applies).
func (c *checker) tupleBinary(pos ast.Pos, op string, lt, rt Type) (Type, bool) {
	lu, lok := lt.(*Tuple)
	ru, rok := rt.(*Tuple)
	switch op {
	case "+":
		if !lok || !rok || lu.ListRepr || ru.ListRepr {
			return nil, false
		}
		if !lu.Var && !ru.Var {
			if n := len(lu.Elems) + len(ru.Elems); n > builtins.MaxTuple {
				c.errorf(pos, "tuples of more than %d elements are not supported (this one has %d)", builtins.MaxTuple, n)
				return nil, true
			}
			return &Tuple{Elems: append(append([]Type{}, lu.Elems...), ru.Elems...)}, true
		}
		le, re := homogeneous(lu), homogeneous(ru)
		if le != nil && re != nil && Identical(le, re) {
			return &Tuple{Elems: []Type{le}, Var: true}, true
		}
	case "*":
		t, n := lu, rt
		if !lok {
			t, n = ru, lt
		}
		if t == nil || n != Int || t.ListRepr {
			return nil, false
		}
		if et := homogeneous(t); et != nil {
			return &Tuple{Elems: []Type{et}, Var: true}, true
		}
		if len(t.Elems) == 0 {
			return t, true
		}
	}
	return nil, false
}

// IsDictView reports whether e is a call d.keys() or d.items() of a dict
// d: a view that supports the set operators.
func IsDictView(e ast.Expr, types map[ast.Expr]Type) bool {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) != 0 {
		return false
	}
	at, ok := call.Func.(*ast.Attribute)
	if !ok || (at.Attr != "keys" && at.Attr != "items") {
		return false
	}
	_, ok = types[at.Value].(*Dict)
	return ok
}

// IsDictViewCall reports whether e is a call d.keys(), d.values() or
// d.items() of a dict d.
func IsDictViewCall(e ast.Expr, types map[ast.Expr]Type) bool {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) != 0 {
		return false
	}
	at, ok := call.Func.(*ast.Attribute)
	if !ok || (at.Attr != "keys" && at.Attr != "values" && at.Attr != "items") {
		return false
	}
	_, ok = types[at.Value].(*Dict)
	return ok
}

// storedView refuses a dict view returned, yielded or passed where a type
// other than the view protocols is declared (viewArg takes those; mypy
// refuses the others too: a view is no Iterator, no list). It reports
// whether it refused e.
func (c *checker) storedView(e ast.Expr, to Type) bool {
	vw := DictViewType(e, c.info.Types)
	if vw == nil {
		return false
	}
	at := e.(*ast.Call).Func.(*ast.Attribute)
	hint := "list"
	if _, ok := Unalias(to).(*Iterator); ok {
		hint = "iter"
	}
	view := map[string]string{"keys": "KeysView", "values": "ValuesView", "items": "ItemsView"}[at.Attr]
	c.errorf(e.Position(), "cannot use %s.%s() (a %s) as %s: pass %s(%s.%s())", exprString(at.Value), at.Attr, view, to, hint, exprString(at.Value), at.Attr)
	return true
}

// viewSetOp types a set operator with a dict view operand (d.keys() & s):
// the result is a set of the view's elements, as CPython returns.
func (c *checker) viewSetOp(op string, lt, rt Type, le, re ast.Expr) (Type, bool) {
	switch op {
	case "&", "|", "-", "^":
	default:
		return nil, false
	}
	lv, rv := IsDictView(le, c.info.Types), IsDictView(re, c.info.Types)
	if !lv && !rv {
		return nil, false
	}
	let, ret := c.elemType(lt, le), c.elemType(rt, re)
	if let == nil || ret == nil {
		return nil, true
	}
	if !Identical(let, ret) {
		c.errorf(re.Position(), "unsupported operand types for %s: %s and %s (elements differ)", op, lt, rt)
		return nil, true
	}
	return &Set{Elem: let}, true
}

// negLiteral reports an integer literal below zero.
func negLiteral(e ast.Expr) bool {
	v, ok := constInt(e)
	return ok && v < 0
}

// checkPow types pow(base, exp) as base ** exp and pow(base, exp, mod)
// for ints.
func checkPow(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	args, msg := BindEntry(e, x)
	if msg != "" {
		c.errorf(x.Pos, "%s", msg)
		return nil
	}
	lt, rt := c.expr(args[0]), c.expr(args[1])
	if lt == nil || rt == nil {
		return nil
	}
	if args[2] == nil {
		return c.binaryType(x.Pos, "**", lt, rt, args[0], args[1])
	}
	mt := c.expr(args[2])
	if mt == nil {
		return nil
	}
	if lt != Int || rt != Int || mt != Int {
		c.errorf(x.Pos, "pow() 3rd argument not allowed unless all arguments are integers")
		return nil
	}
	return Int
}

func init() {
	checkHooks["pow"] = checkPow
}

// tuplesOrdered reports whether tuples of different shapes compare with
// < (element by element over the common length, as CPython does).
func (c *checker) tuplesOrdered(a, b *Tuple) bool {
	at := func(t *Tuple, i int) Type {
		if t.Var {
			return t.Elems[0]
		}
		return t.Elems[i]
	}
	n := len(a.Elems)
	if len(b.Elems) < n {
		n = len(b.Elems)
	}
	if a.Var || b.Var {
		n = max(len(a.Elems), len(b.Elems))
	}
	for i := 0; i < n; i++ {
		if !c.ordered(at(a, i), at(b, i)) {
			return false
		}
	}
	return true
}

// varTupleJoin joins tuples of different lengths whose elements share one
// type into tuple[T, ...] (nil otherwise).
func varTupleJoin(a, b *Tuple) Type {
	if a.ListRepr || b.ListRepr {
		return nil
	}
	ae, be := homogeneous(a), homogeneous(b)
	switch {
	case len(a.Elems) == 0 && !a.Var && be != nil:
		ae = be // () and tuple[str, ...] join to tuple[str, ...]
	case len(b.Elems) == 0 && !b.Var && ae != nil:
		be = ae
	}
	if ae == nil || be == nil || !Identical(ae, be) {
		return nil
	}
	return &Tuple{Elems: []Type{ae}, Var: true}
}

// bytesConversion types bytes(arg): bytes(n) is n zero bytes,
// bytes(iterable of int) the bytes of those values, bytes(s, encoding)
// the encoded string, bytes(b) a copy.
func (c *checker) bytesConversion(x *ast.Call, at Type) bool {
	switch {
	case at == Int:
		return len(x.Args) == 1 || c.tooMany(x)
	case at == Bytes:
		return len(x.Args) == 1 || c.tooMany(x)
	case at == Str:
		if len(x.Args) < 2 {
			c.errorf(x.Pos, "string argument without an encoding")
			return false
		}
		if len(x.Args) > 3 {
			return c.tooMany(x)
		}
		for _, e := range x.Args[1:] { // encoding[, errors]
			if et := c.exprWant(e, Str); et != nil {
				c.assignable(et, Str, e, "bytes() encoding")
			}
		}
		return true
	}
	if len(x.Args) != 1 {
		return c.tooMany(x)
	}
	if et := c.elemType(at, x.Args[0]); et != nil {
		if et != Int {
			c.errorf(x.Args[0].Position(), "bytes() needs an iterable of int, not of %s", et)
			return false
		}
		return true
	}
	return false
}

func (c *checker) tooMany(x *ast.Call) bool {
	c.errorf(x.Pos, "too many arguments to bytes()")
	return false
}

// loopArg checks the optional loop argument of current_task/all_tasks
// (typeshed: loop: AbstractEventLoop | None = None).
func (c *checker) loopArg(x *ast.Call, name string) {
	c.noKeywords(x, "loop")
	var e ast.Expr
	if len(x.Args) > 0 {
		e = x.Args[0]
	} else if k := c.keyword(x, "loop"); k != nil {
		e = k.Value
	}
	if len(x.Args)+len(x.Keywords) > 1 {
		c.errorf(x.Pos, "%s takes at most one argument", name[len("asyncio."):])
		return
	}
	if e == nil {
		return
	}
	if t := c.exprWant(e, &Optional{LoopType}); t != nil && t != None {
		c.assignable(t, &Optional{LoopType}, e, "loop argument")
	}
}

// TupleElem is the element type of iterating over a tuple: the common
// element type, or for a tuple of mixed element types their union (held
// as a Go any), or object where no union fits (mypy's join).
func TupleElem(t *Tuple) Type {
	if t.Var || len(t.Elems) == 0 {
		if len(t.Elems) == 0 {
			return Object
		}
		return t.Elems[0]
	}
	if et := homogeneous(t); et != nil {
		return et
	}
	if j := t.Elems[0]; j != nil {
		for _, e := range t.Elems[1:] {
			if j = classRefJoin(j, e); j == nil {
				break
			}
		}
		if j != nil {
			return j // (ValueError, KeyError): type[Exception] (clsobj.go)
		}
	}
	if j := instanceJoin(t.Elems); j != nil {
		return j // (Echo(), Admin()): their nearest common user base, as mypy joins them
	}
	if j := funcsJoin(t.Elems); j != nil {
		return j // (s.rollback, s.commit): a callable returning the results' join (callable_join.go)
	}
	if j := coroutinesJoin(t.Elems); j != nil {
		return j // (read(k), write(k, v)): a coroutine of the results' join (taskjoin.go)
	}
	if tasksOfResults(t.Elems) {
		return &Task{&AnyType{"Any"}} // (fetch_task, count_task): the type-erased task (taskjoin.go)
	}
	if o := optionalJoin(t.Elems); o != nil {
		return o // (asyncio.Semaphore(1), None): Semaphore | None, as mypy joins them
	}
	u := t.Elems[0]
	for _, e := range t.Elems[1:] {
		if u = unionOf(u, e); u == nil {
			return Object
		}
	}
	return u
}

// optionalJoin is X | None for types that are all X or None (both
// present), nil otherwise.
func optionalJoin(ts []Type) Type {
	var x Type
	none := false
	for _, t := range ts {
		switch {
		case t == nil:
			return nil
		case t == None:
			none = true
		case x == nil:
			x = t
		case !Identical(x, t):
			return nil
		}
	}
	if x == nil || !none {
		return nil
	}
	if _, ok := x.(*Optional); ok {
		return x
	}
	return &Optional{x}
}

// unknownFuture reports a value of type Future[?] (a create_future() whose
// result type nothing determined) used where a Future[T] is needed: only
// the call itself can be created with the needed type.
func unknownFuture(from, to Type, e ast.Expr) bool {
	ff, ok := from.(*Future)
	if !ok || ff.Result != nil {
		return false
	}
	tf, ok := to.(*Future)
	if !ok || tf.Result == nil {
		return false
	}
	if _, any := tf.Result.(*AnyType); any {
		return false
	}
	_, call := e.(*ast.Call)
	return !call
}

// instanceJoin is the nearest user class that every one of ts (instances of
// user classes) derives from, or nil: mypy's join of instance types, which
// iterating a tuple of mixed instances gives. Exception classes join to a
// user base only; object is no join here (the union stays more precise).
func instanceJoin(ts []Type) Type {
	first, ok := ts[0].(*Class)
	if !ok || first.Builtin {
		return nil
	}
	for k := first; k != nil && !k.Builtin; k = k.Base {
		all := true
		for _, t := range ts[1:] {
			c, ok := t.(*Class)
			if !ok || c.Builtin || !c.IsSubclassOf(k) {
				all = false
				break
			}
		}
		if all {
			return k
		}
	}
	return nil
}
