package py

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/bits"
	"strings"
)

// This file holds the methods of bytes that mirror str's (ASCII semantics:
// only ASCII letters change case, only ASCII whitespace is whitespace), and
// the int/float methods of the built-in table.

func isBytesSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func mapBytes(b Bytes, f func(byte) byte) Bytes {
	out := []byte(b)
	for i, c := range out {
		out[i] = f(c)
	}
	return Bytes(out)
}

// BytesUpper implements b.upper().
func BytesUpper(b Bytes) Bytes {
	return mapBytes(b, func(c byte) byte {
		if 'a' <= c && c <= 'z' {
			return c - 32
		}
		return c
	})
}

// BytesLower implements b.lower().
func BytesLower(b Bytes) Bytes {
	return mapBytes(b, func(c byte) byte {
		if 'A' <= c && c <= 'Z' {
			return c + 32
		}
		return c
	})
}

func bytesStrip(b Bytes, chars Opt[Bytes], left, right bool) Bytes {
	in := isBytesSpace
	if chars.Ok {
		set := string(chars.V)
		in = func(c byte) bool { return strings.IndexByte(set, c) >= 0 }
	}
	lo, hi := 0, len(b)
	for left && lo < hi && in(b[lo]) {
		lo++
	}
	for right && hi > lo && in(b[hi-1]) {
		hi--
	}
	return b[lo:hi]
}

// BytesStrip implements b.strip(chars).
func BytesStrip(b Bytes, chars Opt[Bytes]) Bytes { return bytesStrip(b, chars, true, true) }

// BytesLStrip implements b.lstrip(chars).
func BytesLStrip(b Bytes, chars Opt[Bytes]) Bytes { return bytesStrip(b, chars, true, false) }

// BytesRStrip implements b.rstrip(chars).
func BytesRStrip(b Bytes, chars Opt[Bytes]) Bytes { return bytesStrip(b, chars, false, true) }

// BytesSplit implements b.split(sep, maxsplit).
func BytesSplit(b Bytes, sep Opt[Bytes], maxsplit int64) *List[Bytes] {
	out := []Bytes{}
	if sep.Ok {
		if len(sep.V) == 0 {
			panic(ValueError("empty separator"))
		}
		n := -1
		if maxsplit >= 0 {
			n = int(maxsplit) + 1
		}
		for _, p := range strings.SplitN(string(b), string(sep.V), n) {
			out = append(out, Bytes(p))
		}
		return &List[Bytes]{V: out}
	}
	i, n := 0, len(b)
	for {
		for i < n && isBytesSpace(b[i]) {
			i++
		}
		if i >= n {
			break
		}
		if maxsplit >= 0 && int64(len(out)) == maxsplit {
			out = append(out, b[i:])
			break
		}
		j := i
		for j < n && !isBytesSpace(b[j]) {
			j++
		}
		out = append(out, b[i:j])
		i = j
	}
	return &List[Bytes]{V: out}
}

// BytesJoin implements sep.join(xs).
func BytesJoin(sep Bytes, xs []Bytes) Bytes {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	return Bytes(strings.Join(parts, string(sep)))
}

// BytesStartsWith implements b.startswith(prefix).
func BytesStartsWith(b, prefix Bytes) bool { return strings.HasPrefix(string(b), string(prefix)) }

// BytesEndsWith implements b.endswith(suffix).
func BytesEndsWith(b, suffix Bytes) bool { return strings.HasSuffix(string(b), string(suffix)) }

// BytesStartsWithAny implements b.startswith(prefixes[, start[, end]]) for
// a tuple of prefixes.
func BytesStartsWithAny(b Bytes, prefixes []Bytes, start, end Opt[int64]) bool {
	w, _, ok := bytesWindow(b, start, end)
	for _, p := range prefixes {
		if ok && strings.HasPrefix(w, string(p)) {
			return true
		}
	}
	return false
}

// BytesEndsWithAny implements b.endswith(suffixes[, start[, end]]) for a
// tuple of suffixes.
func BytesEndsWithAny(b Bytes, suffixes []Bytes, start, end Opt[int64]) bool {
	w, _, ok := bytesWindow(b, start, end)
	for _, p := range suffixes {
		if ok && strings.HasSuffix(w, string(p)) {
			return true
		}
	}
	return false
}

// BytesStartsWithRange implements b.startswith(prefix, start[, end]).
func BytesStartsWithRange(b, prefix Bytes, start, end Opt[int64]) bool {
	w, _, ok := bytesWindow(b, start, end)
	return ok && strings.HasPrefix(w, string(prefix))
}

// BytesEndsWithRange implements b.endswith(suffix, start[, end]).
func BytesEndsWithRange(b, suffix Bytes, start, end Opt[int64]) bool {
	w, _, ok := bytesWindow(b, start, end)
	return ok && strings.HasSuffix(w, string(suffix))
}

func bytesWindow(b Bytes, start, end Opt[int64]) (string, int64, bool) {
	lo, hi := adjustIndices(start, end, int64(len(b)))
	if lo > hi {
		return "", lo, false
	}
	return string(b[lo:hi]), lo, true
}

func bytesFind(b, sub Bytes, start, end Opt[int64], last bool) int64 {
	w, lo, ok := bytesWindow(b, start, end)
	if !ok {
		return -1
	}
	i := strings.Index(w, string(sub))
	if last {
		i = strings.LastIndex(w, string(sub))
	}
	if i < 0 {
		return -1
	}
	return lo + int64(i)
}

// BytesFind implements b.find(sub, start, end).
func BytesFind(b Bytes, subv any, start, end Opt[int64]) int64 {
	sub := bytesSub(subv)
	return bytesFind(b, sub, start, end, false)
}

// BytesRFind implements b.rfind(sub, start, end).
func BytesRFind(b Bytes, subv any, start, end Opt[int64]) int64 {
	sub := bytesSub(subv)
	return bytesFind(b, sub, start, end, true)
}

// BytesIndex implements b.index(sub, start, end).
func BytesIndex(b Bytes, subv any, start, end Opt[int64]) int64 {
	sub := bytesSub(subv)
	if i := bytesFind(b, sub, start, end, false); i >= 0 {
		return i
	}
	panic(ValueError("subsection not found"))
}

// BytesRIndex implements b.rindex(sub, start, end).
func BytesRIndex(b Bytes, subv any, start, end Opt[int64]) int64 {
	sub := bytesSub(subv)
	if i := bytesFind(b, sub, start, end, true); i >= 0 {
		return i
	}
	panic(ValueError("subsection not found"))
}

// BytesCount implements b.count(sub, start, end).
func BytesCount(b Bytes, subv any, start, end Opt[int64]) int64 {
	sub := bytesSub(subv)
	w, _, ok := bytesWindow(b, start, end)
	if !ok {
		return 0
	}
	if len(sub) == 0 {
		return int64(len(w)) + 1
	}
	return int64(strings.Count(w, string(sub)))
}

// bytesSub is the sub argument of find, count and index: bytes, or an
// int standing for the one byte of that value.
func bytesSub(v any) Bytes {
	switch x := v.(type) {
	case Bytes:
		return x
	case int64:
		if x < 0 || x > 255 {
			panic(ValueError("byte must be in range(0, 256)"))
		}
		return Bytes([]byte{byte(x)})
	case bool:
		if x {
			return "\x01"
		}
		return "\x00"
	}
	panic(TypeError(fmt.Sprintf("argument should be integer or bytes-like object, not '%s'", TypeName(v))))
}

// BytesMakeTrans is bytes.maketrans(frm, to): the 256-byte table mapping
// each byte of frm to the byte of to at its index.
func BytesMakeTrans(frm, to Bytes) Bytes {
	if len(frm) != len(to) {
		panic(ValueError("maketrans arguments must have same length"))
	}
	t := make([]byte, 256)
	for i := range t {
		t[i] = byte(i)
	}
	for i := 0; i < len(frm); i++ {
		t[frm[i]] = to[i]
	}
	return Bytes(t)
}

// BytesTranslate is b.translate(table, delete): the bytes of delete
// removed, the others mapped through table (None: kept as they are).
func BytesTranslate(b Bytes, table Opt[Bytes], del Bytes) Bytes {
	if table.Ok && len(table.V) != 256 {
		panic(ValueError("translation table must be 256 characters long"))
	}
	var drop [256]bool
	for i := 0; i < len(del); i++ {
		drop[del[i]] = true
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if drop[c] {
			continue
		}
		if table.Ok {
			c = table.V[c]
		}
		out = append(out, c)
	}
	return Bytes(out)
}

// BytesReplace implements b.replace(old, new, count).
func BytesReplace(b, old, new Bytes, count int64) Bytes {
	if len(old) == 0 {
		// Between every byte (Go's strings.Replace would use runes).
		var sb strings.Builder
		n := int64(0)
		for i := 0; i <= len(b); i++ {
			if count < 0 || n < count {
				sb.WriteString(string(new))
				n++
			}
			if i < len(b) {
				sb.WriteByte(b[i])
			}
		}
		return Bytes(sb.String())
	}
	return Bytes(strings.Replace(string(b), string(old), string(new), int(count)))
}

// BytesHex implements b.hex().
func BytesHex(b Bytes) string { return hex.EncodeToString([]byte(b)) }

// BytesFromHex implements bytes.fromhex(s): pairs of hex digits, spaces
// between pairs ignored.
func BytesFromHex(s string) Bytes {
	var out []byte
	for i := 0; i < len(s); {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f' {
			i++
			continue
		}
		if i+1 >= len(s) {
			panic(ValueError("non-hexadecimal number found in fromhex() arg at position " + StrInt(int64(i+1))))
		}
		v, err := hex.DecodeString(s[i : i+2])
		if err != nil {
			pos := i
			if _, err := hex.DecodeString(s[i:i+1] + "0"); err == nil {
				pos = i + 1
			}
			panic(ValueError("non-hexadecimal number found in fromhex() arg at position " + StrInt(int64(pos))))
		}
		out = append(out, v[0])
		i += 2
	}
	return Bytes(out)
}

// BytesZeros implements bytes(n).
func BytesZeros(n int64) Bytes {
	if n < 0 {
		panic(ValueError("negative count"))
	}
	CheckAlloc(n, 1) // memlimit.go
	return Bytes(make([]byte, n))
}

func allBytes(b Bytes, f func(byte) bool) bool {
	if len(b) == 0 {
		return false
	}
	for i := 0; i < len(b); i++ {
		if !f(b[i]) {
			return false
		}
	}
	return true
}

func isLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }
func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// BytesIsDigit implements b.isdigit().
func BytesIsDigit(b Bytes) bool { return allBytes(b, isDigitByte) }

// BytesIsAlpha implements b.isalpha().
func BytesIsAlpha(b Bytes) bool {
	return allBytes(b, func(c byte) bool { return isLowerByte(c) || isUpperByte(c) })
}

// BytesIsAlnum implements b.isalnum().
func BytesIsAlnum(b Bytes) bool {
	return allBytes(b, func(c byte) bool { return isLowerByte(c) || isUpperByte(c) || isDigitByte(c) })
}

// BytesIsSpace implements b.isspace().
func BytesIsSpace(b Bytes) bool { return allBytes(b, isBytesSpace) }

// IntToBytes implements i.to_bytes(length, byteorder, signed=signed).
func IntToBytes(i, length int64, byteorder string, signed bool) Bytes {
	if byteorder != "big" && byteorder != "little" {
		panic(ValueError("byteorder must be either 'little' or 'big'"))
	}
	if length < 0 {
		panic(ValueError("length argument must be non-negative"))
	}
	if i < 0 && !signed {
		panic(OverflowError("can't convert negative int to unsigned"))
	}
	// The value must fit in length bytes.
	need := int64(0)
	if signed {
		v := i
		if v < 0 {
			v = ^v
		}
		need = int64(bits.Len64(uint64(v))+1+7) / 8
	} else {
		need = int64(bits.Len64(uint64(i))+7) / 8
	}
	if need > length {
		panic(OverflowError("int too big to convert"))
	}
	out := make([]byte, length)
	u := uint64(i)
	for k := int64(0); k < length; k++ {
		var c byte
		if k < 8 {
			c = byte(u >> (8 * k))
		} else if i < 0 {
			c = 0xff
		}
		if byteorder == "big" {
			out[length-1-k] = c
		} else {
			out[k] = c
		}
	}
	return Bytes(out)
}

// IntFromBytes implements int.from_bytes(b, byteorder, signed=signed).
func IntFromBytes(b Bytes, byteorder string, signed bool) int64 {
	if byteorder != "big" && byteorder != "little" {
		panic(ValueError("byteorder must be either 'little' or 'big'"))
	}
	n := len(b)
	var u uint64
	for k := 0; k < n; k++ {
		var c byte
		if byteorder == "big" {
			c = b[k]
		} else {
			c = b[n-1-k]
		}
		if k < n-8 && c != 0 && !(signed && c == 0xff) {
			panic(OverflowError("int too big to convert"))
		}
		u = u<<8 | uint64(c)
	}
	if signed && n > 0 && n < 8 {
		msb := b[0]
		if byteorder == "little" {
			msb = b[n-1]
		}
		if msb&0x80 != 0 {
			u |= ^uint64(0) << (8 * n)
		}
	}
	if !signed && n >= 8 && u>>63 != 0 {
		panic(OverflowError("int too big to convert"))
	}
	return int64(u)
}

// IntBitLength implements i.bit_length().
func IntBitLength(i int64) int64 {
	if i < 0 {
		if i == -1<<63 {
			return 64
		}
		i = -i
	}
	return int64(bits.Len64(uint64(i)))
}

// FloatIsInteger implements f.is_integer().
func FloatIsInteger(f float64) bool { return !math.IsInf(f, 0) && math.Trunc(f) == f }
