package py

// IntOfAny is int(x) for x of a union of str, int, float and bool.
func IntOfAny(x any) int64 {
	switch v := x.(type) {
	case string:
		return ParseInt(v)
	case float64:
		return IntFromFloat(v)
	case bool:
		return BoolToInt(v)
	case int64:
		return v
	}
	panic(TypeError("int() argument must be a string, a bytes-like object or a real number, not '" + TypeName(x) + "'"))
}

// FloatOfAny is float(x) for x of a union of str, int, float and bool.
func FloatOfAny(x any) float64 {
	switch v := x.(type) {
	case string:
		return ParseFloat(v)
	case float64:
		return v
	case bool:
		return float64(BoolToInt(v))
	case int64:
		return float64(v)
	}
	panic(TypeError("float() argument must be a string or a real number, not '" + TypeName(x) + "'"))
}
