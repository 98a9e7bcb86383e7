package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/names"
)

// Callables as values.
//
// A method of a user class named in a value position (`bump = c.bump`,
// `apply(c.bump, xs)`, `loop.call_soon(c.bump, 1)`, `[c.fetch]`) is a
// value of its Func type: the receiver is evaluated once, where the
// method is named (Info.MethodValues records it for the generator).

// methodValue gives the type of attribute x used as a value (not called):
// a method of a user class becomes its Func.
func (c *checker) methodValue(x *ast.Attribute, t Type) Type {
	bm, ok := t.(*BoundMethod)
	if ok && bm.Method != nil && !bm.Super && (bm.Method.IsStatic || bm.Method.IsClass) && bm.Method.Sig != nil && bm.Method.Sig.Ret != nil {
		// Entry.parse, C.make: a function value calling the method
		// through the spelling it was named by.
		if fv := c.funcValueOf(x, t, bm.Method.Sig, true); fv != nil {
			return fv
		}
		return t
	}
	if !ok || bm.Method == nil || bm.Super || bm.Method.IsStatic || bm.Method.IsClass || bm.Method.IsProperty {
		return t
	}
	if bm.Method.Sig == nil || bm.Method.Sig.Ret == nil {
		return t
	}
	c.info.MethodValues[x] = bm
	if d := bm.Method.Decorated; d != nil {
		if _, cm := d.Ret.(*GenCM); cm {
			return d // @contextmanager / @asynccontextmanager: calls make the context manager
		}
	}
	return bm.Method.Sig
}

// A built-in callable named as a value has a singleton type: a
// *BuiltinFunc (len, asyncio.sleep), an *UnboundMethod (str.lower) or a
// *BoundMethod of a built-in type ("s".upper, q.put_nowait,
// loop.call_soon). A variable or container element of such a type holds
// the receiver (or nothing), and a call through it is checked and
// generated as the call it stands for (Info.CallVia): `put(1)` as
// `put.put_nowait(1)` with put holding q, `upper(w)` as `w.upper()`. Where
// a Callable is expected, the value is eta-expanded into a function
// literal whose body is that call (Info.FuncValues): one mechanism, so
// every built-in, method and overload the call path knows is a value too.

// UnboundMethod is the type of a method of a built-in type named through
// the type (str.lower): a function taking the receiver first.
type UnboundMethod struct {
	Recv Type
	Name string
	// Direct marks C.name called where a subclass overrides name: the
	// call runs C's own method (callVia), so the value cannot be passed on.
	Direct bool
}

func (t *UnboundMethod) String() string { return "unbound method " + t.Recv.String() + "." + t.Name }

// FuncValue describes a built-in callable eta-expanded into a function
// value: func(Params) { return Call } where Call's arguments are the
// parameters, and Recv (if any) holds RecvOf evaluated once.
type FuncValue struct {
	Params []*Symbol
	Recv   *Symbol
	RecvOf ast.Expr
	Call   *ast.Call
	Type   *Func
}

// unboundMethod types T.name for a built-in type T.
func (c *checker) unboundMethod(bt Type, x *ast.Attribute) Type {
	tn, ok := bt.(*TypeName)
	if !ok {
		return nil
	}
	if e := builtins.Method(RecvName(tn.T), x.Attr); e != nil && e.Static {
		return &BuiltinFunc{e.Name} // bytes.fromhex: a class method
	}
	if c.methodType(tn.T, x.Attr, nil) == nil {
		return nil
	}
	return &UnboundMethod{Recv: tn.T, Name: x.Attr}
}

// userUnbound types C.name for an instance method of a user class C named
// through the class (`key=Invoice.total`, `map(Point.norm, ps)`): an
// unbound method, called with the instance first. Nil (refused) when a
// subclass overrides the method: C.name(obj) runs C's own method, which a
// call through obj would not.
func (c *checker) userUnbound(cls *Class, x *ast.Attribute) Type {
	m := cls.LookupMethod(x.Attr)
	if m == nil || m.IsStatic || m.IsClass || m.IsProperty || m.IsSetter || m.Sig == nil || cls.Builtin || cls.Enum != nil || cls.Protocol {
		return nil
	}
	for _, k := range c.info.Classes {
		if k != cls && k.IsSubclassOf(cls) && k.Methods[x.Attr] != nil {
			// Overridden: the value is cls's own function, called on
			// any instance as C.name(obj) is (callVia's Direct call),
			// never the override (describe(shapes, Shape.perimeter)).
			return &UnboundMethod{Recv: cls, Name: x.Attr, Direct: true}
		}
	}
	return &UnboundMethod{Recv: cls, Name: x.Attr}
}

// callVia checks a call whose callee is a value of singleton callable
// type ft (see above) but not the callable's own spelling, as the call it
// stands for. ok is false for other calls.
func (c *checker) callVia(x *ast.Call, ft Type, want Type) (Type, bool) {
	var via *ast.Call
	switch f := ft.(type) {
	case *UnboundMethod:
		if len(x.Args) == 0 {
			c.errorf(x.Pos, "%s needs its receiver as first argument", f)
			return nil, true
		}
		if st, ok := x.Args[0].(*ast.Starred); ok {
			if t, ok := c.setOthersUnbound(x, st, f); ok { // setothers.go: set.union(*sets)
				return t, true
			}
			c.errorf(x.Args[0].Position(), "*arguments are outside the aiogo language here")
			return nil, true
		}
		if cls, ok := f.Recv.(*Class); ok && f.Direct {
			// C.name(obj, ...) where a subclass overrides name: C's own
			// method on obj, called as super() calls it.
			m := cls.LookupMethod(f.Name)
			if rt := c.exprWant(x.Args[0], cls); rt != nil {
				c.assignable(rt, cls, x.Args[0], "receiver of "+cls.Name+"."+f.Name)
			}
			via = &ast.Call{Pos: x.Pos, Func: x.Func, Args: x.Args[1:], Keywords: x.Keywords}
			c.info.Types[x.Func] = &BoundMethod{Recv: cls, Name: f.Name, Method: m, Super: true, Direct: x.Args[0]}
			c.info.CallVia[x] = via
			if m == nil {
				// BaseException.__init__/__str__/__repr__ of a built-in
				// exception class, as super() calls them.
				c.noKeywords(via)
				var t Type = None
				if f.Name != "__init__" {
					if len(via.Args) > 0 {
						c.errorf(x.Pos, "%s() takes no arguments", f.Name)
					}
					t = Str
				} else {
					c.argTypes(via)
				}
				c.info.Types[via] = t
				return t, true
			}
			t := c.callSig(via, m.Sig, cls.Name+"."+f.Name)
			c.info.Types[via] = t
			return t, true
		}
		via = &ast.Call{Pos: x.Pos, Func: &ast.Attribute{Pos: x.Args[0].Position(), Value: x.Args[0], Attr: f.Name, AttrPos: x.Func.Position()}, Args: x.Args[1:], Keywords: x.Keywords}
	case *BoundMethod:
		if f.Method != nil || f.Super {
			return nil, false
		}
		if _, ok := x.Func.(*ast.Attribute); ok {
			return nil, false
		}
		// The callee's value is the receiver.
		recv := c.retyped(x.Func, f.Recv)
		if recv == nil {
			c.errorf(x.Func.Position(), "calling a method value here is not supported: store it in a variable first")
			return nil, true
		}
		via = &ast.Call{Pos: x.Pos, Func: &ast.Attribute{Pos: x.Func.Position(), Value: recv, Attr: f.Name, AttrPos: x.Func.Position()}, Args: x.Args, Keywords: x.Keywords}
	default:
		return nil, false
	}
	c.info.CallVia[x] = via
	return c.call(via, want), true
}

// retyped returns a copy of e (a name or subscript) that the checker types
// as t: the receiver a bound-method value holds.
func (c *checker) retyped(e ast.Expr, t Type) ast.Expr {
	var cp ast.Expr
	switch x := e.(type) {
	case *ast.Name:
		n := &ast.Name{Pos: x.Pos, ID: x.ID}
		if sym := c.info.Uses[x]; sym != nil {
			c.info.Uses[n] = sym
		}
		if t, ok := c.info.Narrowed[x]; ok {
			c.info.Narrowed[n] = t
		}
		cp = n
	case *ast.Subscript:
		s := *x
		cp = &s
	default:
		return nil
	}
	c.synth[cp] = synthExpr{t: t}
	return cp
}

// synthExpr is the recorded type (and symbol) of an expression the
// checker made up.
type synthExpr struct {
	t   Type
	sym *Symbol
}

// synthType types an expression made up by this file.
func (c *checker) synthType(e ast.Expr) (Type, bool) {
	s, ok := c.synth[e]
	if !ok {
		return nil, false
	}
	if n, isName := e.(*ast.Name); isName && s.sym != nil {
		c.info.Uses[n] = s.sym
	}
	c.info.Types[e] = s.t
	return s.t, true
}

// funcValue eta-expands e, a built-in callable of type t, into a function
// of type want: func(p0, ...) { return e(p0, ...) }. It returns nil when t
// is not such a callable.
func (c *checker) funcValue(e ast.Expr, t Type, want *Func) Type {
	return c.funcValueOf(e, t, want, false)
}

// etaCallback types a callback fn of call_soon-like methods called later
// with the arguments rest: a built-in callable, or a function or method
// whose defaulted parameters the arguments leave out, is eta-expanded into
// a function of exactly those arguments (its result is ignored). It returns
// nil when fn is a function of exactly len(rest) parameters already, or
// cannot be expanded.
func (c *checker) etaCallback(fn ast.Expr, ft Type, rest []ast.Expr, kws []*ast.Keyword) Type {
	switch f := ft.(type) {
	case *Func:
		if len(f.Params) == len(rest) && len(kws) == 0 {
			return nil
		}
		if at, ok := fn.(*ast.Attribute); ok { // obj.method of a user class
			if cls, ok := c.info.Types[at.Value].(*Class); ok {
				if m := cls.LookupMethod(at.Attr); m != nil && !m.IsStatic && !m.IsClass && !m.IsProperty {
					ft = &BoundMethod{Recv: cls, Name: at.Attr, Method: m}
				}
			}
		}
	case *BoundMethod:
		if f.Method != nil && len(f.Method.Sig.Params) == len(rest) && len(kws) == 0 {
			return nil
		}
	case *BuiltinFunc, *UnboundMethod, *TypeName:
	default:
		return nil
	}
	want := &Func{Ret: &AnyType{"Any"}}
	for i, a := range rest {
		t := c.expr(a)
		if t == nil {
			return nil
		}
		want.Params = append(want.Params, Param{Name: "p" + string(rune('0'+i%10)), Type: t})
	}
	var kwNames []string
	for _, k := range kws {
		t := c.expr(k.Value)
		if t == nil {
			return nil
		}
		want.Params = append(want.Params, Param{Name: k.Name, Type: t})
		kwNames = append(kwNames, k.Name)
	}
	fv := c.funcValueKw(fn, ft, want, true, kwNames)
	if fv == nil {
		return nil
	}
	c.info.Types[fn] = fv
	return fv
}

// funcValueOf is funcValue; with any, functions and methods of user
// classes are eta-expanded too (to leave defaulted parameters out).
func (c *checker) funcValueOf(e ast.Expr, t Type, want *Func, any bool) Type {
	return c.funcValueKw(e, t, want, any, nil)
}

// funcValueKw is funcValueOf where the last len(kwNames) parameters of
// want are passed to the callable as those keyword arguments.
func (c *checker) funcValueKw(e ast.Expr, t Type, want *Func, any bool, kwNames []string) Type {
	if kwNames == nil {
		// want's trailing keyword-only parameters are passed by name.
		for i := len(want.Params) - 1; i >= 0 && want.Params[i].KwOnly; i-- {
			kwNames = append([]string{want.Params[i].Name}, kwNames...)
		}
	}
	switch f := t.(type) {
	case *BuiltinFunc, *UnboundMethod, *TypeName:
	case *ClassRef:
		// A class named where a Callable is expected (register(Upper),
		// Callable[[int], A] = A): its constructor, called through the
		// class's spelling; a class object held in a variable or element
		// (for k in (ValueError, KeyError)) is evaluated once, where it
		// is named, as a bound method's receiver is.
		if f.Class.Protocol || !c.ctorFits(f.Class, want) {
			return nil
		}
	case *BoundMethod:
		if f.Super || (f.Method != nil && !any) {
			return nil
		}
	case *Func:
		if !any {
			return nil
		}
		if _, ok := e.(*ast.Name); !ok {
			return nil
		}
	default:
		return nil
	}
	fv := &FuncValue{}
	var callee ast.Expr
	if bm, ok := t.(*BoundMethod); ok && bm.Method != nil && (bm.Method.IsStatic || bm.Method.IsClass) {
		// A static or class method: called through its spelling (C.m,
		// self.m), which evaluates nothing worth keeping.
		if callee = c.spelling(e); callee == nil {
			return nil
		}
	} else if cr, isRef := t.(*ClassRef); isRef && !StaticClass(c.info, e) {
		fv.Recv = &Symbol{Name: "_r", Kind: SymVar, Type: cr, GoName: names.Temp("r", -1)}
		if fv.RecvOf = c.retyped(e, cr); fv.RecvOf == nil {
			return nil
		}
		c.synthType(fv.RecvOf)
		r := &ast.Name{Pos: e.Position(), ID: "_r"}
		c.synth[r] = synthExpr{t: cr, sym: fv.Recv}
		callee = r
	} else if ok {
		fv.Recv = &Symbol{Name: "_r", Kind: SymVar, Type: bm.Recv, GoName: names.Temp("r", -1)}
		if at, ok := e.(*ast.Attribute); ok {
			fv.RecvOf = at.Value
		} else if fv.RecvOf = c.retyped(e, bm.Recv); fv.RecvOf == nil {
			return nil
		}
		c.synthType(fv.RecvOf)
		r := &ast.Name{Pos: e.Position(), ID: "_r"}
		c.synth[r] = synthExpr{t: bm.Recv, sym: fv.Recv}
		callee = &ast.Attribute{Pos: e.Position(), Value: r, Attr: bm.Name, AttrPos: e.Position()}
	} else {
		callee = c.spelling(e)
		if callee == nil {
			return nil
		}
	}
	call := &ast.Call{Pos: e.Position(), Func: callee}
	for i, p := range want.Params {
		sym := &Symbol{Name: p.Name, Kind: SymVar, Type: p.Type, GoName: names.Temp("p", i)}
		n := &ast.Name{Pos: e.Position(), ID: sym.GoName}
		c.synth[n] = synthExpr{t: p.Type, sym: sym}
		fv.Params = append(fv.Params, sym)
		if k := i - (len(want.Params) - len(kwNames)); k >= 0 {
			call.Keywords = append(call.Keywords, &ast.Keyword{Pos: e.Position(), Name: kwNames[k], Value: n})
			continue
		}
		call.Args = append(call.Args, n)
	}
	var wantRet Type
	if want.Ret != nil {
		if _, any := want.Ret.(*AnyType); !any {
			wantRet = want.Ret
		}
	}
	ret := c.call(call, wantRet)
	if ret == nil {
		return nil
	}
	c.info.Types[call] = ret
	fv.Call = call
	fv.Type = &Func{Params: want.Params, Ret: ret}
	c.info.FuncValues[e] = fv
	return fv.Type
}

// spelling copies the spelling of a built-in callable (a name, or a
// dotted name such as asyncio.sleep or str.lower) so that it can be
// checked again as a callee.
func (c *checker) spelling(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.Name:
		return &ast.Name{Pos: x.Pos, ID: x.ID}
	case *ast.Attribute:
		v := c.spelling(x.Value)
		if v == nil {
			return nil
		}
		return &ast.Attribute{Pos: x.Pos, Value: v, Attr: x.Attr, AttrPos: x.AttrPos}
	}
	return nil
}

// ctorFits reports whether constructing cls fits the function type want:
// its instances are want's result, and its __init__ takes want's
// parameters by position. A class that does not fit stays a class object
// (eg.split(ValueError), where a class or a predicate is expected).
func (c *checker) ctorFits(cls *Class, want *Func) bool {
	if want.Ret != nil && want.Ret != None {
		if _, any := want.Ret.(*AnyType); !any && !c.assignableType(cls, want.Ret) {
			return false
		}
	}
	if init := cls.LookupMethod("__init__"); init == nil || init.Sig == nil {
		return cls.IsExc || len(want.Params) == 0 // BaseException(*args); object()
	}
	ps := CtorParams(cls)
	n := 0
	for _, p := range ps {
		if p.Star {
			return false
		}
		if p.KwOnly {
			if !p.HasDefault {
				return false
			}
			continue
		}
		if n < len(want.Params) {
			if !c.assignableType(want.Params[n].Type, p.Type) {
				return false
			}
		} else if !p.HasDefault {
			return false
		}
		n++
	}
	return n >= len(want.Params)
}

// unspelledBuiltin refuses a built-in function or unbound method reached
// through an expression other than its spelling or a variable (an await,
// a subscript: `key=await pick()`, `key=table[k]` of a dict of built-ins)
// where a Callable is expected: it has no function value to pass. It
// reports whether it did.
func (c *checker) unspelledBuiltin(e ast.Expr, t Type) bool {
	switch t.(type) {
	case *BuiltinFunc, *UnboundMethod:
	default:
		return false
	}
	if c.spelling(e) != nil {
		return false
	}
	c.errorf(e.Position(), "a built-in function (%s) reached through this expression cannot be passed as a function value: name it directly or store it in a variable first", t)
	return true
}
