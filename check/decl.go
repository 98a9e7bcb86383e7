package check

import (
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/parser"
)

// annotation converts a type expression to a Type; nil after an error.
func (c *checker) annotation(e ast.Expr) Type {
	if t, ok := c.synthAnns[e]; ok {
		return t // asyncgenexp.go
	}
	if t := c.boolIntAnnotation(e); t != nil {
		return t // boolint.go: int | bool where a bool is stored
	}
	if name := c.bareGeneric(e); name != "" {
		// mypy --strict (disallow_any_generics): list means list[Any].
		c.errorf(e.Position(), "missing type parameters for generic type %s (write %s[...])", name, exprString(e))
	}
	switch x := e.(type) {
	case *ast.NoneLit:
		return None
	case *ast.StrLit: // forward reference
		if sym := c.lookup(x.Value); sym != nil && sym.Kind == SymClass {
			if sym.Class.TypedDict != nil {
				return sym.Class.TypedDict
			}
			if f := CallbackSig(sym.Class); f != nil {
				return f // protocol.go: a callback protocol
			}
			return sym.Class
		}
		if m, err := parser.ParseFile(c.file, []byte("_: "+x.Value+"\n")); err == nil && len(m.Body) == 1 {
			if aa, ok := m.Body[0].(*ast.AnnAssign); ok {
				shiftPos(aa.Annotation, x.Pos)
				return c.annotation(aa.Annotation)
			}
		}
		c.errorf(x.Pos, "undefined type %q", x.Value)
		return nil
	case *ast.Name:
		if c.gen != nil {
			if s := c.gen.specs[x.ID]; s != nil {
				return c.specType(s, x.Pos) // generics.go: a type variable of a generic def's copy
			}
		}
		switch x.ID {
		case "int":
			return Int
		case "float":
			return c.floatAnnotation(x.Pos) // floatpos.go
		case "str":
			return Str
		case "bool":
			return Bool
		case "bytes":
			return Bytes
		case "bytearray":
			return ByteArrayType() // bytearray.go
		case "None":
			return None
		case "object":
			return Object
		case "list":
			return &List{Object}
		case "dict":
			return &Dict{Key: Object, Val: Object}
		case "range":
			if sym := c.lookup(x.ID); sym == nil || sym.Kind == SymBuiltin {
				return RangeType
			}
		case "slice":
			if sym := c.lookup(x.ID); sym == nil || sym.Kind == SymBuiltin {
				return SliceType // sliceobj.go
			}
		}
		sym := c.lookup(x.ID)
		if sym == nil {
			c.undefined(x.Pos, x.ID)
			return nil
		}
		switch sym.Kind {
		case SymClass:
			if sym.Class.TypedDict != nil {
				return sym.Class.TypedDict // typeddict.go
			}
			if f := CallbackSig(sym.Class); f != nil {
				return f // protocol.go: a callback protocol
			}
			return sym.Class
		case SymType:
			if tn, ok := sym.Type.(*TypeName); ok {
				if a, ok := tn.T.(*AnyType); ok {
					switch a.Name {
					case "typing.Any":
						return &AnyType{"Any"}
					case "typing.Self":
						if c.curClass != nil {
							return c.curClass
						}
						c.errorf(x.Pos, "Self is only allowed inside a class")
						return nil
					}
				}
				return tn.T
			}
		case SymBuiltin:
			if bf, ok := sym.Type.(*BuiltinFunc); ok {
				if t := c.asyncioType(bf.Name, x); t != nil {
					return t
				}
			}
		}
		c.errorf(x.Pos, "%s is not a type", x.ID)
		return nil
	case *ast.Attribute:
		if n := c.dottedTypeName(x); n != "" {
			if t := c.asyncioType(n, x); t != nil {
				return t
			}
		}
		if outer, ok := c.annotation(x.Value).(*Class); ok && x.Value != nil { // Tree.Node (nested.go)
			for k := outer; k != nil; k = k.Base {
				if in := k.Nested[x.Attr]; in != nil {
					return in
				}
			}
		}
		c.errorf(x.Pos, "unknown type %s", exprString(x))
		return nil
	case *ast.BinOp:
		if x.Op == "|" {
			l, r := c.annotation(x.Left), c.annotation(x.Right)
			if l == nil || r == nil {
				return nil
			}
			if l != None && r != None {
				// floatpos.go: float | str keeps its float member as the
				// node's int | float (the shape a widened member gives) and
				// records the node, which an int stored into it marks.
				tag := c.unionTag(l, r)
				if tag < 0 {
					l, r = c.untag(l), c.untag(r)
				}
				return c.boolUnion(c.tagUnion(dedupUnion(makeUnion(l, r)), tag), x.Pos)
			}
			return makeUnion(l, r)
		}
	case *ast.Subscript:
		return c.genericAnnotation(x)
	}
	c.errorf(e.Position(), "invalid type expression")
	return nil
}

// dottedTypeName resolves an annotation's attribute chain rooted at an
// imported module to the qualified name of its last member: asyncio.Task,
// collections.abc.Callable after `import collections.abc` (the import binds
// the dotted name), cf.Future after `import concurrent.futures as cf`. It
// is "" when no prefix of the chain names a module.
func (c *checker) dottedTypeName(x *ast.Attribute) string {
	full := dottedName(x)
	if full == "" {
		return ""
	}
	parts := strings.Split(full, ".")
	for i := len(parts) - 1; i >= 1; i-- {
		if sym := c.lookup(strings.Join(parts[:i], ".")); sym != nil && sym.Kind == SymModule {
			return sym.Type.(*ModuleType).Name + "." + strings.Join(parts[i:], ".")
		}
	}
	return ""
}

// dottedName is the dotted text of a chain of attributes on a name
// (a.b.c), "" for other expressions.
func dottedName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		if b := dottedName(x.Value); b != "" {
			return b + "." + x.Attr
		}
	}
	return ""
}

// asyncioType maps asyncio.X names to types (without parameters).
func (c *checker) asyncioType(name string, n ast.Node) Type {
	switch name {
	case "random.Random":
		return RandomType
	case "asyncio.AbstractEventLoop":
		return LoopType
	case "asyncio.Task":
		return &Task{&AnyType{"Any"}}
	case "asyncio.Future":
		return &Future{&AnyType{"Any"}}
	case "asyncio.TaskGroup":
		return TaskGroupType
	case "asyncio.Timeout":
		return TimeoutType
	case "asyncio.TimerHandle":
		return TimerHandleType // what call_later and call_at return
	case "asyncio.Handle":
		return HandleType // what call_soon returns
	}
	if t := c.ioType(name); t != nil { // threads.go
		return t
	}
	if t := exitStackType(name); t != nil { // exitstack.go
		return t
	}
	return c.syncType(name) // sync.go
}

func makeUnion(l, r Type) Type {
	if r == None {
		if o, ok := l.(*Optional); ok {
			return o
		}
		return &Optional{l}
	}
	if l == None {
		return makeUnion(r, l)
	}
	if o, ok := l.(*Optional); ok {
		return &Optional{makeUnion(o.Elem, r)}
	}
	if o, ok := r.(*Optional); ok {
		return &Optional{makeUnion(l, o.Elem)}
	}
	if l == Object || r == Object {
		return Object // int | object is object (a sentinel default: Union[int, object])
	}
	var ts []Type
	if u, ok := l.(*Union); ok {
		ts = append(ts, u.Types...)
	} else {
		ts = append(ts, l)
	}
	ts = append(ts, r)
	return &Union{ts}
}

func (c *checker) genericAnnotation(x *ast.Subscript) Type {
	var args []ast.Expr
	if t, ok := x.Index.(*ast.TupleExpr); ok {
		args = t.Elems
	} else {
		args = []ast.Expr{x.Index}
	}
	name := ""
	switch b := x.Value.(type) {
	case *ast.Name:
		name = b.ID
		if sym := c.lookup(b.ID); sym != nil {
			switch sym.Kind {
			case SymType:
				if tn, ok := sym.Type.(*TypeName); ok {
					if a, ok := tn.T.(*AnyType); ok {
						name = a.Name
					}
				}
			case SymBuiltin:
				name = sym.Type.(*BuiltinFunc).Name
			}
		}
	case *ast.Attribute:
		if base, ok := b.Value.(*ast.Name); ok {
			name = base.ID + "." + b.Attr
		}
		if n := c.dottedTypeName(b); n != "" {
			name = n
		}
	}
	n := func(k int) bool {
		if len(args) != k {
			c.errorf(x.Pos, "%s takes %d type arguments", name, k)
			return false
		}
		return true
	}
	ann := func(i int) Type { return c.annotation(args[i]) }
	if t, ok := c.syncGeneric(name, args, x); ok { // sync.go
		return t
	}
	if t, ok := c.abstractAnnotation(name, args, x); ok { // abstract.go
		return t
	}
	if t, ok := c.collectionsGeneric(name, args, x); ok { // collections.go
		return t
	}
	if t, ok := c.cmAnnotation(name, args, x); ok { // cmabstract.go
		return t
	}
	switch name {
	case "list", "typing.List":
		if n(1) {
			if t := ann(0); t != nil {
				return &List{t}
			}
		}
	case "set", "typing.Set", "frozenset", "typing.FrozenSet":
		if n(1) {
			if t := ann(0); t != nil {
				return &Set{Elem: c.hashKey(t, args[0].Position()), Frozen: name == "frozenset" || name == "typing.FrozenSet"}
			}
		}
	case "dict", "typing.Dict":
		if n(2) {
			k, v := ann(0), ann(1)
			if k != nil && v != nil {
				return &Dict{Key: c.hashKey(k, args[0].Position()), Val: v}
			}
		}
	case "tuple", "typing.Tuple":
		if len(args) == 2 {
			if _, ok := args[1].(*ast.EllipsisLit); ok {
				if t := ann(0); t != nil {
					return &Tuple{Elems: []Type{t}, Var: true}
				}
				return nil
			}
		}
		var ts []Type
		for i := range args {
			t := ann(i)
			if t == nil {
				return nil
			}
			ts = append(ts, t)
		}
		if len(ts) > builtins.MaxTuple {
			c.errorf(x.Pos, "tuples of more than %d elements are not supported", builtins.MaxTuple)
			return nil
		}
		return c.ntPosition(&Tuple{Elems: ts, Tags: c.literalTags(args)}, x.Pos) // floatpos.go: a NamedTuple stored there; tuple_tags.go
	case "typing.Literal":
		return c.literalType(args) // kinds.go
	case "typing.Final":
		if n(1) {
			return ann(0)
		}
	case "typing.TypeGuard":
		if n(1) {
			return Bool // typeguard.go: the guarded type is the function's Guard
		}
	case "typing.ClassVar":
		c.errorf(x.Pos, "ClassVar is only allowed in a class body")
		return nil
	case "typing.Optional", "collections.abc.Optional":
		if n(1) {
			if t := ann(0); t != nil {
				return makeUnion(t, None)
			}
		}
	case "typing.Union":
		var t Type
		tag := -1
		var as []Type
		for i := range args {
			a := ann(i)
			if a == nil {
				return nil
			}
			as = append(as, a)
		}
		intMember := false
		for _, a := range as {
			intMember = intMember || c.unionTag(a, nil) < 0 && hasIntMember(a)
		}
		for i, a := range as {
			if len(args) > 2 || len(args) == 2 && !isNoneExpr(args[1-i]) {
				if tg := c.unionTag(a, nil); tg >= 0 && !intMember {
					tag = tg // floatpos.go: Union[float, str] keeps its float member's node
				} else {
					a = c.untag(a)
				}
			}
			if t == nil {
				t = a
			} else {
				t = makeUnion(t, a)
			}
		}
		if o, ok := t.(*Optional); ok {
			o.Elem = c.boolUnion(c.tagUnion(dedupUnion(o.Elem), tag), x.Pos)
			return t
		}
		return c.boolUnion(c.tagUnion(dedupUnion(t), tag), x.Pos)
	case "typing.Callable", "collections.abc.Callable":
		if !n(2) {
			return nil
		}
		if _, ok := args[0].(*ast.EllipsisLit); ok {
			return c.openCallable(args[1]) // callables_open.go: Callable[..., R]
		}
		pl, ok := args[0].(*ast.ListExpr)
		if !ok {
			c.errorf(args[0].Position(), "Callable parameters must be a list of types")
			return nil
		}
		f := &Func{}
		for _, p := range pl.Elems {
			t := c.annotation(p)
			if t == nil {
				return nil
			}
			f.Params = append(f.Params, Param{Type: t})
		}
		f.Ret = ann(1)
		if f.Ret == nil {
			return nil
		}
		return f
	case "typing.Coroutine", "collections.abc.Coroutine":
		if n(3) {
			if t := ann(2); t != nil {
				return &Coroutine{t}
			}
		}
	case "typing.Awaitable", "collections.abc.Awaitable":
		if n(1) {
			if t := ann(0); t != nil {
				return &Coroutine{t}
			}
		}
	case "asyncio.Task":
		if n(1) {
			if t := ann(0); t != nil {
				return &Task{t}
			}
		}
	case "concurrent.futures.Future":
		if n(1) {
			if t := ann(0); t != nil {
				return &ConcurrentFuture{t}
			}
		}
	case "asyncio.Future":
		if n(1) {
			if t := ann(0); t != nil {
				return &Future{t}
			}
		}
	case "typing.Iterator", "collections.abc.Iterator", "typing.Iterable", "collections.abc.Iterable",
		"typing.Generator", "collections.abc.Generator", "typing.AsyncIterator", "collections.abc.AsyncIterator",
		"typing.AsyncGenerator", "collections.abc.AsyncGenerator", "typing.AsyncIterable", "collections.abc.AsyncIterable":
		return c.genAnnotation(name, args, x)
	case "type", "typing.Type":
		return c.typeAnnotation(args, x)
	case "ExceptionGroup", "BaseExceptionGroup":
		return c.groupAnnotation(name, args, x) // exc_groups.go
	default:
		if name == "InitVar" || name == "dataclasses.InitVar" {
			c.errorf(x.Pos, "dataclasses.InitVar (an init-only dataclass parameter) is not supported yet: declare an ordinary field (field(repr=False, compare=False)) and use it in __post_init__")
			return nil
		}
		if !c.refused[name] {
			c.errorf(x.Pos, "unknown generic type %s", name)
		}
		return nil
	}
	return nil
}

// signature computes a function's type from its annotations.
func (c *checker) signature(fi *FuncInfo, d *ast.FuncDef, cls *Class) {
	fi.Sig = &Func{}
	c.paramList(d.Params) // params.go
	for i, p := range d.Params {
		if p.Kind == "*" || p.Kind == "**" {
			// LANGUAGE.md: *args/**kwargs in user functions are outside
			// the subset. starParam still types them, so that the rest of
			// the signature lines up with the parameters.
			c.errorf(p.Pos, "%s%s parameters are outside the aiogo language", p.Kind, p.Name)
			c.starParam(fi, p) // params.go
			continue
		}
		if cls != nil && i == 0 && (p.Name == "self" || p.Name == "cls") && p.Annotation == nil && (fi.Method == nil || !fi.Method.IsStatic) {
			continue
		}
		if p.Annotation == nil {
			c.errorf(p.Pos, "parameter %s needs a type annotation", p.Name)
			fi.Sig.Params = append(fi.Sig.Params, Param{Name: p.Name, Type: Object, HasDefault: p.Default != nil})
			continue
		}
		nerr := len(c.errs)
		t := c.annotation(p.Annotation)
		broken := false
		if t == nil {
			t, broken = Object, len(c.errs) > nerr || c.refusedIn(p.Annotation)
		}
		if f, ok := t.(*Func); ok && f.Open != nil && f.Open.Fn == nil {
			f.Open.Fn, f.Open.Param = fi, p.Name // callables_open.go
		}
		fi.Sig.Params = append(fi.Sig.Params, Param{Name: p.Name, Type: t, HasDefault: p.Default != nil, PosOnly: p.PosOnly, KwOnly: p.KwOnly, Broken: broken, Ann: p.Annotation, Def: d})
	}
	var ret Type = None
	if g := c.typeGuardArg(d.Returns); g != nil { // typeguard.go
		fi.Guard = c.annotation(g)
	}
	if d.Returns != nil {
		nerr := len(c.errs)
		if t := c.annotation(d.Returns); t != nil {
			ret = t
			if d.IsAsync {
				ret = c.gatherReturnType(d.Body, t) // gathertuple.go
			}
		} else if len(c.errs) > nerr || c.refusedIn(d.Returns) {
			// Reported already: the body's returns decide the type, so
			// they report nothing more.
			fi.InferRet = true
			ret = nil
		}
		if cls != nil && fi.Method != nil && !d.IsAsync && c.isSelfAnnotation(d.Returns) {
			fi.Method.RetSelf = true // clsobj.go
		}
	} else if hasReturnValue(d.Body) {
		if cls != nil && returnsSelf(d.Body) {
			ret = cls
		} else if containsYield(d.Body) {
			c.errorf(d.Pos, "generator %s needs a return type annotation", d.Name)
		} else {
			// The body makes the type plain: the first return decides it.
			fi.InferRet = true
			ret = nil
		}
	}
	if cls != nil && d.Name == "__init__" && ret != nil && ret != None {
		// mypy: the return type of "__init__" must be None (CPython raises
		// TypeError when __init__ returns a value).
		c.errorf(d.Pos, "the return type of __init__ must be None, not %s", ret)
		ret = None
	}
	fi.RetType = ret
	if containsYield(d.Body) {
		fi.IsGen = true
		c.genSignature(fi, d, ret)
		return
	}
	if fi.IsAsync {
		fi.Sig.Ret = &Coroutine{ret}
	} else {
		fi.Sig.Ret = ret
	}
}

func hasReturnValue(body []ast.Stmt) bool {
	found := false
	walkStmts(body, func(s ast.Stmt) {
		if r, ok := s.(*ast.Return); ok && r.Value != nil {
			if _, none := r.Value.(*ast.NoneLit); !none {
				found = true
			}
		}
	})
	return found
}

func returnsSelf(body []ast.Stmt) bool {
	ok := true
	walkStmts(body, func(s ast.Stmt) {
		if r, isRet := s.(*ast.Return); isRet && r.Value != nil {
			if n, isName := r.Value.(*ast.Name); !isName || n.ID != "self" {
				ok = false
			}
		}
	})
	return ok
}

func containsYield(body []ast.Stmt) bool {
	found := false
	walkStmts(body, func(s ast.Stmt) {
		walkStmtExprs(s, func(e ast.Expr) {
			switch e.(type) {
			case *ast.Yield, *ast.YieldFrom:
				found = true
			}
		})
	})
	return found
}

// walkStmts visits statements of a body recursively, not entering nested
// function or class definitions (which it visits, but not their bodies).
func walkStmts(body []ast.Stmt, f func(ast.Stmt)) {
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch x := n.(type) {
			case nil, ast.Expr:
				return false
			case *ast.FuncDef, *ast.ClassDef:
				f(x.(ast.Stmt))
				return false
			case ast.Stmt:
				f(x)
			}
			return true
		})
	}
}

// walkStmtExprs visits the expressions evaluated by a statement itself
// (not those of nested statements, lambdas or nested defs' bodies), with
// WalkExpr.
func walkStmtExprs(s ast.Stmt, f func(ast.Expr)) {
	ast.Inspect(s, func(n ast.Node) bool {
		switch x := n.(type) {
		case nil:
			return false
		case ast.Expr:
			WalkExpr(x, f)
			return false
		case ast.Stmt:
			return x == s // not nested statements
		}
		return true // with items, parameters (defaults), keywords
	})
}

// WalkExpr visits e and its sub-expressions in evaluation order (that of
// ast.Walk), not entering lambdas.
func WalkExpr(e ast.Expr, f func(ast.Expr)) {
	if e == nil {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		x, ok := n.(ast.Expr)
		if !ok {
			return n != nil // comprehension clauses, keywords
		}
		f(x)
		_, isLambda := x.(*ast.Lambda)
		return !isLambda
	})
}

// exprString renders a short form of an expression for messages.
func exprString(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return exprString(x.Value) + "." + x.Attr
	case *ast.Call:
		return exprString(x.Func) + "(...)"
	case *ast.StrLit:
		return "\"" + x.Value + "\""
	case *ast.IntLit:
		return x.Text
	case *ast.FloatLit:
		return x.Text
	case *ast.Subscript:
		return exprString(x.Value) + "[...]"
	}
	return "expression"
}

// Classes.

func (c *checker) classHeader(s *ast.ClassDef) {
	cls := c.info.Classes[s]
	if len(s.Bases) > 1 {
		c.errorf(s.Bases[1].Position(), "class %s: multiple inheritance is outside the aiogo language", s.Name)
	}
	if len(s.Bases) == 1 {
		if base, ok := c.typedDictBase(s.Bases[0]); ok { // typeddict.go
			c.typedDictHeader(s, cls, base)
			return
		}
	}
	for _, k := range s.Keywords {
		c.errorf(k.Pos, "class keyword %s= (metaclasses) is outside the aiogo language", k.Name)
	}
	if len(s.Bases) == 1 && c.protocolBase(s.Bases[0]) { // protocol.go
		c.protocolHeader(s, cls)
		return
	}
	bases := s.Bases
	if len(bases) == 1 && c.abcBase(bases[0]) { // abc.go: class Shape(ABC) has no base
		bases = nil
	}
	if len(bases) >= 1 {
		switch b := bases[0].(type) {
		case *ast.Name:
			sym := c.lookup(b.ID)
			if sym == nil {
				c.undefined(b.Pos, b.ID)
				if c.refused[b.ID] {
					c.breakClass(cls)
				}
			} else if sym.Kind == SymClass && sym.Class.Protocol {
				c.errorf(b.Pos, "class %s: deriving from protocol %s is not supported (classes match protocols by their methods: leave the base out)", s.Name, b.ID)
			} else if sym.Kind == SymClass {
				cls.Base = sym.Class
				if c.broken[sym.Class] {
					c.breakClass(cls)
				}
				if sym.Class.IsExc {
					cls.IsExc = true
				}
			} else if builtinBase(b) != "" {
				c.builtinBaseRefused(s, cls, b)
			} else if sym.Kind == SymBuiltin {
				c.libraryBaseRefused(s, cls, b) // builtinbase.go: from asyncio import Queue
			} else {
				c.errorf(b.Pos, "cannot derive from %s", b.ID)
			}
		case *ast.Attribute:
			// module.Class: class Color(enum.Enum), class Stop(asyncio.CancelledError)
			cr, ok := c.moduleClassRef(b)
			if !ok {
				c.libraryBaseRefused(s, cls, b) // builtinbase.go
				break
			}
			cls.Base = cr.Class
			if c.broken[cr.Class] {
				c.breakClass(cls)
			}
			if cr.Class.IsExc {
				cls.IsExc = true
			}
		default:
			if c.refusedIn(b) { // Generic[T] of a refused TypeVar
				c.breakClass(cls)
				break
			}
			if builtinBase(b) != "" {
				c.builtinBaseRefused(s, cls, b)
				break
			}
			c.libraryBaseRefused(s, cls, b) // builtinbase.go
		}
	}
	if cls.Base != nil {
		cls.Base.hasSub = true // hashing.go
		cls.Base.subs = append(cls.Base.subs, cls)
	}
	c.enumHeader(s, cls)       // enum.go
	c.namedTupleHeader(s, cls) // namedtuple.go
	for _, d := range s.Decorators {
		if c.runtimeCheckable(d) {
			// isinstance with a protocol checks the protocol's members
			// (protocol.go); the decorator only allows it in CPython.
			if !cls.Protocol {
				c.errorf(d.Position(), "@runtime_checkable applies to Protocol classes only")
			}
			continue
		}
		if c.isDataclassRef(d) {
			cls.Dataclass = true
			continue
		}
		switch dd := d.(type) {
		case *ast.Call:
			if c.isDataclassRef(dd.Func) {
				cls.Dataclass = true
				for _, k := range dd.Keywords {
					switch k.Name {
					case "order":
						if b, ok := k.Value.(*ast.BoolLit); ok {
							cls.DataOrder = b.Value
							continue
						}
					case "eq":
						if b, ok := k.Value.(*ast.BoolLit); ok {
							cls.DataNoEq = !b.Value
							continue
						}
					case "frozen":
						if b, ok := k.Value.(*ast.BoolLit); ok {
							cls.Frozen = b.Value
							continue
						}
					case "kw_only":
						if b, ok := k.Value.(*ast.BoolLit); ok {
							cls.KwOnly = b.Value
							continue
						}
					case "unsafe_hash":
						// Left by desugarUnsafeHash (unsafehash.go) only where
						// the class body defines __hash__ itself, or in a class
						// inside a function.
						if _, ok := k.Value.(*ast.BoolLit); ok && definesMethod(s, "__hash__") {
							c.errorf(k.Pos, "@dataclass(unsafe_hash=True) on a class defining __hash__: CPython raises TypeError (cannot overwrite attribute __hash__)")
							continue
						}
					case "slots", "init", "repr", "match_args":
						// slots=True changes only what mypy rejects anyway
						// (assigning an undeclared attribute); the defaults
						// init=True, repr=True, match_args=True change nothing.
						if b, ok := k.Value.(*ast.BoolLit); ok && (k.Name == "slots" || b.Value) {
							continue
						}
					}
					c.unsupported(k, "dataclass option "+k.Name)
				}
				continue
			}
		}
		c.unsupported(d, "class decorator")
	}
	if cls.Dataclass && cls.IsExc && cls.DataOrder {
		c.unsupported(s, "@dataclass(order=True) on an exception class")
	}
	if cls.DataOrder && cls.DataNoEq {
		c.errorf(s.Pos, "@dataclass(order=True, eq=False): CPython raises ValueError (eq must be true if order is true)")
	}
	if cls.Base != nil && cls.Base.Dataclass && !cls.Dataclass && plainDataSubclass(s) { // union_attr.go
		// A plain subclass of a dataclass that declares no fields and no
		// __init__ behaves as @dataclass would make it: it inherits the
		// generated __init__, __repr__ (naming its own class), __eq__
		// (same class only), ordering and frozenness.
		cls.Dataclass, cls.Frozen, cls.DataOrder, cls.DataNoEq = true, cls.Base.Frozen, cls.Base.DataOrder, cls.Base.DataNoEq
	}
	if cls.Base != nil && cls.Base.Dataclass != cls.Dataclass && !cls.Base.Builtin && !(cls.Dataclass && plainBases(cls.Base)) { // dataclass_base.go
		c.unsupported(s, "mixing dataclasses and plain classes in one hierarchy")
	}
}

func (c *checker) classMembers(s *ast.ClassDef) {
	cls := c.info.Classes[s]
	if cls.TypedDict != nil {
		c.typedDictMembers(s, cls) // typeddict.go
		return
	}
	kwOnly := cls.KwOnly // fields after `_: KW_ONLY` are keyword-only (kinds.go)
	for _, st := range s.Body {
		if c.protocolMember(st, cls) { // protocol.go
			continue
		}
		switch m := st.(type) {
		case *ast.AnnAssign:
			n, ok := m.Target.(*ast.Name)
			if cls.Dataclass && m.Value == nil && c.isKwOnlySentinel(m.Annotation) {
				kwOnly = true
				continue
			}
			if cls.Enum != nil {
				c.errorf(m.Pos, "annotated attributes in an enum body are outside the aiogo language")
				continue
			}
			if !ok {
				c.errorf(m.Pos, "invalid class attribute")
				continue
			}
			if c.classVarDecl(cls, n, m) { // surface_fix.go
				continue
			}
			ann, initVar := c.initVarArg(cls, m.Annotation) // dataclass_initvar.go
			t := c.annotation(ann)
			if t == nil {
				c.breakClass(cls) // one message for the annotation, none per use of the attribute
				continue
			}
			if initVar {
				c.initVarField(cls, n, m, t)
				continue
			}
			if c.classAttrDecl(cls, n, m, t) { // clsobj.go
				continue
			}
			f := &Field{Name: n.ID, Type: t, KwOnly: kwOnly && cls.Dataclass, Ann: ann}
			fieldFlags(f, m.Value) // kinds.go
			// unsafehash.go writes out the __hash__ of a frozen class with
			// such a field: one defining __hash__ here is one of those.
			if f.HashDiffers && cls.Frozen && !cls.DataNoEq && !definesMethod(s, "__hash__") {
				// The generated __hash__ of a frozen dataclass is the
				// hash of its compared fields here (hashing.go).
				c.unsupported(m.Value, "field(hash=...) other than the field's compare= in a frozen dataclass")
			}
			// A base field declared again (dataclass_redecl.go):
			if cls.Dataclass && !c.redeclaredField(cls, m, f) {
				continue
			}
			if m.Value != nil {
				if cls.Defaults == nil {
					cls.Defaults = map[string]any{}
				}
				cls.Defaults[n.ID] = m.Value
			}
			if cls.Dataclass && cls.Base != nil && cls.Base.Dataclass && fieldOf(cls.Base, n.ID) != nil {
				continue // redeclared: the base's field, in its place, with this class's default
			}
			cls.Fields = append(cls.Fields, f)
		case *ast.FuncDef:
			fi := newFuncInfo(m.Name, nil)
			fi.Def = m
			fi.IsAsync = m.IsAsync
			fi.Class = cls
			c.info.Funcs[m] = fi
			meth := &Method{Name: m.Name, IsAsync: m.IsAsync, Owner: cls, Def: m}
			for _, d := range m.Decorators {
				if n, ok := d.(*ast.Name); ok && n.ID == "staticmethod" {
					meth.IsStatic = true
					continue
				}
				if n, ok := d.(*ast.Name); ok && n.ID == "classmethod" {
					meth.IsClass = true
					continue
				}
				if n, ok := d.(*ast.Name); ok && n.ID == "property" {
					meth.IsProperty = true
					continue
				}
				if a, ok := d.(*ast.Attribute); ok && a.Attr == "setter" {
					if n, ok := a.Value.(*ast.Name); ok && n.ID == m.Name {
						if p := cls.Methods[m.Name]; p != nil && p.IsProperty {
							meth.IsSetter = true
							fi.Name = SetterKey(m.Name)
							continue
						}
					}
					c.errorf(d.Position(), "@%s.setter must follow the @property %s", exprString(a.Value), m.Name)
					continue
				}
				if c.isCMDecorator(d) {
					continue // applied below, once the signature is known
				}
				if c.isAbstractDecorator(d) { // abc.go
					meth.Abstract = true
					continue
				}
				if n := exprRootName(d); n != "" && (c.lazyRefused[n] != "" || c.refused[n]) {
					// @abstractmethod from a module outside the language:
					// the import's message, once (diag.go).
					c.undefined(d.Position(), n)
					continue
				}
				c.unsupported(d, "method decorator")
			}
			fi.Method = meth
			switch {
			case meth.IsStatic:
			case meth.IsClass:
				if len(m.Params) == 0 || m.Params[0].Name != "cls" {
					c.errorf(m.Pos, "class method %s needs a cls parameter", m.Name)
				}
			default:
				if len(m.Params) == 0 || m.Params[0].Name != "self" {
					c.errorf(m.Pos, "method %s needs a self parameter", m.Name)
				}
			}
			c.curClass = cls
			c.signature(fi, m, cls)
			c.overloadSigs(fi, m, cls) // overload.go
			c.curClass = nil
			meth.Sig = fi.Sig
			fi.Method = meth
			c.methodDecorators(meth, m)
			key := m.Name
			if meth.IsSetter {
				key = SetterKey(m.Name)
				if len(meth.Sig.Params) != 1 {
					c.errorf(m.Pos, "setter %s must take self and one value", m.Name)
				}
			}
			if m.Name == "__post_init__" && !c.broken[cls] {
				c.checkPostInit(cls, m, meth) // dataclass_initvar.go
			}
			if p := cls.Methods[key]; p != nil && p.Owner == cls {
				prev, _ := p.Def.(*ast.FuncDef)
				if prev == nil {
					prev = m
				}
				// def e twice in one class body: CPython keeps the last,
				// mypy refuses it (no-redef), and so does aiogo.
				c.errorf(m.Pos, "method %s redeclared in class %s (previous definition at line %d)", m.Name, cls.Name, prev.Pos.Line)
				continue
			}
			cls.Methods[key] = meth
			cls.Order = append(cls.Order, key)
		case *ast.Assign:
			if cls.Enum != nil {
				c.enumMember(cls, m) // enum.go
				continue
			}
			if pairs := c.classTupleAssign(m); pairs != nil {
				// symbol, value = "k", 100: one class attribute per name.
				for _, p := range pairs {
					c.classAttrAssign(cls, p, p.Targets[0].(*ast.Name), len(cls.ClassVars))
				}
				continue
			}
			n, ok := m.Targets[0].(*ast.Name)
			if !ok || len(m.Targets) != 1 {
				c.errorf(m.Pos, "unsupported class attribute assignment")
				continue
			}
			if c.classInits != nil && c.namesUnsignedFunc(m.Value) {
				// OPS = {"d": double}: typed once the module's function
				// signatures are known.
				seen := len(cls.ClassVars)
				c.classInit(func() { c.classAttrAssign(cls, m, n, seen) })
				continue
			}
			c.classAttrAssign(cls, m, n, len(cls.ClassVars))
		case *ast.Pass, *ast.ExprStmt:
		default:
			c.errorf(st.Position(), "unsupported statement in class body")
		}
	}
	c.classMembersEnd(s, cls)
}

// classTupleAssign splits a class-body assignment of a tuple or list
// display to as many names (a, b = 1, "x") into one assignment per name;
// a range of int literals as long as the names (LOW, MID, HIGH = range(3))
// gives each name its int. nil for any other assignment.
func (c *checker) classTupleAssign(m *ast.Assign) []*ast.Assign {
	if len(m.Targets) != 1 {
		return nil
	}
	tt, ok := m.Targets[0].(*ast.TupleExpr)
	if !ok {
		return nil
	}
	vals, ok := displayElems(m.Value) // dataclass_base.go
	if !ok {
		vals = c.rangeLiterals(m.Value)
	}
	if len(tt.Elems) != len(vals) {
		return nil
	}
	var out []*ast.Assign
	seen := map[string]bool{}
	for i, t := range tt.Elems {
		n, ok := t.(*ast.Name)
		if !ok || seen[n.ID] {
			return nil
		}
		seen[n.ID] = true
		out = append(out, &ast.Assign{Pos: n.Pos, Targets: []ast.Expr{n}, Value: vals[i]})
	}
	return out
}

// rangeLiterals returns the ints of range(...) called with int literals
// (as literals at the call's position; nil for any other expression, or
// for a range of more than 64 ints).
func (c *checker) rangeLiterals(e ast.Expr) []ast.Expr {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Keywords) > 0 || len(call.Args) == 0 || len(call.Args) > 3 {
		return nil
	}
	if n, ok := call.Func.(*ast.Name); !ok || n.ID != "range" || c.module.names["range"] != nil {
		return nil
	}
	var args []int64
	for _, a := range call.Args {
		v, ok := intLiteral(a)
		if !ok {
			return nil
		}
		args = append(args, v)
	}
	start, stop, step := int64(0), args[0], int64(1)
	if len(args) > 1 {
		start, stop = args[0], args[1]
	}
	if len(args) > 2 {
		step = args[2]
	}
	if step == 0 {
		return nil
	}
	var out []ast.Expr
	for v := start; (step > 0 && v < stop) || (step < 0 && v > stop); v += step {
		if len(out) == 64 {
			return nil
		}
		out = append(out, &ast.IntLit{Pos: call.Pos, Text: strconv.FormatInt(v, 10), Value: v})
	}
	return out
}

// intLiteral returns the value of an int literal, or of one negated.
func intLiteral(e ast.Expr) (int64, bool) {
	switch x := e.(type) {
	case *ast.IntLit:
		return x.Value, !x.Overflow
	case *ast.UnaryOp:
		if l, ok := x.Operand.(*ast.IntLit); ok && x.Op == "-" && !l.Overflow {
			return -l.Value, true
		}
	}
	return 0, false
}

// namesUnsignedFunc reports whether e names a module-level function whose
// signature is not known yet.
func (c *checker) namesUnsignedFunc(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok {
			if sym := c.module.names[x.ID]; sym != nil && sym.Kind == SymFunc && sym.Func != nil && sym.Func.Sig == nil {
				found = true
			}
		}
		return !found
	})
	return found
}

// classAttrAssign declares the class attribute an unannotated assignment
// in a class body makes (`LIMIT = 10`).
func (c *checker) classAttrAssign(cls *Class, m *ast.Assign, n *ast.Name, seen int) {
	var t Type
	if _, tuple := m.Value.(*ast.TupleExpr); tuple && n.ID == "__slots__" {
		// Each class names its own slots (() in a subclass adding none,
		// ("a", "b") in another): typed tuple[str, ...] in every class
		// of a hierarchy, as one attribute.
		bt := Type(&Tuple{Elems: []Type{Str}, Var: true})
		if t = c.exprWant(m.Value, bt); t != nil && c.assignable(t, bt, m.Value, "__slots__") {
			t = bt
		}
	} else if bt := inheritedAttrType(cls, n.ID); bt != nil { // clsobj.go
		// Overriding a base's attribute: typed as the base
		// declares it (methods = ("GET", "POST") for a
		// tuple[str, ...]), as mypy checks it.
		if t = c.exprWant(m.Value, bt); t != nil && c.assignable(t, bt, m.Value, "class attribute "+n.ID) {
			t = bt
		}
	} else {
		c.withClassNames(cls, seen, func() { t = c.expr(m.Value) })
	}
	if t == nil {
		return
	}
	if isUnknownEmpty(t) || t == None {
		c.errorf(m.Pos, "class attribute %s needs a type annotation", n.ID)
		return
	}
	cls.ClassVars = append(cls.ClassVars, &Field{Name: n.ID, Type: t})
	if cls.ClassVarInit == nil {
		cls.ClassVarInit = map[string]any{}
	}
	cls.ClassVarInit[n.ID] = m.Value
}

// classMembersEnd completes a class once its members are declared.
func (c *checker) classMembersEnd(s *ast.ClassDef, cls *Class) {
	if cls.Enum != nil {
		c.enumFinish(s, cls)
	}
	if cls.Dataclass && cls.Methods["__init__"] == nil {
		// The synthesized __init__ takes every field, in order.
		// As CPython's: the positional fields of the whole hierarchy in
		// order, then the keyword-only ones (kw_only=True, field(kw_only=True),
		// after `_: KW_ONLY`) in order. The synthesized __init__ stores
		// each parameter into the field of its name (codegen).
		init := &Method{Name: "__init__", Owner: cls, Sig: &Func{Ret: None}}
		seenDefault := false
		var kw []Param
		for _, f := range cls.AllFields() {
			if f.NoInit {
				continue // field(init=False): set in __init__'s body (codegen)
			}
			_, hasDef := cls.lookupDefault(f.Name)
			p := Param{Name: f.Name, Type: f.Type, HasDefault: hasDef, KwOnly: f.KwOnly, Ann: f.Ann}
			if f.KwOnly {
				kw = append(kw, p)
				continue
			}
			if seenDefault && !hasDef {
				c.errorf(fieldPos(s, f.Name), "dataclass %s: non-default field %s follows a default field", cls.Name, f.Name)
			}
			seenDefault = seenDefault || hasDef
			init.Sig.Params = append(init.Sig.Params, p)
		}
		init.Sig.Params = append(init.Sig.Params, kw...)
		cls.Methods["__init__"] = init
	}
	// Fields assigned in __init__ without a class-level annotation.
	if init, ok := cls.Methods["__init__"]; ok && init.Def != nil {
		c.selfFields(cls, init, nil)
	}
	// Then, in a plain class, those first assigned in another method
	// (mypy's attributes defined anywhere in the class): a property
	// setter's self._f = ..., a reset() that defines self.cache.
	if cls.Dataclass && !cls.Frozen && !cls.NamedTuple && cls.Enum == nil && !cls.Protocol {
		// In a (mutable) dataclass, attributes a method assigns that
		// are not fields (self.counts = [0] * self.bins in
		// __post_init__) are plain instance attributes, outside the
		// dataclass's __init__, repr, comparisons and asdict.
		for _, key := range cls.Order {
			m := cls.Methods[key]
			if key == "__init__" || m == nil || m.Def == nil || m.IsStatic || m.IsClass {
				continue
			}
			c.selfFields(cls, m, func(f *Field) {
				f.Plain, f.NoInit, f.NoRepr, f.NoCompare = true, true, true, true
				if c.fieldMethods == nil {
					c.fieldMethods = map[*Field]*Method{}
				}
				c.fieldMethods[f] = m
			})
		}
	}
	if !cls.Dataclass && !cls.NamedTuple && cls.Enum == nil && !cls.Protocol {
		for _, key := range cls.Order {
			m := cls.Methods[key]
			if key == "__init__" || m == nil || m.Def == nil || m.IsStatic || m.IsClass {
				continue
			}
			c.selfFields(cls, m, func(f *Field) {
				if c.fieldMethods == nil {
					c.fieldMethods = map[*Field]*Method{}
				}
				c.fieldMethods[f] = m
			})
		}
	}
}

// selfFields declares the fields that `self.x = ...` statements in the
// body of method m of cls assign (those not declared yet); declared is
// told of each one (nil for __init__).
func (c *checker) selfFields(cls *Class, m *Method, declared func(*Field)) {
	d, ok := m.Def.(*ast.FuncDef)
	if !ok {
		return
	}
	add := func(f *Field) {
		cls.Fields = append(cls.Fields, f)
		if declared != nil {
			declared(f)
		}
	}
	// targets declares the attributes of self an unpacking or loop target
	// assigns, typed on first assignment.
	var targets func(t ast.Expr)
	targets = func(t ast.Expr) {
		switch x := t.(type) {
		case *ast.TupleExpr:
			for _, el := range x.Elems {
				targets(el)
			}
		case *ast.ListExpr:
			for _, el := range x.Elems {
				targets(el)
			}
		case *ast.Starred:
			targets(x.Value)
		case *ast.Attribute:
			if n, ok := x.Value.(*ast.Name); ok && n.ID == "self" && cls.LookupField(x.Attr) == nil && cls.LookupMethod(x.Attr) == nil {
				if f, isCV := c.classVarField(cls, x.Attr); isCV {
					// a class attribute of a base: promoted (classvar_inst.go)
					if f != nil {
						add(f)
					}
					return
				}
				add(&Field{Name: x.Attr})
			}
		}
	}
	walkStmts(d.Body, func(st ast.Stmt) {
		var tgt ast.Expr
		var ann ast.Expr
		switch a := st.(type) {
		case *ast.For:
			// for self.i in ...: in another method, typed by the loop.
			if declared != nil {
				targets(a.Target)
			}
			return
		case *ast.With:
			// with open_conn() as self.conn: in another method.
			if declared != nil {
				for _, it := range a.Items {
					if it.Target != nil {
						targets(it.Target)
					}
				}
			}
			return
		case *ast.AnnAssign:
			tgt, ann = a.Target, a.Annotation
		case *ast.Assign:
			if len(a.Targets) == 1 {
				tgt = a.Targets[0]
			}
			if len(a.Targets) > 1 || isSeqTarget(tgt) {
				if declared == nil {
					c.initTupleFields(cls, m, a) // dataclass_base.go
					return
				}
				// self.under = self.over = 0, self.lo, self.hi = 0, n in
				// another method: each attribute, typed on first
				// assignment.
				for _, t := range a.Targets {
					targets(t)
				}
				return
			}
		}
		at, ok := tgt.(*ast.Attribute)
		if !ok {
			return
		}
		if n, ok := at.Value.(*ast.Name); !ok || n.ID != "self" || cls.LookupField(at.Attr) != nil {
			return
		}
		if cls.LookupMethod(at.Attr) != nil {
			// self.v = v where v is a property: its setter runs (a field
			// of that name would shadow the property).
			return
		}
		if ann != nil {
			if t := c.annotation(ann); t != nil {
				add(&Field{Name: at.Attr, Type: t, Ann: ann})
			} else {
				c.breakClass(cls) // one message for the annotation, none per use of the attribute
			}
			return
		}
		if f, isCV := c.classVarField(cls, at.Attr); isCV {
			if f != nil {
				add(f)
			}
			return
		}
		// Type from a parameter of the same name, or inferred later.
		a := st.(*ast.Assign)
		if pn, ok := a.Value.(*ast.Name); ok {
			for _, p := range m.Sig.Params {
				if p.Name == pn.ID {
					add(&Field{Name: at.Attr, Type: p.Type})
					return
				}
			}
		}
		add(&Field{Name: at.Attr}) // typed on first assignment
	})
}

func (c *checker) classBodies(s *ast.ClassDef) {
	cls := c.info.Classes[s]
	c.plainBaseRedecl(s, cls) // dataclass_base.go
	fields := cls.Fields
	if cls.Dataclass && cls.Base != nil && cls.Base.Dataclass {
		// The base's fields this dataclass declares again, with their
		// new defaults (dataclass_redecl.go).
		for _, f := range cls.Base.AllFields() {
			if _, ok := cls.Defaults[f.Name]; ok {
				fields = append(fields, f)
			}
		}
	}
	for _, f := range fields {
		if d, ok := cls.Defaults[f.Name]; ok {
			if t := c.exprWant(d.(ast.Expr), f.Type); t != nil {
				c.assignable(t, f.Type, d.(ast.Expr), "field default")
			}
		}
	}
	for _, st := range s.Body {
		if m, ok := st.(*ast.FuncDef); ok {
			fi := c.info.Funcs[m]
			if cls.Protocol || fi.bodyDone || c.initBusy[fi] {
				continue // an __init__ checked early (ensureInit); a protocol's "..."
			}
			fi.Class = cls
			c.funcBody(fi, m.Body)
		}
	}
}

// lookupDefault finds a field default along the base chain.
func (c *Class) lookupDefault(name string) (any, bool) {
	for k := c; k != nil; k = k.Base {
		if d, ok := k.Defaults[name]; ok {
			return d, true
		}
	}
	return nil, false
}

// LookupDefault finds the default value expression of a field.
func (c *Class) LookupDefault(name string) (ast.Expr, bool) {
	d, ok := c.lookupDefault(name)
	if !ok {
		return nil, false
	}
	return d.(ast.Expr), true
}

// shiftPos moves the positions of a re-parsed string annotation onto the
// string literal it came from.
func shiftPos(e ast.Expr, at ast.Pos) {
	WalkExpr(e, func(x ast.Expr) {
		switch n := x.(type) {
		case *ast.Name:
			n.Pos = at
		case *ast.Subscript:
			n.Pos = at
		case *ast.Attribute:
			n.Pos = at
		case *ast.BinOp:
			n.Pos = at
		}
	})
}

// genericNames are the generic types an annotation must subscript (by the
// names genericAnnotation resolves them to).
var genericNames = map[string]bool{
	"list": true, "dict": true, "set": true, "frozenset": true, "tuple": true, "type": true,
	"typing.List": true, "typing.Dict": true, "typing.Set": true, "typing.FrozenSet": true,
	"typing.Tuple": true, "typing.Type": true, "typing.Optional": true, "typing.Union": true,
	"typing.Callable": true, "typing.Iterator": true, "typing.Iterable": true, "typing.Awaitable": true,
	"typing.Coroutine": true, "typing.AsyncIterator": true, "typing.AsyncIterable": true,
	"typing.AsyncGenerator": true, "typing.Generator": true, "typing.Sequence": true,
	"typing.Mapping": true, "typing.MutableMapping": true, "typing.MutableSequence": true,
	"collections.abc.Callable": true, "collections.abc.Iterator": true, "collections.abc.Iterable": true,
	"collections.abc.Awaitable": true, "collections.abc.Coroutine": true, "collections.abc.AsyncIterator": true,
	"collections.abc.AsyncIterable": true, "collections.abc.AsyncGenerator": true, "collections.abc.Generator": true,
	"collections.abc.Sequence": true, "collections.abc.Mapping": true, "collections.abc.MutableMapping": true,
	"collections.abc.MutableSequence": true,
	"typing.KeysView":                 true, "typing.ValuesView": true, "typing.ItemsView": true,
	"collections.abc.KeysView": true, "collections.abc.ValuesView": true, "collections.abc.ItemsView": true,
	"asyncio.Queue": true, "asyncio.PriorityQueue": true, "asyncio.LifoQueue": true,
	"asyncio.Future": true, "asyncio.Task": true,
	"typing.AsyncContextManager": true, "typing.ContextManager": true,
	"contextlib.AbstractAsyncContextManager": true, "contextlib.AbstractContextManager": true,
}

// bareGeneric returns the name of the generic type e names without type
// arguments ("" when e is not one).
func (c *checker) bareGeneric(e ast.Expr) string {
	name := ""
	switch x := e.(type) {
	case *ast.Name:
		sym := c.lookup(x.ID)
		switch {
		case sym == nil || (sym.Kind == SymBuiltin || sym.Kind == SymType) && genericNames[x.ID] && !strings.Contains(x.ID, "."):
			name = x.ID
		case sym.Kind == SymType:
			if tn, ok := sym.Type.(*TypeName); ok {
				if a, ok := tn.T.(*AnyType); ok {
					name = a.Name
				}
			}
		case sym.Kind == SymBuiltin:
			if bf, ok := sym.Type.(*BuiltinFunc); ok {
				name = bf.Name
			}
		}
	case *ast.Attribute:
		if base, ok := x.Value.(*ast.Name); ok {
			if sym := c.lookup(base.ID); sym != nil && sym.Kind == SymModule {
				name = sym.Type.(*ModuleType).Name + "." + x.Attr
			}
		}
	}
	if !genericNames[name] {
		return ""
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return name
}

// fieldPos is the position of the annotated assignment declaring field name
// in class s's body (where mypy reports a field's errors), or the class's own
// for a field declared by a base class.
func fieldPos(s *ast.ClassDef, name string) ast.Pos {
	for _, st := range s.Body {
		if a, ok := st.(*ast.AnnAssign); ok {
			if n, ok := a.Target.(*ast.Name); ok && n.ID == name {
				return a.Pos
			}
		}
	}
	return s.Pos
}

// moduleClassRef resolves module.Name naming a class of an imported module
// (enum.Enum, asyncio.CancelledError) as a base class.
func (c *checker) moduleClassRef(b *ast.Attribute) (*ClassRef, bool) {
	n, ok := b.Value.(*ast.Name)
	if !ok {
		return nil, false
	}
	if sym := c.lookup(n.ID); sym == nil || sym.Kind != SymModule {
		return nil, false
	}
	cr, ok := c.expr(b).(*ClassRef)
	return cr, ok && cr.Class != nil
}

// dedupUnion drops the repeated members of a written union (a float |
// str | int whose float member is int | float: floatpos.go), or returns t.
func dedupUnion(t Type) Type {
	u, ok := t.(*Union)
	if !ok {
		return t
	}
	var flat []Type
	for _, m := range u.Types {
		if mu, ok := m.(*Union); ok {
			flat = append(flat, mu.Types...) // str | float with float int | float
		} else {
			flat = append(flat, m)
		}
	}
	var ts []Type
	for _, m := range flat {
		dup := false
		for _, o := range ts {
			if Identical(m, o) {
				dup = true
				mergeTupleTags(o, m) // tuple_tags.go
			}
		}
		if !dup {
			ts = append(ts, m)
		}
	}
	if len(ts) == len(u.Types) && len(flat) == len(u.Types) {
		return t
	}
	if len(ts) == 1 {
		return ts[0]
	}
	return &Union{ts}
}

// withClassNames runs f with the first seen class attributes of cls (those
// declared before the value f types) visible by their plain names, as a
// class body sees them (ALL = (RED, GREEN) after RED and GREEN); nested
// functions, lambdas and comprehensions do not see them (a class scope).
func (c *checker) withClassNames(cls *Class, seen int, f func()) {
	sc := &scope{names: map[string]*Symbol{}, parent: c.sc, fn: c.sc.fn, class: true}
	for _, cv := range cls.ClassVars[:min(seen, len(cls.ClassVars))] {
		if _, ok := cls.ClassVarInit[cv.Name].(ast.Expr); ok {
			sc.names[cv.Name] = &Symbol{Name: cv.Name, Kind: SymClassVar, Type: cv.Type, Class: cls}
		}
	}
	saved := c.sc
	c.sc = sc
	defer func() { c.sc = saved }()
	f()
}

// classVarsBefore counts the class attributes of cls whose values come
// before pos in the class body.
func classVarsBefore(cls *Class, pos ast.Pos) int {
	n := 0
	for _, cv := range cls.ClassVars {
		e, ok := cls.ClassVarInit[cv.Name].(ast.Expr)
		if !ok || !e.Position().Before(pos) {
			break
		}
		n++
	}
	return n
}

// runtimeCheckable reports a class decorator naming
// typing.runtime_checkable.
func (c *checker) runtimeCheckable(d ast.Expr) bool {
	switch x := d.(type) {
	case *ast.Name:
		sym := c.lookup(x.ID)
		if sym != nil && sym.Kind == SymBuiltin {
			if bf, ok := sym.Type.(*BuiltinFunc); ok && bf.Name == "typing.runtime_checkable" {
				c.info.Uses[x] = sym
				return true
			}
		}
	case *ast.Attribute:
		if n, ok := x.Value.(*ast.Name); ok && x.Attr == "runtime_checkable" {
			if sym := c.lookup(n.ID); sym != nil && sym.Kind == SymModule && sym.Type.(*ModuleType).Name == "typing" {
				return true
			}
		}
	}
	return false
}

// exprRootName is the name a decorator expression starts from (abc in
// @abc.abstractmethod, timeout in @timeout(1.0)), or "".
func exprRootName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.Name:
			return x.ID
		case *ast.Attribute:
			e = x.Value
		case *ast.Call:
			e = x.Func
		default:
			return ""
		}
	}
}
