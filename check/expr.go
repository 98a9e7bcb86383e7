package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/names"
)

func (c *checker) expr(e ast.Expr) Type { return c.exprWant(e, nil) }

// exprWant types e, using want (which may be nil) to type empty
// collections, lambdas and create_future(). It records the result.
func (c *checker) exprWant(e ast.Expr, want Type) Type {
	if t, ok := c.synthType(e); ok { // callables.go
		return t
	}
	want = Unalias(want) // alias.go
	if c.gen != nil && c.gen.probe {
		want = c.gen.probeWant(e, want) // generics.go: the argument's own type
	}
	if !c.useDeferredLambda(e, want) { // lambdavar.go
		return nil
	}
	c.useDeferredItem(e, want)                                       // lambdadisplay.go: sorted(xs, key=orders[mode])
	t := Unalias(c.expr1(e, containerWant(e, displayWant(e, want)))) // abstract.go
	if _, ok := t.(*ModuleType); ok && e != c.stmtExpr {
		if n, ok := e.(*ast.Name); ok {
			// m = asyncio: only M.name reads a module (a bare statement
			// asyncio evaluates nothing).
			c.errorf(n.Pos, "module %s used as a value (stored, passed or returned) is outside the aiogo language", n.ID)
			return nil
		}
	}
	if tu, ok := t.(*Tuple); ok && !tu.Var && len(tu.Elems) > builtins.MaxTuple {
		c.errorf(e.Position(), "tuples of more than %d elements are not supported", builtins.MaxTuple)
		return nil
	}
	fwant := want
	if o, ok := want.(*Optional); ok {
		fwant = o.Elem // a built-in callable where Callable | None is expected (key=abs)
	}
	if u, ok := fwant.(*Union); ok && callableValue(t) {
		if f := soleFuncMember(u, -1); f != nil {
			fwant = f // abs stored as an int | Callable[[int], int]
		}
	}
	if wf, ok := fwant.(*Func); ok && t != nil {
		switch tf := t.(type) {
		case *Func:
			if bindsDifferently(tf, wf) { // params.go
				if f := c.funcValueOf(e, t, wf, true); f != nil { // callables.go
					t = f
				}
			}
		case *BoundMethod:
			if tf.Method != nil && bindsDifferently(tf.Method.Sig, wf) {
				if f := c.funcValueOf(e, t, wf, true); f != nil {
					t = f
				}
			} else if f := c.funcValue(e, t, wf); f != nil {
				t = f
			}
		default:
			if f := c.funcValue(e, t, wf); f != nil { // callables.go
				t = f
			} else if c.unspelledBuiltin(e, t) {
				return nil
			}
		}
	}
	if t != nil {
		c.info.Types[e] = t
	}
	if call, ok := e.(*ast.Call); ok {
		c.callKeys(call, t) // userkey.go
	}
	return t
}

// assignableType reports whether a value of type from can be stored where
// to is expected (possibly with a conversion).
func (c *checker) assignableType(from, to Type) bool {
	if from == nil || to == nil {
		return true
	}
	from, to = Unalias(from), Unalias(to) // alias.go
	if c.ff != nil && c.ff.detect && c.ff.probing == 0 {
		c.ff.flow(from, to, false, 0) // floatpos.go
	}
	if Identical(from, to) {
		return true
	}
	if bm, ok := from.(*BoundMethod); ok && bm.Method != nil {
		from = bm.Method.Sig
	}
	if syncAssignable(from, to) { // sync.go
		return true
	}
	if classRefAssignable(from, to) || groupAssignable(from, to) { // variance.go, exc_groups.go
		return true
	}
	if typedDictAssignable(from, to) { // typeddict.go
		return true
	}
	switch tt := to.(type) {
	case *AnyType:
		return true
	case *Basic:
		if tt == Float && from == Int {
			return true
		}
		if NumUnion(from) && !mayBool(from) && (tt == Float || tt == Int && !mayFloat(from)) {
			// int | float is a float (converted: codegen's convert). A
			// union with a bool member is not: CPython keeps a bool stored
			// where int or float is declared (True, not 1).
			return true
		}
	case *Optional:
		if from == None {
			return true
		}
		if fo, ok := from.(*Optional); ok {
			return c.assignableType(fo.Elem, tt.Elem)
		}
		return c.assignableType(from, tt.Elem)
	case *Union:
		for _, u := range tt.Types {
			if Identical(from, u) || unionMember(from, u) || syncAssignable(from, u) { // variance.go, sync.go
				return true
			}
		}
		if UnionConvMember(from, tt) != nil { // (1, 2) where list[int] | tuple[int, ...] is expected
			return true
		}
		if EmptyMember(from, tt) != nil { // dataclass_base.go: [] where list[str] | int is expected
			return true
		}
		if fu, ok := from.(*Union); ok {
			for _, f := range fu.Types {
				if !c.assignableType(f, to) {
					return false
				}
			}
			return true
		}
	case *Class:
		if fc, ok := from.(*Class); ok {
			if tt.Protocol {
				if !implements(fc, tt) { // protocol.go
					return false
				}
				c.protocolFlow(fc, tt)
				return true
			}
			return fc.IsSubclassOf(tt)
		}
		if fu, ok := from.(*Union); ok && tt.Protocol {
			// Book | DVD where a protocol both satisfy is expected: the
			// boxed object, seen through the protocol's interface.
			for _, f := range fu.Types {
				fc, ok := f.(*Class)
				if !ok || fc.Protocol || !implements(fc, tt) {
					return false
				}
			}
			for _, f := range fu.Types {
				c.protocolFlow(f.(*Class), tt)
			}
			return true
		}
		if fu, ok := from.(*Union); ok && !tt.Protocol && !tt.NamedTuple {
			// B | C where their common base A is expected (the element
			// of ((name, B()), (name, C())), a B-or-C conditional):
			// every member is an A (codegen's convert asserts A's
			// interface on the boxed value).
			for _, f := range fu.Types {
				fc, ok := f.(*Class)
				if !ok || !fc.IsSubclassOf(tt) {
					return false
				}
			}
			return true
		}
	case *Coroutine:
		if r, ok := AwaitResult(from); ok {
			if _, anyRes := tt.Result.(*AnyType); anyRes && r != nil && !isCoro(r) {
				if _, fromCoro := from.(*Coroutine); fromCoro {
					return true // Awaitable[Any]: a coroutine of any result (converted as it is awaited)
				}
			}
			if fc, ok := from.(*Coroutine); ok && r != nil && tt.Result != nil && !isCoro(r) && !isCoro(tt.Result) {
				// Covariant in the result, as typeshed declares it: a
				// Coroutine[Any, Any, None] where one of int | None is
				// expected (codegen's convert maps the result).
				return Identical(r, tt.Result) || c.assignableType(fc.Result, tt.Result)
			}
			return Identical(r, tt.Result)
		}
	case *Func:
		if m := CallMethod(from); m != nil {
			from = m.Sig // an object of a class defining __call__
		}
		if ff, ok := from.(*Func); ok {
			if len(ff.Params) != len(tt.Params) {
				return false
			}
			return c.callableAssignable(ff, tt) // variance.go
		}
	case *Task:
		if ft, ok := from.(*Task); ok {
			_, any1 := tt.Result.(*AnyType)
			return any1 || Identical(ft.Result, tt.Result) || c.plainAnyTask(ft) && tt.Result != nil
		}
	case *Future:
		if ff, ok := from.(*Future); ok {
			_, any1 := tt.Result.(*AnyType)
			return any1 || ff.Result == nil || Identical(ff.Result, tt.Result)
		}
		if ft, ok := from.(*Task); ok {
			_, any1 := tt.Result.(*AnyType)
			return any1 || Identical(ft.Result, tt.Result)
		}
	case *Tuple:
		if c.tupleItemsAssignable(from, tt) {
			return true // tuple[int, str] is a tuple[int | str, object] (converted item by item)
		}
		if ft, ok := from.(*Tuple); ok && tt.Var && !ft.ListRepr {
			if et := homogeneous(ft); len(ft.Elems) == 0 && !ft.Var || et != nil && Identical(et, tt.Elems[0]) {
				return true // tuple[int, int] is a tuple[int, ...]
			}
		}
	case *List:
		if fl, ok := from.(*List); ok && fl.Elem == nil {
			return true
		}
	case *Dict:
		if fd, ok := from.(*Dict); ok && fd.Key == nil {
			return true
		}
		if fd, ok := from.(*Dict); ok && tt.ReadOnly && Identical(fd.Key, tt.Key) && (Identical(fd.Val, tt.Val) || fd.TypedDict == nil && c.assignableType(fd.Val, tt.Val)) {
			// A dict is a Mapping (abstract.go), covariant in its values:
			// codegen views it through a mirror converting them.
			return true
		}
	case *Abstract:
		return c.assignableAbstract(from, tt) // abstract.go
	case *GenCM:
		if c.assignableCM(from, tt) { // cmabstract.go
			return true
		}
	case *Iterator:
		if c.iteratorAssignable(from, tt) { // variance.go
			return true
		}
	case *Set:
		if fs, ok := from.(*Set); ok && fs.Elem == nil {
			return true
		}
	}
	return assignableGen(from, to)
}

func isCoro(t Type) bool {
	_, ok := t.(*Coroutine)
	return ok
}

// isCallableType reports slot types a type object may fill as a callable
// (default_factory=list, key=str) or as a class object.
func isCallableType(t Type) bool {
	switch t.(type) {
	case *Func, *TypeName, *ClassRef:
		return true
	}
	return false
}

// typeAsValue refuses a type object (int, a type alias, a user class) used
// as a plain value: printed, stored or put in a collection. The runtime has
// no type objects; calls, isinstance, except clauses and callable slots
// (default_factory=list) do not come here. It reports whether it refused e.
func (c *checker) typeAsValue(e ast.Expr, t Type) bool {
	switch x := t.(type) {
	case *TypeName:
	case *ClassRef:
		if x.Class == nil || x.Class.IsExc || x.Class.Builtin || classObjValue(x.Class) { // clsobj.go
			return false
		}
	default:
		return false
	}
	c.errorf(e.Position(), "%s is a type: a type used as a value (printed, stored or in a collection) is outside the aiogo language", exprString(e))
	return true
}

// exprMust checks e with want as its expected type and reports it unless
// its type is assignable to want (context names the place, as in
// assignable's message).
func (c *checker) exprMust(e ast.Expr, want Type, context string) {
	c.assignable(c.exprWant(e, want), want, e, context)
}

// assignable checks and records the conversion of e (type from) to to.
func (c *checker) assignable(from, to Type, e ast.Expr, context string) bool {
	if from == nil || to == nil {
		return true
	}
	if e != nil && !c.openAssignable(from, to, e) { // callables_open.go: a value for a Callable[..., R]
		return false
	}
	if !c.assignableType(from, to) && c.anyCast(from, to, e) { // anycast.go
		return true
	}
	if t, ok := c.tupleAnyCast(from, to, e); ok { // anycast.go: return stop.value, n
		from = t
	}
	if !c.assignableType(from, to) {
		if fc, ok := from.(*Class); ok && c.broken[fc] {
			return false // derived from a refused name: already reported
		}
		if tc, ok := to.(*Class); ok && c.broken[tc] {
			return false
		}
		// boolint.go: the annotation is typed int | bool in the next round.
		c.boolRefused(from, to)
		hint := awaitHint(from, to) + boolIntoIntHint(from, to) + mixedNamedTupleHint(from, to) + byteArrayHint(from, to) + boolUnionHint(from, to) // kinds.go, bytearray.go, boolunion.go
		if _, isList := from.(*List); isList && hint == "" && c.isGatherAwait(e) {
			hint = awaitHint(&Tuple{ListRepr: true}, to)
		}
		c.errorf(e.Position(), "cannot use %s (type %s) as %s value in %s%s", exprString(e), from, to, context, hint)
		return false
	}
	if u, ok := unionOrOptUnion(to); ok {
		if m := EmptyMember(from, u); m != nil {
			c.info.Types[e] = m // [] where list[str] | int is expected is a list[str] (dataclass_base.go)
			return true
		}
	}
	if unknownFuture(from, to, e) && c.completeFuture(e, from.(*Future), to.(*Future).Result, 1) { // partialfuture.go
		return true
	}
	if unknownFuture(from, to, e) { // surface.go
		c.errorf(e.Position(), "the result type of %s is unknown here: annotate where it is created (fut: asyncio.Future[int] = loop.create_future())", exprString(e))
		return false
	}
	if !Identical(from, to) {
		c.info.Conv[e] = to
	}
	return true
}

func (c *checker) expr1(e ast.Expr, want Type) Type {
	switch x := e.(type) {
	case *ast.Name:
		return c.name(x)
	case *ast.IntLit:
		if x.Overflow {
			c.errorf(x.Pos, "integer literal %s overflows int64 (big integers are outside the aiogo language)", x.Text)
		}
		if want == Float {
			return Int
		}
		return Int
	case *ast.FloatLit:
		return Float
	case *ast.ImagLit:
		c.errorf(x.Pos, "complex numbers are outside the aiogo language")
		return nil
	case *ast.StrLit:
		return Str
	case *ast.BytesLit:
		return Bytes
	case *ast.BoolLit:
		return Bool
	case *ast.NoneLit:
		return None
	case *ast.EllipsisLit:
		c.errorf(x.Pos, "... is not a value")
		return nil
	case *ast.FString:
		c.fstring(x)
		return Str
	case *ast.ListExpr:
		var we Type
		if wl, ok := want.(*List); ok {
			we = wl.Elem
		}
		et := c.elems(x.Elems, we)
		return &List{et}
	case *ast.SetExpr:
		var we Type
		if ws, ok := want.(*Set); ok {
			we = ws.Elem
		}
		return &Set{Elem: c.hashKey(c.elems(x.Elems, we), x.Pos)}
	case *ast.TupleExpr:
		wt, _ := want.(*Tuple)
		if len(x.Elems) == 0 {
			if et := emptyTupleElem(want); et != nil {
				// () where an iterable of T is expected (", ".join(()),
				// xs: tuple[int, ...] = ()): a tuple[T, ...] with no items.
				return &Tuple{Var: true, Elems: []Type{et}}
			}
		}
		var ts []Type
		if t, ok := c.starredTuple(x, wt); ok { // surface_fix.go
			return t
		}
		for i, el := range x.Elems {
			var w Type
			if wt != nil && wt.Var {
				w = wt.Elems[0]
			} else if wt != nil && i < len(wt.Elems) {
				w = wt.Elems[i]
			}
			t := c.liveView(el, c.exprWant(el, w)) // dictviews.go
			if t == nil {
				return nil
			}
			if w != nil && c.assignableType(t, w) && !Identical(t, w) {
				c.info.Conv[el] = w
				t = w
			}
			ts = append(ts, t)
		}
		if wt == nil {
			c.builtinFuncTuple(x, ts)
		}
		return &Tuple{Elems: ts}
	case *ast.DictExpr:
		if wd := wantOf[*Dict](want); wd != nil && wd.TypedDict != nil {
			return c.typedDictDisplay(x, wd) // typeddict.go
		}
		var wk, wv Type
		if wd, ok := want.(*Dict); ok {
			wk, wv = wd.Key, wd.Val
		}
		for _, k := range x.Keys {
			if k == nil {
				return c.dictDisplayStar(x, wk, wv) // surface_fix.go
			}
		}
		kt := c.elems(x.Keys, wk)
		vt := c.elems(x.Values, wv)
		return &Dict{Key: c.hashKey(kt, x.Pos), Val: vt}
	case *ast.ListComp:
		var we Type
		if wl, ok := want.(*List); ok {
			we = wl.Elem
		}
		et := c.comprehension(x.Gens, func() Type { return c.liveView(x.Elt, c.exprWant(x.Elt, we)) }) // dictviews.go
		if we != nil && et != nil && !Identical(et, we) && c.assignableType(et, we) {
			return &List{we} // the element converts to the expected type (mypy types the display from its context)
		}
		return &List{et}
	case *ast.SetComp:
		var we Type
		if ws, ok := want.(*Set); ok {
			we = ws.Elem
		}
		et := c.comprehension(x.Gens, func() Type { return c.exprWant(x.Elt, we) })
		return &Set{Elem: c.hashKey(c.wantedElem(et, we), x.Pos)}
	case *ast.GeneratorExp:
		if isAsyncGenExp(x) { // union_iter.go
			return c.asyncGenExp(x) // asyncgenexp.go
		}
		return &Iterator{c.comprehension(x.Gens, func() Type { return c.liveView(x.Elt, c.expr(x.Elt)) })}
	case *ast.DictComp:
		var kt, vt, wk, wv Type
		if wd, ok := want.(*Dict); ok {
			wk, wv = wd.Key, wd.Val
		}
		c.comprehension(x.Gens, func() Type {
			kt = c.exprWant(x.Key, wk)
			vt = c.liveView(x.Value, c.exprWant(x.Value, wv)) // dictviews.go
			return kt
		})
		if kt == nil || vt == nil {
			return nil
		}
		return &Dict{Key: c.hashKey(c.wantedElem(kt, wk), x.Pos), Val: c.wantedElem(vt, wv)}
	case *ast.BinOp:
		var lt, rt Type
		if want == nil && isEmptyIterableExpr(x.Left) && !isEmptyIterableExpr(x.Right) {
			// set() | s, [] + xs: the empty operand takes the other's type
			// (typed first; neither operand has effects to order).
			rt = c.exprWant(x.Right, want)
			lt = c.exprWant(x.Left, binaryEmptyWant(x.Op, rt))
		} else {
			lt = c.exprWant(x.Left, want)
			rWant := want
			if want == nil && isEmptyIterableExpr(x.Right) {
				rWant = binaryEmptyWant(x.Op, lt) // s | set(), xs + []
			} else if want == nil && x.Op == "+" && rightTakesContext(x.Right) {
				// xs + [Sq()], floats + [1]: mypy types the right operand
				// in the context of list.__add__'s parameter, list[T] of
				// the left operand's T.
				if _, ok := Unalias(lt).(*List); ok {
					rWant = lt
				}
			}
			rt = c.exprWant(x.Right, rWant)
		}
		if lt == nil || rt == nil {
			return nil
		}
		if t, ok := c.unionBinary(x, lt, rt); ok { // union_binop.go
			return t
		}
		return c.binaryType(x.Pos, x.Op, lt, rt, x.Left, x.Right)
	case *ast.UnaryOp:
		if x.Op == "not" {
			c.markTruth(x.Operand) // flow.go
		}
		t := c.exprWant(x.Operand, want)
		if t == nil {
			return nil
		}
		if m := UnaryDunder(x.Op, t); m != nil { // surface_conv.go
			return m.Sig.Ret
		}
		switch x.Op {
		case "not":
			return Bool
		case "-", "+", "~":
			if CollectionKind(t) == "Counter" && x.Op != "~" {
				return t // +c, -c: the positive (negated negative) counts
			}
			if t == Bool { // bool is a subclass of int
				c.info.Conv[x.Operand], t = Int, Int
			}
			if t == Int || (t == Float && x.Op != "~") {
				return t
			}
			if NumUnion(t) && x.Op != "~" {
				return c.derive(NumUnaryResult(t), t) // surface_fix.go, floatpos.go
			}
		}
		c.errorf(x.Pos, "bad operand type for unary %s: %s", x.Op, t)
		return nil
	case *ast.BoolOp:
		return c.boolOp(x, want)
	case *ast.Compare:
		return c.compare(x)
	case *ast.IfExp:
		c.truthExpr(x.Test) // flow.go
		save := c.saveFlow()
		c.narrowOn(x.Test, true)
		bt := c.liveView(x.Body, c.exprWant(x.Body, want)) // dictviews.go
		c.setFlow(save)
		c.narrowOn(x.Test, false)
		ot := c.liveView(x.Orelse, c.exprWant(x.Orelse, want))
		c.restoreFlow(save, x)
		if bt == nil || ot == nil {
			return nil
		}
		j := c.join(bt, ot)
		if _, ok := want.(*Union); ok && !Identical(bt, ot) && c.assignableType(bt, want) && c.assignableType(ot, want) {
			// A union context keeps each branch's value (an int stays an
			// int in int | float); branches of one type keep it (o = o if
			// isinstance(o, Poly) else Poly([o]) narrows o to Poly).
			j = want
		}
		if j == nil {
			j = unionOf(bt, ot)
		}
		if j == nil && c.deferring == x && eitherCallableValue(bt, ot) {
			return c.deferIfExp() // lambdavar.go: pick = max if largest else min
		}
		if j == nil {
			c.errorf(x.Pos, "conditional expression branches have different types %s and %s", bt, ot)
			return nil
		}
		if !Identical(bt, j) {
			c.info.Conv[x.Body] = j
		}
		if !Identical(ot, j) {
			c.info.Conv[x.Orelse] = j
		}
		return j
	case *ast.Await:
		if c.fn == nil || !c.fn.IsAsync {
			c.errorf(x.Pos, "await outside async function")
			c.expr(x.Value)
			return nil
		}
		var w Type
		if want != nil {
			w = &Coroutine{want}
		}
		t := c.exprWant(x.Value, w)
		if t == nil {
			return nil
		}
		r, ok := AwaitResult(t)
		if !ok {
			if r = UnionAwaitResult(t); r != nil { // union_methods.go
				return r
			}
			c.errorf(x.Pos, "cannot await a value of type %s", t)
			return nil
		}
		if _, task := t.(*Task); task {
			return c.joinedResult(r, x) // taskjoin.go
		}
		return r
	case *ast.Yield, *ast.YieldFrom:
		if c.fn != nil && c.fn.IsAsync {
			if _, ok := x.(*ast.YieldFrom); ok {
				c.errorf(e.Position(), "yield from is not allowed in an async function")
				return nil
			}
		}
		t := c.yieldExpr(e)
		if y, ok := e.(*ast.Yield); ok && t != nil {
			t = c.sentWant(y, t, want) // gen.go
		}
		return t
	case *ast.NamedExpr:
		vt := c.liveView(x.Value, c.exprWant(x.Value, want)) // dictviews.go
		c.assign(x.Target, vt, x.Value)
		return vt
	case *ast.Starred:
		c.errorf(x.Pos, "starred expression is only allowed in call arguments")
		return nil
	case *ast.Lambda:
		return c.lambda(x, want)
	case *ast.Call:
		t := c.call(x, want)
		c.afterItemMutation(x)
		return t
	case *ast.Attribute:
		callee := c.inCallee
		c.inCallee = false
		if callee {
			c.calleeAttr = x
		}
		t := c.attribute(x)
		c.inCallee = false
		if !callee {
			if _, isMethod := t.(*BoundMethod); isMethod && c.info.UnionAttrs[x] != nil {
				c.errorf(x.AttrPos, "method %s of a union used as a value is not supported: call it", x.Attr)
				return nil
			}
			t = c.methodValue(x, t) // callables.go
		}
		return t
	case *ast.Subscript:
		delete(c.info.Narrowed, x)
		t := c.subscript(x)
		impl, overloaded := c.info.Narrowed[x] // an overloaded __getitem__'s (sliceobj.go)
		nt, ok := c.readFact(x, t)
		if overloaded {
			c.info.Narrowed[x] = impl // what the generated read holds
		}
		if d, isDict := c.info.Types[x.Value].(*Dict); isDict && d.TypedDict != nil && t != nil {
			c.info.Narrowed[x] = Object // a TypedDict's boxed value (typeddict.go)
		}
		if ok {
			return nt // d["k"] after isinstance(d["k"], T) (flow.go)
		}
		return t
	case *ast.Slice:
		c.errorf(x.Pos, "slice outside subscript")
		return nil
	}
	c.errorf(e.Position(), "unsupported expression")
	return nil
}

func (c *checker) name(x *ast.Name) Type {
	if x.ID == "__name__" {
		return Str
	}
	sym := c.lookup(x.ID)
	if sym == nil {
		switch x.ID {
		case "eval", "exec", "compile", "globals", "locals", "setattr", "getattr", "delattr", "__import__", "vars",
			"hasattr", "dir", "open", "input", "breakpoint", "memoryview", "complex":
			// Python built-ins with no counterpart in the language (reflection,
			// files and console input, other built-in types).
			c.errorf(x.Pos, "%s is outside the aiogo language", x.ID)
		default:
			c.undefined(x.Pos, x.ID)
		}
		return nil
	}
	c.info.Uses[x] = sym
	switch sym.Kind {
	case SymVar:
		c.use(sym)
		c.readFuturePartial(sym) // partialfuture.go
		if t, ok := c.readFact(x, sym.Type); ok {
			return t
		}
		if sym.Type == nil {
			if !c.poisoned[sym] {
				c.errorf(x.Pos, "%s is used before it is assigned", x.ID)
			}
			return nil
		}
		return sym.Type
	case SymFunc:
		if sym.Func.Decorated != nil {
			return sym.Func.Decorated
		}
		if sym.Func.Sig == nil {
			return nil
		}
		return sym.Func.Sig
	}
	return sym.Type
}

// elems types the elements of a display and returns the element type.
func (c *checker) elems(es []ast.Expr, want Type) Type {
	ts := make([]Type, len(es))
	spread := make([]bool, len(es))
	for i, el := range es {
		if s, ok := el.(*ast.Starred); ok { // [*xs, y]: the elements of xs (surface_fix.go)
			ts[i], spread[i] = c.iterElemWant(s.Value, want), true
			continue
		}
		t := c.liveView(el, c.exprWant(el, want)) // dictviews.go
		c.typeAsValue(el, t)
		ts[i] = t
	}
	return c.joinElems(es, ts, spread, want)
}

// joinElems is the element type of a display whose elements es have types
// ts (want, when the context gives one): their join. Conversions of the
// elements to it are recorded, except for spread elements (a starred
// iterable, a ** mapping: the generator converts their elements).
func (c *checker) joinElems(es []ast.Expr, ts []Type, spread []bool, want Type) Type {
	var et Type = want
	if want == nil && !c.noAbstractJoin {
		// Collections join to a protocol ([[0], range(2)] is a
		// list[Sequence[int]]) unless a later element joins with none:
		// then the elements join as before (to object, a union).
		for _, t := range ts {
			if t == nil {
				continue
			}
			if et == nil {
				et = t
			} else if et = c.join(et, t); et == nil {
				break
			}
		}
		if _, ok := et.(*Abstract); !ok {
			c.noAbstractJoin = true
			defer func() { c.noAbstractJoin = false }()
		}
		et = nil
	}
	for i, el := range es {
		t := ts[i]
		if t == nil {
			continue
		}
		if et == nil {
			et = t
		} else if want == nil {
			if j := c.join(et, t); j != nil {
				et = j
			} else if f := funcElemJoin(et, t); f != nil {
				et = f // [size, len] where size: Callable[[str], int]: the built-in as such a function
			} else if f := builtinFuncJoin(et, t); f != nil {
				et = f // [str.upper, str.lower], [math.floor, math.ceil]: their one signature
			} else if isScalar(et) && isScalar(t) {
				et = makeUnion(et, t)
			} else if tj := c.tupleDisplayJoin(et, t); tj != nil {
				et = tj // [(3.7, "d"), ("s", "d")]: tuple[float | str, str], item by item
			} else if _, ok := et.(*Optional); ok {
				// [None, [1], "x"]: once None joined in, mypy's join keeps
				// a union of what follows (list[str | list[int] | None]).
				et = makeUnion(et, t)
			} else if u := unionOf(et, t); u != nil || et == Object {
				et = Object // mypy joins unrelated element types to object
			} else {
				c.errorf(el.Position(), "mixed element types %s and %s: annotate the collection", et, t)
			}
		}
	}
	for i, el := range es {
		if ts[i] == nil || et == nil {
			continue
		}
		if spread[i] {
			if !c.assignableType(ts[i], et) {
				c.errorf(el.Position(), "cannot use elements of type %s as %s values in a display", ts[i], et)
			}
			continue
		}
		if f, isFunc := et.(*Func); want == nil && isFunc && callableValue(ts[i]) && namedCallable(el) {
			// [size, len]: the built-in typed again where that function
			// type is expected becomes such a function value (callables.go).
			if nt := c.exprWant(el, f); nt != nil {
				c.assignable(nt, et, el, "collection element")
			}
			continue
		}
		if want != nil {
			c.assignable(ts[i], et, el, "collection element")
		} else if !Identical(ts[i], et) {
			c.info.Conv[el] = et
		}
	}
	return et
}

// tupleDisplayJoin joins two tuple element types of an unannotated display
// item by item, as mypy does ([(3.7, "d"), (p, ">10")] is a
// list[tuple[object, str]]): items that join take their join, scalars mix
// as a union (as the display's own elements do), a union keeps a union,
// others become object. Tuples of different lengths join to a tuple of
// any length of the join of all their items ([(1, "a"), (2, "b", 3)] is a
// list[tuple[object, ...]]). Nil unless both are tuples.
func (c *checker) tupleDisplayJoin(a, b Type) Type {
	at, ok := a.(*Tuple)
	bt, ok2 := b.(*Tuple)
	if !ok || !ok2 || at.ListRepr || bt.ListRepr {
		return nil
	}
	if !at.Var && !bt.Var && len(at.Elems) == len(bt.Elems) {
		ts := make([]Type, len(at.Elems))
		for i := range ts {
			if ts[i] = c.displayItemJoin(at.Elems[i], bt.Elems[i]); ts[i] == nil {
				return nil
			}
		}
		return &Tuple{Elems: ts}
	}
	var et Type
	for _, x := range append(append([]Type(nil), at.Elems...), bt.Elems...) {
		if et == nil {
			et = x
		} else if et = c.displayItemJoin(et, x); et == nil {
			return nil
		}
	}
	if et == nil {
		return nil // () and (): joined already
	}
	return &Tuple{Elems: []Type{et}, Var: true}
}

// displayItemJoin joins two items of tuples in a display (tupleDisplayJoin).
func (c *checker) displayItemJoin(x, y Type) Type {
	if j := c.join(x, y); j != nil {
		return j
	}
	if isScalar(x) && isScalar(y) {
		return makeUnion(x, y)
	}
	if j := c.tupleDisplayJoin(x, y); j != nil {
		return j
	}
	u := unionOf(x, y)
	switch {
	case u != nil && (isUnionLike(x) || isUnionLike(y)):
		return u // mypy's join keeps a union once one side is one
	case u != nil || x == Object || y == Object:
		return Object
	}
	return nil
}

// tupleItemsAssignable reports a fixed tuple whose items are each
// assignable to the items of the fixed tuple to (a tuple[int, str] looked
// up among tuple[int | str, str | int]s, as tupleDisplayJoin types a
// display of mixed tuples); the generator converts it item by item.
func (c *checker) tupleItemsAssignable(from, to Type) bool {
	ft, ok := from.(*Tuple)
	tt, ok2 := to.(*Tuple)
	if !ok || !ok2 || ft.Var || tt.Var || ft.ListRepr || tt.ListRepr || len(ft.Elems) != len(tt.Elems) {
		return false
	}
	for i := range ft.Elems {
		if !c.assignableType(ft.Elems[i], tt.Elems[i]) && !c.tupleItemsAssignable(ft.Elems[i], tt.Elems[i]) {
			return false
		}
	}
	return true
}

func isUnionLike(t Type) bool {
	switch t.(type) {
	case *Optional, *Union:
		return true
	}
	return false
}

// isScalar reports types that may mix in an unannotated display (as a
// union).
func isScalar(t Type) bool {
	switch x := t.(type) {
	case *Basic:
		return x != None
	case *Union:
		return true
	}
	return false
}

// join finds a common type of two expression types (for displays,
// conditional expressions and and/or).
func (c *checker) join(a, b Type) Type {
	if t, ok := c.floatJoin(a, b); ok { // floatpos.go
		return t
	}
	if Identical(a, b) {
		return a
	}
	if (a == Int && b == Float) || (a == Float && b == Int) {
		return numUnionType // CPython keeps the int (floatpos.go)
	}
	if (NumUnion(a) || NumUnion(b)) && numLike(a) && numLike(b) && (mayFloat(a) || mayFloat(b)) {
		return numUnionType // not float: that would convert the ints
	}
	if a == None {
		if _, ok := b.(*Optional); ok {
			return b
		}
		return &Optional{b}
	}
	if b == None {
		return c.join(b, a)
	}
	if ao, ok := a.(*Optional); ok && c.assignableType(b, ao.Elem) {
		return a
	}
	if bo, ok := b.(*Optional); ok && c.assignableType(a, bo.Elem) {
		return b
	}
	if ac, ok := a.(*Class); ok {
		if bc, ok := b.(*Class); ok {
			for k := ac; k != nil; k = k.Base {
				if bc.IsSubclassOf(k) {
					return k
				}
			}
		}
	}
	if j := classRefJoin(a, b); j != nil { // clsobj.go
		return j
	}
	if j := c.taskJoin(a, b); j != nil {
		return j
	}
	if j := c.coroutineJoin(a, b); j != nil {
		return j
	}
	if j := c.funcJoin(a, b); j != nil { // callable_join.go
		return j
	}
	if isUnknownEmpty(a) && c.assignableType(a, b) {
		return b // [] and list[int]; not "" and [] (a Sequence[str])
	}
	if isUnknownEmpty(b) && c.assignableType(b, a) {
		return a
	}
	if at, ok := a.(*Tuple); ok {
		if bt, ok := b.(*Tuple); ok && len(at.Elems) == len(bt.Elems) && at.Var == bt.Var {
			ts := make([]Type, len(at.Elems))
			for i := range ts {
				ts[i] = c.join(at.Elems[i], bt.Elems[i])
				if ts[i] == nil {
					return nil
				}
			}
			return &Tuple{Elems: ts}
		}
		if bt, ok := b.(*Tuple); ok {
			return varTupleJoin(at, bt) // surface.go
		}
	}
	// Otherwise the join is whichever type the other is assignable to (int
	// and object join to object, as in mypy).
	if c.assignableType(a, b) {
		return b
	}
	if c.assignableType(b, a) {
		return a
	}
	if c.noAbstractJoin {
		return nil
	}
	return c.abstractJoin(a, b) // abstract.go: list[int] and range join to Sequence[int]
}

// comprehension types the generators in a new scope, then the element.
func (c *checker) comprehension(gens []*ast.Comprehension, elt func() Type) Type {
	save := c.sc
	saveNarrow := c.saveFlow()
	defer func() { c.sc = save; c.restoreFlow(saveNarrow, gens) }()
	for _, g := range gens {
		it := c.expr(g.Iter)
		c.sc = &scope{names: map[string]*Symbol{}, parent: c.sc, fn: c.fn, comp: true}
		var syms []*Symbol
		c.collectCompTargets(g.Target, &syms)
		c.info.CompSyms[g] = syms
		if it != nil {
			if et := c.compElemType(g, it); et != nil {
				c.assign(g.Target, et, nil)
			} else if len(c.errs) > 0 {
				for _, sym := range syms {
					c.poisonSym(sym) // an error reported for the iterable (or its class)
				}
			}
		} else {
			for _, sym := range syms {
				c.poisonSym(sym) // the iterable's error was reported
			}
		}
		for _, cond := range g.Ifs {
			c.truthExpr(cond) // flow.go
			c.narrowOn(cond, true)
		}
	}
	return elt()
}

func (c *checker) collectCompTargets(t ast.Expr, syms *[]*Symbol) {
	switch x := t.(type) {
	case *ast.Name:
		sym := c.declare(c.sc, &Symbol{Name: x.ID, Kind: SymVar, Pos: x.Pos})
		if sym.GoName == "" {
			sym.GoName = names.User(x.ID)
		}
		sym.GoName = names.Derived(sym.GoName, "c")
		sym.Comp = true
		*syms = append(*syms, sym)
	case *ast.TupleExpr:
		for _, el := range x.Elems {
			c.collectCompTargets(el, syms)
		}
	case *ast.ListExpr:
		for _, el := range x.Elems {
			c.collectCompTargets(el, syms)
		}
	case *ast.Starred:
		c.collectCompTargets(x.Value, syms)
	default:
		c.errorf(t.Position(), "invalid comprehension target")
	}
}

// elemType is the type a for loop over a value of type t binds.
func (c *checker) elemType(t Type, e ast.Expr) Type {
	if isUnknownEmpty(t) && c.isPartial(t) {
		return nil // completed by a later append/add (partial.go)
	}
	if isUnknownEmpty(t) {
		c.errorf(e.Position(), "the element type of this empty collection is unknown: annotate it")
		return nil
	}
	if et := UnpackElem(t); et != nil { // unpack.go: sets, dicts, iterators, str, range, ...
		return et
	}
	switch x := t.(type) {
	case *List:
		return x.Elem
	case *ClassRef:
		if et, ok := c.enumIterable(t, e); ok { // enum.go
			return et
		}
	case *Class:
		if ui := UserIterOf(x); ui != nil { // useriter.go
			return ui.Elem
		}
		if x.NamedTuple {
			return NamedTupleElem(x) // namedtuple.go
		}
	case *Tuple: // tuple[T, ...] is UnpackElem's
		if len(x.Elems) > 0 {
			if j := c.tupleTasksJoin(x); j != nil {
				return j // taskjoin.go: for t in (ints_task, strs_task)
			}
			return TupleElem(x) // surface.go
		}
		if !x.Var {
			return Object // () binds nothing: any element type serves (mypy: Never)
		}
	case *Union:
		if et := UnionElem(x); et != nil { // union_iter.go
			return et
		}
	}
	if cls, ok := t.(*Class); ok && c.broken[cls] {
		return nil // its base was refused
	}
	if it, ok := t.(*Iterator); ok && it.Elem == nil {
		return nil // a generator expression whose element was refused: reported there
	}
	c.errorf(e.Position(), "cannot iterate over a value of type %s", t)
	return nil
}

// binaryDunders maps operators to the special methods that overload them.
var binaryDunders = map[string]string{
	"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
	"%": "__mod__", "@": "__matmul__", "&": "__and__", "|": "__or__", "^": "__xor__",
	"**": "__pow__", "<<": "__lshift__", ">>": "__rshift__",
}

// BinaryDunder returns the special method overloading op on lt, if any.
func BinaryDunder(op string, lt Type) *Method {
	if name, ok := binaryDunders[op]; ok {
		return Dunder(lt, name)
	}
	return nil
}

// InplaceDunder is the in-place special method (__iadd__ for +=) of a
// user class lt, or nil: t += v calls it when it is defined.
func InplaceDunder(op string, lt Type) *Method {
	name, ok := binaryDunders[op]
	if !ok {
		return nil
	}
	if c, ok := lt.(*Class); !ok || c.Builtin {
		return nil
	}
	m := Dunder(lt, "__i"+name[2:])
	if m == nil || len(m.Sig.Params) != 1 || m.IsAsync {
		return nil
	}
	return m
}

// ReflectedDunder is the reflected special method (__radd__ for +) of rt
// that CPython calls for lt op rt when lt defines no forward method (2 + m
// with m's class defining __radd__), or nil.
func ReflectedDunder(op string, lt, rt Type) *Method {
	name, ok := binaryDunders[op]
	if !ok || BinaryDunder(op, lt) != nil {
		return nil
	}
	if c, ok := lt.(*Class); ok && !c.Builtin {
		return nil // a user class without the forward method: not handled
	}
	m := Dunder(rt, "__r"+name[2:])
	if m == nil || len(m.Sig.Params) != 1 || m.IsAsync {
		return nil
	}
	return m
}

func (c *checker) binaryType(pos ast.Pos, op string, lt, rt Type, le, re ast.Expr) Type {
	if m := BinaryDunder(op, lt); m != nil && len(m.Sig.Params) == 1 {
		c.binaryNotImpl(pos, op, m, lt, rt) // notimpl.go
		c.assignable(rt, m.Sig.Params[0].Type, re, m.Name+" argument")
		return m.Sig.Ret
	}
	if m := ReflectedDunder(op, lt, rt); m != nil {
		c.assignable(lt, m.Sig.Params[0].Type, le, m.Name+" argument")
		return m.Sig.Ret
	}
	lt, rt = c.ntBinaryOperands(op, lt, rt, le, re)  // namedtuple_tuple.go: p + (3,)
	if t, ok := c.tupleBinary(pos, op, lt, rt); ok { // surface.go
		return t
	}
	if t, ok := c.viewSetOp(op, lt, rt, le, re); ok { // surface.go
		return t
	}
	if t, ok := c.abstractSetBinary(op, lt, rt, le, re); ok { // abstractset.go
		return t
	}
	if t, ok := NumUnionResult(op, lt, rt); ok { // surface_fix.go
		return c.derive(t, lt, rt) // floatpos.go
	}
	num := func(t Type) bool { return t == Int || t == Float }
	switch op {
	case "+", "-", "*", "/", "//", "%", "**":
		// bool is a subclass of int: in arithmetic it is 0 or 1.
		if lt == Bool && (num(rt) || rt == Bool) {
			c.info.Conv[le], lt = Int, Int
		}
		if rt == Bool && num(lt) {
			c.info.Conv[re], rt = Int, Int
		}
		if num(lt) && num(rt) {
			if op == "/" || (op == "**" && lt == Int && rt == Int && negLiteral(re)) {
				return Float // int ** -1 is a float (typeshed's overload for negative literals)
			}
			if lt == Float || rt == Float {
				if lt == Int {
					c.info.Conv[le] = Float
				}
				if rt == Int {
					c.info.Conv[re] = Float
				}
				// (a bool operand converts straight to float)
				return Float
			}
			return Int
		}
		switch op {
		case "+":
			if Identical(lt, rt) {
				switch lt.(type) {
				case *List:
					return lt
				case *Tuple:
					c.unsupported(le, "tuple concatenation")
					return nil
				}
				if lt == Str || lt == Bytes {
					return lt
				}
			}
			if lt == Bytes && IsByteArray(rt) || IsByteArray(lt) && rt == Bytes {
				return lt // b"ab" + ba is bytes, ba + b"ab" a bytearray (codegen's binop)
			}
			if ll, ok := lt.(*List); ok {
				if rl, ok := rt.(*List); ok && (rl.Elem == nil || ll.Elem == nil) {
					if ll.Elem == nil {
						return rt
					}
					return lt
				}
			}
		case "*":
			// "Fizz" * (i % 3 == 0): a bool repeats 0 or 1 times.
			if rt == Bool && (lt == Str || lt == Bytes || isList(lt)) {
				c.info.Conv[re], rt = Int, Int
			}
			if lt == Bool && (rt == Str || rt == Bytes || isList(rt)) {
				c.info.Conv[le], lt = Int, Int
			}
			if (lt == Str || lt == Bytes) && rt == Int {
				return lt
			}
			if lt == Int && (rt == Str || rt == Bytes) {
				return rt
			}
			if _, ok := lt.(*List); ok && rt == Int {
				return lt
			}
			if _, ok := rt.(*List); ok && lt == Int {
				return rt
			}
		case "%":
			if lt == Str || lt == Bytes {
				return lt // printf-style formatting; operands are checked at run time
			}
		}
	case "<<", ">>", "&", "|", "^":
		if lt == Int && rt == Int {
			return Int
		}
		if lt == Bool && rt == Bool && op != "<<" && op != ">>" {
			return Bool
		}
		if ls, ok := lt.(*Set); ok && sameSetElems(lt, rt) && op != "<<" && op != ">>" {
			return ls // set | frozenset is a set, frozenset | set a frozenset
		}
		if _, ok := lt.(*Dict); ok && op == "|" && Identical(lt, rt) && CollectionKind(lt) != "Counter" && CollectionKind(rt) != "Counter" {
			return lt // dict | dict (a Counter's | is the maximum of counts: not supported)
		}
	}
	if op == "-" {
		if ls, ok := lt.(*Set); ok && sameSetElems(lt, rt) {
			return ls
		}
	}
	if op == "-" || op == "&" {
		// set[T] - set[T | None] (typeshed: AbstractSet[T | None]), as in
		// asyncio.all_tasks() - {asyncio.current_task()}.
		if ls, ok := lt.(*Set); ok && OptSetOf(rt, ls) {
			return ls
		}
	}
	if IsCounterOp(op, lt, rt) {
		return lt // Counter + Counter, -, |, &: a new Counter of the positive counts
	}
	c.errorf(operandPos(pos, re), "unsupported operand types for %s: %s and %s%s", op, lt, rt, awaitHint(lt, nil)+awaitHint(rt, nil))
	return nil
}

func (c *checker) compare(x *ast.Compare) Type {
	var first Type // the first comparator when typed before the left operand
	var lt Type
	typedFirst := false
	if displayIn(x) {
		first, typedFirst = c.liveView(x.Comparators[0], c.exprDeclaredIf(x.Comparators[0], noneTest(x, 1))), true
		want := containerKey(first)
		if !runTimeTuple(want) {
			want = nil
		}
		lt = c.exprWant(x.Left, want)
	} else {
		lt = c.liveView(x.Left, c.exprDeclaredIf(x.Left, noneTest(x, 0))) // dictviews.go: d.keys() == s
	}
	if call, ok := x.Left.(*ast.Call); ok && c.classDecoCalls != nil && !c.classDecoResult(call, lt) { // classdeco.go
		return Bool
	}
	for i, op := range x.Ops {
		rt := first
		if i > 0 || !typedFirst {
			rt = c.liveView(x.Comparators[i], c.exprDeclaredIf(x.Comparators[i], noneTest(x, i+1)))
		}
		if lt == nil || rt == nil {
			lt = rt
			continue
		}
		if op == "in" || op == "not in" {
			if m := Dunder(rt, "__contains__"); m != nil && len(m.Sig.Params) == 1 {
				c.assignable(lt, m.Sig.Params[0].Type, exprAt(x, i), "__contains__ argument")
				lt = rt
				continue
			}
		}
		if op == "==" || op == "!=" {
			if m := Dunder(lt, "__eq__"); m != nil && len(m.Sig.Params) == 1 {
				lt = rt
				continue
			}
		}
		switch op {
		case "in", "not in":
			switch ct := rt.(type) {
			case *List, *Set, *Dict, *Iterator, *Generator, *Abstract:
				if lt == Bytes && IsByteArray(ct) {
					c.info.Conv[x.Comparators[i]] = Bytes // b"ab" in ba: a substring test (bytearray.go)
					break
				}
				et := c.elemType(ct, x.Comparators[i])
				if c.ntIn(x, op, lt, rt, et) { // namedtuple_tuple.go: p in [(1, 2)]
					break
				}
				if et != nil && !c.probe(func() bool {
					return c.assignableType(lt, et) || c.assignableType(et, lt) || c.tupleItemsAssignable(lt, et)
				}) {
					c.errorf(operandPos(x.Pos, x.Comparators[i]), "%s of %s in %s", op, lt, rt)
				} else if et != nil && !Identical(lt, et) && c.probe(func() bool { return c.assignableType(lt, et) || c.tupleItemsAssignable(lt, et) }) {
					c.info.Conv[exprAt(x, i)] = et // (1, "a") in {(1, "a"), ("b", 2)}: converted item by item
				}
			case *Tuple:
			case *Class:
				if namedTupleOf(ct) != nil {
					c.tupleView(x.Comparators[i], ct) // 3 in version: the tuple of its fields (namedtuple_tuple.go)
					break
				}
				// A class with __iter__ and no __contains__: CPython's in
				// iterates (useriter.go).
				if et := c.userIterContains(ct, lt); et == nil && !c.broken[ct] {
					c.errorf(operandPos(x.Pos, x.Comparators[i]), "unsupported %s on %s", op, rt)
				}
			case *Opaque:
				if ct != RangeType || lt != Int {
					c.errorf(x.Pos, "unsupported %s on %s", op, rt)
				}
			case *Basic:
				if (ct == Str && lt != Str) || (ct == Bytes && lt != Bytes && lt != Int) || (ct != Str && ct != Bytes) {
					c.errorf(x.Pos, "unsupported %s: %s in %s", op, lt, rt)
				}
			default:
				c.errorf(x.Pos, "unsupported %s on %s", op, rt)
			}
		case "is", "is not":
			c.refuseValueIs(x, lt, rt) // hashing.go
		case "==", "!=":
			if !c.probe(func() bool { return c.comparable(lt, rt) }) {
				c.errorf(x.Pos, "cannot compare %s and %s", lt, rt)
			}
		default:
			ordered, ok := c.ntOrdered(op, lt, rt) // namedtuple_tuple.go: p < (1, 3)
			if !ok {
				ordered, ok = c.userOrdered(op, lt, rt) // surface_conv.go
			}
			if !ok {
				_, ordered = c.abstractSetOperands(lt, rt, exprAt(x, i), x.Comparators[i]) // abstractset.go
			}
			if !ordered {
				ordered = c.ordered(lt, rt)
			}
			if !ordered {
				c.errorf(operandPos(x.Pos, x.Comparators[i]), "'%s' not supported between %s and %s", op, lt, rt)
			}
		}
		lt = rt
	}
	return Bool
}

func exprAt(x *ast.Compare, i int) ast.Expr {
	if i == 0 {
		return x.Left
	}
	return x.Comparators[i-1]
}

func (c *checker) comparable(a, b Type) bool {
	if a, b, ok := ntTupleMix(a, b); ok {
		return c.comparable(a, b) // namedtuple_tuple.go: p == (1, 2)
	}
	if IsNumeric(a) && IsNumeric(b) {
		return true
	}
	if c.assignableType(a, b) || c.assignableType(b, a) {
		return true
	}
	if classObject(a) && classObject(b) && (isTypeOf(a) || isTypeOf(b)) {
		return true // type(x) == C, type(a) == type(b): compared by class
	}
	if typedDictComparable(a, b) || typedDictComparable(b, a) { // typeddict.go
		return true
	}
	if IsByteArray(a) && b == Bytes || IsByteArray(b) && a == Bytes {
		return true // bytearray == bytes (bytearray.go)
	}
	if sa, ok := a.(*Set); ok {
		if sb, ok := b.(*Set); ok && sa.Frozen != sb.Frozen {
			return sa.Elem == nil || sb.Elem == nil || c.comparable(sa.Elem, sb.Elem) // set == frozenset
		}
	}
	// Lists are invariant, but list.__eq__ takes any list: list[Base] ==
	// list[Sub] compares element by element (mypy's overlap rule).
	if la, ok := a.(*List); ok {
		if lb, ok := b.(*List); ok {
			return c.comparable(la.Elem, lb.Elem)
		}
	}
	// Dicts likewise: dict[str, float] == dict[str, int] compares item by
	// item (the runtime's dicts of other Go types too: py.dictEqualAny).
	if da, ok := a.(*Dict); ok {
		if db, ok := b.(*Dict); ok && da.Key != nil && db.Key != nil && Identical(da.Key, db.Key) {
			return c.comparable(da.Val, db.Val)
		}
	}
	if ta, ok := a.(*Tuple); ok {
		if tb, ok := b.(*Tuple); ok && !ta.Var && !tb.Var && len(ta.Elems) == len(tb.Elems) {
			for i := range ta.Elems {
				if !c.comparable(ta.Elems[i], tb.Elems[i]) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// TypeOfClassVar is the class attribute type(x).name reads, when x is an
// instance of a user class declaring it and no instance attribute of that
// name shadows it (then type(x).name and x.name are the same value).
func TypeOfClassVar(t *TypeOf, name string) *Field {
	cls, ok := t.Of.(*Class)
	if !ok || cls.Builtin || cls.LookupField(name) != nil || cls.LookupMethod(name) != nil {
		return nil
	}
	cv, _ := cls.LookupClassVar(name)
	return cv
}

// classObject reports whether t is the type of a class object: type(x),
// a class name, a built-in type name.
func classObject(t Type) bool {
	switch t.(type) {
	case *TypeOf, *ClassRef, *TypeName:
		return true
	}
	return false
}

func isTypeOf(t Type) bool {
	_, ok := t.(*TypeOf)
	return ok
}

func (c *checker) ordered(a, b Type) bool {
	if numLike(a) && numLike(b) {
		return true
	}
	_, anyA := a.(*AnyType)
	_, anyB := b.(*AnyType)
	if anyA || anyB {
		// Values typeshed types as Any (an exception's args, the keys of a
		// dict narrowed from object) are objects here: they compare at run
		// time as CPython compares them, raising TypeError where the
		// operands do not order.
		return true
	}
	if at, ok := a.(*Tuple); ok {
		if bt, ok := b.(*Tuple); ok && !Identical(a, b) {
			return c.tuplesOrdered(at, bt) // surface.go
		}
	}
	if sameSetElems(a, b) {
		return true // subset tests across set and frozenset
	}
	if !Identical(a, b) {
		return false
	}
	switch x := a.(type) {
	case *Basic:
		return x == Str || x == Bytes
	case *List:
		return c.ordered(x.Elem, x.Elem)
	case *Tuple:
		// Tuples compare element by element and reach a later element only
		// when the earlier ones are equal; CPython (and the runtime's
		// py.Less) raise TypeError then if it is not orderable. Like mypy,
		// require only the first element to be orderable.
		return len(x.Elems) == 0 || c.ordered(x.Elems[0], x.Elems[0])
	case *Set:
		return true
	case *Class:
		return x.DataOrder || x.LookupMethod("__lt__") != nil
	}
	return false
}

func (c *checker) fstring(x *ast.FString) {
	for _, p := range x.Parts {
		if p.Expr != nil {
			c.expr(p.Expr)
		}
		if p.Spec != nil {
			c.fstring(p.Spec)
		}
	}
}

func (c *checker) attribute(x *ast.Attribute) Type {
	if base, ok := x.Value.(*ast.Name); ok {
		if sym := c.lookup(base.ID); sym != nil && sym.Kind == SymModule {
			c.info.Uses[base] = sym
			c.info.Types[base] = sym.Type
			mt := sym.Type.(*ModuleType)
			return c.moduleAttr(mt.Name, x)
		}
	}
	if inner, ok := x.Value.(*ast.Attribute); ok {
		// concurrent.futures.TimeoutError after `import concurrent.futures`
		// (the import binds the dotted name).
		if n := dottedName(inner); n != "" {
			if sym := c.lookup(n); sym != nil && sym.Kind == SymModule {
				c.info.Types[inner] = sym.Type
				return c.moduleAttr(sym.Type.(*ModuleType).Name, x)
			}
		}
	}
	bt := c.liveView(x.Value, c.expr(x.Value)) // dictviews.go: d.keys().isdisjoint(s)
	if bt == nil {
		return nil
	}
	if mutatingMethods[x.Attr] {
		c.refuseViewMutation(x.Value, x.AttrPos, x.Attr)
	}
	if u, ok := bt.(*Union); ok {
		if t, ok := c.unionFieldAttr(x, u); ok { // union_attr.go: data fields
			return t
		}
		return c.unionAttribute(x, u) // union_methods.go: methods, runtime objects
	}
	return c.attributeOf(x, bt)
}

// attributeOf types x.Attr where x.Value (already typed) has type bt.
func (c *checker) attributeOf(x *ast.Attribute, bt Type) Type {
	if x.Attr == "__name__" {
		if t, ok := c.funcName(x, bt); ok { // funcname.go
			return t
		}
	}
	if x.Attr == "__doc__" {
		if t, ok := c.funcDoc(x, bt); ok { // funcname.go
			return t
		}
		if cls, ok := bt.(*Class); ok && InstanceDocKnown(c.info, cls) { // decorator_class.go
			return &Optional{Elem: Str}
		}
	}
	switch t := bt.(type) {
	case *ClassRef:
		if x.Attr == "__name__" || x.Attr == "__qualname__" {
			return Str
		}
		if _, _, known := ClassDoc(t.Class); known && x.Attr == "__doc__" && c.isStaticClass(x.Value) {
			return &Optional{Elem: Str} // funcname.go: C.__doc__, its docstring
		}
		for k := t.Class; k != nil; k = k.Base {
			if in := k.Nested[x.Attr]; in != nil { // Outer.Inner (nested.go)
				return &ClassRef{in}
			}
		}
		if cv, _ := t.Class.LookupClassVar(x.Attr); cv != nil {
			return cv.Type
		}
		if x.Attr == "_fields" && t.Class.NamedTuple {
			return NamedTupleFields(t.Class) // namedtuple.go
		}
		// C.static_method / C.class_method
		if m := t.Class.LookupMethod(x.Attr); m != nil && (m.IsStatic || m.IsClass) {
			return &BoundMethod{Recv: t.Class, Name: x.Attr, Method: m}
		}
		if um := c.userUnbound(t.Class, x); um != nil { // callables.go: key=Invoice.total
			return um
		}
		if m := t.Class.LookupMethod(x.Attr); m != nil && !m.IsProperty && !m.IsSetter && m.Sig != nil && c.calleeAttr == x && !t.Class.Builtin && t.Class.Enum == nil && !t.Class.Protocol {
			return &UnboundMethod{Recv: t.Class, Name: x.Attr, Direct: true} // C.name(obj, ...): callables.go
		}
		if t.Class.Builtin && t.Class.IsExc && c.calleeAttr == x && (x.Attr == "__init__" || x.Attr == "__str__" || x.Attr == "__repr__") {
			return &UnboundMethod{Recv: t.Class, Name: x.Attr, Direct: true} // Exception.__init__(self, msg)
		}
		if m := t.Class.LookupMethod(x.Attr); m != nil && !m.IsProperty {
			c.errorf(x.AttrPos, "%s.%s through the class is not supported where a subclass overrides %s (use super().%s(...) or a bound method)", t.Class.Name, x.Attr, x.Attr, x.Attr)
			return nil
		}
		c.errorf(x.AttrPos, "%s has no static or class method %s", t.Class.Name, x.Attr)
		return nil
	case *TypeOf:
		if x.Attr == "__name__" || x.Attr == "__qualname__" {
			return Str
		}
		if cv := TypeOfClassVar(t, x.Attr); cv != nil { // type(self).count
			return cv.Type
		}
		if cls, ok := t.Of.(*Class); ok && classObjValue(cls) && c.calleeAttr == x {
			if m := cls.LookupMethod(x.Attr); m != nil && (m.IsStatic || m.IsClass) {
				// type(self).make(...): the class method of self's run-time
				// class, called through its class object (clsobj.go).
				c.info.Conv[x.Value] = &ClassRef{Class: cls}
				return &BoundMethod{Recv: cls, Name: x.Attr, Method: m}
			}
		}
		c.errorf(x.AttrPos, "type(...).%s is not supported (only __name__, class attributes of a user class and calls of its class and static methods)", x.Attr)
		return nil
	case *SuperRef:
		base := t.Class.Base
		if base == nil {
			if !c.broken[t.Class] { // a refused base was reported at the class
				c.errorf(x.Pos, "%s has no base class", t.Class.Name)
			}
			return nil
		}
		if m := base.LookupMethod(x.Attr); m != nil && m.IsProperty && m.Sig != nil {
			return m.Sig.Ret // super().prop: the base's getter (codegen's attribute)
		}
		if m := base.LookupMethod(x.Attr); m != nil {
			return &BoundMethod{Recv: base, Name: x.Attr, Method: m, Super: true}
		}
		if base.IsExc && (x.Attr == "__init__" || x.Attr == "__str__" || x.Attr == "__repr__") {
			// BaseException's own __init__, __str__ and __repr__.
			return &BoundMethod{Recv: base, Name: x.Attr, Super: true}
		}
		c.errorf(x.AttrPos, "%s has no method %s", base.Name, x.Attr)
		return nil
	case *Class:
		for k := t; k != nil; k = k.Base {
			if in := k.Nested[x.Attr]; in != nil { // self.Inner (nested.go)
				return &ClassRef{in}
			}
		}
		if f := t.LookupField(x.Attr); f != nil && f.Type == nil {
			c.ensureInit(t)        // kinds.go
			c.ensureFieldMethod(f) // selffields.go
		}
		if f := t.LookupField(x.Attr); f != nil {
			if f.InitVar {
				c.errorf(x.AttrPos, "%s has no attribute %s (an InitVar is an __init__ parameter, not an attribute)", t.Name, x.Attr)
				return nil
			}
			if f.Type == nil {
				if c.poisonedFields[f] { // diag.go
					return nil
				}
				c.errorf(x.AttrPos, "attribute %s is used before it is assigned", x.Attr)
				return nil
			}
			if nt, ok := c.readFact(x, f.Type); ok {
				return nt
			}
			return f.Type
		}
		if m := t.LookupMethod(x.Attr); m != nil {
			if m.IsProperty {
				if len(m.Sig.Params) != 0 {
					c.errorf(x.AttrPos, "property %s must take only self", x.Attr)
				}
				if nt, ok := c.readFact(x, m.Sig.Ret); ok {
					return nt // if node.parent is not None: node.parent.name (flow.go)
				}
				return m.Sig.Ret
			}
			return &BoundMethod{Recv: t, Name: x.Attr, Method: m}
		}
		if cv, owner := t.LookupClassVar(x.Attr); cv != nil {
			if c.functionClassAttr(owner, x.Attr) { // a function read through an instance binds
				c.errorf(x.AttrPos, "%s.%s holds a function: read through an instance, CPython binds it as a method (the instance becomes its first argument): read it through the class (%s.%s) or assign it to self.%s in __init__", owner.Name, x.Attr, owner.Name, x.Attr, x.Attr)
				return nil
			}
			return cv.Type
		}
		if t.IsExc {
			if at := c.excAttr(t, x.Attr); at != nil {
				return at
			}
		}
		if at := namedTupleAttr(t, x.Attr); at != nil { // namedtuple.go
			return at
		}
		if t.NamedTuple && (x.Attr == "index" || x.Attr == "count") && t.LookupField(x.Attr) == nil {
			return c.attributeOf(x, c.tupleView(x.Value, t)) // p.index(2): tuple's (namedtuple_tuple.go)
		}
		if !c.broken[t] {
			c.errorf(attrErrPos(x), "%s has no attribute %s%s", t.Name, x.Attr, attrHint(t, x.Attr))
		}
		return nil
	}
	if at := sliceObjAttr(bt, x.Attr); at != nil { // sliceobj.go
		return at
	}
	if at := c.syncAttr(bt, x.Attr); at != nil { // sync.go
		return at
	}
	if at := c.ioAttr(bt, x.Attr); at != nil { // threads.go
		return at
	}
	if at := dataclassFieldAttr(bt, x.Attr); at != nil { // dataclass_fields.go
		return at
	}
	if mt := c.methodType(bt, x.Attr, nil); mt != nil {
		return &BoundMethod{Recv: bt, Name: x.Attr}
	}
	if um := c.unboundMethod(bt, x); um != nil { // callables.go
		return um
	}
	if bf, ok := bt.(*BuiltinFunc); ok && bf.Name == "itertools.chain" && x.Attr == "from_iterable" {
		return &BuiltinFunc{"itertools.chain.from_iterable"} // itertools.go
	}
	if _, ok := bt.(*Optional); ok {
		c.errorf(attrErrPos(x), "item None of %s has no attribute %s (test it against None first)", bt, x.Attr)
		return nil
	}
	c.errorf(attrErrPos(x), "%s has no attribute %s%s", bt, x.Attr, builtinAttrHint(bt, x.Attr))
	return nil
}

// sliceBounds checks the bounds of a slice: each an int or None (an
// `int | None` bound means "from the start"/"to the end" when None, as in
// CPython's slice objects).
func (c *checker) sliceBounds(sl *ast.Slice) {
	for _, p := range []ast.Expr{sl.Lower, sl.Upper, sl.Step} {
		if p == nil {
			continue
		}
		t := c.expr(p)
		if t == nil || t == Int || t == None || IndexDunder(t) != nil { // indexdunder.go
			continue
		}
		if o, ok := t.(*Optional); ok && o.Elem == Int {
			continue
		}
		c.errorf(p.Position(), "slice indices must be int or None, not %s", t)
	}
}

func (c *checker) subscript(x *ast.Subscript) Type {
	bt := c.expr(x.Value)
	if bt == nil {
		return nil
	}
	if cr, ok := bt.(*ClassRef); ok && cr.Class.Enum != nil && !cr.Class.Enum.Marker {
		return c.enumIndex(x, cr.Class) // enum.go
	}
	if cls, ok := bt.(*Class); ok && cls.NamedTuple {
		tv, ok := c.namedTupleSubscript(x, cls) // namedtuple_tuple.go: p[0:1], p[i]
		if !ok {
			return c.namedTupleIndex(x, cls) // namedtuple.go
		}
		bt = tv
	}
	if d, ok := bt.(*Dict); ok && d.TypedDict != nil {
		if _, isSlice := x.Index.(*ast.Slice); !isSlice {
			return c.typedDictIndex(x, d) // typeddict.go
		}
	}
	if u, ok := bt.(*Union); ok {
		if t, ok := c.unionTupleIndex(x, u); ok { // unpack.go
			return t
		}
	}
	if sl, ok := x.Index.(*ast.Slice); ok {
		if t, ok := c.sliceGetItem(x, sl, bt); ok { // sliceobj.go: obj[a:b] by __getitem__
			return t
		}
		c.sliceBounds(sl)
		switch bt.(type) {
		case *List:
			return bt
		case *Basic:
			if bt == Str || bt == Bytes {
				return bt
			}
		case *Tuple:
			return c.tupleSlice(x, bt.(*Tuple), sl) // surface.go
		case *Abstract:
			if bt.(*Abstract).Kind == ASequence {
				return bt // Sequence[T] (the object's own slice, viewed again)
			}
		case *Opaque:
			if bt == RangeType {
				return bt
			}
		}
		if cls, ok := bt.(*Class); !ok || !c.broken[cls] && !refusedGetItem(cls) {
			c.errorf(x.Pos, "%s cannot be sliced", bt)
		}
		return nil
	}
	if m := Dunder(bt, "__getitem__"); m != nil && len(m.Sig.Params) == 1 {
		it := c.exprWant(x.Index, m.Sig.Params[0].Type)
		if it != nil {
			c.assignable(it, m.Sig.Params[0].Type, x.Index, "__getitem__ argument")
		}
		return c.getItemOverload(x, m, it) // sliceobj.go
	}
	switch t := bt.(type) {
	case *List:
		it := c.expr(x.Index)
		if st, ok := c.sliceObjIndex(x, bt, it); ok { // sliceobj.go: xs[s]
			return st
		}
		if it != nil && !intLike(it) {
			c.errorf(x.Index.Position(), "list indices must be int, not %s", it)
		}
		if it == nil {
			return nil // reported where the index was typed
		}
		if _, display := x.Value.(*ast.ListExpr); t.Elem == nil && !display {
			// An item of an empty list whose element type no use has
			// decided yet (out = [] ... out[-1][0]): mypy asks for an
			// annotation too.
			c.errorf(x.Pos, "the element type of %s is not known here: annotate it (xs: list[T] = [])", exprString(x.Value))
			return nil
		}
		return t.Elem
	case *Abstract:
		if t.Kind != ASequence {
			c.errorf(x.Pos, "%s is not indexable", t)
			return nil
		}
		it := c.expr(x.Index)
		if st, ok := c.sliceObjIndex(x, bt, it); ok { // sliceobj.go
			return st
		}
		if it != nil && !intLike(it) {
			c.errorf(x.Index.Position(), "sequence indices must be int, not %s", it)
		}
		return t.Elem
	case *Dict:
		kt := c.exprWant(x.Index, t.Key)
		if kt != nil {
			c.assignable(kt, t.Key, x.Index, "dict key")
		}
		return t.Val
	case *Opaque:
		if t == RangeType {
			it := c.expr(x.Index)
			if st, ok := c.sliceObjIndex(x, bt, it); ok { // sliceobj.go
				return st
			}
			if it != nil && !intLike(it) {
				c.errorf(x.Index.Position(), "range indices must be int, not %s", it)
			}
			return Int
		}
	case *Basic:
		it := c.expr(x.Index)
		if st, ok := c.sliceObjIndex(x, bt, it); ok { // sliceobj.go
			return st
		}
		if it != nil && !intLike(it) {
			c.errorf(x.Index.Position(), "string indices must be int, not %s", it)
		}
		if t == Str {
			return Str
		}
		if t == Bytes {
			return Int
		}
	case *Tuple:
		if t.Var {
			it := c.expr(x.Index)
			if st, ok := c.sliceObjIndex(x, bt, it); ok { // sliceobj.go
				return st
			}
			if it != nil && !intLike(it) {
				c.errorf(x.Index.Position(), "tuple indices must be int, not %s", it)
			}
			return t.Elems[0]
		}
		it := c.expr(x.Index)
		if st, ok := c.sliceObjIndex(x, bt, it); ok { // sliceobj.go
			return st
		}
		idx, ok := constInt(x.Index)
		if !ok {
			return c.tupleItemAt(x, t, it)
		}
		if idx < 0 {
			idx += int64(len(t.Elems))
		}
		if idx < 0 || idx >= int64(len(t.Elems)) {
			c.errorf(x.Index.Position(), "tuple index out of range")
			return nil
		}
		return t.Elems[idx]
	}
	if cls, ok := bt.(*Class); ok && c.broken[cls] {
		return nil // its base was refused
	}
	c.errorf(x.Pos, "%s is not subscriptable", bt)
	return nil
}

// tupleItemAt types t[i] for a fixed tuple t and an index known only at
// run time (color[i] of an RGB triple): the elements' common type when
// they have one, or a union of them, which the run time reads boxed.
func (c *checker) tupleItemAt(x *ast.Subscript, t *Tuple, it Type) Type {
	if it == nil {
		return nil
	}
	if !intLike(it) {
		c.errorf(x.Index.Position(), "tuple indices must be int, not %s", it)
		return nil
	}
	elem := t.Elems[0]
	for _, e := range t.Elems[1:] {
		if !Identical(e, elem) {
			elem = nil
			break
		}
	}
	if elem == nil {
		var members []Type
		for _, e := range t.Elems {
			if _, ok := e.(*Union); ok || e == None {
				members = nil
				break
			}
			members = appendType(members, e)
		}
		if len(members) < 2 {
			c.errorf(x.Index.Position(), "tuple index must be a constant integer: the elements of %s have no common type", t)
			return nil
		}
		elem = &Union{members} // mypy: the union of the elements
	}
	return elem
}

// CallMethod is the __call__ method of t, an instance of a user class
// defining one (an object used as a Callable), or nil.
func CallMethod(t Type) *Method {
	cls, ok := t.(*Class)
	if !ok || cls.Builtin {
		return nil
	}
	m := cls.LookupMethod("__call__")
	if m == nil || m.IsStatic || m.IsClass || m.IsProperty || m.Sig == nil {
		return nil
	}
	return m
}

// constInt evaluates an integer literal, possibly negated.
func constInt(e ast.Expr) (int64, bool) {
	switch x := e.(type) {
	case *ast.IntLit:
		return x.Value, true
	case *ast.UnaryOp:
		if x.Op == "-" {
			v, ok := constInt(x.Operand)
			return -v, ok
		}
	}
	return 0, false
}

// taskAsFuture reports a Task[T] argument passed to a Future[T] parameter
// (a callback typed with Future accepting a task): the generated code
// passes a finished view of the task.
func taskAsFuture(arg, param Type) bool {
	t, ok1 := arg.(*Task)
	f, ok2 := param.(*Future)
	return ok1 && ok2 && Identical(t.Result, f.Result)
}

// containerWant is the type a display or comprehension e takes its element
// types from where want is expected: want's container of e's kind, also
// inside an Optional or as the one member of that kind of a union
// ({0: 2} where dict[int, float] | None is expected is typed from
// dict[int, float], as mypy types it from its context).
func containerWant(e ast.Expr, want Type) Type {
	var kind func(Type) bool
	switch e.(type) {
	case *ast.ListExpr, *ast.ListComp:
		kind = func(t Type) bool { _, ok := t.(*List); return ok }
	case *ast.SetExpr, *ast.SetComp:
		kind = func(t Type) bool { _, ok := t.(*Set); return ok }
	case *ast.DictExpr, *ast.DictComp:
		kind = func(t Type) bool { _, ok := t.(*Dict); return ok }
	case *ast.TupleExpr:
		// ("+", 1, rest) where a union holds one tuple type of that length
		n := len(e.(*ast.TupleExpr).Elems)
		for _, el := range e.(*ast.TupleExpr).Elems {
			if _, star := el.(*ast.Starred); star {
				return want
			}
		}
		kind = func(t Type) bool {
			tt, ok := t.(*Tuple)
			return ok && !tt.ListRepr && (tt.Var || len(tt.Elems) == n)
		}
	default:
		return want
	}
	if o, ok := want.(*Optional); ok {
		want = o.Elem
	}
	u, ok := want.(*Union)
	if !ok {
		return want
	}
	var found Type
	for _, m := range u.Types {
		if kind(m) {
			if found != nil {
				return want
			}
			found = m
		}
	}
	if found == nil {
		return want
	}
	return found
}

// sameSetElems reports whether a and b are sets or frozensets of the same
// elements: the operands of the set operators.
func sameSetElems(a, b Type) bool {
	sa, ok := a.(*Set)
	sb, ok2 := b.(*Set)
	return ok && ok2 && Identical(sa.Elem, sb.Elem)
}

// OptSetOf reports t, a set[E | None] for s a set[E]: the right operand of
// s - t and s & t, which only t's non-None elements affect.
func OptSetOf(t Type, s *Set) bool {
	rs, ok := t.(*Set)
	if !ok {
		return false
	}
	o, ok := rs.Elem.(*Optional)
	return ok && s.Elem != nil && Identical(o.Elem, s.Elem)
}

// taskJoin joins tasks of different result types (create_task of a
// producer returning None and of a consumer returning int in one list) to
// Task[Any]: mypy's join is Task[A | B] (Task is covariant), and a
// Task[Any] holds the same task (the same object: its identity, name,
// cancel, done callbacks), its result read as a boxed value.
func (c *checker) taskJoin(a, b Type) Type {
	at, ok := a.(*Task)
	bt, ok2 := b.(*Task)
	if !ok || !ok2 || at.Result == nil || bt.Result == nil {
		return nil
	}
	return c.joinedTask(at.Result, bt.Result) // taskjoin.go
}

// coroutineJoin is the join of two coroutines of different results (the
// elements of [get(k), put(k, v)]): a coroutine of their results' join, as
// mypy types it (Coroutine is covariant in its result); nil unless both
// are coroutines.
func (c *checker) coroutineJoin(a, b Type) Type {
	ac, ok := a.(*Coroutine)
	bc, ok2 := b.(*Coroutine)
	if !ok || !ok2 || ac.Result == nil || bc.Result == nil || isCoro(ac.Result) || isCoro(bc.Result) {
		return nil
	}
	return &Coroutine{c.resultJoin(ac.Result, bc.Result)}
}

// fixedGatherLen is the number of results of e when it is `await
// asyncio.gather(...)` with only plain (not *starred) arguments; -1
// otherwise.
func (c *checker) fixedGatherLen(e ast.Expr) int {
	if e == nil || !c.isGatherAwait(e) {
		return -1
	}
	call := e.(*ast.Await).Value.(*ast.Call)
	for _, a := range call.Args {
		if _, ok := a.(*ast.Starred); ok {
			return -1
		}
	}
	return len(call.Args)
}

// isGatherAwait reports whether e is `await asyncio.gather(...)`.
func (c *checker) isGatherAwait(e ast.Expr) bool {
	aw, ok := e.(*ast.Await)
	if !ok {
		return false
	}
	call, ok := aw.Value.(*ast.Call)
	if !ok {
		return false
	}
	bf, ok := c.info.Types[call.Func].(*BuiltinFunc)
	return ok && bf.Name == "asyncio.gather"
}

// operandPos is where an error about a binary operation or comparison
// starting at pos is reported: there, unless its right operand r starts on
// a later line, where mypy reports it (the operation's line is its right
// operand's in mypy's messages).
func operandPos(pos ast.Pos, r ast.Expr) ast.Pos {
	if r != nil && r.Position().Line > pos.Line {
		return r.Position()
	}
	return pos
}

// attrErrPos is where an error about attribute x is reported: at the
// attribute's name, unless the name is on a later line than the expression
// it is read from (a chained call split over lines), where mypy reports it
// at the line the expression starts.
func attrErrPos(x *ast.Attribute) ast.Pos {
	if x.AttrPos.Line > x.Pos.Line {
		return x.Pos
	}
	return x.AttrPos
}

// binaryEmptyWant is the type an empty collection operand of op takes
// from the other operand's type t: the same list or set type (nil for
// anything else, left to the operator's rules).
// rightTakesContext reports a right operand of list + whose element type
// comes from its context: a display, a comprehension, a call (list(xs),
// sorted(xs)) or a conditional expression of those.
func rightTakesContext(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.ListExpr, *ast.ListComp, *ast.Call:
		return true
	case *ast.IfExp:
		return rightTakesContext(x.Body) || rightTakesContext(x.Orelse)
	}
	return false
}

// isList reports a list type.
func isList(t Type) bool {
	_, ok := t.(*List)
	return ok
}

func binaryEmptyWant(op string, t Type) Type {
	switch t.(type) {
	case *List:
		if op == "+" {
			return t
		}
	case *Set:
		switch op {
		case "|", "&", "-", "^":
			return t
		}
	}
	return nil
}

// displayIn reports `display in container` with a tuple display on the
// left: the container is typed first and, when its key type holds tuples
// of run-time length, the display takes that type as context, as an
// annotated assignment would give it (("GET", ("a",)) in routes, where
// routes is a set[tuple[str, tuple[str, ...]]], looks up a tuple[str,
// tuple[str, ...]], as mypy types it).
func displayIn(x *ast.Compare) bool {
	if len(x.Ops) == 0 || x.Ops[0] != "in" && x.Ops[0] != "not in" {
		return false
	}
	_, ok := x.Left.(*ast.TupleExpr)
	return ok
}

// containerKey is the type a membership test of a list, set or dict
// looks up (nil for other containers).
func containerKey(t Type) Type {
	switch ct := t.(type) {
	case *List:
		return ct.Elem
	case *Set:
		return ct.Elem
	case *Dict:
		return ct.Key
	}
	return nil
}

// emptyTupleElem is the element type an empty tuple display takes from
// the type expected of it (a tuple[T, ...], an Iterable[T] or another
// abstract collection), or nil.
func emptyTupleElem(want Type) Type {
	switch w := want.(type) {
	case *Tuple:
		if w.Var && !w.ListRepr && len(w.Elems) == 1 {
			return w.Elems[0]
		}
	case *Abstract:
		return w.Elem
	}
	return nil
}

// namedCallable reports an expression naming a callable without effects
// (len, str.lower), typed again where a function type is expected.
func namedCallable(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return true
	case *ast.Attribute:
		return namedCallable(x.Value)
	}
	return false
}

// builtinFuncJoin joins two different built-in functions or unbound
// methods of a built-in type with one signature (str.upper and str.lower,
// math.floor and math.ceil) to a function of that signature, as mypy joins
// them; nil for others (generic or overloaded ones such as max and min,
// different signatures: mypy's join is builtins.function, not callable).
func builtinFuncJoin(a, b Type) *Func {
	fa, fb := builtinFuncSig(a), builtinFuncSig(b)
	if f, ok := a.(*Func); ok {
		fa = f // a join already made (builtinFuncTuple), or a user function
	}
	if f, ok := b.(*Func); ok {
		fb = f // (shout, str.lower): a user function with the built-in's signature
	}
	if fa == nil || fb == nil || !Identical(fa, fb) || !concreteParams(fa) {
		return nil
	}
	return fa
}

// builtinFuncTuple types the elements of a tuple display of different
// built-in functions or unbound methods with one signature, (str.upper,
// str.lower), as function values of that signature (builtinFuncJoin): the
// tuple is iterated as mypy joins them, over such functions.
func (c *checker) builtinFuncTuple(x *ast.TupleExpr, ts []Type) {
	if len(ts) < 2 || homogeneous(&Tuple{Elems: ts}) != nil {
		return
	}
	f := builtinFuncSig(ts[0])
	if uf, ok := ts[0].(*Func); ok {
		f = uf // a user function first: (shout, str.lower)
	}
	builtin := f != nil && ts[0] != Type(f)
	for _, t := range ts[1:] {
		if f = builtinFuncJoin(f, t); f == nil {
			return
		}
		if _, user := t.(*Func); !user {
			builtin = true
		}
	}
	if !builtin {
		return // only function values: TupleElem joins them (funcsJoin)
	}
	for _, el := range x.Elems {
		if !namedCallable(el) {
			return
		}
	}
	for i, el := range x.Elems {
		if nt := c.exprWant(el, f); nt != nil {
			c.assignable(nt, f, el, "tuple element")
			ts[i] = f
		}
	}
}

// builtinFuncSig is the signature of a built-in function or of an unbound
// method of a built-in type (the receiver first), or nil.
func builtinFuncSig(t Type) *Func {
	switch f := t.(type) {
	case *BuiltinFunc:
		e := builtins.Lookup(f.Name)
		if e == nil || e.Const || e.Receiver() != "" && !builtins.IsModule(e.Receiver()) {
			return nil
		}
		return EntrySig(e, nil)
	case *UnboundMethod:
		if _, user := f.Recv.(*Class); user {
			return nil
		}
		e := builtins.Method(RecvName(f.Recv), f.Name)
		if e == nil || e.Static {
			return nil
		}
		sig := EntrySig(e, f.Recv)
		if sig == nil {
			return nil
		}
		return &Func{Params: append([]Param{{Type: f.Recv}}, sig.Params...), Ret: sig.Ret}
	}
	return nil
}

// funcElemJoin is the element type of a display holding a function value
// of type a or b and a built-in callable (the other): that function type,
// the built-in converted to it (joinElems); nil otherwise.
func funcElemJoin(a, b Type) Type {
	if f, ok := a.(*Func); ok && callableValue(b) && concreteParams(f) {
		return f
	}
	if f, ok := b.(*Func); ok && callableValue(a) && concreteParams(f) {
		return f
	}
	return nil
}
