package py

import "strings"

// LooseAs reads v, a gather(..., return_exceptions=True) result that the
// program uses as a T where mypy types it Any (check/gatherloose.go): v
// itself when it holds a T, else (v holds an exception) the error CPython
// raises for that use, kind (TypeError, AttributeError or
// NotImplementedError) with msg, "{}" standing for the exception's class
// name. An exception of a class the program defines may have the
// attribute or the operator CPython would then use: NotImplementedError.
func LooseAs[T any](v any, kind, msg string) T {
	if x, ok := v.(T); ok {
		return x
	}
	panic(looseError(v, kind, msg))
}

func looseError(v any, kind, msg string) *BaseException {
	name := TypeName(v)
	user := false
	if e, ok := v.(Exception); ok && e.Exc().Class != nil {
		user = e.Exc().Class.New != nil
	}
	if user && kind != "NotImplementedError" {
		kind, msg = "NotImplementedError", "aiogo: a gather(..., return_exceptions=True) result holds a {} exception where the program uses it as its result type; CPython would look up the operation on the exception's class"
	}
	msg = strings.ReplaceAll(msg, "{}", name)
	switch kind {
	case "TypeError":
		return TypeError(msg)
	case "AttributeError":
		return AttributeError(msg)
	}
	return NotImplementedError(msg)
}
