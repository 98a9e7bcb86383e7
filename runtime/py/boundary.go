package py

// Conversions between Python values and Go-native types at the boundary of
// a generated package's exported API: list[T] is []T, set[T] is
// map[T]struct{}, dict[K, V] is map[K]V, Optional[T] is *T and
// bytes is []byte. The func arguments convert elements (Same when the
// element's Go type is the same on both sides).

// Same returns its argument: the element conversion of types that need none.
func Same[T any](x T) T { return x }

// ListToGo copies a list into a new slice (nil for a nil list).
func ListToGo[T, U any](l *List[T], f func(T) U) []U {
	if l == nil {
		return nil
	}
	out := make([]U, len(l.V))
	for i, x := range l.V {
		out[i] = f(x)
	}
	return out
}

// ListFromGo copies a slice into a new list.
func ListFromGo[U, T any](s []U, f func(U) T) *List[T] {
	v := make([]T, len(s))
	for i, x := range s {
		v[i] = f(x)
	}
	return &List[T]{V: v}
}

// SetToGo copies a set's elements into a new Go set (map[U]struct{}).
func SetToGo[T, U comparable](s *Set[T], f func(T) U) map[U]struct{} {
	if s == nil {
		return nil
	}
	xs := s.Slice()
	out := make(map[U]struct{}, len(xs))
	for _, x := range xs {
		out[f(x)] = struct{}{}
	}
	return out
}

// SetFromGo builds a set from a Go set's elements (in Go's map order).
func SetFromGo[U, T comparable](s map[U]struct{}, f func(U) T) *Set[T] {
	out := NewSet[T]()
	for x := range s {
		out.Add(f(x))
	}
	return out
}

// DictToGo copies a dict into a new map.
func DictToGo[K comparable, V any, K2 comparable, V2 any](d *Dict[K, V], fk func(K) K2, fv func(V) V2) map[K2]V2 {
	if d == nil {
		return nil
	}
	out := make(map[K2]V2, d.Len())
	for k, v := range d.All() {
		out[fk(k)] = fv(v)
	}
	return out
}

// DictFromGo builds a dict from a map (in Go's map order: Python code that
// depends on the order of a dict it receives from Go sees an arbitrary
// order).
func DictFromGo[K2 comparable, V2 any, K comparable, V any](m map[K2]V2, fk func(K2) K, fv func(V2) V) *Dict[K, V] {
	out := NewDictCap[K, V](len(m))
	for k, v := range m {
		out.Set(fk(k), fv(v))
	}
	return out
}

// OptToGo returns nil for None and a pointer to the converted value
// otherwise.
func OptToGo[T, U any](o Opt[T], f func(T) U) *U {
	if !o.Ok {
		return nil
	}
	v := f(o.V)
	return &v
}

// OptFromGo returns None for nil and the converted value otherwise.
func OptFromGo[U, T any](p *U, f func(U) T) Opt[T] {
	if p == nil {
		return Opt[T]{}
	}
	return Opt[T]{V: f(*p), Ok: true}
}

// BytesToGo copies bytes into a new []byte.
func BytesToGo(b Bytes) []byte { return []byte(b) }

// BytesFromGo copies a []byte into bytes.
func BytesFromGo(b []byte) Bytes { return Bytes(b) }
