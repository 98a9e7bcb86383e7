package py

type anySetter interface{ anySet() *Set[any] }

func (s *Set[T]) anySet() *Set[any] {
	out := NewSet[any]()
	for _, x := range s.Slice() {
		out.Add(x)
	}
	return out
}

// AnySet returns the set v (a *Set[T] of any T) as a *Set[any]: the view
// of a value of type object narrowed by isinstance(x, set) (see AnyList).
func AnySet(v any) *Set[any] {
	v = unwrapOpt(v)
	if s, ok := v.(*Set[any]); ok {
		return s
	}
	if s, ok := v.(anySetter); ok {
		return s.anySet()
	}
	panic(TypeError("expected set, got " + TypeName(v)))
}
