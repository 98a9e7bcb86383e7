package py

import (
	"cmp"
	"math"
)

// Truther is implemented by values with a __bool__.
type Truther interface {
	PyBool() bool
}

// Lener is implemented by containers (their truth value is len != 0).
type Lener interface {
	Len() int64
}

// Bool implements bool(v): Python truthiness.
func Bool(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case int64:
		return x != 0
	case float64:
		return x != 0
	case string:
		return x != ""
	case NoneType, nil:
		return false
	case Bytes:
		return len(x) != 0
	case Truther:
		return x.PyBool()
	case Lener:
		return x.Len() != 0
	case optional:
		return Bool(x.Any())
	case int:
		return x != 0
	}
	return true
}

// Truthy is the typed form of Bool for generated generic code.
func Truthy[T any](v T) bool {
	switch x := any(v).(type) {
	case bool:
		return x
	case int64:
		return x != 0
	case string:
		return x != ""
	}
	return Bool(any(v))
}

// Any implements any(xs).
func Any[T any](xs []T) bool {
	for _, x := range xs {
		if Truthy(x) {
			return true
		}
	}
	return false
}

// All implements all(xs).
func All[T any](xs []T) bool {
	for _, x := range xs {
		if !Truthy(x) {
			return false
		}
	}
	return true
}

// Sum implements sum(xs, start) for ints or floats (ints check overflow;
// floats add left to right like CPython 3.11).
func Sum[T int64 | float64](xs []T, start T) T {
	switch v := any(xs).(type) {
	case []int64:
		return T(any(SumInts(v, any(start).(int64))).(int64))
	}
	s := start
	for _, x := range xs {
		s += x
	}
	return s
}

// Min returns min(first, rest...) for ordered values (first wins ties).
func Min[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x < m {
			m = x
		}
	}
	return m
}

// AbsFloat implements abs(x) for a float.
func AbsFloat(x float64) float64 { return math.Abs(x) }

// Len returns len(x) for any container implementing Lener, str or bytes.
func Len(v any) int64 {
	switch x := v.(type) {
	case string:
		return StrLen(x)
	case Bytes:
		return int64(len(x))
	case Lener:
		return x.Len()
	}
	panic(TypeError("object of type '" + TypeName(v) + "' has no len()"))
}

// KnownLen is len(v) for a value whose length the compiler knows (a fixed
// tuple): v is evaluated for its effects and n returned.
func KnownLen[T any](v T, n int64) int64 { return n }
