package py

import "strings"

// A bytearray is a List[int64] marked ba: a mutable sequence of ints in
// range(256) that indexes, slices, iterates, appends and extends as a list
// does, and prints, hexes and decodes as bytes do. Its slices, copies,
// concatenations and repetitions are bytearrays; storing an int outside
// range(256) raises ValueError, as in CPython.

// checkByte raises CPython's ValueError for a value stored in a bytearray
// that is not a byte.
func checkByte(v any) {
	if x, ok := v.(int64); ok && (x < 0 || x > 255) {
		panic(ValueError("byte must be in range(0, 256)"))
	}
}

// checkBytes checks every value of xs (see checkByte).
func checkBytes[T any](xs []T) {
	for _, x := range xs {
		checkByte(any(x))
	}
}

// NewByteArray returns bytearray(n): n zero bytes.
func NewByteArray(n int64) *List[int64] {
	if n < 0 {
		panic(ValueError("negative count"))
	}
	return &List[int64]{V: make([]int64, n), ba: true}
}

// ByteArrayOf returns bytearray(b) of bytes.
func ByteArrayOf(b Bytes) *List[int64] {
	v := make([]int64, len(b))
	for i := 0; i < len(b); i++ {
		v[i] = int64(b[i])
	}
	return &List[int64]{V: v, ba: true}
}

// ByteArrayOfInts returns bytearray(xs) of ints (ValueError for one outside
// range(256)).
func ByteArrayOfInts(xs []int64) *List[int64] {
	checkBytes(xs)
	v := make([]int64, len(xs))
	copy(v, xs)
	return &List[int64]{V: v, ba: true}
}

// ByteArrayBytes returns bytes(ba).
func ByteArrayBytes(l *List[int64]) Bytes {
	out := make([]byte, len(l.V))
	for i, x := range l.V {
		out[i] = byte(x)
	}
	return Bytes(out)
}

// ByteArrayHex implements bytearray.hex(sep, bytes_per_sep).
func ByteArrayHex(l *List[int64], sep string, perSep int64) string {
	return BytesHexSep(ByteArrayBytes(l), sep, perSep)
}

// ByteArrayDecode implements bytearray.decode(encoding, errors).
func ByteArrayDecode(l *List[int64], encoding, errors string) string {
	return BytesDecodeErrors(ByteArrayBytes(l), encoding, errors)
}

// ByteArrayExtendBytes implements ba.extend(b) and ba += b of bytes.
func ByteArrayExtendBytes(l *List[int64], b Bytes) *List[int64] {
	for i := 0; i < len(b); i++ {
		l.V = append(l.V, int64(b[i]))
	}
	return l
}

// byteArrayRepr writes bytearray(b'...') of a bytearray's values.
func byteArrayRepr(b *strings.Builder, xs []int64) {
	out := make([]byte, len(xs))
	for i, x := range xs {
		out[i] = byte(x)
	}
	b.WriteString("bytearray(")
	bytesReprQuoted(b, string(out), true)
	b.WriteString(")")
}

// ByteArraysOf converts the list of bytes a bytes method returned for a
// bytearray (ba.split()) to a list of bytearrays.
func ByteArraysOf(l *List[Bytes]) *List[*List[int64]] {
	out := make([]*List[int64], len(l.V))
	for i, b := range l.V {
		out[i] = ByteArrayOf(b)
	}
	return &List[*List[int64]]{V: out}
}

// ByteArrayTuple3 converts the parts of ba.partition(sep) to bytearrays.
func ByteArrayTuple3(t Tuple3[Bytes, Bytes, Bytes]) Tuple3[*List[int64], *List[int64], *List[int64]] {
	return Tuple3[*List[int64], *List[int64], *List[int64]]{ByteArrayOf(t.F0), ByteArrayOf(t.F1), ByteArrayOf(t.F2)}
}
