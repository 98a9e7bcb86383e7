package check

import "github.com/aiogo/aiogo/ast"

// An exception has __notes__ only after add_note (PEP 678), so code that
// reads them asks first: hasattr(e, "__notes__"), getattr(e, "__notes__",
// []). Both are answered at run time (Info.NotesCalls); getattr without a
// default is e.__notes__ itself (AttributeError before the first note).

// NotesCall is one such call: Obj the exception, Default getattr's default
// (nil for hasattr).
type NotesCall struct {
	Obj, Default ast.Expr
	Has          bool // hasattr
}

// notesCall checks x, a call of fname (getattr or hasattr) with the
// attribute name on a value of type ot, when it asks for the notes of an
// exception; ok is false otherwise.
func (c *checker) notesCall(x *ast.Call, fname, name string, ot Type) (Type, bool) {
	cls, isCls := ot.(*Class)
	if name != "__notes__" || !isCls || !cls.IsExc {
		return nil, false
	}
	notes := &List{Str}
	nc := &NotesCall{Obj: x.Args[0], Has: fname == "hasattr"}
	switch {
	case nc.Has:
	case len(x.Args) == 3:
		nc.Default = x.Args[2]
		if dt := c.exprWant(nc.Default, notes); dt != nil {
			c.assignable(dt, notes, nc.Default, "getattr default")
		}
	default:
		via := &ast.Attribute{Pos: x.Pos, Value: x.Args[0], Attr: name, AttrPos: x.Args[1].Position()}
		return c.exprVia(x, via), true
	}
	if !pureExpr(nc.Obj) {
		c.errorf(nc.Obj.Position(), "%s of an expression with effects is not supported: assign it to a variable first", fname)
		return nil, true
	}
	if c.info.NotesCalls == nil {
		c.info.NotesCalls = map[*ast.Call]*NotesCall{}
	}
	c.info.NotesCalls[x] = nc
	if nc.Has {
		return Bool, true
	}
	return notes, true
}
