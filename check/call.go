package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// specialNames are built-in names outside the table (package builtins):
// super and property are special forms; the others are declared so that
// a use reads "not supported" rather than "undefined".
var specialNames = []string{"super", "property", "pow"}

// typeNames are built-in type names usable as conversion functions.
var typeNames = map[string]Type{
	"int": Int, "float": Float, "str": Str, "bool": Bool, "bytes": Bytes,
	"list": &List{}, "dict": &Dict{}, "set": &Set{}, "frozenset": &Set{Frozen: true}, "tuple": &Tuple{}, "object": Object,
}

// builtinExcTree lists the built-in exception classes with their bases.
var builtinExcTree = [][2]string{
	{"BaseException", ""},
	{"Exception", "BaseException"},
	{"ArithmeticError", "Exception"},
	{"ZeroDivisionError", "ArithmeticError"},
	{"OverflowError", "ArithmeticError"},
	{"LookupError", "Exception"},
	{"KeyError", "LookupError"},
	{"IndexError", "LookupError"},
	{"ValueError", "Exception"},
	{"TypeError", "Exception"},
	{"RuntimeError", "Exception"},
	{"NotImplementedError", "RuntimeError"},
	{"RecursionError", "RuntimeError"},
	{"AssertionError", "Exception"},
	{"AttributeError", "Exception"},
	{"NameError", "Exception"},
	{"StopIteration", "Exception"},
	{"StopAsyncIteration", "Exception"},
	{"OSError", "Exception"},
	{"ConnectionError", "OSError"},
	{"ConnectionResetError", "ConnectionError"},
	{"ConnectionRefusedError", "ConnectionError"},
	{"BrokenPipeError", "ConnectionError"},
	{"EOFError", "Exception"},
	{"TimeoutError", "OSError"},
	{"GeneratorExit", "BaseException"},
	{"KeyboardInterrupt", "BaseException"},
	{"SystemExit", "BaseException"},
	{"BaseExceptionGroup", "BaseException"},
	{"ExceptionGroup", "BaseExceptionGroup"},
	{"CancelledError", "BaseException"},
	{"InvalidStateError", "Exception"},
	// aiogo.GoError and aiogo.GoPanic: what Go functions the program calls
	// raise (runtime/py/goerror.go); named through `from aiogo import` or a
	// class marked `# aiogo:go GoError` (driver/extern.go).
	{"GoError", "Exception"},
	{"GoPanic", "GoError"},
}

func (c *checker) declareBuiltins() {
	for _, e := range builtins.Functions() {
		c.builtins.names[e.Name] = &Symbol{Name: e.Name, Kind: SymBuiltin, Type: &BuiltinFunc{e.Name}}
	}
	for _, n := range specialNames {
		c.builtins.names[n] = &Symbol{Name: n, Kind: SymBuiltin, Type: &BuiltinFunc{n}}
	}
	for n, t := range typeNames {
		c.builtins.names[n] = &Symbol{Name: n, Kind: SymType, Type: &TypeName{t}}
	}
	classes := map[string]*Class{}
	for _, e := range builtinExcTree {
		cls := &Class{Name: e[0], Methods: map[string]*Method{}, IsExc: true, Builtin: true, Base: classes[e[1]]}
		classes[e[0]] = cls
		switch e[0] {
		case "CancelledError", "InvalidStateError", "GoError", "GoPanic":
			continue // only as asyncio.X or aiogo.X
		}
		c.builtins.names[e[0]] = &Symbol{Name: e[0], Kind: SymClass, Class: cls, Type: &ClassRef{cls}}
	}
	c.excClasses = classes
	c.declareExcAliases() // exc_hierarchy.go
}

// builtinClass returns a built-in exception class by name.
func (c *checker) builtinClass(name string) *Class { return c.excClasses[name] }

// moduleAttr types M.name for an imported module M.
func (c *checker) moduleAttr(mod string, x *ast.Attribute) Type {
	full := mod + "." + x.Attr
	if mod == "enum" {
		if sym := enumModuleMember(x.Attr); sym != nil {
			return sym.Type // enum.Enum as a base class, enum.auto()
		}
	}
	if e := builtins.Lookup(full); e != nil && e.Receiver() == mod {
		if e.Const {
			return EntrySig(e, nil).Ret // math.pi
		}
		return &BuiltinFunc{full} // a module function of the built-in table
	}
	switch full {
	case "sys.stdout", "sys.stderr":
		return TextIOType // sysmod.go
	case "asyncio.CancelledError", "asyncio.InvalidStateError":
		return &ClassRef{c.excClasses[x.Attr]}
	case "asyncio.TimeoutError", "concurrent.futures.TimeoutError":
		return &ClassRef{c.excClasses["TimeoutError"]}
	case "aiogo.GoError", "aiogo.GoPanic":
		return &ClassRef{c.excClasses[x.Attr]}
	case "asyncio.Task":
		return &TypeName{&Task{&AnyType{"Any"}}}
	case "asyncio.Future":
		return &TypeName{&Future{&AnyType{"Any"}}}
	case "asyncio.wait_for", "asyncio.shield", "asyncio.timeout", "asyncio.timeout_at", "asyncio.TaskGroup", "asyncio.Runner",
		"contextlib.contextmanager", "contextlib.asynccontextmanager": // the decorators, as from-imports give them
		return &BuiltinFunc{full}
	case "contextlib.aclosing", "contextlib.closing", "dataclasses.replace", "typing.cast", "typing.assert_never", "dataclasses.asdict", "dataclasses.astuple", "dataclasses.field", "dataclasses.fields":
		return &BuiltinFunc{full} // as `from contextlib import ...` gives them
	case "asyncio.run", "asyncio.create_task", "asyncio.ensure_future", "asyncio.sleep", "asyncio.gather",
		"asyncio.get_running_loop", "asyncio.get_event_loop", "asyncio.current_task", "asyncio.all_tasks",
		"asyncio.new_event_loop", "asyncio.set_event_loop",
		"time.monotonic", "time.time", "time.perf_counter", "time.monotonic_ns", "time.time_ns", "time.perf_counter_ns":
		return &BuiltinFunc{full}
	}
	if t, ok := c.moduleExtra(full); ok {
		return t
	}
	if t, ok := c.syncModuleAttr(full); ok { // sync.go
		return t
	}
	if t, ok := c.ioModuleAttr(full); ok { // threads.go
		return t
	}
	switch mod {
	case "asyncio", "time", "random", "contextlib", "dataclasses":
		c.unsupported(x, full)
		return nil
	}
	c.errorf(attrErrPos(x), "module %s has no attribute %s", mod, x.Attr)
	return nil
}

// argTypes types positional arguments without expectations.
func (c *checker) argTypes(x *ast.Call) []Type {
	ts := make([]Type, len(x.Args))
	for i, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			c.errorf(a.Position(), "*arguments are only supported in calls to print and asyncio.gather")
			continue
		}
		ts[i] = c.expr(a)
	}
	return ts
}

func (c *checker) noKeywords(x *ast.Call, allowed ...string) {
	for _, k := range x.Keywords {
		ok := false
		for _, a := range allowed {
			if k.Name == a {
				ok = true
			}
		}
		if !ok {
			c.errorf(k.Pos, "unexpected keyword argument %s", k.Name)
		}
	}
}

func (c *checker) keyword(x *ast.Call, name string) *ast.Keyword {
	for _, k := range x.Keywords {
		if k.Name == name {
			return k
		}
	}
	return nil
}

func (c *checker) nargs(x *ast.Call, name string, min, max int) bool {
	if len(x.Args) < min || (max >= 0 && len(x.Args) > max) {
		c.errorf(x.Pos, "wrong number of arguments in call to %s", name)
		return false
	}
	return true
}

// BindArgs matches the arguments of a call to a signature as CPython
// does: it returns, per parameter, the argument expression (nil: use the
// default), or a message saying why the call does not bind. Positional
// arguments fill the parameters before "*" (the rest go to *args);
// keywords name parameters that are not positional-only (the others go to
// **kwargs). The *args and **kwargs parameters get a new tuple and dict
// expression (not children of the call: their elements are its
// arguments); the checker records the binding in Info.Args and leaves the
// syntax tree as the parser made it.
func BindArgs(sig *Func, x *ast.Call) ([]ast.Expr, string) {
	out := make([]ast.Expr, len(sig.Params))
	star, starStar, npos, kwOnly := -1, -1, 0, false
	for i, p := range sig.Params {
		switch {
		case p.Star:
			star = i
		case p.StarStar:
			starStar = i
		case p.KwOnly:
			kwOnly = true
		case star < 0 && !kwOnly:
			npos++
		}
	}
	var extra []ast.Expr
	for i, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			return nil, "*arguments are outside the aiogo language in calls to user functions"
		}
		if i < npos {
			out[i] = a
			continue
		}
		if star < 0 {
			if kwOnly || starStar >= 0 {
				return nil, "too many positional arguments"
			}
			return nil, "too many arguments"
		}
		extra = append(extra, a)
	}
	var kwKeys, kwVals []ast.Expr
	for _, k := range x.Keywords {
		if k.Name == "" {
			return nil, "**arguments are outside the aiogo language in calls to user functions"
		}
		found := false
		for i, p := range sig.Params {
			if p.Name == k.Name && !p.PosOnly && !p.Star && !p.StarStar {
				if out[i] != nil {
					return nil, "multiple values for argument " + k.Name
				}
				out[i] = k.Value
				found = true
			}
		}
		if found {
			continue
		}
		if starStar < 0 {
			for _, p := range sig.Params {
				if p.Name == k.Name && p.PosOnly {
					return nil, "positional-only argument " + k.Name + " passed as a keyword"
				}
			}
			return nil, "unexpected keyword argument " + k.Name
		}
		for _, key := range kwKeys {
			if key.(*ast.StrLit).Value == k.Name {
				return nil, "keyword argument repeated: " + k.Name
			}
		}
		kwKeys = append(kwKeys, &ast.StrLit{Pos: k.Pos, Value: k.Name})
		kwVals = append(kwVals, k.Value)
	}
	if star >= 0 {
		pos := x.Pos
		if len(extra) > 0 {
			pos = extra[0].Position()
		}
		out[star] = &ast.TupleExpr{Pos: pos, Elems: extra}
	}
	if starStar >= 0 {
		pos := x.Pos
		if len(kwKeys) > 0 {
			pos = kwKeys[0].Position()
		}
		out[starStar] = &ast.DictExpr{Pos: pos, Keys: kwKeys, Values: kwVals}
	}
	for i, p := range sig.Params {
		if out[i] == nil && !p.HasDefault {
			name := p.Name
			if name == "" {
				name = "#" + string(rune('1'+i))
			}
			if p.KwOnly {
				return nil, "missing keyword-only argument " + name
			}
			return nil, "missing argument " + name
		}
	}
	return out, ""
}

func (c *checker) callSig(x *ast.Call, sig *Func, name string) Type {
	if sig.Ret == nil || isCoroOf(sig.Ret, nil) {
		c.errorf(x.Pos, "the return type of %s is not known here (it is inferred from its body): annotate it", name)
		return nil
	}
	if t, ok := c.openFirstCall(x, sig); ok { // callables_open.go: Callable[..., R]
		return t
	}
	y := c.spreadTupleArgs(x) // dataclass_base.go
	if y == x {
		y = c.spreadRuntime(x, sig) // spread_runtime.go: f(*items)
	}
	args, msg := BindArgs(sig, y)
	if msg != "" {
		c.errorf(x.Pos, "%s in call to %s", msg, name)
		for _, a := range x.Args {
			c.expr(a)
		}
		return sig.Ret
	}
	c.info.Args[x] = args
	c.checkNestedDefaults(x, sig, args)
	for i, a := range args {
		if a == nil {
			continue
		}
		if !c.resolveOpen(sig.Params[i].Type, a) { // callables_open.go
			c.expr(a)
			continue
		}
		t := c.exprWant(a, sig.Params[i].Type)
		if t != nil && c.viewArg(a, t, sig.Params[i].Type, "argument to "+name) { // dictviews.go
			continue
		}
		if t != nil && !c.storedView(a, sig.Params[i].Type) && !c.packArgs(a, t, sig.Params[i], name) {
			if c.boolOpaqueArg(t, sig.Params[i]) { // boolint.go: f(flag) for n: int used only in arithmetic
				c.info.Conv[a] = Int
				continue
			}
			saveT, saveP := c.boolTarget, c.boolParam
			c.boolTarget, c.boolParam = sig.Params[i].Ann, &sig.Params[i] // boolint.go
			c.assignable(t, sig.Params[i].Type, a, "argument to "+name)
			c.boolTarget, c.boolParam = saveT, saveP
		}
	}
	return sig.Ret
}

func (c *checker) call(x *ast.Call, want Type) Type {
	if t, ok := c.getattrCall(x); ok { // getattr.go: getattr(obj, "name")
		return t
	}
	if t, ok := c.dynMethodCall(x); ok { // getattr_dyn.go: getattr(self, f"on_{kind}")(event)
		return t
	}
	if t, ok := c.setattrCall(x); ok { // setattr_dyn.go: setattr(obj, name, value)
		return t
	}
	if g, ok := x.Func.(*ast.Call); ok {
		if n, ok := g.Func.(*ast.Name); ok && n.ID == "getattr" && c.lookup("getattr") == nil {
			c.errorf(x.Pos, "calling getattr(...)'s result directly is not supported here (it is with a name known only at run time, on an instance (a variable) of a class without subclasses whose methods take the arguments, given as variables or literals): call the method (obj.name(...))")
			return nil
		}
	}
	c.completePartial(x) // partial.go
	c.futureSetResult(x) // partialfuture.go
	if at, ok := x.Func.(*ast.Attribute); ok {
		if ann := c.annOfRef(at.Value); ann != nil {
			saveT := c.boolTarget
			c.boolTarget = ann // boolint.go: counts.append(flag)
			defer func() { c.boolTarget = saveT }()
		}
	}
	c.inCallee = true
	var ft Type
	if t, ok := c.typedCtor(x); ok { // typedctor.go: set[str](), dict[str, int](pairs)
		c.inCallee = false
		return t
	}
	if t, ok := c.namedTupleMake(x); ok { // namedtuple_make.go: Row._make(fields)
		c.inCallee = false
		return t
	}
	if lam, ok := x.Func.(*ast.Lambda); ok && want != nil && len(lam.Params) == 0 {
		ft = c.exprWant(lam, &Func{Ret: want}) // (lambda: defaultdict(set))(): the body gets the expected type
	} else if wf := c.calledLambdaWant(x, want); wf != nil {
		ft = c.exprWant(x.Func, wf) // lambdavar.go: (lambda m, h: ...)(mw, handler)
	} else if w := c.callWant(x); w != nil {
		ft = c.exprWant(x.Func, w) // lambdavar.go: pick(xs), pick = max if largest else min
	} else {
		ft = c.expr(x.Func)
	}
	c.inCallee = false
	if ft == nil {
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil
	}
	if y, refused := c.keywordsAsPositional(x, kwCallee(ft)); refused { // kwpos.go: asyncio.sleep(delay=1)
		return nil
	} else if y != nil {
		return c.checkVia(x, y, want)
	}
	if t, ok := c.callVia(x, ft, want); ok { // callables.go
		return t
	}
	switch f := ft.(type) {
	case *Func:
		if ovs := c.overloadsOf(x.Func, f); ovs != nil { // overload.go
			return c.overloadResult(x, ovs, c.callSig(x, f, exprString(x.Func)), exprString(x.Func))
		}
		return c.callSig(x, f, exprString(x.Func))
	case *ClassRef:
		if f.Class.TypedDict != nil {
			return c.typedDictCall(x, f.Class) // typeddict.go
		}
		c.dynamicConstruct(x, f.Class)  // clsobj.go
		c.abstractConstruct(x, f.Class) // abc.go
		return c.construct(x, f.Class)
	case *BoundMethod:
		if f.Method != nil {
			c.unsafeSuper(x, f)            // abc.go
			if f.Method.Decorated != nil { // setter.go
				return c.callSig(x, f.Method.Decorated, f.Name)
			}
			if ovs := c.overloadsOf(x.Func, f); ovs != nil { // overload.go
				return c.overloadResult(x, ovs, c.callSig(x, f.Method.Sig, f.Name), f.Name)
			}
			return selfResult(f, c.callSig(x, f.Method.Sig, f.Name)) // clsobj.go
		}
		if f.Super {
			c.noKeywords(x)
			if f.Name == "__str__" || f.Name == "__repr__" {
				// super().__str__() of a built-in exception class: str(args).
				if len(x.Args) > 0 {
					c.errorf(x.Pos, "%s() takes no arguments", f.Name)
				}
				return Str
			}
			// super().__init__(...) of a built-in exception class.
			c.argTypes(x)
			return None
		}
		if at, ok := x.Func.(*ast.Attribute); ok && c.info.UnionAttrs[at] != nil {
			return c.unionMethodCall(x, at) // union_methods.go
		}
		if y := c.spreadBuiltinArgs(x); y != nil { // dataclass_base.go
			return c.checkVia(x, y, want)
		}
		return c.methodType(f.Recv, f.Name, x)
	case *BuiltinFunc:
		if y := c.spreadBuiltinArgs(x); y != nil { // dataclass_base.go
			return c.checkVia(x, y, want)
		}
		return c.builtinCall(x, f.Name, want)
	case *Union:
		if t, ok := c.unionCall(x, f); ok { // union_methods.go
			return t
		}
	case *TypeName:
		return c.conversion(x, f.T, want)
	case *TypeOf:
		if cls, ok := f.Of.(*Class); ok && classObjValue(cls) {
			// type(self)(...): a new instance of self's run-time class,
			// built through its class object as cls(...) is (clsobj.go).
			c.info.Conv[x.Func] = &ClassRef{Class: cls}
			c.dynamicConstruct(x, cls)
			return c.construct(x, cls)
		}
	case *Class:
		if m := f.LookupMethod("__call__"); m != nil && !f.Builtin && !m.IsStatic && !m.IsClass {
			// obj(args) of a class defining __call__ is obj.__call__(args),
			// checked (and generated: Info.CallVia) as that call.
			syn := &ast.Call{Pos: x.Pos, Func: &ast.Attribute{Pos: x.Func.Position(), Value: x.Func, Attr: "__call__", AttrPos: x.Func.Position()}, Args: x.Args, Keywords: x.Keywords}
			c.info.CallVia[x] = syn
			t := c.call(syn, want)
			c.info.Types[syn] = t
			return t
		}
	}
	c.errorf(x.Pos, "cannot call a value of type %s", ft)
	return nil
}

func (c *checker) construct(x *ast.Call, cls *Class) Type {
	if cls.Protocol {
		c.errorf(x.Pos, "cannot instantiate protocol class %s", cls.Name)
		return nil
	}
	if t, ok := c.groupConstruct(x, cls); ok { // exc_groups.go
		return t
	}
	if cls.Enum != nil {
		return c.enumLookup(x, cls) // enum.go
	}
	if cls.Builtin {
		c.noKeywords(x)
		c.argTypes(x)
		if len(x.Args) > 1 && cls.IsSubclassOf(c.builtinClass("SyntaxError")) {
			// SyntaxError(msg, (filename, lineno, offset, text)) sets
			// attributes and a str() of their own.
			c.unsupported(x, cls.Name+" with more than one argument")
		}
		return cls
	}
	if c.broken[cls] && cls.Dataclass {
		// A dataclass with a refused field: its __init__ is unknown (one
		// message, at the field).
		c.argTypes(x)
		for _, k := range x.Keywords {
			c.expr(k.Value)
		}
		return cls
	}
	if init := cls.LookupMethod("__init__"); init != nil {
		c.callSig(x, init.Sig, cls.Name)
	} else if cls.IsExc {
		c.noKeywords(x)
		c.argTypes(x)
	} else if (len(x.Args) > 0 || len(x.Keywords) > 0) && !c.broken[cls] {
		c.errorf(x.Pos, "%s() takes no arguments", cls.Name)
	}
	return cls
}

func (c *checker) conversion(x *ast.Call, t Type, want Type) Type {
	if _, ok := t.(*Future); ok {
		return c.futureCtor(x) // futurector.go: asyncio.Future()
	}
	if d, ok := c.dictKeywords(x, t); ok { // kinds.go: dict(a=1, b=2)
		return c.exprWant(d, want)
	}
	c.noKeywords(x)
	if len(x.Args) == 0 {
		switch t.(type) {
		case *List, *Dict, *Set:
			if ws, ok := want.(*Set); ok {
				if ts := t.(*Set); ws.Frozen != ts.Frozen {
					want = &Set{Elem: ws.Elem, Frozen: ts.Frozen} // frozenset() where a set is declared: mypy refuses
				}
			}
			if want != nil {
				switch want.(type) {
				case *List, *Dict, *Set:
					return want
				}
			}
			// Unknown element type: a partial type (partial.go) completes
			// it in place, so each call gets a type of its own (t is the
			// one shared by every set() of every program).
			switch tt := t.(type) {
			case *List:
				return &List{Elem: tt.Elem}
			case *Dict:
				return &Dict{Key: tt.Key, Val: tt.Val}
			case *Set:
				return &Set{Elem: tt.Elem, Frozen: tt.Frozen}
			}
		}
		switch t {
		case Int:
			return Int
		case Float:
			return Float
		case Str:
			return Str
		case Bool:
			return Bool
		case Bytes:
			return Bytes
		case Object:
			return Object // a new object: a sentinel compared with `is`
		}
		c.errorf(x.Pos, "%s() needs an argument", t)
		return nil
	}
	if len(x.Args) > 1 && t != Str && t != Int && t != Bytes {
		c.errorf(x.Pos, "too many arguments to %s()", t)
		return nil
	}
	at := c.exprWant(x.Args[0], ctorArgWant(x.Args[0], t, want)) // surface_fix.go: list(zip([], [])) where a type is declared
	if at == nil {
		return nil
	}
	if at == Object && want != nil && sameContainerKind(want, t) && c.anyCast(at, want, x.Args[0]) { // anycast.go
		at = want // dict(stop.value) returned as a dict[str, float]: the Any copied as what it must be
	}
	switch t.(type) {
	case *List:
		if et := c.elemType(at, x.Args[0]); et != nil {
			return &List{c.ctorElem(at, et, want, t)} // surface_conv.go
		}
		return nil
	case *Set:
		if et := c.elemType(at, x.Args[0]); et != nil {
			return &Set{Elem: c.ctorElem(at, et, want, t), Frozen: t.(*Set).Frozen}
		}
		return nil
	case *Dict:
		if d, ok := at.(*Dict); ok {
			if d.ReadOnly {
				return &Dict{Key: d.Key, Val: d.Val} // dict(mapping) is a dict the caller may change
			}
			return d
		}
		if et := c.elemType(at, x.Args[0]); et != nil {
			if tu, ok := et.(*Tuple); ok && len(tu.Elems) == 2 {
				return &Dict{Key: tu.Elems[0], Val: tu.Elems[1]}
			}
			if l, ok := et.(*List); ok && l.Elem == Str {
				// typeshed's Iterable[list[str]] overload:
				// dict(line.split("=", 1) for line in lines).
				return &Dict{Key: l.Elem, Val: l.Elem}
			}
			c.errorf(x.Args[0].Position(), "dict() needs an iterable of pairs")
		}
		return nil
	case *Tuple:
		if et := c.elemType(at, x.Args[0]); et != nil {
			return &Tuple{Elems: []Type{c.ctorElem(at, et, want, t)}, Var: true}
		}
		return nil
	}
	if rt, ok := c.convertOther(x, t, at); ok { // surface_conv.go
		return rt
	}
	switch t {
	case Int:
		if NumUnion(at) && len(x.Args) == 1 {
			return Int
		}
		if at == Int || at == Float || at == Bool || at == Str || at == Bytes {
			if len(x.Args) == 2 {
				c.exprMust(x.Args[1], Int, "argument base")
			}
			return Int
		}
	case Float:
		if at == Int || at == Float || at == Bool || at == Str || at == Bytes || NumUnion(at) {
			return Float
		}
	case Str:
		if len(x.Args) > 1 {
			// str(b, encoding[, errors]) decodes, as b.decode does (a
			// bytearray as a bytes copy).
			if IsByteArray(at) {
				c.info.Conv[x.Args[0]] = Bytes
			} else if at != Bytes {
				c.errorf(x.Args[0].Position(), "str() with an encoding needs bytes, not %s", at)
				return nil
			}
			if len(x.Args) > 3 {
				c.errorf(x.Pos, "too many arguments to str()")
				return nil
			}
			for _, e := range x.Args[1:] {
				c.exprMust(e, Str, "argument to str()")
			}
		}
		return Str
	case Bool:
		return Bool
	case Bytes:
		if c.bytesConversion(x, at) { // surface.go
			return Bytes
		}
		return nil
	}
	c.errorf(x.Pos, "cannot convert %s to %s", at, t)
	return nil
}

// iterElem types an iterable argument and returns its element type.
func (c *checker) iterElem(e ast.Expr) Type {
	t := c.expr(e)
	if t == nil {
		return nil
	}
	return c.elemType(t, e)
}

func (c *checker) builtinCall(x *ast.Call, name string, want Type) Type {
	if e := builtins.Lookup(name); e != nil {
		t := c.entryCall(x, e, nil, want)
		if name == "hash" && len(x.Args) == 1 {
			c.hashArg(c.info.Types[x.Args[0]], x.Args[0].Position()) // hashcall.go
		}
		return t
	}
	return c.moduleCall(x, name, want)
}

// moduleCall types a call of a module function (the hook of the table's
// module rows, modules_table.go) or of another built-in callable.
func (c *checker) moduleCall(x *ast.Call, name string, want Type) Type {
	if t, ok := c.exitStackCall(x, name); ok { // exitstack.go
		return t
	}
	if t, ok := c.asyncioCall(x, name, want); ok {
		return t
	}
	if name == "asyncio.Future" {
		return c.futureCtor(x) // futurector.go: from asyncio import Future; Future()
	}
	if t, ok := c.syncCall(x, name, want); ok { // sync.go
		return t
	}
	if t, ok := c.ioCall(x, name, want); ok { // threads.go
		return t
	}
	switch name {
	case "super":
		if len(x.Args) > 0 || c.fn == nil || c.fn.Class == nil {
			c.errorf(x.Pos, "super() is only supported without arguments inside a method")
			return nil
		}
		return &SuperRef{c.fn.Class}
	case "dataclasses.replace":
		return c.dataclassReplace(x) // dataclass_replace.go
	case "typing.cast":
		return c.typingCast(x) // cast.go
	case "typing.assert_never":
		return c.assertNever(x) // noreturn.go
	case "dataclasses.asdict", "dataclasses.astuple":
		return c.dataclassAsDict(x, name) // dataclass_asdict.go
	case "dataclasses.fields":
		return c.dataclassFields(x) // dataclass_fields.go
	case "dataclasses.field":
		if len(x.Args) > 0 {
			c.errorf(x.Pos, "field() takes keyword arguments only")
			return nil
		}
		for _, k := range x.Keywords {
			switch k.Name {
			case "default_factory":
				var ft Type
				if lam, ok := k.Value.(*ast.Lambda); ok && want != nil && len(lam.Params) == 0 {
					ft = c.exprWant(lam, &Func{Ret: want}) // lambda: defaultdict(set) gets the field's type
				} else {
					ft = c.expr(k.Value)
				}
				switch t := ft.(type) {
				case *TypeName:
					switch t.T.(type) {
					case *List, *Dict, *Set:
						if want == nil {
							c.errorf(x.Pos, "field() needs an annotated field")
						}
						return want
					}
					return c.factoryCall(k.Value, want) // kinds.go
				case *Func:
					if len(t.Params) == 0 {
						return t.Ret
					}
				case *ClassRef, *BoundMethod, *BuiltinFunc:
					return c.factoryCall(k.Value, want) // kinds.go
				}
				c.errorf(k.Value.Position(), "default_factory must be list, dict, set or a function without parameters")
				return nil
			case "default":
				return c.exprWant(k.Value, want)
			case "compare", "repr", "init", "kw_only":
				if _, ok := k.Value.(*ast.BoolLit); !ok {
					c.errorf(k.Value.Position(), "field(%s=...) must be True or False", k.Name)
				}
			case "hash": // the generated __hash__'s fields (unsafehash.go)
				_, none := k.Value.(*ast.NoneLit)
				if _, ok := k.Value.(*ast.BoolLit); !ok && !none {
					c.errorf(k.Value.Position(), "field(hash=...) must be True, False or None")
				}
			default:
				c.unsupported(k, "field("+k.Name+"=...)")
			}
		}
		return want
	case "asyncio.run":
		c.noKeywords(x, "debug")
		if !c.nargs(x, name, 1, 1) {
			return nil
		}
		t := c.expr(x.Args[0])
		if t == nil {
			return nil
		}
		if co, ok := t.(*Coroutine); ok {
			return co.Result
		}
		c.errorf(x.Args[0].Position(), "asyncio.run needs a coroutine, not %s", t)
		return nil
	case "asyncio.create_task", "asyncio.ensure_future":
		c.noKeywords(x, "name")
		if !c.nargs(x, name, 1, 1) {
			return nil
		}
		if k := c.keyword(x, "name"); k != nil {
			c.taskNameArg(k.Value) // tasknames.go
		}
		t := c.expr(x.Args[0])
		switch tt := t.(type) {
		case *Coroutine:
			return &Task{tt.Result}
		case *Task, *Future:
			if name == "asyncio.ensure_future" {
				return t
			}
		case nil:
			return nil
		}
		c.errorf(x.Args[0].Position(), "%s needs a coroutine, not %s", name[8:], t)
		return nil
	case "asyncio.sleep":
		c.noKeywords(x, "result")
		if !c.nargs(x, name, 1, 2) {
			return nil
		}
		if t := c.exprWant(x.Args[0], Float); t != nil {
			if p := overloadPos(x, x.Args[0]); p != x.Args[0].Position() && !c.assignableType(t, Float) && !c.anyCast(t, Float, x.Args[0]) {
				c.errorf(p, "cannot use %s (type %s) as float value in asyncio.sleep delay", exprString(x.Args[0]), t)
			} else {
				c.assignable(t, Float, x.Args[0], "asyncio.sleep delay")
			}
		}
		var rt Type = None
		var w Type // the result typed from the context, as mypy infers T
		if wc, ok := want.(*Coroutine); ok {
			w = wc.Result
		}
		if len(x.Args) == 2 {
			rt = c.exprWant(x.Args[1], w)
		}
		if k := c.keyword(x, "result"); k != nil {
			rt = c.exprWant(k.Value, w)
		}
		if rt == nil {
			return nil
		}
		return &Coroutine{rt}
	case "asyncio.gather":
		c.noKeywords(x, "return_exceptions")
		retExc := c.gatherReturnExceptions(x)
		if len(x.Args) == 1 {
			if s, ok := x.Args[0].(*ast.Starred); ok {
				t := c.expr(s.Value)
				if t == nil {
					return nil
				}
				et := c.elemType(t, s.Value)
				if et == nil {
					return nil // reported by elemType or where the elements were refused
				}
				r, ok := AwaitResult(et)
				if !ok && BoxedUnionAwait(et) { // union_methods.go: gather(*tasks) of Task[int] | Task[str]
					r, ok = UnionAwaitResult(et), true
				}
				if !ok {
					c.errorf(overloadPos(x, s.Value), "gather needs awaitables, not %s", et)
					return nil
				}
				if retExc {
					r = c.looseExc(r) // gatherloose.go: mypy types the list list[Any]
				}
				return &Future{&List{r}}
			}
		}
		if t, ok := c.gatherMixed(x, retExc); ok { // surface_conv.go
			return t
		}
		var rs []Type
		for _, a := range x.Args {
			if _, ok := a.(*ast.Starred); ok {
				c.unsupported(a, "mixing *args with other gather arguments")
				return nil
			}
			t := c.expr(a)
			if t == nil {
				return nil
			}
			r, ok := AwaitResult(t)
			if !ok {
				c.errorf(overloadPos(x, a), "gather needs awaitables, not %s", t)
				return nil
			}
			if retExc {
				if len(x.Args) > 6 {
					r = c.looseExc(r) // gatherloose.go: past typeshed's overloads, list[Any]
				} else {
					r = c.orExc(r)
				}
			}
			rs = append(rs, r)
		}
		same := len(rs) > 0
		for _, r := range rs {
			if !Identical(r, rs[0]) {
				same = false
			}
		}
		if same {
			return &Future{&List{rs[0]}}
		}
		return &Future{&Tuple{Elems: rs, ListRepr: true}}
	case "asyncio.get_running_loop", "asyncio.get_event_loop", "asyncio.new_event_loop":
		c.nargs(x, name, 0, 0)
		return LoopType
	case "asyncio.set_event_loop":
		if c.nargs(x, name, 1, 1) {
			c.exprWant(x.Args[0], LoopType)
		}
		return None
	case "asyncio.current_task":
		c.loopArg(x, name)
		return &Optional{&Task{&AnyType{"Any"}}}
	case "asyncio.all_tasks":
		c.loopArg(x, name)
		return &Set{Elem: &Task{&AnyType{"Any"}}}
	case "time.monotonic", "time.time", "time.perf_counter":
		c.nargs(x, name, 0, 0)
		return Float
	case "time.monotonic_ns", "time.time_ns", "time.perf_counter_ns":
		c.nargs(x, name, 0, 0)
		return Int
	}
	if t, ok := c.builtinExtra(x, name, want); ok {
		return t
	}
	if t, ok := c.genBuiltin(x, name); ok { // gen.go
		return t
	}
	c.unsupported(x, name+"()")
	return nil
}

// methodType types a call of a built-in method (x non-nil), or reports
// whether the method exists (x nil: the result is non-nil if it does).
func (c *checker) methodType(recv Type, name string, x *ast.Call) Type {
	exists := x == nil
	if t, ok := c.cmDunderMethod(recv, name, x); ok { // cmdunder.go
		return t
	}
	if t, ok := c.syncMethod(recv, name, x); ok { // sync.go
		return t
	}
	if t, ok := c.sliceMethod(recv, name, x); ok { // sliceobj.go
		return t
	}
	if t, ok := c.randomMethod(recv, name, x); ok { // modules.go
		return t
	}
	if t, ok := c.ioMethod(recv, name, x); ok { // threads.go
		return t
	}
	if t, ok := c.groupMethod(recv, name, x); ok { // exc_groups.go
		return t
	}
	if t, ok := c.addNote(recv, name, x); ok { // exc.go
		return t
	}
	if t, ok := c.namedTupleMethod(recv, name, x); ok { // namedtuple.go
		return t
	}
	if t, ok := c.coroMethod(recv, name, x); ok { // coroclose.go
		return t
	}
	arg := func(i int, want Type) Type {
		if i >= len(x.Args) {
			return nil
		}
		t := c.exprWant(x.Args[i], want)
		if want != nil && t != nil {
			c.assignable(t, want, x.Args[i], "argument to "+name)
		}
		return t
	}
	n := func(min, max int) bool {
		c.noKeywords(x)
		return c.nargs(x, name, min, max)
	}
	if t, ok := c.genMethod(recv, name, x); ok { // gen.go
		return t
	}
	if t, ok := c.typedDictGet(recv, name, x); ok { // typeddict.go
		return t
	}
	if t, ok := c.methodEntry(recv, name, x); ok { // builtins.go
		if d, isTD := recv.(*Dict); isTD && d.TypedDict != nil && name == "copy" && t != nil {
			return recv // td.copy() is the same TypedDict, as typeshed types it
		}
		return t
	}
	switch r := recv.(type) {
	case *Task, *Future:
		if t, ok := c.taskMethod(recv, name, x); ok {
			return t
		}
		var res Type
		_, isTask := r.(*Task)
		if t, ok := r.(*Task); ok {
			res = t.Result
		} else {
			res = r.(*Future).Result
		}
		if exists {
			switch name {
			case "done", "cancelled", "result", "add_done_callback", "remove_done_callback", "cancel":
				return r
			case "get_name", "set_name":
				if isTask {
					return r
				}
			case "set_result", "set_exception": // on a Task: RuntimeError, as CPython
				return r
			}
			return nil
		}
		switch name {
		case "done", "cancelled":
			n(0, 0)
			return Bool
		case "result":
			n(0, 0)
			if res == nil && !isTask {
				// An unannotated create_future() whose result type nothing
				// determined (mypy: Future[Any]): an object, so that a use
				// needing a type is refused here rather than in Go.
				return Object
			}
			return c.joinedResult(res, x) // taskjoin.go
		case "get_name":
			n(0, 0)
			return Str
		case "set_name":
			if n(1, 1) {
				arg(0, Object) // typeshed: set_name(self, value: object); str() of it
			}
			return None
		case "set_result":
			if n(1, 1) {
				arg(0, res)
			}
			return None
		case "set_exception":
			if n(1, 1) {
				if t := c.expr(x.Args[0]); t != nil {
					if cl, ok := t.(*Class); !ok || !cl.IsExc {
						c.errorf(x.Args[0].Position(), "set_exception needs an exception, not %s", t)
					}
				}
			}
			return None
		case "cancel":
			c.unsupported(x, "cancel()")
			return Bool
		case "add_done_callback", "remove_done_callback":
			if n(1, 1) {
				arg(0, &Func{Params: []Param{{Type: recv}}, Ret: None})
			}
			if name == "remove_done_callback" {
				return Int
			}
			return None
		}
	case *Opaque:
		if t, ok := c.exitStackMethod(r, name, x); ok { // exitstack.go
			return t
		}
		if t, ok := c.runnerMethod(r, name, x); ok { // exitstack.go
			return t
		}
		if t, ok := c.runtimeMethod(r, name, x); ok {
			return t
		}
		if exists && (loopMethods[name] && r == LoopType || (r == HandleType || r == TimerHandleType) && (name == "cancel" || name == "cancelled" || name == "when")) {
			return r
		}
		if !exists {
			if r == LoopType {
				if t, ok := c.loopMethod(x, name); ok {
					return t
				}
			}
			if t, ok := c.handleMethod(x, r, name); ok {
				return t
			}
		}
		if r == LoopType {
			if exists {
				switch name {
				case "create_future", "create_task", "time":
					return r
				}
				return nil
			}
			switch name {
			case "create_future":
				n(0, 0)
				if _, ok := x.Func.(*ast.Attribute); ok {
					return &Future{nil}
				}
			case "create_task":
				c.noKeywords(x, "name")
				if c.nargs(x, name, 1, 1) {
					if k := c.keyword(x, "name"); k != nil {
						c.taskNameArg(k.Value) // tasknames.go
					}
					t := c.expr(x.Args[0])
					if co, ok := t.(*Coroutine); ok {
						return &Task{co.Result}
					}
					if t != nil {
						c.errorf(x.Args[0].Position(), "create_task needs a coroutine, not %s", t)
					}
				}
				return nil
			case "time":
				n(0, 0)
				return Float
			}
		}
	}
	if exists {
		return nil
	}
	c.unsupported(x, "method "+name+" of "+recv.String())
	return nil
}

func isCoroOf(t Type, r Type) bool {
	co, ok := t.(*Coroutine)
	return ok && co.Result == r
}

// checkNestedDefaults refuses a call that leaves out a parameter of a
// nested function whose default is not a literal, unless the call names
// the def in the function that runs it. Such a default is evaluated when
// the def runs (a loop may run it many times) and the function value does
// not carry it: a call through another value (a list element, an alias)
// would read the latest def's default, where CPython reads the one of the
// def that made the value.
func (c *checker) checkNestedDefaults(x *ast.Call, sig *Func, args []ast.Expr) {
	var fi *FuncInfo
	_, cm := sig.Ret.(*GenCM)
	for _, f := range c.info.Funcs {
		if f.Sig == sig || cm && f.Decorated == Type(sig) {
			fi = f
			break
		}
	}
	if fi == nil || fi.Def == nil || fi.Method != nil || fi.Parent == nil || fi.Parent == c.info.Module {
		return
	}
	if n, ok := x.Func.(*ast.Name); ok && n.ID == fi.Def.Name && c.fn == fi.Parent {
		return
	}
	for i, a := range args {
		if a != nil || i >= len(fi.Def.Params) || fi.Def.Params[i].Default == nil || ast.IsLiteral(fi.Def.Params[i].Default) {
			continue
		}
		c.errorf(x.Pos, "this call leaves out %s, a parameter of %s whose default is evaluated each time the def runs: pass it, or keep %s as a Callable without that parameter (which keeps the default of the def that made it)", fi.Def.Params[i].Name, fi.Def.Name, fi.Def.Name)
		return
	}
}
