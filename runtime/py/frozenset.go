package py

// Frozensets are Sets marked frozen: the checker refuses their mutating
// methods, their operators' results are frozensets, and they hash by
// value as CPython's do (frozenset_hash), so a dict or set finds an equal
// frozenset by its hash and ==, and a set of frozensets of ints iterates
// in CPython's order.

// Freeze marks s, a new set, as a frozenset and returns it.
func (s *Set[T]) Freeze() *Set[T] {
	s.init()
	s.frozen = true
	return s
}

// FrozenOf returns frozenset(s) of a set: a frozen copy built as CPython's
// set_merge builds it.
func FrozenOf[T comparable](s *Set[T]) *Set[T] {
	c := &Set[T]{}
	c.init()
	c.merge(s)
	return c.Freeze()
}

// Thaw returns set(s) of a frozenset or set: a plain copy.
func Thaw[T comparable](s *Set[T]) *Set[T] {
	c := &Set[T]{}
	c.init()
	c.merge(s)
	return c
}

func shuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// elemHash is the CPython hash of an element of s.
func (s *Set[T]) elemHash(k T) int64 {
	if s.hashFn != nil {
		return s.hashFn(k)
	}
	h, _ := hashOf(any(k))
	return h
}

// PyUserHash is hash(s) of a frozenset, CPython's frozenset_hash.
func (s *Set[T]) PyUserHash() int64 {
	s.init()
	var h uint64
	for _, k := range s.Slice() {
		h ^= shuffleBits(uint64(s.elemHash(k)))
	}
	h ^= (uint64(s.Len()) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int64(h) == -1 {
		h = 590923713
	}
	return int64(h)
}

// PyHash implements Hasher: hash(s) of a frozenset; deterministic across
// runs when its elements' hashes are (ints, not strs). s may be nil (the
// zero value a set of frozensets asks).
func (s *Set[T]) PyHash() (int64, bool) {
	var zero T
	_, det := hashOf(any(zero))
	if s == nil {
		return 0, det
	}
	return s.PyUserHash(), det
}
