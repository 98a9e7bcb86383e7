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

// convertAny converts a value held as any (a sent value or a return value
// passed through yield from) to T: as it is when it has type T, an int or
// bool widened where T is float and a bool where T is int (a generator
// whose send type is a float may be sent an int, as typeshed allows), and
// T's zero value otherwise (None where T is not an Optional).
func convertAny[T any](v any) T {
	if t, ok := v.(T); ok {
		return t
	}
	var zero T
	switch any(zero).(type) {
	case float64:
		switch x := v.(type) {
		case int64:
			return any(float64(x)).(T)
		case bool:
			return any(float64(BoolToInt(x))).(T)
		}
	case int64:
		if x, ok := v.(bool); ok {
			return any(BoolToInt(x)).(T)
		}
	}
	return zero
}
