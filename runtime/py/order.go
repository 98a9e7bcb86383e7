package py

// Id returns v. Generated code wraps an operand in Id where Python
// evaluates it before a later call in the same expression: Go orders calls
// left to right, but not plain reads of variables, fields and elements.
func Id[T any](v T) T { return v }

// Bound returns v, the value of the local variable name, when bound is
// set, and raises UnboundLocalError otherwise (a read on a path where
// the variable was never assigned).
func Bound[T any](bound bool, v T, name string) T {
	if !bound {
		Raise(NewExc(UnboundLocalErrorClass, "cannot access local variable '"+name+"' where it is not associated with a value"))
	}
	return v
}
