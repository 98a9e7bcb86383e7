package py

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Reprer is implemented by values that know their Python repr (containers,
// tuples, exceptions, generated classes).
type Reprer interface {
	PyRepr(b *strings.Builder)
}

// Strer is implemented by values whose str() differs from their repr()
// (generated classes with __str__, exceptions).
type Strer interface {
	PyStr() string
}

// Repr returns repr(v) formatted exactly as CPython.
func Repr(v any) string {
	switch x := v.(type) {
	case int64:
		return strconv.FormatInt(x, 10)
	case string:
		return StrRepr(x)
	case float64:
		return FloatRepr(x)
	case bool:
		if x {
			return "True"
		}
		return "False"
	case NoneType:
		return "None"
	}
	var b strings.Builder
	reprTo(&b, v)
	return b.String()
}

// ReprTo appends repr(v) to b (for use by generated PyRepr methods).
func ReprTo(b *strings.Builder, v any) { reprTo(b, v) }

func reprTo(b *strings.Builder, v any) {
	switch x := v.(type) {
	case int64:
		var buf [24]byte
		b.Write(strconv.AppendInt(buf[:0], x, 10))
	case string:
		strReprTo(b, x)
	case float64:
		var buf [32]byte
		b.Write(appendFloatRepr(buf[:0], x))
	case bool:
		if x {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case NoneType:
		b.WriteString("None")
	case nil:
		b.WriteString("None")
	case Bytes:
		bytesReprTo(b, string(x))
	case Reprer:
		x.PyRepr(b)
	case Opt[int64]:
		if x.Ok {
			reprTo(b, x.V)
		} else {
			b.WriteString("None")
		}
	case Opt[string]:
		if x.Ok {
			strReprTo(b, x.V)
		} else {
			b.WriteString("None")
		}
	case Opt[float64]:
		if x.Ok {
			reprTo(b, x.V)
		} else {
			b.WriteString("None")
		}
	case optional:
		reprTo(b, x.Any())
	case int:
		b.WriteString(strconv.Itoa(x))
	case int32:
		b.WriteString(strconv.FormatInt(int64(x), 10))
	case uint8:
		b.WriteString(strconv.FormatInt(int64(x), 10))
	case float32:
		reprTo(b, float64(x))
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			reprTo(b, e)
		}
		b.WriteByte(']')
	case error:
		b.WriteString("<error ")
		strReprTo(b, x.Error())
		b.WriteString(">")
	default:
		if r, ok := funcRepr(v); ok {
			b.WriteString(r) // a built-in held as a func value (funcname.go)
			return
		}
		b.WriteString("<object>")
	}
}

// Str returns str(v): strings are returned as is, values implementing
// Strer use PyStr, everything else uses Repr.
func Str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return FloatRepr(x)
	case bool:
		if x {
			return "True"
		}
		return "False"
	case NoneType:
		return "None"
	case Strer:
		return x.PyStr()
	case Opt[string]:
		if x.Ok {
			return x.V
		}
		return "None"
	case optional:
		return Str(x.Any())
	}
	return Repr(v)
}

// StrInt returns str(i) for an int.
func StrInt(i int64) string { return strconv.FormatInt(i, 10) }

// StrBool returns str(b) for a bool.
func StrBool(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

// FloatRepr returns repr(x) (== str(x)) for a float, as CPython.
func FloatRepr(x float64) string {
	var buf [32]byte
	return string(appendFloatRepr(buf[:0], x))
}

// shortestDigits returns the shortest round-trip decimal digits of |x| (x
// finite, nonzero) and decpt such that |x| = 0.DIGITS * 10**decpt.
func shortestDigits(dst []byte, x float64) ([]byte, int) {
	var tmp [32]byte
	s := strconv.AppendFloat(tmp[:0], math.Abs(x), 'e', -1, 64)
	// s looks like d[.ddd]e±XX
	i := 0
	for ; i < len(s) && s[i] != 'e'; i++ {
		if s[i] != '.' {
			dst = append(dst, s[i])
		}
	}
	exp, neg := 0, false
	for _, c := range s[i+1:] {
		switch {
		case c == '-':
			neg = true
		case c >= '0' && c <= '9':
			exp = exp*10 + int(c-'0')
		}
	}
	if neg {
		exp = -exp
	}
	return dst, exp + 1
}

func appendFloatRepr(dst []byte, x float64) []byte {
	if math.IsInf(x, 0) {
		if x > 0 {
			return append(dst, "inf"...)
		}
		return append(dst, "-inf"...)
	}
	if x != x {
		return append(dst, "nan"...)
	}
	if x == 0 {
		if math.Signbit(x) {
			return append(dst, "-0.0"...)
		}
		return append(dst, "0.0"...)
	}
	// Fast path for small integral values.
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		dst = strconv.AppendInt(dst, int64(x), 10)
		return append(dst, ".0"...)
	}
	var dbuf [24]byte
	digits, decpt := shortestDigits(dbuf[:0], x)
	if x < 0 {
		dst = append(dst, '-')
	}
	return appendReprDigits(dst, digits, decpt)
}

// appendReprDigits lays out digits like CPython's repr ('r' mode with
// Py_DTSF_ADD_DOT_0): fixed notation when -4 < decpt <= 16.
func appendReprDigits(dst []byte, digits []byte, decpt int) []byte {
	nd := len(digits)
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			dst = append(dst, '0', '.')
			for i := 0; i < -decpt; i++ {
				dst = append(dst, '0')
			}
			dst = append(dst, digits...)
		case decpt >= nd:
			dst = append(dst, digits...)
			for i := nd; i < decpt; i++ {
				dst = append(dst, '0')
			}
			dst = append(dst, '.', '0')
		default:
			dst = append(dst, digits[:decpt]...)
			dst = append(dst, '.')
			dst = append(dst, digits[decpt:]...)
		}
		return dst
	}
	dst = append(dst, digits[0])
	if nd > 1 {
		dst = append(dst, '.')
		dst = append(dst, digits[1:]...)
	}
	return appendExp(dst, 'e', decpt-1)
}

func appendExp(dst []byte, e byte, exp int) []byte {
	dst = append(dst, e)
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(exp), 10)
}

// StrRepr returns repr(s) for a str, choosing quotes and escapes as CPython.
func StrRepr(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	strReprTo(&b, s)
	return b.String()
}

const hexdigits = "0123456789abcdef"

func strReprTo(b *strings.Builder, s string) {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteByte(hexdigits[c>>4])
				b.WriteByte(hexdigits[c&15])
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			// Invalid UTF-8 (e.g. a lone surrogate): show the byte.
			b.WriteString(`\x`)
			b.WriteByte(hexdigits[c>>4])
			b.WriteByte(hexdigits[c&15])
			i++
			continue
		}
		i += n
		if unicode.IsPrint(r) {
			b.WriteString(s[i-n : i])
			continue
		}
		switch {
		case r < 0x100:
			b.WriteString(`\x`)
			writeHex(b, uint32(r), 2)
		case r < 0x10000:
			b.WriteString(`\u`)
			writeHex(b, uint32(r), 4)
		default:
			b.WriteString(`\U`)
			writeHex(b, uint32(r), 8)
		}
	}
	b.WriteByte(quote)
}

func writeHex(b *strings.Builder, v uint32, n int) {
	for i := n - 1; i >= 0; i-- {
		b.WriteByte(hexdigits[(v>>(4*uint(i)))&15])
	}
}

func bytesReprTo(b *strings.Builder, s string) { bytesReprQuoted(b, s, false) }

// bytesReprQuoted writes b'...' for s; a bytearray's repr (always) escapes
// single quotes even between double quotes (CPython's bytearray_repr:
// bytearray(b"it\'s")).
func bytesReprQuoted(b *strings.Builder, s string, escapeSingle bool) {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\' || escapeSingle && c == '\'':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexdigits[c>>4])
			b.WriteByte(hexdigits[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
}

// PyRepr writes repr(b).
func (s Bytes) PyRepr(b *strings.Builder) { bytesReprTo(b, string(s)) }

var (
	stdoutMu sync.Mutex
	stdout   = bufio.NewWriterSize(os.Stdout, 64<<10)
)

// Print implements print(*args, sep=sep, end=end) on the buffered stdout.
func Print(sep, end string, args ...any) {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		switch x := a.(type) {
		case string:
			b.WriteString(x)
		case int64:
			var buf [24]byte
			b.Write(strconv.AppendInt(buf[:0], x, 10))
		case float64:
			b.WriteString(FloatRepr(x))
		case bool:
			if x {
				b.WriteString("True")
			} else {
				b.WriteString("False")
			}
		default:
			// str() may run user code (__str__, __repr__ of elements)
			// that prints or raises: CPython's print has written what
			// comes before by then.
			if b.Len() > 0 {
				WriteStdout(b.String())
				b.Reset()
			}
			b.WriteString(Str(a))
		}
	}
	b.WriteString(end)
	WriteStdout(b.String())
}

// PrintFlush is print(*args, sep=sep, end=end, flush=flush): Print, then
// the buffered stdout is flushed when flush is true.
func PrintFlush(flush bool, sep, end string, args ...any) {
	Print(sep, end, args...)
	if flush {
		Flush()
	}
}

// WriteStdout writes s to the buffered stdout without formatting.
func WriteStdout(s string) {
	if o := routed(); o != nil { // output.go: a hosted loop's own stdout
		o.writeOut(s)
		return
	}
	stdoutMu.Lock()
	stdout.WriteString(s)
	stdoutMu.Unlock()
}

// Flush flushes the buffered stdout.
func Flush() {
	if o := routed(); o != nil {
		o.Flush()
		return
	}
	stdoutMu.Lock()
	stdout.Flush()
	stdoutMu.Unlock()
}

// Stderr writes s to stderr after flushing stdout (keeps interleaving sane).
func Stderr(s string) {
	Flush()
	if o := routed(); o != nil {
		o.writeErr(s)
		return
	}
	os.Stderr.WriteString(s)
}

// BuiltinRepr is the value of a built-in callable named as a value (len,
// str.upper): the text CPython prints for it, <built-in function len>.
type BuiltinRepr string

// PyRepr writes the callable's repr.
func (s BuiltinRepr) PyRepr(b *strings.Builder) { b.WriteString(string(s)) }

// PyTypeName is type(f).__name__: "type" for a class named as a value
// (str, int), else "builtin_function_or_method".
func (s BuiltinRepr) PyTypeName() string {
	if strings.HasPrefix(string(s), "<class ") {
		return "type"
	}
	return "builtin_function_or_method"
}
