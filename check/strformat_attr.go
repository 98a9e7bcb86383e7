package check

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// Attribute access in the fields of a str.format template
// ("{0.name:<10} {item.price:>8.2f}".format(p, item=it)): the runtime's
// formatter reads no attributes of compiled objects, so a literal template
// is rewritten at compile time. Each field reading an attribute names a
// keyword argument of its own instead, whose value is the attribute read
// of the argument the field names; the call is checked and generated as
// the rewritten one (Info.CallVia). The extra keywords are evaluated after
// the written arguments, as CPython reads the attributes while formatting,
// after evaluating them: an argument that is not rereadable (a name, a
// field of one) is bound to a temporary where it is evaluated.

// fmtAttrPrefix starts the keyword names of the rewritten fields (a
// user's keyword argument cannot start with it: it is not an identifier).
const fmtAttrPrefix = "·attr"

// strFormatAttrs returns x rewritten when its receiver is a string literal
// with a field reading an attribute; ok is false otherwise (also after
// reporting a field it cannot rewrite).
func (c *checker) strFormatAttrs(x *ast.Call) (*ast.Call, bool) {
	at, ok := x.Func.(*ast.Attribute)
	if !ok {
		return nil, false
	}
	lit, ok := at.Value.(*ast.StrLit)
	if !ok || !strings.Contains(lit.Value, ".") {
		return nil, false
	}
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			return nil, false
		}
	}
	kws := map[string]ast.Expr{}
	for _, k := range x.Keywords {
		if k.Name == "" {
			return nil, false // **mapping: the runtime formats it
		}
		kws[k.Name] = k.Value
	}
	r := &fmtRewriter{c: c, x: x, kws: kws, args: append([]ast.Expr{}, x.Args...), keywords: append([]*ast.Keyword{}, x.Keywords...)}
	out, ok := r.template(lit.Value, 0)
	if !ok || len(r.extra) == 0 {
		return nil, false
	}
	y := &ast.Call{Pos: x.Pos, Func: &ast.Attribute{Pos: at.Pos, Value: &ast.StrLit{Pos: lit.Pos, Value: out}, Attr: at.Attr, AttrPos: at.AttrPos},
		Args: r.args, Keywords: append(r.keywords, r.extra...)}
	return y, true
}

// fmtRewriter rewrites the fields of one str.format template.
type fmtRewriter struct {
	c     *checker
	x     *ast.Call
	kws   map[string]ast.Expr
	auto  int
	mode  int // 1: automatic field numbering, 2: manual (mixing them is the runtime's ValueError)
	extra []*ast.Keyword
	// args and keywords are the call's, with a computed argument whose
	// attributes a field reads bound to a temporary as it is evaluated
	// ((·fmtL_C := p[2])); bound maps the argument to that name.
	args     []ast.Expr
	keywords []*ast.Keyword
	bound    map[ast.Expr]*ast.Name
}

// bind returns a name the fields may reread for the computed argument
// arg: the argument becomes an assignment expression binding it where it
// is evaluated, once, as CPython evaluates it (the attributes are read
// after all arguments, while formatting). The temporary's name is not a
// Python identifier, so it cannot clash with the program's.
func (r *fmtRewriter) bind(arg ast.Expr) *ast.Name {
	if n := r.bound[arg]; n != nil {
		return n
	}
	pos := arg.Position()
	id := fmt.Sprintf("·fmt%d_%d", pos.Line, pos.Col)
	sc := r.c.sc
	for sc != nil && (sc.comp || sc.class) {
		sc = sc.parent // a comprehension's walrus binds in its function
	}
	if sc == nil || sc.fn == nil || sc.fn == r.c.info.Module {
		return nil // module level: refused
	}
	if sc.names[id] == nil {
		r.c.declare(sc, &Symbol{Name: id, Kind: SymVar, Pos: pos})
	}
	ne := &ast.NamedExpr{Pos: pos, Target: &ast.Name{Pos: pos, ID: id}, Value: arg}
	found := false
	for i, a := range r.args {
		if a == arg {
			r.args[i], found = ne, true
		}
	}
	for i, k := range r.keywords {
		if k.Value == arg {
			cp := *k
			cp.Value = ne
			r.keywords[i], found = &cp, true
		}
	}
	if !found {
		return nil
	}
	if r.bound == nil {
		r.bound = map[ast.Expr]*ast.Name{}
	}
	n := &ast.Name{Pos: pos, ID: id}
	r.bound[arg] = n
	return n
}

// template rewrites s (a template, or a format spec at depth 1); ok is
// false where the runtime is left to format (or report) it.
func (r *fmtRewriter) template(s string, depth int) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); {
		ch := s[i]
		if ch == '}' && depth == 0 {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteString("}}")
				i += 2
				continue
			}
			return "", false // a single '}': the runtime's ValueError
		}
		if ch != '{' {
			b.WriteByte(ch)
			i++
			continue
		}
		if depth == 0 && i+1 < len(s) && s[i+1] == '{' {
			b.WriteString("{{")
			i += 2
			continue
		}
		// A field: up to its matching '}' (one level of nested fields).
		j, level := i+1, 1
		for ; j < len(s); j++ {
			if s[j] == '{' {
				level++
			} else if s[j] == '}' {
				level--
				if level == 0 {
					break
				}
			}
		}
		if j >= len(s) || depth > 0 && level != 0 {
			return "", false
		}
		f, ok := r.field(s[i+1:j], depth)
		if !ok {
			return "", false
		}
		b.WriteString("{" + f + "}")
		i = j + 1
	}
	return b.String(), true
}

// field rewrites the text of one replacement field.
func (r *fmtRewriter) field(f string, depth int) (string, bool) {
	k, inBracket := 0, false
	for ; k < len(f); k++ {
		if f[k] == '[' {
			inBracket = true
		} else if f[k] == ']' {
			inBracket = false
		} else if !inBracket && (f[k] == '!' || f[k] == ':') {
			break
		}
	}
	name, rest := f[:k], f[k:]
	first, accessors := name, ""
	if p := strings.IndexAny(name, ".["); p >= 0 {
		first, accessors = name[:p], name[p:]
	}
	var arg ast.Expr
	switch {
	case first == "":
		if r.mode == 2 || r.auto >= len(r.x.Args) {
			return "", false
		}
		r.mode = 1
		arg = r.x.Args[r.auto]
		// Numbered explicitly: the rewritten fields no longer count.
		name = strconv.Itoa(r.auto) + name
		r.auto++
	case first[0] >= '0' && first[0] <= '9':
		n, err := strconv.Atoi(first)
		if err != nil || n >= len(r.x.Args) || r.mode == 1 {
			return "", false
		}
		r.mode = 2
		arg = r.x.Args[n]
	default:
		arg = r.kws[first]
		if arg == nil {
			return "", false
		}
	}
	// The spec's own nested fields ({0:{width}}) come after the value.
	if p := strings.IndexByte(rest, ':'); p >= 0 && strings.Contains(rest[p:], "{") {
		if depth > 0 {
			return "", false
		}
		spec, ok := r.template(rest[p+1:], 1)
		if !ok {
			return "", false
		}
		rest = rest[:p+1] + spec
	}
	if !strings.HasPrefix(accessors, ".") {
		if strings.Contains(accessors, ".") {
			r.c.errorf(arg.Position(), "str.format field {%s}: an attribute after an index is not supported: pass the value itself", name)
			return "", false
		}
		return name + rest, true
	}
	// .a.b, then at most indexes: {0.items[0]}
	attrs := accessors
	tail := ""
	if p := strings.IndexByte(accessors, '['); p >= 0 {
		attrs, tail = accessors[:p], accessors[p:]
		if strings.Contains(tail, ".") {
			r.c.errorf(arg.Position(), "str.format field {%s}: an attribute after an index is not supported: pass the value itself", name)
			return "", false
		}
	}
	var e ast.Expr = arg
	if r.bound[arg] != nil || !r.c.rereadable(arg) {
		n := r.bind(arg)
		if n == nil {
			r.c.errorf(arg.Position(), "str.format field {%s} reads an attribute of a computed argument: bind the argument to a name first", name)
			return "", false
		}
		e = n
	}
	for _, a := range strings.Split(attrs[1:], ".") {
		if a == "" {
			return "", false // "{0.}": the runtime's ValueError
		}
		e = &ast.Attribute{Pos: arg.Position(), Value: e, Attr: a, AttrPos: arg.Position()}
	}
	kw := fmt.Sprintf("%s%d", fmtAttrPrefix, len(r.extra))
	r.extra = append(r.extra, &ast.Keyword{Pos: arg.Position(), Name: kw, Value: e})
	return kw + tail + rest, true
}

// noteFormatAttrs records (Info.FormatAttrs) a str.format or format_map
// call x left to the runtime's formatter whose fields may read attributes:
// its template is not a literal, or a literal field reads one.
func (c *checker) noteFormatAttrs(x *ast.Call) {
	at, ok := x.Func.(*ast.Attribute)
	if !ok {
		return
	}
	if lit, ok := at.Value.(*ast.StrLit); ok && !literalFieldAttr(lit.Value) {
		return
	}
	c.info.FormatAttrs = true
}

// literalFieldAttr reports a template with a field name reading an
// attribute ({0.name}, {item.qty:>4}).
func literalFieldAttr(s string) bool {
	in := false
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case ch == '{':
			in = true
		case ch == '}' || ch == ':' || ch == '!':
			in = false
		case ch == '.' && in:
			return true
		}
	}
	return false
}
