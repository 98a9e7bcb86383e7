package py

import (
	"math"
	"math/big"
	"strings"
)

// PowMod implements pow(base, exp, mod) for ints: the result has the sign
// of mod; a negative exp takes the modular inverse, as CPython 3.8+ does.
func PowMod(base, exp, mod int64) int64 {
	if mod == 0 {
		panic(ValueError("pow() 3rd argument cannot be 0"))
	}
	b, e, m := big.NewInt(base), big.NewInt(exp), big.NewInt(mod)
	am := new(big.Int).Abs(m)
	if exp < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(b, am), am)
		if inv == nil {
			panic(ValueError("base is not invertible for the given modulus"))
		}
		b = inv
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(b, e, am) // in [0, |mod|)
	if am.Cmp(big.NewInt(1)) == 0 {
		r.SetInt64(0)
	}
	if mod < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return r.Int64()
}

// FloatAsIntegerRatio implements f.as_integer_ratio().
func FloatAsIntegerRatio(f float64) Tuple2[int64, int64] {
	if math.IsInf(f, 0) {
		panic(OverflowError("cannot convert Infinity to integer ratio"))
	}
	if math.IsNaN(f) {
		panic(ValueError("cannot convert NaN to integer ratio"))
	}
	r := new(big.Rat).SetFloat64(f)
	n, d := r.Num(), r.Denom()
	if !n.IsInt64() || !d.IsInt64() {
		panic(overflow())
	}
	return MakeTuple2(n.Int64(), d.Int64())
}

// BytesContainsByte implements n in b for an int n (ValueError outside
// 0..255).
func BytesContainsByte(b Bytes, n int64) bool {
	if n < 0 || n > 255 {
		panic(ValueError("byte must be in range(0, 256)"))
	}
	return strings.IndexByte(string(b), byte(n)) >= 0
}

// Slice implements t[lo:hi:step].
func (t VarTuple[T]) Slice(lo, hi, step Opt[int64]) VarTuple[T] {
	return MkTuple(SliceOf(t.Elems(), lo, hi, step))
}

// Concat implements t + u.
func (t VarTuple[T]) Concat(u VarTuple[T]) VarTuple[T] {
	out := make([]T, 0, t.n+u.n)
	return MkTuple(append(append(out, t.Elems()...), u.Elems()...))
}

// TupleRepeat implements t * n for a tuple of elements xs.
func TupleRepeat[T any](xs []T, n int64) VarTuple[T] {
	if n <= 0 {
		return VarTuple[T]{}
	}
	if len(xs) == 0 {
		return VarTuple[T]{}
	}
	checkRepeat[T](len(xs), n) // memlimit.go
	out := make([]T, 0, int64(len(xs))*n)
	for i := int64(0); i < n; i++ {
		out = append(out, xs...)
	}
	return MkTuple(out)
}

// BoolsToInts converts bools to 0 and 1 (sum of bools).
func BoolsToInts(xs []bool) []int64 {
	out := make([]int64, len(xs))
	for i, x := range xs {
		if x {
			out[i] = 1
		}
	}
	return out
}

// IntOf converts a Go int to a Python int (a call, so that it may stand
// as an expression statement: t.uncancel()).
func IntOf(n int) int64 { return int64(n) }
