package py

import (
	"hash/maphash"
	"iter"
	"math"
	"strings"
	"unsafe"
)

// Hasher is implemented by values with a CPython-compatible hash; det
// reports whether the hash is deterministic across runs (ints, floats and
// tuples of those are; str is randomised in CPython).
type Hasher interface {
	PyHash() (h int64, det bool)
}

const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
)

// HashInt returns CPython's hash() of an int.
func HashInt(x int64) int64 {
	if x >= -hashModulus+1 && x < hashModulus && x != -1 {
		return x
	}
	if x == -1 {
		return -2
	}
	neg := x < 0
	var u uint64
	if neg {
		u = uint64(-(x + 1)) + 1
	} else {
		u = uint64(x)
	}
	u %= hashModulus
	h := int64(u)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// HashFloat returns CPython's hash() of a float (NaN hashes to 0 here;
// CPython uses the object identity).
func HashFloat(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if v != v {
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

var hashSeed = maphash.MakeSeed()

func hashOf(v any) (int64, bool) {
	switch x := v.(type) {
	case int64:
		return HashInt(x), true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case float64:
		return HashFloat(x), true
	case string:
		if x == "" {
			return 0, false
		}
		h := int64(maphash.String(hashSeed, x) >> 1)
		if h == -1 {
			h = -2
		}
		return h, false
	case Bytes:
		if x == "" {
			return 0, false
		}
		return int64(maphash.String(hashSeed, string(x)) >> 2), false
	case Hasher:
		return x.PyHash()
	case optional:
		return hashOf(x.Any())
	case NoneType:
		return 0x7e4a1b3c, false
	}
	return 0, false
}

// hashFuncFor returns a CPython-compatible hash function for T when CPython's
// hash of T values is deterministic, else nil.
func hashFuncFor[T comparable]() func(T) int64 {
	var zero T
	if h, ok := any(zero).(Hasher); ok {
		if _, det := h.PyHash(); !det {
			return nil // tuples of strs: insertion order, as sets of strs
		}
	}
	if isUserKey[T]() {
		return func(x T) int64 { return any(x).(UserKey).PyUserHash() }
	}
	switch any(zero).(type) {
	case nil:
		return valueHashFunc[T]() // an interface of a class hashing by value (valuehash.go)
	case int64:
		return func(x T) int64 { return HashInt(*(*int64)(unsafe.Pointer(&x))) }
	case bool:
		return func(x T) int64 {
			if *(*bool)(unsafe.Pointer(&x)) {
				return 1
			}
			return 0
		}
	case float64:
		return func(x T) int64 { return HashFloat(*(*float64)(unsafe.Pointer(&x))) }
	case Hasher:
		if _, det := any(zero).(Hasher).PyHash(); det {
			return func(x T) int64 {
				h, _ := any(x).(Hasher).PyHash()
				return h
			}
		}
	}
	return nil
}

const (
	slotEmpty = iota
	slotActive
	slotDummy
)

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

type setSlot[T comparable] struct {
	key   T
	hash  int64
	state uint8
}

// Set is Python's set[T]. For element types whose CPython hash is
// deterministic (int, float, bool, tuples of those) it emulates CPython's
// set table so iteration order matches; other element types (str) iterate
// in insertion order.
type Set[T comparable] struct {
	inited bool
	hashFn func(T) int64
	eq     func(stored, key T) bool // __eq__ of a class defining __hash__ (userkey.go)
	// emulated CPython table
	table  []setSlot[T]
	mask   uint64
	fill   int
	used   int
	finger uint64
	// insertion-ordered mode
	ord *Dict[T, struct{}]
	// frozen marks a frozenset: its repr and type name say so, and the
	// results of its operators are frozensets (frozenset.go).
	frozen bool
	// seq marks the set a method gets for an argument that is not a set
	// (a list, a range, a dict...: IterArgSet): its elements in the
	// argument's order, duplicates kept, which is how CPython's set methods
	// read such an argument (one by one, where a set is merged table to
	// table). seqDict marks a dict's keys (CPython sizes the table first).
	seq     []T
	seqDict bool
}

// IterArgSet is the set a set method reads from an argument that is an
// iterable but not a set: set(xs), also keeping xs's order (see Set.seq).
func IterArgSet[T comparable](xs []T) *Set[T] {
	s := SetOf(xs)
	s.seq = xs
	if s.seq == nil {
		s.seq = []T{}
	}
	return s
}

// DictArgSet is IterArgSet for the keys of a dict argument.
func DictArgSet[T comparable](keys []T) *Set[T] {
	s := IterArgSet(keys)
	s.seqDict = true
	return s
}

// SetOfDict is set(d) of a dict: CPython's set_update_internal sizes the
// table for the dict's keys first, then adds them one by one.
func SetOfDict[T comparable](keys []T) *Set[T] {
	s := NewSet[T]()
	s.addDictKeys(keys)
	return s
}

// addDictKeys adds a dict's keys as CPython's set_update_internal does.
func (s *Set[T]) addDictKeys(keys []T) {
	s.init()
	if s.ord == nil && uint64(s.fill+len(keys))*5 >= s.mask*3 {
		s.resize((s.used + len(keys)) * 2)
	}
	for _, k := range keys {
		s.Add(k)
	}
}

// fresh is a new set made from o as CPython's make_new_set(o) makes it: o's
// table merged when o is a set, else its elements added one by one.
func (o *Set[T]) fresh() *Set[T] {
	if o.seq == nil {
		return o.Copy()
	}
	r := NewSet[T]()
	r.merge(o)
	return r
}

// NewSet returns a set holding xs (added in order, as a set display does).
func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{}
	s.init()
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

// SetOf returns set(xs) for a slice.
func SetOf[T comparable](xs []T) *Set[T] { return NewSet(xs...) }

func (s *Set[T]) init() {
	if s.inited {
		return
	}
	s.inited = true
	s.hashFn = hashFuncFor[T]()
	s.eq = userKeyEq[T]()
	if s.hashFn != nil {
		s.table = make([]setSlot[T], setMinSize)
		s.mask = setMinSize - 1
	} else {
		s.ord = NewDict[T, struct{}]()
	}
}

// Len returns len(s).
func (s *Set[T]) Len() int64 {
	if s.ord != nil {
		return s.ord.Len()
	}
	return int64(s.used)
}

func (s *Set[T]) lookup(key T, hash int64) int {
	mask := s.mask
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		j := i
		for {
			e := &s.table[j]
			if e.state == slotEmpty {
				return -1
			}
			if e.state == slotActive && e.hash == hash && (e.key == key || s.eq != nil && s.eq(e.key, key) || key != key && sameKey(e.key, key)) {
				return int(j)
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set[T]) addEntry(key T, hash int64) {
	mask := s.mask
	i := uint64(hash) & mask
	perturb := uint64(hash)
	freeslot := -1
	var j uint64
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		j = i
		for {
			e := &s.table[j]
			if e.state == slotEmpty {
				goto foundUnusedOrDummy
			}
			if e.state == slotActive {
				if e.hash == hash && (e.key == key || s.eq != nil && s.eq(e.key, key) || key != key && sameKey(e.key, key)) {
					return
				}
			} else if freeslot < 0 || setFreeslotLast {
				freeslot = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
foundUnusedOrDummy:
	if freeslot >= 0 {
		s.used++
		s.table[freeslot] = setSlot[T]{key: key, hash: hash, state: slotActive}
		return
	}
	s.fill++
	s.used++
	s.table[j] = setSlot[T]{key: key, hash: hash, state: slotActive}
	if uint64(s.fill)*5 < mask*3 {
		return
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
}

// setFreeslotLast selects whether add reuses the last (true) or the first
// dummy slot seen while probing.
const setFreeslotLast = true

func insertClean[T comparable](table []setSlot[T], mask uint64, key T, hash int64) {
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].state == slotEmpty {
			table[i] = setSlot[T]{key: key, hash: hash, state: slotActive}
			return
		}
		if i+setLinearProbes <= mask {
			for j := uint64(1); j <= setLinearProbes; j++ {
				if table[i+j].state == slotEmpty {
					table[i+j] = setSlot[T]{key: key, hash: hash, state: slotActive}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set[T]) resize(minused int) {
	newsize := uint64(setMinSize)
	for newsize <= uint64(minused) {
		newsize <<= 1
	}
	old := s.table
	s.table = make([]setSlot[T], newsize)
	s.mask = newsize - 1
	s.fill = s.used
	for i := range old {
		if old[i].state == slotActive {
			insertClean(s.table, s.mask, old[i].key, old[i].hash)
		}
	}
}

// Add implements s.add(x).
func (s *Set[T]) Add(x T) {
	s.init()
	if s.ord != nil {
		s.ord.Set(x, struct{}{})
		return
	}
	s.addEntry(x, s.hashFn(x))
}

// Contains reports x in s.
func (s *Set[T]) Contains(x T) bool {
	s.init()
	if s.ord != nil {
		return s.ord.Contains(x)
	}
	return s.lookup(x, s.hashFn(x)) >= 0
}

// Discard implements s.discard(x), reporting whether x was present.
func (s *Set[T]) Discard(x T) bool {
	s.init()
	if s.ord != nil {
		if _, ok := s.ord.find(x); ok {
			s.ord.Del(x)
			return true
		}
		return false
	}
	i := s.lookup(x, s.hashFn(x))
	if i < 0 {
		return false
	}
	var zero T
	s.table[i] = setSlot[T]{key: zero, hash: -1, state: slotDummy}
	s.used--
	return true
}

// Remove implements s.remove(x) (KeyError when missing).
func (s *Set[T]) Remove(x T) {
	if !s.Discard(x) {
		panic(KeyError(any(x)))
	}
}

// Pop implements s.pop() (KeyError "pop from an empty set").
func (s *Set[T]) Pop() T {
	s.init()
	if s.Len() == 0 {
		panic(KeyError("pop from an empty set"))
	}
	if s.ord != nil {
		for i := range s.ord.ents {
			if s.ord.ents[i].live {
				k := s.ord.ents[i].k
				s.ord.Del(k)
				return k
			}
		}
	}
	i := s.finger & s.mask
	for s.table[i].state != slotActive {
		i++
		if i > s.mask {
			i = 0
		}
	}
	key := s.table[i].key
	var zero T
	s.table[i] = setSlot[T]{key: zero, hash: -1, state: slotDummy}
	s.used--
	s.finger = i + 1
	return key
}

// Clear empties s.
func (s *Set[T]) Clear() {
	s.init()
	if s.ord != nil {
		s.ord.Clear()
		return
	}
	s.table = make([]setSlot[T], setMinSize)
	s.mask = setMinSize - 1
	s.fill, s.used = 0, 0 // the pop finger stays, as in CPython's set_clear
}

// Slice returns the elements in iteration order.
func (s *Set[T]) Slice() []T {
	s.init()
	if s.ord != nil {
		return s.ord.Keys().V
	}
	out := make([]T, 0, s.used)
	for i := range s.table {
		if s.table[i].state == slotActive {
			out = append(out, s.table[i].key)
		}
	}
	return out
}

// All iterates over s in CPython's order, panicking with RuntimeError
// "Set changed size during iteration" like CPython.
func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		s.init()
		if s.ord != nil {
			for k := range s.ord.KeysIter() {
				if !yield(k) {
					return
				}
			}
			return
		}
		used := s.used
		for i := 0; i < len(s.table); i++ {
			if s.used != used {
				panic(RuntimeError("Set changed size during iteration"))
			}
			if i >= len(s.table) {
				return
			}
			if s.table[i].state == slotActive {
				if !yield(s.table[i].key) {
					return
				}
			}
		}
		if s.used != used {
			panic(RuntimeError("Set changed size during iteration"))
		}
	}
}

// merge adds all of o's elements the way CPython's set_merge does.
func (s *Set[T]) merge(o *Set[T]) {
	if o == s {
		return // s.update(s): nothing to add (CPython's set_merge returns too)
	}
	s.init()
	o.init()
	if o.seq != nil {
		// An iterable argument: its elements one by one (a dict's
		// keys after sizing the table), as set_update_internal adds them.
		if o.seqDict {
			s.addDictKeys(o.seq)
			return
		}
		for _, k := range o.seq {
			s.Add(k)
		}
		return
	}
	if s.ord != nil {
		for _, k := range o.Slice() {
			s.Add(k)
		}
		return
	}
	if o.used == 0 {
		return
	}
	if uint64(s.fill+o.used)*5 >= s.mask*3 {
		s.resize((s.used + o.used) * 2)
	}
	// Empty target with equal-size table and no dummies: copy the table.
	if s.fill == 0 && s.mask == o.mask && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for i := range o.table {
			if o.table[i].state == slotActive {
				insertClean(s.table, s.mask, o.table[i].key, o.table[i].hash)
			}
		}
		return
	}
	for i := range o.table {
		if o.table[i].state == slotActive {
			s.addEntry(o.table[i].key, o.table[i].hash)
		}
	}
}

// Copy returns a shallow copy of s (a frozenset's is a frozenset).
func (s *Set[T]) Copy() *Set[T] {
	c := &Set[T]{}
	c.init()
	c.merge(s)
	c.frozen = s.frozen
	return c
}

// Update implements s.update(o) / s |= o.
func (s *Set[T]) Update(o *Set[T]) { s.merge(o) }

// Union returns s | o (s | s is a copy of s, as CPython's set_or makes it).
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	c := s.Copy()
	if o != s {
		c.merge(o)
	}
	return c
}

// Intersection returns s & o.
func (s *Set[T]) Intersection(o *Set[T]) *Set[T] {
	if s == o {
		return s.Copy() // CPython's set_intersection copies
	}
	s.init()
	o.init()
	r := NewSet[T]()
	r.frozen = s.frozen
	if o.seq != nil && r.ord == nil {
		// Not a set: its elements in its order, kept when in s.
		for _, k := range o.seq {
			if h := s.hashFn(k); s.lookup(k, h) >= 0 {
				r.addEntry(k, h)
			}
		}
		return r
	}
	a, b := s, o
	if b.Len() > a.Len() {
		a, b = b, a
	}
	// iterate over the smaller set (b), keep elements also in a
	if r.ord != nil {
		for _, k := range b.Slice() {
			if a.Contains(k) {
				r.Add(k)
			}
		}
		return r
	}
	for i := range b.table {
		e := &b.table[i]
		if e.state == slotActive && a.lookup(e.key, e.hash) >= 0 {
			r.addEntry(e.key, e.hash)
		}
	}
	return r
}

// IntersectionUpdate implements s &= o.
// CPython swaps the bodies of s and the intersection, all but the pop
// finger.
func (s *Set[T]) IntersectionUpdate(o *Set[T]) {
	finger := s.finger
	*s = *s.Intersection(o)
	s.finger = finger
}

// SetSomes returns the set of the values the non-None elements of s hold:
// the right operand of set[T] - set[T | None], which None cannot affect.
func SetSomes[T comparable](s *Set[Opt[T]]) *Set[T] {
	r := NewSet[T]()
	for _, k := range s.Slice() {
		if k.Ok {
			r.Add(k.V)
		}
	}
	return r
}

// Difference returns s - o.
func (s *Set[T]) Difference(o *Set[T]) *Set[T] {
	s.init()
	o.init()
	if s.ord != nil {
		r := NewSet[T]()
		r.frozen = s.frozen
		for _, k := range s.Slice() {
			if !o.Contains(k) {
				r.Add(k)
			}
		}
		return r
	}
	if (s.used>>2) > o.used || o.seq != nil && !o.seqDict {
		// CPython: copy s, then discard o's elements.
		r := s.Copy()
		for i := range o.table {
			if o.table[i].state == slotActive {
				r.Discard(o.table[i].key)
			}
		}
		return r
	}
	r := NewSet[T]()
	r.frozen = s.frozen
	for i := range s.table {
		e := &s.table[i]
		if e.state == slotActive && o.lookup(e.key, e.hash) < 0 {
			r.addEntry(e.key, e.hash)
		}
	}
	return r
}

// DifferenceUpdate implements s -= o.
func (s *Set[T]) DifferenceUpdate(o *Set[T]) {
	if s == o {
		s.Clear()
		return
	}
	for _, k := range o.Slice() {
		s.Discard(k)
	}
}

// UnionAll implements s.union(*others) as CPython's set_union does: a
// copy of s, then each other's elements added in turn.
func (s *Set[T]) UnionAll(others []*Set[T]) *Set[T] {
	c := s.Copy()
	for _, o := range others {
		if o != s {
			c.merge(o)
		}
	}
	return c
}

// IntersectionAll implements s.intersection(*others) (CPython's
// set_intersection_multi): a copy of s without others, else the
// intersections taken in turn.
func (s *Set[T]) IntersectionAll(others []*Set[T]) *Set[T] {
	if len(others) == 0 {
		return s.Copy()
	}
	r := s
	for _, o := range others {
		r = r.Intersection(o)
	}
	return r
}

// DifferenceAll implements s.difference(*others) (CPython's
// set_difference_multi): s - others[0], then the other sets' elements
// removed from that result.
func (s *Set[T]) DifferenceAll(others []*Set[T]) *Set[T] {
	if len(others) == 0 {
		return s.Copy()
	}
	r := s.Difference(others[0])
	for _, o := range others[1:] {
		r.DifferenceUpdate(o)
	}
	return r
}

// UpdateAll implements s.update(*others).
func (s *Set[T]) UpdateAll(others []*Set[T]) {
	for _, o := range others {
		s.merge(o)
	}
}

// IntersectionUpdateAll implements s.intersection_update(*others).
func (s *Set[T]) IntersectionUpdateAll(others []*Set[T]) {
	finger := s.finger
	*s = *s.IntersectionAll(others)
	s.finger = finger
}

// DifferenceUpdateAll implements s.difference_update(*others).
func (s *Set[T]) DifferenceUpdateAll(others []*Set[T]) {
	for _, o := range others {
		s.DifferenceUpdate(o)
	}
}

// SetUnboundArgs splits the arguments of set.name(*sets) into the
// receiver and the others; no argument at all raises CPython's TypeError.
func SetUnboundArgs[T comparable](sets []*Set[T], name string) (*Set[T], []*Set[T]) {
	if len(sets) == 0 {
		panic(TypeError("unbound method set." + name + "() needs an argument"))
	}
	return sets[0], sets[1:]
}

// SymmetricDifference returns s ^ o.
func (s *Set[T]) SymmetricDifference(o *Set[T]) *Set[T] {
	r := o.fresh()
	r.frozen = s.frozen // CPython copies o as a set of s's type
	r.SymmetricDifferenceUpdate(s)
	return r
}

// SymmetricDifferenceUpdate implements s ^= o.
func (s *Set[T]) SymmetricDifferenceUpdate(o *Set[T]) {
	if s == o {
		s.Clear()
		return
	}
	ks := o.Slice()
	if o.seqDict {
		ks = o.seq // a dict's items are read in its order
	}
	for _, k := range ks {
		if !s.Discard(k) {
			s.Add(k)
		}
	}
}

// IsSubset implements s <= o.
func (s *Set[T]) IsSubset(o *Set[T]) bool {
	if s.Len() > o.Len() {
		return false
	}
	for _, k := range s.Slice() {
		if !o.Contains(k) {
			return false
		}
	}
	return true
}

// IsSuperset implements s >= o.
func (s *Set[T]) IsSuperset(o *Set[T]) bool { return o.IsSubset(s) }

// IsDisjoint implements s.isdisjoint(o).
func (s *Set[T]) IsDisjoint(o *Set[T]) bool {
	for _, k := range s.Slice() {
		if o.Contains(k) {
			return false
		}
	}
	return true
}

// PyRepr writes repr(s): set() when empty, else {a, b}.
func (s *Set[T]) PyRepr(b *strings.Builder) {
	if s == nil {
		b.WriteString("None")
		return
	}
	xs := s.Slice()
	if s.frozen {
		b.WriteString("frozenset(")
		if len(xs) > 0 {
			b.WriteByte('{')
			seqReprTo(b, xs)
			b.WriteByte('}')
		}
		b.WriteByte(')')
		return
	}
	if len(xs) == 0 {
		b.WriteString("set()")
		return
	}
	b.WriteByte('{')
	seqReprTo(b, xs)
	b.WriteByte('}')
}

// PyEqual reports s == other.
func (s *Set[T]) PyEqual(other any) bool {
	o, ok := other.(*Set[T])
	if !ok {
		// A set of another Go element type (set() typed set[Any]) is equal
		// when it holds the same values.
		a, ok := other.(anySet)
		if !ok || a.Len() != s.Len() {
			return false
		}
		for _, v := range s.Slice() {
			if !a.containsAny(v) {
				return false
			}
		}
		return true
	}
	return s.Len() == o.Len() && s.IsSubset(o)
}

// anySet is a set of any element type, for comparisons across Go types.
type anySet interface {
	Len() int64
	containsAny(x any) bool
}

// containsAny reports whether the boxed value x is an element of s.
func (s *Set[T]) containsAny(x any) bool {
	v, ok := x.(T)
	return ok && s.Contains(v)
}

// PyTypeName returns "set" or "frozenset".
func (s *Set[T]) PyTypeName() string {
	if s != nil && s.frozen {
		return "frozenset"
	}
	return "set"
}

// NewSetConst builds a set display whose elements are all constants and
// number at least three ({1, 2, 3}): CPython folds those into a frozenset
// constant and merges it into an empty set, which can give a different
// iteration order than adding the elements one by one.
func NewSetConst[T comparable](xs ...T) *Set[T] {
	if len(xs) < 3 {
		return NewSet(xs...)
	}
	// The compiler builds frozenset(tuple), then its constant merging
	// rebuilds it from that frozenset's iteration order; SET_UPDATE then
	// merges it into a new empty set.
	s := NewSet[T]()
	s.merge(NewFrozenSetConst(xs...))
	return s
}

// NewFrozenSetConst builds the set a for loop or comprehension iterates
// when its iterable is a set display of constants (for x in {3, 1, 2}):
// CPython's optimizer turns the display into a frozenset constant, which
// its constant merging rebuilds from the first frozenset's iteration order.
func NewFrozenSetConst[T comparable](xs ...T) *Set[T] {
	return NewSet(NewSet(xs...).Slice()...)
}

// setOrderer is implemented by sets: their comparison operators are the
// subset and superset tests, a partial order.
type setOrderer interface {
	pySetOrder(other any, op string) bool
}

// pySetOrder implements s < other, s <= other, s > other and s >= other.
func (s *Set[T]) pySetOrder(other any, op string) bool {
	o, ok := unwrapOpt(other).(*Set[T])
	if !ok {
		panic(notSupported(op, s, other))
	}
	switch op {
	case "<":
		return s.Len() < o.Len() && s.IsSubset(o)
	case "<=":
		return s.IsSubset(o)
	case ">":
		return s.Len() > o.Len() && o.IsSubset(s)
	}
	return o.IsSubset(s)
}
