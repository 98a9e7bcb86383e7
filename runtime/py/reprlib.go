package py

// ReprLib is reprlib.repr(v), the abbreviated repr asyncio uses for the
// results of futures: strings beyond 30 characters and ints beyond 40
// digits keep their ends around "...", lists show at most 6 elements (six
// levels deep), and other values longer than 30 characters are cut like
// strings.
func ReprLib(v any) string { return reprLib(v, 6) }

// reprlibElems returns the first elements of a list (reprlib.repr_list):
// one more than shown tells whether to add "...". ok is false for a value
// that is not a list.
func reprlibElems(v any) (elems []any, ok bool) {
	s, ok := v.(sequence)
	if !ok || s.seqKind() != kindList {
		return nil, false
	}
	n := min(s.seqLen(), 7)
	elems = make([]any, n)
	for i := range n {
		elems[i] = s.seqAt(i)
	}
	return elems, true
}

func reprLib(v any, level int) string {
	cut := func(s string, max int) string {
		if len(s) <= max {
			return s
		}
		r := []rune(s)
		if len(r) <= max {
			return s
		}
		i := (max - 3) / 2
		j := max - 3 - i
		return string(r[:i]) + "..." + string(r[len(r)-j:])
	}
	switch x := v.(type) {
	case string:
		return cut(StrRepr(x), 30)
	case int64:
		return cut(Repr(x), 40)
	}
	if l, ok := reprlibElems(v); ok {
		if len(l) == 0 {
			return "[]"
		}
		if level <= 0 {
			return "[...]"
		}
		s := "["
		for i, e := range l {
			if i == 6 {
				s += ", ..."
				break
			}
			if i > 0 {
				s += ", "
			}
			s += reprLib(e, level-1)
		}
		return s + "]"
	}
	return cut(Repr(v), 30)
}
