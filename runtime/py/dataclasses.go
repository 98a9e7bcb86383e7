package py

import "strings"

// Dataclass is implemented by the instances of every dataclass of a
// program that calls dataclasses.asdict, astuple or fields: PyFields returns the
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

// DataclassField is a dataclasses.Field as a program reads it: its name.
type DataclassField struct{ Name string }

// PyRepr writes the field (CPython's repr also shows the type, the default
// and other attributes, with object addresses no program can expect).
func (f DataclassField) PyRepr(b *strings.Builder) {
	b.WriteString("Field(name=")
	strReprTo(b, f.Name)
	b.WriteString(",...)")
}

// Fields is dataclasses.fields(v) of a dataclass instance (a Dataclass;
// the checker makes sure): its run-time class's fields.
func Fields(v any) VarTuple[DataclassField] {
	names, _ := v.(Dataclass).PyFields()
	return FieldsNamed(names...)
}

// FieldsNamed is dataclasses.fields(C) of a class named statically.
func FieldsNamed(names ...string) VarTuple[DataclassField] {
	out := make([]DataclassField, len(names))
	for i, n := range names {
		out[i] = DataclassField{n}
	}
	return MkTuple(out)
}
