package py

import (
	"math"
	"strings"
)

// Views of dynamically typed containers: the value of a variable of type
// object (Go any) narrowed by isinstance(x, list/tuple/dict) to list[Any],
// tuple[Any, ...] or dict[Any, Any]. The checker lets such a view be read
// (len, iteration, indexing, printing) but not mutated, so a snapshot is
// observably the same value.

// IsInstanceKind reports whether the boxed value v is an instance of the
// built-in type named kind ("int", "list", "dict", ...), as isinstance
// sees it: bool is an int, and every value (None too) is an object.
func IsInstanceKind(v any, kind string) bool {
	if kind == "object" {
		return true
	}
	v = unwrapOpt(v)
	n := TypeName(v)
	if n == kind {
		return true
	}
	return kind == "int" && n == "bool"
}

// AnyList returns the list v (a *List[T] of any T) as a *List[any].
func AnyList(v any) *List[any] {
	v = unwrapOpt(v)
	if l, ok := v.(*List[any]); ok {
		return l
	}
	if s, ok := v.(sequence); ok && s.seqKind() == kindList {
		out := make([]any, s.seqLen())
		for i := range out {
			out[i] = unwrapOpt(s.seqAt(i)) // an Optional element is its value or None
		}
		return &List[any]{V: out}
	}
	panic(TypeError("expected list, got " + TypeName(v)))
}

// AnyTuple returns the tuple v (of any arity and element types) as a
// tuple[Any, ...].
func AnyTuple(v any) VarTuple[any] {
	v = unwrapOpt(v)
	if s, ok := v.(sequence); ok && s.seqKind() == kindTuple {
		out := make([]any, s.seqLen())
		for i := range out {
			out[i] = unwrapOpt(s.seqAt(i))
		}
		return MkTuple(out)
	}
	panic(TypeError("expected tuple, got " + TypeName(v)))
}

type anyDicter interface{ anyDict() *Dict[any, any] }

func (d *Dict[K, V]) anyDict() *Dict[any, any] {
	out := NewDictCap[any, any](d.used)
	for k, v := range d.All() {
		out.Set(unwrapOpt(k), unwrapOpt(v)) // an Optional value is its value or None
	}
	return out
}

// AnyDict returns the dict v (a *Dict[K, V] of any K, V) as a
// *Dict[any, any].
func AnyDict(v any) *Dict[any, any] {
	v = unwrapOpt(v)
	if d, ok := v.(*Dict[any, any]); ok {
		return d
	}
	if d, ok := v.(anyDicter); ok {
		return d.anyDict()
	}
	panic(TypeError("expected dict, got " + TypeName(v)))
}

// PopOpt implements d.pop(k, None) for a dict whose values are not
// optional: the value as an Opt, None when k is absent.
func (d *Dict[K, V]) PopOpt(k K) Opt[V] {
	i, ok := d.find(k)
	if !ok {
		return Opt[V]{}
	}
	v := d.ents[i].v
	d.delAt(i, k)
	return Some(v)
}

// abcKinds lists, for each collections.abc class isinstance may name, the
// built-in types registered with it (user classes cannot derive from
// these in the subset, and CPython gives them no structural test).
var abcKinds = map[string][]string{
	"Mapping":         {"dict", "defaultdict", "OrderedDict", "Counter"},
	"MutableMapping":  {"dict", "defaultdict", "OrderedDict", "Counter"},
	"Sequence":        {"list", "tuple", "str", "bytes", "range", "bytearray", "deque"},
	"MutableSequence": {"list", "bytearray", "deque"},
	"AbstractSet":     {"set", "frozenset", "dict_keys", "dict_items"},
	"MutableSet":      {"set"},
}

// IsInstanceABC reports isinstance(v, abc) for abc one of the
// collections.abc classes of abcKinds (Mapping, Sequence, ...).
func IsInstanceABC(v any, abc string) bool {
	n := TypeName(unwrapOpt(v))
	for _, k := range abcKinds[abc] {
		if n == k {
			return true
		}
	}
	return false
}

// AnySeq views v, a value narrowed from object by isinstance(v,
// Sequence) (a list or tuple of any element type, a str, bytes or a
// range), as a Sequence[Any]: a live view, as the other Seq views are.
func AnySeq(v any) Seq[any] {
	v = unwrapOpt(v)
	switch x := v.(type) {
	case string:
		return anySeqOf[string]{SeqOfStr(x)}
	case Bytes:
		return anySeqOf[int64]{SeqOfBytes(x)}
	case RangeIter:
		return anySeqOf[int64]{SeqOfRange(x)}
	case sequence:
		return seqAny{seqBase{v}, x}
	}
	panic(TypeError("expected a sequence, got " + TypeName(v)))
}

// anySeqOf views a Seq[T] as a Seq[any].
type anySeqOf[T any] struct{ s Seq[T] }

func (a anySeqOf[T]) Iter() Iter[any] {
	it := a.s.Iter()
	return &FuncIter[any]{F: func() (any, bool) {
		v, ok := it.Next()
		return v, ok
	}}
}
func (a anySeqOf[T]) Len() int64      { return a.s.Len() }
func (a anySeqOf[T]) Get(i int64) any { return a.s.Get(i) }
func (a anySeqOf[T]) Contains(v any) bool {
	t, ok := v.(T)
	return ok && a.s.Contains(t)
}
func (a anySeqOf[T]) Object() any               { return a.s.Object() }
func (a anySeqOf[T]) PyRepr(b *strings.Builder) { reprTo(b, a.s.Object()) }
func (a anySeqOf[T]) PyStr() string             { return Str(a.s.Object()) }
func (a anySeqOf[T]) PyEqual(other any) bool    { return Equal(a.s.Object(), SeqObject(other)) }
func (a anySeqOf[T]) PyTypeName() string        { return TypeName(a.s.Object()) }

// seqAny views a list or tuple of any element type as a Seq[any].
type seqAny struct {
	seqBase
	s sequence
}

func (s seqAny) Iter() Iter[any] {
	i := 0
	return &FuncIter[any]{F: func() (any, bool) {
		if i >= s.s.seqLen() {
			i = math.MaxInt // exhausted for good, as a list iterator is
			return nil, false
		}
		i++
		return unwrapOpt(s.s.seqAt(i - 1)), true
	}}
}
func (s seqAny) Len() int64 { return int64(s.s.seqLen()) }
func (s seqAny) Get(i int64) any {
	n := int64(s.s.seqLen())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if s.s.seqKind() == kindTuple {
			panic(IndexError("tuple index out of range"))
		}
		panic(IndexError("list index out of range"))
	}
	return unwrapOpt(s.s.seqAt(int(i)))
}
func (s seqAny) Contains(v any) bool {
	for i := 0; i < s.s.seqLen(); i++ {
		if EqualItem(unwrapOpt(s.s.seqAt(i)), v) {
			return true
		}
	}
	return false
}

func (a anySeqOf[T]) slice(lo, hi, step Opt[int64]) Seq[any] {
	return anySeqOf[T]{SeqSlice(a.s, lo, hi, step)}
}

// slice copies the items of the slice (a new list or tuple, as slicing
// makes one), held as any.
func (s seqAny) slice(lo, hi, step Opt[int64]) Seq[any] {
	start, _, st, n := AdjustIndices(int64(s.s.seqLen()), lo, hi, step)
	out := make([]any, 0, n)
	for i := int64(0); i < n; i++ {
		out = append(out, unwrapOpt(s.s.seqAt(int(start+i*st))))
	}
	if s.s.seqKind() == kindTuple {
		return AnySeq(MkTuple(out))
	}
	return AnySeq(&List[any]{V: out})
}
