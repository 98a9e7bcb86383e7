package py

import (
	"math"
	"math/bits"
)

// The functions of Python's math module (module rows "math.X" of the
// built-in table), with CPython's errors.

func domainError() Exception { return ValueError("math domain error") }

// checkMath raises CPython's errors for a result (math_1 and math_2): NaN
// from arguments that are not NaN is a domain error (sin(inf)), an
// infinity from finite arguments an overflow.
func checkMath(r float64, args ...float64) float64 {
	if math.IsNaN(r) {
		for _, a := range args {
			if math.IsNaN(a) {
				return r
			}
		}
		panic(domainError())
	}
	if math.IsInf(r, 0) {
		for _, a := range args {
			if math.IsNaN(a) || math.IsInf(a, 0) {
				return r
			}
		}
		panic(OverflowError("math range error"))
	}
	return r
}

// MathPi is math.pi.
func MathPi() float64 { return math.Pi }

// MathE is math.e.
func MathE() float64 { return math.E }

// MathTau is math.tau.
func MathTau() float64 { return 2 * math.Pi }

// MathInf is math.inf.
func MathInf() float64 { return math.Inf(1) }

// MathNaN is math.nan.
func MathNaN() float64 { return math.NaN() }

// MathFloor implements math.floor(x).
func MathFloor(x float64) int64 { return IntFromFloat(math.Floor(x)) }

// MathCeil implements math.ceil(x).
func MathCeil(x float64) int64 { return IntFromFloat(math.Ceil(x)) }

// MathTrunc implements math.trunc(x).
func MathTrunc(x float64) int64 { return IntFromFloat(x) }

// MathSqrt implements math.sqrt(x).
func MathSqrt(x float64) float64 {
	if x < 0 {
		panic(domainError())
	}
	return math.Sqrt(x)
}

// MathExp implements math.exp(x).
func MathExp(x float64) float64 { return checkMath(libmExp(x), x) }

// MathLog implements math.log(x[, base]).
func MathLog(x float64, base Opt[float64]) float64 {
	if x <= 0 || (base.Ok && (base.V <= 0 || base.V == 1)) {
		if base.Ok && base.V == 1 && x > 0 {
			panic(ZeroDivisionError("float division by zero"))
		}
		panic(domainError())
	}
	if base.Ok {
		return libmLog(x) / libmLog(base.V)
	}
	return libmLog(x)
}

// MathLog2 implements math.log2(x).
func MathLog2(x float64) float64 {
	if x <= 0 {
		panic(domainError())
	}
	return libmLog2(x)
}

// MathLog10 implements math.log10(x).
func MathLog10(x float64) float64 {
	if x <= 0 {
		panic(domainError())
	}
	return libmLog10(x)
}

// MathPow implements math.pow(x, y).
func MathPow(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Pow(x, y) // C99 special values, as CPython's own table (0 ** -inf is inf)
	}
	if x == 0 && y < 0 {
		panic(domainError())
	}
	return checkMath(libmPow(x, y), x, y)
}

// libmPow is the C library's pow for finite x and y (CPython's math.pow
// passes finite arguments straight to it): NaN for a negative base with a
// non-integral exponent, +-Inf on overflow.
func libmPow(x, y float64) float64 {
	if y == 0 || x == 1 {
		return 1
	}
	if x == 0 {
		if y < 0 {
			return math.Inf(1)
		}
		if isOddInteger(y) {
			return x
		}
		return 0
	}
	if x < 0 {
		if y != math.Floor(y) {
			return math.NaN()
		}
		r := powPositive(-x, y)
		if isOddInteger(y) {
			r = -r
		}
		return r
	}
	return powPositive(x, y)
}

// MathFabs implements math.fabs(x).
func MathFabs(x float64) float64 { return math.Abs(x) }

// MathHypot implements math.hypot(x, y) with CPython 3.11's vector_norm,
// which sums the squares in extended precision and corrects the square
// root (an infinity wins over a NaN; no error on overflow).
func MathHypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	m := math.Max(x, y)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case x != x || y != y:
		return math.NaN()
	}
	return vectorNorm([]float64{x, y}, m)
}

// vectorNorm is CPython's vector_norm for finite non-negative coordinates
// whose maximum is m.
func vectorNorm(vec []float64, m float64) float64 {
	const t27 = 134217729.0 // 2^27 + 1: splits a double into halves
	if m == 0 || len(vec) <= 1 {
		return m
	}
	_, maxE := math.Frexp(m)
	if maxE < -1023 {
		// Subnormal maximum: scale into the normal range first.
		for i := range vec {
			vec[i] /= minNormal
		}
		return minNormal * vectorNorm(vec, m/minNormal)
	}
	scale := math.Ldexp(1.0, -maxE)
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	// add accumulates x into csum, the rounding error into *frac.
	add := func(x float64, frac *float64) {
		old := csum
		csum += x
		*frac += (old - csum) + x
	}
	split := func(x float64) (float64, float64) {
		t := float64(x * t27)
		hi := t - (t - x)
		return hi, x - hi
	}
	for _, x := range vec {
		hi, lo := split(x * scale)
		add(float64(hi*hi), &frac1)
		add(float64(2.0*hi*lo), &frac2)
		frac3 += float64(lo * lo)
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
	hi, lo := split(h)
	add(float64(-hi*hi), &frac1)
	add(float64(-2.0*hi*lo), &frac2)
	add(float64(-lo*lo), &frac3)
	x := csum - 1.0 + (frac1 + frac2 + frac3)
	return (h + x/(2.0*h)) / scale
}

// minNormal is the smallest positive normal double (C's DBL_MIN).
const minNormal = 2.2250738585072014e-308

// MathSin implements math.sin(x).
func MathSin(x float64) float64 { return checkMath(crSin(x), x) }

// MathCos implements math.cos(x).
func MathCos(x float64) float64 { return checkMath(crCos(x), x) }

// MathTan implements math.tan(x).
func MathTan(x float64) float64 { return checkMath(crTan(x), x) }

// MathAtan2 implements math.atan2(y, x).
func MathAtan2(y, x float64) float64 { return crAtan2(y, x) }

// MathDegrees implements math.degrees(x).
func MathDegrees(x float64) float64 { return x * (180 / math.Pi) }

// MathRadians implements math.radians(x).
func MathRadians(x float64) float64 { return x * (math.Pi / 180) }

// MathIsFinite implements math.isfinite(x).
func MathIsFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// MathIsInf implements math.isinf(x).
func MathIsInf(x float64) bool { return math.IsInf(x, 0) }

// MathIsNaN implements math.isnan(x).
func MathIsNaN(x float64) bool { return math.IsNaN(x) }

// MathIsClose implements math.isclose(a, b, *, rel_tol, abs_tol).
func MathIsClose(a, b, relTol, absTol float64) bool {
	if relTol < 0 || absTol < 0 {
		panic(ValueError("tolerances must be non-negative"))
	}
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	d := math.Abs(b - a)
	return d <= math.Abs(relTol*b) || d <= math.Abs(relTol*a) || d <= absTol
}

// MathCopysign implements math.copysign(x, y).
func MathCopysign(x, y float64) float64 { return math.Copysign(x, y) }

// MathFmod implements math.fmod(x, y).
func MathFmod(x, y float64) float64 {
	if y == 0 || math.IsInf(x, 0) {
		panic(domainError())
	}
	return math.Mod(x, y)
}

// MathGcd implements math.gcd(a, b).
func MathGcd(a, b int64) int64 {
	if a < 0 {
		a = NegInt(a)
	}
	if b < 0 {
		b = NegInt(b)
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// MathLcm implements math.lcm(a, b).
func MathLcm(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	r := MulInt(a/MathGcd(a, b), b)
	if r < 0 {
		r = NegInt(r)
	}
	return r
}

// MathFactorial implements math.factorial(n).
func MathFactorial(n int64) int64 {
	if n < 0 {
		panic(ValueError("factorial() not defined for negative values"))
	}
	r := int64(1)
	for i := int64(2); i <= n; i++ {
		r = MulInt(r, i)
	}
	return r
}

// MathComb implements math.comb(n, k). Each partial product C(n-k+i, i)
// is at most the result, so it is computed in 128 bits and fits whenever
// the result does.
func MathComb(n, k int64) int64 {
	if n < 0 {
		panic(ValueError("n must be a non-negative integer"))
	}
	if k < 0 {
		panic(ValueError("k must be a non-negative integer"))
	}
	if k > n {
		return 0
	}
	if k > n-k {
		k = n - k
	}
	r := uint64(1)
	for i := int64(1); i <= k; i++ {
		hi, lo := bits.Mul64(r, uint64(n-k+i))
		if hi >= uint64(i) {
			panic(overflow())
		}
		r, _ = bits.Div64(hi, lo, uint64(i))
		if r > math.MaxInt64 {
			panic(overflow())
		}
	}
	return int64(r)
}

// MathIsqrt implements math.isqrt(n).
func MathIsqrt(n int64) int64 {
	if n < 0 {
		panic(ValueError("isqrt() argument must be nonnegative"))
	}
	r := int64(math.Sqrt(float64(n)))
	for r > 0 && r > n/r {
		r--
	}
	for r+1 <= n/(r+1) {
		r++
	}
	return r
}

// MathProd implements math.prod of ints: start times the elements, in
// order (an overflow of 64 bits raises OverflowError, as other int
// arithmetic does).
func MathProd(xs []int64, start int64) int64 {
	r := start
	for _, x := range xs {
		r = MulInt(r, x)
	}
	return r
}
