package check

import "github.com/aiogo/aiogo/ast"

// The read-only collection protocols of typing and collections.abc as
// parameter and variable types: Iterable[T], Collection[T], Sequence[T]
// and AbstractSet[T] accept every built-in collection mypy accepts there
// (a list, tuple, str, set, dict, range, iterator or generator) as a live
// view of that object (py.Seq at run time). Mapping[K, V] is a dict the
// function may not change; MutableSequence, MutableSet and MutableMapping
// are list, set and dict.

// AbstractKind says which protocol an Abstract is.
type AbstractKind int

// The protocols, from the weakest.
const (
	AIterable   AbstractKind = iota // __iter__
	ACollection                     // __iter__, __len__, __contains__
	ASequence                       // Collection and indexing
	ASet                            // Collection (AbstractSet)
)

var abstractNames = [...]string{"Iterable", "Collection", "Sequence", "AbstractSet"}

// Abstract is Iterable[Elem], Collection[Elem], Sequence[Elem] or
// AbstractSet[Elem].
type Abstract struct {
	Kind AbstractKind
	Elem Type
}

func (t *Abstract) String() string { return abstractNames[t.Kind] + "[" + ts(t.Elem) + "]" }

// Sized reports whether len() and in apply (every protocol but Iterable).
func (t *Abstract) Sized() bool { return t.Kind != AIterable }

// keyValueArgs types the two type arguments of a mapping-like annotation
// (Mapping[K, V], ItemsView[K, V]); nils after an error.
func (c *checker) keyValueArgs(name string, args []ast.Expr, x ast.Expr) (k, v Type) {
	if len(args) != 2 {
		c.errorf(x.Position(), "%s takes 2 type arguments", name)
		return nil, nil
	}
	return c.annotation(args[0]), c.annotation(args[1])
}

// abstractAnnotation types the protocol annotations; ok is false for
// other names.
func (c *checker) abstractAnnotation(name string, args []ast.Expr, x ast.Expr) (Type, bool) {
	var kind AbstractKind
	var mutable func(Type) Type
	switch name {
	case "typing.Iterable", "collections.abc.Iterable":
		kind = AIterable
	case "typing.Collection", "collections.abc.Collection":
		kind = ACollection
	case "typing.Sequence", "collections.abc.Sequence":
		kind = ASequence
	case "typing.AbstractSet", "collections.abc.Set":
		kind = ASet
	case "typing.MutableSequence", "collections.abc.MutableSequence":
		mutable = func(t Type) Type { return &List{t} }
	case "typing.MutableSet", "collections.abc.MutableSet":
		mutable = func(t Type) Type { return &Set{Elem: t} }
	case "typing.KeysView", "collections.abc.KeysView":
		kind = ASet // a dict's keys() view: an AbstractSet (dictviews.go)
	case "typing.ValuesView", "collections.abc.ValuesView":
		kind = ACollection
	case "typing.ItemsView", "collections.abc.ItemsView":
		k, v := c.keyValueArgs(name, args, x)
		if k == nil || v == nil {
			return nil, true
		}
		return &Abstract{Kind: ASet, Elem: &Tuple{Elems: []Type{k, v}}}, true
	case "typing.Mapping", "collections.abc.Mapping", "typing.MutableMapping", "collections.abc.MutableMapping":
		k, v := c.keyValueArgs(name, args, x)
		if k == nil || v == nil {
			return nil, true
		}
		return &Dict{Key: c.hashKey(k, x.Position()), Val: v, ReadOnly: name == "typing.Mapping" || name == "collections.abc.Mapping"}, true
	default:
		return nil, false
	}
	if len(args) != 1 {
		c.errorf(x.Position(), "%s takes 1 type argument", name)
		return nil, true
	}
	et := c.annotation(args[0])
	if et == nil {
		return nil, true
	}
	if mutable != nil {
		return mutable(et), true
	}
	return &Abstract{Kind: kind, Elem: et}, true
}

// identicalAbstract extends Identical to the protocols.
func identicalAbstract(a, b Type) bool {
	x, ok := a.(*Abstract)
	y, ok2 := b.(*Abstract)
	return ok && ok2 && x.Kind == y.Kind && Identical(x.Elem, y.Elem)
}

// assignableAbstract reports whether a value of type from can be viewed as
// the protocol to. The protocols are covariant: the view converts each
// element it reads when the element types differ (list[int] as
// Sequence[float]).
func (c *checker) assignableAbstract(from Type, to *Abstract) bool {
	same := func(et Type) bool { return et == nil || c.assignableType(et, to.Elem) }
	switch f := from.(type) {
	case *Abstract:
		ok := f.Kind == to.Kind || to.Kind == AIterable || (to.Kind == ACollection && f.Kind != AIterable)
		return ok && same(f.Elem)
	case *List:
		return to.Kind != ASet && same(f.Elem)
	case *Tuple:
		if f.ListRepr || to.Kind == ASet {
			return false
		}
		if len(f.Elems) == 0 {
			return true
		}
		if et := homogeneous(f); et != nil {
			return same(et)
		}
		for _, et := range f.Elems { // a (1, "a") is a Sequence[object]
			if !same(et) {
				return false
			}
		}
		return true
	case *Set:
		return to.Kind != ASequence && same(f.Elem)
	case *Dict:
		return (to.Kind == AIterable || to.Kind == ACollection) && same(f.Key)
	case *Iterator:
		return to.Kind == AIterable && same(f.Elem)
	case *Generator:
		return to.Kind == AIterable && !f.Async && same(f.Yield)
	case *Basic:
		if f == Bytes {
			return to.Kind != ASet && same(Int) // bytes as a Sequence[int]
		}
		return f == Str && to.Kind != ASet && same(Str)
	case *Opaque:
		return f == RangeType && to.Kind != ASet && same(Int)
	case *Class:
		// A class with __iter__ as an Iterable: each iteration calls it.
		ui := UserIterOf(f)
		// (A __contains__ of its own would answer `in` otherwise: not viewed.)
		return to.Kind == AIterable && ui != nil && !f.Protocol && f.LookupMethod("__contains__") == nil && same(ui.Elem)
	}
	return false
}

// displayWant is the type a list, set or tuple display is built as when
// it is passed where the protocol want is expected: a list, set or tuple
// of the protocol's elements (viewed as the protocol afterwards).
func displayWant(e ast.Expr, want Type) Type {
	a, ok := want.(*Abstract)
	if !ok {
		return want
	}
	switch e.(type) {
	case *ast.ListExpr, *ast.ListComp:
		return &List{a.Elem}
	case *ast.SetExpr, *ast.SetComp:
		if a.Elem == Float || NumUnion(a.Elem) {
			// Built of its own elements and viewed: a set of int | float
			// is not supported (kinds.go hashKey), and {1, 2} holds ints.
			return want
		}
		return &Set{Elem: a.Elem}
	case *ast.TupleExpr:
		return &Tuple{Elems: []Type{a.Elem}, Var: true}
	}
	return want
}

// mappingMutators are the dict methods a Mapping does not have.
var mappingMutators = map[string]bool{
	"clear": true, "pop": true, "popitem": true, "setdefault": true, "update": true,
	"__setitem__": true, "__delitem__": true,
}

// readOnlyDict reports a change of a Mapping (a read-only dict): mypy
// rejects it too.
func (c *checker) readOnlyDict(t Type, what string, pos ast.Pos) bool {
	if d, ok := t.(*Dict); ok && d.ReadOnly {
		c.errorf(pos, "%s: a Mapping[%s, %s] cannot be changed (annotate it dict or MutableMapping)", what, d.Key, d.Val)
		return true
	}
	return false
}

// abstractJoin joins two different collection types as mypy does, to the
// strongest protocol both are (list[int] and range join to Sequence[int],
// list[int] and set[int] to Collection[int], a list and a generator to
// Iterable): `starts = [0] if anchored else range(n)`. Nil when either is
// not a collection or their elements do not join.
func (c *checker) abstractJoin(a, b Type) Type {
	if sameInvariantCtor(a, b) {
		return nil // list[int] and list[str] join to object in mypy
	}
	ka, ea, ok := collectionKind(a)
	if !ok {
		return nil
	}
	kb, eb, ok := collectionKind(b)
	if !ok {
		return nil
	}
	var et Type
	switch {
	case ea == nil:
		et = eb
	case eb == nil:
		et = ea
	default:
		et = c.join(ea, eb)
	}
	if et == nil {
		return nil
	}
	kind := AIterable
	switch {
	case ka == kb:
		kind = ka
	case ka != AIterable && kb != AIterable:
		kind = ACollection
	}
	return &Abstract{Kind: kind, Elem: et}
}

// collectionKind is the strongest protocol a value of type t is a view of,
// with its element type (nil for an empty display's unknown element).
func collectionKind(t Type) (AbstractKind, Type, bool) {
	switch x := t.(type) {
	case *Abstract:
		return x.Kind, x.Elem, true
	case *List:
		return ASequence, x.Elem, true
	case *Tuple:
		if x.ListRepr {
			return 0, nil, false
		}
		if len(x.Elems) == 0 && !x.Var {
			return ASequence, nil, true
		}
		if et := homogeneous(x); et != nil {
			return ASequence, et, true
		}
	case *Set:
		return ASet, x.Elem, true
	case *Dict:
		if !x.ReadOnly {
			return ACollection, x.Key, true
		}
	case *Iterator:
		return AIterable, x.Elem, true
	case *Generator:
		if !x.Async {
			return AIterable, x.Yield, true
		}
	case *Basic:
		if x == Str {
			return ASequence, Str, true
		}
	case *Opaque:
		if x == RangeType {
			return ASequence, Int, true
		}
	}
	return 0, nil, false
}

// sameInvariantCtor reports two instances of one invariant built-in
// collection class (two lists, dicts or sets; a set and a frozenset are
// different classes): mypy joins them to object when their types differ.
func sameInvariantCtor(a, b Type) bool {
	switch x := a.(type) {
	case *List:
		_, ok := b.(*List)
		return ok
	case *Dict:
		_, ok := b.(*Dict)
		return ok
	case *Set:
		y, ok := b.(*Set)
		return ok && x.Frozen == y.Frozen
	}
	return false
}
