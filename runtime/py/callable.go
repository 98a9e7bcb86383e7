package py

import "reflect"

// Callable is callable(v) for a value whose static type does not tell
// (object, a union): functions, lambdas and bound methods (Go funcs),
// built-in callables (BuiltinRepr), and classes (Class). Instances of
// user classes defining __call__ are tested by the generated code, which
// knows those classes.
func Callable(v any) bool {
	switch x := unwrapOpt(v).(type) {
	case nil:
		return false
	case BuiltinRepr, *Class:
		return true
	default:
		return reflect.TypeOf(x).Kind() == reflect.Func
	}
}

// BoundBuiltin is a bound method of a built-in type ("abc".upper) stored
// where any value may go (object): its receiver is evaluated (recv) and
// the method is the built-in callable its repr names.
func BoundBuiltin(recv any, repr string) BuiltinRepr {
	_ = recv
	return BuiltinRepr(repr)
}
