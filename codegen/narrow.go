package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// narrowed converts the read s of a narrowed variable or attribute chain e
// from its declared representation to the representation of the type the
// checker narrowed it to. checked selects an unwrap of an Optional that
// raises when the value is None: it is used wherever another function could
// have stored None since the test (attributes, captured and module-level
// variables), so that a stale fact raises instead of reading a zero value.
func (g *gen) narrowed(e ast.Expr, s *Statement, checked bool) *Statement {
	from, ok := g.info.Narrowed[e]
	if !ok {
		return s
	}
	return g.narrowConv(s, from, g.info.Types[e], checked)
}

func (g *gen) narrowConv(s *Statement, from, to check.Type, checked bool) *Statement {
	if from == nil || to == nil || check.Identical(from, to) {
		return s
	}
	switch f := from.(type) {
	case *check.Optional:
		if _, ok := to.(*check.Optional); ok {
			// Narrowed inside the Optional (isinstance excludes None, so
			// this does not happen; keep the value).
			return s
		}
		if checked {
			s = s.Dot("Get").Call()
		} else {
			s = s.Dot("V")
		}
		return g.narrowConv(s, f.Elem, to, checked)
	case *check.AnyType, *check.Union:
		switch to.(type) {
		case *check.AnyType, *check.Union:
			return s
		}
		return s.Assert(g.goType(to))
	case *check.Class:
		if tc, ok := to.(*check.Class); ok && !tc.Builtin {
			if f.Builtin || tc != f {
				return s.Assert(g.goType(to))
			}
		}
		return s
	}
	return s
}

// narrowChecked reports whether reads of a narrowed variable need the
// checked unwrap (see narrowed).
func (g *gen) narrowChecked(sym *check.Symbol) bool {
	return sym.Captured || sym.Owner == nil || sym.Owner == g.info.Module
}
