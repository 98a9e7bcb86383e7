package parser

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/alecthomas/participle/v2/lexer"
)

// converter builds package ast nodes from the grammar structs. It also
// enforces the rules the permissive grammar leaves open; violations panic
// with an *Error that ParseFile recovers.
//
// A converter for an f-string replacement field works on text lexed on its
// own, wrapped in parentheses; pos maps its positions back into the file.
type converter struct {
	// pattern counts the case patterns being converted: an "as NAME"
	// element is allowed there only.
	pattern  int
	file     string
	sub      bool // positions come from a wrapped f-string field
	lineBase int  // file line of the field's first line
	colBase  int  // file column of the field's first byte
}

// pos maps a lexer position to a file position.
func (c *converter) pos(p lexer.Position) ast.Pos {
	if !c.sub {
		return ast.Pos{File: c.file, Line: p.Line, Col: p.Column}
	}
	if p.Line <= 1 {
		// Column 1 holds the "(" added around the field.
		return ast.Pos{File: c.file, Line: c.lineBase, Col: c.colBase + p.Column - 2}
	}
	return ast.Pos{File: c.file, Line: c.lineBase + p.Line - 1, Col: p.Column}
}

// fail aborts the conversion with a positioned error.
func (c *converter) fail(p ast.Pos, format string, args ...any) {
	panic(&Error{Pos: p, Msg: fmt.Sprintf(format, args...)})
}

func (c *converter) failAt(p lexer.Position, format string, args ...any) {
	c.fail(c.pos(p), format, args...)
}

// ---------------------------------------------------------------------------
// Statements

func (c *converter) module(f *fileNode) *ast.Module {
	m := &ast.Module{Pos: ast.Pos{File: c.file, Line: 1, Col: 1}}
	m.Body = typeCheckingImports(c.stmts(f.Stmts))
	return m
}

// typeCheckingImports replaces a module-level `if TYPE_CHECKING:` (or
// `if typing.TYPE_CHECKING:`) whose body only imports by those imports and
// its else branch: the imported names only annotate (in quotes, or under
// `from __future__ import annotations`), which mypy reads as if imported,
// and CPython never runs the body. A block doing more stays, and is refused.
func typeCheckingImports(body []ast.Stmt) []ast.Stmt {
	var out []ast.Stmt
	for _, st := range body {
		s, ok := st.(*ast.If)
		if !ok || !isTypeChecking(s.Test) || !onlyImports(s.Body) {
			out = append(out, st)
			continue
		}
		for _, b := range s.Body {
			if _, pass := b.(*ast.Pass); !pass {
				out = append(out, b)
			}
		}
		out = append(out, typeCheckingImports(s.Orelse)...)
	}
	return out
}

// isTypeChecking reports whether e is TYPE_CHECKING or typing.TYPE_CHECKING.
func isTypeChecking(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID == "TYPE_CHECKING"
	case *ast.Attribute:
		n, ok := x.Value.(*ast.Name)
		return ok && n.ID == "typing" && x.Attr == "TYPE_CHECKING"
	}
	return false
}

// onlyImports reports whether a block holds nothing but imports and pass.
func onlyImports(body []ast.Stmt) bool {
	for _, st := range body {
		switch st.(type) {
		case *ast.Import, *ast.ImportFrom, *ast.Pass:
		default:
			return false
		}
	}
	return true
}

func (c *converter) stmts(ss []stmtNode) []ast.Stmt {
	var out []ast.Stmt
	for _, s := range ss {
		out = append(out, c.stmt(s)...)
	}
	return out
}

func (c *converter) block(b *block) []ast.Stmt {
	if b == nil {
		return nil
	}
	if b.Simple != nil {
		return c.stmt(b.Simple)
	}
	return c.stmts(b.Stmts)
}

func (c *converter) stmt(s stmtNode) []ast.Stmt {
	switch s := s.(type) {
	case *simpleLine:
		out := make([]ast.Stmt, 0, len(s.Stmts))
		for _, st := range s.Stmts {
			out = append(out, c.small(st))
		}
		return out
	case *ifStmt:
		return []ast.Stmt{c.ifStmt(s)}
	case *whileStmt:
		return []ast.Stmt{&ast.While{Pos: c.pos(s.Pos), Test: c.namedExpr(s.Test), Body: c.block(s.Body), Orelse: c.block(s.Else)}}
	case *forStmt:
		return []ast.Stmt{c.forStmt(s, false, s.Pos)}
	case *tryStmt:
		return []ast.Stmt{c.tryStmt(s)}
	case *withStmt:
		return []ast.Stmt{c.withStmt(s, false, s.Pos)}
	case *funcDef:
		return []ast.Stmt{c.funcDef(s, false, s.Pos, nil)}
	case *classDef:
		return []ast.Stmt{c.classDef(s, nil)}
	case *asyncStmt:
		switch {
		case s.Def != nil:
			return []ast.Stmt{c.funcDef(s.Def, true, s.Pos, nil)}
		case s.For != nil:
			return []ast.Stmt{c.forStmt(s.For, true, s.Pos)}
		default:
			return []ast.Stmt{c.withStmt(s.With, true, s.Pos)}
		}
	case *decorated:
		decs := make([]ast.Expr, len(s.Decorators))
		for i, d := range s.Decorators {
			decs[i] = c.namedExpr(d.Expr)
		}
		switch {
		case s.Class != nil:
			return []ast.Stmt{c.classDef(s.Class, decs)}
		case s.Def != nil:
			return []ast.Stmt{c.funcDef(s.Def, false, s.Def.Pos, decs)}
		default:
			return []ast.Stmt{c.funcDef(s.AsyncDef.Def, true, s.AsyncDef.Pos, decs)}
		}
	case *matchStmt:
		m := &ast.Match{Pos: c.pos(s.Pos), Subject: c.starExprList(s.Subject)}
		for _, cc := range s.Cases {
			m.Cases = append(m.Cases, c.caseClause(cc))
		}
		return []ast.Stmt{m}
	}
	panic(fmt.Sprintf("unknown statement %T", s))
}

func (c *converter) ifStmt(s *ifStmt) *ast.If {
	root := &ast.If{Pos: c.pos(s.Pos), Test: c.namedExpr(s.Test), Body: c.block(s.Body)}
	cur := root
	for _, e := range s.Elifs {
		n := &ast.If{Pos: c.pos(e.Pos), Test: c.namedExpr(e.Test), Body: c.block(e.Body)}
		cur.Orelse = []ast.Stmt{n}
		cur = n
	}
	cur.Orelse = c.block(s.Else)
	return root
}

func (c *converter) forStmt(s *forStmt, async bool, p lexer.Position) *ast.For {
	target := c.targetList(s.Target)
	c.checkTarget(target, "assign")
	return &ast.For{
		Pos:     c.pos(p),
		IsAsync: async,
		Target:  target,
		Iter:    c.starExprList(s.Iter),
		Body:    c.block(s.Body),
		Orelse:  c.block(s.Else),
	}
}

func (c *converter) tryStmt(s *tryStmt) *ast.Try {
	t := &ast.Try{Pos: c.pos(s.Pos), Body: c.block(s.Body)}
	for i, h := range s.Handlers {
		eh := &ast.ExceptHandler{Pos: c.pos(h.Pos), IsStar: h.Star, Body: c.block(h.Body)}
		if h.Type != nil {
			eh.Type = c.expr(h.Type)
		} else {
			if h.Star {
				c.failAt(h.Pos, "expected one or more exception types")
			}
			if i != len(s.Handlers)-1 {
				c.failAt(h.Pos, "default 'except:' must be last")
			}
		}
		if h.Name != nil {
			eh.Name = h.Name.Name
		}
		if h.Star != s.Handlers[0].Star {
			c.failAt(h.Pos, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		t.Handlers = append(t.Handlers, eh)
	}
	t.Orelse = c.block(s.Else)
	if s.OnlyFinally != nil {
		t.Finalbody = c.block(s.OnlyFinally)
	} else {
		t.Finalbody = c.block(s.Finally)
	}
	return t
}

func (c *converter) withStmt(s *withStmt, async bool, p lexer.Position) *ast.With {
	w := &ast.With{Pos: c.pos(p), IsAsync: async}
	items := s.Items
	if s.Paren != nil {
		items = s.Paren
	}
	for _, it := range items {
		ctx := c.expr(it.Context)
		wi := &ast.WithItem{Pos: ctx.Position(), Context: ctx}
		if it.Target != nil {
			wi.Target = c.target(it.Target)
			c.checkTarget(wi.Target, "assign")
		}
		w.Items = append(w.Items, wi)
	}
	w.Body = c.block(s.Body)
	return w
}

func (c *converter) funcDef(s *funcDef, async bool, p lexer.Position, decs []ast.Expr) *ast.FuncDef {
	f := &ast.FuncDef{
		Pos:        c.pos(p),
		Name:       s.Name.Name,
		IsAsync:    async,
		Decorators: decs,
		Params:     c.params(s.Params),
	}
	if s.Returns != nil {
		f.Returns = c.expr(s.Returns)
	}
	f.Body = c.block(s.Body)
	return f
}

// params converts def parameters and checks their order.
func (c *converter) params(ps []*param) []*ast.Param {
	out := make([]*ast.Param, 0, len(ps))
	for _, p := range ps {
		ap := &ast.Param{Pos: c.pos(p.Pos)}
		switch {
		case p.Slash:
			ap.Kind = "posonly-marker"
		case p.DStar:
			ap.Pos = c.pos(p.DName.Pos)
			ap.Kind, ap.Name = "**", p.DName.Name
			if p.DAnn != nil {
				ap.Annotation = c.expr(p.DAnn)
			}
		case p.Star:
			ap.Kind = "kwonly-marker"
			if p.StarName != nil {
				ap.Pos = c.pos(p.StarName.Pos)
				ap.Kind, ap.Name = "*", p.StarName.Name
				if p.StarAnn != nil {
					ap.Annotation = c.expr(p.StarAnn)
				}
			}
		default:
			ap.Name = p.Name.Name
			if p.Ann != nil {
				ap.Annotation = c.expr(p.Ann)
			}
			if p.Default != nil {
				ap.Default = c.expr(p.Default)
			}
		}
		out = append(out, ap)
	}
	c.checkParams(out)
	return markParams(out)
}

func (c *converter) lambdaParams(ps []*lambdaParam) []*ast.Param {
	out := make([]*ast.Param, 0, len(ps))
	for _, p := range ps {
		ap := &ast.Param{Pos: c.pos(p.Pos)}
		switch {
		case p.Slash:
			ap.Kind = "posonly-marker"
		case p.DStar:
			ap.Pos = c.pos(p.DName.Pos)
			ap.Kind, ap.Name = "**", p.DName.Name
		case p.Star:
			ap.Kind = "kwonly-marker"
			if p.StarName != nil {
				ap.Pos = c.pos(p.StarName.Pos)
				ap.Kind, ap.Name = "*", p.StarName.Name
			}
		default:
			ap.Name = p.Name.Name
			if p.Default != nil {
				ap.Default = c.expr(p.Default)
			}
		}
		out = append(out, ap)
	}
	c.checkParams(out)
	return markParams(out)
}

// markParams drops the "/" and "*" markers, recording them as PosOnly and
// KwOnly flags on the named parameters around them.
func markParams(ps []*ast.Param) []*ast.Param {
	slash := -1
	for i, p := range ps {
		if p.Kind == "posonly-marker" {
			slash = i
		}
	}
	out := ps[:0:0]
	kwOnly := false
	for i, p := range ps {
		switch p.Kind {
		case "posonly-marker":
			continue
		case "kwonly-marker":
			kwOnly = true
			continue
		case "*":
			kwOnly = true
		case "":
			p.PosOnly = i < slash
			p.KwOnly = kwOnly
		}
		out = append(out, p)
	}
	return out
}

// checkParams enforces CPython's parameter-list syntax rules.
func (c *converter) checkParams(ps []*ast.Param) {
	seenSlash, seenStar, seenDefault := false, false, false
	for i, p := range ps {
		switch p.Kind {
		case "posonly-marker":
			switch {
			case seenSlash:
				c.fail(p.Pos, "/ may appear only once")
			case seenStar:
				c.fail(p.Pos, "/ must be ahead of *")
			case i == 0:
				c.fail(p.Pos, "at least one argument must precede /")
			}
			seenSlash = true
		case "*", "kwonly-marker":
			if seenStar {
				c.fail(p.Pos, "* argument may appear only once")
			}
			seenStar = true
			if p.Kind == "kwonly-marker" && (i+1 == len(ps) || ps[i+1].Kind == "**") {
				c.fail(p.Pos, "named arguments must follow bare *")
			}
		case "**":
			if i != len(ps)-1 {
				c.fail(ps[i+1].Pos, "arguments cannot follow var-keyword argument")
			}
		default:
			if p.Default != nil {
				seenDefault = true
			} else if seenDefault && !seenStar {
				c.fail(p.Pos, "non-default argument follows default argument")
			}
		}
	}
}

func (c *converter) classDef(s *classDef, decs []ast.Expr) *ast.ClassDef {
	cd := &ast.ClassDef{Pos: c.pos(s.Pos), Name: s.Name.Name, Decorators: decs}
	if s.Paren != nil {
		cd.Bases, cd.Keywords = c.arguments(s.Args, *s.Paren)
	}
	cd.Body = c.block(s.Body)
	for _, st := range cd.Body {
		if m, ok := st.(*ast.FuncDef); ok && !hasDecorator(m, "staticmethod") {
			renameReceiver(m, hasDecorator(m, "classmethod") || m.Name == "__init_subclass__") // this -> self, klass -> cls; __init_subclass__ is implicitly a class method
		}
	}
	return cd
}

// hasDecorator reports whether method m is decorated with the name name.
func hasDecorator(m *ast.FuncDef, name string) bool {
	for _, d := range m.Decorators {
		if n, ok := d.(*ast.Name); ok && n.ID == name {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// Simple statements

func (c *converter) small(s smallNode) ast.Stmt {
	switch s := s.(type) {
	case *passStmt:
		return &ast.Pass{Pos: c.pos(s.Pos)}
	case *breakStmt:
		return &ast.Break{Pos: c.pos(s.Pos)}
	case *continueStmt:
		return &ast.Continue{Pos: c.pos(s.Pos)}
	case *returnStmt:
		r := &ast.Return{Pos: c.pos(s.Pos)}
		if s.Value != nil {
			r.Value = c.starExprList(s.Value)
		}
		return r
	case *raiseStmt:
		r := &ast.Raise{Pos: c.pos(s.Pos)}
		if s.Exc != nil {
			r.Exc = c.expr(s.Exc)
		}
		if s.Cause != nil {
			r.Cause = c.expr(s.Cause)
		}
		return r
	case *globalStmt:
		g := &ast.Global{Pos: c.pos(s.Pos)}
		for _, n := range s.Names {
			g.Names = append(g.Names, n.Name)
		}
		return g
	case *nonlocalStmt:
		g := &ast.Nonlocal{Pos: c.pos(s.Pos)}
		for _, n := range s.Names {
			g.Names = append(g.Names, n.Name)
		}
		return g
	case *delStmt:
		d := &ast.Delete{Pos: c.pos(s.Pos)}
		for _, it := range s.Targets.Items {
			e := c.target(it)
			c.checkTarget(e, "del")
			d.Targets = append(d.Targets, e)
		}
		return d
	case *assertStmt:
		a := &ast.Assert{Pos: c.pos(s.Pos), Test: c.expr(s.Test)}
		if s.Msg != nil {
			a.Msg = c.expr(s.Msg)
		}
		return a
	case *importStmt:
		im := &ast.Import{Pos: c.pos(s.Pos)}
		for _, n := range s.Names {
			a := &ast.Alias{Pos: c.pos(n.Pos), Name: strings.Join(n.Name.Parts, ".")}
			if n.AsName != nil {
				a.AsName = n.AsName.Name
			}
			im.Names = append(im.Names, a)
		}
		return im
	case *fromStmt:
		f := &ast.ImportFrom{Pos: c.pos(s.Pos)}
		for _, d := range s.Dots {
			f.Level += len(d)
		}
		if s.Module != nil {
			f.Module = strings.Join(s.Module.Parts, ".")
		} else if f.Level == 0 {
			c.failAt(s.Pos, "expected module name after 'from'")
		}
		names := s.Names
		if s.Paren != nil {
			names = s.Paren
		}
		if s.Star != nil {
			f.Names = []*ast.Alias{{Pos: c.pos(s.Star.Pos), Name: "*"}}
		}
		for _, n := range names {
			a := &ast.Alias{Pos: c.pos(n.Pos), Name: n.Name.Name}
			if n.AsName != nil {
				a.AsName = n.AsName.Name
			}
			f.Names = append(f.Names, a)
		}
		return f
	case *exprStmt:
		return c.exprStmt(s)
	}
	panic(fmt.Sprintf("unknown simple statement %T", s))
}

func (c *converter) exprStmt(s *exprStmt) ast.Stmt {
	var first ast.Expr
	if s.Yield != nil {
		first = c.yieldExpr(s.Yield)
	} else {
		first = c.starExprList(s.First)
	}
	p := c.pos(s.Pos)
	switch {
	case s.Aug != nil:
		c.checkTarget(first, "aug")
		return &ast.AugAssign{Pos: p, Target: first, Op: strings.TrimSuffix(s.Aug.Op, "="), Value: c.rhs(s.Aug.Value)}
	case s.Ann != nil:
		c.checkTarget(first, "ann")
		a := &ast.AnnAssign{Pos: p, Target: first, Annotation: c.expr(s.Ann.Annotation)}
		if s.Ann.Value != nil {
			a.Value = c.rhs(s.Ann.Value)
		}
		return a
	case len(s.Assign) > 0:
		targets := []ast.Expr{first}
		for _, t := range s.Assign[:len(s.Assign)-1] {
			targets = append(targets, c.rhs(t.Value))
		}
		for _, t := range targets {
			c.checkTarget(t, "assign")
		}
		return &ast.Assign{Pos: p, Targets: targets, Value: c.rhs(s.Assign[len(s.Assign)-1].Value)}
	}
	return &ast.ExprStmt{Pos: p, Value: first}
}

func (c *converter) rhs(r *rhs) ast.Expr {
	if r.Yield != nil {
		return c.yieldExpr(r.Yield)
	}
	return c.starExprList(r.List)
}

// describe names an expression kind the way CPython's error messages do.
func describe(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Call:
		return "function call"
	case *ast.Compare:
		return "comparison"
	case *ast.BinOp, *ast.UnaryOp, *ast.BoolOp:
		return "expression"
	case *ast.IntLit, *ast.FloatLit, *ast.ImagLit, *ast.StrLit, *ast.BytesLit:
		return "literal"
	case *ast.FString:
		return "f-string expression"
	case *ast.NoneLit:
		return "None"
	case *ast.BoolLit:
		if e.Value {
			return "True"
		}
		return "False"
	case *ast.EllipsisLit:
		return "ellipsis"
	case *ast.Lambda:
		return "lambda"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	case *ast.Await:
		return "await expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.DictExpr:
		return "dict literal"
	case *ast.SetExpr:
		return "set display"
	case *ast.TupleExpr:
		return "tuple"
	case *ast.ListExpr:
		return "list"
	case *ast.Starred:
		return "starred"
	case *ast.Slice:
		return "slice"
	}
	return "expression"
}

// checkTarget verifies that e may be assigned to ("assign": =, for, with,
// comprehensions), deleted ("del"), augmented ("aug") or annotated ("ann").
func (c *converter) checkTarget(e ast.Expr, ctx string) {
	switch e := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return
	case *ast.TupleExpr, *ast.ListExpr:
		switch ctx {
		case "aug":
			c.fail(e.Position(), "'%s' is an illegal expression for augmented assignment", describe(e))
		case "ann":
			if _, ok := e.(*ast.TupleExpr); ok {
				c.fail(e.Position(), "only single target (not tuple) can be annotated")
			}
			c.fail(e.Position(), "only single target (not list) can be annotated")
		}
		var elems []ast.Expr
		if t, ok := e.(*ast.TupleExpr); ok {
			elems = t.Elems
		} else {
			elems = e.(*ast.ListExpr).Elems
		}
		starred := false
		for _, el := range elems {
			if st, ok := el.(*ast.Starred); ok && ctx == "assign" {
				if starred {
					c.fail(st.Pos, "multiple starred expressions in assignment")
				}
				starred = true
				c.checkTarget(st.Value, ctx)
				continue
			}
			c.checkTarget(el, ctx)
		}
		return
	}
	switch ctx {
	case "del":
		c.fail(e.Position(), "cannot delete %s", describe(e))
	case "aug":
		c.fail(e.Position(), "'%s' is an illegal expression for augmented assignment", describe(e))
	case "ann":
		c.fail(e.Position(), "illegal target for annotation")
	}
	if _, ok := e.(*ast.Starred); ok {
		c.fail(e.Position(), "starred assignment target must be in a list or tuple")
	}
	c.fail(e.Position(), "cannot assign to %s", describe(e))
}

// ---------------------------------------------------------------------------
// Expression lists

func (c *converter) starExprList(l *starExprList) ast.Expr {
	if len(l.Items) == 1 && !l.Trailing {
		return c.starExpr(l.Items[0])
	}
	t := &ast.TupleExpr{Pos: c.startOfTest(l.Items[0]), Elems: make([]ast.Expr, len(l.Items))}
	for i, it := range l.Items {
		t.Elems[i] = c.starExpr(it)
	}
	return t
}

func (c *converter) target(s *target) ast.Expr {
	e := c.operand(s.Expr)
	if s.Star {
		return &ast.Starred{Pos: c.pos(s.Pos), Value: e}
	}
	return e
}

func (c *converter) targetList(l *targetList) ast.Expr {
	if len(l.Items) == 1 && !l.Trailing {
		return c.target(l.Items[0])
	}
	t := &ast.TupleExpr{Pos: c.pos(l.Pos), Elems: make([]ast.Expr, len(l.Items))}
	for i, it := range l.Items {
		t.Elems[i] = c.target(it)
	}
	return t
}

// ---------------------------------------------------------------------------
// Expressions

// What a position in Python's grammar allows of a test (see exprIn).
const (
	allowStar    = 1 << iota // *bitwise_or (star_expression)
	allowStarAll             // *expression (call arguments)
	allowWalrus              // name := expression (named_expression)
)

// expr converts a plain expression (Python's "expression").
func (c *converter) expr(t *test) ast.Expr { return c.exprIn(t, 0) }

// namedExpr converts Python's named_expression.
func (c *converter) namedExpr(t *test) ast.Expr { return c.exprIn(t, allowWalrus) }

// starExpr converts Python's star_expression.
func (c *converter) starExpr(t *test) ast.Expr { return c.exprIn(t, allowStar) }

// starNamed converts Python's star_named_expression (display elements).
func (c *converter) starNamed(t *test) ast.Expr { return c.exprIn(t, allowStar|allowWalrus) }

func (c *converter) exprIn(t *test, allow int) ast.Expr {
	if t.Lambda != nil {
		return &ast.Lambda{
			Pos:    c.pos(t.Lambda.Pos),
			Params: c.lambdaParams(t.Lambda.Params),
			Body:   c.expr(t.Lambda.Body),
		}
	}
	if t.Star != nil {
		switch {
		case allow&(allowStar|allowStarAll) == 0:
			c.failAt(t.Star.Pos, "cannot use starred expression here")
		case t.WalrusTok != nil:
			c.failAt(t.WalrusTok.Pos, "unexpected token %q", ":=")
		case t.If != nil && allow&allowStarAll == 0:
			c.failAt(t.If.Pos, "unexpected token %q", "if")
		}
		var v ast.Expr
		if allow&allowStarAll != 0 {
			v = c.exprIn(&test{First: t.First, Rest: t.Rest, If: t.If, Cond: t.Cond, Else: t.Else}, 0)
		} else {
			v = c.bitOrExpr(&opExpr{First: t.First, Rest: t.Rest})
		}
		return &ast.Starred{Pos: c.pos(t.Star.Pos), Value: v}
	}
	body := c.opExpr(&opExpr{First: t.First, Rest: t.Rest})
	if t.If != nil {
		body = &ast.IfExp{Pos: c.startOfOperand(t.First), Test: c.opExpr(t.Cond), Body: body, Orelse: c.expr(t.Else)}
	}
	if t.WalrusTok == nil {
		return body
	}
	if allow&allowWalrus == 0 {
		c.failAt(t.WalrusTok.Pos, "unexpected token %q", ":=")
	}
	name, ok := c.bareName(&test{First: t.First, Rest: t.Rest, If: t.If})
	if !ok {
		c.fail(body.Position(), "cannot use assignment expressions with %s", describe(body))
	}
	return &ast.NamedExpr{Pos: name.Pos, Target: name, Value: c.expr(t.Walrus)}
}

// bareName reports whether t is a plain name (no parentheses, operators,
// star or :=), returning it converted.
func (c *converter) bareName(t *test) (*ast.Name, bool) {
	if t.Lambda != nil || t.Star != nil || t.If != nil || t.WalrusTok != nil || len(t.Rest) > 0 {
		return nil, false
	}
	o := t.First
	if o.Op != nil || o.Await != nil || len(o.Trailers) > 0 || o.Exp != nil || o.Atom.Name == nil {
		return nil, false
	}
	return &ast.Name{Pos: c.pos(o.Atom.Name.Pos), ID: o.Atom.Name.Value}, true
}

// Binding strength of the operators in an opExpr, loosest first.
const (
	precOr = iota + 1
	precAnd
	precNot
	precCmp
	precBitOr
	precBitXor
	precBitAnd
	precShift
	precArith
	precTerm
	precUnary
)

func binPrec(op string) int {
	switch op {
	case "or":
		return precOr
	case "and":
		return precAnd
	case "<", ">", "==", ">=", "<=", "!=", "in", "not in", "is", "is not":
		return precCmp
	case "|":
		return precBitOr
	case "^":
		return precBitXor
	case "&":
		return precBitAnd
	case "<<", ">>":
		return precShift
	case "+", "-":
		return precArith
	case "*", "/", "//", "%", "@":
		return precTerm
	}
	return 0 // "not", "~": prefix only
}

func prefixPrec(op string) int {
	switch op {
	case "not":
		return precNot
	case "-", "+", "~":
		return precUnary
	}
	return 0
}

// climber converts an opExpr by precedence climbing over its flat list of
// operands (First, Rest[i].Right) and binary operators (Rest[i].Op).
type climber struct {
	c *converter
	e *opExpr
	i int // index in e.Rest of the next binary operator
}

func (c *converter) opExpr(e *opExpr) ast.Expr {
	if len(e.Rest) == 0 && e.First.Op == nil {
		return c.operand(e.First)
	}
	cl := &climber{c: c, e: e}
	return cl.expr(e.First, 0)
}

// bitOrExpr converts an opExpr that Python parses at the bitwise_or level
// (starred values, ** unpacking): no boolean or comparison operators.
func (c *converter) bitOrExpr(e *opExpr) ast.Expr {
	for o := e.First; o.Op != nil; o = o.Operand {
		if prefixPrec(o.Op.Value) < precBitOr {
			c.failAt(o.Op.Pos, "unexpected token %q", o.Op.Value)
		}
	}
	for _, r := range e.Rest {
		if binPrec(r.Op.Value) < precBitOr {
			c.failAt(r.Op.Pos, "unexpected token %q", r.Op.Value)
		}
	}
	return c.opExpr(e)
}

// expr converts the operand o and the binary operators that follow it
// while they bind at least as tightly as min.
func (cl *climber) expr(o *operand, min int) ast.Expr {
	left := cl.unary(o, min)
	start := cl.c.startOfOperand(o)
	for cl.i < len(cl.e.Rest) {
		t := cl.e.Rest[cl.i]
		p := binPrec(t.Op.Value)
		if p == 0 {
			cl.c.failAt(t.Op.Pos, "unexpected token %q", t.Op.Value)
		}
		if p < min {
			break
		}
		cl.i++
		switch p {
		case precCmp:
			cmp := &ast.Compare{Pos: start, Left: left}
			for {
				cmp.Ops = append(cmp.Ops, t.Op.Value)
				cmp.Comparators = append(cmp.Comparators, cl.expr(t.Right, precCmp+1))
				if cl.i == len(cl.e.Rest) || binPrec(cl.e.Rest[cl.i].Op.Value) != precCmp {
					break
				}
				t = cl.e.Rest[cl.i]
				cl.i++
			}
			left = cmp
		case precOr, precAnd:
			b := &ast.BoolOp{Pos: start, Op: t.Op.Value, Values: []ast.Expr{left}}
			for {
				b.Values = append(b.Values, cl.expr(t.Right, p+1))
				if cl.i == len(cl.e.Rest) || cl.e.Rest[cl.i].Op.Value != t.Op.Value {
					break
				}
				t = cl.e.Rest[cl.i]
				cl.i++
			}
			left = b
		default:
			left = &ast.BinOp{Pos: start, Op: t.Op.Value, Left: left, Right: cl.expr(t.Right, p+1)}
		}
	}
	return left
}

// unary converts an operand with its prefix operators; a prefix operator
// binding more loosely than min ("a == not b", "-not x") is an error.
func (cl *climber) unary(o *operand, min int) ast.Expr {
	if o.Op == nil {
		return cl.c.operand(o)
	}
	p := prefixPrec(o.Op.Value)
	if p == 0 || p < min {
		cl.c.failAt(o.Op.Pos, "unexpected token %q", o.Op.Value)
	}
	var operand ast.Expr
	if p == precNot {
		operand = cl.expr(o.Operand, precNot)
	} else {
		operand = cl.unary(o.Operand, precUnary)
	}
	return &ast.UnaryOp{Pos: cl.c.pos(o.Op.Pos), Op: o.Op.Value, Operand: operand}
}

// startOfTest is where the source of t starts: unlike the position of the
// converted node, it includes opening parentheses, as CPython's positions
// of enclosing binary operations do.
func (c *converter) startOfTest(t *test) ast.Pos {
	switch {
	case t.Lambda != nil:
		return c.pos(t.Lambda.Pos)
	case t.Star != nil:
		return c.pos(t.Star.Pos)
	}
	return c.startOfOperand(t.First)
}

func (c *converter) startOfOperand(o *operand) ast.Pos {
	switch {
	case o.Op != nil:
		return c.pos(o.Op.Pos)
	case o.Await != nil:
		return c.pos(o.Await.Pos)
	}
	return c.startOfAtom(o.Atom)
}

func (c *converter) startOfAtom(a *atom) ast.Pos {
	var p lexer.Position
	switch {
	case a.Name != nil:
		p = a.Name.Pos
	case a.Number != nil:
		p = a.Number.Pos
	case a.Strings != nil:
		p = a.Strings[0].Pos
	case a.None != nil:
		p = a.None.Pos
	case a.True != nil:
		p = a.True.Pos
	case a.False != nil:
		p = a.False.Pos
	case a.Ellipsis != nil:
		p = a.Ellipsis.Pos
	case a.Paren != nil:
		p = a.Paren.Pos
	case a.List != nil:
		p = a.List.Pos
	case a.Brace != nil:
		p = a.Brace.Pos
	}
	return c.pos(p)
}

// operand converts an operand without prefix operators: [await] atom
// trailers [** operand].
func (c *converter) operand(t *operand) ast.Expr {
	if t.Op != nil {
		cl := &climber{c: c, e: &opExpr{First: t}}
		return cl.unary(t, precUnary)
	}
	e := c.atom(t.Atom)
	p := c.startOfAtom(t.Atom)
	for _, tr := range t.Trailers {
		switch {
		case tr.Call != nil:
			call := &ast.Call{Pos: p, Func: e}
			call.Args, call.Keywords = c.arguments(tr.Args, *tr.Call)
			e = call
		case tr.Index != nil:
			e = &ast.Subscript{Pos: p, Value: e, Index: c.index(tr)}
		default:
			if tr.Attr.Type != lexDef.ident {
				// Reserved words are lexed apart from names: x.None is an error.
				c.failAt(tr.Attr.Pos, "unexpected token %q", tr.Attr.Value)
			}
			if tr.Attr.Value == "__class__" {
				// x.__class__ is type(x) (the checker and generator know type()).
				e = &ast.Call{Pos: p, Func: &ast.Name{Pos: c.pos(tr.Attr.Pos), ID: "type"}, Args: []ast.Expr{e}}
				continue
			}
			e = &ast.Attribute{Pos: p, Value: e, Attr: tr.Attr.Value, AttrPos: c.pos(tr.Attr.Pos)}
		}
	}
	start := p
	if t.Await != nil {
		start = c.pos(t.Await.Pos)
		e = &ast.Await{Pos: start, Value: e}
	}
	if t.Exp == nil {
		return e
	}
	cl := &climber{c: c, e: &opExpr{First: t.Exp}}
	return &ast.BinOp{Pos: start, Op: ast.Pow, Left: e, Right: cl.unary(t.Exp, precUnary)}
}

// arguments converts a call's (or class header's) argument list. open is
// the "(", where a bare generator argument starts.
func (c *converter) arguments(args []*argument, open lexer.Token) ([]ast.Expr, []*ast.Keyword) {
	var (
		pos      []ast.Expr
		kws      []*ast.Keyword
		seenKw   bool // name=value
		seenDStr bool // **mapping
	)
	for _, a := range args {
		switch {
		case a.KwValue != nil:
			seenKw = true
			name, ok := c.bareName(a.Value)
			if !ok {
				c.failAt(a.Pos, `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			kws = append(kws, &ast.Keyword{Pos: c.pos(a.Pos), Name: name.ID, Value: c.expr(a.KwValue)})
		case a.DStar != nil:
			seenDStr = true
			kws = append(kws, &ast.Keyword{Pos: c.pos(a.Pos), Value: c.expr(a.DStar)})
		case a.Value.Star != nil:
			if seenDStr {
				c.failAt(a.Pos, "iterable argument unpacking follows keyword argument unpacking")
			}
			if len(a.Comp) > 0 {
				c.failAt(a.Pos, "iterable unpacking cannot be used in comprehension")
			}
			pos = append(pos, c.exprIn(a.Value, allowStarAll))
		default:
			if seenDStr {
				c.failAt(a.Pos, "positional argument follows keyword argument unpacking")
			}
			if seenKw {
				c.failAt(a.Pos, "positional argument follows keyword argument")
			}
			v := c.namedExpr(a.Value)
			if len(a.Comp) > 0 {
				if len(args) != 1 {
					c.failAt(a.Pos, "generator expression must be parenthesized")
				}
				v = c.compChecked(&ast.GeneratorExp{Pos: c.pos(open.Pos), Elt: v, Gens: c.comps(a.Comp)})
			}
			pos = append(pos, v)
		}
	}
	return pos, kws
}

func (c *converter) index(t *trailer) ast.Expr {
	if len(t.Items) == 1 && !t.Trailing {
		return c.subscriptItem(t.Items[0])
	}
	tup := &ast.TupleExpr{Pos: c.pos(t.Items[0].Pos), Elems: make([]ast.Expr, len(t.Items))}
	for i, it := range t.Items {
		tup.Elems[i] = c.subscriptItem(it)
	}
	return tup
}

func (c *converter) subscriptItem(s *subscriptItem) ast.Expr {
	if s.Bare != nil {
		return c.slice(c.pos(s.Pos), nil, s.Bare)
	}
	if s.Slice == nil {
		return c.starNamed(s.Lower)
	}
	return c.slice(c.pos(s.Pos), c.expr(s.Lower), s.Slice)
}

func (c *converter) slice(p ast.Pos, lower ast.Expr, t *sliceTail) ast.Expr {
	sl := &ast.Slice{Pos: p, Lower: lower}
	if t.Upper != nil {
		sl.Upper = c.expr(t.Upper)
	}
	if t.Step != nil && t.Step.Step != nil {
		sl.Step = c.expr(t.Step.Step)
	}
	return sl
}

func (c *converter) atom(a *atom) ast.Expr {
	switch {
	case a.Name != nil:
		return &ast.Name{Pos: c.pos(a.Name.Pos), ID: a.Name.Value}
	case a.Number != nil:
		return c.number(c.pos(a.Number.Pos), a.Number.Value)
	case a.Strings != nil:
		return c.strings(a.Strings)
	case a.None != nil:
		return &ast.NoneLit{Pos: c.pos(a.None.Pos)}
	case a.True != nil:
		return &ast.BoolLit{Pos: c.pos(a.True.Pos), Value: true}
	case a.False != nil:
		return &ast.BoolLit{Pos: c.pos(a.False.Pos), Value: false}
	case a.Ellipsis != nil:
		return &ast.EllipsisLit{Pos: c.pos(a.Ellipsis.Pos)}
	case a.Paren != nil:
		return c.paren(a.Paren)
	case a.List != nil:
		return c.list(a.List)
	case a.Brace != nil:
		return c.brace(a.Brace)
	}
	panic("empty atom")
}

func (c *converter) paren(a *parenAtom) ast.Expr {
	p := c.pos(a.Pos)
	switch {
	case a.Yield != nil:
		return c.yieldExpr(a.Yield)
	case a.First == nil:
		return &ast.TupleExpr{Pos: p}
	case len(a.Comp) > 0:
		if len(a.Rest) > 0 || a.Trailing {
			c.fail(c.startOfTest(a.First), "generator expression must be parenthesized")
		}
		c.noAs(a.FirstAs)
		return c.compChecked(&ast.GeneratorExp{Pos: p, Elt: c.compElt(a.First), Gens: c.comps(a.Comp)})
	case len(a.Rest) == 0 && !a.Trailing:
		return c.capture(c.namedExpr(a.First), a.FirstAs)
	}
	t := &ast.TupleExpr{Pos: p, Elems: []ast.Expr{c.capture(c.starNamed(a.First), a.FirstAs)}}
	for _, r := range a.Rest {
		t.Elems = append(t.Elems, c.capture(c.starNamed(r.Test), r.As))
	}
	return t
}

// capture wraps the pattern e of an element "e as NAME" (as nil: e) in a
// MatchAs; outside a case pattern it is a syntax error.
func (c *converter) capture(e ast.Expr, as *nameTok) ast.Expr {
	if as == nil {
		return e
	}
	if c.pattern == 0 {
		c.failAt(as.Pos, "invalid syntax: 'as' outside a case pattern")
	}
	return &ast.MatchAs{Pos: e.Position(), Pattern: e, Name: as.Name, NamePos: c.pos(as.Pos)}
}

// noAs refuses an "as NAME" where no capture may stand.
func (c *converter) noAs(as *nameTok) {
	if as != nil {
		c.failAt(as.Pos, "invalid syntax")
	}
}

// compElt converts the element of a comprehension, which cannot be starred.
func (c *converter) compElt(t *test) ast.Expr {
	if t.Star != nil {
		c.failAt(t.Star.Pos, "iterable unpacking cannot be used in comprehension")
	}
	return c.namedExpr(t)
}

func (c *converter) list(a *listAtom) ast.Expr {
	p := c.pos(a.Pos)
	switch {
	case a.First == nil:
		return &ast.ListExpr{Pos: p}
	case len(a.Comp) > 0:
		if len(a.Rest) > 0 || a.Trailing {
			c.fail(c.startOfTest(a.First), "did you forget parentheses around the comprehension target?")
		}
		c.noAs(a.FirstAs)
		return c.compChecked(&ast.ListComp{Pos: p, Elt: c.compElt(a.First), Gens: c.comps(a.Comp)})
	}
	l := &ast.ListExpr{Pos: p, Elems: []ast.Expr{c.capture(c.starNamed(a.First), a.FirstAs)}}
	for _, r := range a.Rest {
		l.Elems = append(l.Elems, c.capture(c.starNamed(r.Test), r.As))
	}
	return l
}

func (c *converter) brace(a *braceAtom) ast.Expr {
	p := c.pos(a.Pos)
	if a.First == nil {
		return &ast.DictExpr{Pos: p}
	}
	isDict := a.First.DStar != nil || a.First.Value != nil
	if len(a.Comp) > 0 {
		if len(a.Rest) > 0 || a.Trailing {
			c.failAt(a.First.Pos, "did you forget parentheses around the comprehension target?")
		}
		f := a.First
		switch {
		case f.DStar != nil:
			c.failAt(f.Pos, "dict unpacking cannot be used in dict comprehension")
		case isDict:
			return c.compChecked(&ast.DictComp{Pos: p, Key: c.dictKey(f.Key), Value: c.expr(f.Value), Gens: c.comps(a.Comp)})
		}
		return c.compChecked(&ast.SetComp{Pos: p, Elt: c.compElt(f.Key), Gens: c.comps(a.Comp)})
	}
	items := append([]*braceItem{a.First}, a.Rest...)
	if isDict {
		d := &ast.DictExpr{Pos: p}
		for _, it := range items {
			switch {
			case it.DStar != nil:
				d.Keys = append(d.Keys, nil)
				d.Values = append(d.Values, c.bitOrExpr(it.DStar))
			case it.Value == nil:
				c.failAt(it.Pos, "':' expected after dictionary key")
			default:
				d.Keys = append(d.Keys, c.dictKey(it.Key))
				d.Values = append(d.Values, c.expr(it.Value))
			}
		}
		return d
	}
	s := &ast.SetExpr{Pos: p}
	for _, it := range items {
		switch {
		case it.DStar != nil:
			c.failAt(it.Pos, "cannot use dict unpacking in a set display")
		case it.Value != nil:
			c.failAt(it.Pos, "invalid syntax: ':' in a set display")
		default:
			s.Elems = append(s.Elems, c.starNamed(it.Key))
		}
	}
	return s
}

// dictKey converts a dict key: a plain expression (no * or bare :=).
func (c *converter) dictKey(t *test) ast.Expr {
	if t.Star != nil {
		c.failAt(t.Star.Pos, "cannot use a starred expression in a dictionary key")
	}
	return c.expr(t)
}

func (c *converter) comps(cs []*compFor) []*ast.Comprehension {
	out := make([]*ast.Comprehension, len(cs))
	for i, cf := range cs {
		target := c.targetList(cf.Target)
		c.checkTarget(target, "assign")
		p := cf.For.Pos
		if cf.Async != nil {
			p = cf.Async.Pos
		}
		comp := &ast.Comprehension{Pos: c.pos(p), IsAsync: cf.Async != nil, Target: target, Iter: c.opExpr(cf.Iter)}
		for _, cond := range cf.Ifs {
			comp.Ifs = append(comp.Ifs, c.opExpr(cond))
		}
		out[i] = comp
	}
	return out
}

func (c *converter) yieldExpr(y *yieldExpr) ast.Expr {
	p := c.pos(y.Pos)
	switch {
	case y.From != nil:
		return &ast.YieldFrom{Pos: p, Value: c.expr(y.From)}
	case y.Value != nil:
		return &ast.Yield{Pos: p, Value: c.starExprList(y.Value)}
	}
	return &ast.Yield{Pos: p}
}

// ---------------------------------------------------------------------------
// Numbers

func (c *converter) number(p ast.Pos, text string) ast.Expr {
	clean := strings.ReplaceAll(text, "_", "")
	last := clean[len(clean)-1]
	if last == 'j' || last == 'J' {
		return &ast.ImagLit{Pos: p, Text: text}
	}
	base := 10
	digits := clean
	if len(clean) > 1 && clean[0] == '0' {
		switch clean[1] {
		case 'x', 'X':
			base, digits = 16, clean[2:]
		case 'o', 'O':
			base, digits = 8, clean[2:]
		case 'b', 'B':
			base, digits = 2, clean[2:]
		}
	}
	if base == 10 && strings.ContainsAny(clean, ".eE") {
		v, err := strconv.ParseFloat(clean, 64)
		if err != nil && !isRangeErr(err) {
			c.fail(p, "invalid float literal %q", text)
		}
		return &ast.FloatLit{Pos: p, Text: text, Value: v}
	}
	if base == 10 && len(clean) > 1 && clean[0] == '0' && strings.Trim(clean, "0") != "" {
		c.fail(p, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
	}
	lit := &ast.IntLit{Pos: p, Text: text}
	v, err := strconv.ParseInt(digits, base, 64)
	switch {
	case err == nil:
		lit.Value = v
	case isRangeErr(err):
		lit.Overflow = true
	default:
		c.fail(p, "invalid integer literal %q", text)
	}
	return lit
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// caseClause converts a case clause; an open sequence pattern (case a, b:)
// becomes a TupleExpr.
func (c *converter) caseClause(cc *caseClause) *ast.MatchCase {
	item := func(p *patternItem) ast.Expr {
		if p.Star != nil {
			return &ast.Starred{Pos: c.pos(p.Star.Pos), Value: c.bitOrExpr(&opExpr{First: p.First, Rest: p.Rest})}
		}
		return c.opExpr(&opExpr{First: p.First, Rest: p.Rest})
	}
	mc := &ast.MatchCase{Pos: c.pos(cc.Pos)}
	mc.AsPos = mc.Pos
	c.pattern++
	defer func() { c.pattern-- }()
	if len(cc.Pattern) == 1 && !cc.Comma && cc.Pattern[0].Star == nil {
		mc.Pattern = item(cc.Pattern[0])
	} else {
		t := &ast.TupleExpr{Pos: c.startOfOperand(cc.Pattern[0].First), Elems: make([]ast.Expr, len(cc.Pattern))}
		if cc.Pattern[0].Star != nil {
			t.Pos = c.pos(cc.Pattern[0].Star.Pos)
		}
		for i, p := range cc.Pattern {
			t.Elems[i] = item(p)
		}
		mc.Pattern = t
	}
	if cc.As != nil {
		mc.As, mc.AsPos = cc.As.Name, c.pos(cc.As.Pos)
	}
	c.pattern--
	if cc.Guard != nil {
		mc.Guard = c.namedExpr(cc.Guard)
	}
	mc.Body = c.block(cc.Body)
	c.pattern++ // balanced by the deferred decrement
	return mc
}

// compChecked reports CPython's SyntaxErrors inside a comprehension or
// generator expression e and returns it: a yield in it (its body is a
// function of its own; the leftmost iterable is evaluated outside it), and
// an assignment expression in one of its iterables.
func (c *converter) compChecked(e ast.Expr) ast.Expr {
	var parts []ast.Expr
	var gens []*ast.Comprehension
	kind := "list comprehension"
	switch x := e.(type) {
	case *ast.ListComp:
		parts, gens = []ast.Expr{x.Elt}, x.Gens
	case *ast.SetComp:
		parts, gens, kind = []ast.Expr{x.Elt}, x.Gens, "set comprehension"
	case *ast.DictComp:
		parts, gens, kind = []ast.Expr{x.Key, x.Value}, x.Gens, "dict comprehension"
	case *ast.GeneratorExp:
		parts, gens, kind = []ast.Expr{x.Elt}, x.Gens, "generator expression"
	}
	for i, g := range gens {
		if i > 0 {
			parts = append(parts, g.Iter) // the leftmost iterable runs outside
		}
		parts = append(parts, g.Ifs...)
		ast.Inspect(g.Iter, func(n ast.Node) bool {
			switch x := n.(type) {
			case nil, *ast.Lambda:
				return false
			case *ast.NamedExpr:
				c.fail(x.Pos, "assignment expression cannot be used in a comprehension iterable expression")
			}
			return true
		})
	}
	for _, part := range parts {
		ast.Inspect(part, func(n ast.Node) bool {
			switch x := n.(type) {
			case nil, *ast.Lambda:
				return false
			case *ast.Yield, *ast.YieldFrom:
				c.fail(x.Position(), "'yield' inside %s", kind)
			}
			return true
		})
	}
	return e
}

// renameReceiver renames the first parameter of method m to self (cls for a
// class method; the syntax tree names receivers conventionally) when the method names it otherwise (def area(this), def
// make(klass, ...)), as Python allows: every use in its body is renamed
// with it. Nothing is renamed when the body already uses the conventional
// name or a nested function or lambda rebinds the parameter's name.
func renameReceiver(m *ast.FuncDef, isClass bool) {
	want := "self"
	if isClass {
		want = "cls"
	}
	if len(m.Params) == 0 || m.Params[0].Name == want || m.Params[0].Kind != "" {
		return
	}
	old := m.Params[0].Name
	clash := false
	var names []*ast.Name
	for _, st := range m.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Name:
				switch x.ID {
				case want:
					clash = true
				case old:
					names = append(names, x)
				}
			case *ast.FuncDef:
				for _, p := range x.Params {
					clash = clash || p.Name == old || p.Name == want
				}
			case *ast.Lambda:
				for _, p := range x.Params {
					clash = clash || p.Name == old || p.Name == want
				}
			}
			return true
		})
	}
	if clash {
		return
	}
	m.Params[0].Name = want
	for _, n := range names {
		n.ID = want
	}
}
