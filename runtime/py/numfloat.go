package py

// NumDivMod is divmod(a, b) for numbers of any numeric type (an int | float
// operand: a float position that received an int): ints give ints, a float
// operand gives floats.
func NumDivMod(a, b any) Tuple2[any, any] {
	return Tuple2[any, any]{F0: NumFloorDiv(a, b), F1: NumMod(a, b)}
}
