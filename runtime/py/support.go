package py

import "math"

// Helpers the code generator calls for conversions and membership tests
// that have no better home.

// OptAny converts an optional value to a plain value or None, for
// contexts typed any (print arguments, unions).
func OptAny[T any](o Opt[T]) any {
	if !o.Ok {
		return None
	}
	return o.V
}

// AnyOpt is the Optional of a dynamically typed value (None: absent)
// holding a T.
func AnyOpt[T any](v any) Opt[T] {
	if o, ok := v.(Opt[T]); ok {
		return o // a union member that is itself optional (gather's T | None | BaseException)
	}
	if IsNone(v) {
		return Opt[T]{}
	}
	return Opt[T]{V: v.(T), Ok: true}
}

// Truth is Python truthiness of a dynamically typed value.
func Truth(v any) bool { return Bool(v) }

// IsNone reports whether a dynamically typed value is None.
func IsNone(v any) bool {
	switch x := v.(type) {
	case nil, NoneType:
		return true
	case interface{ IsNone() bool }:
		return x.IsNone()
	}
	return false
}

// TupleContains is x in tuple, by Python equality.
func TupleContains(t interface{ Items() []any }, x any) bool {
	for _, v := range t.Items() {
		if EqualItem(v, x) {
			return true
		}
	}
	return false
}

// ListContainsWider is x in l where x's static type is wider than l's
// elements (a base class, object, a union): x is compared with each element.
func ListContainsWider[T any](l *List[T], x any) bool {
	for _, v := range l.V {
		if EqualItem(any(v), x) {
			return true
		}
	}
	return false
}

// IterContains is x in iterator (it consumes the iterator up to x).
func IterContains[T any](it Iter[T], x T) bool {
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		if EqualItem(v, x) {
			return true
		}
	}
	return false
}

// AnySlice boxes the elements of a slice, for print(*xs).
func AnySlice[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, v := range xs {
		out[i] = v
	}
	return out
}

// IntsToFloats converts ints to floats (sum of ints with a float start).
func IntsToFloats(xs []int64) []float64 {
	out := make([]float64, len(xs))
	for i, v := range xs {
		out[i] = float64(v)
	}
	return out
}

// Float returns its argument. Generated code wraps float literals in it so
// that the Go compiler does not fold them as exact constants: Python
// arithmetic is IEEE double arithmetic (0.1 + 0.2, -0.0).
func Float(x float64) float64 { return x }

// SetArgs is BaseException.__init__(self, *args), as called by
// super().__init__(...) in a user exception class.
func SetArgs(e Exception, args ...any) {
	be := e.Exc()
	be.Args = args
	be.newArgs = false
	initOSError(be, args)
}

// SetNewArgs records the constructor's positional parameters as e.args
// before a user class's __init__ (or a dataclass's) runs: what
// BaseException.__new__ keeps, CPython's args when __init__ does not call
// super().__init__. The call trims them to the arguments it passed
// positionally (TrimArgs).
func SetNewArgs(e Exception, args ...any) {
	be := e.Exc()
	be.Args = args
	be.newArgs = true
}

// TrimArgs keeps the first n of e.args when they are still the
// constructor's (SetNewArgs): the call passed n arguments positionally
// (BaseException.__new__ records only those). It returns e.
func TrimArgs[E Exception](e E, n int) E {
	if be := e.Exc(); be.newArgs && len(be.Args) > n {
		be.Args = be.Args[:n:n]
	}
	return e
}

// KeyContainsWider is x in c for a set or dict c of K keys and an x of a
// wider static type (object, a union): x is a key when it holds a K, or a
// number equal to one (1.0 in a set of ints, True in a set of ints, as
// CPython's hash and == find them).
func KeyContainsWider[K comparable](c interface{ Contains(K) bool }, x any) bool {
	x = unwrapOpt(x)
	if k, ok := x.(K); ok {
		return c.Contains(k)
	}
	var zero K
	switch any(zero).(type) {
	case int64:
		var i int64
		switch v := x.(type) {
		case bool:
			if v {
				i = 1
			}
		case float64:
			if v != math.Trunc(v) || v < -(1<<63) || v >= 1<<63 {
				return false
			}
			i = int64(v)
		default:
			return false
		}
		return c.Contains(any(i).(K))
	case float64:
		switch v := x.(type) {
		case bool:
			f := 0.0
			if v {
				f = 1
			}
			return c.Contains(any(f).(K))
		case int64:
			return c.Contains(any(float64(v)).(K))
		}
	}
	return false
}

// Evaluated returns answer once v is evaluated: a test whose answer the
// static type decides (f() is None where f never returns None) still
// evaluates its operand for its effects.
func Evaluated[T any](v T, answer bool) bool { return answer }

// RepeatStr is n * s: the count evaluated (as the left operand) first.
func RepeatStr(n int64, s string) string { return StrRepeat(s, n) }

// RepeatList is n * xs: the count evaluated (as the left operand) first.
func RepeatList[T any](n int64, a *List[T]) *List[T] { return Repeat(a, n) }
