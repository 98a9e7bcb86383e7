package py

import "reflect"

// Mirrors: a dict[K, V] viewed as a Mapping[K, W] of a wider value type W
// (a dict[str, Dog] passed where a Mapping[str, Animal] is declared,
// dict[str, int] as Mapping[str, float]). Mappings are covariant in their
// values and read-only, so the view is a *Dict[K, W] that converts the
// source's values and rebuilds itself whenever the source changed since its
// last read: the holder sees the caller's later changes, as in CPython.

// dictMirror is what a mirror dict keeps of its source.
type dictMirror interface {
	// refresh rebuilds the mirror if its source changed.
	refresh()
	// source is the dict the mirror views (printed and compared in its place).
	source() any
}

type dictConv[K comparable, V, W any] struct {
	src  *Dict[K, V]
	dst  *Dict[K, W]
	conv func(V) W
	seen uint64
	done bool
}

func (m *dictConv[K, V, W]) source() any { return m.src }

func (m *dictConv[K, V, W]) refresh() {
	m.src.sync() // a mirror of a mirror
	if m.done && m.seen == m.src.ver {
		return
	}
	m.done, m.seen = true, m.src.ver
	d := m.dst
	d.mir = nil // rebuild with the plain dict operations
	d.Clear()
	for i := range m.src.ents {
		if e := &m.src.ents[i]; e.live {
			d.Set(e.k, m.conv(e.v))
		}
	}
	d.mir = m
}

// DictConv views src as a dict whose values are conv of src's values: a
// live, read-only mirror (the checker allows no change through it).
func DictConv[K comparable, V, W any](src *Dict[K, V], conv func(V) W) *Dict[K, W] {
	if src == nil {
		return nil
	}
	dst := NewDict[K, W]()
	dst.mir = &dictConv[K, V, W]{src: src, dst: dst, conv: conv}
	return dst
}

// sync brings a mirror up to date with its source (a no-op on other dicts).
func (d *Dict[K, V]) sync() {
	if d.mir != nil {
		d.mir.refresh()
	}
}

// dictEqualAny is a == b for dicts converted to *Dict[any, any]: the same
// keys, each with an equal value.
func dictEqualAny(a, b *Dict[any, any]) bool {
	if a.Len() != b.Len() {
		return false
	}
	for k, v := range a.All() {
		w, ok := b.Lookup(k)
		if !ok || !EqualItem(v, w) {
			return false
		}
	}
	return true
}

// viewed is the object v views: the source of a dict mirror, the object of
// a Seq view (each unwrapped as far as it goes), v itself otherwise.
func viewed(v any) any {
	for i := 0; i < 8; i++ {
		switch x := v.(type) {
		case interface{ mirrorSource() any }:
			if s := x.mirrorSource(); s != nil {
				v = s
				continue
			}
		case interface{ Object() any }:
			v = x.Object()
			continue
		}
		return v
	}
	return v
}

func (d *Dict[K, V]) mirrorSource() any {
	if d.mir == nil {
		return nil
	}
	return d.mir.source()
}

// SameObject is a is b where either may be a view (a Mapping mirror, a
// Sequence view): whether they are, or view, one object.
func SameObject(a, b any) bool {
	a, b = viewed(a), viewed(b)
	ta := reflect.TypeOf(a)
	if ta != reflect.TypeOf(b) || ta != nil && !ta.Comparable() {
		return false // (a tuple of run-time length is no object of its own here)
	}
	return a == b
}
