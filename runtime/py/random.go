package py

import (
	"crypto/sha512"
	"fmt"
	"math"
	"math/bits"
	"strings"
	"time"
)

// This file reproduces CPython's random module (Modules/_randommodule.c
// and Lib/random.py, 3.11): the MT19937 generator, seeding from an int, and
// the methods the language supports, so that random.seed(n) yields
// CPython's exact sequence.

const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

// Random is a Mersenne Twister generator with CPython's algorithms.
type Random struct {
	mt  [mtN]uint32
	mti int
	// gaussNext is the second value of gauss's last pair (hasGauss: kept).
	gaussNext float64
	hasGauss  bool
}

// DefaultRandom is the generator behind the random module's functions.
var DefaultRandom = newUnseeded()

func newUnseeded() *Random {
	r := &Random{}
	r.Seed(time.Now().UnixNano())
	return r
}

func (r *Random) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < mtN; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.mti = mtN
}

func (r *Random) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			r.mt[0] = r.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			r.mt[0] = r.mt[mtN-1]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
}

// Seed is random.seed(n) for an int n.
func (r *Random) Seed(n int64) {
	u := uint64(n)
	if n < 0 {
		u = uint64(-n)
	}
	key := []uint32{uint32(u)}
	if hi := uint32(u >> 32); hi != 0 {
		key = append(key, hi)
	}
	r.initByArray(key)
	r.hasGauss = false // Random.seed sets gauss_next = None
}

// SeedBytes is random.seed(s) for a str (given as its UTF-8 encoding),
// bytes or bytearray s: CPython (random.py, version 2) seeds from the int
// whose big-endian bytes are s followed by s's SHA-512 digest, given to
// init_by_array as 32-bit words, least significant first.
func (r *Random) SeedBytes(s []byte) {
	sum := sha512.Sum512(s)
	b := append(append([]byte{}, s...), sum[:]...)
	for len(b) > 0 && b[0] == 0 {
		b = b[1:] // leading zero bytes add no bits to the int
	}
	var key []uint32
	for end := len(b); end > 0; end -= 4 {
		var w uint32
		for i := max(end-4, 0); i < end; i++ {
			w = w<<8 | uint32(b[i])
		}
		key = append(key, w)
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
	r.hasGauss = false
}

// NewRandomBytes is random.Random(s) for a str, bytes or bytearray seed.
func NewRandomBytes(s []byte) *Random {
	r := &Random{}
	r.SeedBytes(s)
	return r
}

func (r *Random) genrand() uint32 {
	mag01 := [2]uint32{0, mtMatrixA}
	if r.mti >= mtN {
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (r.mt[kk] & mtUpperMask) | (r.mt[kk+1] & mtLowerMask)
			r.mt[kk] = r.mt[kk+mtM] ^ (y >> 1) ^ mag01[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (r.mt[kk] & mtUpperMask) | (r.mt[kk+1] & mtLowerMask)
			r.mt[kk] = r.mt[kk+(mtM-mtN)] ^ (y >> 1) ^ mag01[y&1]
		}
		y := (r.mt[mtN-1] & mtUpperMask) | (r.mt[0] & mtLowerMask)
		r.mt[mtN-1] = r.mt[mtM-1] ^ (y >> 1) ^ mag01[y&1]
		r.mti = 0
	}
	y := r.mt[r.mti]
	r.mti++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Random is random.random(): a float in [0, 1) with 53 random bits.
func (r *Random) Random() float64 {
	a := r.genrand() >> 5
	b := r.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// getrandbits returns k random bits (k <= 64), as CPython assembles them
// from 32-bit words, least significant word first.
func (r *Random) getrandbits(k int) uint64 {
	if k <= 32 {
		return uint64(r.genrand() >> (32 - k))
	}
	lo := uint64(r.genrand())
	hi := uint64(r.genrand() >> (64 - k))
	return lo | hi<<32
}

// GetRandBits is random.getrandbits(k) for k < 64 (larger k give ints
// beyond 64 bits, outside the language: OverflowError).
func (r *Random) GetRandBits(k int64) int64 {
	switch {
	case k < 0:
		panic(NewExc(ValueErrorClass, "number of bits must be non-negative"))
	case k == 0:
		return 0
	case k > 63:
		panic(NewExc(OverflowErrorClass, fmt.Sprintf("getrandbits(%d) gives an int beyond 64 bits (outside the aiogo language)", k)))
	}
	return int64(r.getrandbits(int(k)))
}

// RandBytes is random.randbytes(n): getrandbits(n * 8) as n little-endian
// bytes, which CPython draws as 32-bit words, least significant first (the
// last word shifted right to the bits it still needs).
func (r *Random) RandBytes(n int64) Bytes {
	if n < 0 {
		panic(NewExc(ValueErrorClass, "number of bits must be non-negative"))
	}
	out := make([]byte, 0, n)
	for left := n * 8; left > 0; left -= 32 {
		w := r.genrand()
		if left < 32 {
			w >>= 32 - left
		}
		for b := int64(0); b < 32 && b < left; b += 8 {
			out = append(out, byte(w>>b))
		}
	}
	return Bytes(out)
}

// randbelow is Random._randbelow_with_getrandbits.
func (r *Random) randbelow(n int64) int64 {
	if n <= 0 {
		return 0
	}
	k := bits.Len64(uint64(n))
	v := r.getrandbits(k)
	for v >= uint64(n) {
		v = r.getrandbits(k)
	}
	return int64(v)
}

// RandRange is random.randrange(start, stop, step), with CPython 3.11's
// messages.
func (r *Random) RandRange(start, stop, step int64) int64 {
	if step == 1 {
		if stop <= start {
			panic(ValueError(sprintfPy("empty range for randrange() (%d, %d, %d)", start, stop, SubInt(stop, start))))
		}
		return start + r.randbelow(stop-start)
	}
	if step == 0 {
		panic(ValueError("zero step for randrange()"))
	}
	var n int64
	if step > 0 {
		n = FloorDivInt(stop-start+step-1, step)
	} else {
		n = FloorDivInt(stop-start+step+1, step)
	}
	if n <= 0 {
		panic(ValueError("empty range for randrange()"))
	}
	return start + step*r.randbelow(n)
}

// RandRangeStop is random.randrange(stop).
func (r *Random) RandRangeStop(stop int64) int64 {
	if stop <= 0 {
		panic(ValueError("empty range for randrange()"))
	}
	return r.randbelow(stop)
}

// RandInt is random.randint(a, b).
func (r *Random) RandInt(a, b int64) int64 { return r.RandRange(a, b+1, 1) }

// Uniform is random.uniform(a, b).
func (r *Random) Uniform(a, b float64) float64 { return a + (b-a)*r.Random() }

// Choice picks an index for random.choice(seq) of length n.
func (r *Random) Choice(n int64) int64 {
	if n == 0 {
		panic(IndexError("Cannot choose from an empty sequence"))
	}
	return r.randbelow(n)
}

// Shuffle is random.shuffle(x).
func Shuffle[T any](r *Random, xs []T) {
	for i := len(xs) - 1; i > 0; i-- {
		j := r.randbelow(int64(i + 1))
		xs[i], xs[j] = xs[j], xs[i]
	}
}

// Sample is random.sample(population, k).
func Sample[T any](r *Random, pop []T, k int64) *List[T] {
	n := int64(len(pop))
	if k < 0 || k > n {
		panic(ValueError("Sample larger than population or is negative"))
	}
	result := make([]T, k)
	setsize := int64(21)
	if k > 5 {
		setsize += int64(math.Pow(4, math.Ceil(MathLog(float64(k*3), Opt[float64]{V: 4, Ok: true}))))
	}
	if n <= setsize {
		pool := make([]T, n)
		copy(pool, pop)
		for i := int64(0); i < k; i++ {
			j := r.randbelow(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
	} else {
		selected := map[int64]bool{}
		for i := int64(0); i < k; i++ {
			j := r.randbelow(n)
			for selected[j] {
				j = r.randbelow(n)
			}
			selected[j] = true
			result[i] = pop[j]
		}
	}
	return &List[T]{V: result}
}

func sprintfPy(format string, a ...any) string { return Errorf(ValueErrorClass, format, a...).PyStr() }

// NewRandom is random.Random(seed): a generator of its own.
func NewRandom(seed int64) *Random {
	r := &Random{}
	r.Seed(seed)
	return r
}

// NewRandomUnseeded is random.Random() (seeded from the clock).
func NewRandomUnseeded() *Random { return newUnseeded() }

// Choices is random.choices(population, k=k) without weights; kind names
// the population's type for the IndexError an empty one raises.
func Choices[T any](r *Random, pop []T, k int64, kind string) *List[T] {
	n := float64(len(pop))
	out := make([]T, 0, max(k, 0))
	for i := int64(0); i < k; i++ {
		j := int(math.Floor(r.Random() * n))
		if j >= len(pop) {
			panic(IndexError(strings.TrimPrefix(kind+" index out of range", " ")))
		}
		out = append(out, pop[j])
	}
	return &List[T]{V: out}
}

// ChoicesCum is random.choices(population, cum_weights=cum, k=k); weights
// reach it accumulated (AccumulateInts, AccumulateFloats). Like CPython it
// bisects random() * total into the cumulative weights.
func ChoicesCum[T any](r *Random, pop []T, cum []float64, k int64) *List[T] {
	n := len(pop)
	if len(cum) != n {
		panic(ValueError("The number of weights does not match the population"))
	}
	if n == 0 {
		panic(IndexError("list index out of range"))
	}
	total := cum[n-1] + 0.0
	if total <= 0 {
		panic(ValueError("Total of weights must be greater than zero"))
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		panic(ValueError("Total of weights must be finite"))
	}
	hi := n - 1
	out := make([]T, 0, max(k, 0))
	for i := int64(0); i < k; i++ {
		x := r.Random() * total
		lo, h := 0, hi
		for lo < h { // bisect_right(cum, x, 0, hi)
			mid := (lo + h) / 2
			if x < cum[mid] {
				h = mid
			} else {
				lo = mid + 1
			}
		}
		out = append(out, pop[lo])
	}
	return &List[T]{V: out}
}

// AccumulateInts is list(itertools.accumulate(ws)) of int weights, as the
// floats ChoicesCum compares (exact below 2**53).
func AccumulateInts(ws []int64, cumulative bool) []float64 {
	out := make([]float64, len(ws))
	var s int64
	for i, w := range ws {
		if cumulative {
			s = w
		} else {
			s = AddInt(s, w)
		}
		out[i] = float64(s)
	}
	return out
}

// AccumulateFloats is list(itertools.accumulate(ws)) of float weights
// (cumulative: ws already are cumulative weights).
func AccumulateFloats(ws []float64, cumulative bool) []float64 {
	if cumulative {
		return ws
	}
	out := make([]float64, len(ws))
	s := 0.0
	for i, w := range ws {
		if i == 0 {
			s = w
		} else {
			s += w
		}
		out[i] = s
	}
	return out
}

// The distributions below follow Lib/random.py (3.11) operation by
// operation. Logarithms and exponentials are glibc's (libm.go); sines and
// cosines are correctly rounded (double-double evaluation), which is what
// glibc's results are except, rarely, in the last bit.

// pyLog is math.log(x) (CPython's random calls math.log).
func pyLog(x float64) float64 { return MathLog(x, Opt[float64]{}) }

// crSinCos returns sin(x) and cos(x), correctly rounded, for finite x.
func crSinCos(x float64) (float64, float64) {
	s, c := ddSinCos(x)
	return s.hi + s.lo, c.hi + c.lo
}

// twoProd returns a*b as an unevaluated sum (exact).
func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

// Expovariate is random.expovariate(lambd).
func (r *Random) Expovariate(lambd float64) float64 {
	u := 1.0 - r.Random()
	if lambd == 0 {
		panic(ZeroDivisionError("float division by zero"))
	}
	return -pyLog(u) / lambd
}

// Gauss is random.gauss(mu, sigma): Box-Muller, keeping the pair's second
// value for the next call (reset by seed).
func (r *Random) Gauss(mu, sigma float64) float64 {
	z := r.gaussNext
	had := r.hasGauss
	r.hasGauss = false
	if !had {
		x2pi := r.Random() * 6.283185307179586
		g2rad := math.Sqrt(-2.0 * pyLog(1.0-r.Random()))
		s, c := crSinCos(x2pi)
		z = c * g2rad
		r.gaussNext, r.hasGauss = s*g2rad, true
	}
	return mu + z*sigma
}

// NormalVariate is random.normalvariate(mu, sigma) (Kinderman and
// Monahan's ratio method).
func (r *Random) NormalVariate(mu, sigma float64) float64 {
	const nvMagic = 0x1.b72cd3f331398p+0 // 4 * exp(-0.5) / sqrt(2.0)
	var z float64
	for {
		u1 := r.Random()
		u2 := 1.0 - r.Random()
		z = nvMagic * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -pyLog(u2) {
			break
		}
	}
	return mu + z*sigma
}

// Triangular is random.triangular(low, high, mode) (hasMode false: mode
// None, the midpoint).
func (r *Random) Triangular(low, high float64, mode float64, hasMode bool) float64 {
	u := r.Random()
	c := 0.5
	if hasMode {
		if high == low {
			return low // (mode - low) / (high - low) raised ZeroDivisionError
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return low + (high-low)*math.Sqrt(u*c)
}

// pyExp is math.exp(x) (OverflowError past the double range).
func pyExp(x float64) float64 { return MathExp(x) }

// floatDiv is a / b with Python's ZeroDivisionError.
func floatDiv(a, b float64) float64 {
	if b == 0 {
		panic(ZeroDivisionError("float division by zero"))
	}
	return a / b
}

// LogNormVariate is random.lognormvariate(mu, sigma).
func (r *Random) LogNormVariate(mu, sigma float64) float64 {
	return pyExp(r.NormalVariate(mu, sigma))
}

var (
	rndLog4         = pyLog(4.0)
	rndSGMagicConst = 1.0 + pyLog(4.5)
)

// GammaVariate is random.gammavariate(alpha, beta) (Lib/random.py 3.11:
// Cheng's method for alpha > 1, ALGORITHM GS below 1).
func (r *Random) GammaVariate(alpha, beta float64) float64 {
	if alpha <= 0.0 || beta <= 0.0 {
		panic(NewExc(ValueErrorClass, "gammavariate: alpha and beta must be > 0.0"))
	}
	switch {
	case alpha > 1.0:
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - rndLog4
		ccc := alpha + ainv
		for {
			u1 := r.Random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.Random()
			v := pyLog(u1/(1.0-u1)) / ainv
			x := alpha * pyExp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+rndSGMagicConst-4.5*z >= 0.0 || rr >= pyLog(z) {
				return x * beta
			}
		}
	case alpha == 1.0:
		return -pyLog(1.0-r.Random()) * beta
	}
	var x float64
	for {
		u := r.Random()
		b := (math.E + alpha) / math.E
		p := b * u
		if p <= 1.0 {
			x = PowFloat(p, 1.0/alpha)
		} else {
			x = -pyLog((b - p) / alpha)
		}
		u1 := r.Random()
		if p > 1.0 {
			if u1 <= PowFloat(x, alpha-1.0) {
				break
			}
		} else if u1 <= pyExp(-x) {
			break
		}
	}
	return x * beta
}

// BetaVariate is random.betavariate(alpha, beta).
func (r *Random) BetaVariate(alpha, beta float64) float64 {
	y := r.GammaVariate(alpha, 1.0)
	if y != 0 {
		return y / (y + r.GammaVariate(beta, 1.0))
	}
	return 0.0
}

// ParetoVariate is random.paretovariate(alpha).
func (r *Random) ParetoVariate(alpha float64) float64 {
	u := 1.0 - r.Random()
	return PowFloat(u, floatDiv(-1.0, alpha))
}

// WeibullVariate is random.weibullvariate(alpha, beta).
func (r *Random) WeibullVariate(alpha, beta float64) float64 {
	u := 1.0 - r.Random()
	return alpha * PowFloat(-pyLog(u), floatDiv(1.0, beta))
}
