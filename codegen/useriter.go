package codegen

import (
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// userIter emits the loop iterator over v, an instance of the user class
// cls whose __iter__ returns an iterator (see check.UserIterOf): a class
// with __next__ is stepped through py.NextIter, which ends the loop when
// __next__ raises StopIteration.
func (g *gen) userIter(v Code, cls *check.Class) Code {
	ui := check.UserIterOf(cls)
	it := Add(v).Dot(methodGoName("__iter__")).Call()
	if _, ok := ui.Iter.(*check.Class); ok {
		return py("NextIter").Types(g.goType(ui.Elem)).Call(it.Dot(methodGoName("__next__")))
	}
	return it
}

// userIterGoType is the Go type of userIter's result.
func (g *gen) userIterGoType(cls *check.Class) Code {
	ui := check.UserIterOf(cls)
	if _, ok := ui.Iter.(*check.Class); ok {
		return Op("*").Add(py("NextFunc").Types(g.goType(ui.Elem)))
	}
	return g.iterGoType(ui.Iter)
}

// isUserIterable reports whether t is a user class with a usable __iter__.
func isUserIterable(t check.Type) (*check.Class, bool) {
	cls, ok := t.(*check.Class)
	return cls, ok && check.UserIterOf(cls) != nil
}
