package py

import (
	"reflect"
	"sync"
)

// Hashes of instances that hash by value.
//
// CPython hashes an instance of a NamedTuple class or a frozen dataclass as
// the tuple of its fields: hash(Point(3, 4)) == hash((3, 4)). Generated code
// gives such classes a PyHash method (HashFields over the fields) and
// registers their interface type with RegisterValueHash, so that hash()
// returns CPython's number and sets of them iterate in CPython's order when
// that hash is deterministic (fields of ints, floats, bools, tuples and
// such classes), as sets of tuples do.

// FieldTuple is implemented by instances of NamedTuple classes: a
// NamedTuple is a tuple, equal to and ordered with the tuple of its fields
// (Point(1, 2) == (1, 2), Point(1, 2) < (1, 3)).
type FieldTuple interface {
	PyTupleFields() []any
}

// asSeq reads v as a sequence: a list or tuple, or a NamedTuple instance
// as the tuple of its fields.
func asSeq(v any) (sequence, bool) {
	switch x := v.(type) {
	case sequence:
		return x, true
	case FieldTuple:
		return fieldSeq(x.PyTupleFields()), true
	}
	return nil, false
}

// FieldsEqual is o == other for a NamedTuple instance o and a value other
// than an instance of its class.
func FieldsEqual(o FieldTuple, other any) bool { return equalSeq(fieldSeq(o.PyTupleFields()), other) }

// FieldsCompare orders a NamedTuple instance o and a value other than an
// instance of its class (a tuple, another NamedTuple class's instance).
func FieldsCompare(o FieldTuple, other any) int {
	return compareSeq(fieldSeq(o.PyTupleFields()), other)
}

// fieldSeq is the fields of an instance read as a tuple.
type fieldSeq []any

func (f fieldSeq) seqKind() int    { return kindTuple }
func (f fieldSeq) seqLen() int     { return len(f) }
func (f fieldSeq) seqAt(i int) any { return f[i] }

// HashFields is the hash of the tuple of fields and whether it is
// deterministic.
func HashFields(fields ...any) (int64, bool) { return tupleHash(fieldSeq(fields)) }

// valueHashTypes maps the interface types registered by RegisterValueHash
// to whether their hashes are deterministic.
var valueHashTypes sync.Map

// RegisterValueHash records that the values of the interface type T (a
// class's interface in generated code) are Hashers whose hashes are
// deterministic when det is set.
func RegisterValueHash[T any](det bool) { valueHashTypes.Store(reflect.TypeFor[T](), det) }

// valueHashFunc is the hash function of T's values when T is a registered
// interface type with deterministic hashes, else nil.
func valueHashFunc[T comparable]() func(T) int64 {
	t := reflect.TypeFor[T]()
	if t.Kind() != reflect.Interface {
		return nil
	}
	if det, ok := valueHashTypes.Load(t); !ok || !det.(bool) {
		return nil
	}
	return func(x T) int64 {
		if h, ok := any(x).(Hasher); ok {
			h, _ := h.PyHash()
			return h
		}
		return 0 // nil
	}
}
