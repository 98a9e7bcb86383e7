package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// bytearray is a list[int] marked "bytearray" (collections.go's marking):
// it indexes, slices, iterates, appends and extends as a list of ints
// does; the run-time list carries the difference (its repr, its type name,
// the range check of stored values). Its own methods (hex, decode) come
// from the table's bytearray rows; bytes values may extend it (ba += b"..",
// ba.extend(b"..")), be assigned to its slices, and bytes(ba) converts it.
// The bytes methods it has no row of its own for (find, startswith, split,
// upper, ...) apply to bytes(ba); their bytes results are bytearrays, as
// in CPython (byteArrayResult).

// ByteArrayType returns a new bytearray type.
func ByteArrayType() Type { return markColl(&List{Elem: Int}, "bytearray") }

// IsByteArray reports whether t is a bytearray.
func IsByteArray(t Type) bool { return CollectionKind(t) == "bytearray" }

func init() {
	checkHooks["bytearray"] = checkByteArray
}

// checkByteArray types bytearray(), bytearray(n), bytearray(b) and
// bytearray(ints).
func checkByteArray(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, "bytearray", 0, 1) {
		return nil
	}
	if len(x.Args) == 1 {
		t := c.expr(x.Args[0])
		switch {
		case t == nil:
			return nil
		case t == Int, t == Bytes:
		case IsByteArray(t):
		default:
			if et := c.elemType(t, x.Args[0]); et != Int {
				c.errorf(x.Args[0].Position(), "bytearray() takes an int, bytes or an iterable of ints, not %s", t)
				return nil
			}
		}
	}
	return ByteArrayType()
}

// byteArrayResult is the type of a bytes method called on a bytearray:
// its result with bytes made bytearray (also in a list or tuple).
func byteArrayResult(t Type) Type {
	switch x := t.(type) {
	case *Basic:
		if x == Bytes {
			return ByteArrayType()
		}
	case *List:
		if x.Elem == Bytes && CollectionKind(x) == "" {
			return &List{Elem: ByteArrayType()}
		}
	case *Tuple:
		if !x.Var && len(x.Elems) == 3 && x.Elems[0] == Bytes && x.Elems[1] == Bytes && x.Elems[2] == Bytes {
			ba := ByteArrayType()
			return &Tuple{Elems: []Type{ba, ba, ba}}
		}
	}
	return t
}

// bytesSubArg reports ba.index(b"..") and ba.count(sub) whose first
// argument is written as bytes (a literal or a name holding bytes): the
// bytes method, not the list's of an int.
func (c *checker) bytesSubArg(x *ast.Call) bool {
	if x == nil || len(x.Args) == 0 {
		return false
	}
	switch a := x.Args[0].(type) {
	case *ast.BytesLit:
		return true
	case *ast.Name:
		sym := c.lookup(a.ID)
		return sym != nil && sym.Kind == SymVar && sym.Type == Bytes
	}
	return false
}

// byteArrayHint explains the refusal of a bytearray stored or passed where
// bytes is declared (mypy accepts it): the value would stay a bytearray in
// CPython (its repr, its mutations), which a bytes copy is not. Built-in
// functions and methods, which only read it, take it (entryCallSig).
func byteArrayHint(from, to Type) string {
	if IsByteArray(from) && to == Bytes {
		return " (a bytearray stays a bytearray where bytes is declared: pass bytes(...), a copy, or declare bytearray)"
	}
	return ""
}
