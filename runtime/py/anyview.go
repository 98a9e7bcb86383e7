package py

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
			out[i] = s.seqAt(i)
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
			out[i] = s.seqAt(i)
		}
		return MkTuple(out)
	}
	panic(TypeError("expected tuple, got " + TypeName(v)))
}

type anyDicter interface{ anyDict() *Dict[any, any] }

func (d *Dict[K, V]) anyDict() *Dict[any, any] {
	out := NewDictCap[any, any](d.used)
	for k, v := range d.All() {
		out.Set(k, v)
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
