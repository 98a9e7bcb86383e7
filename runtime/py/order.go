package py

// Id returns v. Generated code wraps an operand in Id where Python
// evaluates it before a later call in the same expression: Go orders calls
// left to right, but not plain reads of variables, fields and elements.
func Id[T any](v T) T { return v }
