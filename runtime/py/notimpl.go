package py

import "fmt"

// NotImplementedOf is `return NotImplemented` in an arithmetic special
// method (__add__, __radd__, ...) whose Go result is a T: it records the
// answer (as NotImplemented does for __eq__) and gives T's zero value.
func NotImplementedOf[T any]() T {
	notImpl = true
	var zero T
	return zero
}

// BinopResult is the result v of l op r computed by a special method that
// may return NotImplemented: v, or, when the method returned
// NotImplemented, the TypeError CPython raises once no operand implements
// op ("unsupported operand type(s) for +: 'Money' and 'int'").
func BinopResult[T any](v T, op string, l, r any) T {
	if TakeNotImplemented() {
		ln, rn := TypeName(l), TypeName(r)
		if op == "*" || op == "*=" {
			// A sequence operand repeats by an int only (its __rmul__
			// or __mul__, tried after the special method).
			if seqTypes[rn] {
				panic(TypeError("can't multiply sequence by non-int of type '" + ln + "'"))
			}
			if seqTypes[ln] {
				panic(TypeError("can't multiply sequence by non-int of type '" + rn + "'"))
			}
		}
		panic(TypeError(fmt.Sprintf("unsupported operand type(s) for %s: '%s' and '%s'", op, ln, rn)))
	}
	return v
}

// seqTypes are the built-in sequences that * repeats.
var seqTypes = map[string]bool{"str": true, "bytes": true, "bytearray": true, "list": true, "tuple": true}

// MakeCount checks the number of elements given to a NamedTuple's _make:
// CPython's TypeError for another count than the fields'.
func MakeCount(got, want int) {
	if got != want {
		panic(TypeError(fmt.Sprintf("Expected %d arguments, got %d", want, got)))
	}
}
