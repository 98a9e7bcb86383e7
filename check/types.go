// Package check is aiogo's type checker. It resolves names, infers the static
// type of every expression of a parsed module, rejects programs outside the
// language (LANGUAGE.md) with positioned errors, and records what later
// stages need in an Info: expression types, implicit conversions, the
// symbol each name refers to, and per-function facts (locals, captures,
// whether it awaits).
package check

import (
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// Type is a static type of the language.
type Type interface {
	String() string
}

// BasicKind enumerates the scalar types.
type BasicKind int

// The scalar types.
const (
	KInt BasicKind = iota
	KFloat
	KBool
	KStr
	KBytes
	KNone
)

// Basic is int, float, bool, str, bytes or None.
type Basic struct{ Kind BasicKind }

func (b *Basic) String() string {
	return [...]string{"int", "float", "bool", "str", "bytes", "None"}[b.Kind]
}

// The scalar type singletons.
var (
	Int   = &Basic{KInt}
	Float = &Basic{KFloat}
	Bool  = &Basic{KBool}
	Str   = &Basic{KStr}
	Bytes = &Basic{KBytes}
	None  = &Basic{KNone}
)

// List is list[Elem].
type List struct{ Elem Type }

func (t *List) String() string {
	if IsByteArray(t) {
		return "bytearray" // bytearray.go: a marked list[int]
	}
	return "list[" + ts(t.Elem) + "]"
}

// ts renders a possibly unknown (nil) type.
func ts(t Type) string {
	if t == nil {
		return "?"
	}
	return t.String()
}

// Set is set[Elem]; Frozen marks frozenset[Elem] (hashable by value,
// without the mutating methods; the same run-time set marked frozen).
type Set struct {
	Elem   Type
	Frozen bool
}

func (t *Set) String() string {
	if t.Frozen {
		return "frozenset[" + ts(t.Elem) + "]"
	}
	return "set[" + ts(t.Elem) + "]"
}

// Dict is dict[Key, Val]; ReadOnly marks Mapping[Key, Val] (a dict the
// code holding it may not change: abstract.go).
type Dict struct {
	Key, Val Type
	ReadOnly bool
	// TypedDict is the typing.TypedDict class whose values this
	// dict[str, object] holds (typeddict.go), or nil.
	TypedDict *Class
}

func (t *Dict) String() string {
	if t.TypedDict != nil {
		return t.TypedDict.Name
	}
	if t.ReadOnly {
		return "Mapping[" + ts(t.Key) + ", " + ts(t.Val) + "]"
	}
	return "dict[" + ts(t.Key) + ", " + ts(t.Val) + "]"
}

// Tuple is tuple[A, B, ...]. ListRepr marks the fixed-size result of
// gather(a, b), which Python prints as a list.
type Tuple struct {
	Elems    []Type
	ListRepr bool
	// Var marks tuple[T, ...]: Elems holds the single element type.
	Var bool
	// Tags holds, per item, the Literal values an annotation gave it
	// (tuple[Literal["add"], int]; tuple_tags.go), nil where unknown.
	// Identical ignores them; unions merging identical tuples merge them.
	Tags [][]string
}

func (t *Tuple) String() string {
	if t.Var {
		return "tuple[" + ts(t.Elems[0]) + ", ...]"
	}
	if len(t.Elems) == 0 {
		return "tuple[()]"
	}
	return "tuple[" + joinTypes(t.Elems) + "]"
}

// Optional is T | None.
type Optional struct{ Elem Type }

func (t *Optional) String() string { return ts(t.Elem) + " | None" }

// Union is A | B | ... (without None); represented as Go `any`.
type Union struct{ Types []Type }

func (t *Union) String() string {
	parts := make([]string, len(t.Types))
	for i, x := range t.Types {
		parts[i] = x.String()
	}
	return strings.Join(parts, " | ")
}

// AliasRef is a recursive type alias named inside its own definition
// (`Json = int | str | list["Json"] | dict[str, "Json"] | None`): the
// alias's union holds containers of AliasRefs, so the type graph is
// finite. Every value the program names has the union itself (Unalias):
// expression results, variables and expected types are unaliased, and
// Identical sees through it, so only the elements of containers carry an
// AliasRef. Its Go type is the union's (a boxed value).
type AliasRef struct {
	Name   string
	Target Type // the union (or Optional union) the alias names
}

func (t *AliasRef) String() string { return t.Name }

// Unalias returns the type a recursive alias reference stands for, or t.
func Unalias(t Type) Type {
	if r, ok := t.(*AliasRef); ok && r.Target != nil {
		return r.Target
	}
	return t
}

// AnyType is typing.Any / object: a value passed along untyped.
type AnyType struct{ Name string }

func (t *AnyType) String() string { return t.Name }

// Object is the `object` type.
var Object = &AnyType{"object"}

// Param is one parameter of a function type.
type Param struct {
	Name       string
	Type       Type
	HasDefault bool
	PosOnly    bool // before "/": not passed by keyword
	KwOnly     bool // after "*" or *args: passed only by keyword
	// Star is *args (Type is tuple[T, ...]) and StarStar **kwargs (Type is
	// dict[str, T]): they collect the arguments no other parameter takes.
	Star, StarStar bool
	// Broken marks a parameter whose annotation had an error (Type is
	// object): its uses in the body report nothing more (diag.go).
	Broken bool
	// Ann is the parameter's annotation as written (nil for parameters
	// the checker made up): a bool passed where it says int widens it
	// (boolint.go).
	Ann ast.Expr
	// Def is the def the parameter belongs to (nil for made-up ones).
	Def *ast.FuncDef
}

// Func is the type of a callable: a def, a lambda, a bound method or a
// Callable[[...], R]. For an async def, Ret is a *Coroutine.
type Func struct {
	Params []Param
	Ret    Type
	// Open marks Callable[..., R]: its parameters are those of the first
	// call through it (callables_open.go); nil for other callables.
	Open *OpenCall
}

func (t *Func) String() string {
	if t.Open != nil && !t.Open.Resolved {
		return "Callable[..., " + ts(t.Ret) + "]"
	}
	ps := make([]Type, len(t.Params))
	for i, p := range t.Params {
		ps[i] = p.Type
	}
	if t.Ret == nil {
		return "Callable[[" + joinTypes(ps) + "], ?]"
	}
	return "Callable[[" + joinTypes(ps) + "], " + t.Ret.String() + "]"
}

// Coroutine is Coroutine[Any, Any, T] or Awaitable[T]: something that
// await turns into a T.
type Coroutine struct{ Result Type }

func (t *Coroutine) String() string {
	if t.Result == nil {
		return "Coroutine[Any, Any, ?]"
	}
	return "Coroutine[Any, Any, " + t.Result.String() + "]"
}

// Task is asyncio.Task[T].
type Task struct{ Result Type }

func (t *Task) String() string { return "Task[" + ts(t.Result) + "]" }

// Future is asyncio.Future[T].
type Future struct{ Result Type }

func (t *Future) String() string {
	if t.Result == nil {
		return "Future[?]"
	}
	return "Future[" + t.Result.String() + "]"
}

// Opaque is a runtime object type with no type parameters
// (asyncio.AbstractEventLoop, asyncio.Lock, ...). GoName names its Go type
// in the runtime package.
type Opaque struct {
	Name   string
	GoName string
}

func (t *Opaque) String() string { return t.Name }

// The opaque runtime types.
var (
	LoopType   = &Opaque{"AbstractEventLoop", "Loop"}
	HandleType = &Opaque{"Handle", "Handle"}
)

// Class is a user class (or a built-in exception class). Instances have
// type *Class; the class object itself has type *ClassRef.
type Class struct {
	Name      string
	Base      *Class
	Fields    []*Field
	Methods   map[string]*Method
	Order     []string // method names in definition order
	IsExc     bool     // derives from BaseException
	Builtin   bool     // a built-in exception class
	Dataclass bool
	// DataOrder is @dataclass(order=True): instances compare by fields.
	DataOrder bool
	// DataNoEq is @dataclass(eq=False): no generated __eq__, so instances
	// compare and hash by identity, as plain class instances do.
	DataNoEq bool
	// Frozen is @dataclass(frozen=True): fields cannot be assigned after
	// construction.
	Frozen bool
	// KwOnly is @dataclass(kw_only=True): the synthesized __init__ takes
	// every field by keyword only.
	KwOnly bool
	// Defaults holds class-level default values of fields (including
	// dataclasses.field(default_factory=...) calls).
	Defaults map[string]any // field name -> ast.Expr
	// ClassVars are class attributes assigned in the class body without an
	// annotation (shared by all instances); ClassVarInit holds their values.
	ClassVars    []*Field
	ClassVarInit map[string]any // name -> ast.Expr
	Def          any            // *ast.ClassDef for user classes
	// GroupElem is E of ExceptionGroup[E] (exc_groups.go); groups caches
	// those classes on the generic one.
	GroupElem *Class
	groups    map[*Class]*Class
	// Base2 is a second base of a built-in class (ExceptionGroup derives
	// from BaseExceptionGroup and Exception).
	Base2 *Class
	// Enum describes an enum.Enum/IntEnum subclass (enum.go).
	Enum *EnumInfo
	// Protocol marks a typing.Protocol class (protocol.go).
	Protocol bool
	// TypedDict is the type of the values of a typing.TypedDict class
	// (typeddict.go), nil for other classes.
	TypedDict *Dict
	// NamedTuple marks a typing.NamedTuple subclass (namedtuple.go): a
	// frozen dataclass ordered by its fields that also indexes and
	// unpacks as a tuple.
	NamedTuple bool
	// QualName is the qualified name of a nested class (Outer.Inner,
	// main.<locals>.Local; nested.go), empty for a module-level one.
	QualName string
	// Nested maps the names of the classes defined in this class's body to
	// them (nested.go).
	Nested map[string]*Class
	// hasSub is set when a user class derives from this one; hashState
	// caches HashByValue (hashing.go).
	hasSub    bool
	hashState int8
	// subs are the classes deriving directly from this one (userkey.go).
	subs []*Class
}

// Qual is the qualified name of the class (__qualname__).
func (c *Class) Qual() string {
	if c.QualName != "" {
		return c.QualName
	}
	return c.Py()
}

// Py is the class's Python name (__name__): its Name, or the generic
// class's name for a copy of it (genclass.go).
func (c *Class) Py() string {
	if cd, ok := c.Def.(*ast.ClassDef); ok && cd.PyName != "" {
		return cd.PyName
	}
	return c.Name
}

// AllFields lists fields from the root class down.
func (c *Class) AllFields() []*Field {
	if c == nil {
		return nil
	}
	if c.Dataclass && c.Base != nil && !c.Base.Dataclass {
		// A dataclass's fields come from dataclass bases only: a plain
		// base's attributes are not among them (dataclass_base.go).
		return c.Fields
	}
	return append(c.Base.AllFields(), c.Fields...)
}

// FieldOwner returns the class that declares a field (holds it).
func (c *Class) FieldOwner(name string) *Class {
	for k := c; k != nil; k = k.Base {
		for _, f := range k.Fields {
			if f.Name == name && !f.InBase {
				return k
			}
		}
	}
	return nil
}

// UserRoot reports whether c is the first user class of its chain (its
// base is nil or built in).
func (c *Class) UserRoot() bool { return c.Base == nil || c.Base.Builtin }

// SuperRef is the type of super() inside a method of Class.
type SuperRef struct{ Class *Class }

func (t *SuperRef) String() string { return "super()" }

func (c *Class) String() string {
	if c.GroupElem != nil {
		return c.Name + "[" + c.GroupElem.String() + "]"
	}
	return c.Name
}

// Field is an instance attribute.
type Field struct {
	Name string
	Type Type
	// Ann is the field's annotation as written, if any (boolint.go).
	Ann ast.Expr
	// NoCompare and NoRepr are field(compare=False) and field(repr=False)
	// of a dataclass field: left out of ==/ordering and of the repr.
	NoCompare, NoRepr bool
	// NoInit is field(init=False) of a dataclass field: not a parameter
	// of the synthesized __init__ (set from its default, if any, or by
	// __post_init__).
	NoInit bool
	// KwOnly marks a keyword-only dataclass field (@dataclass(kw_only=True),
	// field(kw_only=True), or declared after `_: KW_ONLY`): its parameter
	// follows the positional ones in the synthesized __init__.
	KwOnly bool
	// Plain marks an attribute of a dataclass that is not a dataclass
	// field: first assigned by `self.x = ...` in a method (__post_init__
	// computing derived state). It is also NoInit, NoRepr and NoCompare,
	// and dataclasses.asdict/astuple leave it out.
	Plain bool
	// InitVar marks a dataclasses.InitVar[T] pseudo-field: a parameter of
	// the synthesized __init__ passed on to __post_init__, not a field
	// (left out of repr, ==, fields(), asdict; instances do not have it:
	// dataclass_initvar.go).
	InitVar bool
	// InBase marks a dataclass field that a plain base class declares as
	// an attribute too (class Animal: name: str; @dataclass class
	// Dog(Animal): name: str): one attribute, stored in the base's
	// struct (FieldOwner is the base), and a field of the dataclass.
	InBase bool
	// NotRequired marks a key a TypedDict value may lack (declared in a
	// class with total=False, or as NotRequired[T]).
	NotRequired bool
	// ReadOnly marks an attribute of a protocol declared as a property:
	// implementations may provide it by a property too (protocol.go).
	ReadOnly bool
	// HashDiffers marks field(hash=...) taking a field into CPython's
	// generated __hash__ other than its compare= does (unsafehash.go).
	HashDiffers bool
}

// Method is a method of a class.
type Method struct {
	Name     string
	Sig      *Func // without self
	IsAsync  bool
	IsStatic bool
	IsClass  bool
	// IsProperty marks @property: obj.name calls the method.
	IsProperty bool
	// IsSetter marks @name.setter: obj.name = v calls the method, stored
	// under SetterKey(name) in Class.Methods.
	IsSetter bool
	// RetSelf marks a (sync) method annotated to return Self: a call
	// through a subclass or its instances returns that subclass (mypy).
	RetSelf bool
	// Decorated is the type of obj.name after @contextmanager or
	// @asynccontextmanager (nil: not decorated); Sig stays the generator's.
	Decorated *Func
	Owner     *Class
	Def       any // *ast.FuncDef; nil for a synthesized dataclass __init__
	// NotImpl marks an __eq__ or an arithmetic special method that may
	// return NotImplemented (userkey.go, notimpl.go).
	NotImpl bool
	// Abstract marks an @abstractmethod (abc.go).
	Abstract bool
}

// LookupField finds an attribute along the base chain.
func (c *Class) LookupField(name string) *Field {
	for k := c; k != nil; k = k.Base {
		for _, f := range k.Fields {
			if f.Name == name {
				return f
			}
		}
	}
	return nil
}

// LookupMethod finds a method along the base chain.
// SetterKey is the key of the setter of property name in Class.Methods (not
// an identifier, so no method can clash with it).
func SetterKey(name string) string { return name + ".setter" }

// LookupSetter returns the setter of property name, or nil.
func (c *Class) LookupSetter(name string) *Method {
	if c.LookupField(name) != nil {
		return nil
	}
	return c.LookupMethod(SetterKey(name))
}

func (c *Class) LookupMethod(name string) *Method {
	for k := c; k != nil; k = k.Base {
		if m, ok := k.Methods[name]; ok {
			return m
		}
	}
	return nil
}

// IsSubclassOf reports whether c is o or derives from it.
func (c *Class) IsSubclassOf(o *Class) bool {
	for k := c; k != nil; k = k.Base {
		if k == o {
			return true
		}
		if k.Base2 != nil && k.Base2.IsSubclassOf(o) {
			return true
		}
	}
	return false
}

// ClassRef is the type of a class object (the name of a class used as a
// value: a constructor, an except clause, isinstance's second argument).
type ClassRef struct{ Class *Class }

func (t *ClassRef) String() string { return "type[" + t.Class.Name + "]" }

// ModuleType is the type of an imported module name.
type ModuleType struct{ Name string }

func (t *ModuleType) String() string { return "module " + t.Name }

// BuiltinFunc is the type of a built-in function or module function used
// by name; calls to it are checked by special rules.
type BuiltinFunc struct{ Name string }

func (t *BuiltinFunc) String() string { return "builtin " + t.Name }

// TypeName is the type of a name that denotes a type (int, list, ...)
// when used as a value (a call like int("3") or isinstance(x, int)).
type TypeName struct{ T Type }

func (t *TypeName) String() string { return "type[" + t.T.String() + "]" }

// BoundMethod is the type of obj.method before it is called; it is a Func
// when used as a value.
type BoundMethod struct {
	Recv   Type
	Name   string
	Method *Method // nil for a built-in method
	// Super marks super().name: a static call of the base's method.
	Super bool
	// Direct is obj in C.name(obj, ...) (Super is set too): a static call
	// of C's method on obj, whatever subclass obj is (callables.go).
	Direct ast.Expr
}

func (t *BoundMethod) String() string { return "method " + t.Name }

// Iterator is the type of iter(x), enumerate(...), zip(...), reversed(...),
// generator expressions and map-like views: something a for loop or
// list(...) consumes.
type Iterator struct{ Elem Type }

func (t *Iterator) String() string { return "Iterator[" + ts(t.Elem) + "]" }

// RangeType is range(...).
var RangeType = &Opaque{"range", "Range"}

// RandomType is random.Random, a generator object of its own.
var RandomType = &Opaque{"Random", "Random"}

func joinTypes(ts []Type) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		if t == nil {
			parts[i] = "?"
			continue
		}
		parts[i] = t.String()
	}
	return strings.Join(parts, ", ")
}

// Identical reports whether two types are the same.
func Identical(a, b Type) bool {
	if a == b {
		return true
	}
	a, b = Unalias(a), Unalias(b)
	if a == b {
		return true
	}
	switch x := a.(type) {
	case *List:
		y, ok := b.(*List)
		return ok && Identical(x.Elem, y.Elem)
	case *Set:
		y, ok := b.(*Set)
		return ok && x.Frozen == y.Frozen && Identical(x.Elem, y.Elem)
	case *Dict:
		y, ok := b.(*Dict)
		return ok && x.ReadOnly == y.ReadOnly && x.TypedDict == y.TypedDict && Identical(x.Key, y.Key) && Identical(x.Val, y.Val)
	case *Tuple:
		y, ok := b.(*Tuple)
		if !ok || len(x.Elems) != len(y.Elems) || x.ListRepr != y.ListRepr || x.Var != y.Var {
			return false
		}
		for i := range x.Elems {
			if !Identical(x.Elems[i], y.Elems[i]) {
				return false
			}
		}
		return true
	case *Optional:
		y, ok := b.(*Optional)
		return ok && Identical(x.Elem, y.Elem)
	case *Union:
		y, ok := b.(*Union)
		if !ok || len(x.Types) != len(y.Types) {
			return false
		}
		for i := range x.Types {
			if !Identical(x.Types[i], y.Types[i]) {
				return false
			}
		}
		return true
	case *AnyType:
		_, ok := b.(*AnyType)
		return ok
	case *Func:
		y, ok := b.(*Func)
		if !ok || len(x.Params) != len(y.Params) || !Identical(x.Ret, y.Ret) {
			return false
		}
		for i := range x.Params {
			xp, yp := x.Params[i], y.Params[i]
			if !Identical(xp.Type, yp.Type) || xp.KwOnly != yp.KwOnly || xp.Star != yp.Star || xp.StarStar != yp.StarStar {
				return false
			}
		}
		return true
	case *Coroutine:
		y, ok := b.(*Coroutine)
		return ok && Identical(x.Result, y.Result)
	case *Task:
		y, ok := b.(*Task)
		return ok && Identical(x.Result, y.Result)
	case *Future:
		y, ok := b.(*Future)
		return ok && Identical(x.Result, y.Result)
	case *ConcurrentFuture: // threads.go
		y, ok := b.(*ConcurrentFuture)
		return ok && Identical(x.Result, y.Result)
	case *Iterator:
		y, ok := b.(*Iterator)
		return ok && Identical(x.Elem, y.Elem)
	case *Queue: // sync.go
		return x.identical(b)
	case *ClassRef:
		y, ok := b.(*ClassRef)
		return ok && x.Class == y.Class
	case *TypeOf:
		y, ok := b.(*TypeOf)
		return ok && Identical(x.Of, y.Of) // kinds = []; kinds.append(type(e))
	}
	return identicalGen(a, b) || identicalAbstract(a, b) // gen.go, abstract.go
}

// AwaitResult returns what awaiting a value of type t produces, and
// whether t is awaitable at all.
func AwaitResult(t Type) (Type, bool) {
	switch x := t.(type) {
	case *Coroutine:
		return x.Result, true
	case *Task:
		return x.Result, true
	case *Future:
		return x.Result, true
	}
	return nil, false
}

// IsNumeric reports int, float or bool.
func IsNumeric(t Type) bool {
	return t == Int || t == Float || t == Bool
}

// TypeOf is the type of type(x): only its __name__ is supported.
type TypeOf struct{ Of Type }

func (t *TypeOf) String() string { return "type[" + t.Of.String() + "]" }

// Dunder returns the special method name (__len__, __eq__...) of a user
// class type, or nil.
func Dunder(t Type, name string) *Method {
	c, ok := t.(*Class)
	if !ok || c.Builtin {
		return nil
	}
	return c.LookupMethod(name)
}

// LookupClassVar finds a class variable along the base chain and the class
// that defines it.
func (c *Class) LookupClassVar(name string) (*Field, *Class) {
	for k := c; k != nil; k = k.Base {
		for _, f := range k.ClassVars {
			if f.Name == name {
				return f, k
			}
		}
	}
	return nil, nil
}
