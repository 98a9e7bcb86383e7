package py

// Arithmetic on values of a numeric union type (int | float): the value
// is an interface holding an int64, a float64 or a bool (an int), and each
// operation does what CPython does for the dynamic types it finds: int op
// int stays an int (int ** negative int is a float), anything with a float
// is a float.

// numOf decodes a number held in an interface.
func numOf(v any) (i int64, f float64, isFloat bool) {
	switch x := v.(type) {
	case int64:
		return x, 0, false
	case float64:
		return 0, x, true
	case bool:
		return BoolToInt(x), 0, false
	}
	panic(TypeError("unsupported operand type: " + TypeName(v)))
}

// numBinary applies ints when both operands are ints, else floats to both
// operands as floats.
func numBinary(a, b any, ints func(x, y int64) any, floats func(x, y float64) any) any {
	ai, af, aFloat := numOf(a)
	bi, bf, bFloat := numOf(b)
	if !aFloat && !bFloat {
		return ints(ai, bi)
	}
	if !aFloat {
		af = float64(ai)
	}
	if !bFloat {
		bf = float64(bi)
	}
	return floats(af, bf)
}

// NumAdd is a + b for numbers of any numeric type.
func NumAdd(a, b any) any {
	return numBinary(a, b, func(x, y int64) any { return AddInt(x, y) }, func(x, y float64) any { return x + y })
}

// NumSub is a - b for numbers of any numeric type.
func NumSub(a, b any) any {
	return numBinary(a, b, func(x, y int64) any { return SubInt(x, y) }, func(x, y float64) any { return x - y })
}

// NumMul is a * b for numbers of any numeric type.
func NumMul(a, b any) any {
	return numBinary(a, b, func(x, y int64) any { return MulInt(x, y) }, func(x, y float64) any { return x * y })
}

// NumTrueDiv is a / b for numbers of any numeric type (always a float).
func NumTrueDiv(a, b any) float64 {
	return numBinary(a, b, func(x, y int64) any { return DivInt(x, y) }, func(x, y float64) any { return DivFloat(x, y) }).(float64)
}

// NumFloorDiv is a // b for numbers of any numeric type.
func NumFloorDiv(a, b any) any {
	return numBinary(a, b, func(x, y int64) any { return FloorDivInt(x, y) }, func(x, y float64) any { return FloorDivFloat(x, y) })
}

// NumMod is a % b for numbers of any numeric type.
func NumMod(a, b any) any {
	return numBinary(a, b, func(x, y int64) any { return ModInt(x, y) }, func(x, y float64) any { return ModFloat(x, y) })
}

// NumPow is a ** b for numbers of any numeric type: an int to a negative
// int power is a float, as in CPython.
func NumPow(a, b any) any {
	return numBinary(a, b, func(x, y int64) any {
		if y < 0 {
			return PowFloat(float64(x), float64(y))
		}
		return PowInt(x, y)
	}, func(x, y float64) any { return PowFloat(x, y) })
}

// NumNeg is -a for a number of any numeric type.
func NumNeg(a any) any {
	i, f, isFloat := numOf(a)
	if isFloat {
		return -f
	}
	return NegInt(i)
}

// NumPos is +a for a number of any numeric type (a bool becomes an int).
func NumPos(a any) any {
	i, f, isFloat := numOf(a)
	if isFloat {
		return f
	}
	return i
}

// AbsNum is abs(a) for a number of any numeric type.
func AbsNum(a any) any {
	i, f, isFloat := numOf(a)
	if isFloat {
		return AbsFloat(f)
	}
	return AbsInt(i)
}

// RoundNum is round(a) for a number of any numeric type.
func RoundNum(a any) int64 {
	i, f, isFloat := numOf(a)
	if isFloat {
		return RoundFloat(f)
	}
	return i
}

// RoundNumN is round(a, n) for a number of any numeric type: an int stays
// an int.
func RoundNumN(a any, n int64) any {
	i, f, isFloat := numOf(a)
	if isFloat {
		return RoundFloatN(f, n)
	}
	return RoundIntN(i, n)
}

// NumToFloat converts a number of any numeric type to a float (where a
// union value meets a float context: float arithmetic, a float variable).
func NumToFloat(a any) float64 {
	i, f, isFloat := numOf(a)
	if isFloat {
		return f
	}
	return float64(i)
}

// NumToInt is a number of a union of int and bool as an int.
func NumToInt(a any) int64 {
	i, _, isFloat := numOf(a)
	if isFloat {
		panic(TypeError("a float where an int was expected"))
	}
	return i
}

// IntOfNum is int(a) for a number of any numeric type (a float is
// truncated toward zero).
func IntOfNum(a any) int64 {
	i, f, isFloat := numOf(a)
	if isFloat {
		return IntFromFloat(f)
	}
	return i
}

// SumNums is sum() over numbers of any numeric types, added left to right
// from start as CPython does.
func SumNums(xs []any, start any) any {
	s := start
	for _, x := range xs {
		s = NumAdd(s, x)
	}
	return s
}
