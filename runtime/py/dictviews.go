package py

import "strings"

// Live dict views passed where an Iterable or a Collection is expected
// (def total(xs: Iterable[float]) called as total(prices.values())): like
// CPython's dict_keys, dict_values and dict_items, each iteration reads the
// dict again, len() and in read it now, and repr shows the view.

type dictValuesSeq[K comparable, V any] struct {
	seqBase
	d *Dict[K, V]
}

// SeqOfDictValues views d.values() as a Seq.
func SeqOfDictValues[K comparable, V any](d *Dict[K, V]) Seq[V] {
	return &dictValuesSeq[K, V]{seqBase{d}, d} // a pointer: views of values compare by identity
}

func (s dictValuesSeq[K, V]) Iter() Iter[V]      { return DictValues(s.d) }
func (s dictValuesSeq[K, V]) Len() int64         { return s.d.Len() }
func (s dictValuesSeq[K, V]) Get(int64) V        { panic(viewUnsupported("indexing")) }
func (s dictValuesSeq[K, V]) PyTypeName() string { return viewName(s.d, "values") }
func (s dictValuesSeq[K, V]) PyBool() bool       { return s.d.Len() > 0 }
func (s dictValuesSeq[K, V]) PyStr() string      { return viewRepr(viewName(s.d, "values"), s.d.Values()) }
func (s *dictValuesSeq[K, V]) Object() any       { return s }
func (s *dictValuesSeq[K, V]) PyEqual(o any) bool {
	// dict_values compares by identity in CPython (d.values() != d.values()).
	v, ok := o.(*dictValuesSeq[K, V])
	return ok && v == s
}
func (s dictValuesSeq[K, V]) PyRepr(b *strings.Builder) { b.WriteString(s.PyStr()) }
func (s dictValuesSeq[K, V]) Contains(v V) bool {
	for _, x := range s.d.Values().V {
		if Equal(x, v) {
			return true
		}
	}
	return false
}

type dictKeysSeq[K comparable, V any] struct {
	dictSeq[K, V]
}

// SeqOfDictKeys views d.keys() as a Seq.
func SeqOfDictKeys[K comparable, V any](d *Dict[K, V]) Seq[K] {
	return dictKeysSeq[K, V]{dictSeq[K, V]{seqBase{d}, d}}
}

func (s dictKeysSeq[K, V]) PyTypeName() string        { return viewName(s.d, "keys") }
func (s dictKeysSeq[K, V]) PyBool() bool              { return s.d.Len() > 0 }
func (s dictKeysSeq[K, V]) PyStr() string             { return viewRepr(viewName(s.d, "keys"), s.d.Keys()) }
func (s dictKeysSeq[K, V]) PyRepr(b *strings.Builder) { b.WriteString(s.PyStr()) }
func (s dictKeysSeq[K, V]) Object() any               { return s }
func (s dictKeysSeq[K, V]) PyEqual(o any) bool        { return setLikeEqual[K](s, o) }

type dictItemsSeq[K comparable, V any] struct {
	seqBase
	d *Dict[K, V]
}

// SeqOfDictItems views d.items() as a Seq.
func SeqOfDictItems[K comparable, V any](d *Dict[K, V]) Seq[Tuple2[K, V]] {
	return dictItemsSeq[K, V]{seqBase{d}, d}
}

func (s dictItemsSeq[K, V]) Iter() Iter[Tuple2[K, V]]  { return DictItems(s.d) }
func (s dictItemsSeq[K, V]) Len() int64                { return s.d.Len() }
func (s dictItemsSeq[K, V]) Get(int64) Tuple2[K, V]    { panic(viewUnsupported("indexing")) }
func (s dictItemsSeq[K, V]) PyTypeName() string        { return viewName(s.d, "items") }
func (s dictItemsSeq[K, V]) PyBool() bool              { return s.d.Len() > 0 }
func (s dictItemsSeq[K, V]) PyStr() string             { return viewRepr(viewName(s.d, "items"), s.d.Items()) }
func (s dictItemsSeq[K, V]) PyRepr(b *strings.Builder) { b.WriteString(s.PyStr()) }
func (s dictItemsSeq[K, V]) Object() any               { return s }
func (s dictItemsSeq[K, V]) PyEqual(o any) bool        { return setLikeEqual[Tuple2[K, V]](s, o) }
func (s dictItemsSeq[K, V]) Contains(t Tuple2[K, V]) bool {
	v, ok := s.d.Lookup(t.F0)
	return ok && Equal(v, t.F1)
}

// viewName is the type name of d's view of kind "keys", "values" or
// "items": dict_keys..., odict_keys... for an OrderedDict.
func viewName[K comparable, V any](d *Dict[K, V], kind string) string {
	if d.ext != nil && d.ext.kind == kindOrderedDict {
		return "odict_" + kind
	}
	return "dict_" + kind
}

// viewRepr is dict_values([...]) and the like.
func viewRepr(kind string, items any) string {
	return kind + "(" + Repr(items) + ")"
}

// setLikeEqual is == between a keys (or items) view and a set or another
// such view, which compare as sets in CPython; other values (lists among
// them) compare unequal.
func setLikeEqual[T any](s Seq[T], o any) bool {
	other, ok := o.(interface {
		Len() int64
		Contains(T) bool
	})
	if !ok || other.Len() != s.Len() {
		return false
	}
	if _, view := o.(interface{ setLikeView() }); !view && TypeName(o) != "set" && TypeName(o) != "frozenset" {
		return false
	}
	for it := s.Iter(); ; {
		v, ok := it.Next()
		if !ok {
			return true
		}
		if !other.Contains(v) {
			return false
		}
	}
}

func (s dictKeysSeq[K, V]) setLikeView()  {}
func (s dictItemsSeq[K, V]) setLikeView() {}
