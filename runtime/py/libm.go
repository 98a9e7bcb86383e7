package py

import "math"

// exp, log, log2 and log10 bit-for-bit like the C library CPython's math
// module calls on this platform (glibc 2.36 on x86_64, the __*_fma variants
// selected on CPUs with FMA, as powPositive in pow.go). These functions are
// not correctly rounded (worst cases about 0.52 ULP), and Go's math package
// differs from them in the last bit for 3-20% of arguments, which repr shows.
// The algorithms are ARM optimized-routines' (log, log2, exp) and fdlibm's
// (log10); the fused multiply-adds are those of glibc's compiled code.

// The tables as float64s, built in variable initializers (not init) so that
// package-level variables computed with these functions see them.
var (
	logLn2hi     = math.Float64frombits(logDataHead[0])
	logLn2lo     = math.Float64frombits(logDataHead[1])
	logA         = floats[[5]float64](logDataHead[2:7])
	logB         = floats[[11]float64](logDataHead[7:18])
	logT         = floatPairs[[128][2]float64](logDataTab[:])
	log2InvLn2hi = math.Float64frombits(log2DataHead[0])
	log2InvLn2lo = math.Float64frombits(log2DataHead[1])
	log2A        = floats[[6]float64](log2DataHead[2:8])
	log2B        = floats[[10]float64](log2DataHead[8:18])
	log2T        = floatPairs[[64][2]float64](log2DataTab[:])
)

// floats converts bit patterns to an array of float64s.
func floats[A [5]float64 | [6]float64 | [10]float64 | [11]float64](bits []uint64) A {
	var a A
	for i, b := range bits {
		a[i] = math.Float64frombits(b)
	}
	return a
}

// floatPairs converts pairs of bit patterns to an array of float64 pairs.
func floatPairs[A [64][2]float64 | [128][2]float64](bits [][2]uint64) A {
	var a A
	for i, e := range bits {
		a[i] = [2]float64{math.Float64frombits(e[0]), math.Float64frombits(e[1])}
	}
	return a
}

// libmExp is glibc's exp: 0 for -Inf and on underflow, +Inf on overflow.
func libmExp(x float64) float64 {
	switch {
	case x != x:
		return x
	case math.IsInf(x, -1):
		return 0
	case math.IsInf(x, 1):
		return x
	}
	return powExpInline(x, 0)
}

// logSpecial handles log's and log2's arguments below 2^-1022, infinite
// or NaN: it returns the result and done, or the normalized bit pattern of
// a subnormal x.
func logSpecial(x float64, ix uint64) (float64, bool, uint64) {
	top := ix >> 48
	switch {
	case ix*2 == 0:
		return math.Inf(-1), true, 0
	case ix == 0x7ff0000000000000:
		return x, true, 0
	case top&0x8000 != 0 || top&0x7ff0 == 0x7ff0:
		return math.NaN(), true, 0
	}
	return 0, false, math.Float64bits(x*0x1p52) - 52<<52
}

// libmLog is glibc's log (-Inf for 0, NaN below 0).
func libmLog(x float64) float64 {
	ix := math.Float64bits(x)
	if ix-0x3fee000000000000 < 0x3ff1090000000000-0x3fee000000000000 {
		// x within [1 - 2^-4, 1 + 0x1.09p-4).
		if ix == 0x3ff0000000000000 {
			return 0
		}
		B := &logB
		r := x - 1.0
		r2 := float64(r * r)
		r3 := float64(r * r2)
		p1 := math.FMA(r2, B[3], math.FMA(r, B[2], B[1]))
		p4 := math.FMA(r2, B[6], math.FMA(r, B[5], B[4]))
		p7 := math.FMA(r3, B[10], math.FMA(r2, B[9], math.FMA(r, B[8], B[7])))
		q := math.FMA(math.FMA(p7, r3, p4), r3, p1)
		rhi := math.FMA(-0x1p27, r, math.FMA(r, 0x1p27, r))
		rlo := r - rhi
		rhi2 := float64(rhi * rhi)
		hi := math.FMA(rhi2, B[0], r)
		lo := math.FMA(rhi2, B[0], r-hi)
		lo = math.FMA(float64(B[0]*rlo), rhi+r, lo)
		return hi + math.FMA(q, r3, lo)
	}
	if top := ix >> 48; top-0x10 >= 0x7ff0-0x10 {
		res, done, nix := logSpecial(x, ix)
		if done {
			return res
		}
		ix = nix
	}
	tmp := ix - 0x3fe6000000000000
	i := (tmp >> (52 - 7)) % 128
	k := int64(tmp) >> 52
	z := math.Float64frombits(ix - tmp&(0xfff<<52))
	invc, logc := logT[i][0], logT[i][1]
	kd := float64(k)
	A := &logA
	w := math.FMA(kd, logLn2hi, logc)
	r := math.FMA(z, invc, -1.0)
	hi := w + r
	lo := math.FMA(kd, logLn2lo, w-hi+r)
	r2 := float64(r * r)
	r3 := float64(r * r2)
	p := math.FMA(r2, math.FMA(r, A[4], A[3]), math.FMA(r, A[2], A[1]))
	return math.FMA(r3, p, math.FMA(r2, A[0], lo)) + hi
}

// libmLog2 is glibc's log2.
func libmLog2(x float64) float64 {
	ix := math.Float64bits(x)
	if ix-0x3feea4af00000000 < 0x210aa00000000 {
		// x within [1 - 0x1.5b51p-5, 1 + 0x1.6ab2p-5).
		if ix == 0x3ff0000000000000 {
			return 0
		}
		B := &log2B
		r := x - 1.0
		hi := float64(log2InvLn2hi * r)
		r2 := float64(r * r)
		r4 := float64(r2 * r2)
		lo := math.FMA(r, log2InvLn2lo, math.FMA(log2InvLn2hi, r, -hi))
		b01 := math.FMA(r, B[1], B[0])
		y := math.FMA(b01, r2, hi)
		lo = math.FMA(b01, r2, hi-y) + lo
		p2 := math.FMA(math.FMA(r, B[5], B[4]), r2, math.FMA(r, B[3], B[2]))
		p6 := math.FMA(math.FMA(r, B[9], B[8]), r2, math.FMA(r, B[7], B[6]))
		lo = math.FMA(math.FMA(p6, r4, p2), r4, lo)
		return y + lo
	}
	if top := ix >> 48; top-0x10 >= 0x7ff0-0x10 {
		res, done, nix := logSpecial(x, ix)
		if done {
			return res
		}
		ix = nix
	}
	tmp := ix - 0x3fe6000000000000
	i := (tmp >> (52 - 6)) % 64
	k := int64(tmp) >> 52
	z := math.Float64frombits(ix - tmp&(0xfff<<52))
	invc, logc := log2T[i][0], log2T[i][1]
	A := &log2A
	t3 := float64(k) + logc
	r := math.FMA(z, invc, -1.0)
	t1 := float64(log2InvLn2hi * r)
	t2 := math.FMA(r, log2InvLn2lo, math.FMA(log2InvLn2hi, r, -t1))
	hi := t1 + t3
	lo := t3 - hi + t1 + t2
	r2 := float64(r * r)
	r4 := float64(r2 * r2)
	p := math.FMA(math.FMA(r, A[5], A[4]), r4,
		math.FMA(math.FMA(r, A[3], A[2]), r2, math.FMA(r, A[1], A[0])))
	return math.FMA(r2, p, lo) + hi
}

// libmLog10 is glibc's log10 (fdlibm's, on top of log; no fused operations).
func libmLog10(x float64) float64 {
	const (
		ivln10   = 4.34294481903251816668e-01
		log102hi = 3.01029995663611771306e-01
		log102lo = 3.69423907715893078616e-13
	)
	ix := math.Float64bits(x)
	k := int64(0)
	if int64(ix) <= 0xfffffffffffff {
		// x < 2^-1022 (negative numbers included).
		if ix&^(1<<63) == 0 {
			return math.Inf(-1)
		}
		if int64(ix) < 0 {
			return math.NaN()
		}
		x *= 0x1p54
		k = -54
		ix = math.Float64bits(x)
	}
	if ix > 0x7fefffffffffffff {
		return x + x
	}
	k += int64(ix>>52) - 1023
	i := uint64(k) >> 63
	y := float64(k + int64(i))
	x = math.Float64frombits(ix&0xfffffffffffff | (0x3ff-i)<<52)
	z := float64(y*log102lo) + float64(ivln10*libmLog(x))
	return z + float64(y*log102hi)
}
