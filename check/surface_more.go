package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// Hooks of table rows whose types depend on the arguments: dict.fromkeys.

func init() {
	checkHooks["dict.fromkeys"] = checkFromKeys
}

// checkFromKeys types dict.fromkeys(keys, value): dict[K, V] of the keys'
// element type and the value's type. Without a value CPython's values are
// None: dict[K, None], or the Optional value type the context wants
// (seen: dict[str, int | None] = dict.fromkeys(names)); typeshed's
// dict[K, Any | None] lets a later store of another type through, which
// aiogo refuses as a mismatch with None.
func checkFromKeys(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if !c.nargs(x, "fromkeys", 1, 2) {
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil
	}
	var wk, wv Type
	if wd := wantOf[*Dict](want); wd != nil {
		wk, wv = wd.Key, wd.Val
	}
	kt := c.iterElem(x.Args[0])
	if wk != nil && kt != nil && c.assignableType(kt, wk) {
		kt = wk
	}
	if len(x.Args) == 1 {
		if kt == nil {
			return nil
		}
		var vt Type = None
		if o, ok := wv.(*Optional); ok {
			vt = o
		}
		return &Dict{Key: c.hashKey(kt, x.Pos), Val: vt}
	}
	vt := c.exprWant(x.Args[1], wv)
	if wv != nil && vt != nil && c.assignable(vt, wv, x.Args[1], "fromkeys value") {
		vt = wv
	}
	if kt == nil || vt == nil {
		return nil
	}
	if isUnknownEmpty(vt) || vt == None {
		c.errorf(x.Args[1].Position(), "the value type of dict.fromkeys is unknown: annotate the result")
		return nil
	}
	return &Dict{Key: c.hashKey(kt, x.Pos), Val: vt}
}
