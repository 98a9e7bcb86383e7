package py

import "math"

// Double-double arithmetic (log and exp to about 100 bits), used by the
// random module. float ** float uses powPositive (pow.go) instead.

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
