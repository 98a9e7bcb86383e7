package check

import "github.com/aiogo/aiogo/ast"

// del of a local variable: the variable is unbound again, so a later read
// raises UnboundLocalError unless it was assigned in between (the IR's
// unbound analysis, ir/unbound.go, tracks it as it tracks a local read
// before its first assignment). A variable of the module or one a nested
// function uses (a shared cell) is refused.

// delName checks del x.
func (c *checker) delName(n *ast.Name) {
	sym := c.lookup(n.ID)
	if sym == nil || sym.Kind != SymVar {
		c.errorf(n.Pos, "del of %s is not supported (only variables, dict keys and list items)", n.ID)
		return
	}
	if sym.Owner == nil || sym.Owner == c.info.Module || sym.Owner != c.fn {
		c.errorf(n.Pos, "del of the module-level or enclosing-function variable %s is not supported", n.ID)
		return
	}
	c.expr(n) // reading an unbound x raises, as del does
	c.forgetSym(sym)
	c.dels = append(c.dels, n)
}

// checkDels refuses the del of a variable that a nested function turned
// out to use (it lives in a cell shared with the nested function).
func (c *checker) checkDels() {
	for _, n := range c.dels {
		if sym := c.info.Uses[n]; sym != nil && sym.Captured {
			c.errorf(n.Pos, "del of %s, which a nested function uses, is not supported", n.ID)
		}
	}
}
