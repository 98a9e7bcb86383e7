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
