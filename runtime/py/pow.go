package py

import (
	"math"
	"math/big"
)

// Double-double arithmetic used to compute float ** float correctly
// rounded (CPython defers to the platform pow, which on glibc is correctly
// rounded in practice; Go's math.Pow is not).

type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func quickTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddMul(a, b dd) dd {
	p := a.hi * b.hi
	e := math.FMA(a.hi, b.hi, -p)
	e += a.hi*b.lo + a.lo*b.hi
	s, e := quickTwoSum(p, e)
	return dd{s, e}
}

func ddMulF(a dd, b float64) dd {
	p := a.hi * b
	e := math.FMA(a.hi, b, -p)
	e += a.lo * b
	s, e := quickTwoSum(p, e)
	return dd{s, e}
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddNeg(ddMulF(b, q1)))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddNeg(ddMulF(b, q2)))
	q3 := r.hi / b.hi
	s, e := quickTwoSum(q1, q2)
	return ddAdd(dd{s, e}, dd{q3, 0})
}

var (
	ddLn2     = dd{6.931471805599452862e-01, 2.319046813846299558e-17}
	logCoeffs [30]dd // 1/(2k+1)
	expCoeffs [16]dd // 1/n!
)

func init() {
	for k := range logCoeffs {
		logCoeffs[k] = ddDiv(dd{1, 0}, dd{float64(2*k + 1), 0})
	}
	f := dd{1, 0}
	expCoeffs[0] = f
	for n := 1; n < len(expCoeffs); n++ {
		f = ddDiv(f, dd{float64(n), 0})
		expCoeffs[n] = f
	}
}

// ddLog returns log(x) for finite x > 0 in double-double precision.
func ddLog(x float64) dd {
	m, e := math.Frexp(x) // m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	num := dd{m - 1, 0} // exact (Sterbenz)
	dh, dl := twoSum(m, 1)
	s := ddDiv(num, dd{dh, dl})
	s2 := ddMul(s, s)
	acc := logCoeffs[len(logCoeffs)-1]
	for k := len(logCoeffs) - 2; k >= 0; k-- {
		acc = ddAdd(ddMul(acc, s2), logCoeffs[k])
	}
	l := ddMulF(ddMul(s, acc), 2)
	return ddAdd(ddMulF(ddLn2, float64(e)), l)
}

// ddExp returns exp(z) as a double-double mantissa and a binary exponent.
func ddExp(z dd) (dd, int) {
	k := math.Round(z.hi / ddLn2.hi)
	r := ddAdd(z, ddNeg(ddMulF(ddLn2, k)))
	r = dd{r.hi / 256, r.lo / 256}
	acc := expCoeffs[len(expCoeffs)-1]
	for n := len(expCoeffs) - 2; n >= 1; n-- {
		acc = ddAdd(ddMul(acc, r), expCoeffs[n])
	}
	em1 := ddMul(acc, r) // expm1(r)
	for i := 0; i < 8; i++ {
		em1 = ddAdd(ddMulF(em1, 2), ddMul(em1, em1))
	}
	return ddAdd(dd{1, 0}, em1), int(k)
}

// powPositive computes x**y for finite x > 0, x != 1, finite y != 0,
// correctly rounded except in astronomically rare near-tie cases.
func powPositive(x, y float64) float64 {
	if y == 1 {
		return x
	}
	if y == 0.5 {
		return math.Sqrt(x)
	}
	if y == math.Trunc(y) && math.Abs(y) <= 64 && x == math.Trunc(x) && x < 1<<53 {
		if y > 0 {
			if e, ok := exactPow(x, int(y)); ok {
				return e
			}
		} else if e, ok := exactPow(x, int(-y)); ok {
			return 1 / e
		}
	}
	l := ddLog(x)
	if t := l.hi * y; t > 745 || t < -746 || t != t {
		if t > 0 {
			return math.Inf(1)
		}
		return 0
	}
	z := ddMulF(l, y)
	if z.hi > 709.8 {
		return math.Inf(1)
	}
	if z.hi < -745.2 {
		return 0
	}
	m, k := ddExp(z)
	if y == math.Trunc(y) && math.Abs(y) <= 1100 && nearTie(m) {
		if r, ok := exactIntPow(x, int(y)); ok {
			return r
		}
	}
	if k > -1020 {
		return math.Ldexp(m.hi+m.lo, k)
	}
	// Subnormal range: scale in two steps so only the final step rounds.
	return math.Ldexp(math.Ldexp(m.hi, k+60)+math.Ldexp(m.lo, k+60), -60)
}

// nearTie reports whether the double-double m lies so close to the
// midpoint between two doubles that its rounding is uncertain.
func nearTie(m dd) bool {
	ulp := math.Nextafter(math.Abs(m.hi), math.Inf(1)) - math.Abs(m.hi)
	d := math.Abs(math.Abs(m.lo) - ulp/2)
	return d < ulp*0x1p-40
}

// exactIntPow computes x**n exactly with big integers and rounds once
// (ties to even); used for exact halfway cases such as 938.0 ** 6.
func exactIntPow(x float64, n int) (float64, bool) {
	if n == 0 {
		return 1, true
	}
	mant, exp := math.Frexp(x)
	// x = mant * 2**exp with mant in [0.5, 1): make the mantissa an integer.
	mi := int64(math.Ldexp(mant, 53))
	exp -= 53
	an := n
	if an < 0 {
		an = -an
	}
	if int64(an)*64 > 80000 {
		return 0, false
	}
	p := new(big.Int).Exp(big.NewInt(mi), big.NewInt(int64(an)), nil)
	e2 := exp * an
	if n > 0 {
		f := new(big.Float).SetInt(p)
		f.SetMantExp(f, e2)
		r, _ := f.Float64()
		return r, true
	}
	// 1 / (p * 2**e2)
	r := new(big.Rat)
	if e2 >= 0 {
		den := new(big.Int).Lsh(p, uint(e2))
		r.SetFrac(big.NewInt(1), den)
	} else {
		num := new(big.Int).Lsh(big.NewInt(1), uint(-e2))
		r.SetFrac(num, p)
	}
	v, _ := r.Float64()
	return v, true
}
