package py

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Codec error handlers: bytes.decode(encoding, errors) and
// str.encode(encoding, errors) with errors "strict" (raise), "ignore",
// "replace", "backslashreplace" and (encoding only) "xmlcharrefreplace",
// as CPython's codecs do for utf-8, ascii and latin-1.

func checkErrorsHandler(errors string) {
	switch errors {
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace":
		return
	}
	panic(NewExc(LookupErrorClass, "unknown error handler name '"+errors+"'"))
}

// utf8InvalidLen is the length of the maximal subpart of an ill-formed
// UTF-8 sequence at s[i] (at least 1): CPython replaces each such subpart
// with one U+FFFD.
func utf8InvalidLen(s string, i int) int {
	c := s[i]
	need, lo, hi := 0, byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && i+n < len(s); k++ {
		b := s[i+n]
		if k == 0 && (b < lo || b > hi) || k > 0 && (b < 0x80 || b > 0xBF) {
			break
		}
		n++
	}
	return n
}

func hexByte(b *strings.Builder, c byte) {
	b.WriteString(`\x`)
	b.WriteByte(hexdigits[c>>4])
	b.WriteByte(hexdigits[c&15])
}

// BytesDecodeErrors implements b.decode(encoding, errors).
func BytesDecodeErrors(b Bytes, encoding, errors string) string {
	if errors == "strict" {
		return BytesDecode(b, encoding)
	}
	enc := normEncoding(encoding)
	s := string(b)
	if enc == "latin-1" || enc == "utf-8" && utf8.ValidString(s) {
		return BytesDecode(b, encoding)
	}
	var out strings.Builder
	bad := func(sub string) {
		checkErrorsHandler(errors) // looked up at the first error, as CPython does
		switch errors {
		case "replace":
			out.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for i := 0; i < len(sub); i++ {
				hexByte(&out, sub[i])
			}
		case "xmlcharrefreplace":
			panic(TypeError("don't know how to handle UnicodeDecodeError in error callback"))
		}
	}
	for i := 0; i < len(s); {
		if enc == "ascii" {
			if s[i] >= 0x80 {
				bad(s[i : i+1])
			} else {
				out.WriteByte(s[i])
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w <= 1 {
			n := utf8InvalidLen(s, i)
			bad(s[i : i+n])
			i += n
			continue
		}
		out.WriteString(s[i : i+w])
		i += w
	}
	return out.String()
}

// StrEncodeErrors implements s.encode(encoding, errors).
func StrEncodeErrors(s string, encoding, errors string) Bytes {
	if errors == "strict" {
		return StrEncode(s, encoding)
	}
	enc := normEncoding(encoding)
	if enc == "utf-8" {
		return Bytes(s)
	}
	limit := rune(0x7f)
	if enc == "latin-1" {
		limit = 0xff
	}
	var out strings.Builder
	for _, r := range s {
		if r <= limit {
			out.WriteByte(byte(r))
			continue
		}
		checkErrorsHandler(errors)
		switch errors {
		case "replace":
			out.WriteByte('?')
		case "xmlcharrefreplace":
			out.WriteString("&#" + strconv.Itoa(int(r)) + ";")
		case "backslashreplace":
			switch {
			case r <= 0xff:
				hexByte(&out, byte(r))
			case r <= 0xffff:
				out.WriteString(`\u`)
				for sh := 12; sh >= 0; sh -= 4 {
					out.WriteByte(hexdigits[(r>>sh)&15])
				}
			default:
				out.WriteString(`\U`)
				for sh := 28; sh >= 0; sh -= 4 {
					out.WriteByte(hexdigits[(r>>sh)&15])
				}
			}
		}
	}
	return Bytes(out.String())
}

// BytesHexSep implements b.hex(sep, bytes_per_sep): two hexadecimal digits
// per byte, sep between groups of bytes_per_sep bytes counted from the
// right (from the left when negative); no separator when sep is empty.
func BytesHexSep(b Bytes, sep string, perSep int64) string {
	h := BytesHex(b)
	if sep == "" || len(b) == 0 {
		return h
	}
	if utf8.RuneCountInString(sep) != 1 {
		panic(ValueError("sep must be length 1."))
	}
	if perSep == 0 {
		return h
	}
	n := int64(len(b))
	group := perSep
	if group < 0 {
		group = -group
	}
	var out strings.Builder
	for i := int64(0); i < n; i++ {
		if i > 0 {
			var boundary bool
			if perSep > 0 {
				boundary = (n-i)%group == 0
			} else {
				boundary = i%group == 0
			}
			if boundary {
				out.WriteString(sep)
			}
		}
		out.WriteString(h[2*i : 2*i+2])
	}
	return out.String()
}
