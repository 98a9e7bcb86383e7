package check

// The sys extension module (runtime/py/sysmod.go): sys.exit, sys.maxsize
// and sys.getrecursionlimit come from the built-in table; sys.stdout and
// sys.stderr are TextIO streams that print(file=) takes and whose write
// and flush methods may be called.

// TextIOType is the type of sys.stdout and sys.stderr.
var TextIOType = &Opaque{"TextIO", "TextIO"}

// sysModuleMember resolves from sys import name: the table's functions
// (the streams are reached as sys.stdout and sys.stderr).
func sysModuleMember(name string) *Symbol {
	return tableModuleMember("sys", name)
}
