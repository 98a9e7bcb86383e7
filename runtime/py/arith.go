package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// overflow is the OverflowError of int64 arithmetic that overflowed. It is
// kept out of line: inlined, it made AddInt and SubInt too costly for Go's
// inliner (90 > 80), and every int + and - of generated code was a call.
//
//go:noinline
func overflow() *BaseException { return OverflowError("integer overflow") }

// AddInt returns a + b, panicking with OverflowError on int64 overflow.
func AddInt(a, b int64) int64 {
	c := a + b
	if (c > a) != (b > 0) {
		panic(overflow())
	}
	return c
}

// SubInt returns a - b, panicking with OverflowError on int64 overflow.
func SubInt(a, b int64) int64 {
	c := a - b
	if (c < a) != (b > 0) {
		panic(overflow())
	}
	return c
}

// MulInt returns a * b, panicking with OverflowError on int64 overflow.
// Operands within int32's range cannot overflow; the others take mulWide
// (kept out of line so that MulInt is small enough to inline).
func MulInt(a, b int64) int64 {
	if uint64(a+1<<31) < 1<<32 && uint64(b+1<<31) < 1<<32 {
		return a * b
	}
	return mulWide(a, b)
}

// mulWide is MulInt for any operands.
//
//go:noinline
func mulWide(a, b int64) int64 {
	// The 128-bit product: its signed high word is the unsigned one minus
	// b if a < 0 and minus a if b < 0; it fits in int64 when that word is
	// the sign extension of the low one.
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if int64(hi)-(a>>63)&b-(b>>63)&a != int64(lo)>>63 {
		panic(overflow())
	}
	return int64(lo)
}

// NegInt returns -a, panicking with OverflowError for MinInt64.
func NegInt(a int64) int64 {
	if a == math.MinInt64 {
		panic(overflow())
	}
	return -a
}

// AbsInt returns abs(a), panicking with OverflowError for MinInt64.
func AbsInt(a int64) int64 {
	if a < 0 {
		if a == math.MinInt64 {
			panic(overflow())
		}
		return -a
	}
	return a
}

// FloorDivInt returns a // b (floor toward -inf). Non-negative operands
// take the short path, small enough to inline (as ModInt's).
func FloorDivInt(a, b int64) int64 {
	if a >= 0 && b > 0 {
		return a / b
	}
	return floorDivSigned(a, b)
}

// floorDivSigned is FloorDivInt for any operands.
//
//go:noinline
func floorDivSigned(a, b int64) int64 {
	if b == 0 {
		panic(ZeroDivisionError("integer division or modulo by zero"))
	}
	if b == -1 {
		return NegInt(a)
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// ModInt returns a % b (result has the sign of b). Non-negative operands
// (most programs' i % n) take the short path, small enough to inline: with
// a constant n, Go then divides by multiplying.
func ModInt(a, b int64) int64 {
	if a >= 0 && b > 0 {
		return a % b
	}
	return modSigned(a, b)
}

// modSigned is ModInt for any operands.
//
//go:noinline
func modSigned(a, b int64) int64 {
	if b == 0 {
		panic(ZeroDivisionError("integer modulo by zero"))
	}
	m := a % b // Go defines MinInt64 % -1 as 0, as Python's
	if m != 0 && (m^b) < 0 {
		m += b // m and b of opposite signs
	}
	return m
}

// DivModInt returns divmod(a, b).
func DivModInt(a, b int64) Tuple2[int64, int64] {
	return Tuple2[int64, int64]{FloorDivInt(a, b), ModInt(a, b)} // b == 0 fails in FloorDivInt first, as CPython's divmod does
}

// DivInt returns a / b as a correctly rounded float.
func DivInt(a, b int64) float64 {
	if b == 0 {
		panic(ZeroDivisionError("division by zero"))
	}
	const lim = 1 << 53
	if a <= lim && a >= -lim && b <= lim && b >= -lim {
		return float64(a) / float64(b)
	}
	f, _ := new(big.Rat).SetFrac(big.NewInt(a), big.NewInt(b)).Float64()
	if f == 0 && (a < 0) != (b < 0) {
		return math.Copysign(0, -1)
	}
	return f
}

// DivFloat returns a / b for floats.
func DivFloat(a, b float64) float64 {
	if b == 0 {
		panic(ZeroDivisionError("float division by zero"))
	}
	return a / b
}

// FloorDivFloat returns a // b with CPython's float_floor_div semantics.
func FloorDivFloat(a, b float64) float64 {
	if b == 0 {
		panic(ZeroDivisionError("float floor division by zero"))
	}
	d, _ := floatDivMod(a, b)
	return d
}

// ModFloat returns a % b with CPython's float_mod semantics.
func ModFloat(a, b float64) float64 {
	if b == 0 {
		panic(ZeroDivisionError("float modulo"))
	}
	mod := math.Mod(a, b)
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
		}
	} else {
		mod = math.Copysign(0, b)
	}
	return mod
}

// DivModFloat returns divmod(a, b) for floats.
func DivModFloat(a, b float64) Tuple2[float64, float64] {
	if b == 0 {
		panic(ZeroDivisionError("float divmod()"))
	}
	d, m := floatDivMod(a, b)
	return Tuple2[float64, float64]{d, m}
}

func floatDivMod(vx, wx float64) (floordiv, mod float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return
}

// PowInt returns a ** b for b >= 0, panicking with OverflowError on overflow.
func PowInt(a, b int64) int64 {
	if b < 0 {
		panic(TypeError("int ** negative int is not supported (would be a float)"))
	}
	result := int64(1)
	base := a
	for b > 0 {
		if b&1 == 1 {
			result = MulInt(result, base)
		}
		b >>= 1
		if b > 0 {
			base = MulInt(base, base)
		}
	}
	return result
}

func isOddInteger(x float64) bool {
	return math.Mod(x, 2) == 1 || math.Mod(x, 2) == -1
}

// PowFloat returns a ** b with CPython's float_pow semantics and errors.
func PowFloat(iv, iw float64) float64 {
	if iw == 0 {
		return 1
	}
	if iv != iv {
		return iv
	}
	if iw != iw {
		if iv == 1 {
			return 1
		}
		return iw
	}
	if math.IsInf(iw, 0) {
		av := math.Abs(iv)
		if av == 1 {
			return 1
		} else if (iw > 0) == (av > 1) {
			return math.Inf(1)
		}
		return 0
	}
	if math.IsInf(iv, 0) {
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return iv
			}
			return math.Abs(iv)
		}
		if odd {
			return math.Copysign(0, iv)
		}
		return 0
	}
	if iv == 0 {
		odd := isOddInteger(iw)
		if iw < 0 {
			panic(ZeroDivisionError("0.0 cannot be raised to a negative power"))
		}
		if odd {
			return iv
		}
		return 0
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			panic(ValueError("negative number cannot be raised to a fractional power (complex result)"))
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1 {
		if negate {
			return -1
		}
		return 1
	}
	ix := powPositive(iv, iw)
	if math.IsInf(ix, 0) {
		panic(NewExc(OverflowErrorClass, int64(34), "Numerical result out of range"))
	}
	if negate {
		ix = -ix
	}
	return ix
}

// LShiftWrap is the low 64 bits of a << b (under a mask: codegen's
// wrapmask.go).
func LShiftWrap(a, b int64) int64 {
	if b < 0 {
		panic(ValueError("negative shift count"))
	}
	if b >= 64 {
		return 0
	}
	return a << uint(b)
}

// LShiftInt returns a << b (ValueError for negative counts, OverflowError
// when the result does not fit in 64 bits).
func LShiftInt(a, b int64) int64 {
	if b < 0 {
		panic(ValueError("negative shift count"))
	}
	if a == 0 {
		return 0
	}
	if b >= 64 {
		panic(overflow())
	}
	c := a << uint(b)
	if c>>uint(b) != a {
		panic(overflow())
	}
	return c
}

// RShiftInt returns a >> b (arithmetic, ValueError for negative counts).
func RShiftInt(a, b int64) int64 {
	if b < 0 {
		panic(ValueError("negative shift count"))
	}
	if b >= 64 {
		if a < 0 {
			return -1
		}
		return 0
	}
	return a >> uint(b)
}

// IntFromFloat implements int(x) for a float (truncation).
func IntFromFloat(x float64) int64 {
	if x != x {
		panic(ValueError("cannot convert float NaN to integer"))
	}
	if math.IsInf(x, 0) {
		panic(OverflowError("cannot convert float infinity to integer"))
	}
	t := math.Trunc(x)
	if t >= 9223372036854775808.0 || t < -9223372036854775808.0 {
		panic(overflow())
	}
	return int64(t)
}

// RoundFloat implements round(x) (ties to even) returning an int.
func RoundFloat(x float64) int64 {
	if x != x {
		panic(ValueError("cannot convert float NaN to integer"))
	}
	if math.IsInf(x, 0) {
		panic(OverflowError("cannot convert float infinity to integer"))
	}
	return IntFromFloat(math.RoundToEven(x))
}

// RoundFloatN implements round(x, n) with CPython's correctly rounded
// algorithm (round(2.675, 2) == 2.67, round(0.125, 2) == 0.12).
func RoundFloatN(x float64, n int64) float64 {
	if x != x || math.IsInf(x, 0) || x == 0 {
		return x
	}
	if n > 323 {
		return x
	}
	if n < -308 {
		return 0 * x
	}
	var y float64
	if n >= 0 {
		s := strconv.FormatFloat(x, 'f', int(n), 64)
		y, _ = strconv.ParseFloat(s, 64)
	} else {
		r := new(big.Rat).SetFloat64(x)
		m := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		r.Quo(r, new(big.Rat).SetInt(m))
		q := roundRatHalfEven(r)
		q.Mul(q, m)
		y, _ = new(big.Float).SetInt(q).Float64()
	}
	if math.IsInf(y, 0) {
		panic(OverflowError("rounded value too large to represent"))
	}
	if y == 0 {
		return math.Copysign(0, x)
	}
	return y
}

func roundRatHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	// q truncated toward zero; m has sign of num
	m2 := new(big.Int).Abs(m)
	m2.Lsh(m2, 1)
	c := m2.Cmp(den)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// RoundIntN implements round(x, n) for an int (round half to even for n < 0).
func RoundIntN(x, n int64) int64 {
	if n >= 0 {
		return x
	}
	if n < -19 {
		return 0
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	r := new(big.Rat).SetFrac(big.NewInt(x), p)
	q := roundRatHalfEven(r)
	q.Mul(q, p)
	if !q.IsInt64() {
		panic(overflow())
	}
	return q.Int64()
}

// BoolToInt returns int(b).
func BoolToInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	if r < 0x80 {
		return false
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == 0x2028 || r == 0x2029
}

func trimPySpace(s string) string {
	return strings.TrimFunc(s, isPySpace)
}

// reprCut is CPython's %.200R in int()'s ValueError: the argument's repr
// cut to its first 200 characters.
func reprCut(r string) string {
	n := 0
	for i := range r {
		if n == 200 {
			return r[:i]
		}
		n++
	}
	return r
}

// ParseInt implements int(s) for a str in base 10.
func ParseInt(s string) int64 {
	v, ok := parseIntBase10(s)
	if !ok {
		panic(ValueError("invalid literal for int() with base 10: " + reprCut(StrRepr(s))))
	}
	return v
}

func parseIntBase10(s string) (int64, bool) {
	t := trimPySpace(s)
	neg := false
	if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	if len(t) == 0 {
		return 0, false
	}
	var u uint64
	prevDigit := false
	for i := 0; i < len(t); {
		c := t[i]
		var d int
		if c >= '0' && c <= '9' {
			d = int(c - '0')
			i++
		} else if c == '_' {
			if !prevDigit || i+1 >= len(t) {
				return 0, false
			}
			prevDigit = false
			i++
			continue
		} else {
			r, n := utf8.DecodeRuneInString(t[i:])
			dv := unicodeDigit(r)
			if dv < 0 {
				return 0, false
			}
			d = dv
			i += n
		}
		prevDigit = true
		hi, lo := bits.Mul64(u, 10)
		if hi != 0 {
			panic(overflow())
		}
		lo2, carry := bits.Add64(lo, uint64(d), 0)
		if carry != 0 {
			panic(overflow())
		}
		u = lo2
		if u > 1<<63 {
			panic(overflow())
		}
	}
	if !prevDigit {
		return 0, false
	}
	if neg {
		return -int64(u), true
	}
	if u == 1<<63 {
		panic(overflow())
	}
	return int64(u), true
}

// unicodeDigit returns the decimal value of a Unicode Nd digit, or -1.
func unicodeDigit(r rune) int {
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// Nd digits come in runs of ten starting at a zero, and adjacent runs
	// (the five sets of mathematical digits at U+1D7CE) continue the count.
	z := r
	for unicode.Is(unicode.Nd, z-1) {
		z--
	}
	return int(r-z) % 10
}

// decimalsToASCII rewrites the Unicode decimal digits of s as ASCII
// digits and its Unicode whitespace as spaces before int() or float()
// parses it, as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII
// ('١٢٣' is 123); any other non-ASCII character becomes '?', which no
// parser accepts.
func decimalsToASCII(s string) string {
	if isASCII(s) && !strings.ContainsRune(s, 0x7f) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x7f:
			b.WriteRune(r)
		case isPySpace(r):
			b.WriteByte(' ')
		default:
			d := unicodeDigit(r)
			if d < 0 {
				b.WriteByte('?')
				return b.String()
			}
			b.WriteByte(byte('0' + d))
		}
	}
	return b.String()
}

// ParseFloat implements float(s) for a str.
func ParseFloat(s string) float64 {
	v, ok := parseFloatPy(s)
	if !ok {
		panic(ValueError("could not convert string to float: " + StrRepr(s)))
	}
	return v
}

func parseFloatPy(s string) (float64, bool) {
	t := trimPySpace(decimalsToASCII(s))
	if t == "" {
		return 0, false
	}
	body := t
	neg := false
	if body[0] == '+' || body[0] == '-' {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		if neg {
			return math.Copysign(FreshNaN(), -1), true // a new object (nankey.go)
		}
		return FreshNaN(), true
	}
	// Validate Python's float grammar and remove underscores.
	var clean []byte
	i := 0
	digits := func() int {
		n := 0
		for i < len(body) {
			c := body[i]
			if c >= '0' && c <= '9' {
				clean = append(clean, c)
				n++
				i++
			} else if c == '_' && n > 0 && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9' {
				i++
			} else {
				break
			}
		}
		return n
	}
	if neg {
		clean = append(clean, '-')
	}
	nInt := digits()
	nFrac := 0
	if i < len(body) && body[i] == '.' {
		clean = append(clean, '.')
		i++
		nFrac = digits()
	}
	if nInt == 0 && nFrac == 0 {
		return 0, false
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		clean = append(clean, 'e')
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			clean = append(clean, body[i])
			i++
		}
		if digits() == 0 {
			return 0, false
		}
	}
	if i != len(body) {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(clean), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return v, true
		}
		return 0, false
	}
	return v, true
}

// ParseIntBase implements int(s, base) for base 0 or 2..36 (prefixes
// 0x/0o/0b, underscores and surrounding whitespace as CPython).
func ParseIntBase(s string, base int64) int64 {
	return parseIntBase(s, base, StrRepr)
}

// parseIntBase is ParseIntBase showing the argument as shown(s) in the
// ValueError (a bytes argument shows as b'...').
func parseIntBase(s string, base int64, shown func(string) string) int64 {
	if base != 0 && (base < 2 || base > 36) {
		panic(ValueError("int() base must be >= 2 and <= 36, or 0"))
	}
	bad := func() *BaseException {
		return ValueError("invalid literal for int() with base " + StrInt(base) + ": " + reprCut(shown(s)))
	}
	if base == 10 {
		v, ok := parseIntBase10(s)
		if !ok {
			panic(bad())
		}
		return v
	}
	t := trimPySpace(decimalsToASCII(s))
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	b := base
	if len(t) >= 2 && t[0] == '0' {
		p := t[1] | 0x20
		switch {
		case p == 'x' && (b == 0 || b == 16):
			b, t = 16, t[2:]
		case p == 'o' && (b == 0 || b == 8):
			b, t = 8, t[2:]
		case p == 'b' && (b == 0 || b == 2):
			b, t = 2, t[2:]
		}
		if b != 0 && len(t) > 0 && t[0] == '_' {
			t = t[1:] // 0x_1f is valid
		}
	}
	if b == 0 {
		// decimal without prefix: no leading zeros unless the value is zero
		b = 10
		digits := strings.ReplaceAll(t, "_", "")
		if len(digits) > 1 && digits[0] == '0' && strings.Trim(digits, "0") != "" {
			panic(bad())
		}
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		panic(bad())
	}
	var u uint64
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '_' {
			continue
		}
		var d uint64
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			d = uint64(c|0x20-'a') + 10
		default:
			panic(bad())
		}
		if d >= uint64(b) {
			panic(bad())
		}
		hi, lo := bits.Mul64(u, uint64(b))
		lo, carry := bits.Add64(lo, d, 0)
		if hi != 0 || carry != 0 || lo > 1<<63 {
			panic(overflow())
		}
		u = lo
	}
	if neg {
		return -int64(u)
	}
	if u == 1<<63 {
		panic(overflow())
	}
	return int64(u)
}

// bytesNumeral reports whether b may be parsed as a str numeral: int(b)
// and float(b) accept ASCII only, and only ASCII whitespace around it
// (not str's \x1c-\x1f separators).
func bytesNumeral(b Bytes) bool {
	for i := 0; i < len(b); i++ {
		if c := b[i]; c >= 0x80 || (c >= 0x1c && c <= 0x1f) {
			return false
		}
	}
	return true
}

func bytesShown(s string) string { return Repr(Bytes(s)) }

// ParseIntBytes implements int(b, base) for a bytes numeral (base 10 when
// none is given).
func ParseIntBytes(b Bytes, base int64) int64 {
	if !bytesNumeral(b) {
		if base != 0 && (base < 2 || base > 36) {
			panic(ValueError("int() base must be >= 2 and <= 36, or 0"))
		}
		panic(ValueError("invalid literal for int() with base " + StrInt(base) + ": " + reprCut(bytesShown(string(b)))))
	}
	return parseIntBase(string(b), base, bytesShown)
}

// ParseFloatBytes implements float(b) for a bytes numeral.
func ParseFloatBytes(b Bytes) float64 {
	v, ok := parseFloatPy(string(b))
	if !ok || !bytesNumeral(b) {
		panic(ValueError("could not convert string to float: " + bytesShown(string(b))))
	}
	return v
}
