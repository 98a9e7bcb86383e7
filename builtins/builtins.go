// Package builtins is the one declarative description of aiogo's built-in
// surface: the built-in functions, the methods of the built-in types (str,
// bytes, list, dict, set, tuple, int, float and the dict views) and module
// functions (asyncio.X, time.X, ...). Each Entry gives the Python signature
// (in typeshed's notation), the runtime symbol the call lowers to (a Go
// identifier in runtime or runtime/py), and a one-line description.
//
// The checker (package check) and the generator (package codegen) both read
// this table: a call of an entry without a hook is typed from Sig and lowered
// to a call of Go with the receiver (for methods) and then one argument per
// parameter, defaults filled in from Sig. The few entries that need custom
// typing or lowering have a hook registered in check or codegen under the
// entry's Name; tests there verify that every hook names an entry and that
// every entry without a lowering hook names a Go symbol. A test in this
// package resolves every Go symbol of the table with go/types, and
// docs/language.md's tables are generated from it (go generate ./builtins).
//
// Adding a str method is one row here plus its runtime function.
//
// Module functions (asyncio.sleep, time.monotonic) and, later, built-in
// classes can be described by the same rows: the Name is then "module.name".
package builtins

import (
	"sort"
	"strconv"
	"strings"
)

//go:generate go test -run TestLanguageDoc -update .

// The import paths of the runtime packages a GoIdent may name.
const (
	RuntimePath = "github.com/aiogo/aiogo/runtime"
	PyPath      = "github.com/aiogo/aiogo/runtime/py"
)

// GoIdent names a Go identifier in one of the runtime packages (as
// protogen's GoIdent does). A zero GoIdent means the entry is lowered by a
// hook only.
type GoIdent struct {
	// Path is the import path (RuntimePath or PyPath).
	Path string
	// Name is the Go identifier: a package-level function, or, with
	// Method, the name of a method of the receiver's Go type.
	Name string
	// Method marks a method of the receiver's Go type (list.append lowers
	// to l.Append(x)); otherwise a method entry lowers to a function taking
	// the receiver first (str.upper lowers to py.StrUpper(s)).
	Method bool
	// Generic marks a generic function of the receiver's type arguments
	// (a list's or set's element type, a dict's key and value types), which
	// the call instantiates explicitly (list.count lowers to
	// py.ListCount[T](l, v)) so that its arguments convert to those types
	// as a method's would. Rarely used methods of the generic containers
	// are such functions: Go compiles every method of every instance of a
	// generic type in each package that uses it, a function only where it
	// is called.
	Generic bool
}

// IsZero reports whether the identifier is unset.
func (g GoIdent) IsZero() bool { return g.Name == "" }

// String renders the identifier as Go source would name it ("py.StrUpper",
// "(*py.List).Append").
func (g GoIdent) String() string {
	pkg := "py"
	if g.Path == RuntimePath {
		pkg = "runtime"
	}
	if g.Method {
		return "." + g.Name
	}
	return pkg + "." + g.Name
}

// Py names a function of runtime/py.
func Py(name string) GoIdent { return GoIdent{Path: PyPath, Name: name} }

// PyGeneric names a generic function of runtime/py taking the receiver
// first, instantiated with the receiver's type arguments.
func PyGeneric(name string) GoIdent { return GoIdent{Path: PyPath, Name: name, Generic: true} }

// PyMethod names a method of the receiver's runtime/py type.
func PyMethod(name string) GoIdent { return GoIdent{Path: PyPath, Name: name, Method: true} }

// RT names a function of the runtime package.
func RT(name string) GoIdent { return GoIdent{Path: RuntimePath, Name: name} }

// Entry describes one built-in function, method or module function.
type Entry struct {
	// Name is "len" for a built-in function, "str.find" for a method of a
	// built-in type (the receiver's Python type name, then the method), and
	// "asyncio.sleep" for a module function.
	Name string
	// Sig is the Python signature in typeshed notation, without the
	// function name and self: "(sub: str, start: int | None = None, /) -> int".
	// Type variables: T is the element type of the receiver (list, set,
	// tuple, Iterable), K and V the key and value types of a dict receiver.
	Sig string
	// Go is the runtime symbol the call lowers to.
	Go GoIdent
	// Also lists further runtime symbols a lowering hook uses (variants of
	// Go), so that the symbol test covers them too.
	Also []GoIdent
	// Doc is a one-line description for the language reference.
	Doc string
	// Static marks a class method of a built-in type, called on the type
	// (bytes.fromhex, int.from_bytes): it lowers without a receiver.
	Static bool
	// Const marks a module constant (math.pi): its Sig is "() -> T" and
	// module.name is a call of its Go function.
	Const bool
}

// Receiver returns the receiver type name of a method entry ("str" for
// "str.find"), or "" for a built-in function.
func (e *Entry) Receiver() string {
	if i := strings.LastIndexByte(e.Name, '.'); i >= 0 {
		return e.Name[:i]
	}
	return ""
}

// Short returns the name without the receiver or module ("find").
func (e *Entry) Short() string {
	return e.Name[strings.LastIndexByte(e.Name, '.')+1:]
}

// Signature parses Sig (the table is verified by tests, so this panics on a
// malformed row).
func (e *Entry) Signature() *Sig {
	s, err := ParseSig(e.Sig)
	if err != nil {
		panic("builtins: " + e.Name + ": " + err.Error())
	}
	return s
}

var index map[string]*Entry

func init() {
	table = append(table, moduleTable...) // table_modules.go
	index = make(map[string]*Entry, len(table))
	for i := range table {
		e := &table[i]
		if index[e.Name] != nil {
			panic("builtins: duplicate entry " + e.Name)
		}
		index[e.Name] = e
	}
}

// Lookup returns the entry named name ("len", "str.find"), or nil.
func Lookup(name string) *Entry { return index[name] }

// Method returns the entry of method name of the built-in type recv, or
// nil. The collections classes have the methods of their base (list for
// deque, dict for the others) unless they describe their own.
func Method(recv, name string) *Entry {
	if e := index[recv+"."+name]; e != nil {
		return e
	}
	if b := ReceiverBase[recv]; b != "" {
		return index[b+"."+name]
	}
	return nil
}

// ReceiverBase maps the collections classes to the built-in type whose
// methods they share.
var ReceiverBase = map[string]string{"deque": "list", "bytearray": "list", "Counter": "dict", "OrderedDict": "dict", "defaultdict": "dict"}

// All returns every entry, sorted by name.
func All() []*Entry {
	out := make([]*Entry, 0, len(table))
	for i := range table {
		out = append(out, &table[i])
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Functions returns the built-in functions (entries without a receiver),
// sorted by name.
func Functions() []*Entry {
	var out []*Entry
	for _, e := range All() {
		if e.Receiver() == "" {
			out = append(out, e)
		}
	}
	return out
}

// MaxTuple is the largest arity of a fixed-size tuple: runtime/py provides
// Tuple1..TupleN, MakeTuple1..N and Zip1..N for N = MaxTuple (generated into
// runtime/py/tuple_gen.go). The checker refuses longer tuples with a
// positioned error.
const MaxTuple = 16

func arity(kind string, n int) GoIdent {
	if n < 1 || n > MaxTuple {
		panic("builtins: " + kind + " of arity " + strconv.Itoa(n))
	}
	return Py(kind + strconv.Itoa(n))
}

// TupleType names the Go type of a tuple of n elements (1 <= n <= MaxTuple).
func TupleType(n int) GoIdent { return arity("Tuple", n) }

// MakeTuple names the constructor of a tuple of n elements.
func MakeTuple(n int) GoIdent { return arity("MakeTuple", n) }

// Zip names the zip of n iterators.
func Zip(n int) GoIdent { return arity("Zip", n) }
