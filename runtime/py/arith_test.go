package py

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func atoi(t *testing.T, s string) int64 {
	t.Helper()
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestIntArithGolden(t *testing.T) {
	var cases [][8]any
	loadJSON(t, "intarith.json", &cases)
	pair := func(v any) [2]string {
		x := v.([]any)
		return [2]string{x[0].(string), x[1].(string)}
	}
	for _, c := range cases {
		a, b := atoi(t, c[0].(string)), atoi(t, c[1].(string))
		ops := []struct {
			name string
			f    func() string
		}{
			{"+", func() string { return StrInt(AddInt(a, b)) }},
			{"-", func() string { return StrInt(SubInt(a, b)) }},
			{"*", func() string { return StrInt(MulInt(a, b)) }},
			{"//", func() string { return StrInt(FloorDivInt(a, b)) }},
			{"%", func() string { return StrInt(ModInt(a, b)) }},
			{"/", func() string { return pyHex(DivInt(a, b)) }},
		}
		for i, op := range ops {
			want := pair(c[2+i])
			got := result(op.f)
			if op.name == "/" && want[0] == "ok" && got[0] == "ok" {
				if !sameFloat(t, hexf(t, got[1]), want[1]) {
					t.Errorf("%d / %d = %s, want %s", a, b, got[1], want[1])
				}
				continue
			}
			if got != want {
				t.Errorf("%d %s %d = %v, want %v", a, op.name, b, got, want)
			}
		}
	}
}

func TestIntPowShiftGolden(t *testing.T) {
	var pw [][3]any
	loadJSON(t, "intpow.json", &pw)
	for _, c := range pw {
		a, b := atoi(t, c[0].(string)), atoi(t, c[1].(string))
		w := c[2].([]any)
		got := result(func() string { return StrInt(PowInt(a, b)) })
		if got != [2]string{w[0].(string), w[1].(string)} {
			t.Errorf("%d ** %d = %v, want %v", a, b, got, w)
		}
	}
	var sh [][4]any
	loadJSON(t, "shift.json", &sh)
	for _, c := range sh {
		a, b := atoi(t, c[0].(string)), atoi(t, c[1].(string))
		w1, w2 := c[2].([]any), c[3].([]any)
		if got := result(func() string { return StrInt(LShiftInt(a, b)) }); got != [2]string{w1[0].(string), w1[1].(string)} {
			t.Errorf("%d << %d = %v, want %v", a, b, got, w1)
		}
		if got := result(func() string { return StrInt(RShiftInt(a, b)) }); got != [2]string{w2[0].(string), w2[1].(string)} {
			t.Errorf("%d >> %d = %v, want %v", a, b, got, w2)
		}
	}
}

func TestFloatArithGolden(t *testing.T) {
	var cases [][6]any
	loadJSON(t, "floatarith.json", &cases)
	for _, c := range cases {
		a, b := hexf(t, c[0].(string)), hexf(t, c[1].(string))
		ops := []struct {
			name string
			f    func() string
		}{
			{"/", func() string { return pyHex(DivFloat(a, b)) }},
			{"//", func() string { return pyHex(FloorDivFloat(a, b)) }},
			{"%", func() string { return pyHex(ModFloat(a, b)) }},
			{"**", func() string { return pyHex(PowFloat(a, b)) }},
		}
		for i, op := range ops {
			w := c[2+i].([]any)
			want := [2]string{w[0].(string), w[1].(string)}
			got := result(op.f)
			if want[0] == "ok" && want[1] == "complex" {
				if got[0] != "ValueError" && got[0] != "OverflowError" {
					t.Errorf("%v %s %v = %v, want complex error", a, op.name, b, got)
				}
				continue
			}
			if want[0] == "ok" && got[0] == "ok" {
				if !sameFloat(t, hexf(t, got[1]), want[1]) {
					t.Errorf("%v %s %v = %s, want %s", a, op.name, b, got[1], want[1])
				}
				continue
			}
			if want == [2]string{"OverflowError", "complex exponentiation"} && got[0] == "ValueError" {
				continue // complex results are outside the subset
			}
			if got != want {
				t.Errorf("%v %s %v = %v, want %v", a, op.name, b, got, want)
			}
		}
	}
}

func TestRoundGolden(t *testing.T) {
	var cases [][3]any
	loadJSON(t, "round.json", &cases)
	for _, c := range cases {
		x := hexf(t, c[0].(string))
		w := c[2].([]any)
		want := [2]string{w[0].(string), w[1].(string)}
		if c[1].(string) == "" {
			got := result(func() string { return StrInt(RoundFloat(x)) })
			if want[0] == "ok" && len(want[1]) > 19 && got[0] == "OverflowError" {
				continue // beyond int64: OverflowError by design
			}
			if got != want {
				t.Errorf("round(%v) = %v, want %v", x, got, want)
			}
			continue
		}
		n := atoi(t, c[1].(string))
		got := result(func() string { return pyHex(RoundFloatN(x, n)) })
		if want[0] == "ok" && got[0] == "ok" {
			if !sameFloat(t, hexf(t, got[1]), want[1]) {
				t.Errorf("round(%v, %d) = %s, want %s", x, n, got[1], want[1])
			}
			continue
		}
		if got != want {
			t.Errorf("round(%v, %d) = %v, want %v", x, n, got, want)
		}
	}
	var ri [][3]any
	loadJSON(t, "roundint.json", &ri)
	for _, c := range ri {
		x, n := atoi(t, c[0].(string)), atoi(t, c[1].(string))
		w := c[2].([]any)
		got := result(func() string { return StrInt(RoundIntN(x, n)) })
		if got != [2]string{w[0].(string), w[1].(string)} {
			t.Errorf("round(%d, %d) = %v, want %v", x, n, got, w)
		}
	}
}

func TestParseGolden(t *testing.T) {
	var pi [][2]any
	loadJSON(t, "parseint.json", &pi)
	for _, c := range pi {
		s := c[0].(string)
		w := c[1].([]any)
		got := result(func() string { return StrInt(ParseInt(s)) })
		if got != [2]string{w[0].(string), w[1].(string)} {
			t.Errorf("int(%q) = %v, want %v", s, got, w)
		}
	}
	var pf [][2]any
	loadJSON(t, "parsefloat.json", &pf)
	for _, c := range pf {
		s := c[0].(string)
		w := c[1].([]any)
		got := result(func() string { return pyHex(ParseFloat(s)) })
		if w[0] == "ok" && got[0] == "ok" {
			if !sameFloat(t, hexf(t, got[1]), w[1].(string)) {
				t.Errorf("float(%q) = %v, want %v", s, got, w)
			}
			continue
		}
		if got != [2]string{w[0].(string), w[1].(string)} {
			t.Errorf("float(%q) = %v, want %v", s, got, w)
		}
	}
}

func TestIntFromFloat(t *testing.T) {
	cases := []struct {
		x    float64
		want [2]string
	}{
		{3.99, [2]string{"ok", "3"}},
		{-3.99, [2]string{"ok", "-3"}},
		{math.NaN(), [2]string{"ValueError", "cannot convert float NaN to integer"}},
		{math.Inf(1), [2]string{"OverflowError", "cannot convert float infinity to integer"}},
		{1e19, [2]string{"OverflowError", "integer overflow"}},
		{-9223372036854775808.0, [2]string{"ok", "-9223372036854775808"}},
	}
	for _, c := range cases {
		if got := result(func() string { return StrInt(IntFromFloat(c.x)) }); got != c.want {
			t.Errorf("int(%v) = %v want %v", c.x, got, c.want)
		}
	}
	if got := result(func() string { return StrInt(NegInt(math.MinInt64)) }); got[0] != "OverflowError" {
		t.Error(got)
	}
	if got := result(func() string { return StrInt(AbsInt(math.MinInt64)) }); got[0] != "OverflowError" {
		t.Error(got)
	}
}

var pointOne, pointTwo = 0.1, 0.2

// TestConformanceArith spot-checks the expressions of conformance 001/003.
func TestConformanceArith(t *testing.T) {
	got := []string{
		Repr(pointOne + pointTwo), Repr(DivInt(1, 3)), Repr(DivInt(2, 3)), Repr(DivInt(10, 4)), Repr(DivInt(6, 3)),
		StrInt(RoundFloat(2.5)), StrInt(RoundFloat(3.5)), StrInt(RoundFloat(-0.5)), Repr(RoundFloatN(0.125, 2)),
		Repr(RoundFloatN(2.675, 2)), Repr(PowFloat(2, 0.5)), Repr(PowFloat(2.0, -1)), Repr(PowFloat(2.0, 10)),
		Repr(FloorDivFloat(-7.5, 2)), Repr(ModFloat(-7.5, 2)), Repr(ModFloat(7, 2.5)), Repr(FloorDivFloat(5.0, 0.3)),
		StrInt(FloorDivInt(-7, 2)), StrInt(ModInt(-7, 3)), StrInt(ModInt(7, -3)), StrInt(PowInt(2, 62)),
		StrInt(MulInt(3037000499, 3037000499)), StrInt(RoundIntN(1234, -2)), StrInt(RoundIntN(1250, -2)),
		StrInt(RShiftInt(-9, 1)),
	}
	want := []string{"0.30000000000000004", "0.3333333333333333", "0.6666666666666666", "2.5", "2.0",
		"2", "4", "0", "0.12", "2.67", "1.4142135623730951", "0.5", "1024.0", "-4.0", "0.5", "2.0", "16.0",
		"-4", "2", "-2", "4611686018427387904", "9223372030926249001", "1200", "1200", "-5"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("case %d: got %s want %s", i, got[i], want[i])
		}
	}
}

var sink int64

func BenchmarkAddInt(b *testing.B) {
	var s int64
	for i := 0; i < b.N; i++ {
		s = AddInt(s, int64(i&7))
	}
	sink = s
}

func BenchmarkFloorDivInt(b *testing.B) {
	var s int64
	for i := 1; i <= b.N; i++ {
		s += FloorDivInt(int64(-i), 7)
	}
	sink = s
}

func TestPowRandomGolden(t *testing.T) {
	var cases [][3]string
	loadJSON(t, "powrandom.json", &cases)
	bad := 0
	for _, c := range cases {
		x, y := hexf(t, c[0]), hexf(t, c[1])
		got := result(func() string { return pyHex(PowFloat(x, y)) })
		if c[2] == "overflow" {
			if got[0] != "OverflowError" {
				t.Errorf("%v ** %v = %v, want OverflowError", x, y, got)
			}
			continue
		}
		if got[0] != "ok" {
			t.Errorf("%v ** %v = %v, want %s", x, y, got, c[2])
			continue
		}
		if g, w := hexf(t, got[1]), hexf(t, c[2]); g != w {
			// glibc's pow is not correctly rounded in rare near-halfway
			// cases; we return the correctly rounded value. Allow those
			// (off by one ulp) but keep them rare.
			if math.Nextafter(w, g) != g {
				t.Errorf("%v ** %v = %v, want %s (more than 1 ulp)", x, y, got, c[2])
			}
			bad++
		}
	}
	if bad > len(cases)/500 {
		t.Errorf("%d of %d pow results differ from glibc", bad, len(cases))
	}
}

func TestParseIntBase(t *testing.T) {
	// expected values from python3
	cases := []struct {
		s    string
		base int64
		want [2]string
	}{
		{"ff", 16, [2]string{"ok", "255"}},
		{"0xff", 16, [2]string{"ok", "255"}},
		{"0xff", 0, [2]string{"ok", "255"}},
		{"0o17", 0, [2]string{"ok", "15"}},
		{"0b101", 0, [2]string{"ok", "5"}},
		{"-0b1_01", 0, [2]string{"ok", "-5"}},
		{"0x_1f", 16, [2]string{"ok", "31"}},
		{"010", 0, [2]string{"ValueError", "invalid literal for int() with base 0: '010'"}},
		{"000", 0, [2]string{"ok", "0"}},
		{"zz", 36, [2]string{"ok", "1295"}},
		{"12", 2, [2]string{"ValueError", "invalid literal for int() with base 2: '12'"}},
		{" 7 ", 8, [2]string{"ok", "7"}},
		{"1", 1, [2]string{"ValueError", "int() base must be >= 2 and <= 36, or 0"}},
		{"0x", 16, [2]string{"ValueError", "invalid literal for int() with base 16: '0x'"}},
		{strings.Repeat("é", 250), 16, [2]string{"ValueError", "invalid literal for int() with base 16: '" + strings.Repeat("é", 199)}},
	}
	for _, c := range cases {
		if got := result(func() string { return StrInt(ParseIntBase(c.s, c.base)) }); got != c.want {
			t.Errorf("int(%q, %d) = %v want %v", c.s, c.base, got, c.want)
		}
	}
}

func TestParseIntBytes(t *testing.T) {
	// expected values from python3: int(b, base)
	cases := []struct {
		s    string
		base int64
		want [2]string
	}{
		{"42", 10, [2]string{"ok", "42"}},
		{" -17\n", 10, [2]string{"ok", "-17"}},
		{"0x1F", 16, [2]string{"ok", "31"}},
		{"1_000", 10, [2]string{"ok", "1000"}},
		{"zz", 16, [2]string{"ValueError", "invalid literal for int() with base 16: b'zz'"}},
		{"\xff", 10, [2]string{"ValueError", "invalid literal for int() with base 10: b'\\xff'"}},
		{"\x1c5", 10, [2]string{"ValueError", "invalid literal for int() with base 10: b'\\x1c5'"}},
		{"7", 1, [2]string{"ValueError", "int() base must be >= 2 and <= 36, or 0"}},
	}
	for _, c := range cases {
		if got := result(func() string { return StrInt(ParseIntBytes(Bytes(c.s), c.base)) }); got != c.want {
			t.Errorf("int(b%q, %d) = %v want %v", c.s, c.base, got, c.want)
		}
	}
}

// TestMulModIntBig checks MulInt, FloorDivInt and ModInt (a short inlined
// path and an out-of-line one each) against math/big over the edges of both paths:
// int32's range, the square root of MaxInt64, the extremes and signs.
func TestMulModIntBig(t *testing.T) {
	vals := []int64{0, 1, 2, 3, 7, 1000, 1<<31 - 1, 1 << 31, 1<<31 + 1, 1 << 32, 3037000499, 3037000500,
		1 << 62, math.MaxInt64 - 1, math.MaxInt64}
	for _, v := range vals[:len(vals):len(vals)] {
		vals = append(vals, -v)
	}
	vals = append(vals, math.MinInt64, math.MinInt64+1)
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		vals = append(vals, int64(r.Uint64()), int64(r.Uint64()>>33)-1<<30)
	}
	minI, maxI := big.NewInt(math.MinInt64), big.NewInt(math.MaxInt64)
	for _, a := range vals {
		for _, b := range vals {
			A, B := big.NewInt(a), big.NewInt(b)
			p := new(big.Int).Mul(A, B)
			want := [2]string{"ok", p.String()}
			if p.Cmp(minI) < 0 || p.Cmp(maxI) > 0 {
				want = [2]string{"OverflowError", "integer overflow"}
			}
			if got := result(func() string { return StrInt(MulInt(a, b)) }); got != want {
				t.Errorf("%d * %d = %v, want %v", a, b, got, want)
			}
			want = [2]string{"ZeroDivisionError", "integer division or modulo by zero"}
			if b != 0 {
				q, m := new(big.Int).QuoRem(A, B, new(big.Int)) // truncated
				if m.Sign() != 0 && (a < 0) != (b < 0) {
					q.Sub(q, big.NewInt(1)) // floored
				}
				want = [2]string{"ok", q.String()}
				if q.Cmp(minI) < 0 || q.Cmp(maxI) > 0 {
					want = [2]string{"OverflowError", "integer overflow"}
				}
			}
			if got := result(func() string { return StrInt(FloorDivInt(a, b)) }); got != want {
				t.Errorf("%d // %d = %v, want %v", a, b, got, want)
			}
			want = [2]string{"ZeroDivisionError", "integer modulo by zero"}
			if b != 0 {
				m := new(big.Int).Mod(A, B) // Euclidean: 0 <= m < |b|
				if m.Sign() != 0 && b < 0 {
					m.Add(m, B) // Python's sign of b
				}
				want = [2]string{"ok", m.String()}
			}
			if got := result(func() string { return StrInt(ModInt(a, b)) }); got != want {
				t.Errorf("%d %% %d = %v, want %v", a, b, got, want)
			}
		}
	}
}
