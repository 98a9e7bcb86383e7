package py

import (
	"reflect"
	"runtime"
	"strings"
	"unsafe"
)

// Identity and equality of callables (a Go func value held in an any).
// A Go func value is a pointer to its closure object (its code pointer
// followed by what it captured): that pointer is the function object's
// identity, as `is` sees it. A module function is one static closure, so
// every reference to it is the same object; a bound method (Go's method
// value obj.M) is a new closure per evaluation, as CPython makes a new
// bound-method object per attribute read: `lg.log is lg.log` is False,
// `lg.log == lg.log` True (same function, same receiver).

// funcClosure returns the closure pointer of the func held in v.
func funcClosure(v any) (unsafe.Pointer, bool) {
	v = unwrapOpt(v)
	if v == nil || reflect.TypeOf(v).Kind() != reflect.Func {
		return nil, false
	}
	// A func is pointer-shaped: the interface's data word is the func
	// value itself.
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1], true
}

// FuncIs is a is b for callables.
func FuncIs(a, b any) bool {
	pa, ok1 := funcClosure(a)
	pb, ok2 := funcClosure(b)
	return ok1 && ok2 && pa == pb
}

// FuncEqual is a == b for callables: the same function object, or bound
// methods of one method on one receiver.
func FuncEqual(a, b any) bool {
	pa, ok1 := funcClosure(a)
	pb, ok2 := funcClosure(b)
	if !ok1 || !ok2 {
		return false
	}
	if pa == pb {
		return true
	}
	if pa == nil || pb == nil {
		return false
	}
	code := *(*uintptr)(pa)
	if code != *(*uintptr)(pb) {
		return false
	}
	f := runtime.FuncForPC(code)
	if f == nil || !strings.HasSuffix(f.Name(), "-fm") {
		return false // two closures of one def or lambda: distinct functions
	}
	// A method value's closure holds the receiver after the code pointer:
	// one pointer for a pointer receiver (pkg.(*T).M-fm: user classes and
	// runtime objects), an interface's two words (pkg.I.M-fm: a method
	// read through a class hierarchy's interface) or a string's two words
	// (a value receiver such as Bytes).
	w := unsafe.Sizeof(uintptr(0))
	words := uintptr(1)
	if !strings.Contains(f.Name(), ".(*") {
		words = 2
	}
	for i := uintptr(1); i <= words; i++ {
		if *(*unsafe.Pointer)(unsafe.Add(pa, i*w)) != *(*unsafe.Pointer)(unsafe.Add(pb, i*w)) {
			return false
		}
	}
	return true
}
