package py

import (
	"sort"
	"strings"
)

// This file gives dicts and lists the behaviour of the collections module's
// classes: defaultdict, Counter and OrderedDict are dicts with a dictExt
// (their own d[k] for a missing key, repr and methods), deque is a list
// with a dequeExt (maxlen, repr, popleft/appendleft/rotate).

type dictKind uint8

const (
	kindDefaultDict dictKind = iota + 1
	kindCounter
	kindOrderedDict
)

// dictExt makes a Dict a defaultdict, Counter or OrderedDict.
type dictExt[V any] struct {
	kind    dictKind
	factory func() V
	fname   string // repr of the default factory
}

// NewDefaultDict returns an empty defaultdict whose missing keys get
// factory() (fname is the factory's repr: "<class 'list'>").
func NewDefaultDict[K comparable, V any](factory func() V, fname string) *Dict[K, V] {
	d := NewDict[K, V]()
	d.ext = &dictExt[V]{kind: kindDefaultDict, factory: factory, fname: fname}
	return d
}

// NewCounter returns a Counter of the elements xs.
func NewCounter[K comparable](xs []K) *Dict[K, int64] {
	d := NewDict[K, int64]()
	d.ext = &dictExt[int64]{kind: kindCounter}
	CounterAdd(d, xs)
	return d
}

// NewOrderedDict returns an empty OrderedDict.
func NewOrderedDict[K comparable, V any]() *Dict[K, V] {
	d := NewDict[K, V]()
	d.ext = &dictExt[V]{kind: kindOrderedDict}
	return d
}

// missing gives d[k] for a key d lacks: the default factory's value
// (inserted) for a defaultdict, 0 for a Counter (inserted only when the
// caller stores into it: insert), KeyError otherwise.
func (d *Dict[K, V]) missing(k K, insert bool) V {
	if d.ext != nil {
		switch d.ext.kind {
		case kindDefaultDict:
			v := d.ext.factory()
			d.Set(k, v)
			return v
		case kindCounter:
			var zero V
			if insert {
				d.Set(k, zero)
			}
			return zero
		}
	}
	panic(KeyError(any(k)))
}

// extRepr writes the repr of a dict with an extension; ok is false for a
// plain dict.
func (d *Dict[K, V]) extRepr(b *strings.Builder) bool {
	if d.ext == nil {
		return false
	}
	ks := make([]any, 0, d.used)
	vs := make([]any, 0, d.used)
	for i := range d.ents {
		if e := &d.ents[i]; e.live {
			ks, vs = append(ks, e.k), append(vs, e.v)
		}
	}
	return dictExtRepr(b, d.ext.kind, d.ext.fname, ks, vs)
}

// dictExtRepr writes the repr of a dict of extension kind (fname: its
// default factory's repr) holding keys ks and values vs, in insertion
// order; ok is false for a kind with no repr of its own. It reads the
// items as values of type any, so that the instances of the generic Dict
// do not each compile it.
func dictExtRepr(b *strings.Builder, kind dictKind, fname string, ks, vs []any) bool {
	switch kind {
	case kindDefaultDict:
		b.WriteString("defaultdict(" + fname + ", ")
		itemsReprTo(b, ks, vs, nil, false)
	case kindCounter:
		if len(ks) == 0 {
			b.WriteString("Counter()")
			return true
		}
		order := make([]int, len(ks)) // by count, largest first, ties in insertion order
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(i, j int) bool { return Compare(vs[order[i]], vs[order[j]]) > 0 })
		b.WriteString("Counter(")
		itemsReprTo(b, ks, vs, order, false)
	case kindOrderedDict:
		if len(ks) == 0 {
			b.WriteString("OrderedDict()")
			return true
		}
		b.WriteString("OrderedDict(")
		itemsReprTo(b, ks, vs, nil, true)
	default:
		return false
	}
	b.WriteByte(')')
	return true
}

// itemsReprTo writes the items ks[i]: vs[i] in the order of the indices
// order (nil: as they are) as a dict display {k: v, ...}, or with pairs as
// a list of pairs [(k, v), ...].
func itemsReprTo(b *strings.Builder, ks, vs []any, order []int, pairs bool) {
	open, sep, end := "{", ": ", "}"
	if pairs {
		open, sep, end = "[(", ", ", ")]"
	}
	b.WriteString(open)
	for n := range ks {
		i := n
		if order != nil {
			i = order[n]
		}
		if n > 0 {
			if pairs {
				b.WriteString("), (")
			} else {
				b.WriteString(", ")
			}
		}
		reprTo(b, ks[i])
		b.WriteString(sep)
		reprTo(b, vs[i])
	}
	b.WriteString(end)
}

// byCount returns the live entries ordered by value, largest first, ties
// in insertion order (Counter.most_common's order; values are counts).
func dictByCount[K comparable, V any](d *Dict[K, V]) []dictEntry[K, V] {
	out := make([]dictEntry[K, V], 0, d.used)
	for _, e := range d.ents {
		if e.live {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return Compare(any(out[i].v), any(out[j].v)) > 0 })
	return out
}

// CounterAdd counts the elements xs into c (Counter.update(iterable)).
func CounterAdd[K comparable](c *Dict[K, int64], xs []K) {
	for _, x := range xs {
		*c.PtrOr(x) += 1
	}
}

// CounterAddDict adds the counts of other to c (Counter.update(mapping)).
func CounterAddDict[K comparable](c *Dict[K, int64], other *Dict[K, int64]) {
	for _, e := range other.liveEntries() {
		*c.PtrOr(e.k) += e.v
	}
}

// CounterSubtract subtracts one for each element of xs
// (Counter.subtract(iterable)).
func CounterSubtract[K comparable](c *Dict[K, int64], xs []K) {
	for _, x := range xs {
		*c.PtrOr(x) -= 1
	}
}

// CounterSubtractDict subtracts the counts of other
// (Counter.subtract(mapping)).
func CounterSubtractDict[K comparable](c *Dict[K, int64], other *Dict[K, int64]) {
	for _, e := range other.liveEntries() {
		*c.PtrOr(e.k) -= e.v
	}
}

// CounterMostCommon implements Counter.most_common(n): pairs by count,
// largest first (all of them when n is None).
func CounterMostCommon[K comparable](c *Dict[K, int64], n Opt[int64]) *List[Tuple2[K, int64]] {
	ents := dictByCount(c)
	if n.Ok {
		if n.V < 0 {
			n.V = 0
		}
		if n.V < int64(len(ents)) {
			ents = ents[:n.V]
		}
	}
	out := make([]Tuple2[K, int64], len(ents))
	for i, e := range ents {
		out[i] = Tuple2[K, int64]{e.k, e.v}
	}
	return &List[Tuple2[K, int64]]{V: out}
}

// CounterTotal implements Counter.total(): the sum of the counts.
func CounterTotal[K comparable](c *Dict[K, int64]) int64 {
	var t int64
	for _, e := range c.liveEntries() {
		t = AddInt(t, e.v)
	}
	return t
}

// CounterElements implements Counter.elements(): each key repeated by its
// count (keys with counts below one left out), in insertion order.
func CounterElements[K comparable](c *Dict[K, int64]) Iter[K] {
	var out []K
	for _, e := range c.liveEntries() {
		for i := int64(0); i < e.v; i++ {
			out = append(out, e.k)
		}
	}
	return IterOfSlice(out)
}

// PtrOr returns a pointer to d[k], storing d's value for a missing key
// first (the default factory's for a defaultdict, 0 for a Counter;
// KeyError for other dicts).
func (d *Dict[K, V]) PtrOr(k K) *V {
	d.ver++ // the caller may store through the pointer
	if i, ok := d.find(k); ok {
		return &d.ents[i].v
	}
	d.missing(k, true)
	i, _ := d.find(k)
	return &d.ents[i].v
}

func (d *Dict[K, V]) liveEntries() []dictEntry[K, V] {
	out := make([]dictEntry[K, V], 0, d.used)
	for _, e := range d.ents {
		if e.live {
			out = append(out, e)
		}
	}
	return out
}

// DictMoveToEnd implements OrderedDict.move_to_end(key, last): KeyError
// if key is missing.
func DictMoveToEnd[K comparable, V any](d *Dict[K, V], k K, last bool) {
	v := d.Pop(k)
	if last {
		d.Set(k, v)
		return
	}
	rest := d.liveEntries()
	d.Clear()
	d.Set(k, v)
	for _, e := range rest {
		d.Set(e.k, e.v)
	}
}

// DictPopItemAt implements OrderedDict.popitem(last): the last pair, or
// the first when last is false (KeyError when empty).
func DictPopItemAt[K comparable, V any](d *Dict[K, V], last bool) Tuple2[K, V] {
	if last {
		return DictPopItem(d)
	}
	if d.used == 0 {
		panic(KeyError("dictionary is empty"))
	}
	for i := range d.ents {
		if e := &d.ents[i]; e.live {
			k, v := e.k, e.v
			d.Del(k)
			return Tuple2[K, V]{k, v}
		}
	}
	panic("unreachable")
}

// counterAddAny adds the counts of other to the Counter d (V is int64).
func counterAddAny[K comparable, V any](d, other *Dict[K, V]) {
	for _, e := range other.liveEntries() {
		p := any(d.PtrOr(e.k)).(*int64)
		*p = AddInt(*p, any(e.v).(int64))
	}
}

// DictPlainCopy returns a shallow copy of d as a plain dict (dict(d) of a
// defaultdict, Counter or OrderedDict).
func DictPlainCopy[K comparable, V any](d *Dict[K, V]) *Dict[K, V] {
	c := d.Copy()
	c.ext = nil
	return c
}

// InplaceOr implements d |= other: d updated with other, returned.
func (d *Dict[K, V]) InplaceOr(other *Dict[K, V]) *Dict[K, V] {
	d.Update(other)
	return d
}

// SliceCount implements tuple.count(v).
func SliceCount[T any](xs []T, v T) int64 {
	n := int64(0)
	for _, x := range xs {
		if EqualItem(any(x), any(v)) {
			n++
		}
	}
	return n
}

// SliceIndex implements tuple.index(v) (ValueError when absent).
func SliceIndex[T any](xs []T, v T) int64 {
	for i, x := range xs {
		if EqualItem(any(x), any(v)) {
			return int64(i)
		}
	}
	panic(ValueError("tuple.index(x): x not in tuple"))
}

// ConvertSlice returns f applied to each element of xs.
func ConvertSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// CounterBinop is a op b for Counters a and b (op one of + - | &), as
// collections.Counter's __add__, __sub__, __or__ and __and__ compute it: a
// new Counter of the positive results, a's elements first.
func CounterBinop[K comparable](a, b *Dict[K, int64], op string) *Dict[K, int64] {
	out := NewCounter[K](nil)
	for _, e := range a.liveEntries() {
		o, _ := b.Lookup(e.k)
		var n int64
		switch op {
		case "+":
			n = AddInt(e.v, o)
		case "-":
			n = SubInt(e.v, o)
		case "|":
			n = max(e.v, o)
		case "&":
			n = min(e.v, o)
		}
		if n > 0 {
			out.Set(e.k, n)
		}
	}
	if op == "&" {
		return out
	}
	for _, e := range b.liveEntries() {
		if a.Contains(e.k) {
			continue
		}
		if op == "-" {
			if e.v < 0 {
				out.Set(e.k, SubInt(0, e.v))
			}
		} else if e.v > 0 {
			out.Set(e.k, e.v)
		}
	}
	return out
}

// CounterUnary is +c (the positive counts) or -c (the negated negative
// ones), a new Counter.
func CounterUnary[K comparable](c *Dict[K, int64], op string) *Dict[K, int64] {
	out := NewCounter[K](nil)
	for _, e := range c.liveEntries() {
		if op == "+" && e.v > 0 {
			out.Set(e.k, e.v)
		} else if op == "-" && e.v < 0 {
			out.Set(e.k, SubInt(0, e.v))
		}
	}
	return out
}

// CounterInplace is a op= b for Counters (Counter.__iadd__ and the
// others): a is updated in place, then loses its elements whose count is
// not positive; it returns a.
func CounterInplace[K comparable](a, b *Dict[K, int64], op string) *Dict[K, int64] {
	switch op {
	case "+", "-", "|":
		for _, e := range b.liveEntries() {
			p := a.PtrOr(e.k)
			switch op {
			case "+":
				*p = AddInt(*p, e.v)
			case "-":
				*p = SubInt(*p, e.v)
			case "|":
				if e.v > *p {
					*p = e.v
				}
			}
		}
	case "&":
		for _, e := range a.liveEntries() {
			if o, _ := b.Lookup(e.k); o < e.v {
				a.Set(e.k, o)
			}
		}
	}
	var drop []K
	for _, e := range a.liveEntries() {
		if !(e.v > 0) {
			drop = append(drop, e.k)
		}
	}
	for _, k := range drop {
		a.Del(k)
	}
	return a
}
