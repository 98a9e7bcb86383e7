package check

// __index__: an instance of a user class defining `def __index__(self) ->
// int` stands where CPython takes an integer index (operator.index):
// list, tuple, str, bytes, range and Sequence indexes, bin/hex/oct and
// range() arguments. The generated code calls the method there.

// IndexDunder returns cls's __index__ method when t is a user class
// defining one that returns int, else nil.
func IndexDunder(t Type) *Method {
	m := Dunder(t, "__index__")
	if m == nil || m.Sig == nil || len(m.Sig.Params) != 0 || m.Sig.Ret != Int || m.IsAsync || m.IsProperty || m.IsStatic || m.IsClass {
		return nil
	}
	return m
}

// intLike reports a type whose values CPython takes as an integer index:
// int, bool, or a class with __index__.
func intLike(t Type) bool {
	return t == Int || t == Bool || IndexDunder(t) != nil
}
