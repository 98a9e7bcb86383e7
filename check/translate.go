package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// str.maketrans and str.translate, typed as typeshed types them:
// maketrans(x, y) is a dict[int, int], maketrans(x, y, z) a
// dict[int, int | None], maketrans(d) for d a dict[str, V] or dict[int, V]
// a dict[int, V]; translate takes a dict[int, V], V made of int, str and
// None.

func init() {
	checkHooks["str.maketrans"] = checkMakeTrans
	checkHooks["str.translate"] = checkTranslate
}

// transValue reports a type a translation table may map characters to.
func transValue(t Type) bool {
	switch x := t.(type) {
	case *Basic:
		return x == Int || x == Str || x == None
	case *Optional:
		return transValue(x.Elem)
	case *Union:
		for _, m := range x.Types {
			if m != None && !transValue(m) {
				return false
			}
		}
		return true
	}
	return false
}

func checkMakeTrans(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, "maketrans", 1, 3) {
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil
	}
	if len(x.Args) == 1 {
		var dw Type
		if wd := wantOf[*Dict](want); wd != nil {
			dw = &Dict{Key: Str, Val: wd.Val} // t: dict[int, str] = str.maketrans({...})
		} else if d, ok := x.Args[0].(*ast.DictExpr); ok {
			dw = transDisplayWant(d)
		}
		t := c.exprWant(x.Args[0], dw)
		d, ok := t.(*Dict)
		if t == nil {
			return nil
		}
		if !ok || (d.Key != Str && d.Key != Int) || !transValue(d.Val) {
			c.errorf(x.Args[0].Position(), "maketrans takes a dict mapping str or int keys to int, str or None, not %s", t)
			return nil
		}
		return &Dict{Key: Int, Val: d.Val}
	}
	for _, a := range x.Args {
		if t := c.expr(a); t != nil && t != Str {
			c.errorf(a.Position(), "maketrans arguments must be str, not %s", t)
		}
	}
	if len(x.Args) == 3 {
		return &Dict{Key: Int, Val: &Optional{Int}}
	}
	return &Dict{Key: Int, Val: Int}
}

func checkTranslate(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, "translate", 1, 1) {
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil
	}
	t := c.expr(x.Args[0])
	if t == nil {
		return Str
	}
	if d, ok := t.(*Dict); !ok || d.Key != Int || !transValue(d.Val) {
		c.errorf(x.Args[0].Position(), "translate takes a dict mapping int to int, str or None, not %s", t)
	}
	return Str
}

// transDisplayWant is the type maketrans's overload gives a dict display
// whose literal values differ in type ({"a": "1", "b": None, "c": 99} is
// a dict[str, str | int | None]), or nil.
func transDisplayWant(d *ast.DictExpr) Type {
	var key, val Type
	for i, k := range d.Keys {
		if k == nil {
			return nil // **other
		}
		var vt Type
		switch d.Values[i].(type) {
		case *ast.StrLit:
			vt = Str
		case *ast.IntLit:
			vt = Int
		case *ast.NoneLit:
			vt = None
		default:
			return nil
		}
		if val == nil {
			val = vt
		} else if !Identical(val, vt) {
			val = unionOf(val, vt)
		}
		if _, ok := k.(*ast.StrLit); ok {
			key = Str
		}
	}
	if key == nil || val == nil || val == Str || val == Int || val == None {
		return nil
	}
	return &Dict{Key: key, Val: val}
}
