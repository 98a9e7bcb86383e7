package py

import (
	"math"
	"reflect"
	"sync/atomic"
)

// NaN identity.
//
// CPython compares container items and dict and set keys by identity
// before ==, so a NaN object finds itself (d[nan] after d[nan] = v,
// nan in {nan}, [nan] == [nan] for one nan object), while two NaN
// objects are distinct keys and unequal items. Floats are unboxed here:
// a NaN's bit pattern stands for its identity. float("nan") makes a new
// payload at each call (a new object, as in CPython); math.nan is one
// pattern; copies keep theirs. NaNs computed by arithmetic (inf - inf)
// all have the hardware's pattern (one object here), and arithmetic on a
// NaN keeps its payload (the same object here, a new one in CPython).

var nanSerial atomic.Uint64

// FreshNaN returns a NaN whose payload no other FreshNaN has (nor
// math.NaN(), the pattern of math.nan).
func FreshNaN() float64 {
	n := nanSerial.Add(1)
	return math.Float64frombits(0x7FF8000000000000 | (n+1)&0x0007FFFFFFFFFFFF)
}

// sameNaN reports that NaNs a and b are one object (the same bits).
func sameNaN(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }

// sameKey reports that a and b, equal but for NaNs (a != a), are one
// key: equal, with each NaN in a the same NaN as the one at its place in b.
func sameKey[K comparable](a, b K) bool {
	if a == b {
		return true
	}
	return sameValue(reflect.ValueOf(any(a)), reflect.ValueOf(any(b)))
}

func sameValue(a, b reflect.Value) bool {
	if !a.IsValid() || !b.IsValid() {
		return a.IsValid() == b.IsValid()
	}
	if a.Type() != b.Type() {
		return false
	}
	switch a.Kind() {
	case reflect.Float32, reflect.Float64:
		x, y := a.Float(), b.Float()
		return x == y || x != x && y != y && sameNaN(x, y)
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		return sameValue(reflect.ValueOf(real(x)), reflect.ValueOf(real(y))) && sameValue(reflect.ValueOf(imag(x)), reflect.ValueOf(imag(y)))
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() && b.IsNil()
		}
		return sameValue(a.Elem(), b.Elem())
	case reflect.Struct:
		for i := range a.NumField() {
			if !sameValue(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := range a.Len() {
			if !sameValue(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.String:
		return a.String() == b.String()
	case reflect.Pointer, reflect.Chan, reflect.UnsafePointer:
		return a.Pointer() == b.Pointer()
	}
	return false
}

// findNaN finds the entry whose key is k, a key holding a NaN (k != k),
// which the index map cannot hold.
func (d *Dict[K, V]) findNaN(k K) (int, bool) {
	for i := range d.ents {
		if e := &d.ents[i]; e.live && e.k != e.k && sameKey(e.k, k) {
			return i, true
		}
	}
	return 0, false
}

// FloatIs is a is b for floats: the same bits (a NaN is itself; 0.0 is
// not -0.0).
func FloatIs(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }
