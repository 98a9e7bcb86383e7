package py

import (
	"math"
	"strconv"
	"strings"
)

// FloatHex implements float.hex(): CPython's float_hex, 13 hexadecimal
// digits after the point and a decimal binary exponent
// ((1.5).hex() == '0x1.8000000000000p+0'; subnormals keep exponent -1022).
func FloatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return FloatRepr(x)
	}
	if x == 0 {
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
	}
	b.WriteString("0x")
	d := int(m)
	b.WriteByte(hexdigits[d])
	m -= float64(d)
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		d = int(m)
		b.WriteByte(hexdigits[d])
		m -= float64(d)
	}
	b.WriteByte('p')
	if e >= 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

// FloatFromHex implements float.fromhex(s): optional surrounding
// whitespace and sign, 'inf', 'infinity' or 'nan', or hexadecimal digits
// with an optional point, '0x' prefix and 'p' exponent, rounded half to
// even; CPython's ValueError and OverflowError messages.
func FloatFromHex(s string) float64 {
	invalid := func() float64 { panic(ValueError("invalid hexadecimal floating-point string")) }
	t := trimPySpace(s)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	sign := func(v float64) float64 {
		if neg {
			return -v
		}
		return v
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		return sign(math.Inf(1))
	case "nan":
		return sign(math.NaN())
	}
	if len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	mant, exp := t, "0"
	if i := strings.IndexAny(t, "pP"); i >= 0 {
		mant, exp = t[:i], t[i+1:]
		e := strings.TrimLeft(exp, "+-")
		if len(exp)-len(e) > 1 || e == "" || strings.Trim(e, "0123456789") != "" {
			return invalid()
		}
	}
	digits := strings.Replace(mant, ".", "", 1)
	if digits == "" || strings.Trim(digits, "0123456789abcdefABCDEF") != "" {
		return invalid()
	}
	v, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil {
		ne, ok := err.(*strconv.NumError)
		if !ok || ne.Err != strconv.ErrRange {
			return invalid()
		}
		if math.IsInf(v, 0) {
			panic(OverflowError("hexadecimal value too large to represent as a float"))
		}
	}
	return sign(v)
}
