package py

import (
	"math"
	"math/big"
	"sync"
)

// Correctly rounded sin, cos, tan and atan2 (double-double evaluation).
// CPython calls glibc's, which are not correctly rounded (worst cases about
// 0.55 ULP) but agree with the correctly rounded result for all but about
// one argument in a thousand; Go's math package differs in 10-30%.

// ddHalfPi is pi/2 in triple-double precision (hi + mid + lo).
var ddHalfPi = [3]float64{1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33}

// reduceHalfPi returns r and k with x = r + k*pi/2, |r| <= about pi/4, r
// in double-double precision, for finite x.
func reduceHalfPi(x float64) (dd, int64) {
	if math.Abs(x) < 0x1p28 {
		k := math.Round(x * (2 / math.Pi))
		// Each k*p is exact as a double-double (twoProd).
		r := dd{x, 0}
		for _, p := range ddHalfPi {
			ph, pl := twoProd(k, p)
			r = ddAdd(r, dd{-ph, -pl})
		}
		return r, int64(k)
	}
	bigPiOnce.Do(initBigPi)
	t := new(big.Float).SetPrec(bigPiPrec).SetFloat64(x)
	t.Mul(t, bigTwoOverPi)
	// t = n + f with n an integer and |f| <= 1/2.
	n, _ := t.Int(nil)
	f := new(big.Float).SetPrec(bigPiPrec).Sub(t, new(big.Float).SetInt(n))
	if f.Cmp(big.NewFloat(0.5)) > 0 {
		f.Sub(f, big.NewFloat(1))
		n.Add(n, big.NewInt(1))
	} else if f.Cmp(big.NewFloat(-0.5)) < 0 {
		f.Add(f, big.NewFloat(1))
		n.Sub(n, big.NewInt(1))
	}
	f.Mul(f, bigHalfPi)
	hi, _ := f.Float64()
	lo, _ := f.Sub(f, big.NewFloat(hi)).Float64()
	k := new(big.Int).And(n, big.NewInt(3)).Int64() // n mod 4, also for n < 0
	return dd{hi, lo}, k
}

const bigPiPrec = 1500

var (
	bigPiOnce    sync.Once
	bigTwoOverPi *big.Float
	bigHalfPi    *big.Float
)

// initBigPi computes pi to bigPiPrec bits with Machin's formula
// pi = 16 atan(1/5) - 4 atan(1/239).
func initBigPi() {
	atanInv := func(n int64) *big.Float {
		sum := new(big.Float).SetPrec(bigPiPrec + 64)
		pow := new(big.Float).SetPrec(bigPiPrec+64).Quo(big.NewFloat(1), new(big.Float).SetInt64(n)) // 1/n^(2k+1)
		n2 := new(big.Float).SetInt64(n * n)
		term := new(big.Float).SetPrec(bigPiPrec + 64)
		for k := int64(0); ; k++ {
			term.Quo(pow, new(big.Float).SetInt64(2*k+1))
			if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -bigPiPrec-32 {
				break
			}
			if k%2 == 0 {
				sum.Add(sum, term)
			} else {
				sum.Sub(sum, term)
			}
			pow.Quo(pow, n2)
		}
		return sum
	}
	pi := new(big.Float).SetPrec(bigPiPrec+64).Mul(big.NewFloat(16), atanInv(5))
	pi.Sub(pi, new(big.Float).Mul(big.NewFloat(4), atanInv(239)))
	bigHalfPi = new(big.Float).SetPrec(bigPiPrec).Quo(pi, big.NewFloat(2))
	bigTwoOverPi = new(big.Float).SetPrec(bigPiPrec).Quo(big.NewFloat(2), pi)
}

// ddSinCos returns sin(x) and cos(x) in double-double for finite x.
func ddSinCos(x float64) (dd, dd) {
	r, k := reduceHalfPi(x)
	r2 := ddMul(r, r)
	// Taylor series: sin r = r - r^3/3! + ..., cos r = 1 - r^2/2! + ...
	sinAcc, cosAcc := dd{0, 0}, dd{0, 0}
	for n := 27; n >= 1; n -= 2 {
		sinAcc = ddAdd(ddMul(sinAcc, r2), dd{sign(n) * invFact[n].hi, sign(n) * invFact[n].lo})
		cosAcc = ddAdd(ddMul(cosAcc, r2), dd{sign(n-1) * invFact[n-1].hi, sign(n-1) * invFact[n-1].lo})
	}
	sn, cs := ddMul(sinAcc, r), cosAcc
	switch k & 3 {
	case 1:
		sn, cs = cs, ddNeg(sn)
	case 2:
		sn, cs = ddNeg(sn), ddNeg(cs)
	case 3:
		sn, cs = ddNeg(cs), sn
	}
	return sn, cs
}

// sign is (-1)^(n/2) for the n-th Taylor coefficient of sin/cos.
func sign(n int) float64 {
	if (n/2)%2 == 1 {
		return -1
	}
	return 1
}

// invFact[n] is 1/n! in double-double.
var invFact = func() [28]dd {
	var t [28]dd
	f := dd{1, 0}
	t[0] = f
	for n := 1; n < len(t); n++ {
		f = ddDiv(f, dd{float64(n), 0})
		t[n] = f
	}
	return t
}()

// crSin is sin(x), correctly rounded (NaN for an infinity).
func crSin(x float64) float64 {
	if math.Abs(x) < 0x1p-26 || math.IsInf(x, 0) || x != x {
		if math.IsInf(x, 0) {
			return math.NaN()
		}
		return x
	}
	s, _ := ddSinCos(x)
	return s.hi + s.lo
}

// crCos is cos(x), correctly rounded (NaN for an infinity).
func crCos(x float64) float64 {
	switch {
	case x != x || math.IsInf(x, 0):
		return math.NaN()
	case math.Abs(x) < 0x1p-27:
		return 1
	}
	_, c := ddSinCos(x)
	return c.hi + c.lo
}

// crTan is tan(x), correctly rounded (NaN for an infinity).
func crTan(x float64) float64 {
	if math.Abs(x) < 0x1p-27 || math.IsInf(x, 0) || x != x {
		if math.IsInf(x, 0) {
			return math.NaN()
		}
		return x
	}
	s, c := ddSinCos(x)
	t := ddDiv(s, c)
	return t.hi + t.lo
}

// crAtan2 is atan2(y, x), correctly rounded: Go's atan2 (the C99 special
// cases, within an ULP or two) refined by one Newton step in double-double.
func crAtan2(y, x float64) float64 {
	// The result has y's sign (Go's atan2 loses it when y/x underflows).
	a := math.Copysign(math.Atan2(y, x), y)
	if y == 0 || x == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) || a != a || math.Abs(a) < 0x1p-1000 {
		return a
	}
	// Scale both by a power of two so the products below cannot overflow.
	_, e := math.Frexp(math.Max(math.Abs(x), math.Abs(y)))
	xs, ys := math.Ldexp(x, -e), math.Ldexp(y, -e)
	if math.Abs(xs) < 0x1p-900 || math.Abs(ys) < 0x1p-900 {
		// One coordinate is negligible next to the other (the angle is
		// within 2^-900 of a multiple of pi/2, or underflowed): Go's
		// atan2 is exact enough, and keeps the sign of a vanished y.
		return a
	}
	s, c := ddSinCos(a)
	// With y = p sin t, x = p cos t: (y cos a - x sin a) / (x cos a + y sin a)
	// = tan(t - a), which is t - a to far beyond double precision.
	num := ddAdd(ddMulF(c, ys), ddNeg(ddMulF(s, xs)))
	den := ddAdd(ddMulF(c, xs), ddMulF(s, ys))
	r := ddAdd(dd{a, 0}, ddDiv(num, den))
	return r.hi + r.lo
}
