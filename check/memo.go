package check

import (
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// functools.cache and functools.lru_cache (an aiogo extension) decorate a
// function (module-level or nested; not a method, a coroutine or a
// generator) that returns a value: the name is bound to a function of the
// same type whose results are memoized by the argument values (codegen's
// py.MemoN). Arguments are keys as CPython's cache compares them only
// where aiogo's equality is the same: int, float, str, bytes, bool, None,
// enum members, fixed tuples and Optionals of those, and instances of
// classes without __eq__ (compared by identity). The cache's own methods
// (cache_info, cache_clear) are not provided.

// MemoMax is the maxsize of decorator d if it is @cache, @lru_cache or
// @lru_cache(maxsize=N | None) (types: the checker's Info.Types): -1 for
// unbounded, and ok.
func MemoMax(d ast.Expr, types map[ast.Expr]Type) (max int64, ok bool) {
	name := func(e ast.Expr) string {
		if bf, isB := types[e].(*BuiltinFunc); isB {
			return bf.Name
		}
		return ""
	}
	switch name(d) {
	case "functools.cache":
		return -1, true
	case "functools.lru_cache":
		return 128, true
	}
	call, isCall := d.(*ast.Call)
	if !isCall || name(call.Func) != "functools.lru_cache" {
		return 0, false
	}
	var arg ast.Expr
	if len(call.Args) == 1 {
		arg = call.Args[0]
	}
	for _, k := range call.Keywords {
		if k.Name == "maxsize" {
			arg = k.Value
		}
	}
	switch a := arg.(type) {
	case nil:
		return 128, true
	case *ast.NoneLit:
		return -1, true
	case *ast.IntLit:
		if v, err := strconv.ParseInt(strings.ReplaceAll(a.Text, "_", ""), 0, 64); err == nil {
			if v < 0 {
				v = 0 // CPython treats a negative maxsize as 0
			}
			return v, true
		}
	}
	return 0, false
}

// memoDecorator types decorator d of function fi (type t) if it is a
// functools cache; isMemo reports whether it is one.
func (c *checker) memoDecorator(d ast.Expr, t Type, fi *FuncInfo) (Type, bool) {
	var fn ast.Expr = d
	call, isCall := d.(*ast.Call)
	if isCall {
		fn = call.Func
	}
	bf := c.memoFunc(fn)
	if bf == nil {
		return nil, false
	}
	c.info.Types[fn] = bf
	if isCall {
		if bf.Name == "functools.cache" {
			c.errorf(d.Position(), "@cache takes no arguments")
			return nil, true
		}
		for _, k := range call.Keywords {
			if k.Name != "maxsize" {
				c.errorf(k.Pos, "lru_cache(%s=...) is not supported (only maxsize)", k.Name)
				return nil, true
			}
		}
		if len(call.Args)+len(call.Keywords) > 1 {
			c.errorf(d.Position(), "lru_cache takes one argument, maxsize")
			return nil, true
		}
		if _, ok := MemoMax(d, c.info.Types); !ok {
			c.errorf(d.Position(), "lru_cache's maxsize must be an int literal or None")
			return nil, true
		}
	}
	f, isFunc := t.(*Func)
	switch {
	case !isFunc || fi == nil || fi.Method != nil || f != fi.Sig:
		c.errorf(d.Position(), "@%s applies to functions only (not methods or decorated values) in aiogo", bf.Name[len("functools."):])
		return nil, true
	case fi.IsAsync || fi.IsGen:
		c.errorf(d.Position(), "@%s of a coroutine or generator function is not supported (its result can be used once)", bf.Name[len("functools."):])
		return nil, true
	case f.Ret == None || f.Ret == nil:
		c.errorf(d.Position(), "@%s of a function returning None is not supported", bf.Name[len("functools."):])
		return nil, true
	case len(f.Params) > 4:
		c.errorf(d.Position(), "@%s of a function of more than 4 parameters is not supported", bf.Name[len("functools."):])
		return nil, true
	}
	for _, p := range f.Params {
		if NumUnion(p.Type) {
			c.errorf(d.Position(), "@%s of a function whose float parameter %s receives ints is not supported (CPython's cache makes f(3) and f(3.0) one entry)", bf.Name[len("functools."):], p.Name)
			return nil, true
		}
		if p.Star || p.StarStar || !memoKeyType(p.Type) {
			c.errorf(d.Position(), "@%s needs parameters of types compared by value as CPython compares them (int, float, str, bytes, bool, enum members, fixed tuples and Optionals of those, or classes without __eq__), not %s", bf.Name[len("functools."):], p.Type)
			return nil, true
		}
	}
	return t, true
}

// memoKeyType reports whether values of type t are cache keys whose Go
// equality is Python's.
func memoKeyType(t Type) bool {
	switch x := t.(type) {
	case *Basic:
		return x == Int || x == Float || x == Str || x == Bytes || x == Bool || x == None
	case *Optional:
		return memoKeyType(x.Elem)
	case *Tuple:
		if x.Var {
			return false
		}
		for _, e := range x.Elems {
			if !memoKeyType(e) {
				return false
			}
		}
		return true
	case *Class:
		if x.Enum != nil {
			return true
		}
		return !x.IsExc && !x.NamedTuple && !x.Protocol && Dunder(x, "__eq__") == nil && !HashByValue(x)
	}
	return false
}

// memoFunc resolves e, a decorator or a decorator call's callee, to
// functools.cache or functools.lru_cache, or nil.
func (c *checker) memoFunc(e ast.Expr) *BuiltinFunc {
	var name string
	switch x := e.(type) {
	case *ast.Name:
		if sym := c.lookup(x.ID); sym != nil {
			if bf, ok := sym.Type.(*BuiltinFunc); ok {
				name = bf.Name
			}
		}
	case *ast.Attribute:
		if n, ok := x.Value.(*ast.Name); ok && c.isModuleName(n.ID, "functools") { // abc.go
			name = "functools." + x.Attr
		}
	}
	if name == "functools.cache" || name == "functools.lru_cache" {
		return &BuiltinFunc{name}
	}
	return nil
}
