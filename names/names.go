// Package names owns every Go identifier the generator emits: the mapping
// from Python names to Go identifiers and the names of generated helpers
// (frames, constructors, temporaries). Nothing else in the compiler builds
// an identifier by string concatenation, so no user program can make two
// declarations collide.
//
// The scheme splits Go identifiers into two disjoint namespaces:
//
//   - User names. [User] maps a Python name to itself when it neither
//     starts nor ends with '_' and is not [Reserved] (a Go keyword, a
//     predeclared identifier, a package name the generated file imports,
//     or a member name the runtime gives generated types); otherwise it
//     appends one '_'. So `fetch` is `fetch`, `type` is `type_`, `_x` is
//     `_x_`, `x_` is `x__`. The mapping is injective, and its image never
//     starts with '_' without also ending with '_'.
//   - Generated names start with '_' and never end with '_', so no user
//     name reaches them; reserved names (`main`, `init`, `rt`, `py`, `Step`)
//     are generated too, since User never returns them. Three shapes:
//     [Temp] `_t3`, `_a0`, `_f` (a letter kind and an optional number, no
//     further '_'); [Derived] `_fetch_co`, `_fetch_into`, `_Counter_new`
//     (a name, '_', and a kind that starts with a letter: unique for unique
//     names, and never a Temp since it contains a second '_'); and
//     [Positional] `_outer_inner_12_5` (a readable hint and the source line
//     and column of the definition, for nested functions, lambdas and
//     other entities whose names are only unique together with their
//     enclosing one: unique because two definitions never share a
//     position, and never a Derived name since its kind is numeric).
//
// Go's exported namespace (an upper-case first letter) holds user names
// that start with one; a generator of exported API for non-main packages
// must check its names against [User] of every module-level name.
package names

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// reserved are the identifiers a user name must never become: Go's
// keywords are checked with go/token, these are Go's predeclared
// identifiers, the packages generated code imports (or may import), the
// entry points and the exported members the runtime's interfaces require
// of generated types (frames, classes, exceptions).
var reserved = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`
		any append bool byte cap clear close comparable complex complex128 complex64
		copy delete error false float32 float64 imag int int16 int32 int64 int8 iota
		len make max min new nil panic print println real recover rune string true
		uint uint16 uint32 uint64 uint8 uintptr
		main init
		rt py fmt math strings os sort time sync context errors strconv unsafe bytes io
		Step Result GenYielded GenResume GenResult AGenYielded AGenSend
		PyStr PyRepr PyTypeName PyEqual PyCompare PyHash EnumName EnumValue
		Class Self Args Cause Context SuppressContext Traceback Message Exceptions
		Exc Outer Error ClassName IsInstance Value Frames Unwrap`) {
		reserved[s] = true
	}
}

// Reserved reports whether name is an identifier user names must not
// become (see the package comment).
func Reserved(name string) bool { return reserved[name] || token.IsKeyword(name) }

// User returns the Go identifier of a Python name (a variable, function,
// class, parameter or field). Distinct Python names give distinct
// identifiers, and none of them is a generated name.
func User(name string) string {
	name = goRunes(name)
	if name == "" {
		return "_"
	}
	if strings.HasPrefix(name, "_") || strings.HasSuffix(name, "_") || Reserved(name) {
		return name + "_"
	}
	return name
}

// goRunes keeps a Python identifier's runes that Go accepts in an
// identifier and spells the others (combining marks, connector
// punctuation other than '_') as xHHHH. Such names are rare; the escape
// keeps them valid Go but is not injective against a name spelled with
// the escape itself.
func goRunes(name string) string {
	ok := true
	for i, r := range name {
		if !goRune(r, i == 0) {
			ok = false
			break
		}
	}
	if ok {
		return name
	}
	var b strings.Builder
	for i, r := range name {
		if goRune(r, i == 0) {
			b.WriteRune(r)
			continue
		}
		b.WriteString("x" + strconv.FormatInt(int64(r), 16))
	}
	return b.String()
}

func goRune(r rune, first bool) bool {
	return r == '_' || unicode.IsLetter(r) || (!first && unicode.IsDigit(r))
}

// Method returns the Go method name of a user method: methods share the
// struct's namespace with its fields (user names), so they are derived.
func Method(name string) string { return Derived(User(name), "m") }

// Temp returns a generated temporary or fixed helper name: '_', kind (a
// letter followed by letters) and n when n >= 0: Temp("t", 3) is `_t3`,
// Temp("f", -1) is `_f`.
func Temp(kind string, n int) string {
	checkKind(kind, false)
	if n < 0 {
		return "_" + kind
	}
	return "_" + kind + strconv.Itoa(n)
}

// Derived returns the generated name of the helper of kind kind for the
// entity whose Go identifier is base (a user name or another generated
// name): Derived("fetch", "co") is `_fetch_co`. kind starts with a letter
// and contains no '_'.
func Derived(base, kind string) string {
	checkKind(kind, true)
	return "_" + base + "_" + kind
}

// Positional returns the generated name of an entity defined at line:col
// of the source, with hint (any identifier characters) for the reader:
// Positional("outer_inner", 12, 5) is `_outer_inner_12_5`.
func Positional(hint string, line, col int) string {
	return "_" + hint + "_" + strconv.Itoa(line) + "_" + strconv.Itoa(col)
}

// IsGenerated reports whether s is in the generated namespace (no user
// name maps to it).
func IsGenerated(s string) bool {
	return Reserved(s) || (strings.HasPrefix(s, "_") && !strings.HasSuffix(s, "_"))
}

func checkKind(kind string, digits bool) {
	if kind == "" {
		panic("names: empty kind")
	}
	for i, r := range kind {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || digits && i > 0 && r >= '0' && r <= '9') {
			panic("names: bad kind " + strconv.Quote(kind))
		}
	}
}
