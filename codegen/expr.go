package codegen

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// typeOf is the static type of e as the checker inferred it (before any
// conversion at its use).
func (g *gen) typeOf(e ast.Expr) check.Type {
	if v, ok := g.fn.Subst[e]; ok && v.Type != nil {
		return v.Type
	}
	if t, ok := g.fn.Types[e]; ok {
		return t // a node lowering made up
	}
	return g.info.Types[e]
}

// exprTo emits e converted to type to.
func (g *gen) exprTo(e ast.Expr, to check.Type) Code {
	if to == nil {
		return g.expr(e)
	}
	to = check.Unalias(to)
	from := g.typeOf(e)
	if ta, ok := to.(*check.Abstract); ok && from != nil {
		if kind := check.LiveViewKind(e, ta, g.info.Types); kind != "" {
			return g.liveView(e.(*ast.Call), kind, ta) // dictviews.go
		}
		if _, view := from.(*check.Abstract); !view {
			base := viewBase(from, ta) // abstract.go
			return g.seqOf(g.exprTo(e, base), base, ta)
		}
	}
	if u, ok := to.(*check.Union); ok {
		if m := check.EmptyMember(from, u); m != nil {
			return g.exprTo(e, m) // boxed as the union's any
		}
	}
	if g.substituted(e) && !isUnknownEmpty(from) {
		// A display spilled into a temporary before a later await (the IR's
		// Subst): the temporary holds it, built before the suspension.
		switch e.(type) {
		case *ast.ListExpr, *ast.DictExpr, *ast.SetExpr, *ast.TupleExpr:
			return g.convert(g.expr(e), from, to)
		}
	}
	switch e.(type) {
	case *ast.ListExpr, *ast.DictExpr, *ast.SetExpr:
		if o, ok := to.(*check.Optional); ok && (isUnknownEmpty(from) || check.Identical(from, o.Elem)) {
			return py("Some").Types(g.goType(o.Elem)).Call(g.display(e, o.Elem)) // [] into a list[int] | None
		}
		if check.Identical(from, to) || isUnknownEmpty(from) {
			return g.display(e, to)
		}
		if _, ok := to.(*check.AnyType); !ok {
			if _, ok := to.(*check.Optional); !ok {
				return g.display(e, to)
			}
		}
	case *ast.TupleExpr:
		if tt, ok := to.(*check.Tuple); ok {
			return g.tupleDisplay(e.(*ast.TupleExpr), tt)
		}
	case *ast.Call:
		if isUnknownEmpty(from) {
			switch tt := to.(type) {
			case *check.List, *check.Set, *check.Dict:
				return g.emptyContainer(to)
			case *check.Optional:
				switch tt.Elem.(type) {
				case *check.List, *check.Set, *check.Dict:
					return py("Some").Types(g.goType(tt.Elem)).Call(g.emptyContainer(tt.Elem))
				}
			}
			return g.emptyContainer(from) // set() as an object: boxed as it is
		}
		if ft, ok := from.(*check.Future); ok && ft.Result == nil {
			if o, ok := to.(*check.Optional); ok { // create_future() into a Future | None
				return g.convert(g.callTo(e.(*ast.Call), o.Elem), o.Elem, to)
			}
			return g.callTo(e.(*ast.Call), to)
		}
	case *ast.IntLit:
		if to == check.Float {
			return py("Float").Call(floatLit(float64(e.(*ast.IntLit).Value)))
		}
	}
	if isUnknownEmpty(from) && !isUnknownEmpty(to) {
		switch to.(type) {
		case *check.List, *check.Set, *check.Dict:
			// An empty container of unknown element type reached through
			// an item, a comprehension... (`s.issuperset([set()][0])`):
			// mypy (list[<nothing>] is not a list[int]) lets it reach only
			// parameters that read an iterable, so a new empty container
			// of the expected type, after evaluating e, is the same.
			return Func().Params().Add(g.goType(to)).Block(
				Id("_").Op("=").Add(g.expr(e)),
				Return(g.emptyContainer(to)),
			).Call()
		}
	}
	return g.convert(g.expr(e), from, to)
}

func isUnknownEmpty(t check.Type) bool {
	switch x := t.(type) {
	case *check.List:
		return x.Elem == nil
	case *check.Dict:
		return x.Key == nil
	case *check.Set:
		return x.Elem == nil
	}
	return false
}

// exprConv emits e with the conversion the checker recorded for it.
func (g *gen) exprConv(e ast.Expr) Code {
	if t, ok := g.info.Conv[e]; ok {
		return g.exprTo(e, t)
	}
	return g.expr(e)
}

// convert converts a Go value of type from to type to.
func (g *gen) convert(c Code, from, to check.Type) Code {
	from, to = check.Unalias(from), check.Unalias(to)
	if ta, ok := to.(*check.Abstract); ok && from != nil {
		return g.seqOf(c, viewBase(from, ta), ta) // abstract.go
	}
	if isUnknownEmpty(from) && sameContainerKind(from, to) {
		// An empty display whose element type nothing determined, read
		// from where it was made without one (the item of a tuple
		// assignment: x, seen = 1, set()): an empty container of to.
		return g.emptyContainer(to)
	}
	if to == nil || from == nil || check.Identical(from, to) || isUnknownEmpty(from) {
		return c
	}
	if fo, ok := from.(*check.Optional); ok && fo.Elem != nil && check.Identical(fo.Elem, to) {
		if _, basic := to.(*check.Basic); !basic {
			// A T | None known to hold a T (the left operand of `or`
			// once its truth is tested: ir's BoolOp lowering).
			return Add(c).Dot("V")
		}
	}
	if ft, ok := from.(*check.Tuple); ok && !ft.ListRepr && len(ft.Elems) > 0 {
		if tt, ok := to.(*check.Tuple); ok && tt.Var && len(tt.Elems) == 1 {
			fu := ft.Elems[0]
			_, isUnion := check.Unalias(fu).(*check.Union)
			for _, e := range ft.Elems[1:] {
				isUnion = isUnion && check.Identical(e, fu)
			}
			switch check.Unalias(tt.Elems[0]).(type) {
			case *check.Union, *check.AnyType, *check.Optional:
			default:
				if isUnion {
					// A column of zip(*rows) over rows of mixed item types
					// (check.zipColumns): its items all have the column's type.
					if !ft.Var {
						c = g.convert(c, ft, &check.Tuple{Elems: []check.Type{fu}, Var: true})
					}
					return py("TupleAs").Types(g.goType(tt.Elems[0])).Call(c)
				}
			}
		}
	}
	if _, ok := from.(*check.TypeOf); ok {
		if _, ok := to.(*check.ClassRef); ok {
			return py("ClassOf").Call(c) // type(v) stored as a type[C] (check/variance.go)
		}
	}
	switch tt := to.(type) {
	case *check.Basic:
		if m := check.IndexDunder(from); m != nil && tt == check.Int {
			return Add(c).Dot(g.methodSlot(m)).Call() // an index: __index__ (check/indexdunder.go)
		}
		if tt == check.Bytes && check.IsByteArray(from) {
			return py("ByteArrayBytes").Call(c) // b"ab" in ba
		}
		if tt == check.Float && from == check.Int {
			return Float64().Call(c)
		}
		if check.NumUnion(from) && tt == check.Float {
			return py("NumToFloat").Call(c)
		}
		if check.NumUnion(from) && tt == check.Int {
			return py("NumToInt").Call(c)
		}
		if from == check.Bool && (tt == check.Int || tt == check.Float) {
			c = py("BoolToInt").Call(c)
			if tt == check.Float {
				c = Float64().Call(c)
			}
			return c
		}
		if fo, ok := from.(*check.Optional); ok && check.Identical(fo.Elem, tt) {
			// The left operand of or: None reads as the zero value, which
			// is falsy like None (check.boolOp).
			return Add(c).Dot("V")
		}
	case *check.Optional:
		if from == check.None {
			none := g.goType(to).(*Statement).Clone().Values()
			if fmt.Sprintf("%#v", c) == fmt.Sprintf("%#v", py("None")) {
				return none
			}
			// A call returning None (cb() of a Callable[..., None]) runs.
			return Func().Params().Add(g.goType(to)).Block(Id("_").Op("=").Add(c), Return(none)).Call()
		}
		if fo, ok := from.(*check.Optional); ok {
			if fo.Elem == nil || tt.Elem == nil || check.Identical(fo.Elem, tt.Elem) {
				return c
			}
			return g.optConvert(c, fo.Elem, tt.Elem) // surface_next.go
		}
		return py("Some").Types(g.goType(tt.Elem)).Call(g.convert(c, from, tt.Elem))
	case *check.Coroutine:
		if fc, ok := from.(*check.Coroutine); ok && fc.Result != nil && tt.Result != nil {
			// An override's narrower result through its base's slot (override.go).
			conv := Func().Params(Id("_x").Add(g.goType(fc.Result))).Add(g.goType(tt.Result)).Block(Return(g.convert(Id("_x"), fc.Result, tt.Result)))
			return rt("MapAwaitable").Call(c, conv)
		}
	case *check.Task:
		if _, ok := tt.Result.(*check.AnyType); ok {
			if _, ok := from.(*check.Task); ok {
				return Add(c).Dot("Core").Call()
			}
		}
		if ft, ok := from.(*check.Task); ok {
			if _, ok := ft.Result.(*check.AnyType); ok {
				return rt("TaskFromAny").Types(g.goType(tt.Result)).Call(c) // check.plainAnyTask
			}
		}
	case *check.Future:
		if ft, ok := from.(*check.Task); ok && ft.Result != nil && check.Identical(ft.Result, tt.Result) {
			return rt("TaskAsFuture").Call(c) // a task stored where a Future is declared
		}
	case *check.GenCM:
		if tt.Abstract {
			return g.cmAbstractConvert(c, from, tt) // cmabstract.go
		}
	case *check.AsyncIterator:
		if fc, ok := from.(*check.Class); ok && check.UserANext(fc) != nil {
			return rt("AsyncIterFunc").Types(g.goType(tt.Elem)).Call(Add(c).Dot(methodGoName("__anext__")))
		}
	case *check.AnyType, *check.Union:
		if _, ok := from.(*check.Optional); ok {
			return py("OptAny").Call(c)
		}
		if u, ok := tt.(*check.Union); ok {
			if m := check.UnionConvMember(from, u); m != nil {
				return g.convert(c, from, m) // a fixed tuple stored as the union's tuple[T, ...]
			}
		}
		if bm, ok := from.(*check.BoundMethod); ok && bm.Method == nil && !bm.Super {
			// A bound method of a built-in type ("abc".upper) is held as
			// its receiver (callables.go); boxed, it is the method.
			return py("BoundBuiltin").Call(c, Lit("<built-in method "+bm.Name+" of "+check.RecvName(bm.Recv)+" object>"))
		}
	case *check.Func:
		if m := check.CallMethod(from); m != nil {
			// An object of a class defining __call__: its bound method.
			cls := from.(*check.Class)
			c, from = Add(c).Dot(methodGoName("__call__")), m.Sig
			if g.info.FuncNames {
				// It has no __name__ (funcname.go).
				c = py("CallableObj").Call(c, Lit(cls.Py()))
			}
			if check.Identical(from, to) {
				return c
			}
		}
		if ff, ok := from.(*check.Func); ok && len(ff.Params) == len(tt.Params) {
			return g.adaptFunc(c, ff, tt)
		}
	case *check.Iterator:
		if fc, ok := from.(*check.Class); ok && check.UserNext(fc) != nil {
			// An instance of a class with __next__ as an Iterator (check.assignableGen).
			return py("NextIter").Types(g.goType(tt.Elem)).Call(Add(c).Dot(methodGoName("__next__")))
		}
		if et := check.IterElemOf(from); et != nil && !check.Identical(et, tt.Elem) {
			// Iterator is covariant: convert each element read.
			conv := Func().Params(Id("_x").Add(g.goType(et))).Add(g.goType(tt.Elem)).Block(Return(g.convert(Id("_x"), et, tt.Elem)))
			return py("IterConv").Call(c, conv)
		}
	case *check.Class:
		if ft, ok := from.(*check.Tuple); ok && tt.NamedTuple && !ft.Var {
			return g.tupleAsNamedTuple(c, ft, tt) // namedtuple.go: ("eu", 1) in dict[Key, V]
		}
		if _, ok := from.(*check.Union); ok {
			// A union of subclasses of tt (check.assignableType): the
			// boxed instance implements tt's interface.
			return Add(c).Assert(g.goType(tt))
		}
	case *check.Dict:
		if fd, ok := from.(*check.Dict); ok && tt.ReadOnly && fd.Val != nil && !check.Identical(fd.Val, tt.Val) {
			// A dict viewed as a Mapping of wider values: a live mirror
			// converting each value (py/dictconv.go).
			conv := Func().Params(Id("_x").Add(g.goType(fd.Val))).Add(g.goType(tt.Val)).Block(Return(g.convert(Id("_x"), fd.Val, tt.Val)))
			return py("DictConv").Call(c, conv)
		}
	case *check.Set:
		if _, ok := from.(*check.Abstract); ok {
			// An AbstractSet operand of a set operator (check/abstractset.go).
			return py("SetOfSeq").Types(g.goType(tt.Elem)).Call(c)
		}
	case *check.Tuple:
		if cls := namedTupleClass(from); cls != nil {
			return g.namedTupleAsTuple(c, cls, tt) // namedtuple.go
		}
		if ft, ok := from.(*check.Tuple); ok && tt.Var && !ft.Var {
			if len(ft.Elems) == 0 {
				return g.goType(tt).(*Statement).Clone().Values()
			}
			return g.varTupleOf(c, ft) // surface.go
		}
		if ft, ok := from.(*check.Tuple); ok && !tt.Var && !ft.Var && !ft.ListRepr && !tt.ListRepr && len(ft.Elems) == len(tt.Elems) && len(ft.Elems) > 0 {
			// (1, "a") in {(1, "a"), ("b", 2)}: item by item
			// (check.tupleItemsAssignable).
			var items []Code
			for i := range ft.Elems {
				items = append(items, g.convert(Id("_t").Dot(fmt.Sprintf("F%d", i)), ft.Elems[i], tt.Elems[i]))
			}
			return Func().Params(Id("_t").Add(g.goType(ft))).Add(g.goType(tt)).Block(
				Return(g.goType(tt).(*Statement).Clone().Values(items...)),
			).Call(c)
		}
	}
	return c
}

// unionItem reads item i of v, a value of a union of fixed tuples, as a
// value of type et (an Optional where some tuples hold None there).
func (g *gen) unionItem(v Code, i int, et check.Type) *Statement {
	switch t := et.(type) {
	case *check.Optional:
		return py("UnionItemOpt").Types(g.goType(t.Elem)).Call(v, Lit(i))
	case *check.Basic:
		if t == check.None {
			return py("None")
		}
	}
	return py("UnionItem").Types(g.goType(et)).Call(v, Lit(i))
}

func isSlice(e ast.Expr) bool {
	_, ok := e.(*ast.Slice)
	return ok
}

// expr emits e as a Go expression of its own static type.
func (g *gen) expr(e ast.Expr) *Statement {
	if name, ok := g.override[e]; ok {
		return Id(name)
	}
	if name, ok := g.bindGens[e]; ok { // closing.go: stored for closing where it is made
		delete(g.bindGens, e)
		s := py("BindAny").Call(Op("&").Id(name), g.expr(e))
		g.bindGens[e] = name
		return s
	}
	if v, ok := g.fn.Subst[e]; ok {
		return g.varRef(v, true)
	}
	if call, ok := e.(*ast.Call); ok && g.info.FuncHasName[call] {
		return py("HasFuncName").Call(g.expr(call.Args[0])) // check/funcgetattr.go: hasattr(fn, "__name__")
	}
	if call, ok := e.(*ast.Call); ok && g.info.AttrFlags[call] != nil {
		return g.attrFlag(g.info.AttrFlags[call]) // lazyfield.go: hasattr(obj, "name")
	}
	if via, ok := g.info.ExprVia[e]; ok { // check/getattr.go: getattr(obj, "name") is obj.name
		return g.expr(via)
	}
	if call, ok := e.(*ast.Call); ok {
		if nc := g.info.NotesCalls[call]; nc != nil { // check/excnotes.go
			exc := g.expr(nc.Obj).Dot("Exc").Call()
			if nc.Has {
				return exc.Dot("HasNotes").Call()
			}
			return exc.Dot("NotesOr").Call(g.exprTo(nc.Default, &check.List{Elem: check.Str}))
		}
	}
	if s, ok := g.closingCall(e, false); ok { // closing.go
		return s
	}
	if s, ok := g.holdingCall(e, false); ok { // closing.go
		return s
	}
	return g.orderedExpr(e, g.exprRoot(e))
}

// exprRoot is expr without substituting e itself.
func (g *gen) exprRoot(e ast.Expr) *Statement {
	g.orderOperands(e)                         // order.go
	if fv := g.info.FuncValues[e]; fv != nil { // callables.go
		return g.funcValue(fv)
	}
	if _, isCall := e.(*ast.Call); !isCall {
		if v := g.callableValue(e, g.typeOf(e)); v != nil {
			return v
		}
	}
	switch x := e.(type) {
	case *ast.Name:
		return g.name(x)
	case *ast.IntLit:
		return Lit(x.Value)
	case *ast.FloatLit:
		return py("Float").Call(floatLit(x.Value))
	case *ast.StrLit:
		return Lit(x.Value)
	case *ast.BytesLit:
		return py("Bytes").Call(Lit(x.Value))
	case *ast.BoolLit:
		return Lit(x.Value)
	case *ast.NoneLit:
		return py("None")
	case *ast.FString:
		return g.fstring(x)
	case *ast.ListExpr, *ast.SetExpr, *ast.DictExpr:
		t := g.typeOf(e)
		if c, ok := g.info.Conv[e]; ok {
			if ca, view := c.(*check.Abstract); view { // viewed by convert (abstract.go)
				t = viewBase(t, ca)
			} else {
				t = c
			}
		}
		return g.display(e, t)
	case *ast.TupleExpr:
		return g.tupleDisplay(x, g.typeOf(e).(*check.Tuple))
	case *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
		return g.comprehension(e)
	case *ast.BinOp:
		if v, ok := foldIntConst(x); ok && v.IsInt64() && g.typeOf(x) == check.Int {
			return Lit(v.Int64()) // intconst.go: 2**63 - 1
		}
		if ub := g.info.UnionBinops[x]; ub != nil {
			return g.unionBinop(x, ub) // union_methods.go
		}
		if c, ok := g.maskedBinop(x); ok { // wrapmask.go: (h * 0xcc9e2d51) & 0xFFFFFFFF
			return c
		}
		if m := check.BinaryDunder(x.Op, g.typeOf(x.Left)); m != nil {
			if m.NotImpl {
				return g.binopNotImpl(x.Op, m, g.expr(x.Left), g.typeOf(x.Left), g.expr(x.Right), g.typeOf(x.Right), false) // notimpl.go
			}
			return g.userBinop(x, m, g.typeOf(e)) // compare_reflected.go
		}
		if m := check.ReflectedDunder(x.Op, g.typeOf(x.Left), g.typeOf(x.Right)); m != nil {
			if m.NotImpl {
				return g.binopNotImpl(x.Op, m, g.expr(x.Left), g.typeOf(x.Left), g.expr(x.Right), g.typeOf(x.Right), true)
			}
			// 2 + m is m.__radd__(2), the left operand evaluated first.
			return Func().Params().Add(g.goType(g.typeOf(e))).Block(
				Id("_l").Op(":=").Add(g.exprTo(x.Left, m.Sig.Params[0].Type)),
				Return(g.expr(x.Right).Dot(g.methodSlot(m)).Call(Id("_l"))),
			).Call()
		}
		if x.Op == "%" && (g.typeOf(x.Left) == check.Str || g.typeOf(x.Left) == check.Bytes) {
			return g.percentFormat(x)
		}
		rt := g.typeOf(e)
		lt, rtt := g.typeOf(x.Left), g.typeOf(x.Right)
		if s := g.viewSetOp(x); s != nil { // surface.go
			return s
		}
		if l, lt, r, rt, ok := g.abstractSetOperands(x.Left, x.Right); ok { // abstract.go
			return g.binop(x.Op, l, lt, r, rt)
		}
		if _, tuple := rt.(*check.Tuple); tuple {
			// Only for a tuple result: the operands are emitted again
			// below otherwise (twice per level: exponential in a long
			// chain a + b + c + ...).
			l, vlt := g.tupleViewOperand(x.Left) // namedtuple.go: p + (3,)
			r, vrt := g.tupleViewOperand(x.Right)
			if s := g.tupleBinop(x.Op, l, vlt, r, vrt, rt); s != nil {
				return s
			}
		}
		if x.Op == "+" && (lt == check.Bytes && check.IsByteArray(rtt) || check.IsByteArray(lt) && rtt == check.Bytes) {
			// bytes + bytearray is bytes, bytearray + bytes a bytearray
			// (check.binaryType): concatenated as bytes.
			sum := Parens(Add(g.exprTo(x.Left, check.Bytes)).Op("+").Add(g.exprTo(x.Right, check.Bytes)))
			if check.IsByteArray(lt) {
				return py("ByteArrayOf").Call(sum)
			}
			return sum
		}
		if rt == check.Float && x.Op != "/" {
			return g.binop(x.Op, g.exprTo(x.Left, check.Float), check.Float, g.exprTo(x.Right, check.Float), check.Float)
		}
		return g.binop(x.Op, g.expr(x.Left), lt, g.expr(x.Right), rtt)
	case *ast.UnaryOp:
		if v, ok := foldIntConst(x); ok && v.IsInt64() && g.typeOf(x) == check.Int {
			return Lit(v.Int64()) // intconst.go: -(2**63)
		}
		t := g.typeOf(x.Operand)
		if m := check.UnaryDunder(x.Op, t); m != nil {
			return g.expr(x.Operand).Dot(g.methodSlot(m)).Call()
		}
		if c, ok := g.info.Conv[x.Operand]; ok {
			t = c // a bool operand of -, + or ~ is an int
		}
		if check.NumUnion(t) && (x.Op == "-" || x.Op == "+") {
			return g.numUnionUnary(x, t) // surface_fix.go
		}
		if check.CollectionKind(t) == "Counter" {
			return py("CounterUnary").Call(g.expr(x.Operand), Lit(x.Op)) // +c, -c
		}
		switch x.Op {
		case "not":
			return Op("!").Add(Parens(g.truth(x.Operand)))
		case "-":
			if t == check.Int {
				return py("NegInt").Call(g.exprConv(x.Operand))
			}
			return Op("-").Add(g.exprConv(x.Operand))
		case "+":
			return Add(g.exprConv(x.Operand))
		case "~":
			return Op("^").Add(g.exprConv(x.Operand))
		}
	case *ast.BoolOp:
		return g.boolOp(x)
	case *ast.Compare:
		return g.compare(x)
	case *ast.IfExp:
		// A chain a if p else b if q else c is one function literal with
		// one if per test: nested literals, one per level, make the Go
		// compiler's inlining blow up on long chains.
		t := g.typeOf(e)
		var body []Code
		for {
			body = append(body, If(g.truth(x.Test)).Block(Return(g.exprTo(x.Body, t))))
			next, ok := x.Orelse.(*ast.IfExp)
			if !ok || g.substituted(next) {
				break
			}
			if _, over := g.override[next]; over {
				break
			}
			x = next
		}
		body = append(body, Return(g.exprTo(x.Orelse, t)))
		return Func().Params().Add(g.goType(t)).Block(body...).Call()
	case *ast.Lambda:
		return g.closure(g.lambdaFunc(x)).(*Statement)
	case *ast.Call:
		if g.typeOf(x) == check.None {
			// A None-returning call is a Go call without a result: as a
			// value (a lambda body, a comprehension element) it runs
			// and gives None.
			return Func().Params().Add(py("NoneType")).Block(g.call(x), Return(py("None"))).Call()
		}
		if _, ok := g.info.Narrowed[x]; ok {
			return g.narrowed(x, g.call(x), true) // check/anycast.go: t.result() of a Task[Any]
		}
		return g.call(x)
	case *ast.Attribute:
		return g.attribute(x)
	case *ast.Subscript:
		return g.narrowed(x, g.subscript(x), true)
	case *ast.NamedExpr:
		t := g.typeOf(x)
		return Func().Params().Add(g.goType(t)).Block(
			g.nameLHS(x.Target).Op("=").Add(g.exprTo(x.Value, g.targetType(x.Target))),
			Return(g.nameLHS(x.Target)),
		).Call()
	}
	panic(fmt.Sprintf("codegen: unsupported expression %T at %v", e, e.Position()))
}

func floatLit(f float64) *Statement {
	switch {
	case math.IsInf(f, 1):
		return Qual("math", "Inf").Call(Lit(1))
	case math.IsInf(f, -1):
		return Qual("math", "Inf").Call(Lit(-1))
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		s = strconv.FormatFloat(f, 'f', 1, 64)
	}
	return Op(s)
}

func (g *gen) name(n *ast.Name) *Statement {
	if n.ID == "__name__" {
		return Lit(g.moduleName())
	}
	sym := g.info.Uses[n]
	if sym == nil && n.ID == "NotImplemented" {
		if t := g.typeOf(n); t != nil && t != check.Bool {
			// returned by an arithmetic special method (check/notimpl.go)
			return py("NotImplementedOf").Types(g.goType(t)).Call()
		}
		return py("NotImplemented").Call() // returned by __eq__ (check.notImplemented)
	}
	if sym == nil {
		panic("codegen: unresolved name " + n.ID)
	}
	switch sym.Kind {
	case check.SymVar:
		if fl := g.fn.Unbound[n]; fl != nil { // ir/unbound.go
			return py("Bound").Call(g.varRef(fl, false), g.narrowed(n, g.nameLHS(n), g.narrowChecked(sym)), Lit(n.ID))
		}
		return g.narrowed(n, g.nameLHS(n), g.narrowChecked(sym))
	case check.SymFunc:
		if sym.Func.Decorated != nil {
			return Id(decoratedName(sym.Func))
		}
		f := g.funcs[sym.Func]
		if sym.Func.IsAsync {
			return g.closure(f).(*Statement)
		}
		return Add(g.documented(g.namedStmt(Id(f.Name), sym.Func.PyName()), sym.Func.Def)) // funcname.go
	case check.SymBuiltin, check.SymType:
		if f, ok := g.typeOf(n).(*check.Func); ok {
			return py("BuiltinFunc").Call(g.namedStmt(g.builtinValue(n.ID, f), n.ID), Lit(g.builtinCallableRepr(n))) // funcname.go
		}
	case check.SymClassVar: // a class attribute named in its class body
		return Id(g.classVarName(sym.Class, sym.Name))
	case check.SymClass:
		if sym.Class.Builtin {
			return py(sym.Class.Name + "Class")
		}
		if sym.Class.IsExc {
			return Id(g.classObjName(sym.Class))
		}
		if sym.Class.Enum != nil { // the list of its members (check/enum.go)
			return Id(g.enumMembersName(sym.Class))
		}
		if g.hasClassObj(sym.Class) { // clsobj.go
			return Id(g.classObjName(sym.Class))
		}
		if !sym.Class.Protocol && sym.Class.Enum == nil {
			// A class named only to be printed (print(C), f"{C}"): a class
			// that prints as <class '__main__.C'>.
			return py("NewClass").Call(Lit(sym.Class.Py()), Nil())
		}
		panic(fmt.Sprintf("codegen: class %s used as a value", sym.Class.Name))
	}
	panic(fmt.Sprintf("codegen: name %s used as a value", n.ID))
}

// builtinValue wraps a built-in function used as a value in a Go func.
func (g *gen) builtinValue(name string, f *check.Func) *Statement {
	if name == "print" {
		var params, args []Code
		args = append(args, Lit(" "), Lit("\n"))
		for i, p := range f.Params {
			n := fmt.Sprintf("_a%d", i)
			params = append(params, Id(n).Add(g.goType(p.Type)))
			args = append(args, Id(n))
		}
		return Func().Params(params...).Block(py("Print").Call(args...))
	}
	pt := f.Params[0].Type
	x := Id("_x")
	var body Code
	switch name {
	case "len":
		switch pt.(type) {
		case *check.List, *check.Dict, *check.Set:
			body = x.Clone().Dot("Len").Call()
		default:
			if pt == check.Str {
				body = py("StrLen").Call(x)
			} else {
				body = py("Len").Call(x)
			}
		}
	case "str":
		body = py("Str").Call(x)
	case "repr":
		body = py("Repr").Call(x)
	case "abs":
		if pt == check.Int {
			body = py("AbsInt").Call(x)
		} else {
			body = py("AbsFloat").Call(x)
		}
	case "int":
		switch pt {
		case check.Str:
			body = py("ParseInt").Call(x)
		case check.Float:
			body = py("IntFromFloat").Call(x)
		default:
			body = x
		}
	case "float":
		switch pt {
		case check.Str:
			body = py("ParseFloat").Call(x)
		default:
			body = Float64().Call(x)
		}
	}
	return Func().Params(Id("_x").Add(g.goType(pt))).Add(g.goType(f.Ret)).Block(Return(body))
}

// display emits a list, set or dict display of type t.
func (g *gen) display(e ast.Expr, t check.Type) *Statement {
	switch x := e.(type) {
	case *ast.ListExpr:
		lt, ok := t.(*check.List)
		if !ok {
			lt = g.typeOf(e).(*check.List)
		}
		if hasStarred(x.Elems) {
			return g.starDisplay(x.Elems, "list", elemOrAny(lt.Elem)) // surface_fix.go
		}
		var els []Code
		for _, el := range x.Elems {
			els = append(els, g.exprTo(el, lt.Elem))
		}
		return py("NewList").Types(g.goType(elemOrAny(lt.Elem))).Call(els...)
	case *ast.SetExpr:
		st, ok := t.(*check.Set)
		if !ok {
			st = g.typeOf(e).(*check.Set)
		}
		if hasStarred(x.Elems) {
			return g.starDisplay(x.Elems, "set", elemOrAny(st.Elem))
		}
		els := g.setElems(x, st)
		if len(x.Elems) >= 3 && allFolded(x.Elems) {
			// CPython builds a display of three or more constants from a
			// frozenset constant, which orders the elements differently.
			return py("NewSetConst").Types(g.goType(elemOrAny(st.Elem))).Call(els...)
		}
		return py("NewSet").Types(g.goType(elemOrAny(st.Elem))).Call(els...)
	case *ast.DictExpr:
		dt, ok := t.(*check.Dict)
		if !ok {
			dt = g.typeOf(e).(*check.Dict)
		}
		if len(x.Keys) == 0 {
			return py("NewDict").Types(g.goType(elemOrAny(dt.Key)), g.goType(elemOrAny(dt.Val))).Call()
		}
		for _, k := range x.Keys {
			if k == nil {
				return g.starDict(x, dt) // surface_fix.go
			}
		}
		var items []Code
		kt, vt := g.goType(dt.Key), g.goType(dt.Val)
		for i := range x.Keys {
			v := g.exprTo(x.Values[i], dt.Val)
			if dt.TypedDict != nil {
				// A TypedDict's value: converted to its key's type, then boxed.
				ft := dt.TypedDict.LookupField(x.Keys[i].(*ast.StrLit).Value).Type
				v = g.convert(g.exprTo(x.Values[i], ft), ft, dt.Val)
			}
			items = append(items, Values(Dict{Id("F0"): g.exprTo(x.Keys[i], dt.Key), Id("F1"): v}))
		}
		return py("DictFromItems").Call(Index().Add(py("Tuple2").Types(kt, vt)).Values(items...))
	}
	panic("codegen: bad display")
}

func (g *gen) tupleDisplay(x *ast.TupleExpr, t *check.Tuple) *Statement {
	if hasStarred(x.Elems) {
		if t.Var {
			return g.starDisplay(x.Elems, "tuple", t.Elems[0]) // surface_fix.go
		}
		return g.starFixedTuple(x, t)
	}
	if t.Var { // (1, 2) as a tuple[int, ...]
		var els []Code
		for _, el := range x.Elems {
			els = append(els, g.exprTo(el, t.Elems[0]))
		}
		return py("MkTuple").Call(Index().Add(g.goType(t.Elems[0])).Values(els...))
	}
	if len(x.Elems) == 0 {
		return py("Tuple0").Values()
	}
	var els, ts []Code
	explicit := false
	for i, el := range x.Elems {
		els = append(els, g.exprTo(el, t.Elems[i]))
		ts = append(ts, g.goType(t.Elems[i]))
		if _, cls := t.Elems[i].(*check.Class); cls || !check.Identical(g.typeOf(el), t.Elems[i]) {
			explicit = true
		}
		if _, co := t.Elems[i].(*check.Coroutine); co {
			explicit = true // a coroutine's frame type is not the Awaitable the tuple holds
		}
	}
	if explicit {
		// An int element of a tuple[object, ...] is an int64 that Go
		// would otherwise infer as the element type; a built-in
		// exception's constructor gives a *py.BaseException where the
		// tuple holds py.Exception ((ValueError("v"), KeyError("k"))).
		return sym(builtins.MakeTuple(len(x.Elems))).Types(ts...).Call(els...)
	}
	return sym(builtins.MakeTuple(len(x.Elems))).Call(els...)
}

// sameContainerKind reports an empty display of unknown element type
// (from) stored as a list, set or dict (to) of the same kind whose element
// types are known.
func sameContainerKind(from, to check.Type) bool {
	switch t := to.(type) {
	case *check.List:
		_, ok := from.(*check.List)
		return ok && t.Elem != nil
	case *check.Set:
		f, ok := from.(*check.Set)
		return ok && t.Elem != nil && f.Frozen == t.Frozen
	case *check.Dict:
		_, ok := from.(*check.Dict)
		return ok && t.Key != nil && t.Val != nil && t.TypedDict == nil
	}
	return false
}

// emptyContainer is a new empty list, set or dict of type t.
func (g *gen) emptyContainer(t check.Type) *Statement {
	switch x := t.(type) {
	case *check.List:
		return py("NewList").Types(g.goType(elemOrAny(x.Elem))).Call()
	case *check.Set:
		if x.Frozen {
			return py("NewSet").Types(g.goType(elemOrAny(x.Elem))).Call().Dot("Freeze").Call()
		}
		return py("NewSet").Types(g.goType(elemOrAny(x.Elem))).Call()
	case *check.Dict:
		return py("NewDict").Types(g.goType(elemOrAny(x.Key)), g.goType(elemOrAny(x.Val))).Call()
	}
	panic(fmt.Sprintf("codegen: no empty container of %v", t))
}

// truth emits Python truthiness of e as a Go bool.
func (g *gen) truth(e ast.Expr) Code {
	if b, ok := e.(*ast.BoolOp); ok && !g.substituted(b) {
		return g.boolOpTruth(b) // surface_fix.go
	}
	if vw := check.DictViewType(e, g.info.Types); vw != nil {
		return g.truthOf(g.exprTo(e, vw), vw) // if not d.keys(): the dict's size
	}
	return g.truthOf(g.expr(e), g.typeOf(e))
}

func (g *gen) truthOf(c Code, t check.Type) Code {
	switch x := t.(type) {
	case *check.Basic:
		switch x.Kind {
		case check.KBool:
			return c
		case check.KInt, check.KFloat:
			return Add(c).Op("!=").Lit(0)
		case check.KStr:
			return Add(c).Op("!=").Lit("")
		case check.KBytes:
			return Len(c).Op("!=").Lit(0)
		case check.KNone:
			return py("Evaluated").Call(c, False()) // the operand still runs (if log.clear(): ...)
		}
	case *check.List, *check.Dict, *check.Set:
		return Add(c).Dot("Len").Call().Op("!=").Lit(0)
	case *check.Optional:
		return g.optTruth(c, x) // kinds.go
	case *check.Tuple:
		if x.Var {
			return Add(c).Dot("Len").Call().Op("!=").Lit(0)
		}
		return py("Evaluated").Call(c, Lit(len(x.Elems) != 0))
	case *check.Abstract:
		return py("Truth").Call(c)
	case *check.Class:
		if m := check.Dunder(x, "__bool__"); m != nil {
			return Add(c).Dot(methodGoName("__bool__")).Call()
		}
		if m := check.Dunder(x, "__len__"); m != nil {
			return Add(c).Dot(methodGoName("__len__")).Call().Op("!=").Lit(0)
		}
	case *check.AnyType, *check.Union:
		return py("Truth").Call(c)
	}
	return py("Evaluated").Call(c, True()) // always true: the operand still runs (if make(): ...)
}

// arithOps are the arithmetic operators, in which a bool operand is an int.
var arithOps = map[string]bool{"+": true, "-": true, "*": true, "/": true, "//": true, "%": true, "**": true}

// binop emits l op r for operands of types lt and rt.
func (g *gen) binop(op string, l Code, lt check.Type, r Code, rt check.Type) *Statement {
	if check.IsCounterOp(op, lt, rt) {
		return py("CounterBinop").Call(l, r, Lit(op)) // py/collections.go
	}
	if op == "%" && (lt == check.Str || lt == check.Bytes) { // s %= args (a display is percentFormat's)
		fn := "PercentFormat"
		if lt == check.Bytes {
			fn = "BytesPercentFormat"
		}
		if t, ok := rt.(*check.Tuple); ok && !t.ListRepr {
			return py(fn).Call(l, Add(r).Dot("Items").Call())
		}
		return py(fn).Call(l, Index().Any().Values(r))
	}
	if res, ok := check.NumUnionResult(op, lt, rt); ok {
		if res == check.Float && op != "/" {
			return floatBinop(op, numFloat(l, lt), numFloat(r, rt)) // floatpos.go
		}
		return numUnionBinop(op, l, r, res) // surface_fix.go
	}
	if arithOps[op] { // bool is a subclass of int: 0 or 1 in arithmetic
		if lt == check.Bool {
			l, lt = py("BoolToInt").Call(l), check.Int
		}
		if rt == check.Bool {
			r, rt = py("BoolToInt").Call(r), check.Int
		}
	}
	if lt == check.Int && rt == check.Int {
		switch op {
		case "+":
			return py("AddInt").Call(l, r)
		case "-":
			return py("SubInt").Call(l, r)
		case "*":
			return py("MulInt").Call(l, r)
		case "//":
			return py("FloorDivInt").Call(l, r)
		case "%":
			return py("ModInt").Call(l, r)
		case "/":
			return py("DivInt").Call(l, r)
		case "**":
			return py("PowInt").Call(l, r)
		case "<<":
			return py("LShiftInt").Call(l, r)
		case ">>":
			return py("RShiftInt").Call(l, r)
		case "&", "|", "^":
			return Parens(Add(l).Op(op).Add(r))
		}
	}
	if (lt == check.Int || lt == check.Float) && (rt == check.Int || rt == check.Float) {
		if lt == check.Int {
			l = Float64().Call(l)
		}
		if rt == check.Int {
			r = Float64().Call(r)
		}
		switch op {
		case "+", "-", "*":
			return Parens(Add(l).Op(op).Add(r))
		case "/":
			return py("DivFloat").Call(l, r)
		case "//":
			return py("FloorDivFloat").Call(l, r)
		case "%":
			return py("ModFloat").Call(l, r)
		case "**":
			return py("PowFloat").Call(l, r)
		}
	}
	if lt == check.Bool && rt == check.Bool {
		switch op {
		case "&":
			return Parens(Add(l).Op("&&").Add(r))
		case "|":
			return Parens(Add(l).Op("||").Add(r))
		case "^":
			return Parens(Add(l).Op("!=").Add(r))
		}
	}
	switch op {
	case "+":
		if lt == check.Str || lt == check.Bytes {
			return Parens(Add(l).Op("+").Add(r))
		}
		if _, ok := lt.(*check.List); ok {
			return py("Concat").Call(l, r)
		}
	case "*":
		if lt == check.Bytes {
			return py("Bytes").Call(py("StrRepeat").Call(String().Call(l), r))
		}
		if rt == check.Bytes {
			return py("Bytes").Call(py("RepeatStr").Call(l, String().Call(r))) // n * b"..": n first
		}
		if lt == check.Str {
			return py("StrRepeat").Call(l, r)
		}
		if rt == check.Str {
			return py("RepeatStr").Call(l, r) // n * "..": n first
		}
		if _, ok := lt.(*check.List); ok {
			return py("Repeat").Call(l, r)
		}
		if _, ok := rt.(*check.List); ok {
			return py("RepeatList").Call(l, r) // n * [..]: n first
		}
	case "|":
		if _, ok := lt.(*check.Set); ok {
			return Add(l).Dot("Union").Call(r)
		}
		if _, ok := lt.(*check.Dict); ok {
			return py("DictMerge").Call(l, r) // dict | dict
		}
	case "&":
		if ls, ok := lt.(*check.Set); ok {
			if check.OptSetOf(rt, ls) {
				r = py("SetSomes").Call(r) // s & {x_or_none}
			}
			return Add(l).Dot("Intersection").Call(r)
		}
	case "-":
		if ls, ok := lt.(*check.Set); ok {
			if check.OptSetOf(rt, ls) {
				r = py("SetSomes").Call(r) // all_tasks() - {current_task()}
			}
			return Add(l).Dot("Difference").Call(r)
		}
	case "^":
		if _, ok := lt.(*check.Set); ok {
			return Add(l).Dot("SymmetricDifference").Call(r)
		}
	}
	panic(fmt.Sprintf("codegen: unsupported operator %s on %v and %v", op, lt, rt))
}

func (g *gen) boolOp(x *ast.BoolOp) *Statement {
	t := g.typeOf(x)
	if t == check.Bool {
		allBool := true
		for _, v := range x.Values {
			if g.typeOf(v) != check.Bool {
				allBool = false
			}
		}
		if allBool {
			op := "&&"
			if x.Op == "or" {
				op = "||"
			}
			var s *Statement
			for _, v := range x.Values {
				if s == nil {
					s = Parens(g.expr(v))
				} else {
					s = s.Op(op).Add(Parens(g.expr(v)))
				}
			}
			return Parens(s)
		}
	}
	// Value semantics: return the first operand that decides.
	var body []Code
	for i, v := range x.Values {
		if opt, ok := g.info.AndNone[v]; ok {
			g.tmp++
			body = append(body, g.andNone(g.expr(v), fmt.Sprintf("_v%d", g.tmp), t, opt)) // andnone.go
			continue
		}
		val := g.exprTo(v, t)
		if i == len(x.Values)-1 {
			body = append(body, Return(val))
			break
		}
		g.tmp++
		n := fmt.Sprintf("_v%d", g.tmp)
		if s, ok := g.orOptional(x, v, n, t); ok { // kinds.go
			body = append(body, s)
			continue
		}
		cond := g.truthOf(Id(n), t)
		if x.Op == "and" {
			cond = Op("!").Parens(cond)
		}
		body = append(body, If(Id(n).Op(":=").Add(headExpr(val)), cond).Block(Return(Id(n))))
	}
	return Func().Params().Add(g.goType(t)).Block(body...).Call()
}

// compare emits a (possibly chained) comparison.
func (g *gen) compare(x *ast.Compare) *Statement {
	if s, ok := g.typeIs(x); ok { // narrow.go
		return s
	}
	if len(x.Ops) == 1 && (pureRef(x.Left) || constExpr(x.Left) || pureRef(x.Comparators[0]) || constExpr(x.Comparators[0])) {
		// Otherwise both operands have effects: bound in order below
		// (f() in [g(), h()]: r.Contains(l) would evaluate r first).
		l, lt := g.setOperand(x.Left)
		r, rt := g.setOperand(x.Comparators[0])
		return g.cmp1(x.Ops[0], l, lt, r, rt, x.Comparators[0])
	}
	// Chains evaluate each operand once, left to right, and stop early.
	var body []Code
	prev := "_c0"
	l, pt := g.setOperand(x.Left)
	body = append(body, Id(prev).Op(":=").Add(l))
	for i, op := range x.Ops {
		cur := fmt.Sprintf("_c%d", i+1)
		r, ct := g.setOperand(x.Comparators[i])
		body = append(body, Id(cur).Op(":=").Add(r))
		test := g.cmp1(op, Id(prev), pt, Id(cur), ct, x.Comparators[i])
		if i == len(x.Ops)-1 {
			body = append(body, Return(test))
		} else {
			body = append(body, If(Op("!").Parens(test)).Block(Return(False())))
		}
		prev, pt = cur, ct
	}
	return Func().Params().Bool().Block(body...).Call()
}

// callableValue reports a function or bound-method type (or an Optional
// of one): a Go func, compared by py.FuncIs/FuncEqual.
func callableValue(t check.Type) bool {
	if o, ok := t.(*check.Optional); ok {
		t = o.Elem
	}
	switch t.(type) {
	case *check.Func, *check.BoundMethod:
		return true
	}
	return false
}

// wider reports fixed tuples of one length where each item of w is the
// item of n or a union, object or Optional (the check converts n to w item
// by item: check.tupleItemsAssignable), so that `is` compares them as one
// type: a tuple stored into a list of such tuples is still itself.
func wider(w, n check.Type) bool {
	wt, ok := w.(*check.Tuple)
	nt, ok2 := n.(*check.Tuple)
	if !ok || !ok2 || wt.Var || nt.Var || wt.ListRepr || nt.ListRepr || len(wt.Elems) != len(nt.Elems) {
		return false
	}
	for i := range wt.Elems {
		if check.Identical(wt.Elems[i], nt.Elems[i]) {
			continue
		}
		switch check.Unalias(wt.Elems[i]).(type) {
		case *check.Union, *check.Optional:
			continue
		}
		if wt.Elems[i] == check.Object {
			continue
		}
		return false
	}
	return true
}

func isNum(t check.Type) bool { return t == check.Int || t == check.Float || t == check.Bool }

func (g *gen) cmp1(op string, l Code, lt check.Type, r Code, rt check.Type, re ast.Expr) *Statement {
	if op == "in" || op == "not in" {
		if m := check.Dunder(rt, "__contains__"); m != nil {
			test := Add(r).Dot(methodGoName("__contains__")).Call(g.convert(l, lt, m.Sig.Params[0].Type))
			if op == "not in" {
				return Op("!").Add(test)
			}
			return test
		}
	}
	if op == "!=" {
		if s := g.userNe(l, lt, r, rt, re); s != nil { // compare_reflected.go
			return s
		}
	}
	if op == "==" || op == "!=" {
		if m := check.Dunder(lt, "__eq__"); m != nil && m.NotImpl {
			// __eq__ may return NotImplemented (check.notImplemented).
			test := py("EqualNI").Call(l, r)
			if op == "!=" {
				return Op("!").Add(test)
			}
			return test
		}
		if m := check.Dunder(lt, "__eq__"); m != nil {
			test := Add(l).Dot(methodGoName("__eq__")).Call(g.convert(r, rt, m.Sig.Params[0].Type))
			if rf := g.rightFirst(lt, rt); rf != "" { // compare_reflected.go
				rm := check.Dunder(rt, "__eq__")
				test = Func().Params().Bool().Block(
					List(Id("_l"), Id("_r")).Op(":=").List(l, r),
					If(Id(rf).Call(Id("_l"), Id("_r"))).Block(
						Return(Id("_r").Dot(methodGoName("__eq__")).Call(g.convert(Id("_l"), lt, rm.Sig.Params[0].Type))),
					),
					Return(Id("_l").Dot(methodGoName("__eq__")).Call(g.convert(Id("_r"), rt, m.Sig.Params[0].Type))),
				).Call()
			}
			if op == "!=" {
				return Op("!").Add(test)
			}
			return test
		}
	}
	if m, refl := check.CmpDunder(op, lt, rt); m != nil { // surface_conv.go
		if refl {
			return Add(r).Dot(g.methodSlot(m)).Call(g.convert(l, lt, m.Sig.Params[0].Type))
		}
		return g.userCompare(op, l, r, lt, rt, m) // compare_reflected.go
	}
	if callableValue(lt) || callableValue(rt) {
		// Functions and bound methods: Go compares funcs only to nil
		// (py/funcid.go compares their closures).
		var test *Statement
		switch op {
		case "is", "is not":
			if rt != check.None && lt != check.None {
				test = py("FuncIs").Call(l, r)
			}
		case "==", "!=":
			test = py("FuncEqual").Call(l, r)
		}
		if test != nil {
			if op == "is not" || op == "!=" {
				return Op("!").Add(test)
			}
			return test
		}
	}
	switch op {
	case "is", "is not":
		neg := op == "is not"
		if rt == check.None {
			var test *Statement
			if o, ok := lt.(*check.Optional); ok && boxedType(check.Unalias(o.Elem)) {
				// object | None: a present value may itself be None
				// (d.get(k) of a dict[str, object] holding None).
				test = py("IsNone").Call(l)
			} else if ok {
				test = Op("!").Add(l).Dot("Ok")
			} else if lt == check.None {
				test = py("Evaluated").Call(l, py("Evaluated").Call(r, True())) // log.clear() is None: the call still runs
			} else if boxedType(lt) { // variance.go
				test = py("IsNone").Call(l)
			} else {
				test = py("Evaluated").Call(l, False()) // d.pop(k) is None: the pop still runs
			}
			if neg {
				return Op("!").Parens(test)
			}
			return test
		}
		if _, ok := lt.(*check.Optional); ok {
			if _, ok := rt.(*check.Optional); !ok {
				l, r = r, l
				lt, rt = rt, lt
			}
		}
		if wider(lt, rt) && !check.Identical(lt, rt) {
			r, rt = g.convert(r, rt, lt), lt // rows[-1] is t, rows of tuple[int | str, str | int]
		} else if wider(rt, lt) && !check.Identical(lt, rt) {
			l, lt = g.convert(l, lt, rt), rt
		}
		sameGo := fmt.Sprintf("%#v", g.goType(lt)) == fmt.Sprintf("%#v", g.goType(rt))
		var test *Statement
		if ro, ok := rt.(*check.Optional); ok {
			switch _, lopt := lt.(*check.Optional); {
			case lopt && !sameGo: // AppError | None is BaseException | None
				test = py("OptIsOpt").Call(l, r)
			case !lopt && fmt.Sprintf("%#v", g.goType(lt)) == fmt.Sprintf("%#v", g.goType(ro.Elem)):
				test = py("OptIs").Call(r, l)
			case !lopt: // e.__cause__ is err (BaseException | None and a user class)
				test = py("OptIsAny").Call(r, l)
			}
		} else if viewIdentity(lt) || viewIdentity(rt) {
			// A Mapping or collection protocol value may be a view of
			// the object it was made from (abstract.go): compare those.
			test = py("SameObject").Call(l, r)
		} else if !sameGo { // an Exception and an AppError, an object and a class
			test = Any().Parens(l).Op("==").Any().Parens(r)
		} else if lt == check.Float {
			test = py("FloatIs").Call(l, r) // a NaN is itself (py/nankey.go)
		}
		if test != nil {
			if neg {
				return Op("!").Parens(test)
			}
			return test
		}
		o := "=="
		if neg {
			o = "!="
		}
		return Parens(Add(l).Op(o).Add(r))
	case "in", "not in":
		var test *Statement
		switch ct := rt.(type) {
		case *check.List:
			// n: int in list[float] compares exactly (not as float64(n)).
			if et := g.elemType(ct); widerThan(lt, et) || ntTupleMix(lt, et) || lt == check.Int && et == check.Float { // namedtuple.go: p in [(1, 2)]
				test = py("ListContainsWider").Call(r, l) // base in list[Sub], x: object in list[int]
			} else {
				test = Add(r).Dot("Contains").Call(g.convert(l, lt, et))
			}
		case *check.Set, *check.Dict:
			if et := g.elemType(ct); widerThan(lt, et) {
				test = py("KeyContainsWider").Types(g.goType(et)).Call(r, l) // x: object in dict[str, int]
			} else {
				test = Add(r).Dot("Contains").Call(g.convert(l, lt, et))
			}
		case *check.Abstract:
			test = Add(r).Dot("Contains").Call(g.convert(l, lt, g.elemType(ct)))
		case *check.Opaque:
			test = Add(r).Dot("Contains").Call(l)
		case *check.Basic:
			if ct == check.Str {
				test = py("StrContains").Call(r, l)
			} else {
				if lt == check.Int {
					test = py("BytesContainsByte").Call(r, l)
				} else {
					test = py("BytesContains").Call(r, l)
				}
			}
		case *check.Tuple:
			if ct.ListRepr {
				test = py("ListContainsWider").Call(r, l) // a gather result: a list of any
				break
			}
			test = py("TupleContains").Call(r, l)
		case *check.Iterator, *check.Generator:
			test = py("IterContains").Call(r, l)
		case *check.Class: // __iter__ without __contains__ (check.userIterContains)
			if ct.NamedTuple {
				test = py("TupleContains").Call(g.namedTupleAsTuple(r, ct, check.NamedTupleTuple(ct)), l) // 3 in version (check.tupleView)
				break
			}
			ui := check.UserIterOf(ct)
			test = py("IterContains").Call(g.userIter(r, ct), g.convert(l, lt, ui.Elem))
		default:
			panic("codegen: unsupported in")
		}
		if op == "not in" {
			return Op("!").Add(test)
		}
		return test
	}
	// Numbers and strings compare natively.
	if isNum(lt) && isNum(rt) && lt != check.Bool && rt != check.Bool {
		// An int and a float compare exactly (float64(i) rounds above
		// 2**53): the sign of IntFloatCmp against zero.
		if lt == check.Int && rt == check.Float {
			return Parens(py("IntFloatCmp").Call(l, r).Op(op).Lit(0))
		}
		if lt == check.Float && rt == check.Int {
			return Parens(py("FloatIntCmp").Call(l, r).Op(op).Lit(0))
		}
		return Parens(Add(l).Op(op).Add(r))
	}
	if (lt == check.Str && rt == check.Str) || (lt == check.Bool && rt == check.Bool && (op == "==" || op == "!=")) {
		return Parens(Add(l).Op(op).Add(r))
	}
	if lt == check.Bytes && rt == check.Bytes {
		return Parens(Add(l).Op(op).Add(r))
	}
	switch op {
	case "==":
		return py("Equal").Call(l, r)
	case "!=":
		return Op("!").Add(py("Equal").Call(l, r))
	case "<":
		return py("Less").Call(l, r)
	case "<=":
		return py("LessEq").Call(l, r)
	case ">":
		return py("Greater").Call(l, r)
	case ">=":
		return py("GreaterEq").Call(l, r)
	}
	panic("codegen: unsupported comparison " + op)
}

// fstring emits an f-string as a concatenation.
func (g *gen) fstring(x *ast.FString) *Statement {
	var s *Statement
	add := func(c Code) {
		if s == nil {
			s = Add(c)
		} else {
			s = s.Op("+").Add(c)
		}
	}
	fields := g.fn.Fields[x] // fields formatted before an await
	for i, p := range x.Parts {
		if p.Expr == nil {
			if p.Lit != "" {
				add(Lit(p.Lit))
			}
			continue
		}
		if fields != nil && fields[i] != nil {
			add(g.varRef(fields[i], true)) // with the {x=} text
			continue
		}
		if p.SelfDoc != "" {
			add(Lit(p.SelfDoc))
		}
		conv := p.Conv
		if p.SelfDoc != "" && conv == 0 && p.Spec == nil {
			conv = 'r'
		}
		v := g.exprAny(p.Expr)
		switch conv {
		case 'r':
			v = py("Repr").Call(v)
		case 's':
			v = py("Str").Call(v)
		case 'a':
			v = py("ASCII").Call(v)
		}
		if p.Spec != nil {
			add(py("Format").Call(v, g.fstring(p.Spec)))
		} else if conv != 0 {
			add(v)
		} else if userCode(g.typeOf(p.Expr)) {
			add(py("Format").Call(v, Lit(""))) // format(v, ""): a user __format__ runs
		} else {
			add(g.strOf(p.Expr))
		}
	}
	if s == nil {
		return Lit("")
	}
	return s
}

// strOf emits str(e).
func (g *gen) strOf(e ast.Expr) Code {
	switch g.typeOf(e) {
	case check.Str:
		return g.expr(e)
	}
	return py("Str").Call(g.exprAny(e))
}

// exprAny emits e for a parameter of Go type any.
func (g *gen) exprAny(e ast.Expr) Code {
	t := g.typeOf(e)
	if t == check.None {
		if c, ok := e.(*ast.Call); ok && g.voidCall(c) {
			return Func().Params().Add(py("NoneType")).Block(g.expr(e), Return(py("None"))).Call()
		}
	}
	return g.expr(e)
}

// stmtExpr emits an expression evaluated for its effects.
func (g *gen) stmtExpr(e ast.Expr) Code {
	if s, ok := g.closingCall(e, true); ok { // closing.go
		return s
	}
	if x, ok := e.(*ast.Call); ok {
		if s, ok := g.spreadOnceCall(x, true); ok { // call.go: f(*divmod(a, b))
			return s
		}
		if bf, ok := g.typeOf(x.Func).(*check.BuiltinFunc); ok && (bf.Name == "asyncio.create_task" || bf.Name == "asyncio.ensure_future") && len(x.Args) > 0 {
			if _, ok := g.typeOf(x.Args[0]).(*check.Coroutine); ok {
				// A task nobody refers to (runtime.Detach): its unretrieved
				// exception is reported when it is done, as CPython does.
				return rt("Detach").Call(g.expr(e))
			}
		}
		if _, via := g.info.ExprVia[x]; via {
			return Id("_").Op("=").Add(g.expr(e)) // getattr(obj, "name") alone: the expression it stands for
		}
		if _, subst := g.fn.Subst[e]; !subst {
			return g.call(x) // a None-returning call needs no value
		}
		return g.expr(e)
	}
	return Id("_").Op("=").Add(g.expr(e))
}

func (g *gen) attribute(x *ast.Attribute) *Statement {
	if s, ok := g.funcDocAttr(x); ok { // funcname.go
		return s
	}
	if s, ok := g.funcNameAttr(x); ok { // funcname.go
		return s
	}
	if cr, ok := g.typeOf(x).(*check.ClassRef); ok && check.StaticClass(g.info, x) && !cr.Class.Builtin {
		if _, isMod := g.typeOf(x.Value).(*check.ModuleType); !isMod && (cr.Class.IsExc || g.hasClassObj(cr.Class)) {
			return Id(g.classObjName(cr.Class)) // Outer.Inner (check/nested.go)
		}
	}
	if g.info.UnionAttrs[x] != nil {
		return g.unionSwitch(x, g.typeOf(x), func(int) *Statement { return g.attribute(x) }) // union_methods.go
	}
	if s, ok := g.classRefAttr(x); ok { // exc_hierarchy.go
		return s
	}
	var mod *check.ModuleType
	if n, ok := x.Value.(*ast.Name); ok {
		if sym := g.info.Uses[n]; sym != nil && sym.Kind == check.SymModule {
			mod = sym.Type.(*check.ModuleType)
		}
	} else if m, ok := g.info.Types[x.Value].(*check.ModuleType); ok {
		mod = m // a dotted module: concurrent.futures.TimeoutError
	}
	if mod != nil {
		{
			switch t := g.typeOf(x).(type) {
			case *check.ClassRef:
				if !t.Class.Builtin && (t.Class.IsExc || g.hasClassObj(t.Class)) {
					return Id(g.classObjName(t.Class)) // asyncio.BrokenBarrierError (check/barrier.go)
				}
				return py(t.Class.Name + "Class")
			}
			if v, ok := check.AsyncioConst(mod.Name + "." + x.Attr); ok {
				return Lit(v)
			}
			if e := builtins.Lookup(mod.Name + "." + x.Attr); e != nil && e.Const {
				return Qual(e.Go.Path, e.Go.Name).Call() // math.pi
			}
			if s, ok := sysStream(x.Attr); ok && mod.Name == "sys" {
				return s // sysmod.go
			}
			panic("codegen: module attribute " + x.Attr + " used as a value")
		}
	}
	var t check.Type = g.typeOf(x)
	if bm := g.info.MethodValues[x]; bm != nil {
		t = bm
	}
	switch t := t.(type) {
	case *check.BoundMethod:
		if t.Method != nil {
			f := g.funcs[g.info.Funcs[t.Method.Def.(*ast.FuncDef)]]
			if d := t.Method.Decorated; d != nil {
				if _, cm := d.Ret.(*check.GenCM); cm {
					// pool.conn as a value: each call makes the context manager.
					var params, args []Code
					for i, p := range d.Params {
						n := fmt.Sprintf("_p%d", i)
						params = append(params, Id(n).Add(g.goType(p.Type)))
						args = append(args, Id(n))
					}
					recvT := g.goType(g.typeOf(x.Value))
					body := g.decoratedMethodCall(t.Method, Id("_r").Dot(g.methodSlot(t.Method)).Call(args...)) // narrow.go
					return Func().Params(Id("_r").Add(recvT)).Add(g.goType(d)).Block(
						Return(g.methodMark(g.named(Func().Params(params...).Add(g.goType(d.Ret)).Block(Return(body)), x.Attr))),
					).Call(g.expr(x.Value))
				}
			}
			if !t.Method.IsAsync {
				return Add(g.documented(g.namedStmt(g.expr(x.Value).Dot(g.methodSlot(t.Method)), x.Attr), t.Method.Def.(*ast.FuncDef))) // funcname.go
			}
			sig := t.Method.Sig
			var params, args []Code
			for i, p := range sig.Params {
				n := fmt.Sprintf("_p%d", i)
				params = append(params, Id(n).Add(g.goType(p.Type)))
				args = append(args, Id(n))
			}
			recvT := g.goType(g.typeOf(x.Value))
			return Func().Params(Id("_r").Add(recvT)).Add(g.goType(sig)).Block(
				Return(g.methodMark(g.documented(g.namedKind(f.Info.IsCoroFunc())(Func().Params(params...).Add(g.goType(sig.Ret)).Block(Return(Id("_r").Dot(g.methodSlot(t.Method)).Call(args...))), x.Attr), t.Method.Def.(*ast.FuncDef)))),
			).Call(g.expr(x.Value))
		}
	}
	if _, ok := g.typeOf(x).(*check.Func); ok {
		if m := check.BuiltinMethodGoName(x.Attr); m != "" {
			return g.namedStmt(g.expr(x.Value).Dot(m), x.Attr)
		}
	}
	if s, ok := g.sliceObjAttr(x); ok { // sliceobj.go
		return s
	}
	if s, ok := g.syncAttr(x); ok { // sync.go
		return s
	}
	if s, ok := g.ioAttr(x); ok { // threads.go
		return s
	}
	bt := g.typeOf(x.Value)
	if sr, ok := bt.(*check.SuperRef); ok && sr.Class.Base != nil {
		if m := sr.Class.Base.LookupMethod(x.Attr); m != nil && m.IsProperty {
			// super().prop: the base's getter on self.
			return Id(g.methodFunc(m.Owner, x.Attr)).Call(g.varRef(g.fn.SymVars[g.fn.Info.Params[0]], true))
		}
	}
	if cv := g.classVarRefRead(x, true); cv != nil {
		return cv
	}
	if to, ok := bt.(*check.TypeOf); ok {
		call, isCall := x.Value.(*ast.Call)
		if !isCall || g.substituted(x.Value) {
			// A stored type(v) (t = type(v); t.__name__): the class object
			// py.TypeObject made names it.
			if x.Attr == "__name__" || x.Attr == "__qualname__" {
				return py("ClassOf").Call(g.expr(x.Value)).Dot("Name")
			}
			panic(fmt.Sprintf("codegen: unsupported attribute %s of a stored type", x.Attr))
		}
		if check.TypeOfClassVar(to, x.Attr) != nil { // type(s).kind is s.kind
			return g.classVarRef(&ast.Attribute{Pos: x.Pos, Value: call.Args[0], Attr: x.Attr, AttrPos: x.AttrPos})
		}
		if _, ok := to.Of.(*check.TypeName); ok && (x.Attr == "__name__" || x.Attr == "__qualname__") {
			return Lit("type")
		}
		if _, ok := to.Of.(*check.ClassRef); ok && pureRef(call.Args[0]) && (x.Attr == "__name__" || x.Attr == "__qualname__") {
			return Lit("type") // type(C), type(str): a class is an instance of type
		}
		name := staticTypeName(to.Of)
		if a, ok := call.Args[0].(*ast.Attribute); ok && g.info.MethodValues[a] != nil && g.info.MethodValues[a].Method != nil && !g.info.MethodValues[a].Method.IsStatic {
			name = "method" // type(obj.method)
		}
		if name != "" && (x.Attr == "__name__" || x.Attr == "__qualname__") {
			return py("NamedAs").Call(g.exprAny(call.Args[0]), Lit(name)) // funcname.go
		}
		if _, ok := to.Of.(*check.Func); ok && (x.Attr == "__name__" || x.Attr == "__qualname__") {
			return py("FuncTypeName").Call(g.exprAny(call.Args[0])) // funcname.go
		}
		if x.Attr == "__qualname__" {
			return py("TypeQualName").Call(g.convert(g.exprAny(call.Args[0]), to.Of, check.Object))
		}
		return py("TypeName").Call(g.convert(g.exprAny(call.Args[0]), to.Of, check.Object))
	}
	if u, ok := bt.(*check.Union); ok && check.UnionField(u, x.Attr) {
		return g.unionAttr(x, u) // union_attr.go
	}
	if cls, ok := bt.(*check.Class); ok {
		if m := cls.LookupMethod(x.Attr); m != nil && m.IsProperty {
			return g.narrowed(x, g.expr(x.Value).Dot(g.methodSlot(m)).Call(), true) // check/flow.go: narrowed through a property
		}
		if cls.IsExc && cls.LookupField(x.Attr) == nil {
			if s, ok := g.excAttr(x); ok {
				return s
			}
		}
		return g.narrowed(x, g.checkedField(g.expr(x.Value), bt, cls, x.Attr), true) // lazyfield.go
	}
	panic(fmt.Sprintf("codegen: unsupported attribute %s (%T %v)", x.Attr, g.typeOf(x), g.typeOf(x)))
}

func (g *gen) subscript(x *ast.Subscript) *Statement {
	bt := g.typeOf(x.Value)
	if cls := enumClassRef(bt); cls != nil {
		return g.enumIndex(x, cls) // enum.go
	}
	value := func() *Statement { return g.expr(x.Value) }
	if cls := namedTupleClass(bt); cls != nil {
		tv, ok := g.info.Conv[x.Value].(*check.Tuple)
		if !ok {
			return g.namedTupleIndex(x, cls) // namedtuple.go
		}
		// p[0:1], p[i]: its tuple view's (check.namedTupleSubscript).
		bt, value = tv, func() *Statement { return g.exprTo(x.Value, tv).(*Statement) }
	}
	if u, ok := bt.(*check.Union); ok && !isSlice(x.Index) {
		// A union of fixed tuples (check.unionTupleIndex).
		return g.unionItem(g.expr(x.Value), check.UnionTupleIndexOf(x, u), g.typeOf(x))
	}
	if m := check.Dunder(bt, "__getitem__"); m != nil {
		if sl, ok := x.Index.(*ast.Slice); ok { // obj[a:b]: a slice object (sliceobj.go)
			return g.expr(x.Value).Dot(methodGoName("__getitem__")).Call(g.convert(g.sliceObjOf(sl), check.SliceType, m.Sig.Params[0].Type))
		}
		return g.expr(x.Value).Dot(methodGoName("__getitem__")).Call(g.exprTo(x.Index, m.Sig.Params[0].Type))
	}
	if s, ok := g.sliceObjIndex(x, bt); ok { // sliceobj.go: xs[s]
		return s
	}
	if sl, ok := x.Index.(*ast.Slice); ok {
		lo, hi, st := g.sliceArgs(sl)
		switch bt := bt.(type) {
		case *check.List:
			return g.expr(x.Value).Dot("Slice").Call(lo, hi, st)
		case *check.Tuple:
			return g.tupleSliceExpr(value(), bt, sl, lo, hi, st) // surface.go
		case *check.Abstract:
			return py("SeqSlice").Call(g.expr(x.Value), lo, hi, st)
		case *check.Opaque:
			return g.expr(x.Value).Dot("SliceRange").Call(lo, hi, st)
		}
		if bt == check.Str {
			return py("StrSlice").Call(g.expr(x.Value), lo, hi, st)
		}
		return py("BytesSlice").Call(g.expr(x.Value), lo, hi, st)
	}
	switch t := bt.(type) {
	case *check.List, *check.Abstract, *check.Opaque:
		return g.expr(x.Value).Dot("Get").Call(g.exprTo(x.Index, check.Int))
	case *check.Dict:
		return g.expr(x.Value).Dot("Get").Call(g.exprTo(x.Index, t.Key))
	case *check.Tuple:
		if t.Var {
			return g.expr(x.Value).Dot("Get").Call(g.exprTo(x.Index, check.Int))
		}
		idx, ok := constIntOf(x.Index)
		if !ok { // an index known at run time (check.tupleItemAt)
			return py("TupleItem").Types(g.goType(g.typeOf(x))).Call(value(), g.exprTo(x.Index, check.Int))
		}
		if idx < 0 {
			idx += int64(len(t.Elems))
		}
		if t.ListRepr {
			return g.listReprItem(g.expr(x.Value).Dot("V").Index(Lit(int(idx))), t.Elems[idx])
		}
		return g.expr(x.Value).Dot(fmt.Sprintf("F%d", idx))
	}
	if bt == check.Str {
		return py("StrGetItem").Call(g.expr(x.Value), g.exprTo(x.Index, check.Int))
	}
	return py("BytesGetItem").Call(g.expr(x.Value), g.exprTo(x.Index, check.Int))
}

func constIntOf(e ast.Expr) (int64, bool) {
	switch x := e.(type) {
	case *ast.IntLit:
		return x.Value, true
	case *ast.UnaryOp:
		if x.Op == "-" {
			v, ok := constIntOf(x.Operand)
			return -v, ok
		}
	}
	return 0, false
}

// fieldRef is obj.attr for an instance of cls: through the accessor of
// the class that declares the field.
func (g *gen) fieldRef(obj *Statement, cls *check.Class, attr string) *Statement {
	if cls.Protocol {
		return obj.Dot(protoGetter(attr)).Call() // protocol.go
	}
	owner := cls.FieldOwner(attr)
	if owner == nil {
		panic("codegen: no field " + attr)
	}
	return obj.Dot(g.selfName(owner)).Call().Dot(safe(attr))
}

// percentFormat emits fmt % args (a tuple display or value spreads into
// the argument list, anything else is one argument).
func (g *gen) percentFormat(x *ast.BinOp) *Statement {
	fn := "PercentFormat"
	if g.typeOf(x.Left) == check.Bytes {
		fn = "BytesPercentFormat" // b"$%d\r\n" % n
	}
	var args []Code
	if tu, ok := x.Right.(*ast.TupleExpr); ok {
		for _, e := range tu.Elems {
			args = append(args, g.exprAny(e))
		}
		return py(fn).Call(g.expr(x.Left), Index().Any().Values(args...))
	}
	if t, ok := g.typeOf(x.Right).(*check.Tuple); ok && !t.ListRepr {
		return py(fn).Call(g.expr(x.Left), g.expr(x.Right).Dot("Items").Call())
	}
	return py(fn).Call(g.expr(x.Left), Index().Any().Values(g.exprAny(x.Right)))
}

// classVarRef returns the package variable of a class attribute read
// through the class or an instance, or nil.
func (g *gen) classVarRef(x *ast.Attribute) *Statement {
	return g.classVarRefRead(x, false)
}

// classVarRefRead is classVarRef; for a read, the instance expression
// the attribute is read through is evaluated first (classVarRead).
func (g *gen) classVarRefRead(x *ast.Attribute, read bool) *Statement {
	if obj, t, ok := g.dynCVObj(x); ok { // classattrs.go
		return py("ClassAttr").Types(g.goType(t)).Call(obj, Lit(x.Attr))
	}
	if s := g.dynamicClassVar(x); s != nil { // clsobj.go
		return s
	}
	var cls *check.Class
	switch t := g.typeOf(x.Value).(type) {
	case *check.ClassRef:
		cls = t.Class
	case *check.TypeOf:
		c, ok := t.Of.(*check.Class)
		if !ok || c.LookupField(x.Attr) != nil || c.Builtin {
			return nil
		}
		for _, k := range g.info.ClassList {
			if k != c && k.IsSubclassOf(c) {
				return nil // type(s).kind of a hierarchy reads through s (attribute)
			}
		}
		cls = c // type(self).count: the class attribute (check/clsobj.go: typeOfStore)
	case *check.Class:
		if t.LookupField(x.Attr) != nil || t.LookupMethod(x.Attr) != nil {
			return nil
		}
		if _, ok := g.cvDispatch(t, x.Attr); ok { // surface_fix.go
			return g.expr(x.Value).Dot(cvGetter(x.Attr)).Call()
		}
		cls = t
	default:
		return nil
	}
	if cv, owner := cls.LookupClassVar(x.Attr); cv != nil {
		if read {
			return g.classVarRead(x, Id(g.classVarName(owner, x.Attr)))
		}
		return Id(g.classVarName(owner, x.Attr))
	}
	return nil
}

// widerThan reports whether a value of type x may be outside elem, the
// element type of a list it is looked for in (`x in xs` with x a base
// class of xs's elements, object, a union, or a float in a list of ints):
// it is compared with each element rather than converted.
func widerThan(x, elem check.Type) bool {
	if check.Identical(x, elem) {
		return false
	}
	switch t := x.(type) {
	case *check.AnyType, *check.Union, *check.Optional:
		return true
	case *check.Class:
		e, ok := elem.(*check.Class)
		return ok && e != t && e.IsSubclassOf(t)
	}
	return x == check.Float && elem == check.Int
}

// setElems is the elements of a set display converted to its element type.
func (g *gen) setElems(x *ast.SetExpr, st *check.Set) []Code {
	var els []Code
	for _, el := range x.Elems {
		els = append(els, g.exprTo(el, st.Elem))
	}
	return els
}

// classVarRead is the read cv of class attribute x.Attr, after evaluating
// the instance expression it is read through when that may have effects
// (Counter().instances constructs a Counter first; type(make()).kind
// calls make).
func (g *gen) classVarRead(x *ast.Attribute, cv *Statement) *Statement {
	v := x.Value
	if call, ok := v.(*ast.Call); ok {
		if _, isType := g.typeOf(v).(*check.TypeOf); isType && len(call.Args) == 1 {
			v = call.Args[0] // type(obj).attr: obj's effects
		}
	}
	if pureRef(v) {
		return cv
	}
	if _, ok := g.typeOf(v).(*check.ClassRef); ok && check.StaticClass(g.info, v) {
		return cv
	}
	return Func().Params().Add(g.goType(g.typeOf(x))).Block(Id("_").Op("=").Add(g.expr(v)), Return(cv)).Call()
}

// pureRef reports an expression whose evaluation has no effects: a name
// or an attribute chain of one.
func pureRef(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return true
	case *ast.Attribute:
		return pureRef(x.Value)
	}
	return false
}

// headExpr parenthesises an expression that stands between the keyword of
// an if, for or switch statement and its block when it contains a brace: a
// composite literal there (`if v := py.Opt[string]{}; ...`) would read as
// the block's opening brace. Parentheses are harmless elsewhere.
func headExpr(c Code) Code {
	if strings.Contains(fmt.Sprintf("%#v", c), "{") {
		return Parens(c)
	}
	return c
}
