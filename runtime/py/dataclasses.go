package py

// Dataclass is implemented by the instances of every dataclass of a
// program that calls dataclasses.asdict or astuple: PyFields returns the
// names and values of its fields in declaration order.
type Dataclass interface {
	PyFields() (names []string, values []any)
}

// AsDict is dataclasses.asdict(v): the fields as a dict, with the
// dataclasses, lists, tuples and dicts they hold converted recursively
// (new containers, as CPython builds them). v is an instance of a
// dataclass (a Dataclass; the checker makes sure).
func AsDict(v any) *Dict[string, any] {
	names, vals := v.(Dataclass).PyFields()
	d := NewDictCap[string, any](len(names))
	for i, n := range names {
		d.Set(n, asInner(vals[i], true))
	}
	return d
}

// AsTuple is dataclasses.astuple(v): the fields as a tuple, converted
// recursively as AsDict converts them (dataclasses become tuples).
func AsTuple(v any) VarTuple[any] {
	_, vals := v.(Dataclass).PyFields()
	out := make([]any, len(vals))
	for i, x := range vals {
		out[i] = asInner(x, false)
	}
	return MkTuple(out)
}

// asInner is CPython's _asdict_inner / _astuple_inner: dataclasses
// convert (to dicts when dict is set, else to tuples), lists, tuples and
// dicts are rebuilt of converted elements, other values are kept.
func asInner(v any, dict bool) any {
	v = unwrapOpt(v)
	switch x := v.(type) {
	case Dataclass:
		if dict {
			return AsDict(x)
		}
		return AsTuple(x)
	case anyDicter:
		src := x.anyDict()
		out := NewDictCap[any, any](int(src.Len()))
		for k, val := range src.All() {
			out.Set(asInner(k, dict), asInner(val, dict))
		}
		return out
	case sequence:
		out := make([]any, x.seqLen())
		for i := range out {
			out[i] = asInner(x.seqAt(i), dict)
		}
		if x.seqKind() == kindList {
			return &List[any]{V: out}
		}
		return MkTuple(out)
	}
	return v
}
