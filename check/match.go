package check

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
)

// match statements are lowered to if statements before checking, so that
// the checker's narrowing types the case bodies (case Deposited(amount=a):
// narrows the subject to Deposited, as mypy does) and the generator sees
// ordinary code:
//
//	match ev:                          if isinstance(ev, Deposited):
//	    case Deposited(amount=a):          a = ev.amount
//	        total += a             ->      total += a
//	    case ["GET", key]:             elif isinstance(ev, (list, tuple)) and len(ev) == 2 and ev[0] == "GET":
//	        ...                            key = ev[1]
//
// A subject that is not a name or an attribute chain is evaluated once into
// a variable of its own. Patterns: literals and dotted values (==; None,
// True and False by is), captures and the wildcard _, class patterns
// (isinstance, then keyword sub-patterns on attributes and positional ones
// through __match_args__: a dataclass's init fields or an explicit
// __match_args__ tuple; int(x), str(x)... match the subject itself),
// sequences of lists and tuples (one *capture, bound to a list), mappings
// over dicts (without **rest), or-patterns without captures, `as` and
// guards. A case with a guard that fails goes on to the next case (a flag
// variable records that a case ran).

// matchLower holds what lowering needs: the module's classes (for
// __match_args__) and a counter for fresh variable names.
type matchLower struct {
	c       *checker
	classes map[string]*ast.ClassDef
	n       int
}

// desugarMatch lowers the module's match statements. It returns a new
// module when there are any (rewritten nodes are copies); m is not changed.
func (c *checker) desugarMatch(m *ast.Module) *ast.Module {
	if !c.extensions {
		// LANGUAGE.md's statements do not include match: outside the
		// contract, an extension a file opts in to (stmt.go refuses it).
		return m
	}
	ml := &matchLower{c: c, classes: map[string]*ast.ClassDef{}}
	for _, s := range m.Body {
		if cd, ok := s.(*ast.ClassDef); ok {
			ml.classes[cd.Name] = cd
		}
	}
	body, changed := ml.stmts(m.Body)
	if !changed {
		return m
	}
	cp := *m
	cp.Body = body
	return &cp
}

// stmts lowers the match statements in ss and in the bodies nested in
// them; changed reports whether there were any.
func (ml *matchLower) stmts(ss []ast.Stmt) ([]ast.Stmt, bool) {
	var out []ast.Stmt
	changed := false
	for i, s := range ss {
		ns, ch := ml.stmt(s)
		if ch && !changed {
			changed = true
			out = append([]ast.Stmt(nil), ss[:i]...)
		}
		if changed {
			out = append(out, ns...)
		}
	}
	if !changed {
		return ss, false
	}
	return out, true
}

func (ml *matchLower) stmt(s ast.Stmt) ([]ast.Stmt, bool) {
	sub := func(body *[]ast.Stmt) bool {
		nb, ch := ml.stmts(*body)
		if ch {
			*body = nb
		}
		return ch
	}
	switch x := s.(type) {
	case *ast.Match:
		return ml.lower(x), true
	case *ast.If:
		cp := *x
		if a, b := sub(&cp.Body), sub(&cp.Orelse); a || b {
			return []ast.Stmt{&cp}, true
		}
	case *ast.For:
		cp := *x
		if a, b := sub(&cp.Body), sub(&cp.Orelse); a || b {
			return []ast.Stmt{&cp}, true
		}
	case *ast.While:
		cp := *x
		if a, b := sub(&cp.Body), sub(&cp.Orelse); a || b {
			return []ast.Stmt{&cp}, true
		}
	case *ast.With:
		cp := *x
		if sub(&cp.Body) {
			return []ast.Stmt{&cp}, true
		}
	case *ast.Try:
		cp := *x
		ch := sub(&cp.Body)
		ch = sub(&cp.Orelse) || ch
		ch = sub(&cp.Finalbody) || ch
		hs := append([]*ast.ExceptHandler(nil), x.Handlers...)
		for i, h := range hs {
			hc := *h
			if sub(&hc.Body) {
				hs[i] = &hc
				ch = true
			}
		}
		cp.Handlers = hs
		if ch {
			return []ast.Stmt{&cp}, true
		}
	case *ast.FuncDef:
		cp := *x
		if sub(&cp.Body) {
			return []ast.Stmt{&cp}, true
		}
	case *ast.ClassDef:
		cp := *x
		if sub(&cp.Body) {
			return []ast.Stmt{&cp}, true
		}
	}
	return []ast.Stmt{s}, false
}

// binding is a capture: Name = Value once the pattern matched.
type binding struct {
	name  string
	pos   ast.Pos
	value ast.Expr
}

// lower returns the statements a match statement becomes.
func (ml *matchLower) lower(m *ast.Match) []ast.Stmt {
	var pre []ast.Stmt
	subj := m.Subject
	if !chainExpr(subj) {
		ml.n++
		tmp := fmt.Sprintf("_aiogo_match%d", ml.n)
		pre = append(pre, &ast.Assign{Pos: m.Pos, Targets: []ast.Expr{&ast.Name{Pos: m.Pos, ID: tmp}}, Value: subj})
		subj = &ast.Name{Pos: m.Pos, ID: tmp}
	}
	type lowered struct {
		test  ast.Expr // nil: irrefutable
		binds []binding
		mc    *ast.MatchCase
		body  []ast.Stmt
	}
	cases := make([]lowered, 0, len(m.Cases))
	for _, mc := range m.Cases {
		conds, binds := ml.pattern(mc.Pattern, subj)
		if mc.As != "" {
			binds = append(binds, binding{mc.As, mc.AsPos, clone(subj)})
		}
		body, _ := ml.stmts(mc.Body)
		cases = append(cases, lowered{test: andAll(mc.Pos, conds), binds: binds, mc: mc, body: body})
	}
	assigns := func(bs []binding) []ast.Stmt {
		var out []ast.Stmt
		for _, b := range bs {
			out = append(out, &ast.Assign{Pos: b.pos, Targets: []ast.Expr{&ast.Name{Pos: b.pos, ID: b.name}}, Value: b.value})
		}
		return out
	}
	var build func(i int) []ast.Stmt
	build = func(i int) []ast.Stmt {
		if i == len(cases) {
			return nil
		}
		lc := cases[i]
		pos := lc.mc.Pos
		if lc.mc.Guard == nil {
			body := append(assigns(lc.binds), lc.body...)
			if lc.test == nil {
				return body // irrefutable: later cases are unreachable (CPython refuses them)
			}
			return []ast.Stmt{&ast.If{Pos: pos, Test: lc.test, Body: body, Orelse: build(i + 1)}}
		}
		ml.n++
		flag := fmt.Sprintf("_aiogo_case%d", ml.n)
		flagName := func() *ast.Name { return &ast.Name{Pos: pos, ID: flag} }
		guarded := append([]ast.Stmt{&ast.Assign{Pos: pos, Targets: []ast.Expr{flagName()}, Value: &ast.BoolLit{Pos: pos, Value: true}}}, lc.body...)
		inner := append(assigns(lc.binds), &ast.If{Pos: lc.mc.Guard.Position(), Test: lc.mc.Guard, Body: guarded})
		out := []ast.Stmt{&ast.Assign{Pos: pos, Targets: []ast.Expr{flagName()}, Value: &ast.BoolLit{Pos: pos, Value: false}}}
		if lc.test == nil {
			out = append(out, inner...)
		} else {
			out = append(out, &ast.If{Pos: pos, Test: lc.test, Body: inner})
		}
		if rest := build(i + 1); len(rest) > 0 {
			out = append(out, &ast.If{Pos: pos, Test: &ast.UnaryOp{Pos: pos, Op: "not", Operand: flagName()}, Body: rest})
		}
		return out
	}
	out := append(pre, build(0)...)
	if len(out) == 0 {
		out = []ast.Stmt{&ast.Pass{Pos: m.Pos}}
	}
	return out
}

// chainExpr reports whether e is a name or an attribute chain on one
// (evaluated again by each test, and narrowed by isinstance).
func chainExpr(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return true
	case *ast.Attribute:
		return chainExpr(x.Value)
	}
	return false
}

// andAll joins tests with and (nil for none).
func andAll(pos ast.Pos, conds []ast.Expr) ast.Expr {
	switch len(conds) {
	case 0:
		return nil
	case 1:
		return conds[0]
	}
	return &ast.BoolOp{Pos: pos, Op: "and", Values: conds}
}

// builtinSelfMatch are the classes whose single positional sub-pattern
// matches the subject itself (int(n), str(s)).
var builtinSelfMatch = map[string]bool{"int": true, "float": true, "str": true, "bytes": true, "bool": true,
	"list": true, "dict": true, "tuple": true, "set": true}

// pattern returns the tests (in order, joined by and) and the captures of
// pattern p against subject s.
func (ml *matchLower) pattern(p, s ast.Expr) ([]ast.Expr, []binding) {
	pos := p.Position()
	eq := func(op string, v ast.Expr) []ast.Expr {
		return []ast.Expr{&ast.Compare{Pos: pos, Left: clone(s), Ops: []string{op}, Comparators: []ast.Expr{v}}}
	}
	call := func(fn string, args ...ast.Expr) *ast.Call {
		return &ast.Call{Pos: pos, Func: &ast.Name{Pos: pos, ID: fn}, Args: args}
	}
	switch x := p.(type) {
	case *ast.Name:
		if x.ID == "_" {
			return nil, nil
		}
		return nil, []binding{{x.ID, x.Pos, clone(s)}}
	case *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BytesLit:
		return eq("==", p), nil
	case *ast.UnaryOp:
		if x.Op == "-" {
			switch x.Operand.(type) {
			case *ast.IntLit, *ast.FloatLit:
				return eq("==", p), nil
			}
		}
	case *ast.NoneLit, *ast.BoolLit:
		return eq("is", p), nil
	case *ast.Attribute:
		if chainExpr(x) {
			return eq("==", p), nil // a value pattern (Color.RED, self.limit is not one: only dotted names)
		}
	case *ast.BinOp:
		if x.Op == "|" {
			var alts []ast.Expr
			for _, a := range orAlternatives(x) {
				conds, binds := ml.pattern(a, s)
				if len(binds) > 0 {
					ml.c.errorf(a.Position(), "captures in an or-pattern are not supported (bind with `as` around the whole pattern)")
				}
				if len(conds) == 0 {
					return nil, nil // an irrefutable alternative
				}
				alts = append(alts, andAll(a.Position(), conds))
			}
			return []ast.Expr{&ast.BoolOp{Pos: pos, Op: "or", Values: alts}}, nil
		}
	case *ast.MatchAs:
		conds, binds := ml.pattern(x.Pattern, s)
		return conds, append(binds, binding{x.Name, x.NamePos, clone(s)})
	case *ast.Call:
		return ml.classPattern(x, s)
	case *ast.ListExpr:
		return ml.seqPattern(pos, x.Elems, s)
	case *ast.TupleExpr:
		return ml.seqPattern(pos, x.Elems, s)
	case *ast.DictExpr:
		conds := []ast.Expr{call("isinstance", clone(s), &ast.Name{Pos: pos, ID: "dict"})}
		var binds []binding
		for i, k := range x.Keys {
			if k == nil {
				ml.c.errorf(x.Values[i].Position(), "**rest in a mapping pattern is not supported")
				continue
			}
			conds = append(conds, &ast.Compare{Pos: k.Position(), Left: k, Ops: []string{"in"}, Comparators: []ast.Expr{clone(s)}})
			c2, b2 := ml.pattern(x.Values[i], &ast.Subscript{Pos: k.Position(), Value: clone(s), Index: clone(k)})
			conds = append(conds, c2...)
			binds = append(binds, b2...)
		}
		return conds, binds
	}
	ml.c.errorf(pos, "this pattern is not supported in a case clause")
	return []ast.Expr{&ast.BoolLit{Pos: pos, Value: false}}, nil
}

// orAlternatives flattens a | b | c.
func orAlternatives(b *ast.BinOp) []ast.Expr {
	var out []ast.Expr
	for _, side := range []ast.Expr{b.Left, b.Right} {
		if sb, ok := side.(*ast.BinOp); ok && sb.Op == "|" {
			out = append(out, orAlternatives(sb)...)
		} else {
			out = append(out, side)
		}
	}
	return out
}

// seqPattern matches a list or tuple of the pattern's length (at least,
// with a *capture, which binds a list).
func (ml *matchLower) seqPattern(pos ast.Pos, elems []ast.Expr, s ast.Expr) ([]ast.Expr, []binding) {
	star := -1
	for i, e := range elems {
		if _, ok := e.(*ast.Starred); ok {
			if star >= 0 {
				ml.c.errorf(e.Position(), "multiple starred names in sequence pattern")
			}
			star = i
		}
	}
	n := len(elems)
	isSeq := &ast.Call{Pos: pos, Func: &ast.Name{Pos: pos, ID: "isinstance"}, Args: []ast.Expr{clone(s),
		&ast.TupleExpr{Pos: pos, Elems: []ast.Expr{&ast.Name{Pos: pos, ID: "list"}, &ast.Name{Pos: pos, ID: "tuple"}}}}}
	length := &ast.Call{Pos: pos, Func: &ast.Name{Pos: pos, ID: "len"}, Args: []ast.Expr{clone(s)}}
	intLit := func(v int) ast.Expr {
		if v < 0 {
			return &ast.UnaryOp{Pos: pos, Op: "-", Operand: &ast.IntLit{Pos: pos, Text: fmt.Sprint(-v), Value: int64(-v)}}
		}
		return &ast.IntLit{Pos: pos, Text: fmt.Sprint(v), Value: int64(v)}
	}
	conds := []ast.Expr{isSeq}
	if star < 0 {
		conds = append(conds, &ast.Compare{Pos: pos, Left: length, Ops: []string{"=="}, Comparators: []ast.Expr{intLit(n)}})
	} else if n > 1 {
		conds = append(conds, &ast.Compare{Pos: pos, Left: length, Ops: []string{">="}, Comparators: []ast.Expr{intLit(n - 1)}})
	}
	var binds []binding
	for i, e := range elems {
		if i == star {
			st := e.(*ast.Starred)
			name, ok := st.Value.(*ast.Name)
			if !ok {
				ml.c.errorf(st.Value.Position(), "a starred sub-pattern must be a name")
				continue
			}
			if name.ID == "_" {
				continue
			}
			sl := &ast.Slice{Pos: e.Position(), Lower: intLit(i)}
			if after := n - 1 - i; after > 0 {
				sl.Upper = intLit(-after)
			}
			rest := &ast.Call{Pos: e.Position(), Func: &ast.Name{Pos: e.Position(), ID: "list"},
				Args: []ast.Expr{&ast.Subscript{Pos: e.Position(), Value: clone(s), Index: sl}}}
			binds = append(binds, binding{name.ID, name.Pos, rest})
			continue
		}
		idx := i
		if star >= 0 && i > star {
			idx = i - n // from the end
		}
		c2, b2 := ml.pattern(e, &ast.Subscript{Pos: e.Position(), Value: clone(s), Index: intLit(idx)})
		conds = append(conds, c2...)
		binds = append(binds, b2...)
	}
	return conds, binds
}

// classPattern matches isinstance(s, C) and C's sub-patterns.
func (ml *matchLower) classPattern(x *ast.Call, s ast.Expr) ([]ast.Expr, []binding) {
	pos := x.Pos
	if !chainExpr(x.Func) {
		ml.c.errorf(x.Func.Position(), "a class pattern needs a class name")
		return []ast.Expr{&ast.BoolLit{Pos: pos, Value: false}}, nil
	}
	conds := []ast.Expr{&ast.Call{Pos: pos, Func: &ast.Name{Pos: pos, ID: "isinstance"}, Args: []ast.Expr{clone(s), x.Func}}}
	var binds []binding
	add := func(c2 []ast.Expr, b2 []binding) {
		conds = append(conds, c2...)
		binds = append(binds, b2...)
	}
	if len(x.Args) > 0 {
		name := ""
		if n, ok := x.Func.(*ast.Name); ok {
			name = n.ID
		}
		if builtinSelfMatch[name] {
			if len(x.Args) > 1 {
				ml.c.errorf(x.Args[1].Position(), "%s() accepts 1 positional sub-pattern (%d given)", name, len(x.Args))
			} else {
				add(ml.pattern(x.Args[0], s))
			}
		} else if args, ok := ml.matchArgs(name, map[string]bool{}); !ok {
			ml.c.errorf(x.Args[0].Position(), "positional sub-patterns need %s.__match_args__ (a dataclass, or a class defining __match_args__ as a tuple of names): use keyword sub-patterns", exprString(x.Func))
		} else if len(x.Args) > len(args) {
			ml.c.errorf(x.Args[len(args)].Position(), "%s() accepts %d positional sub-patterns (%d given)", name, len(args), len(x.Args))
		} else {
			for i, a := range x.Args {
				add(ml.pattern(a, &ast.Attribute{Pos: a.Position(), Value: clone(s), Attr: args[i], AttrPos: a.Position()}))
			}
		}
	}
	for _, k := range x.Keywords {
		add(ml.pattern(k.Value, &ast.Attribute{Pos: k.Pos, Value: clone(s), Attr: k.Name, AttrPos: k.Pos}))
	}
	return conds, binds
}

// matchArgs returns the __match_args__ of the module class name: an
// explicit tuple of strings, or a dataclass's init fields (its bases'
// first).
func (ml *matchLower) matchArgs(name string, seen map[string]bool) ([]string, bool) {
	cd := ml.classes[name]
	if cd == nil || seen[name] {
		return nil, false
	}
	seen[name] = true
	for _, st := range cd.Body {
		var target, value ast.Expr
		switch a := st.(type) {
		case *ast.Assign:
			if len(a.Targets) == 1 {
				target, value = a.Targets[0], a.Value
			}
		case *ast.AnnAssign:
			target, value = a.Target, a.Value
		}
		if n, ok := target.(*ast.Name); ok && n.ID == "__match_args__" {
			tu, ok := value.(*ast.TupleExpr)
			if !ok {
				return nil, false
			}
			var out []string
			for _, e := range tu.Elems {
				sl, ok := e.(*ast.StrLit)
				if !ok {
					return nil, false
				}
				out = append(out, sl.Value)
			}
			return out, true
		}
	}
	if !isDataclassDef(cd) {
		return nil, false
	}
	var out []string
	if len(cd.Bases) == 1 {
		if bn, ok := cd.Bases[0].(*ast.Name); ok && ml.classes[bn.ID] != nil {
			base, ok := ml.matchArgs(bn.ID, seen)
			if !ok {
				return nil, false
			}
			out = append(out, base...)
		}
	}
	kwOnly := dataclassKwOnly(cd) // keyword-only fields are not in __match_args__
	for _, st := range cd.Body {
		a, ok := st.(*ast.AnnAssign)
		if !ok {
			continue
		}
		if mentionsName(a.Annotation, "KW_ONLY") {
			kwOnly = true
			continue
		}
		n, ok := a.Target.(*ast.Name)
		if !ok || mentionsName(a.Annotation, "ClassVar") || mentionsName(a.Annotation, "InitVar") || initFalse(a.Value) {
			continue
		}
		if kw, ok := boolKeyword(a.Value, "kw_only"); ok && kw || !ok && kwOnly {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == n.ID
		}
		if !dup {
			out = append(out, n.ID)
		}
	}
	return out, true
}

// isDataclassDef reports whether cd is decorated with @dataclass or
// @dataclass(...).
func isDataclassDef(cd *ast.ClassDef) bool {
	for _, d := range cd.Decorators {
		if c, ok := d.(*ast.Call); ok {
			d = c.Func
		}
		switch x := d.(type) {
		case *ast.Name:
			if x.ID == "dataclass" {
				return true
			}
		case *ast.Attribute:
			if x.Attr == "dataclass" {
				return true
			}
		}
	}
	return false
}

// mentionsName reports whether annotation e names id (ClassVar[int],
// typing.ClassVar[int]).
func mentionsName(e ast.Expr, id string) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Name:
			found = found || x.ID == id
		case *ast.Attribute:
			found = found || x.Attr == id
		}
		return !found
	})
	return found
}

// initFalse reports whether a dataclass field's default is
// field(..., init=False, ...).
func initFalse(v ast.Expr) bool {
	c, ok := v.(*ast.Call)
	if !ok {
		return false
	}
	for _, k := range c.Keywords {
		if b, ok := k.Value.(*ast.BoolLit); ok && k.Name == "init" && !b.Value {
			return true
		}
	}
	return false
}

// clone copies a subject expression: the checker records types and
// narrowings per node, so each test and capture reads its own copy.
func clone(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.Name:
		cp := *x
		return &cp
	case *ast.Attribute:
		cp := *x
		cp.Value = clone(x.Value)
		return &cp
	case *ast.Subscript:
		cp := *x
		cp.Value, cp.Index = clone(x.Value), clone(x.Index)
		return &cp
	case *ast.Slice:
		cp := *x
		if x.Lower != nil {
			cp.Lower = clone(x.Lower)
		}
		if x.Upper != nil {
			cp.Upper = clone(x.Upper)
		}
		return &cp
	case *ast.UnaryOp:
		cp := *x
		cp.Operand = clone(x.Operand)
		return &cp
	case *ast.IntLit:
		cp := *x
		return &cp
	case *ast.StrLit:
		cp := *x
		return &cp
	}
	return e
}

// dataclassKwOnly reports whether cd is decorated @dataclass(kw_only=True).
func dataclassKwOnly(cd *ast.ClassDef) bool {
	for _, d := range cd.Decorators {
		if kw, ok := boolKeyword(d, "kw_only"); ok {
			return kw
		}
	}
	return false
}

// boolKeyword returns the value of keyword name of call e when it is a
// True or False literal.
func boolKeyword(e ast.Expr, name string) (value, ok bool) {
	c, isCall := e.(*ast.Call)
	if !isCall {
		return false, false
	}
	for _, k := range c.Keywords {
		if b, isBool := k.Value.(*ast.BoolLit); isBool && k.Name == name {
			return b.Value, true
		}
	}
	return false, false
}
