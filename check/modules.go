package check

import "github.com/aiogo/aiogo/ast"

// The random module and asyncio.wait / as_completed.

var asyncioConsts = map[string]string{
	"asyncio.FIRST_COMPLETED": "FIRST_COMPLETED", "asyncio.FIRST_EXCEPTION": "FIRST_EXCEPTION",
	"asyncio.ALL_COMPLETED": "ALL_COMPLETED",
}

// AsyncioConst returns the value of an asyncio string constant.
func AsyncioConst(name string) (string, bool) {
	v, ok := asyncioConsts[name]
	return v, ok
}

// moduleExtra types module attributes handled here.
func (c *checker) moduleExtra(full string) (Type, bool) {
	if _, ok := asyncioConsts[full]; ok {
		return Str, true
	}
	switch full {
	case "random.seed", "random.random", "random.randint", "random.randrange", "random.choice",
		"random.shuffle", "random.sample", "random.uniform", "random.choices", "random.expovariate", "random.gauss",
		"random.normalvariate", "random.triangular", "random.getrandbits", "random.lognormvariate",
		"random.gammavariate", "random.betavariate", "random.paretovariate", "random.weibullvariate", "random.randbytes", "asyncio.wait", "asyncio.as_completed",
		"random.Random", "contextlib.suppress", "contextlib.ExitStack", "contextlib.AsyncExitStack",
		"contextlib.nullcontext":
		return &BuiltinFunc{full}, true
	}
	return nil, false
}

// waitees types the first argument of wait/as_completed: an iterable of
// tasks or futures (or, for as_completed, coroutines).
func (c *checker) waitees(e ast.Expr, coros bool, want Type) Type {
	if want == nil && isEmptyIterableExpr(e) {
		// asyncio.wait([]) / as_completed(set()): mypy binds the element to
		// its bound, Future[Any]; CPython raises ValueError (wait) or
		// yields nothing (as_completed).
		want = &Task{&AnyType{"Any"}}
	}
	var t Type
	if want != nil && isEmptyIterableExpr(e) {
		if call, ok := e.(*ast.Call); ok {
			t = c.exprWant(call, &Set{Elem: want})
		} else {
			t = c.exprWant(e, &List{want})
		}
	} else {
		t = c.expr(e)
	}
	if t == nil {
		return nil
	}
	et := c.elemType(t, e)
	switch x := et.(type) {
	case *Task, *Future:
		return et
	case *Coroutine:
		if coros {
			return x
		}
	case *Union:
		if BoxedUnionAwait(x) { // union_methods.go: wait over Task[int] | Task[str]
			return x
		}
	}
	if et != nil {
		c.errorf(e.Position(), "expected an iterable of tasks or futures, not %s", t)
	}
	return nil
}

// builtinExtra types calls handled here; ok is false for other names.
func (c *checker) builtinExtra(x *ast.Call, name string, want Type) (Type, bool) {
	argN := func(i int, want Type) {
		if i < len(x.Args) {
			if t := c.exprWant(x.Args[i], want); t != nil {
				c.assignable(t, want, x.Args[i], name+" argument")
			}
		}
	}
	switch name {
	case "bin", "hex", "oct":
		c.noKeywords(x)
		if c.nargs(x, name, 1, 1) {
			if t := c.expr(x.Args[0]); t != nil && !intLike(t) {
				c.errorf(x.Args[0].Position(), "%s() needs an int, not %s", name, t)
			}
		}
		return Str, true
	case "map", "filter":
		c.noKeywords(x)
		if !c.nargs(x, name, 2, 2) {
			return nil, true
		}
		et := c.iterElem(x.Args[1])
		if et == nil {
			return nil, true
		}
		var want Type = &Func{Params: []Param{{Type: et}}, Ret: &AnyType{"Any"}}
		if name == "filter" {
			if _, isNone := x.Args[0].(*ast.NoneLit); isNone {
				c.expr(x.Args[0])
				return &Iterator{et}, true
			}
		}
		at := c.exprWant(x.Args[0], want)
		if m := CallMethod(at); m != nil {
			at = m.Sig // an object of a class defining __call__
		}
		ft, ok := at.(*Func)
		if !ok || len(ft.Params) != 1 {
			c.errorf(x.Args[0].Position(), "%s needs a function of one argument", name)
			return nil, true
		}
		c.assignable(et, ft.Params[0].Type, x.Args[1], name+" element")
		if name == "filter" {
			return &Iterator{et}, true
		}
		return &Iterator{ft.Ret}, true
	case "divmod":
		c.noKeywords(x)
		if !c.nargs(x, name, 2, 2) {
			return nil, true
		}
		a, b := c.expr(x.Args[0]), c.expr(x.Args[1])
		if m := Dunder(a, "__divmod__"); m != nil && !m.IsAsync && len(m.Sig.Params) == 1 {
			c.assignable(b, m.Sig.Params[0].Type, x.Args[1], "divmod() argument")
			return m.Sig.Ret, true // divmod(p, q) is p.__divmod__(q)
		}
		if a == Bool && (b == Int || b == Float || b == Bool) {
			c.info.Conv[x.Args[0]], a = Int, Int // divmod(True, 2) is divmod(1, 2)
		}
		if b == Bool && (a == Int || a == Float) {
			c.info.Conv[x.Args[1]], b = Int, Int
		}
		if a == Int && b == Int {
			return &Tuple{Elems: []Type{Int, Int}}, true
		}
		if (a == Int || a == Float) && (b == Int || b == Float) {
			return &Tuple{Elems: []Type{Float, Float}}, true
		}
		if t, ok := NumUnionResult("//", a, b); ok && a != Bool && b != Bool { // int | float (floatpos.go)
			t = c.derive(t, a, b)
			return &Tuple{Elems: []Type{t, t}}, true
		}
		if a != nil && b != nil {
			c.errorf(x.Pos, "unsupported operand types for divmod(): %s and %s", a, b)
		}
		return nil, true
	case "type":
		c.noKeywords(x)
		if !c.nargs(x, name, 1, 1) {
			return nil, true
		}
		if t := c.expr(x.Args[0]); t != nil {
			if _, ok := t.(*Func); ok {
				// type(f) of a function value: callable objects are
				// marked with their class (codegen/funcname.go).
				c.info.FuncNames = true
			}
			return &TypeOf{t}, true
		}
		return nil, true
	case "contextlib.suppress":
		return c.suppressCall(x), true // suppress.go
	case "random.Random", "random.seed":
		c.noKeywords(x)
		lo, res := 1, Type(None)
		if name == "random.Random" {
			lo, res = 0, RandomType
		}
		if c.nargs(x, name, lo, 1) && len(x.Args) == 1 {
			// CPython seeds from an int, or from a str, bytes or
			// bytearray through their SHA-512 (random.py, version 2).
			if t := c.exprWant(x.Args[0], Int); t != nil && t != Str && t != Bytes && !IsByteArray(t) {
				c.assignable(t, Int, x.Args[0], name+" argument")
			}
		}
		return res, true
	case "random.random":
		c.nargs(x, name, 0, 0)
		return Float, true
	case "random.getrandbits":
		c.noKeywords(x)
		if c.nargs(x, name, 1, 1) {
			argN(0, Int)
			if lit, ok := x.Args[0].(*ast.IntLit); ok && !lit.Overflow && lit.Value > 63 {
				c.errorf(x.Args[0].Position(), "getrandbits(%d) gives ints beyond 64 bits, outside the aiogo language", lit.Value)
			}
		}
		return Int, true
	case "random.randbytes":
		c.noKeywords(x)
		if c.nargs(x, name, 1, 1) {
			argN(0, Int)
		}
		return Bytes, true
	case "random.randint":
		c.noKeywords(x)
		if c.nargs(x, name, 2, 2) {
			argN(0, Int)
			argN(1, Int)
		}
		return Int, true
	case "random.randrange":
		c.noKeywords(x)
		if c.nargs(x, name, 1, 3) {
			for i := range x.Args {
				argN(i, Int)
			}
		}
		return Int, true
	case "random.uniform":
		c.noKeywords(x)
		if c.nargs(x, name, 2, 2) {
			argN(0, Float)
			argN(1, Float)
		}
		return Float, true
	case "random.choice":
		c.noKeywords(x)
		if !c.nargs(x, name, 1, 1) {
			return nil, true
		}
		t := c.expr(x.Args[0])
		if et := c.randomPopulation(t, x.Args[0]); et != nil {
			return et, true
		}
		if t != nil {
			c.errorf(x.Args[0].Position(), "random.choice needs a sequence (list, tuple, str, bytes, range, Sequence), not %s", t)
		}
		return nil, true
	case "random.choices":
		return c.randomChoices(x, name), true
	case "random.expovariate", "random.gauss", "random.normalvariate", "random.triangular",
		"random.lognormvariate", "random.gammavariate", "random.betavariate", "random.paretovariate", "random.weibullvariate":
		c.randomFloatArgs(x, name)
		return Float, true
	case "random.shuffle":
		c.noKeywords(x)
		if c.nargs(x, name, 1, 1) {
			if t := c.expr(x.Args[0]); t != nil {
				if _, ok := t.(*List); !ok {
					c.errorf(x.Args[0].Position(), "random.shuffle needs a list, not %s", t)
				}
			}
		}
		return None, true
	case "random.sample":
		c.noKeywords(x, "k")
		if len(x.Args) < 1 {
			c.errorf(x.Pos, "random.sample needs a population")
			return nil, true
		}
		et := c.iterElem(x.Args[0])
		if len(x.Args) > 1 {
			argN(1, Int)
		} else if k := c.keyword(x, "k"); k != nil {
			c.exprMust(k.Value, Int, "argument k")
		} else {
			c.errorf(x.Pos, "random.sample needs k")
		}
		if et == nil {
			return nil, true
		}
		return &List{et}, true
	case "asyncio.wait":
		c.noKeywords(x, "timeout", "return_when")
		if !c.nargs(x, name, 1, 1) {
			return nil, true
		}
		wet := waitWant(want)
		et := c.waitees(x.Args[0], true, wet)
		if co, ok := et.(*Coroutine); ok {
			// wait(coroutines): typeshed's Iterable[Awaitable[T]] overload
			// (sets of Task[T]); CPython 3.11 raises TypeError "Passing
			// coroutines is forbidden, use tasks explicitly." (codegen).
			et = &Task{co.Result}
			wet = nil
		}
		if k := c.keyword(x, "timeout"); k != nil {
			c.exprWant(k.Value, Float)
		}
		if k := c.keyword(x, "return_when"); k != nil {
			c.exprWant(k.Value, Str)
		}
		if et == nil {
			return nil, true
		}
		if wet != nil && !Identical(et, wet) && waitViewable(et, wet) {
			// done, pending = await asyncio.wait(tasks) rebinding names
			// typed set[Future[T]]: mypy infers wait's type variable from
			// the targets; each task is seen as a Future (one view per
			// task, so identity holds).
			et = wet
		}
		return &Coroutine{&Tuple{Elems: []Type{&Set{Elem: et}, &Set{Elem: et}}}}, true
	case "asyncio.as_completed":
		c.noKeywords(x, "timeout")
		if !c.nargs(x, name, 1, 1) {
			return nil, true
		}
		et := c.waitees(x.Args[0], true, nil)
		if k := c.keyword(x, "timeout"); k != nil {
			c.exprWant(k.Value, Float)
		}
		if et == nil {
			return nil, true
		}
		r, ok := AwaitResult(et)
		if !ok {
			r = UnionAwaitResult(et) // BoxedUnionAwait
		}
		return &Iterator{&Coroutine{r}}, true
	}
	return nil, false
}

// randomMethods are the methods of random.Random instances, typed and
// lowered as the random module's functions of the same names.
var randomMethods = map[string]bool{"seed": true, "random": true, "randint": true, "randrange": true,
	"choice": true, "shuffle": true, "sample": true, "uniform": true, "choices": true,
	"expovariate": true, "gauss": true, "normalvariate": true, "triangular": true, "getrandbits": true,
	"lognormvariate": true, "gammavariate": true, "betavariate": true, "paretovariate": true, "weibullvariate": true,
	"randbytes": true}

// randomMethod types a call of a method of a random.Random instance (x
// nil: whether one exists).
func (c *checker) randomMethod(recv Type, name string, x *ast.Call) (Type, bool) {
	if recv != RandomType {
		return nil, false
	}
	if !randomMethods[name] {
		return nil, true
	}
	if x == nil {
		return recv, true // exists: typed with the call
	}
	return c.builtinExtra(x, "random."+name, nil)
}

// randomChoices types random.choices(population, weights=None, *,
// cum_weights=None, k=1): a list of population elements; the weights are
// ints or floats.
// randomPopulation is the element type of a sequence random.choice and
// random.choices index (nil: not a sequence they take).
func (c *checker) randomPopulation(t Type, e ast.Expr) Type {
	switch x := t.(type) {
	case *List, *Tuple:
		return c.elemType(t, e)
	case *Abstract:
		if x.Kind == ASequence { // a Sequence[T] parameter: indexable, as choice needs
			return x.Elem
		}
	}
	switch t {
	case Str:
		return Str
	case Bytes, RangeType:
		return Int
	}
	return nil
}

func (c *checker) randomChoices(x *ast.Call, name string) Type {
	c.noKeywords(x, "weights", "cum_weights", "k")
	if !c.nargs(x, name, 1, 2) {
		return nil
	}
	t := c.expr(x.Args[0])
	et := c.randomPopulation(t, x.Args[0])
	if et == nil && t != nil {
		c.errorf(x.Args[0].Position(), "random.choices needs a sequence (list, tuple, str, bytes, range, Sequence), not %s", t)
	}
	var weights []ast.Expr
	if len(x.Args) > 1 {
		weights = append(weights, x.Args[1])
	}
	for _, k := range []string{"weights", "cum_weights"} {
		if kw := c.keyword(x, k); kw != nil {
			weights = append(weights, kw.Value)
		}
	}
	var given []ast.Expr
	for _, w := range weights {
		if _, none := w.(*ast.NoneLit); none {
			continue
		}
		given = append(given, w)
		// Weights are typeshed's Sequence[float]: a literal mixing ints and
		// floats ([1.5, 0, 2]) is a list of floats, as mypy infers it.
		wt := c.iterElemWant(w, Float)
		if wt != nil && wt != Int && wt != Float {
			c.errorf(w.Position(), "random.choices weights must be ints or floats, not %s", wt)
		}
	}
	if len(given) > 1 {
		c.errorf(given[1].Position(), "random.choices: cannot specify both weights and cumulative weights")
	}
	if k := c.keyword(x, "k"); k != nil {
		if t := c.exprWant(k.Value, Int); t != nil {
			c.assignable(t, Int, k.Value, name+" argument")
		}
	}
	if et == nil {
		return nil
	}
	return &List{et}
}

// RandomParams are the float parameters of random's continuous
// distributions (3.11 signatures); optional ones have defaults.
var RandomParams = map[string][]string{
	"random.expovariate":    {"lambd"},
	"random.gauss":          {"mu", "sigma"},
	"random.normalvariate":  {"mu", "sigma"},
	"random.triangular":     {"low", "high", "mode"},
	"random.lognormvariate": {"mu", "sigma"},
	"random.gammavariate":   {"alpha", "beta"},
	"random.betavariate":    {"alpha", "beta"},
	"random.paretovariate":  {"alpha"},
	"random.weibullvariate": {"alpha", "beta"},
}

// randomRequired is how many of RandomParams each requires.
var randomRequired = map[string]int{"random.expovariate": 1, "random.lognormvariate": 2, "random.gammavariate": 2,
	"random.betavariate": 2, "random.paretovariate": 1, "random.weibullvariate": 2}

// randomFloatArgs checks a call of a continuous distribution: float
// arguments, positional or by keyword (triangular's mode may be None).
func (c *checker) randomFloatArgs(x *ast.Call, name string) {
	params := RandomParams[name]
	c.noKeywords(x, params...)
	if !c.nargs(x, name, 0, len(params)) {
		return
	}
	given := len(x.Args)
	for i, a := range x.Args {
		c.randomFloatArg(a, name, params[i])
	}
	for _, k := range x.Keywords {
		given++
		c.randomFloatArg(k.Value, name, k.Name)
	}
	if given < randomRequired[name] {
		c.errorf(x.Pos, "%s() missing required argument %s", name, params[0])
	}
}

func (c *checker) randomFloatArg(e ast.Expr, name, param string) {
	if _, none := e.(*ast.NoneLit); none && param == "mode" {
		c.info.Types[e] = None
		return
	}
	if t := c.exprWant(e, Float); t != nil {
		c.assignable(t, Float, e, name+" argument "+param)
	}
}

// isEmptyIterableExpr reports whether e is an empty display or set()/list()
// without arguments: its element type comes from the context.
func isEmptyIterableExpr(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.ListExpr:
		return len(x.Elems) == 0
	case *ast.TupleExpr:
		return len(x.Elems) == 0
	case *ast.Call:
		if n, ok := x.Func.(*ast.Name); ok && (n.ID == "set" || n.ID == "list") {
			return len(x.Args) == 0 && len(x.Keywords) == 0
		}
	}
	return false
}

// waitWant is the element type asyncio.wait's result is expected to hold
// (tuple[set[F], set[F]] from the assignment's targets), or nil.
func waitWant(want Type) Type {
	co, ok := want.(*Coroutine)
	if !ok {
		return nil
	}
	tu, ok := co.Result.(*Tuple)
	if !ok || tu.Var || len(tu.Elems) != 2 {
		return nil
	}
	s0, ok0 := tu.Elems[0].(*Set)
	s1, ok1 := tu.Elems[1].(*Set)
	if !ok0 || !ok1 || s0.Elem == nil || !Identical(s0.Elem, s1.Elem) {
		return nil
	}
	switch s0.Elem.(type) {
	case *Task, *Future:
		return s0.Elem
	}
	return nil
}

// waitViewable reports whether wait's argument elements of type et may be
// seen as want: a Task[T] as a Future[T].
func waitViewable(et, want Type) bool {
	t, ok := et.(*Task)
	f, ok2 := want.(*Future)
	return ok && ok2 && t.Result != nil && f.Result != nil && Identical(t.Result, f.Result)
}
