package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// voidCall reports calls whose Go form returns nothing.
func (g *gen) voidCall(c *ast.Call) bool {
	if _, via := g.info.ExprVia[c]; via {
		return false // getattr(obj, "missing", None): the expression it stands for
	}
	return g.typeOf(c) == check.None
}

// callTo emits a call whose result type depends on where it is used
// (loop.create_future()).
func (g *gen) callTo(x *ast.Call, to check.Type) Code {
	if ft, ok := to.(*check.Future); ok {
		if check.IsFutureCtorType(g.typeOf(x.Func)) {
			return g.futureOn(x, ft.Result) // futurector.go: asyncio.Future()
		}
		at := x.Func.(*ast.Attribute)
		return rt("NewFuture").Types(g.goType(ft.Result)).Call(g.expr(at.Value))
	}
	return g.call(x)
}

// argsCls binds constructor arguments; a synthesized dataclass __init__
// takes its defaults from the class body.
func (g *gen) argsCls(x *ast.Call, sig *check.Func, def *ast.FuncDef, cls *check.Class) []Code {
	if def != nil {
		return g.args(x, sig, def, true)
	}
	bound := g.argsOf(x, sig)
	var out []Code
	for i, a := range bound {
		if a != nil {
			out = append(out, g.exprTo(a, sig.Params[i].Type))
			continue
		}
		d, _ := cls.LookupDefault(sig.Params[i].Name)
		out = append(out, g.fieldDefault(d, sig.Params[i].Type))
	}
	return out
}

// fieldDefault evaluates a class-level default, calling a
// field(default_factory=...) factory.
func (g *gen) fieldDefault(d ast.Expr, t check.Type) Code {
	if c, ok := d.(*ast.Call); ok {
		if bf, ok := g.typeOf(c.Func).(*check.BuiltinFunc); ok && bf.Name == "dataclasses.field" {
			for _, k := range c.Keywords {
				switch k.Name {
				case "default":
					return g.exprTo(k.Value, t)
				case "default_factory":
					if call, ok := g.info.Factories[k.Value]; ok {
						return g.exprTo(call, t)
					}
					if _, ok := g.typeOf(k.Value).(*check.TypeName); ok {
						return g.emptyContainer(t)
					}
					return g.expr(k.Value).Call()
				}
			}
		}
	}
	return g.exprTo(d, t)
}

// argsOf returns the arguments of x per parameter of sig as the checker
// bound them (check.Info.Args; nil: the parameter's default).
func (g *gen) argsOf(x *ast.Call, sig *check.Func) []ast.Expr {
	bound, ok := g.info.Args[x]
	if !ok || len(bound) != len(sig.Params) {
		panic(fmt.Sprintf("codegen: the arguments of the call at %v were not bound by the checker", x.Pos))
	}
	return bound
}

// args compiles call arguments bound to a signature, filling in defaults.
func (g *gen) args(x *ast.Call, sig *check.Func, def *ast.FuncDef, skipSelf bool) []Code {
	bound := g.argsOf(x, sig)
	var out []Code
	for i, a := range bound {
		if a == nil {
			pi := i
			if skipSelf {
				pi++
			}
			out = append(out, g.omittedArg(sig, def, i, pi))
			continue
		}
		out = append(out, g.exprTo(a, sig.Params[i].Type))
	}
	return out
}

// omittedArg is the value of parameter i (pi in def, counting self) left
// out of a call. def is the callee's definition when the call names it;
// otherwise the callee is found through its signature (a function used as
// a value keeps the signature of its def). A nested def's defaults were
// evaluated when the def ran, into temporaries of the enclosing function.
func (g *gen) omittedArg(sig *check.Func, def *ast.FuncDef, i, pi int) Code {
	var fi *check.FuncInfo
	if def != nil {
		fi = g.info.Funcs[def]
	} else {
		fi = g.funcOfSig(sig)
		if fi != nil {
			def = fi.Def
			pi = i
			if fi.Method != nil && !fi.Method.IsStatic {
				pi++
			}
		}
	}
	if def == nil || pi >= len(def.Params) || def.Params[pi].Default == nil {
		panic("codegen: missing default")
	}
	d := def.Params[pi].Default
	if fi != nil && fi.Parent != nil && fi.Parent != g.info.Module && fi.Method == nil {
		if vs := g.fn.Defaults[fi]; vs != nil && vs[i] != nil {
			if name, ok := g.snapDefaults[i]; ok {
				return Id(name)
			}
			return g.varRef(vs[i], false)
		}
		if !ast.IsLiteral(d) {
			panic("codegen: default value of nested function " + fi.Name + " used outside the function defining it")
		}
	}
	if name, ok := g.hoisted[d]; ok {
		return Id(name) // a mutable default, built once (defaults.go)
	}
	return g.exprTo(d, sig.Params[i].Type)
}

// defaultsDef is the definition whose parameter defaults fill the omitted
// arguments of a call of fn (of type sig), or nil for funcOfSig to find.
// @contextmanager / @asynccontextmanager keep the parameters of the
// decorated def (check.genDecorator), defaults included, in a new Func.
func (g *gen) defaultsDef(fn ast.Expr, sig *check.Func) *ast.FuncDef {
	n, ok := fn.(*ast.Name)
	if !ok {
		return nil
	}
	sym := g.info.Uses[n]
	if sym == nil || sym.Kind != check.SymFunc || sym.Func.Decorated == nil {
		return nil
	}
	if _, cm := sig.Ret.(*check.GenCM); cm && sym.Func.Decorated == check.Type(sig) {
		return sym.Func.Def
	}
	return nil
}

// funcOfSig finds the function whose signature sig is.
func (g *gen) funcOfSig(sig *check.Func) *check.FuncInfo {
	_, cm := sig.Ret.(*check.GenCM)
	for fi := range g.funcs {
		if fi.Sig == sig || cm && (fi.Decorated == check.Type(sig) || fi.Method != nil && fi.Method.Decorated == sig) {
			return fi
		}
	}
	return nil
}

// foldedConst reports an expression CPython's AST optimizer folds into a
// constant: a literal, an operator over constants, a tuple of constants.
func foldedConst(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BytesLit, *ast.BoolLit, *ast.NoneLit:
		return true
	case *ast.UnaryOp:
		return foldedConst(x.Operand)
	case *ast.BinOp:
		return foldedConst(x.Left) && foldedConst(x.Right)
	case *ast.TupleExpr:
		return allFolded(x.Elems)
	}
	return false
}

// allFolded reports elements that all fold into constants (CPython then
// builds their display from one constant).
func allFolded(es []ast.Expr) bool {
	for _, e := range es {
		if !foldedConst(e) {
			return false
		}
	}
	return true
}

func (g *gen) call(x *ast.Call) *Statement {
	if s, ok := g.spreadOnceCall(x, false); ok {
		return s
	}
	if d := g.info.DynGetattrs[x]; d != nil { // check/getattr_dyn.go
		return g.dynGetattr(x, d)
	}
	if d := g.info.DynMethodCalls[x]; d != nil { // check/getattr_dyn.go
		return g.dynMethodCall(x, d)
	}
	if d := g.info.DynSetattrs[x]; d != nil { // check/setattr_dyn.go
		return g.dynSetattr(x, d)
	}
	if ta, ok := g.typeOf(x).(*check.Abstract); ok && check.IsDictViewCall(x, g.info.Types) {
		return Add(g.liveView(x, x.Func.(*ast.Attribute).Attr, ta)) // a kept dict view (check/dictviews.go)
	}
	if via := g.info.CallVia[x]; via != nil { // callables.go
		return g.call(via)
	}
	if mk := g.info.NTMakes[x]; mk != nil {
		return g.ntMake(mk) // namedtuple_make.go
	}
	if tg := g.info.TypedDictGets[x]; tg != nil {
		return g.typedDictGet(x, tg)
	}
	if d := g.info.TypedDictCalls[x]; d != nil { // check/typeddict.go
		if _, ok := d.(*ast.Subscript); ok { // d.get("k"): d["k"]
			return Add(g.exprTo(d, g.typeOf(x)))
		}
		return g.expr(d)
	}
	g.orderOperands(x) // order.go
	if c := g.kwOrdered(x); c != nil {
		return c
	}
	return g.callBound(x)
}

// callBound is call after the checks for order of evaluation.
func (g *gen) callBound(x *ast.Call) *Statement {
	if len(x.Args) == 1 {
		if s, ok := x.Args[0].(*ast.Starred); ok {
			if ss, ok := g.info.Conv[s].(*check.StarredSets); ok && ss.Unbound {
				return g.setOthersUnbound(x, s, ss) // setothers.go: set.union(*sets)
			}
		}
	}
	if at, ok := x.Func.(*ast.Attribute); ok && g.info.UnionAttrs[at] != nil {
		res := g.typeOf(x)
		return g.unionSwitch(at, res, func(i int) *Statement { // union_methods.go
			if rs := g.info.UnionCallResults[x]; rs != nil {
				return Add(g.convert(g.callBound(x), rs[i], res))
			}
			return g.callBound(x)
		})
	}
	switch f := g.typeOf(x.Func).(type) {
	case *check.Union:
		return g.unionCall(x, f) // union_methods.go
	case *check.Func:
		if n, ok := x.Func.(*ast.Name); ok {
			if sym := g.info.Uses[n]; sym != nil && sym.Kind == check.SymFunc && sym.Func.Decorated == nil {
				if _, subst := g.fn.Subst[n]; !subst {
					lf := g.funcs[sym.Func]
					return Id(lf.Name).Call(g.args(x, f, sym.Func.Def, false)...)
				}
			}
		}
		return g.expr(x.Func).Call(g.args(x, f, g.defaultsDef(x.Func, f), false)...)
	case *check.ClassRef:
		if check.ExcArgsFromCall(f.Class) {
			// An exception's args are the arguments passed positionally
			// unless its __init__ calls super().__init__.
			return py("TrimArgs").Call(g.constructCall(x, f), Lit(len(x.Args)))
		}
		return g.constructCall(x, f)
	case *check.BoundMethod:
		if f.Super { // (the callee may be a name: f = C.name; f(obj))
			var self Code
			if f.Direct != nil {
				self = g.exprTo(f.Direct, f.Recv) // C.name(obj, ...): C's own method on obj
			} else {
				self = g.varRef(g.fn.SymVars[g.fn.Info.Params[0]], true)
			}
			if f.Method == nil && f.Name == "__str__" {
				return Add(self).Dot("Exc").Call().Dot("PyStr").Call() // BaseException.__str__
			}
			if f.Method == nil && f.Name == "__repr__" {
				return py("Repr").Call(Add(self).Dot("Exc").Call())
			}
			if f.Method == nil {
				args := []Code{self}
				for _, a := range x.Args {
					args = append(args, g.exprAny(a))
				}
				return py("SetArgs").Call(args...)
			}
			args := append([]Code{self}, g.args(x, f.Method.Sig, f.Method.Def.(*ast.FuncDef), true)...)
			if f.Method.IsStatic || f.Method.IsClass && !check.UsesClsParam(f.Method) {
				args = args[1:] // super().m(...) of a static method, or of a class method not taking cls
			}
			return Id(g.methodFunc(f.Method.Owner, f.Name)).Call(args...)
		}
		at := x.Func.(*ast.Attribute)
		if f.Method != nil && (f.Method.IsStatic || f.Method.IsClass) {
			return g.classMethodCall(x, at, f) // clsobj.go
		}
		if f.Method != nil {
			call := g.expr(at.Value).Dot(g.methodSlot(f.Method)).Call(g.args(x, f.Method.Sig, f.Method.Def.(*ast.FuncDef), true)...)
			if sc, ok := check.SelfNarrowed(f.Method, g.typeOf(x)); ok {
				return call.Assert(Id(g.ifaceName(sc))) // -> Self through a subclass (check/clsobj.go)
			}
			return g.decoratedMethodCall(f.Method, call) // narrow.go
		}
		return g.methodCall(x, at.Value, f.Recv, f.Name)
	case *check.BuiltinFunc:
		return g.builtinCall(x, f.Name)
	case *check.TypeName:
		return g.conversionCall(x, f.T)
	case *check.TypeOf:
		if cr, ok := g.info.Conv[x.Func].(*check.ClassRef); ok {
			return g.constructCall(x, cr) // type(self)(...): through its class object
		}
	}
	panic(fmt.Sprintf("codegen: unsupported call at %v", x.Pos))
}

func (g *gen) kw(x *ast.Call, name string) ast.Expr {
	for _, k := range x.Keywords {
		if k.Name == name {
			return k.Value
		}
	}
	return nil
}

// iterOf converts an iterable to a boxed py.Iter.
func (g *gen) iterOf(e ast.Expr) Code {
	return g.iterOfVal(g.expr(e), g.typeOf(e))
}

// iterOfVal converts the Go value v of the iterable type typ to a boxed
// py.Iter.
func (g *gen) iterOfVal(vc Code, typ check.Type) Code {
	v := Add(vc)
	if cls, ok := isUserIterable(typ); ok {
		return g.userIter(v, cls) // useriter.go
	}
	if cls := namedTupleClass(typ); cls != nil {
		return py("IterOfKind").Call(g.namedTupleSlice(v, cls), py("IterKindTuple")) // namedtuple.go
	}
	switch t := typ.(type) {
	case *check.List:
		return py("IterOfList").Call(v)
	case *check.Dict:
		return py("IterOfDict").Call(v)
	case *check.Set:
		return py("IterOfSet").Call(v)
	case *check.Tuple:
		return py("IterOfKind").Call(g.tupleSlice(v, t), py("IterKindTuple"))
	case *check.Basic:
		if t == check.Str {
			return py("IterOfStr").Call(v)
		}
		return py("IterOfBytes").Call(v)
	case *check.Opaque:
		return py("IterOfRange").Call(v)
	case *check.Abstract:
		return v.Dot("Iter").Call()
	case *check.Union:
		return g.unionIter(v, t) // union_iter.go
	}
	return v
}

func (g *gen) tupleSlice(v Code, t *check.Tuple) Code {
	if t.Var {
		return Add(v).Dot("Elems").Call()
	}
	var els []Code
	for i := range t.Elems {
		el := Id("_tu").Dot(fmt.Sprintf("F%d", i))
		if t.ListRepr { // a gather result: a list of any holding each element's Go type
			el = Id("_tu").Dot("V").Index(Lit(i)).Assert(g.goType(t.Elems[i]))
		}
		els = append(els, g.convert(el, t.Elems[i], check.TupleElem(t)))
	}
	et := g.goType(check.TupleElem(t))
	return Func().Params(Id("_tu").Add(g.goType(t))).Index().Add(et).Block(Return(Index().Add(et).Values(els...))).Call(v)
}

// sliceOf converts an iterable to a Go slice of its elements. The slice
// may alias a list's storage: callers copy before mutating.
func (g *gen) sliceOf(e ast.Expr) Code {
	v := g.expr(e)
	if cls, ok := isUserIterable(g.typeOf(e)); ok {
		return py("Collect").Call(g.userIter(v, cls)) // useriter.go
	}
	if cls := namedTupleClass(g.typeOf(e)); cls != nil {
		return g.namedTupleSlice(v, cls) // namedtuple.go
	}
	switch t := g.typeOf(e).(type) {
	case *check.List:
		return v.Dot("V")
	case *check.Dict:
		return v.Dot("Keys").Call().Dot("V")
	case *check.Set:
		return v.Dot("Slice").Call()
	case *check.Tuple:
		return g.tupleSlice(v, t)
	case *check.Basic:
		if t == check.Str {
			return py("StrChars").Call(v)
		}
		return py("Collect").Call(py("IterOfBytes").Call(v))
	case *check.Opaque:
		return v.Dot("Slice").Call()
	case *check.Abstract:
		return py("Collect").Call(v.Dot("Iter").Call())
	case *check.Union:
		return py("Collect").Call(g.unionIter(v, t)) // union_iter.go
	}
	return py("Collect").Call(v)
}

func (g *gen) elemOf(e ast.Expr) check.Type { return g.elemType(g.typeOf(e)) }

// callTarget is the signature and the Go value of e, a function value or an
// object of a class defining __call__ (its bound __call__).
func (g *gen) callTarget(e ast.Expr) (*check.Func, *Statement) {
	if m := check.CallMethod(g.typeOf(e)); m != nil {
		return m.Sig, g.expr(e).Dot(methodGoName("__call__"))
	}
	f, _ := g.typeOf(e).(*check.Func)
	return f, g.expr(e)
}

// lessFunc returns a Go func(a, b T) bool ordering elements of type t,
// optionally through a key function expression.
func (g *gen) lessFunc(t check.Type, key ast.Expr) Code {
	return g.orderFunc(t, key, g.lessExpr)
}

// maxOrder is the ordering max() uses: a before b when b > a, the
// comparison CPython's max makes (item > best: __gt__ first, and a
// TypeError naming '>' with the item's type first).
func (g *gen) maxOrder(a, b Code, t check.Type) Code { return g.greaterExpr(b, a, t) }

// orderFunc is lessFunc with the comparison order(a, b, t) for a before b.
func (g *gen) orderFunc(t check.Type, key ast.Expr, order func(a, b Code, t check.Type) Code) Code {
	et := g.goType(t)
	if _, none := key.(*ast.NoneLit); none {
		key = nil // key=None (check's keyArg)
	}
	if key != nil {
		kf, kv := g.callTarget(key)
		kt := kf.Ret
		return Func().Params(Id("_key").Add(g.goType(kf))).Func().Params(Id("a"), Id("b").Add(et)).Bool().Block(
			Return(Func().Params(Id("a"), Id("b").Add(et)).Bool().Block(
				Return(order(Id("_key").Call(Id("a")), Id("_key").Call(Id("b")), kt)),
			)),
		).Call(kv)
	}
	return Func().Params(Id("a"), Id("b").Add(et)).Bool().Block(Return(order(Id("a"), Id("b"), t)))
}

// keyOrder returns, for key= (nil or None: no key), the Go key function
// taking elements of type t, the ordering of its results and their Go
// type, for the runtime's ...ByKey/...Key functions, which call the key
// once per element (py/keyed.go). ok is false without a key.
func (g *gen) keyOrder(t check.Type, key ast.Expr) (keyFn, less, kt Code, ok bool) {
	return g.keyOrderBy(t, key, g.lessExpr)
}

// keyOrderBy is keyOrder with the comparison order(a, b, t) of keys.
func (g *gen) keyOrderBy(t check.Type, key ast.Expr, order func(a, b Code, t check.Type) Code) (keyFn, less, kt Code, ok bool) {
	if key == nil {
		return nil, nil, nil, false
	}
	if _, none := key.(*ast.NoneLit); none {
		return nil, nil, nil, false
	}
	if _, opt := g.typeOf(key).(*check.Optional); opt {
		return nil, nil, nil, false // key: Callable | None (optionalKey)
	}
	kf, kv := g.callTarget(key)
	if kf == nil {
		return nil, nil, nil, false
	}
	keyFn, less, kt = g.keyOrderOf(t, kf, kv, order)
	return keyFn, less, kt, true
}

// optionalKey returns the key function type of a key= of type
// Callable | None (sorted, list.sort), or nil.
func (g *gen) optionalKey(key ast.Expr) *check.Func {
	if key == nil {
		return nil
	}
	if o, ok := g.typeOf(key).(*check.Optional); ok {
		f, _ := o.Elem.(*check.Func)
		return f
	}
	return nil
}

// keyOrderOf is keyOrderBy for key function kv of type kf.
func (g *gen) keyOrderOf(t check.Type, kf *check.Func, kv Code, order func(a, b Code, t check.Type) Code) (keyFn, less, kt Code) {
	et, k := g.goType(t), g.goType(kf.Ret)
	keyFn = Func().Params(Id("_key").Add(g.goType(kf))).Func().Params(et).Add(k).Block(
		Return(Func().Params(Id("a").Add(et)).Add(k).Block(Return(Id("_key").Call(Id("a"))))),
	).Call(kv)
	less = Func().Params(Id("a"), Id("b").Add(k)).Bool().Block(Return(order(Id("a"), Id("b"), kf.Ret)))
	return keyFn, less, k
}

// greaterExpr is x > y for values of type t: a user class's __gt__ (else
// Python's reflected y.__lt__(x)), Go's > for numbers and strings,
// py.Greater otherwise.
func (g *gen) greaterExpr(x, y Code, t check.Type) Code {
	if m := check.Dunder(t, "__gt__"); m != nil && m.Sig != nil && m.Sig.Ret == check.Bool && len(m.Sig.Params) == 1 && check.Identical(m.Sig.Params[0].Type, t) {
		return g.userCompare(">", x, y, t, t, m) // compare_reflected.go
	}
	if check.Dunder(t, "__lt__") != nil {
		return g.lessExpr(y, x, t)
	}
	switch t {
	case check.Int, check.Float, check.Str:
		return Add(x).Op(">").Add(y)
	case check.Bool:
		return Add(x).Op("&&").Op("!").Add(y)
	}
	return py("Greater").Call(x, y)
}

func (g *gen) lessExpr(a, b Code, t check.Type) Code {
	if m := check.Dunder(t, "__lt__"); m != nil {
		if m.Sig != nil && m.Sig.Ret == check.Bool && len(m.Sig.Params) == 1 && check.Identical(m.Sig.Params[0].Type, t) {
			return g.userCompare("<", a, b, t, t, m) // compare_reflected.go: a subclass's __gt__ first
		}
		return Add(a).Dot(methodGoName("__lt__")).Call(b)
	}
	switch t {
	case check.Int, check.Float, check.Str:
		return Add(a).Op("<").Add(b)
	case check.Bool:
		return Op("!").Add(a).Op("&&").Add(b)
	}
	return py("Less").Call(a, b)
}

func (g *gen) builtinCall(x *ast.Call, name string) *Statement {
	if e := builtins.Lookup(name); e != nil {
		return g.entryCall(x, e, nil, nil)
	}
	return g.moduleCall(x, name)
}

// moduleCall lowers a call of a module function (the hook of the table's
// module rows, modules_table.go) or of another built-in callable.
func (g *gen) moduleCall(x *ast.Call, name string) *Statement {
	if s, ok := g.asyncioCall(x, name); ok {
		return s
	}
	if name == "asyncio.Future" {
		return g.futureCtor(x) // futurector.go
	}
	if s, ok := g.syncCall(x, name); ok { // sync.go
		return s
	}
	if s, ok := g.ioCall(x, name); ok { // threads.go
		return s
	}
	if s, ok := g.genBuiltin(x, name); ok { // generators.go
		return s
	}
	arg := func(i int) ast.Expr { return x.Args[i] }
	switch name {
	case "typing.cast":
		if g.info.Downcasts[x] {
			return g.narrowConv(g.expr(arg(1)), g.typeOf(arg(1)), g.typeOf(x), true)
		}
		return Add(g.exprTo(arg(1), g.typeOf(x)))
	case "typing.assert_never":
		return py("AssertNever").Call(g.exprAny(arg(0)))
	case "dataclasses.asdict":
		return py("AsDict").Call(g.expr(arg(0)))
	case "dataclasses.astuple":
		return py("AsTuple").Call(g.expr(arg(0)))
	case "dataclasses.fields":
		if ref, ok := g.typeOf(arg(0)).(*check.ClassRef); ok { // fields(C): known statically
			var names []Code
			for _, n := range check.DataclassFieldNames(ref.Class) {
				names = append(names, Lit(n))
			}
			return py("FieldsNamed").Call(names...)
		}
		return py("Fields").Call(g.expr(arg(0)))
	case "asyncio.run":
		t := g.typeOf(x)
		return rt("Run").Types(g.goType(t)).Call(Func().Params().Add(rt("Awaitable").Types(g.goType(t))).Block(Return(g.expr(arg(0)))))
	case "asyncio.create_task", "asyncio.ensure_future":
		at := g.typeOf(arg(0))
		if _, ok := at.(*check.Coroutine); !ok {
			return g.expr(arg(0))
		}
		var nm Code = Lit("")
		if n := g.kw(x, "name"); n != nil {
			nm = g.taskName(n) // tasknames.go
		}
		res := at.(*check.Coroutine).Result
		create := "CreateTask"
		if g.frameCall(arg(0)) {
			create = "CreateTaskFrame" // the frame is stored in the task
		}
		if name == "asyncio.ensure_future" {
			// ensure_future outside a running loop uses the default loop.
			return erasedTask(res, rt(create).Types(g.goType(res)).Call(rt("GetEventLoop").Call(), g.expr(arg(0)), nm))
		}
		return erasedTask(res, rt(create).Types(g.goType(res)).Call(rt("GetRunningLoop").Call(), g.expr(arg(0)), nm))
	case "asyncio.sleep":
		res := g.typeOf(x).(*check.Coroutine).Result
		var rv ast.Expr
		if len(x.Args) == 2 {
			rv = arg(1)
		} else {
			rv = g.kw(x, "result")
		}
		if rv == nil {
			return rt("Sleep").Call(g.exprTo(arg(0), check.Float))
		}
		return rt("SleepResult").Types(g.goType(res)).Call(g.exprTo(arg(0), check.Float), g.exprTo(rv, res))
	case "asyncio.gather":
		return g.gather(x)
	case "asyncio.get_running_loop":
		return rt("GetRunningLoop").Call()
	case "asyncio.get_event_loop":
		return rt("GetEventLoop").Call()
	case "asyncio.new_event_loop":
		return rt("NewEventLoop").Call()
	case "asyncio.set_event_loop":
		return rt("SetEventLoop").Call(g.expr(x.Args[0]))
	case "asyncio.current_task":
		return rt("CurrentTaskOpt").Call(g.loopArg(x)) // None in a callback
	case "asyncio.all_tasks":
		return py("SetOf").Call(rt("AllTasks").Call(g.loopArg(x)))
	case "time.monotonic", "time.perf_counter":
		return rt("Monotonic").Call()
	case "time.time":
		return rt("WallTime").Call()
	case "time.monotonic_ns", "time.perf_counter_ns":
		return rt("MonotonicNs").Call()
	case "time.time_ns":
		return rt("WallTimeNs").Call()
	}
	if s, ok := g.builtinExtra(x, name); ok {
		return s
	}
	panic("codegen: unsupported built-in " + name)
}

func (g *gen) gather(x *ast.Call) *Statement {
	if k := g.kw(x, "return_exceptions"); k != nil {
		if b, ok := k.(*ast.BoolLit); !ok || b.Value {
			return g.gatherExc(x)
		}
	}
	loop := Nil() // the first task or future argument's loop, else the current loop (runtime.gatherLoop)
	ret, _ := check.AwaitResult(g.typeOf(x))
	if lt, ok := ret.(*check.List); ok && check.GatherMixed(x) { // surface_conv.go
		if g.gatherMixedSame(x, lt.Elem) {
			return rt("GatherList").Types(g.goType(lt.Elem)).Call(loop, g.gatherMixedList(x, lt.Elem), g.gatherRetExc(x))
		}
		return rt("GatherAny").Call(loop, g.gatherMixedList(x, nil), g.gatherRetExc(x))
	}
	if lt, ok := ret.(*check.List); ok {
		et := g.goType(lt.Elem)
		aw := rt("Awaitable").Types(et)
		var list Code
		if len(x.Args) == 1 {
			if s, ok := x.Args[0].(*ast.Starred); ok {
				if lc, ok := s.Value.(*ast.ListComp); ok && g.frameTasks(lc, lt.Elem) {
					// gather(*[coro(...) for ...]): the comprehension builds
					// the children's task boxes (runtime.FrameTask).
					g.frameTaskComp = lc
					list := g.expr(lc)
					g.frameTaskComp = nil
					return rt("GatherFrameTasks").Types(et).Call(loop, list.Dot("V"))
				}
				src := g.typeOf(s.Value)
				if _, ok := g.elemType(src).(*check.Union); ok { // check.BoxedUnionAwait
					return rt("GatherAny").Call(loop, rt("AnyAwaitables").Call(g.sliceOf(s.Value)), g.gatherRetExc(x))
				}
				elemT := g.goType(g.elemType(src))
				// The list's own slice, with no copy.
				return rt("GatherSlice").Types(et, elemT).Call(loop, g.sliceOf(s.Value), g.gatherRetExc(x))
			}
		}
		if list == nil {
			var els []Code
			for _, a := range x.Args {
				els = append(els, g.expr(a))
			}
			list = Index().Add(aw).Values(els...)
		}
		return rt("GatherList").Types(et).Call(loop, list, g.gatherRetExc(x))
	}
	tt := ret.(*check.Tuple)
	var els []Code
	for i, a := range x.Args {
		els = append(els, rt("Erase").Types(g.goType(tt.Elems[i])).Call(g.expr(a)))
	}
	return rt("GatherAny").Call(loop, Index().Add(rt("AnyAwaitable")).Values(els...), g.gatherRetExc(x))
}

// isinstance evaluates isinstance(v, T) statically where the static type
// of v decides it.
func (g *gen) isinstance(v, cls ast.Expr) *Statement {
	vt := g.typeOf(v)
	var tests []check.Type
	var classes []ast.Expr
	var abcs []string
	collect := func(e ast.Expr) {
		switch t := g.typeOf(e).(type) {
		case *check.TypeName:
			if n := check.TypingABC(t); n != "" {
				abcs = append(abcs, n) // isinstance(v, Mapping)
				return
			}
			tests = append(tests, t.T)
		case *check.ClassRef:
			classes = append(classes, e)
			tests = append(tests, t.Class)
		case *check.BuiltinFunc:
			if t.Name == "slice" {
				tests = append(tests, check.SliceType) // sliceobj.go
			}
		}
	}
	if tu, ok := cls.(*ast.TupleExpr); ok {
		for _, e := range tu.Elems {
			collect(e)
		}
	} else if ops := check.UnionOperands(cls); ops != nil { // isinstance(v, int | str)
		for _, e := range ops {
			collect(e)
		}
	} else if tt, ok := g.typeOf(cls).(*check.Tuple); ok {
		// A tuple of classes held in a variable: exception classes are
		// tested at run time; built-in types (kinds = (int, str)) are
		// known from the tuple's type (the checker refuses other classes).
		if check.ExcClassTuple(tt) {
			return py("IsInstanceAny").Call(g.exprTo(v, check.Object), py("TupleClasses").Call(g.expr(cls)).Op("..."))
		}
		for _, el := range tt.Elems {
			if tn, ok := el.(*check.TypeName); ok {
				tests = append(tests, tn.T)
			}
		}
	} else {
		collect(cls)
	}
	if len(abcs) > 0 {
		// collections.abc classes: the registered built-in types, by the
		// run-time type of the boxed value (with any other classes).
		test := g.isinstanceDynamic(tests, Id("_v"))
		for _, n := range abcs {
			test = py("IsInstanceABC").Call(Id("_v"), Lit(n)).Op("||").Add(test)
		}
		return Func().Params(Id("_v").Any()).Bool().Block(Return(test)).Call(g.exprTo(v, check.Object))
	}
	for _, t := range tests {
		if t == check.Object { // every value, None included, is an object
			if pureRef(v) {
				return True()
			}
			return Func().Params().Bool().Block(Id("_").Op("=").Add(g.expr(v)), Return(True())).Call()
		}
	}
	switch vt.(type) {
	case *check.Union, *check.AnyType, *check.Optional:
		if len(classes) > 0 && len(classes) == len(tests) && allExcClasses(tests) {
			var cls []Code
			for _, e := range classes {
				cls = append(cls, g.expr(e))
			}
			return g.isinstanceExc(g.exprTo(v, check.Object), cls)
		}
		return g.isinstanceDynamic(tests, g.exprTo(v, check.Object)) // an Optional holding None is None
	}
	if c, ok := vt.(*check.Class); ok && c.IsExc {
		var s *Statement
		for _, e := range classes {
			t := py("IsInstance").Call(g.expr(v), g.expr(e))
			if s == nil {
				s = t
			} else {
				s = s.Op("||").Add(t)
			}
		}
		if s == nil {
			return False()
		}
		return s
	}
	if vc, ok := vt.(*check.Class); ok {
		var s *Statement
		for i, t := range tests {
			tc, ok := t.(*check.Class)
			if !ok {
				continue
			}
			if test := g.isinstanceClassObj(v, vc, tc, cls, classes, i); test != nil { // clsobj_isinstance.go
				if s == nil {
					s = test
				} else {
					s = s.Op("||").Add(test)
				}
				continue
			}
			if vc.IsSubclassOf(tc) {
				return True()
			}
			if tc.IsSubclassOf(vc) || vc.Protocol { // a protocol value may be any class
				test := Func().Params().Bool().Block(
					List(Id("_"), Id("ok")).Op(":=").Add(g.expr(v)).Assert(Id(g.ifaceName(tc))),
					Return(Id("ok")),
				).Call()
				if s == nil {
					s = test
				} else {
					s = s.Op("||").Add(test)
				}
			}
		}
		if s != nil {
			return s
		}
		return False()
	}
	for _, t := range tests {
		if sameKind(vt, t) {
			return True()
		}
		if vc, ok := vt.(*check.Class); ok {
			if tc, ok := t.(*check.Class); ok && vc.IsSubclassOf(tc) {
				return True()
			}
		}
		if vt == check.Bool && t == check.Int {
			return True()
		}
	}
	return False()
}

func sameKind(a, b check.Type) bool {
	switch a.(type) {
	case *check.List:
		_, ok := b.(*check.List)
		return ok
	case *check.Dict:
		_, ok := b.(*check.Dict)
		return ok
	case *check.Set:
		_, ok := b.(*check.Set)
		return ok
	case *check.Tuple:
		if a.(*check.Tuple).ListRepr {
			_, ok := b.(*check.List) // a gather result is a list
			return ok
		}
		_, ok := b.(*check.Tuple)
		return ok
	case *check.Task:
		_, ok := b.(*check.Task)
		return ok
	case *check.Future:
		switch b.(type) {
		case *check.Future:
			return true
		}
	}
	return a == b
}

func (g *gen) conversionCall(x *ast.Call, t check.Type) *Statement {
	if _, ok := t.(*check.Future); ok {
		return g.futureCtor(x) // futurector.go: asyncio.Future()
	}
	if len(x.Args) == 0 {
		switch t {
		case check.Int:
			return Int64().Call(Lit(0))
		case check.Float:
			return Float64().Call(Lit(0))
		case check.Str:
			return Lit("")
		case check.Bool:
			return False()
		case check.Bytes:
			return py("Bytes").Call(Lit(""))
		case check.Object:
			return py("NewObject").Call() // object(): a distinct object
		}
		res := g.typeOf(x)
		if c, ok := g.info.Conv[x]; ok {
			if ca, view := c.(*check.Abstract); view { // abstract.go: viewed by convert
				return g.emptyContainer(viewBase(res, ca))
			}
			switch c.(type) {
			case *check.List, *check.Set, *check.Dict:
				res = c
			}
		}
		return g.emptyContainer(res)
	}
	a := x.Args[0]
	at := g.typeOf(a)
	switch t.(type) {
	case *check.List:
		if rl, ok := g.typeOf(x).(*check.List); ok && rl.Elem != nil && check.CtorWidens(at) && !check.Identical(g.elemOf(a), rl.Elem) {
			return py("ListOf").Call(g.sliceOfTo(a, rl.Elem)) // list(tags) as a list[object]
		}
		if _, ok := at.(*check.List); ok {
			return py("ListOf").Call(g.expr(a).Dot("V")) // a list, also of a deque
		}
		return py("ListOf").Call(g.sliceOf(a))
	case *check.Set:
		if rs, ok := g.typeOf(x).(*check.Set); ok && rs.Elem != nil && check.CtorWidens(at) && !check.Identical(g.elemOf(a), rs.Elem) {
			return g.frozen(t, py("SetOf").Call(g.sliceOfTo(a, rs.Elem)))
		}
		if as, ok := at.(*check.Set); ok && as.Elem != nil {
			if t.(*check.Set).Frozen {
				return py("FrozenOf").Call(g.expr(a)) // frozenset(s): merged as CPython's set_merge does
			}
			return py("Thaw").Call(g.expr(a)) // set(s): merged too
		}
		if _, ok := at.(*check.Dict); ok {
			return g.frozen(t, py("SetOfDict").Call(g.sliceOf(a))) // set(d): sized for the keys first
		}
		return g.frozen(t, py("SetOf").Call(g.sliceOf(a)))
	case *check.Dict:
		if _, ok := at.(*check.Dict); ok {
			return py("DictPlainCopy").Call(g.expr(a)) // a dict, also of a Counter
		}
		et := check.UnpackElem(at)
		if l, ok := at.(*check.List); ok {
			et = l.Elem
		}
		if _, ok := et.(*check.List); ok {
			return py("DictFromLists").Call(g.sliceOf(a)) // dict(s.split("=", 1) for s in xs)
		}
		return py("DictFromItems").Call(g.sliceOf(a))
	case *check.Tuple:
		if rt, ok := g.typeOf(x).(*check.Tuple); ok && rt.Var && len(rt.Elems) == 1 && check.CtorWidens(at) && !check.Identical(g.elemOf(a), rt.Elems[0]) {
			return py("TupleOf").Call(g.sliceOfTo(a, rt.Elems[0])) // tuple(squares) as a tuple[Shape, ...]
		}
		return py("TupleOf").Call(g.sliceOf(a))
	}
	if c := g.convertOther(t, at, a); c != nil { // surface_conv.go
		return c
	}
	switch t {
	case check.Int:
		switch at {
		case check.Str:
			if len(x.Args) == 2 {
				return py("ParseIntBase").Call(g.expr(a), g.expr(x.Args[1]))
			}
			return py("ParseInt").Call(g.expr(a))
		case check.Bytes:
			var base Code = Lit(10)
			if len(x.Args) == 2 {
				base = g.expr(x.Args[1])
			}
			return py("ParseIntBytes").Call(g.expr(a), base)
		case check.Float:
			return py("IntFromFloat").Call(g.expr(a))
		case check.Bool:
			return py("BoolToInt").Call(g.expr(a))
		}
		if check.NumUnion(at) {
			return py("IntOfNum").Call(g.expr(a))
		}
		return g.expr(a)
	case check.Float:
		switch at {
		case check.Str:
			return py("ParseFloat").Call(g.expr(a))
		case check.Bytes:
			return py("ParseFloatBytes").Call(g.expr(a))
		case check.Int:
			return Float64().Call(g.expr(a))
		case check.Bool:
			return Float64().Call(py("BoolToInt").Call(g.expr(a)))
		}
		if check.NumUnion(at) {
			return py("NumToFloat").Call(g.expr(a))
		}
		return g.expr(a)
	case check.Str:
		if (at == check.Bytes || check.IsByteArray(at)) && len(x.Args) == 2 {
			return py("BytesDecode").Call(g.exprConv(a), g.expr(x.Args[1]))
		}
		if (at == check.Bytes || check.IsByteArray(at)) && len(x.Args) == 3 {
			return py("BytesDecodeErrors").Call(g.exprConv(a), g.expr(x.Args[1]), g.expr(x.Args[2]))
		}
		return g.strOf(a).(*Statement)
	case check.Bool:
		return Parens(g.truth(a))
	case check.Bytes:
		return g.bytesConversion(x) // surface.go
	}
	panic("codegen: unsupported conversion")
}

func optInt(c Code) Code { return py("Some").Call(c) }

func noneInt() Code { return py("Opt").Types(Int64()).Values() }

func (g *gen) methodCall(x *ast.Call, recv ast.Expr, rtype check.Type, name string) *Statement {
	if rtype == check.SliceType && name == "indices" { // sliceobj.go
		return g.expr(recv).Dot("Indices").Call(g.exprTo(x.Args[0], check.Int))
	}
	if rtype == check.RandomType { // random.Random methods: the module's functions on the instance
		s, _ := g.builtinExtraOn(x, "random."+name, g.expr(recv))
		return s
	}
	r, _ := g.tupleViewOperand(recv)                      // p.index(2): a NamedTuple's tuple view (namedtuple.go)
	if s, ok := g.cmDunderMethod(x, r, rtype, name); ok { // cmdunder.go
		return s
	}
	if s, ok := g.syncMethod(x, r, rtype, name); ok { // sync.go
		return s
	}
	if s, ok := g.ioMethod(x, r, rtype, name); ok { // threads.go
		return s
	}
	if s, ok := g.genMethod(x, r, rtype, name); ok { // generators.go
		return s
	}
	if s, ok := g.groupMethod(x, r, rtype, name); ok { // star.go
		return s
	}
	if cls, ok := rtype.(*check.Class); ok && cls.IsExc && name == "add_note" && cls.LookupMethod(name) == nil {
		return r.Dot("Exc").Call().Dot("AddNote").Call(g.exprTo(x.Args[0], check.Str))
	}
	if s, ok := g.namedTupleMethod(x, r, rtype, name); ok { // namedtuple.go
		return s
	}
	if _, ok := rtype.(*check.Coroutine); ok && name == "close" {
		return rt("CloseCoro").Call(r) // check/coroclose.go
	}
	if s, ok := g.methodEntryCall(x, r, rtype, name); ok { // builtins.go
		return s
	}
	arg := func(i int) ast.Expr { return x.Args[i] }
	switch t := rtype.(type) {
	case *check.Task, *check.Future:
		if s, ok := g.taskMethod(x, r, name); ok {
			return s
		}
		switch name {
		case "done":
			return r.Dot("Done").Call()
		case "cancelled":
			return r.Dot("Cancelled").Call()
		case "result":
			return r.Dot("Result").Call()
		case "get_name":
			return r.Dot("GetName").Call()
		case "set_name":
			return r.Dot("SetName").Call(g.strOf(arg(0)))
		case "set_result":
			if tt, ok := t.(*check.Task); ok {
				return r.Dot("SetResult").Call(g.exprTo(arg(0), tt.Result))
			}
			return r.Dot("SetResult").Call(g.exprTo(arg(0), t.(*check.Future).Result))
		case "set_exception":
			return r.Dot("SetException").Call(g.expr(arg(0)))
		case "add_done_callback":
			if tt, ok := t.(*check.Task); ok {
				if _, any := tt.Result.(*check.AnyType); any {
					return r.Dot("AddDoneCallbackAny").Call(g.expr(arg(0)))
				}
			}
			return r.Dot("AddDoneCallback").Call(g.exprConv(arg(0)))
		case "remove_done_callback":
			return py("IntOf").Call(r.Dot("RemoveDoneCallback").Call(g.expr(arg(0)))) // a call: usable as a statement
		}
	case *check.Opaque:
		if s, ok := g.exitStackMethod(x, r, t, name); ok { // exitstack.go
			return s
		}
		if s, ok := g.runtimeMethod(x, r, t, name); ok {
			return s
		}
		if s, ok := g.loopMethod(x, r, t, name); ok {
			return s
		}
		if t == check.LoopType {
			switch name {
			case "create_task":
				var nm Code = Lit("")
				if n := g.kw(x, "name"); n != nil {
					nm = g.taskName(n) // tasknames.go
				}
				res := g.typeOf(arg(0)).(*check.Coroutine).Result
				return erasedTask(res, rt("LoopCreateTask").Types(g.goType(res)).Call(r, g.expr(arg(0)), nm))
			case "time":
				return r.Dot("Time").Call()
			case "create_future":
				ft := g.typeOf(x).(*check.Future)
				if c, ok := g.info.Conv[x]; ok {
					if o, opt := c.(*check.Optional); opt {
						c = o.Elem // stored where Future[T] | None is declared (node.result = loop.create_future())
					}
					ft = c.(*check.Future)
				}
				return rt("NewFuture").Types(g.goType(elemOrAny(ft.Result))).Call(r)
			}
		}
	}
	panic(fmt.Sprintf("codegen: unsupported method %s of %v", name, rtype))
}

// comprehension emits a comprehension without awaits as an immediately
// called Go function literal.
// slabFrames reports whether the elements of a list comprehension are
// fresh coroutine frames built on the loop of the task running the current
// coroutine (_tc), which runtime.FrameCopy may place in slabs.
func (g *gen) slabFrames(x *ast.ListComp) bool {
	if g.fn == nil || !g.fn.Info.IsAsync || g.fn.Info.IsGen || (g.mode != modeCoro && g.mode != modeCoroTry) {
		return false
	}
	lt, ok := g.typeOf(x).(*check.List)
	if !ok {
		return false
	}
	if _, ok := lt.Elem.(*check.Coroutine); !ok {
		return false
	}
	return g.frameCall(x.Elt)
}

// frameTasks reports whether the list comprehension lc, the starred
// argument of a gather whose results are of type res (without
// return_exceptions), can build the gather's task boxes itself
// (runtime.FrameTask, runtime.GatherFrameTasks): its elements are fresh
// frames of coroutines returning res.
func (g *gen) frameTasks(lc *ast.ListComp, res check.Type) bool {
	if !g.slabFrames(lc) {
		return false
	}
	if _, ok := g.override[lc]; ok {
		return false
	}
	if _, ok := g.fn.Subst[lc]; ok {
		return false // evaluated earlier into a variable (it awaits)
	}
	co := g.typeOf(lc).(*check.List).Elem.(*check.Coroutine)
	if _, ok := co.Result.(*check.AnyType); ok || !check.Identical(co.Result, res) {
		return false
	}
	return true
}

// frameTask emits runtime.FrameTask[res](_tc, e) for a frame constructor
// call e.
func (g *gen) frameTask(res check.Type, e ast.Expr) Code {
	return rt("FrameTask").Types(g.goType(res)).Call(Id("_tc"), g.expr(e))
}

// frameCopy emits runtime.FrameCopy(_tc, e) for a frame constructor call e.
func (g *gen) frameCopy(e ast.Expr) Code { return rt("FrameCopy").Call(Id("_tc"), g.expr(e)) }

func (g *gen) comprehension(e ast.Expr) *Statement {
	if ge, ok := e.(*ast.GeneratorExp); ok {
		return g.lazyGenExp(ge) // generators.go
	}
	t := g.typeOf(e)
	var gens []*ast.Comprehension
	var body func() Code
	var rt check.Type = t
	switch x := e.(type) {
	case *ast.ListComp:
		gens = x.Gens
		body = func() Code { return Id("_r").Dot("Append").Call(g.exprTo(x.Elt, t.(*check.List).Elem)) }
		if g.slabFrames(x) {
			// [coro(...) for ...] in a coroutine: the frames are copied
			// into memory of the loop's (slabs during a burst; see
			// runtime.FrameCopy).
			body = func() Code {
				return Id("_r").Dot("Append").Call(g.frameCopy(x.Elt))
			}
		}
		if g.frameTaskComp == x {
			// The starred argument of gather: a list of task boxes.
			res := t.(*check.List).Elem.(*check.Coroutine).Result
			rt = &check.List{Elem: &check.Task{Result: res}}
			body = func() Code { return Id("_r").Dot("Append").Call(g.frameTask(res, x.Elt)) }
		}
	case *ast.SetComp:
		gens = x.Gens
		body = func() Code { return Id("_r").Dot("Add").Call(g.exprTo(x.Elt, t.(*check.Set).Elem)) }
	case *ast.DictComp:
		gens = x.Gens
		dt := t.(*check.Dict)
		body = func() Code { return Id("_r").Dot("Set").Call(g.exprTo(x.Key, dt.Key), g.exprTo(x.Value, dt.Val)) }
	case *ast.GeneratorExp:
		gens = x.Gens
		et := t.(*check.Iterator).Elem
		rt = &check.List{Elem: et}
		body = func() Code { return Id("_r").Dot("Append").Call(g.exprTo(x.Elt, et)) }
	}
	var build func(i int) []Code
	build = func(i int) []Code {
		if i == len(gens) {
			return []Code{body()}
		}
		gn := gens[i]
		var out []Code
		for _, sym := range g.info.CompSyms[gn] {
			out = append(out, Var().Id(sym.GoName).Add(g.goType(sym.Type)), Id("_").Op("=").Id(sym.GoName))
		}
		it := fmt.Sprintf("_it%d", i)
		out = append(out, Id(it).Op(":=").Add(g.iterInit(gn.Iter, g.typeOf(gn.Iter))))
		inner := g.assignGo(gn.Target, Id("_v"), g.elemOf(gn.Iter))
		for _, c := range gn.Ifs {
			inner = append(inner, If(Op("!").Parens(g.truth(c))).Block(Continue()))
		}
		inner = append(inner, build(i+1)...)
		out = append(out, For(
			List(Id("_v"), Id("_ok")).Op(":=").Id(it).Dot("Next").Call(),
			Id("_ok"),
			List(Id("_v"), Id("_ok")).Op("=").Id(it).Dot("Next").Call(),
		).Block(inner...))
		return out
	}
	fbody := append(g.compFrameGuard(e), Id("_r").Op(":=").Add(g.emptyContainer(rt))) // recursion.go
	if lc, ok := e.(*ast.ListComp); ok && len(lc.Gens) == 1 && len(lc.Gens[0].Ifs) == 0 && g.typeOf(lc.Gens[0].Iter) == check.RangeType {
		// [f(i) for i in range(...)]: the length is known, so the list
		// is allocated once (no growth copies).
		b := build(0)
		fbody = append(fbody, b[:len(b)-1]...) // declarations and the iterator
		fbody = append(fbody, Id("_r").Dot("V").Op("=").Make(Index().Add(g.goType(rt.(*check.List).Elem)), Lit(0), Id("_it0").Dot("SizeHint").Call()))
		fbody = append(fbody, b[len(b)-1])
	} else {
		fbody = append(fbody, build(0)...)
	}
	fbody = append(fbody, Return(Id("_r")))
	call := Func().Params().Add(g.goType(rt)).Block(fbody...).Call()
	if _, ok := e.(*ast.GeneratorExp); ok {
		return py("IterOfKind").Call(call.Dot("V"), py("IterKindGenExp"))
	}
	return call
}

// frozen marks the set s builds as a frozenset when t, the type called
// (set or frozenset), is frozenset.
func (g *gen) frozen(t check.Type, s *Statement) *Statement {
	if st, ok := t.(*check.Set); ok && st.Frozen {
		return s.Dot("Freeze").Call()
	}
	return s
}

// constructCall emits C(args) for a class C.
func (g *gen) constructCall(x *ast.Call, f *check.ClassRef) *Statement {
	if s, ok := g.dynamicConstruct(x, f.Class); ok { // clsobj.go
		return s
	}
	if f.Class.Enum != nil {
		return g.enumLookup(x, f.Class) // enum.go
	}
	if f.Class.Builtin && len(x.Args) == 2 && len(x.Keywords) == 0 {
		// The stream exceptions keep their arguments as attributes
		// (.partial/.expected, .consumed) and build their message.
		switch f.Class.Name {
		case "IncompleteReadError":
			return rt("NewIncompleteReadError").Call(g.exprTo(x.Args[0], check.Bytes), g.exprTo(x.Args[1], &check.Optional{Elem: check.Int}))
		case "LimitOverrunError":
			return rt("NewLimitOverrunError").Call(g.exprTo(x.Args[0], check.Str), g.exprTo(x.Args[1], check.Int))
		}
	}
	if f.Class.Builtin {
		var args []Code
		args = append(args, py(f.Class.Name+"Class"))
		for _, a := range x.Args {
			args = append(args, g.exprAny(a))
		}
		return py("NewExc").Call(args...)
	}
	init := f.Class.LookupMethod("__init__")
	if init == nil {
		var args []Code
		for _, a := range x.Args {
			args = append(args, g.exprAny(a))
		}
		return Id(g.ctorName(f.Class)).Call(args...)
	}
	var def *ast.FuncDef
	if init.Def != nil {
		def = init.Def.(*ast.FuncDef)
	}
	return Id(g.ctorName(f.Class)).Call(g.argsCls(x, init.Sig, def, f.Class)...)
}

// spreadOnceCall emits call x spreading a tuple computed by an expression
// (check.Info.SpreadOnce: f(*divmod(a, b))): the expression evaluated
// once into a temporary its items are read from. stmt: x is an
// expression statement (its value, perhaps None, is not used). ok is
// false for other calls.
func (g *gen) spreadOnceCall(x *ast.Call, stmt bool) (*Statement, bool) {
	n, ok := g.info.SpreadOnce[x]
	if !ok {
		return nil, false
	}
	if _, busy := g.override[n]; busy {
		return nil, false // the call inside the temporary's scope
	}
	t := g.typeOf(x)
	if !stmt && (t == nil || t == check.None) {
		return nil, false
	}
	if g.override == nil {
		g.override = map[ast.Expr]string{}
	}
	name := fmt.Sprintf("_sp%d", g.closingSeq)
	g.closingSeq++
	body := []Code{Id(name).Op(":=").Add(g.expr(n))}
	sc := g.info.SpreadChecks[x]
	if sc != nil && sc.Sig == nil { // check/spread_runtime.go: f(*items)
		args := []Code{Id(name).Dot("Len").Call(), Lit(sc.Want), Lit(sc.Before), Lit(sc.Name)}
		for _, p := range sc.Params {
			args = append(args, Lit(p))
		}
		body = append(body, py("CheckSpread").Call(args...))
	}
	if sc != nil && sc.Sig != nil {
		body = append(body, py("CheckSpreadSig").Call(Id(name).Dot("Len").Call(), g.spreadSig(sc)))
	}
	g.override[n] = name
	defer delete(g.override, n)
	emit := func() Code {
		if stmt {
			return g.stmtExpr(x)
		}
		return Return(g.call(x))
	}
	if sc != nil && len(sc.Variants) > 0 {
		// Fewer items than parameters: the call binding that many, the
		// others taking their defaults.
		full := g.info.Args[x]
		var cases []Code
		for k, bound := range sc.Variants {
			g.info.Args[x] = bound
			c := []Code{emit()}
			if stmt {
				c = append(c, Return())
			}
			cases = append(cases, Case(Lit(sc.Min+k)).Block(c...))
		}
		g.info.Args[x] = full
		body = append(body, Switch(Id(name).Dot("Len").Call()).Block(cases...))
	}
	body = append(body, emit())
	if stmt {
		return Func().Params().Block(body...).Call(), true
	}
	return Func().Params().Add(g.goType(t)).Block(body...).Call(), true
}

// spreadSig is the py.SpreadSig of a spread call's check.
func (g *gen) spreadSig(sc *check.SpreadCheck) Code {
	bools := func(bs []bool) Code {
		var vs []Code
		for _, b := range bs {
			vs = append(vs, Lit(b))
		}
		return Index().Bool().Values(vs...)
	}
	var params, clash []Code
	for _, p := range sc.Params {
		params = append(params, Lit(p))
	}
	d := Dict{
		Id("Name"):     Lit(sc.Name),
		Id("Lo"):       Lit(sc.Sig.Lo),
		Id("Hi"):       Lit(sc.Sig.Hi),
		Id("Before"):   Lit(sc.Before),
		Id("Params"):   Index().String().Values(params...),
		Id("Required"): bools(sc.Sig.Required),
		Id("Named"):    bools(sc.Sig.Named),
	}
	if sc.Sig.KwOnly > 0 {
		d[Id("KwOnly")] = Lit(sc.Sig.KwOnly)
	}
	if len(sc.Sig.Clash) > 0 {
		for _, r := range sc.Sig.Clash {
			clash = append(clash, Lit(r))
		}
		d[Id("Clash")] = Index().Int().Values(clash...)
	}
	return py("SpreadSig").Values(d)
}

// erasedTask is a task created from a coroutine of result res: a task whose
// result is object (typing.Any) has the Go type *rt.TaskCore (goType), so
// the created *rt.Task[any] is read as its core.
func erasedTask(res check.Type, task *Statement) *Statement {
	if _, ok := res.(*check.AnyType); ok {
		return Op("&").Add(task).Dot("TaskCore")
	}
	return task
}

// dynGetattr emits getattr(obj, name[, default]) with a name known only
// at run time (check/getattr_dyn.go): a switch over the data fields, in
// CPython's order of evaluation (object, name, default).
func (g *gen) dynGetattr(x *ast.Call, d *check.DynGetattr) *Statement {
	body := []Code{
		Id("_o").Op(":=").Add(g.expr(x.Args[0])),
		Id("_n").Op(":=").Add(g.exprTo(x.Args[1], check.Str)),
	}
	if len(x.Args) == 3 {
		body = append(body, Id("_d").Op(":=").Add(g.exprTo(x.Args[2], check.Object)))
	}
	if d.Has {
		var names []Code
		for _, f := range d.Fields {
			names = append(names, Lit(f.Name))
		}
		for _, o := range d.Other {
			names = append(names, Lit(o))
		}
		body[0] = Id("_").Op("=").Add(g.expr(x.Args[0]))
		if len(names) > 0 {
			body = append(body, Switch(Id("_n")).Block(Case(names...).Block(Return(True()))))
		}
		body = append(body, py("GetattrOther").Call(Lit(d.Class.Name), Id("_n")), Return(False()))
		return Func().Params().Bool().Block(body...).Call()
	}
	var cases []Code
	for _, f := range d.Fields {
		cases = append(cases, Case(Lit(f.Name)).Block(Return(g.convert(g.fieldRef(Id("_o"), d.Class, f.Name), f.Type, check.Object))))
	}
	if len(cases) > 0 {
		body = append(body, Switch(Id("_n")).Block(cases...))
	}
	other := []Code{Lit(d.Class.Py()), Id("_n")}
	for _, o := range d.Other {
		other = append(other, Lit(o))
	}
	if len(x.Args) == 3 {
		body = append(body, py("GetattrOther").Call(other...), Return(Id("_d")))
	} else {
		body = append(body, py("GetattrMissing").Call(other...), Panic(Lit("unreachable")))
	}
	return Func().Params().Any().Block(body...).Call()
}

// dynMethodCall emits getattr(obj, name)(args...) with a name known only
// at run time (check/getattr_dyn.go): a switch over the methods whose
// signatures take the arguments, each case the call obj.method(args...).
func (g *gen) dynMethodCall(x *ast.Call, d *check.DynMethodCall) *Statement {
	t := g.typeOf(x)
	getattr := x.Func.(*ast.Call)
	body := []Code{Id("_n").Op(":=").Add(g.exprTo(getattr.Args[1], check.Str))}
	var cases []Code
	for i, name := range d.Names {
		cases = append(cases, Case(Lit(name)).Block(Return(g.exprTo(d.Calls[i], t))))
	}
	body = append(body, Switch(Id("_n")).Block(cases...))
	other := []Code{Lit(d.Class.Name), Id("_n")}
	for _, o := range d.Other {
		other = append(other, Lit(o))
	}
	body = append(body, py("GetattrMissing").Call(other...), Panic(Lit("unreachable")))
	return Func().Params().Add(g.goType(t)).Block(body...).Call()
}

// dynSetattr emits setattr(obj, name, value) (check/setattr_dyn.go): the
// object, name and value evaluated in CPython's order, then a switch over
// the data fields the value may be stored into; other names raise.
func (g *gen) dynSetattr(x *ast.Call, d *check.DynSetattr) *Statement {
	body := []Code{
		Id("_o").Op(":=").Add(g.expr(x.Args[0])),
		Id("_n").Op(":=").Add(g.exprTo(x.Args[1], check.Str)),
		Id("_v").Op(":=").Add(g.expr(x.Args[2])),
	}
	var cases []Code
	for _, f := range d.Fields {
		cases = append(cases, Case(Lit(f.Name)).Block(
			g.storeField(Id("_o"), d.Class, f.Name, g.convert(Id("_v"), d.Value, f.Type)),
			Return(py("None")),
		))
	}
	for _, f := range d.Others {
		cases = append(cases, Case(Lit(f.Name)).Block(
			py("SetattrType").Call(Lit(d.Class.Name), Id("_n"), Lit(f.Type.String()), Lit(d.Value.String())),
		))
	}
	if len(cases) > 0 {
		body = append(body, Switch(Id("_n")).Block(cases...))
	}
	body = append(body, Id("_").Op("=").Id("_v"), py("SetattrOther").Call(Lit(d.Class.Name), Id("_n")), Return(py("None")))
	return Func().Params().Add(g.goType(check.None)).Block(body...).Call()
}
