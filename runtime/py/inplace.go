package py

// In-place operators of mutable containers. Python's `target op= value`
// reads the target, lets the object update itself (list.__iadd__,
// set.__ior__...) and stores the same object back into the target (which
// calls __setitem__ or a property setter); these return the receiver so
// that generated code can store it back.

// ListInplaceAdd is l += o: l extended in place, returned.
func ListInplaceAdd[T any](l *List[T], o *List[T]) *List[T] {
	ListExtend(l, o)
	return l
}

// ListInplaceExtend is l += iterable for an iterable that is not a list
// (its elements collected into xs): l extended in place, returned.
func ListInplaceExtend[T any](l *List[T], xs []T) *List[T] {
	ListExtendSlice(l, xs)
	return l
}

// ListInplaceMul is l *= n: l repeated in place, returned.
func ListInplaceMul[T any](l *List[T], n int64) *List[T] {
	ListIMul(l, n)
	return l
}

// InplaceOr is s |= o: s updated in place, returned.
func (s *Set[T]) InplaceOr(o *Set[T]) *Set[T] {
	if s.frozen {
		return s.Union(o) // a frozenset is rebound to a new one
	}
	s.Update(o)
	return s
}

// InplaceAnd is s &= o: s updated in place, returned.
func (s *Set[T]) InplaceAnd(o *Set[T]) *Set[T] {
	if s.frozen {
		return s.Intersection(o) // a frozenset is rebound to a new one
	}
	s.IntersectionUpdate(o)
	return s
}

// InplaceSub is s -= o: s updated in place, returned.
func (s *Set[T]) InplaceSub(o *Set[T]) *Set[T] {
	if s.frozen {
		return s.Difference(o) // a frozenset is rebound to a new one
	}
	s.DifferenceUpdate(o)
	return s
}

// InplaceXor is s ^= o: s updated in place, returned.
func (s *Set[T]) InplaceXor(o *Set[T]) *Set[T] {
	if s.frozen {
		return s.SymmetricDifference(o) // a frozenset is rebound to a new one
	}
	s.SymmetricDifferenceUpdate(o)
	return s
}
