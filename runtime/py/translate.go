package py

import "strings"

// str.maketrans and str.translate.

// StrMakeTrans is str.maketrans(x, y, z): x's characters map to y's (an
// int), z's to None (deleted). V is int64 (no z) or Opt[int64].
func StrMakeTrans[V any](x, y, z string) *Dict[int64, V] {
	xs, ys := []rune(x), []rune(y)
	if len(xs) != len(ys) {
		panic(ValueError("the first two maketrans arguments must have equal length"))
	}
	d := NewDict[int64, V]()
	for i, r := range xs {
		d.Set(int64(r), transValueOf[V](int64(ys[i])))
	}
	for _, r := range z {
		d.Set(int64(r), transNone[V]())
	}
	return d
}

func transValueOf[V any](i int64) V {
	var v V
	switch p := any(&v).(type) {
	case *int64:
		*p = i
	case *Opt[int64]:
		*p = Some(i)
	}
	return v
}

func transNone[V any]() V {
	var v V
	return v // Opt[int64]: not Ok, None
}

// StrMakeTransDict is str.maketrans(d) for a dict keyed by characters
// (length-1 strs) or ints.
func StrMakeTransDict[K comparable, V any](d *Dict[K, V]) *Dict[int64, V] {
	out := NewDict[int64, V]()
	for _, k := range d.Keys().V {
		v := d.Get(k)
		switch x := any(k).(type) {
		case string:
			rs := []rune(x)
			if len(rs) != 1 {
				panic(ValueError("string keys in translate table must be of length 1"))
			}
			out.Set(int64(rs[0]), v)
		case int64:
			out.Set(x, v)
		}
	}
	return out
}

// StrTranslate is s.translate(table): each character found in table maps
// to its value, an int (a code point), a str, or None (deleted).
func StrTranslate[V any](s string, table *Dict[int64, V]) string {
	var b strings.Builder
	for _, r := range s {
		v, ok := table.Lookup(int64(r))
		if !ok {
			b.WriteRune(r)
			continue
		}
		var m any = v
		if o, ok := m.(optional); ok {
			m = o.Any()
		}
		switch x := m.(type) {
		case int64:
			if x < 0 || x > 0x10ffff {
				panic(ValueError("character mapping must be in range(0x110000)"))
			}
			b.WriteRune(rune(x))
		case string:
			b.WriteString(x)
		case NoneType, nil:
		default:
			panic(TypeError("character mapping must return integer, None or str"))
		}
	}
	return b.String()
}
