package py

import "math"

// powPositive computes x**y for finite x > 0 and finite y != 0 bit-for-bit
// like the C library pow that CPython calls on this platform: glibc 2.36 on
// x86_64, which selects __pow_fma (the ARM optimized-routines algorithm
// compiled with -mfma -mavx2) on CPUs with FMA. glibc's pow is not correctly
// rounded (worst case 0.52 ULP), so reproducing CPython's output needs the
// same algorithm, the same tables (pow_tables.go) and the same fused
// multiply-adds: the explicit fma() calls of the source and every a*b+c
// that GCC contracted (-ffp-contract=fast), as read from the disassembly of
// __ieee754_pow_fma. Products that must be rounded on their own are written
// float64(a*b), which keeps the Go compiler from fusing them.
//
// The caller handles zeros, infinities, NaNs and negative bases (glibc's
// result for a negative base is the negated result for its absolute value).
// Overflow returns +Inf and underflow 0, as glibc does.
func powPositive(x, y float64) float64 {
	ix := math.Float64bits(x)
	iy := math.Float64bits(y)
	topx := ix >> 52
	topy := (iy >> 52) & 0x7ff
	if topy-0x3be >= 0x43e-0x3be {
		// |y| < 2^-65 or |y| >= 2^63.
		if ix == 0x3ff0000000000000 {
			return 1
		}
		if topy < 0x3be {
			if ix > 0x3ff0000000000000 {
				return 1 + y
			}
			return 1 - y
		}
		if (ix > 0x3ff0000000000000) == (iy>>63 == 0) {
			return math.Inf(1)
		}
		return 0
	}
	if topx == 0 {
		// Normalize subnormal x so the exponent becomes negative.
		ix = math.Float64bits(x*0x1p52) & 0x7fffffffffffffff
		ix -= 52 << 52
	}
	hi, lo := powLogInline(ix)
	ehi := float64(y * hi)
	elo := math.FMA(y, lo, math.FMA(y, hi, -ehi))
	return powExpInline(ehi, elo)
}

var (
	powLn2hi    = math.Float64frombits(powLogLn2hi)
	powLn2lo    = math.Float64frombits(powLogLn2lo)
	powInvLn2N  = math.Float64frombits(powExpInvLn2N)
	powNegLn2hi = math.Float64frombits(powExpNegLn2hiN)
	powNegLn2lo = math.Float64frombits(powExpNegLn2loN)
	powShift    = math.Float64frombits(powExpShift)
	powC2       = math.Float64frombits(powExpC2)
	powC3       = math.Float64frombits(powExpC3)
	powC4       = math.Float64frombits(powExpC4)
	powC5       = math.Float64frombits(powExpC5)
	powA        [7]float64
	powLogT     [128][3]float64
)

func init() {
	for i, b := range powLogPoly {
		powA[i] = math.Float64frombits(b)
	}
	for i, e := range powLogTab {
		for j, b := range e {
			powLogT[i][j] = math.Float64frombits(b)
		}
	}
}

// powLogInline returns hi+lo = log(x) where ix is the bit pattern of x
// (normalized in the subnormal range), as glibc's log_inline.
func powLogInline(ix uint64) (float64, float64) {
	const off = 0x3fe6955500000000
	tmp := ix - off
	i := (tmp >> (52 - 7)) % 128
	k := int64(tmp) >> 52
	iz := ix - (tmp & (0xfff << 52))
	z := math.Float64frombits(iz)
	kd := float64(k)
	t := &powLogT[i]
	invc, logc, logctail := t[0], t[1], t[2]

	r := math.FMA(z, invc, -1.0)
	t1 := math.FMA(kd, powLn2hi, logc)
	t2 := t1 + r
	lo1 := math.FMA(kd, powLn2lo, logctail)
	lo2 := t1 - t2 + r

	ar := float64(powA[0] * r)
	ar2 := float64(r * ar)
	ar3 := float64(r * ar2)
	hi := t2 + ar2
	lo3 := math.FMA(ar, r, -ar2)
	lo4 := t2 - hi + ar2

	q12 := math.FMA(r, powA[2], powA[1])
	q34 := math.FMA(r, powA[4], powA[3])
	q56 := math.FMA(r, powA[6], powA[5])
	q := math.FMA(ar2, math.FMA(ar2, q56, q34), q12)
	lo := math.FMA(ar3, q, lo1+lo2+lo3+lo4)
	y := hi + lo
	tail := hi - y + lo
	return y, tail
}

// powExpInline returns exp(x+xtail) as glibc's exp_inline (sign_bias 0).
func powExpInline(x, xtail float64) float64 {
	abstop := uint32(math.Float64bits(x)>>52) & 0x7ff
	if abstop-0x3c9 >= 0x408-0x3c9 {
		if abstop-0x3c9 >= 0x80000000 {
			// |x| < 2^-54.
			return 1.0 + x
		}
		if abstop >= 0x409 {
			if math.Float64bits(x)>>63 != 0 {
				return 0
			}
			return math.Inf(1)
		}
		abstop = 0 // large |x|: see powSpecialCase
	}
	kd := math.FMA(powInvLn2N, x, powShift)
	ki := math.Float64bits(kd)
	kd -= powShift
	r := math.FMA(kd, powNegLn2lo, math.FMA(kd, powNegLn2hi, x))
	r += xtail
	idx := 2 * (ki % 128)
	top := ki << (52 - 7)
	tail := math.Float64frombits(powExpTab[idx])
	sbits := powExpTab[idx+1] + top
	r2 := float64(r * r)
	t := math.FMA(r2, math.FMA(r, powC3, powC2), tail+r)
	tmp := math.FMA(float64(r2*r2), math.FMA(r, powC5, powC4), t)
	if abstop == 0 {
		return powSpecialCase(tmp, sbits, ki)
	}
	scale := math.Float64frombits(sbits)
	return math.FMA(scale, tmp, scale)
}

// powSpecialCase is glibc's specialcase: scale*(1+tmp) where the result may
// overflow or fall into the subnormal range.
func powSpecialCase(tmp float64, sbits, ki uint64) float64 {
	if ki&0x80000000 == 0 {
		// k > 0: the exponent of scale might have overflowed by <= 460.
		sbits -= 1009 << 52
		scale := math.Float64frombits(sbits)
		y := math.FMA(scale, tmp, scale)
		return y * 0x1p1009
	}
	// k < 0: round once to the right precision before scaling into the
	// subnormal range (glibc computes scale*tmp once, unfused).
	sbits += 1022 << 52
	scale := math.Float64frombits(sbits)
	st := float64(scale * tmp)
	y := scale + st
	if math.Abs(y) < 1.0 {
		one := 1.0
		if y < 0.0 {
			one = -1.0
		}
		lo := scale - y + st
		hi := one + y
		lo = one - hi + y + lo
		y = (hi + lo) - one
		if y == 0 {
			y = math.Float64frombits(sbits & 0x8000000000000000)
		}
	}
	return 0x1p-1022 * y
}
