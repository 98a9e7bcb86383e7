package py

// In-place operators of mutable containers. Python's `target op= value`
// reads the target, lets the object update itself (list.__iadd__,
// set.__ior__...) and stores the same object back into the target (which
// calls __setitem__ or a property setter); these return the receiver so
// that generated code can store it back.

// InplaceAdd is l += o: l extended in place, returned.
func (l *List[T]) InplaceAdd(o *List[T]) *List[T] {
	l.Extend(o)
	return l
}

// InplaceExtend is l += iterable for an iterable that is not a list (its
// elements collected into xs): l extended in place, returned.
func (l *List[T]) InplaceExtend(xs []T) *List[T] {
	l.ExtendSlice(xs)
	return l
}

// InplaceMul is l *= n: l repeated in place, returned.
func (l *List[T]) InplaceMul(n int64) *List[T] {
	l.IMul(n)
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
