package check

import "github.com/aiogo/aiogo/ast"

// ensureFieldMethod checks, ahead of its turn, the body of the method
// that first assigns field f (declared by a `self.f = ...` outside
// __init__, decl.go) when f is read before its type is known: the getter
// of a property reading what its setter, defined below it, stores.
func (c *checker) ensureFieldMethod(f *Field) {
	if f.Type != nil || c.speculating > 0 {
		return
	}
	m := c.fieldMethods[f]
	if m == nil {
		return
	}
	fd, ok := m.Def.(*ast.FuncDef)
	if !ok {
		return
	}
	fi := c.info.Funcs[fd]
	if fi == nil || fi.bodyDone || c.initBusy[fi] {
		return
	}
	if c.initBusy == nil {
		c.initBusy = map[*FuncInfo]bool{}
	}
	c.initBusy[fi] = true
	saveNoNarrow, saveCallee := c.noNarrow, c.inCallee
	defer func() { c.noNarrow, c.inCallee = saveNoNarrow, saveCallee }()
	c.noNarrow, c.inCallee = nil, false
	fi.Class = m.Owner
	c.funcBody(fi, fd.Body)
}
