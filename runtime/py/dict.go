package py

import (
	"iter"
	"strings"
	"unsafe"
)

type dictEntry[K comparable, V any] struct {
	k    K
	v    V
	live bool
}

// Dict is Python's insertion-ordered dict[K, V]. Deleted entries leave
// tombstones that are compacted on later insertions (O(1) amortised).
type Dict[K comparable, V any] struct {
	idx  map[K]int
	ents []dictEntry[K, V]
	used int
	ext  *dictExt[V] // defaultdict, Counter, OrderedDict (collections.go)
	// user holds the keys by hash when K is a class defining __hash__ and
	// __eq__ (userkey.go); nil otherwise.
	user *userKeys[K]
	kind uint8 // userkey.go: keyUnknown, keyPlain, keyUser
	// ver counts changes (a mirror of this dict rebuilds when it moved);
	// mir is set on a mirror (dictconv.go), nil otherwise.
	ver uint64
	mir dictMirror
	// nans counts the keys holding a NaN (k != k), which idx cannot find:
	// they are found by their bits (nankey.go).
	nans int
}

// NewDict returns an empty dict.
func NewDict[K comparable, V any]() *Dict[K, V] {
	return &Dict[K, V]{idx: make(map[K]int)}
}

// NewDictCap returns an empty dict with room for n entries.
func NewDictCap[K comparable, V any](n int) *Dict[K, V] {
	return &Dict[K, V]{idx: make(map[K]int, n), ents: make([]dictEntry[K, V], 0, n)}
}

// DictFromItems builds a dict from key/value pairs (dict(pairs)).
func DictFromItems[K comparable, V any](items []Tuple2[K, V]) *Dict[K, V] {
	d := NewDictCap[K, V](len(items))
	for _, it := range items {
		d.Set(it.F0, it.F1)
	}
	return d
}

// DictFromLists implements dict(items) over lists of two items each (typeshed's
// Iterable[list[str]] overload); another length raises ValueError as in CPython.
func DictFromLists[T comparable](items []*List[T]) *Dict[T, T] {
	d := NewDictCap[T, T](len(items))
	for i, it := range items {
		if len(it.V) != 2 {
			panic(Errorf(ValueErrorClass, "dictionary update sequence element #%d has length %d; 2 is required", i, len(it.V)))
		}
		d.Set(it.V[0], it.V[1])
	}
	return d
}

// DictFromKeys implements dict.fromkeys(keys, v).
func DictFromKeys[K comparable, V any](keys []K, v V) *Dict[K, V] {
	d := NewDictCap[K, V](len(keys))
	for _, k := range keys {
		d.Set(k, v)
	}
	return d
}

// Len returns len(d).
func (d *Dict[K, V]) Len() int64 {
	d.sync()
	return int64(d.used)
}

// Get returns d[k], panicking with KeyError when missing (a defaultdict
// inserts its default, a Counter gives 0).
func (d *Dict[K, V]) Get(k K) V {
	if i, ok := d.find(k); ok {
		return d.ents[i].v
	}
	return d.missing(k, false)
}

// GetOr implements d.get(k, def).
func (d *Dict[K, V]) GetOr(k K, def V) V {
	if i, ok := d.find(k); ok {
		return d.ents[i].v
	}
	return def
}

// GetOpt implements d.get(k) returning None when missing.
func (d *Dict[K, V]) GetOpt(k K) Opt[V] {
	if i, ok := d.find(k); ok {
		return Opt[V]{V: d.ents[i].v, Ok: true}
	}
	return Opt[V]{}
}

// Lookup returns d[k] and whether k is present.
func (d *Dict[K, V]) Lookup(k K) (V, bool) {
	if i, ok := d.find(k); ok {
		return d.ents[i].v, true
	}
	var zero V
	return zero, false
}

// Ptr returns a pointer to the value stored for k (KeyError when missing);
// valid until the next insertion or deletion.
func (d *Dict[K, V]) Ptr(k K) *V { return d.PtrOr(k) }

// Contains reports k in d.
func (d *Dict[K, V]) Contains(k K) bool {
	_, ok := d.find(k)
	return ok
}

// Set performs d[k] = v (an existing key keeps its position).
func (d *Dict[K, V]) Set(k K, v V) {
	d.ver++
	if i, ok := d.find(k); ok {
		d.ents[i].v = v
		return
	}
	if d.idx == nil {
		d.idx = make(map[K]int)
	}
	if len(d.ents) == cap(d.ents) && len(d.ents)-d.used > 8 && len(d.ents)-d.used >= d.used/2 {
		d.compact()
	}
	if d.kind != keyPlain {
		d.addUserKey(k) // userkey.go
	}
	if k == k {
		d.idx[k] = len(d.ents)
	} else {
		d.nans++ // nankey.go
	}
	d.ents = append(d.ents, dictEntry[K, V]{k: k, v: v, live: true})
	d.used++
}

func (d *Dict[K, V]) compact() {
	j := 0
	for i := range d.ents {
		if d.ents[i].live {
			if i != j {
				d.ents[j] = d.ents[i]
				if k := d.ents[j].k; k == k {
					d.idx[k] = j
				}
			}
			j++
		}
	}
	clear(d.ents[j:])
	d.ents = d.ents[:j]
}

func (d *Dict[K, V]) delAt(i int, k K) {
	d.ver++
	k = d.ents[i].k // the stored key (an equal one may have found it)
	if d.user != nil {
		d.user.remove(k)
	}
	if k == k {
		delete(d.idx, k)
	} else {
		d.nans--
	}
	d.ents[i] = dictEntry[K, V]{}
	d.used--
	for n := len(d.ents); n > 0 && !d.ents[n-1].live; n-- {
		d.ents = d.ents[:n-1]
	}
	if d.used == 0 {
		d.ents = d.ents[:0]
	}
}

// Del performs del d[k] (KeyError when missing).
func (d *Dict[K, V]) Del(k K) {
	i, ok := d.find(k)
	if !ok {
		panic(KeyError(any(k)))
	}
	d.delAt(i, k)
}

// Pop implements d.pop(k) (KeyError when missing).
func (d *Dict[K, V]) Pop(k K) V {
	i, ok := d.find(k)
	if !ok {
		panic(KeyError(any(k)))
	}
	v := d.ents[i].v
	d.delAt(i, k)
	return v
}

// PopOr implements d.pop(k, def).
func (d *Dict[K, V]) PopOr(k K, def V) V {
	i, ok := d.find(k)
	if !ok {
		return def
	}
	v := d.ents[i].v
	d.delAt(i, k)
	return v
}

// DictPopItem implements d.popitem() (LIFO).
func DictPopItem[K comparable, V any](d *Dict[K, V]) Tuple2[K, V] {
	if d.used == 0 {
		panic(KeyError("popitem(): dictionary is empty"))
	}
	i := len(d.ents) - 1
	e := d.ents[i]
	d.delAt(i, e.k)
	return Tuple2[K, V]{e.k, e.v}
}

// DictSetDefault implements d.setdefault(k, def).
func DictSetDefault[K comparable, V any](d *Dict[K, V], k K, def V) V {
	if i, ok := d.find(k); ok {
		return d.ents[i].v
	}
	d.Set(k, def)
	return def
}

// Keys returns list(d.keys()).
func (d *Dict[K, V]) Keys() *List[K] {
	d.sync()
	out := make([]K, 0, d.used)
	for i := range d.ents {
		if d.ents[i].live {
			out = append(out, d.ents[i].k)
		}
	}
	return &List[K]{V: out}
}

// Values returns list(d.values()).
func (d *Dict[K, V]) Values() *List[V] {
	d.sync()
	out := make([]V, 0, d.used)
	for i := range d.ents {
		if d.ents[i].live {
			out = append(out, d.ents[i].v)
		}
	}
	return &List[V]{V: out}
}

// Items returns list(d.items()).
func (d *Dict[K, V]) Items() *List[Tuple2[K, V]] {
	d.sync()
	out := make([]Tuple2[K, V], 0, d.used)
	for i := range d.ents {
		if d.ents[i].live {
			out = append(out, Tuple2[K, V]{d.ents[i].k, d.ents[i].v})
		}
	}
	return &List[Tuple2[K, V]]{V: out}
}

// Update implements d.update(other) (a Counter adds the counts).
func (d *Dict[K, V]) Update(other *Dict[K, V]) {
	if d.ext != nil && d.ext.kind == kindCounter {
		counterAddAny(d, other)
		return
	}
	other.sync()
	for i := range other.ents {
		if other.ents[i].live {
			d.Set(other.ents[i].k, other.ents[i].v)
		}
	}
}

// DictMerge returns d | other.
func DictMerge[K comparable, V any](d, other *Dict[K, V]) *Dict[K, V] {
	c := d.Copy()
	c.Update(other)
	return c
}

// Copy returns a shallow copy of d.
func (d *Dict[K, V]) Copy() *Dict[K, V] {
	d.sync()
	c := NewDictCap[K, V](d.used)
	for i := range d.ents {
		if d.ents[i].live {
			c.Set(d.ents[i].k, d.ents[i].v)
		}
	}
	c.ext = d.ext
	return c
}

// Clear empties d.
func (d *Dict[K, V]) Clear() {
	d.ver++
	if d.user != nil {
		clear(d.user.byHash)
	}
	clear(d.idx)
	clear(d.ents)
	d.ents = d.ents[:0]
	d.used = 0
	d.nans = 0
}

// DictIter iterates over a dict with CPython's mutation checks.
type DictIter[K comparable, V any] struct {
	d       *Dict[K, V]
	pos     int
	used    int
	remain  int
	invalid bool
}

// Iter returns an iterator over d (use Next in a loop).
func (d *Dict[K, V]) Iter() *DictIter[K, V] {
	d.sync()
	return &DictIter[K, V]{d: d, used: d.used, remain: d.used}
}

// Next returns the next key/value; ok=false at the end. It panics with
// RuntimeError when the dict changed size (or keys) during iteration.
func (it *DictIter[K, V]) Next() (k K, v V, ok bool) {
	d := it.d
	if it.invalid {
		return
	}
	d.sync()
	if it.used != d.used {
		it.invalid = true
		panic(RuntimeError("dictionary changed size during iteration"))
	}
	for it.pos < len(d.ents) && !d.ents[it.pos].live {
		it.pos++
	}
	if it.pos >= len(d.ents) {
		it.invalid = true
		return
	}
	if it.remain == 0 {
		it.invalid = true
		panic(RuntimeError("dictionary keys changed during iteration"))
	}
	it.remain--
	e := &d.ents[it.pos]
	it.pos++
	return e.k, e.v, true
}

// All iterates over key/value pairs (for k, v := range d.All()) with
// CPython's "changed size during iteration" checks.
func (d *Dict[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		it := d.Iter()
		for {
			k, v, ok := it.Next()
			if !ok || !yield(k, v) {
				return
			}
		}
	}
}

// KeysIter iterates over keys (for k := range d.KeysIter()).
func (d *Dict[K, V]) KeysIter() iter.Seq[K] {
	return func(yield func(K) bool) {
		it := d.Iter()
		for {
			k, _, ok := it.Next()
			if !ok || !yield(k) {
				return
			}
		}
	}
}

// PyRepr writes repr(d).
func (d *Dict[K, V]) PyRepr(b *strings.Builder) {
	if d == nil {
		b.WriteString("None")
		return
	}
	if d.mir != nil {
		reprTo(b, d.mir.source()) // a mirror prints as the dict it views
		return
	}
	if !reprEnter(unsafe.Pointer(d)) { // a dict holding itself (reprguard.go)
		b.WriteString("{...}")
		return
	}
	defer reprLeave(unsafe.Pointer(d))
	if d.extRepr(b) { // collections.go
		return
	}
	d.plainRepr(b)
}

func (d *Dict[K, V]) plainRepr(b *strings.Builder) {
	b.WriteByte('{')
	first := true
	for i := range d.ents {
		e := &d.ents[i]
		if !e.live {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		reprTo(b, any(e.k))
		b.WriteString(": ")
		reprTo(b, any(e.v))
	}
	b.WriteByte('}')
}

// PyEqual reports d == other.
func (d *Dict[K, V]) PyEqual(other any) bool {
	if d.mir != nil {
		return Equal(d.mir.source(), other)
	}
	if o, ok := other.(*Dict[K, V]); ok && o.mir != nil {
		return Equal(any(d), o.mir.source())
	}
	o, ok := other.(*Dict[K, V])
	if !ok {
		if ad, isDict := other.(anyDicter); isDict {
			return dictEqualAny(d.anyDict(), ad.anyDict()) // dicts of other Go types (a TypedDict and a dict[str, int])
		}
		return false
	}
	if o.used != d.used {
		return false
	}
	for i := range d.ents {
		e := &d.ents[i]
		if !e.live {
			continue
		}
		j, ok := o.find(e.k)
		if !ok || !EqualItem(any(e.v), any(o.ents[j].v)) {
			return false
		}
	}
	return true
}

// PyTypeName returns "dict", or the name of the collections class the
// dict is (defaultdict, Counter, OrderedDict).
func (d *Dict[K, V]) PyTypeName() string {
	if d != nil && d.ext != nil {
		switch d.ext.kind {
		case kindDefaultDict:
			return "defaultdict"
		case kindCounter:
			return "Counter"
		case kindOrderedDict:
			return "OrderedDict"
		}
	}
	return "dict"
}

// lookupAny supports "{0[key]}" fields in str.format.
func (d *Dict[K, V]) lookupAny(k any) (any, bool) {
	kk, ok := k.(K)
	if !ok {
		if s, isStr := k.(int64); isStr {
			// a numeric-looking key may still be a str key
			if ks, ok := any(StrInt(s)).(K); ok {
				kk = ks
			} else {
				return nil, false
			}
		} else {
			return nil, false
		}
	}
	v, found := d.Lookup(kk)
	return v, found
}
