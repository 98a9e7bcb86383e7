package check

import (
	"strconv"

	"github.com/aiogo/aiogo/ast"
)

// Literal-tagged tuple unions (Union[tuple[Literal["add"], int],
// tuple[Literal["del"], str]]): a tuple annotation keeps, per item, the
// Literal values written there (Tuple.Tags), and a comparison of a constant
// item with a literal, cmd[0] == "add", narrows a union of such tuples to
// the members whose tag there may be equal (and, where it is false, drops
// the members whose only tag there is that value), as mypy narrows them.
//
// Soundness: tags only ever widen. A member whose tags are unknown stays on
// both sides; unions merging identical tuples (dedupUnion, appendType) merge
// their tags, and an item unknown on either side becomes unknown.

// literalTags returns the tags of a tuple annotation's items (nil when no
// item is a Literal of str or int values).
func (c *checker) literalTags(args []ast.Expr) [][]string {
	var tags [][]string
	for i, a := range args {
		vals := c.literalValues(a)
		if vals == nil {
			continue
		}
		if tags == nil {
			tags = make([][]string, len(args))
		}
		tags[i] = vals
	}
	return tags
}

// literalValues returns the keys of the values of Literal[v1, ...] (str and
// int values; nil for anything else).
func (c *checker) literalValues(e ast.Expr) []string {
	sub, ok := e.(*ast.Subscript)
	if !ok || c.typingName(sub.Value) != "typing.Literal" {
		return nil
	}
	args := []ast.Expr{sub.Index}
	if t, ok := sub.Index.(*ast.TupleExpr); ok {
		args = t.Elems
	}
	var out []string
	for _, a := range args {
		k, ok := literalKey(a)
		if !ok {
			return nil
		}
		out = append(out, k)
	}
	return out
}

// typingName is the qualified name an annotation's subscripted base names
// (Literal or typing.Literal: "typing.Literal").
func (c *checker) typingName(e ast.Expr) string {
	switch b := e.(type) {
	case *ast.Name:
		if sym := c.lookup(b.ID); sym != nil && sym.Kind == SymType {
			if tn, ok := sym.Type.(*TypeName); ok {
				if a, ok := tn.T.(*AnyType); ok {
					return a.Name
				}
			}
		}
	case *ast.Attribute:
		return c.dottedTypeName(b)
	}
	return ""
}

// literalKey is the tag of a str or int literal ("s:add", "i:3").
func literalKey(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.StrLit:
		return "s:" + x.Value, true
	case *ast.IntLit:
		if !x.Overflow {
			return "i:" + strconv.FormatInt(x.Value, 10), true
		}
	case *ast.UnaryOp:
		if n, ok := x.Operand.(*ast.IntLit); ok && x.Op == "-" && !n.Overflow {
			return "i:" + strconv.FormatInt(-n.Value, 10), true
		}
	}
	return "", false
}

// mergeTupleTags widens the tags of keep, a tuple identical to drop, which
// a union dropped, by those of drop.
func mergeTupleTags(keep, drop Type) {
	k, ok1 := keep.(*Tuple)
	d, ok2 := drop.(*Tuple)
	if !ok1 || !ok2 || k == d || k.Tags == nil {
		return
	}
	if d.Tags == nil || len(d.Tags) != len(k.Tags) {
		k.Tags = nil
		return
	}
	for i := range k.Tags {
		if k.Tags[i] == nil || d.Tags[i] == nil {
			k.Tags[i] = nil
			continue
		}
		for _, v := range d.Tags[i] {
			if !hasString(k.Tags[i], v) {
				k.Tags[i] = append(k.Tags[i], v)
			}
		}
	}
}

func hasString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// narrowTupleTag narrows v in v[i] == lit (or lit == v[i]); equal tells
// whether the comparison is known to hold. It reports whether the
// comparison had that shape.
func (c *checker) narrowTupleTag(l, r ast.Expr, equal bool) bool {
	sub, ok := l.(*ast.Subscript)
	if !ok {
		sub, ok = r.(*ast.Subscript)
		l, r = r, l
	}
	if !ok {
		return false
	}
	key, ok := literalKey(r)
	if !ok {
		return false
	}
	idx, ok := constInt(sub.Index)
	if !ok || idx < 0 {
		return false
	}
	k, ok := c.keyOf(sub.Value)
	if !ok {
		return false
	}
	u, ok := c.currentOf(k, sub.Value).(*Union)
	if !ok {
		return false
	}
	var out []Type
	for _, m := range u.Types {
		var tags []string
		if t, ok := m.(*Tuple); ok && !t.Var && int(idx) < len(t.Tags) {
			tags = t.Tags[idx]
		}
		switch {
		case tags == nil:
			out = append(out, m) // unknown: kept on both sides
		case equal && hasString(tags, key):
			out = append(out, m)
		case !equal && !(len(tags) == 1 && tags[0] == key):
			out = append(out, m)
		}
	}
	if len(out) == 0 || len(out) == len(u.Types) {
		return true
	}
	c.refine(sub.Value, func(Type) Type {
		if len(out) == 1 {
			return out[0]
		}
		return &Union{out}
	})
	return true
}
