package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// Container kinds in isinstance: isinstance(x, list) tests for any list,
// whatever its element type. The name list used as a value is a TypeName
// of a List with a nil element type; such a "kind" matches every List.

// isKind reports whether t is a container kind: list, dict, set or tuple
// named without type arguments.
func isKind(t Type) bool {
	switch x := t.(type) {
	case *List:
		return x.Elem == nil
	case *Set:
		return x.Elem == nil
	case *Dict:
		return x.Key == nil && x.Val == nil
	case *Tuple:
		return x.Elems == nil && !x.Var
	}
	return false
}

// sameContainerKind reports whether a is a container of kind k.
func sameContainerKind(a, k Type) bool {
	switch a.(type) {
	case *List:
		_, ok := k.(*List)
		return ok
	case *Set:
		_, ok := k.(*Set)
		return ok
	case *Dict:
		_, ok := k.(*Dict)
		return ok
	case *Tuple:
		_, ok := k.(*Tuple)
		return ok
	}
	return false
}

// anyType is typing.Any.
func anyType() Type { return &AnyType{"Any"} }

// anyFilled is the type isinstance(x, k) narrows a value of type object
// to: list[Any], tuple[Any, ...], dict[Any, Any] and set[Any] for the
// kinds, whose values the generator views dynamically (AnyList, AnyTuple,
// AnyDict, AnySet in runtime/py); k itself otherwise.
func anyFilled(k Type) Type {
	switch k.(type) {
	case *List:
		if isKind(k) {
			return &List{Elem: anyType()}
		}
	case *Tuple:
		if isKind(k) {
			return &Tuple{Elems: []Type{anyType()}, Var: true}
		}
	case *Dict:
		if isKind(k) {
			return &Dict{Key: anyType(), Val: anyType()}
		}
	case *Set:
		if isKind(k) {
			return &Set{Elem: anyType()}
		}
	case *Abstract:
		if k.(*Abstract).Elem == nil {
			return &Abstract{Kind: k.(*Abstract).Kind, Elem: anyType()} // Sequence[Any]: py.AnySeq
		}
	}
	return k
}

// mutatingMethods are the methods of list, dict and set that change the
// receiver.
var mutatingMethods = map[string]bool{
	"append": true, "extend": true, "insert": true, "pop": true, "remove": true,
	"clear": true, "sort": true, "reverse": true, "popitem": true, "setdefault": true,
	"update": true, "add": true, "discard": true,
}

// refuseViewMutation rejects changing a container read through a value of
// type object narrowed by isinstance (list[Any], dict[Any, Any]): the
// generator reads such a value through a snapshot of the stored container,
// so a change would not reach the original.
func (c *checker) refuseViewMutation(e ast.Expr, pos ast.Pos, what string) {
	if c.readOnlyDict(c.info.Types[e], what, pos) { // abstract.go
		return
	}
	from, ok := c.info.Narrowed[e]
	if !ok {
		return
	}
	if _, ok := from.(*AnyType); !ok {
		return
	}
	if _, ok := anyViewOf(c.info.Types[e]); ok {
		c.errorf(pos, "%s of a value of type %s narrowed to %s is not supported (annotate it with the container type)", what, from, c.info.Types[e])
	}
}

// anyViewOf reports whether t is a container type with Any elements.
func anyViewOf(t Type) (Type, bool) {
	isA := func(t Type) bool { _, ok := t.(*AnyType); return ok }
	switch x := t.(type) {
	case *List:
		return t, isA(x.Elem)
	case *Dict:
		return t, isA(x.Key) && isA(x.Val)
	case *Set:
		return t, isA(x.Elem)
	}
	return t, false
}

// factoryCall types field(default_factory=f) for a factory f that is a
// class, a built-in type or another callable without parameters: the
// default is the call f(), recorded in Info.Factories.
func (c *checker) factoryCall(f ast.Expr, want Type) Type {
	call := &ast.Call{Pos: f.Position(), Func: f}
	t := c.exprWant(call, want)
	if t == nil {
		return nil
	}
	if c.info.Factories == nil {
		c.info.Factories = map[ast.Expr]*ast.Call{}
	}
	c.info.Factories[f] = call
	return t
}

// runTimeTuple reports whether t is, or holds as a tuple element or
// Optional, a tuple of run-time length (tuple[T, ...], tuple(xs)): its Go
// representation holds a slice and cannot key a Go map.
func runTimeTuple(t Type) bool {
	switch x := t.(type) {
	case *Optional:
		return runTimeTuple(x.Elem)
	case *Tuple:
		if x.Var || x.ListRepr {
			return true
		}
		for _, e := range x.Elems {
			if runTimeTuple(e) {
				return true
			}
		}
	}
	return false
}

// VarTupleKey reports whether t is a tuple of run-time length that may key
// a dict or be a set element: the runtime's dicts and sets find equal
// tuples by their hash and element-wise equality (py.VarTuple is a UserKey),
// which holds for elements of the basic hashable types and tuples of them.
func VarTupleKey(t Type) bool {
	x, ok := t.(*Tuple)
	return ok && x.Var && !x.ListRepr && len(x.Elems) == 1 && keyElem(x.Elems[0])
}

// runTimeKey reports whether t, a tuple holding tuples of run-time length
// (or an Optional of one), may key a dict or be a set element: each of
// those is a VarTupleKey, which the runtime's dicts and sets hash and
// compare as CPython does inside the fixed tuple too (a deep key,
// py/userkey.go).
func runTimeKey(t Type) bool {
	switch x := t.(type) {
	case *Optional:
		return runTimeKey(x.Elem)
	case *Tuple:
		if x.Var || x.ListRepr {
			return VarTupleKey(t)
		}
		for _, e := range x.Elems {
			if runTimeTuple(e) && !runTimeKey(e) {
				return false
			}
		}
		return true
	}
	return !runTimeTuple(t)
}

// keyElem reports whether values of t compare and hash inside a tuple
// of run-time length as CPython's do (py.EqualItem and py.Hash).
func keyElem(t Type) bool {
	switch x := t.(type) {
	case *Basic:
		return x == Int || x == Str || x == Bool || x == Bytes || x == Float || x == None
	case *Optional:
		return keyElem(x.Elem)
	case *Tuple:
		if x.ListRepr {
			return false
		}
		for _, e := range x.Elems {
			if !keyElem(e) {
				return false
			}
		}
		return true
	}
	return false
}

// frozenOwner reports whether the field name of cls is declared by a
// frozen dataclass base.
func frozenOwner(cls *Class, name string) bool {
	for k := cls; k != nil; k = k.Base {
		if !k.Frozen {
			continue
		}
		for _, f := range k.Fields {
			if f.Name == name {
				return true
			}
		}
	}
	return false
}

// holdsCallable reports a function or bound-method type, or a tuple or
// Optional holding one (Go funcs are not comparable map keys).
func holdsCallable(t Type) bool {
	switch x := t.(type) {
	case *Func, *BoundMethod:
		return true
	case *Optional:
		return holdsCallable(x.Elem)
	case *Tuple:
		for _, e := range x.Elems {
			if holdsCallable(e) {
				return true
			}
		}
	}
	return false
}

// hashKey checks a dict key or set element type. The generated dicts and
// sets key user objects by identity, which is Python's rule only for
// classes that define neither __eq__ nor __hash__ (and are not
// dataclasses) anywhere in their hierarchy: a dataclass hashes by its
// fields when frozen and is unhashable otherwise (TypeError), and a class
// with __eq__/__hash__ hashes as those say. Those are refused.
func (c *checker) hashKey(t Type, pos ast.Pos) Type {
	if holdsCallable(t) {
		c.errorf(pos, "callables as dict keys or set elements are not supported (%s): keep them in a list", t)
		return t
	}
	if name := unhashable(t); name != "" {
		c.errorf(pos, "unhashable type: '%s' (CPython raises TypeError when a %s is a dict key or set element)", name, name)
		return t
	}
	if runTimeTuple(t) && !runTimeKey(t) {
		c.errorf(pos, "%s as a dict key or set element is not supported yet (a tuple whose length is known only at run time, of elements other than int, float, str, bytes, bool, None and tuples of those; use a fixed-length tuple such as tuple[int, int])", t)
		return t
	}
	if NumUnion(t) && (c.ff == nil || c.ff.id(t) < 0) {
		c.mixedKeys(t, pos) // floatpos.go
		return t
	}
	if tt, ok := t.(*Tuple); ok {
		for _, e := range tt.Elems {
			c.nestedUserKey(e, pos) // userkey.go
		}
	}
	if o, ok := t.(*Optional); ok {
		c.nestedUserKey(o.Elem, pos)
	}
	cls, ok := t.(*Class)
	if !ok {
		return t
	}
	if HashByValue(cls) { // hashing.go
		return t
	}
	if sub := fieldEqSub(cls); sub != nil {
		c.errorf(pos, "instances of %s as dict keys or set elements are not supported (its subclass %s is a dataclass comparing fields: unhashable, TypeError in CPython)", cls.Name, sub.Name)
		return t
	}
	for k := cls; k != nil; k = k.Base {
		switch {
		case k.NamedTuple || (k.Dataclass && k.Frozen && !k.DataNoEq):
			if k.Dataclass && UserKeyClass(cls) { // userkey.go: its __hash__ (unsafehash.go may write it out)
				return t
			}
			c.errorf(pos, "instances of %s as dict keys or set elements are not supported (%s)", k.Name, hashRefusal(k)) // hashing.go
		case k.Dataclass && !k.DataNoEq:
			if UserKeyClass(cls) { // userkey.go: an explicit __hash__
				return t
			}
			c.errorf(pos, "instances of dataclass %s cannot be dict keys or set elements (a dataclass that is not frozen is unhashable: TypeError in CPython)", k.Name)
		case k.Methods["__eq__"] != nil || k.Methods["__hash__"] != nil:
			if UserKeyClass(cls) { // userkey.go
				return t
			}
			c.errorf(pos, "instances of %s as dict keys or set elements are not supported (%s)", cls.Name, userKeyRefusal(cls, k))
		default:
			continue
		}
		break
	}
	return t
}

// fieldFlags records field(compare=False) and field(repr=False) of a
// dataclass field's default expression.
func fieldFlags(f *Field, value ast.Expr) {
	call, ok := value.(*ast.Call)
	if !ok {
		return
	}
	if n, ok := call.Func.(*ast.Name); !ok || n.ID != "field" {
		if a, ok := call.Func.(*ast.Attribute); !ok || a.Attr != "field" {
			return
		}
	}
	hash := 0 // field(hash=True): 1, field(hash=False): 2
	defer func() { f.HashDiffers = hash != 0 && (hash == 1) == f.NoCompare }()
	for _, k := range call.Keywords {
		b, ok := k.Value.(*ast.BoolLit)
		if ok && k.Name == "hash" {
			hash = 2
			if b.Value {
				hash = 1
			}
			continue
		}
		if ok && k.Name == "kw_only" {
			f.KwOnly = b.Value // overrides the class's kw_only=, as in CPython
			continue
		}
		if !ok || b.Value {
			continue
		}
		switch k.Name {
		case "compare":
			f.NoCompare = true
		case "repr":
			f.NoRepr = true
		case "init":
			f.NoInit = true
		}
	}
}

// ensureInit checks the bodies of the __init__ methods of cls and its
// bases now when code reads an attribute whose type they assign: module
// statements are checked before method bodies, and a method of one class
// may read an attribute another class's __init__ types later in the file.
func (c *checker) ensureInit(cls *Class) {
	if c.speculating > 0 {
		return // a body checked now would report nothing
	}
	saveNoNarrow, saveCallee := c.noNarrow, c.inCallee
	defer func() { c.noNarrow, c.inCallee = saveNoNarrow, saveCallee }()
	c.noNarrow, c.inCallee = nil, false
	for k := cls; k != nil; k = k.Base {
		m := k.Methods["__init__"]
		if m == nil || m.Def == nil {
			continue
		}
		fd, ok := m.Def.(*ast.FuncDef)
		if !ok {
			continue
		}
		fi := c.info.Funcs[fd]
		if fi == nil || fi.bodyDone || c.initBusy[fi] {
			continue
		}
		if c.initBusy == nil {
			c.initBusy = map[*FuncInfo]bool{}
		}
		c.initBusy[fi] = true
		fi.Class = k
		c.funcBody(fi, fd.Body)
	}
}

// literalType is the type of Literal[v1, v2, ...]: the union of the
// values' types (Literal["r", "w"] is str; the checker does not track the
// values themselves, mypy has checked them).
func (c *checker) literalType(args []ast.Expr) Type {
	var t Type
	for _, a := range args {
		var at Type
		switch x := a.(type) {
		case *ast.StrLit:
			at = Str
		case *ast.IntLit:
			at = Int
		case *ast.BoolLit:
			at = Bool
		case *ast.NoneLit:
			at = None
		case *ast.UnaryOp:
			if _, ok := x.Operand.(*ast.IntLit); ok && x.Op == "-" {
				at = Int
			}
		}
		if at == nil {
			c.errorf(a.Position(), "Literal takes str, int, bool or None values")
			return nil
		}
		if t == nil {
			t = at
		} else if !Identical(t, at) {
			t = makeUnion(t, at)
		}
	}
	return t
}

// desugarFinal turns `NAME: Final = value` at module level and in class
// bodies into `NAME = value`: a bare Final takes the type of its value
// (mypy has checked that it is not reassigned). It returns a new module
// (rewritten statement lists and class definitions are copies); m is not
// changed.
func desugarFinal(m *ast.Module) *ast.Module {
	rewrite := func(body []ast.Stmt) []ast.Stmt {
		var out []ast.Stmt
		for i, st := range body {
			a, ok := st.(*ast.AnnAssign)
			if !ok || a.Value == nil || !isBareFinal(a.Annotation) {
				continue
			}
			if out == nil {
				out = append([]ast.Stmt(nil), body...)
			}
			out[i] = &ast.Assign{Pos: a.Pos, Targets: []ast.Expr{a.Target}, Value: a.Value}
		}
		if out == nil {
			return body
		}
		return out
	}
	nm := *m
	nm.Body = append([]ast.Stmt(nil), rewrite(m.Body)...)
	for i, st := range nm.Body {
		if cd, ok := st.(*ast.ClassDef); ok && len(cd.Decorators) == 0 { // a dataclass's Final fields stay fields
			if body := rewrite(cd.Body); len(body) > 0 && &body[0] != &cd.Body[0] {
				ncd := *cd
				ncd.Body = body
				nm.Body[i] = &ncd
			}
		}
	}
	return &nm
}

func isBareFinal(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID == "Final"
	case *ast.Attribute:
		b, ok := x.Value.(*ast.Name)
		return ok && b.ID == "typing" && x.Attr == "Final"
	}
	return false
}

// unhashable names the mutable built-in container (list, dict, set) that t
// is or holds as a tuple or Optional element: CPython raises TypeError
// ("unhashable type") when one is hashed as a dict key or set element, a
// rule mypy does not check. The generated containers would key it by
// identity instead (a wrong answer), so the checker refuses it.
func unhashable(t Type) string {
	name := ""
	keyParts(t, func(p Type) bool {
		switch p := p.(type) {
		case *List:
			name = "list"
		case *Dict:
			name = "dict"
		case *Set:
			if !p.Frozen {
				name = "set"
			}
		case *Opaque:
			if p == SliceType {
				name = "slice" // sliceobj.go
			}
		}
		return name != ""
	})
	return name
}

// keyParts calls visit on key type t and, recursively, on the elements of
// the tuples and Optionals it is made of, until visit returns true; it
// reports whether one did.
func keyParts(t Type, visit func(Type) bool) bool {
	if visit(t) {
		return true
	}
	switch t := t.(type) {
	case *Optional:
		return keyParts(t.Elem, visit)
	case *Tuple:
		for _, e := range t.Elems {
			if keyParts(e, visit) {
				return true
			}
		}
	}
	return false
}

// isKwOnlySentinel reports whether a dataclass body's annotation names
// dataclasses.KW_ONLY (`_: KW_ONLY`): the fields after it are keyword-only.
func (c *checker) isKwOnlySentinel(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return c.lazyRefused[x.ID] == "dataclasses.KW_ONLY"
	case *ast.Attribute:
		n, ok := x.Value.(*ast.Name)
		if !ok || x.Attr != "KW_ONLY" {
			return false
		}
		m, ok := c.module.names[n.ID]
		if !ok || m.Kind != SymModule {
			return false
		}
		mt, ok := m.Type.(*ModuleType)
		return ok && mt.Name == "dataclasses"
	}
	return false
}

// fieldEqSub is a subclass of cls (at any depth) that @dataclass gives a
// field-comparing __eq__ (and so __hash__ = None), when cls itself hashes
// by identity: a variable of type cls may hold one.
func fieldEqSub(cls *Class) *Class {
	for _, s := range cls.subs {
		if s.Dataclass && !s.DataNoEq {
			return s
		}
		if d := fieldEqSub(s); d != nil {
			return d
		}
	}
	return nil
}

// boolIntoIntHint explains the refusal of a bool stored where an int or
// float is declared (x: int = True, f(flag) for a parameter n: int), which
// mypy accepts: CPython keeps the bool there (printed True), and the int
// or float the runtime would store prints 1 or 1.0.
func boolIntoIntHint(from, to Type) string {
	if boolIntUnion(from) {
		return "" // boolUnionHint explains it
	}
	p := boolInto(from, to)
	if p == nil {
		return ""
	}
	name := "an int"
	if p != Int {
		name = "a float" // a float position that may also hold ints (floatpos.go)
	}
	return " (CPython stores the bool itself there and prints it as True; aiogo keeps no bool in " + name + " position: write int(...), or declare int | bool)"
}

// boolInto returns the int or float position of to that a bool of from
// would be stored at (through an Optional and the elements of fixed
// tuples: t: tuple[int, float] = (True, 0.5)), or nil.
func boolInto(from, to Type) Type {
	if o, ok := to.(*Optional); ok && from == Bool {
		return boolInto(from, o.Elem) // z: int | None = True
	}
	if ft, ok := from.(*Tuple); ok {
		if tt, ok := to.(*Tuple); ok && !ft.Var && !tt.Var && len(ft.Elems) == len(tt.Elems) {
			for i := range ft.Elems {
				if p := boolInto(ft.Elems[i], tt.Elems[i]); p != nil {
					return p
				}
			}
		}
		return nil
	}
	switch ft := from.(type) {
	case *List: // total(s.seq) where s.seq is a list[int | bool] and total takes list[int]
		if tt, ok := to.(*List); ok && boolIntUnion(ft.Elem) {
			return boolInto(ft.Elem, tt.Elem)
		}
		return nil
	case *Set:
		if tt, ok := to.(*Set); ok && boolIntUnion(ft.Elem) {
			return boolInto(ft.Elem, tt.Elem)
		}
		return nil
	case *Dict:
		if tt, ok := to.(*Dict); ok && Identical(ft.Key, tt.Key) && boolIntUnion(ft.Val) {
			return boolInto(ft.Val, tt.Val)
		}
		return nil
	}
	if from != Bool && !boolIntUnion(from) || to != Int && to != Float && !NumUnion(to) {
		return nil
	}
	return to
}

// boolIntUnion reports a union of bool and int only (what isinstance(v,
// int) leaves of a union with both): a bool of it would be stored where
// to's int is, as a bool itself is.
func boolIntUnion(t Type) bool {
	u, ok := t.(*Union)
	if !ok || !mayBool(t) {
		return false
	}
	for _, m := range u.Types {
		if m != Bool && m != Int {
			return false
		}
	}
	return true
}

// mixedNamedTupleHint explains the refusal of a NamedTuple stored where a
// fixed tuple is declared that also receives plain tuples or another
// class's instances (floatpos.go ntPosition): CPython keeps each value as
// it is, printing P(x=1, y=2) beside (3, 4).
func mixedNamedTupleHint(from, to Type) string {
	fc, ok := from.(*Class)
	tt, ok2 := to.(*Tuple)
	if !ok || !ok2 || !fc.NamedTuple || tt.Var {
		return ""
	}
	fs := fc.AllFields()
	if len(fs) != len(tt.Elems) {
		return ""
	}
	for i, f := range fs {
		if !Identical(f.Type, tt.Elems[i]) && !(tt.Elems[i] == Float || NumUnion(tt.Elems[i])) {
			return "" // another mismatch
		}
	}
	return " (this tuple position also receives plain tuples or other named tuples: CPython keeps the " + fc.Name + " as it is, printed " + fc.Name + "(...), and aiogo cannot hold both kinds in one declaration: store a plain tuple of its fields, or declare " + fc.Name + " where only its instances go)"
}

// dictKeywords rewrites dict(k=v, ...) and dict(arg, k=v, **other),
// which mypy types as dict[str, V], as the display {"k": v, ...} or
// {**dict(arg), "k": v, **other} (keys in the order written, as CPython inserts
// them), recorded for the generator. ok is false for other calls.
func (c *checker) dictKeywords(x *ast.Call, t Type) (ast.Expr, bool) {
	if _, isDict := t.(*Dict); !isDict || len(x.Keywords) == 0 || len(x.Args) > 1 || CollectionKind(t) != "" {
		return nil, false
	}
	d := &ast.DictExpr{Pos: x.Pos}
	if len(x.Args) == 1 {
		if _, star := x.Args[0].(*ast.Starred); star {
			return nil, false
		}
		// **dict(arg): the positional argument may be a mapping or an
		// iterable of pairs, as dict() takes it.
		d.Keys = append(d.Keys, nil)
		d.Values = append(d.Values, &ast.Call{Pos: x.Pos, Func: x.Func, Args: x.Args})
	}
	keywordItems(d, x.Keywords)
	if c.info.TypedDictCalls == nil {
		c.info.TypedDictCalls = map[*ast.Call]ast.Expr{}
	}
	c.info.TypedDictCalls[x] = d
	return d, true
}

// sumNumType is the type of sum(floats) without a start in the detection
// pass of the float positions: an int | float, since CPython returns the
// int 0 for no elements (typeshed: float | Literal[0]), that widens the
// float positions it reaches directly (total: float = sum(xs); a function
// returning it) but not the floats of containers it is stored in (the
// elements of [sum(r) for r in rows] where a list[float] is declared).
var sumNumType = &Union{Types: []Type{Int, Float}}

// sumOfFloats types sum(floats) without a start (want: the expected type):
// int | float, as CPython returns the int 0 for no elements, except where
// a plain float is expected (a float position no int reaches, such as the
// elements of a list[float]: the known int-to-float difference).
func (c *checker) sumOfFloats(want Type) Type {
	if c.ff != nil && c.ff.detect {
		return sumNumType
	}
	if want == Float {
		return Float
	}
	return numUnionType
}

// probeElem is the element type of an iterable of type t, or nil (without
// reporting a value that is not iterable).
func (c *checker) probeElem(t Type, e ast.Expr) Type {
	switch t.(type) {
	case *List, *Set, *Dict, *Tuple, *Iterator, *Generator, *Abstract:
		return c.elemType(t, e)
	}
	if t == Str {
		return Str
	}
	return nil
}

func init() { checkHooks["dict.update"] = checkDictUpdate }

// checkDictUpdate types d.update(...). CPython's update also takes an
// iterable of pairs or any mapping, keyword arguments, or both
// (d.update(pairs, k=v)); such a call is checked and generated as the one
// form the table describes (Info.CallVia), d.update({**dict(arg), "k": v}),
// whose keys go in the order CPython inserts them.
func checkDictUpdate(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	if rd, ok := recv.(*Dict); len(x.Args) > 1 || ok && rd.TypedDict != nil {
		return c.entryCallSig(x, e, recv) // reports the arity; TypedDicts as the table has them
	}
	if l, ok := emptyListDisplay(x); ok {
		// d.update([]): no pairs, as d.update({}) (whose element types
		// come from d).
		return c.checkVia(x, &ast.Call{Pos: x.Pos, Func: x.Func, Args: []ast.Expr{&ast.DictExpr{Pos: l.Pos}}}, want)
	}
	if len(x.Keywords) == 0 && len(x.Args) == 1 {
		switch a := x.Args[0].(type) {
		case *ast.DictExpr, *ast.DictComp:
			return c.entryCallSig(x, e, recv)
		case *ast.Starred:
		default:
			if dt, ok := c.peekType(a).(*Dict); ok && !dt.ReadOnly && dt.TypedDict == nil {
				return c.entryCallSig(x, e, recv)
			}
		}
	}
	if sym := c.lookup("dict"); sym == nil || sym.Kind != SymType && sym.Kind != SymBuiltin {
		return c.entryCallSig(x, e, recv) // dict shadowed: the table's form only
	}
	d := &ast.DictExpr{Pos: x.Pos}
	if len(x.Args) == 1 {
		d.Keys = append(d.Keys, nil)
		d.Values = append(d.Values, &ast.Call{Pos: x.Args[0].Position(), Func: &ast.Name{Pos: x.Pos, ID: "dict"}, Args: x.Args})
	}
	keywordItems(d, x.Keywords)
	syn := &ast.Call{Pos: x.Pos, Func: x.Func, Args: []ast.Expr{d}}
	c.info.CallVia[x] = syn
	t := c.entryCallSig(syn, e, recv)
	c.info.Types[syn] = t
	return t
}

// emptyListDisplay returns the argument of a call passing just an empty
// list display (d.update([])).
func emptyListDisplay(x *ast.Call) (*ast.ListExpr, bool) {
	if len(x.Keywords) != 0 || len(x.Args) != 1 {
		return nil, false
	}
	l, ok := x.Args[0].(*ast.ListExpr)
	return l, ok && len(l.Elems) == 0
}

// keywordItems appends the keyword arguments of a dict-building call to the
// display d: name=v as "name": v, **other as a ** item.
func keywordItems(d *ast.DictExpr, kws []*ast.Keyword) {
	for _, k := range kws {
		if k.Name == "" {
			d.Keys = append(d.Keys, nil) // **other
		} else {
			d.Keys = append(d.Keys, &ast.StrLit{Pos: k.Pos, Value: k.Name})
		}
		d.Values = append(d.Values, k.Value)
	}
}

// isinstanceABCs are the collections.abc classes isinstance may test
// (py.IsInstanceABC: the built-in types registered with them); the other
// typing names (Iterable, Callable, Awaitable, ...) are refused there:
// CPython tests those structurally.
var isinstanceABCs = map[string]bool{
	"Mapping": true, "MutableMapping": true, "Sequence": true, "MutableSequence": true,
	"AbstractSet": true, "MutableSet": true,
}

// TypingABC is the collections.abc/typing class name a typing name used
// as a value stands for (typing.Mapping -> "Mapping"); "" for other types.
func TypingABC(t Type) string {
	tn, ok := t.(*TypeName)
	if !ok {
		return ""
	}
	a, ok := tn.T.(*AnyType)
	if !ok {
		return ""
	}
	for _, p := range []string{"typing.", "collections.abc."} {
		if len(a.Name) > len(p) && a.Name[:len(p)] == p {
			return a.Name[len(p):]
		}
	}
	return ""
}

// refuseTypingIsinstance refuses isinstance(v, T) for a typing name T
// whose test aiogo does not make (every one but isinstanceABCs).
func (c *checker) refuseTypingIsinstance(e ast.Expr) {
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		if tu, ok := e.(*ast.TupleExpr); ok {
			for _, el := range tu.Elems {
				walk(el)
			}
			return
		}
		if ops := UnionOperands(e); ops != nil {
			for _, el := range ops {
				walk(el)
			}
			return
		}
		if n := TypingABC(c.info.Types[e]); n != "" && !isinstanceABCs[n] {
			c.errorf(e.Position(), "isinstance with %s is not supported (CPython tests it by the object's methods or registration): test the concrete types", n)
		}
	}
	walk(e)
}
