package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// voidCall reports calls whose Go form returns nothing.
func (g *gen) voidCall(c *ast.Call) bool {
	return g.typeOf(c) == check.None
}

// callTo emits a call whose result type depends on where it is used
// (loop.create_future()).
func (g *gen) callTo(x *ast.Call, to check.Type) Code {
	if ft, ok := to.(*check.Future); ok {
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
	bound, msg := check.BindArgs(sig, x)
	if msg != "" {
		panic("codegen: " + msg)
	}
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

// args binds call arguments to a signature, filling in defaults.
func (g *gen) args(x *ast.Call, sig *check.Func, def *ast.FuncDef, skipSelf bool) []Code {
	bound, msg := check.BindArgs(sig, x)
	if msg != "" {
		panic("codegen: " + msg)
	}
	var out []Code
	for i, a := range bound {
		if a == nil {
			pi := i
			if skipSelf {
				pi++
			}
			if def == nil || def.Params[pi].Default == nil {
				panic("codegen: missing default")
			}
			out = append(out, g.exprTo(def.Params[pi].Default, sig.Params[i].Type))
			continue
		}
		out = append(out, g.exprTo(a, sig.Params[i].Type))
	}
	return out
}

func (g *gen) call(x *ast.Call) *Statement {
	switch f := g.typeOf(x.Func).(type) {
	case *check.Func:
		if n, ok := x.Func.(*ast.Name); ok {
			if sym := g.info.Uses[n]; sym != nil && sym.Kind == check.SymFunc && sym.Func.Decorated == nil {
				if _, subst := g.fn.Subst[n]; !subst {
					lf := g.funcs[sym.Func]
					return Id(lf.Name).Call(g.args(x, f, sym.Func.Def, false)...)
				}
			}
		}
		return g.expr(x.Func).Call(g.args(x, f, nil, false)...)
	case *check.ClassRef:
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
			return Id("new_" + className(f.Class)).Call(args...)
		}
		var def *ast.FuncDef
		if init.Def != nil {
			def = init.Def.(*ast.FuncDef)
		}
		return Id("new_" + className(f.Class)).Call(g.argsCls(x, init.Sig, def, f.Class)...)
	case *check.BoundMethod:
		at := x.Func.(*ast.Attribute)
		if f.Super {
			self := g.varRef(g.fn.SymVars[g.fn.Info.Params[0]], true)
			if f.Method == nil {
				args := []Code{self}
				for _, a := range x.Args {
					args = append(args, g.exprAny(a))
				}
				return py("SetArgs").Call(args...)
			}
			args := append([]Code{self}, g.args(x, f.Method.Sig, f.Method.Def.(*ast.FuncDef), true)...)
			return Id(methodFunc(f.Method.Owner, f.Name)).Call(args...)
		}
		if f.Method != nil && (f.Method.IsStatic || f.Method.IsClass) {
			return Id(methodFunc(f.Method.Owner, f.Name)).Call(g.args(x, f.Method.Sig, f.Method.Def.(*ast.FuncDef), f.Method.IsClass)...)
		}
		if f.Method != nil {
			return g.expr(at.Value).Dot(methodGoName(f.Name)).Call(g.args(x, f.Method.Sig, f.Method.Def.(*ast.FuncDef), true)...)
		}
		return g.methodCall(x, at.Value, f.Recv, f.Name)
	case *check.BuiltinFunc:
		return g.builtinCall(x, f.Name)
	case *check.TypeName:
		return g.conversionCall(x, f.T)
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
	v := g.expr(e)
	switch t := g.typeOf(e).(type) {
	case *check.List:
		return py("IterOfList").Call(v)
	case *check.Dict:
		return py("DictKeys").Call(v)
	case *check.Set:
		return py("IterOfSlice").Call(v.Dot("Slice").Call())
	case *check.Tuple:
		return py("IterOfSlice").Call(g.tupleSlice(v, t))
	case *check.Basic:
		if t == check.Str {
			return py("IterOfStr").Call(v)
		}
		return py("IterOfBytes").Call(v)
	case *check.Opaque:
		return py("IterOfRange").Call(v)
	}
	return v
}

func (g *gen) tupleSlice(v Code, t *check.Tuple) Code {
	if t.Var {
		return Add(v).Dot("V")
	}
	var els []Code
	for i := range t.Elems {
		els = append(els, Id("_tu").Dot(fmt.Sprintf("F%d", i)))
	}
	et := g.goType(t.Elems[0])
	return Func().Params(Id("_tu").Add(g.goType(t))).Index().Add(et).Block(Return(Index().Add(et).Values(els...))).Call(v)
}

// sliceOf converts an iterable to a Go slice of its elements. The slice
// may alias a list's storage: callers copy before mutating.
func (g *gen) sliceOf(e ast.Expr) Code {
	v := g.expr(e)
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
	}
	return py("Collect").Call(v)
}

func (g *gen) elemOf(e ast.Expr) check.Type { return g.elemType(g.typeOf(e)) }

// lessFunc returns a Go func(a, b T) bool ordering elements of type t,
// optionally through a key function expression.
func (g *gen) lessFunc(t check.Type, key ast.Expr) Code {
	et := g.goType(t)
	if key != nil {
		kf := g.typeOf(key).(*check.Func)
		kt := kf.Ret
		return Func().Params(Id("_key").Add(g.goType(kf))).Func().Params(Id("a"), Id("b").Add(et)).Bool().Block(
			Return(Func().Params(Id("a"), Id("b").Add(et)).Bool().Block(
				Return(g.lessExpr(Id("_key").Call(Id("a")), Id("_key").Call(Id("b")), kt)),
			)),
		).Call(g.expr(key))
	}
	return Func().Params(Id("a"), Id("b").Add(et)).Bool().Block(Return(g.lessExpr(Id("a"), Id("b"), t)))
}

func (g *gen) lessExpr(a, b Code, t check.Type) Code {
	if m := check.Dunder(t, "__lt__"); m != nil {
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
	if s, ok := g.asyncioCall(x, name); ok {
		return s
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
	case "print":
		sep, end := Code(Lit(" ")), Code(Lit("\n"))
		if e := g.kw(x, "sep"); e != nil && g.typeOf(e) == check.Str {
			sep = g.expr(e)
		}
		if e := g.kw(x, "end"); e != nil && g.typeOf(e) == check.Str {
			end = g.expr(e)
		}
		starred := false
		for _, a := range x.Args {
			if _, ok := a.(*ast.Starred); ok {
				starred = true
			}
		}
		if !starred {
			args := []Code{sep, end}
			for _, a := range x.Args {
				args = append(args, g.exprAny(a))
			}
			return py("Print").Call(args...)
		}
		var parts []Code
		for _, a := range x.Args {
			if s, ok := a.(*ast.Starred); ok {
				parts = append(parts, Id("_a").Op("=").Append(Id("_a"), py("AnySlice").Call(g.sliceOf(s.Value)).Op("...")))
			} else {
				parts = append(parts, Id("_a").Op("=").Append(Id("_a"), g.exprAny(a)))
			}
		}
		body := append([]Code{Var().Id("_a").Index().Any()}, parts...)
		body = append(body, py("Print").Call(sep, end, Id("_a").Op("...")))
		return Func().Params().Block(body...).Call()
	case "len":
		a := arg(0)
		if check.Dunder(g.typeOf(a), "__len__") != nil {
			return g.expr(a).Dot(methodGoName("__len__")).Call()
		}
		switch t := g.typeOf(a).(type) {
		case *check.List, *check.Dict, *check.Set, *check.Opaque:
			return g.expr(a).Dot("Len").Call()
		case *check.Tuple:
			if t.Var {
				return g.expr(a).Dot("Len").Call()
			}
			return Int64().Call(Lit(len(t.Elems)))
		}
		if g.typeOf(a) == check.Str {
			return py("StrLen").Call(g.expr(a))
		}
		return py("BytesLen").Call(g.expr(a))
	case "range":
		switch len(x.Args) {
		case 1:
			return py("Range1").Call(g.expr(arg(0)))
		case 2:
			return py("Range").Call(g.expr(arg(0)), g.expr(arg(1)), Lit(1))
		}
		return py("Range").Call(g.expr(arg(0)), g.expr(arg(1)), g.expr(arg(2)))
	case "repr":
		return py("Repr").Call(g.exprAny(arg(0)))
	case "ascii":
		return py("ASCII").Call(g.exprAny(arg(0)))
	case "abs":
		if g.typeOf(arg(0)) == check.Int {
			return py("AbsInt").Call(g.expr(arg(0)))
		}
		return py("AbsFloat").Call(g.expr(arg(0)))
	case "min", "max":
		t := g.typeOf(x)
		var xs Code
		if len(x.Args) == 1 {
			xs = g.sliceOf(arg(0))
		} else {
			var els []Code
			for _, a := range x.Args {
				els = append(els, g.exprTo(a, t))
			}
			xs = Index().Add(g.goType(t)).Values(els...)
		}
		less := g.lessFunc(t, g.kw(x, "key"))
		if d := g.kw(x, "default"); d != nil {
			return py("MinOfDefault").Call(xs, less, Lit(name), g.exprTo(d, t))
		}
		return py("MinOf").Call(xs, less, Lit(name))
	case "sum":
		t := g.typeOf(x)
		var start Code = Lit(0)
		if len(x.Args) == 2 {
			start = g.exprTo(arg(1), t)
		}
		xs := g.sliceOf(arg(0))
		if t == check.Float {
			if g.elemOf(arg(0)) == check.Int {
				xs = py("IntsToFloats").Call(xs)
			}
			return py("SumFloats").Call(xs, start)
		}
		return py("SumInts").Call(xs, start)
	case "sorted":
		et := g.elemOf(arg(0))
		var rev Code = False()
		if r := g.kw(x, "reverse"); r != nil {
			rev = g.truth(r)
		}
		return py("SortedSlice").Call(g.sliceOf(arg(0)), g.lessFunc(et, g.kw(x, "key")), rev)
	case "reversed":
		return py("Reversed").Call(g.sliceOf(arg(0)))
	case "enumerate":
		var start Code = Lit(0)
		if len(x.Args) == 2 {
			start = g.expr(arg(1))
		} else if s := g.kw(x, "start"); s != nil {
			start = g.expr(s)
		}
		return py("Enumerate").Call(g.iterOf(arg(0)), start)
	case "zip":
		if st, ok := x.Args[0].(*ast.Starred); ok && len(x.Args) == 1 {
			return py("ZipLists").Call(g.expr(st.Value))
		}
		var its []Code
		for _, a := range x.Args {
			its = append(its, g.iterOf(a))
		}
		return py(fmt.Sprintf("Zip%d", len(x.Args))).Call(its...)
	case "round":
		t := g.typeOf(arg(0))
		if len(x.Args) == 1 {
			if t == check.Int {
				return g.expr(arg(0))
			}
			return py("RoundFloat").Call(g.expr(arg(0)))
		}
		if t == check.Int {
			return py("RoundIntN").Call(g.expr(arg(0)), g.expr(arg(1)))
		}
		return py("RoundFloatN").Call(g.expr(arg(0)), g.expr(arg(1)))
	case "isinstance":
		return g.isinstance(arg(0), arg(1))
	case "any", "all":
		et := g.elemOf(arg(0))
		truth := Func().Params(Id("v").Add(g.goType(et))).Bool().Block(Return(g.truthOf(Id("v"), et)))
		if name == "any" {
			return py("AnyOf").Call(g.sliceOf(arg(0)), truth)
		}
		return py("AllOf").Call(g.sliceOf(arg(0)), truth)
	case "ord":
		return py("Ord").Call(g.expr(arg(0)))
	case "chr":
		return py("Chr").Call(g.expr(arg(0)))
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
			nm = g.expr(n)
		}
		res := at.(*check.Coroutine).Result
		if name == "asyncio.ensure_future" {
			// ensure_future outside a running loop uses the default loop.
			return rt("CreateTask").Types(g.goType(res)).Call(rt("GetEventLoop").Call(), g.expr(arg(0)), nm)
		}
		return rt("CreateTask").Types(g.goType(res)).Call(rt("GetRunningLoop").Call(), g.expr(arg(0)), nm)
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
		return py("Some").Call(rt("CurrentTask").Call(rt("GetRunningLoop").Call()))
	case "asyncio.all_tasks":
		return py("SetOf").Call(rt("AllTasks").Call(rt("GetRunningLoop").Call()))
	case "time.monotonic", "time.perf_counter", "time.time":
		return rt("Monotonic").Call()
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
	loop := rt("GetEventLoop").Call() // gather outside a running loop uses the default loop
	ret, _ := check.AwaitResult(g.typeOf(x))
	if lt, ok := ret.(*check.List); ok {
		et := g.goType(lt.Elem)
		aw := rt("Awaitable").Types(et)
		var list Code
		if len(x.Args) == 1 {
			if s, ok := x.Args[0].(*ast.Starred); ok {
				src := g.typeOf(s.Value)
				elemT := g.goType(g.elemType(src))
				list = Func().Params(Id("_xs").Index().Add(elemT)).Index().Add(aw).Block(
					Id("_out").Op(":=").Make(Index().Add(aw), Len(Id("_xs"))),
					For(List(Id("_i"), Id("_x")).Op(":=").Range().Id("_xs")).Block(Id("_out").Index(Id("_i")).Op("=").Id("_x")),
					Return(Id("_out")),
				).Call(g.sliceOf(s.Value))
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
	collect := func(e ast.Expr) {
		switch t := g.typeOf(e).(type) {
		case *check.TypeName:
			tests = append(tests, t.T)
		case *check.ClassRef:
			classes = append(classes, e)
			tests = append(tests, t.Class)
		}
	}
	if tu, ok := cls.(*ast.TupleExpr); ok {
		for _, e := range tu.Elems {
			collect(e)
		}
	} else {
		collect(cls)
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
		var cases []Code
		for _, t := range tests {
			cases = append(cases, g.goType(t))
		}
		return Func().Params(Id("_x").Any()).Bool().Block(
			Switch(Id("_x").Assert(Type())).Block(Case(cases...).Block(Return(True()))),
			Return(False()),
		).Call(g.exprAny(v))
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
		for _, t := range tests {
			tc, ok := t.(*check.Class)
			if !ok {
				continue
			}
			if vc.IsSubclassOf(tc) {
				return True()
			}
			if tc.IsSubclassOf(vc) {
				test := Func().Params().Bool().Block(
					List(Id("_"), Id("ok")).Op(":=").Add(g.expr(v)).Assert(Id(className(tc)+"_I")),
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
		}
		res := g.typeOf(x)
		if c, ok := g.info.Conv[x]; ok {
			res = c
		}
		return g.emptyContainer(res)
	}
	a := x.Args[0]
	at := g.typeOf(a)
	switch t.(type) {
	case *check.List:
		if _, ok := at.(*check.List); ok {
			return g.expr(a).Dot("Copy").Call()
		}
		return py("ListOf").Call(g.sliceOf(a))
	case *check.Set:
		return py("SetOf").Call(g.sliceOf(a))
	case *check.Dict:
		if _, ok := at.(*check.Dict); ok {
			return g.expr(a).Dot("Copy").Call()
		}
		return py("DictFromItems").Call(g.sliceOf(a))
	case *check.Tuple:
		return py("TupleOf").Call(g.sliceOf(a))
	}
	switch t {
	case check.Int:
		switch at {
		case check.Str:
			if len(x.Args) == 2 {
				return py("ParseIntBase").Call(g.expr(a), g.expr(x.Args[1]))
			}
			return py("ParseInt").Call(g.expr(a))
		case check.Float:
			return py("IntFromFloat").Call(g.expr(a))
		case check.Bool:
			return py("BoolToInt").Call(g.expr(a))
		}
		return g.expr(a)
	case check.Float:
		switch at {
		case check.Str:
			return py("ParseFloat").Call(g.expr(a))
		case check.Int:
			return Float64().Call(g.expr(a))
		case check.Bool:
			return Float64().Call(py("BoolToInt").Call(g.expr(a)))
		}
		return g.expr(a)
	case check.Str:
		if at == check.Bytes && len(x.Args) == 2 {
			return py("BytesDecode").Call(g.expr(a), g.expr(x.Args[1]))
		}
		return g.strOf(a).(*Statement)
	case check.Bool:
		return Parens(g.truth(a))
	}
	panic("codegen: unsupported conversion")
}

func optInt(c Code) Code { return py("Some").Call(c) }

func noneInt() Code { return py("Opt").Types(Int64()).Values() }

func (g *gen) methodCall(x *ast.Call, recv ast.Expr, rtype check.Type, name string) *Statement {
	r := g.expr(recv)
	if s, ok := g.syncMethod(x, r, rtype, name); ok { // sync.go
		return s
	}
	if s, ok := g.ioMethod(x, r, rtype, name); ok { // threads.go
		return s
	}
	if s, ok := g.genMethod(x, r, rtype, name); ok { // generators.go
		return s
	}
	arg := func(i int) ast.Expr { return x.Args[i] }
	optArg := func(i int) Code {
		if i < len(x.Args) {
			return optInt(g.exprTo(arg(i), check.Int))
		}
		return noneInt()
	}
	switch t := rtype.(type) {
	case *check.Basic:
		if t == check.Bytes {
			enc := Code(Lit("utf-8"))
			if len(x.Args) > 0 {
				enc = g.expr(arg(0))
			}
			return py("BytesDecode").Call(r, enc)
		}
		return g.strMethod(x, r, name, optArg)
	case *check.List:
		switch name {
		case "append":
			return r.Dot("Append").Call(g.exprTo(arg(0), t.Elem))
		case "extend":
			return r.Dot("Extend").Call(g.exprTo(arg(0), t))
		case "insert":
			return r.Dot("Insert").Call(g.expr(arg(0)), g.exprTo(arg(1), t.Elem))
		case "pop":
			if len(x.Args) == 0 {
				return r.Dot("Pop").Call()
			}
			return r.Dot("PopAt").Call(g.expr(arg(0)))
		case "remove":
			return r.Dot("Remove").Call(g.exprTo(arg(0), t.Elem))
		case "index":
			return r.Dot("Index").Call(g.exprTo(arg(0), t.Elem))
		case "count":
			return r.Dot("Count").Call(g.exprTo(arg(0), t.Elem))
		case "reverse":
			return r.Dot("Reverse").Call()
		case "clear":
			return r.Dot("Clear").Call()
		case "copy":
			return r.Dot("Copy").Call()
		case "sort":
			var rev Code = False()
			if e := g.kw(x, "reverse"); e != nil {
				rev = g.truth(e)
			}
			return py("SortSliceInPlace").Call(r.Dot("V"), g.lessFunc(t.Elem, g.kw(x, "key")), rev)
		}
	case *check.Dict:
		switch name {
		case "get":
			if len(x.Args) == 1 {
				return r.Dot("GetOpt").Call(g.exprTo(arg(0), t.Key))
			}
			return r.Dot("GetOr").Call(g.exprTo(arg(0), t.Key), g.exprTo(arg(1), t.Val))
		case "pop":
			if len(x.Args) == 1 {
				return r.Dot("Pop").Call(g.exprTo(arg(0), t.Key))
			}
			return r.Dot("PopOr").Call(g.exprTo(arg(0), t.Key), g.exprTo(arg(1), t.Val))
		case "setdefault":
			return r.Dot("SetDefault").Call(g.exprTo(arg(0), t.Key), g.exprTo(arg(1), t.Val))
		case "keys":
			return py("DictKeys").Call(r)
		case "values":
			return py("DictValues").Call(r)
		case "items":
			return py("DictItems").Call(r)
		case "update":
			return r.Dot("Update").Call(g.exprTo(arg(0), t))
		case "clear":
			return r.Dot("Clear").Call()
		case "copy":
			return r.Dot("Copy").Call()
		case "popitem":
			return r.Dot("PopItem").Call()
		}
	case *check.Set:
		switch name {
		case "add", "discard", "remove":
			m := map[string]string{"add": "Add", "discard": "Discard", "remove": "Remove"}[name]
			call := r.Dot(m).Call(g.exprTo(arg(0), t.Elem))
			if name == "discard" {
				return Func().Params().Block(call).Call()
			}
			return call
		case "pop":
			return r.Dot("Pop").Call()
		case "union", "intersection", "difference", "issubset", "issuperset", "update":
			m := map[string]string{"union": "Union", "intersection": "Intersection", "difference": "Difference",
				"issubset": "IsSubset", "issuperset": "IsSuperset", "update": "Update"}[name]
			return r.Dot(m).Call(g.expr(arg(0)))
		case "clear":
			return r.Dot("Clear").Call()
		case "copy":
			return r.Dot("Copy").Call()
		}
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
			return r.Dot("SetName").Call(g.expr(arg(0)))
		case "set_result":
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
			return Int64().Call(r.Dot("RemoveDoneCallback").Call(g.expr(arg(0))))
		}
	case *check.Opaque:
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
					nm = g.expr(n)
				}
				res := g.typeOf(arg(0)).(*check.Coroutine).Result
				return rt("LoopCreateTask").Types(g.goType(res)).Call(r, g.expr(arg(0)), nm)
			case "time":
				return r.Dot("Time").Call()
			case "create_future":
				ft := g.typeOf(x).(*check.Future)
				if c, ok := g.info.Conv[x]; ok {
					ft = c.(*check.Future)
				}
				return rt("NewFuture").Types(g.goType(elemOrAny(ft.Result))).Call(r)
			}
		}
	}
	panic(fmt.Sprintf("codegen: unsupported method %s of %v", name, rtype))
}

func (g *gen) strMethod(x *ast.Call, s *Statement, name string, optArg func(int) Code) *Statement {
	arg := func(i int) Code { return g.expr(x.Args[i]) }
	optStr := func(i int) Code {
		if i < len(x.Args) {
			if g.typeOf(x.Args[i]) == check.None {
				return py("Opt").Types(String()).Values()
			}
			return py("Some").Call(arg(i))
		}
		return py("Opt").Types(String()).Values()
	}
	switch name {
	case "join":
		return py("StrJoin").Call(s, g.sliceOf(x.Args[0]))
	case "split", "rsplit":
		var sep ast.Expr
		var max Code = Lit(-1)
		if len(x.Args) > 0 {
			sep = x.Args[0]
		}
		if len(x.Args) > 1 {
			max = arg(1)
		}
		if k := g.kw(x, "sep"); k != nil {
			sep = k
		}
		if k := g.kw(x, "maxsplit"); k != nil {
			max = g.expr(k)
		}
		fn := "StrSplit"
		if name == "rsplit" {
			fn = "StrRSplit"
		}
		if sep == nil || g.typeOf(sep) == check.None {
			return py(fn+"Whitespace").Call(s, max)
		}
		return py(fn).Call(s, g.expr(sep), max)
	case "strip", "lstrip", "rstrip":
		m := map[string]string{"strip": "StrStrip", "lstrip": "StrLStrip", "rstrip": "StrRStrip"}[name]
		return py(m).Call(s, optStr(0))
	case "upper", "lower", "title", "capitalize", "swapcase", "casefold":
		m := map[string]string{"upper": "StrUpper", "lower": "StrLower", "title": "StrTitle", "capitalize": "StrCapitalize",
			"swapcase": "StrSwapCase", "casefold": "StrCasefold"}[name]
		return py(m).Call(s)
	case "startswith", "endswith":
		base := "StrStartsWith"
		if name == "endswith" {
			base = "StrEndsWith"
		}
		if tu, ok := g.typeOf(x.Args[0]).(*check.Tuple); ok {
			var args []Code
			args = append(args, s)
			v := g.expr(x.Args[0])
			_ = tu
			args = append(args, g.tupleSlice(v, tu).(*Statement).Op("..."))
			return py(base + "Any").Call(args...)
		}
		if len(x.Args) > 1 {
			return py(base+"Range").Call(s, arg(0), optArg(1), optArg(2))
		}
		return py(base).Call(s, arg(0))
	case "find", "rfind", "index", "rindex", "count":
		m := map[string]string{"find": "StrFind", "rfind": "StrRFind", "index": "StrIndex", "rindex": "StrRIndex", "count": "StrCount"}[name]
		return py(m).Call(s, arg(0), optArg(1), optArg(2))
	case "replace":
		var n Code = Lit(-1)
		if len(x.Args) > 2 {
			n = arg(2)
		}
		return py("StrReplace").Call(s, arg(0), arg(1), n)
	case "format":
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
		return py("StrFormat").Call(s, Index().Any().Values(args...), kws)
	case "zfill":
		return py("StrZfill").Call(s, arg(0))
	case "center", "ljust", "rjust":
		m := map[string]string{"center": "StrCenter", "ljust": "StrLJust", "rjust": "StrRJust"}[name]
		var fill Code = Lit(" ")
		if len(x.Args) > 1 {
			fill = arg(1)
		}
		return py(m).Call(s, arg(0), fill)
	case "splitlines":
		var keep Code = False()
		if len(x.Args) > 0 {
			keep = arg(0)
		} else if k := g.kw(x, "keepends"); k != nil {
			keep = g.expr(k)
		}
		return py("StrSplitlines").Call(s, keep)
	case "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric", "isidentifier", "istitle":
		m := map[string]string{"isdigit": "StrIsDigit", "isalpha": "StrIsAlpha", "isalnum": "StrIsAlnum", "isspace": "StrIsSpace",
			"isupper": "StrIsUpper", "islower": "StrIsLower", "isdecimal": "StrIsDecimal", "isnumeric": "StrIsNumeric",
			"isidentifier": "StrIsIdentifier", "istitle": "StrIsTitle"}[name]
		return py(m).Call(s)
	case "encode":
		var enc Code = Lit("utf-8")
		if len(x.Args) > 0 {
			enc = arg(0)
		}
		return py("StrEncode").Call(s, enc)
	case "partition":
		return py("StrPartition").Call(s, arg(0))
	case "rpartition":
		return py("StrRPartition").Call(s, arg(0))
	}
	panic("codegen: unsupported str method " + name)
}

// comprehension emits a comprehension without awaits as an immediately
// called Go function literal.
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
			out = append(out, Var().Id(safe(sym.GoName)).Add(g.goType(sym.Type)), Id("_").Op("=").Id(safe(sym.GoName)))
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
	fbody := []Code{Id("_r").Op(":=").Add(g.emptyContainer(rt))}
	fbody = append(fbody, build(0)...)
	fbody = append(fbody, Return(Id("_r")))
	call := Func().Params().Add(g.goType(rt)).Block(fbody...).Call()
	if _, ok := e.(*ast.GeneratorExp); ok {
		return py("IterOfSlice").Call(call.Dot("V"))
	}
	return call
}
