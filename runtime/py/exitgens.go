package py

import (
	"reflect"
	"sync/atomic"
	"unsafe"
)

// Generators still suspended at the end of the program.
//
// CPython finalizes the main module at exit: it clears its globals in the
// order they were bound (names with a leading underscore first), and an
// object whose last reference goes is freed with what it holds (the
// attributes of an instance, the items of a list, a generator's frame); a
// suspended generator freed so is closed, so its finally blocks run then.
// The generated program names its module globals (SetExitRoots) and the
// runtime walks them at exit in that order, closing the suspended
// generators it reaches, depth first, each once: a generator that two
// globals hold is closed at the first (CPython: when the last goes).
// Generators only closures hold are not reached. Nothing is walked unless
// some generator has ever suspended.

var (
	exitRoots      func() []any
	everSuspended  atomic.Bool
	exitFinalizing bool
)

// SetExitRoots records the addresses of the module's globals, in the
// order CPython clears them.
func SetExitRoots(roots func() []any) { exitRoots = roots }

// suspendedGen is a generator the exit walk may close.
type suspendedGen interface {
	exitSuspended() bool
	exitFrame() any
	Close()
}

func (g *Gen[Y, S, R]) exitSuspended() bool { return g.state == genSuspended && !g.async }
func (g *Gen[Y, S, R]) exitFrame() any      { return g.f }

// FinalizeGlobals closes the suspended generators the module's globals
// hold, as CPython's exit does (once).
func FinalizeGlobals() {
	if exitRoots == nil || !everSuspended.Load() || exitFinalizing {
		return
	}
	exitFinalizing = true
	w := exitWalk{seen: map[exitKey]bool{}}
	for _, r := range exitRoots() {
		w.walk(reflect.ValueOf(r))
	}
}

type exitKey struct {
	p unsafe.Pointer
	t reflect.Type
}

type exitWalk struct{ seen map[exitKey]bool }

// mayHold reports whether a value of type t can hold a generator.
func mayHold(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String,
		reflect.Func, reflect.Chan, reflect.Map, reflect.UnsafePointer:
		return false
	}
	return true
}

func (w *exitWalk) walk(v reflect.Value) {
	if !v.IsValid() || !mayHold(v.Type()) {
		return
	}
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem())
		}
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		k := exitKey{v.UnsafePointer(), v.Type()}
		if w.seen[k] {
			return
		}
		w.seen[k] = true
		// A pointer read from an unexported field: the same pointer,
		// usable as an interface.
		p := reflect.NewAt(v.Type().Elem(), v.UnsafePointer())
		if g, ok := p.Interface().(suspendedGen); ok {
			if g.exitSuspended() {
				CloseIter(g) // what its finally raises is reported
			}
			w.walk(reflect.ValueOf(g.exitFrame())) // its frame is cleared
			return
		}
		w.walk(p.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			w.walk(v.Field(i))
		}
	case reflect.Slice:
		if !mayHold(v.Type().Elem()) {
			return
		}
		for i := range v.Len() {
			w.walk(v.Index(i))
		}
	case reflect.Array:
		if !mayHold(v.Type().Elem()) {
			return
		}
		for i := range v.Len() {
			w.walk(v.Index(i))
		}
	}
}
