package py

import (
	"math"
	"sync"
)

// Interner maps keys to the first value stored under them: the generated
// constructor of a class whose instances hash by value (NamedTuple,
// frozen dataclass) interns each new instance under its fields, so equal
// instances are one object and identity-keyed dicts and sets key them by
// value. Safe for concurrent use (functions run by to_thread construct
// objects too).
type Interner[K comparable, T any] struct {
	mu sync.Mutex
	m  map[K]T
}

// NewInterner returns an empty interner.
func NewInterner[K comparable, T any]() *Interner[K, T] {
	return &Interner[K, T]{m: make(map[K]T)}
}

// Get returns the value stored under k, storing v first if there is none.
func (in *Interner[K, T]) Get(k K, v T) T {
	in.mu.Lock()
	defer in.mu.Unlock()
	if old, ok := in.m[k]; ok {
		return old
	}
	in.m[k] = v
	return v
}

// Len returns the number of interned values.
func (in *Interner[K, T]) Len() int {
	in.mu.Lock()
	defer in.mu.Unlock()
	return len(in.m)
}

// NumKey is the interning key of a value of a field typed int | float (a
// float field given ints, Point(1, 2)): the int itself, or the float's
// bits, so that 1 and 1.0 (and 0.0 and -0.0) stay distinct objects, each
// printing as built.
func NumKey(v any) any {
	if f, ok := v.(float64); ok {
		return math.Float64bits(f)
	}
	return v
}
