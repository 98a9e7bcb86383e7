package py

import "strings"

// The bytes methods CPython shares with str, with bytes semantics: ASCII
// letters only for the case methods, ASCII whitespace, single-byte fills.

func bytesFill(fill Bytes) byte {
	if len(fill) != 1 {
		panic(TypeError("center() argument 2 must be a byte string of length 1, not bytes"))
	}
	return fill[0]
}

// BytesCenter implements b.center(width, fillbyte).
func BytesCenter(b Bytes, width int64, fill Bytes) Bytes {
	f := string([]byte{bytesFill(fill)})
	n := int64(len(b))
	if width <= n {
		return b
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	return Bytes(strings.Repeat(f, int(left)) + string(b) + strings.Repeat(f, int(marg-left)))
}

// BytesLJust implements b.ljust(width, fillbyte).
func BytesLJust(b Bytes, width int64, fill Bytes) Bytes {
	f := string([]byte{bytesFill(fill)})
	if n := int64(len(b)); width > n {
		return b + Bytes(strings.Repeat(f, int(width-n)))
	}
	return b
}

// BytesRJust implements b.rjust(width, fillbyte).
func BytesRJust(b Bytes, width int64, fill Bytes) Bytes {
	f := string([]byte{bytesFill(fill)})
	if n := int64(len(b)); width > n {
		return Bytes(strings.Repeat(f, int(width-n))) + b
	}
	return b
}

// BytesZfill implements b.zfill(width).
func BytesZfill(b Bytes, width int64) Bytes {
	n := int64(len(b))
	if width <= n {
		return b
	}
	fill := strings.Repeat("0", int(width-n))
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		return b[:1] + Bytes(fill) + b[1:]
	}
	return Bytes(fill) + b
}

// BytesPartition implements b.partition(sep).
func BytesPartition(b, sep Bytes) Tuple3[Bytes, Bytes, Bytes] {
	if len(sep) == 0 {
		panic(ValueError("empty separator"))
	}
	i := strings.Index(string(b), string(sep))
	if i < 0 {
		return Tuple3[Bytes, Bytes, Bytes]{b, "", ""}
	}
	return Tuple3[Bytes, Bytes, Bytes]{b[:i], sep, b[i+len(sep):]}
}

// BytesRPartition implements b.rpartition(sep).
func BytesRPartition(b, sep Bytes) Tuple3[Bytes, Bytes, Bytes] {
	if len(sep) == 0 {
		panic(ValueError("empty separator"))
	}
	i := strings.LastIndex(string(b), string(sep))
	if i < 0 {
		return Tuple3[Bytes, Bytes, Bytes]{"", "", b}
	}
	return Tuple3[Bytes, Bytes, Bytes]{b[:i], sep, b[i+len(sep):]}
}

// BytesRemovePrefix implements b.removeprefix(prefix).
func BytesRemovePrefix(b, p Bytes) Bytes { return Bytes(strings.TrimPrefix(string(b), string(p))) }

// BytesRemoveSuffix implements b.removesuffix(suffix).
func BytesRemoveSuffix(b, p Bytes) Bytes {
	if len(p) == 0 {
		return b
	}
	return Bytes(strings.TrimSuffix(string(b), string(p)))
}

// BytesRSplit implements b.rsplit(sep, maxsplit).
func BytesRSplit(b Bytes, sep Opt[Bytes], maxsplit int64) *List[Bytes] {
	if maxsplit < 0 {
		return BytesSplit(b, sep, -1)
	}
	var parts []Bytes
	if sep.Ok {
		if len(sep.V) == 0 {
			panic(ValueError("empty separator"))
		}
		s := string(b)
		for maxsplit > 0 {
			i := strings.LastIndex(s, string(sep.V))
			if i < 0 {
				break
			}
			parts = append(parts, Bytes(s[i+len(sep.V):]))
			s = s[:i]
			maxsplit--
		}
		parts = append(parts, Bytes(s))
	} else {
		j := len(b)
		for j > 0 && isBytesSpace(b[j-1]) {
			j--
		}
		for j > 0 {
			if maxsplit == 0 {
				parts = append(parts, b[:j])
				break
			}
			i := j
			for i > 0 && !isBytesSpace(b[i-1]) {
				i--
			}
			parts = append(parts, b[i:j])
			maxsplit--
			for i > 0 && isBytesSpace(b[i-1]) {
				i--
			}
			j = i
		}
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	if parts == nil {
		parts = []Bytes{}
	}
	return &List[Bytes]{V: parts}
}

// BytesSplitlines implements b.splitlines(keepends): only \n, \r and \r\n
// end lines.
func BytesSplitlines(b Bytes, keepends bool) *List[Bytes] {
	out := []Bytes{}
	i, n := 0, len(b)
	for i < n {
		j := i
		for j < n && b[j] != '\n' && b[j] != '\r' {
			j++
		}
		eol := j
		if j < n {
			if b[j] == '\r' && j+1 < n && b[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
			if keepends {
				eol = j
			}
		}
		out = append(out, b[i:eol])
		i = j
	}
	return &List[Bytes]{V: out}
}

// BytesExpandTabs implements b.expandtabs(tabsize).
func BytesExpandTabs(b Bytes, tabsize int64) Bytes {
	var sb strings.Builder
	col := int64(0)
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				sb.WriteString(strings.Repeat(" ", int(n)))
				col += n
			}
		case '\n', '\r':
			sb.WriteByte(c)
			col = 0
		default:
			sb.WriteByte(c)
			col++
		}
	}
	return Bytes(sb.String())
}

func mapBytesAt(b Bytes, f func(i int, c byte, prev byte) byte) Bytes {
	out := make([]byte, len(b))
	var prev byte
	for i := 0; i < len(b); i++ {
		out[i] = f(i, b[i], prev)
		prev = b[i]
	}
	return Bytes(out)
}

func lowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + 'a' - 'A'
	}
	return c
}

func upperByte(c byte) byte {
	if isLowerByte(c) {
		return c - 'a' + 'A'
	}
	return c
}

func isCasedByte(c byte) bool { return isLowerByte(c) || isUpperByte(c) }

// BytesCapitalize implements b.capitalize().
func BytesCapitalize(b Bytes) Bytes {
	return mapBytesAt(b, func(i int, c, _ byte) byte {
		if i == 0 {
			return upperByte(c)
		}
		return lowerByte(c)
	})
}

// BytesSwapCase implements b.swapcase().
func BytesSwapCase(b Bytes) Bytes {
	return mapBytesAt(b, func(_ int, c, _ byte) byte {
		if isUpperByte(c) {
			return lowerByte(c)
		}
		return upperByte(c)
	})
}

// BytesTitle implements b.title().
func BytesTitle(b Bytes) Bytes {
	return mapBytesAt(b, func(i int, c, prev byte) byte {
		if i > 0 && isCasedByte(prev) {
			return lowerByte(c)
		}
		return upperByte(c)
	})
}

// BytesIsASCII implements b.isascii().
func BytesIsASCII(b Bytes) bool {
	for i := 0; i < len(b); i++ {
		if b[i] >= 0x80 {
			return false
		}
	}
	return true
}

// BytesIsLower implements b.islower().
func BytesIsLower(b Bytes) bool {
	cased := false
	for i := 0; i < len(b); i++ {
		if isUpperByte(b[i]) {
			return false
		}
		cased = cased || isLowerByte(b[i])
	}
	return cased
}

// BytesIsUpper implements b.isupper().
func BytesIsUpper(b Bytes) bool {
	cased := false
	for i := 0; i < len(b); i++ {
		if isLowerByte(b[i]) {
			return false
		}
		cased = cased || isUpperByte(b[i])
	}
	return cased
}

// BytesIsTitle implements b.istitle().
func BytesIsTitle(b Bytes) bool {
	cased, prevCased := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case isUpperByte(c):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerByte(c):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// IntBitCount implements i.bit_count().
func IntBitCount(i int64) int64 {
	u := uint64(i)
	if i < 0 {
		u = uint64(-i)
	}
	n := int64(0)
	for ; u != 0; u &= u - 1 {
		n++
	}
	return n
}

// IntAsIntegerRatio implements i.as_integer_ratio().
func IntAsIntegerRatio(i int64) Tuple2[int64, int64] { return MakeTuple2(i, int64(1)) }
