package check

import (
	"strconv"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// This file types calls of the entries of the built-in table (package
// builtins): a call is typed from the entry's signature unless a hook in
// checkHooks (builtins_hooks.go) types it.

// IterableArg is the type of a parameter declared Iterable[T] in the
// built-in table: any iterable whose elements are assignable to Elem.
type IterableArg struct{ Elem Type }

func (t *IterableArg) String() string { return "Iterable[" + ts(t.Elem) + "]" }

// RecvName returns the Python type name under which the table describes the
// methods of t ("str", "list", ...), or "" if t is not a built-in type with
// methods in the table.
func RecvName(t Type) string {
	switch t := t.(type) {
	case *Basic:
		switch t {
		case Str:
			return "str"
		case Bytes:
			return "bytes"
		case Int:
			return "int"
		case Float:
			return "float"
		}
	case *List:
		if k := CollectionKind(t); k != "" { // collections.go: deque, bytearray
			return k
		}
		return "list"
	case *Dict:
		if k := CollectionKind(t); k != "" {
			return k
		}
		return "dict"
	case *Set:
		if t.Frozen {
			return "frozenset"
		}
		return "set"
	case *Tuple:
		return "tuple"
	case *Abstract:
		switch t.Kind {
		case ASequence:
			return "Sequence"
		case ASet:
			return "AbstractSet"
		}
	}
	return ""
}

// typeEnv binds the type variables of a signature for receiver recv: T is
// the element type of a list, set or tuple, K and V the key and value types
// of a dict.
func typeEnv(recv Type) map[string]Type {
	switch r := recv.(type) {
	case *List:
		return map[string]Type{"T": r.Elem}
	case *Set:
		return map[string]Type{"T": r.Elem}
	case *Tuple:
		if r.Var {
			return map[string]Type{"T": r.Elems[0]}
		}
		if len(r.Elems) > 0 {
			return map[string]Type{"T": TupleElem(r)} // surface.go
		}
	case *Dict:
		return map[string]Type{"K": r.Key, "V": r.Val}
	case *Abstract:
		return map[string]Type{"T": r.Elem}
	}
	return nil
}

// EntrySig returns the signature of table entry e called on a receiver of
// type recv (nil for a built-in function) as a Func: type variables are
// bound from the receiver, Iterable[X] parameters are IterableArg. It
// returns nil if the signature uses a type this function cannot express
// (such entries have a checker hook).
func EntrySig(e *builtins.Entry, recv Type) *Func {
	sig := e.Signature()
	env := typeEnv(recv)
	f := &Func{}
	for _, p := range sig.Params {
		var pt Type
		if p.Type != nil {
			pt = sigType(p.Type, env)
			if pt == nil {
				return nil
			}
		}
		f.Params = append(f.Params, Param{Name: p.Name, Type: pt, HasDefault: p.Default != ""})
	}
	f.Ret = sigType(sig.Ret, env)
	if f.Ret == nil {
		return nil
	}
	return f
}

// sigType converts a type of the table's notation, or returns nil.
func sigType(te *builtins.TypeExpr, env map[string]Type) Type {
	args := make([]Type, len(te.Args))
	for i, a := range te.Args {
		if a.Name == "..." {
			continue
		}
		if args[i] = sigType(a, env); args[i] == nil {
			return nil
		}
	}
	switch te.Name {
	case "int":
		return Int
	case "float":
		return Float
	case "bool":
		return Bool
	case "str":
		return Str
	case "bytes":
		return Bytes
	case "None":
		return None
	case "NoReturn":
		return &AnyType{"typing.NoReturn"} // noreturn.go
	case "object":
		return Object
	case "Any":
		return &AnyType{"Any"}
	case "T", "K", "V":
		return env[te.Name]
	case "list":
		return &List{args[0]}
	case "deque":
		return markColl(&List{Elem: args[0]}, "deque") // collections.go
	case "bytearray":
		return ByteArrayType()
	case "slice":
		return SliceType
	case "set":
		return &Set{Elem: args[0]}
	case "frozenset":
		return &Set{Elem: args[0], Frozen: true}
	case "dict":
		return &Dict{Key: args[0], Val: args[1]}
	case "Iterator":
		return &Iterator{args[0]}
	case "Iterable":
		return &IterableArg{args[0]}
	case "tuple":
		if len(te.Args) == 2 && te.Args[1].Name == "..." {
			return &Tuple{Elems: args[:1], Var: true}
		}
		return &Tuple{Elems: args}
	case "Callable":
		if len(te.Args) == 2 && te.Args[0].Name == "[]" {
			var ps []Param
			for _, a := range te.Args[0].Args {
				pt := sigType(a, env)
				if pt == nil {
					return nil
				}
				ps = append(ps, Param{Type: pt})
			}
			return &Func{Params: ps, Ret: args[1]}
		}
	case "|":
		var alts []Type
		opt := false
		for _, a := range args {
			if a == None {
				opt = true
				continue
			}
			alts = append(alts, a)
		}
		var t Type
		if len(alts) == 1 {
			t = alts[0]
		} else {
			t = &Union{alts}
		}
		if opt {
			return &Optional{t}
		}
		return t
	}
	return nil
}

// BindEntry matches the arguments of a call of table entry e to its
// parameters: per parameter, the argument expression or nil (use the
// default). It returns a message if the call does not fit the signature.
func BindEntry(e *builtins.Entry, x *ast.Call) ([]ast.Expr, string) {
	sig := e.Signature()
	out := make([]ast.Expr, len(sig.Params))
	pos := 0
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			return nil, "*arguments are not supported in calls to " + e.Short()
		}
		if pos >= len(sig.Params) || sig.Params[pos].KwOnly || sig.Params[pos].Star || sig.Params[pos].StarStar {
			return nil, "wrong number of arguments in call to " + e.Short()
		}
		out[pos] = a
		pos++
	}
	for _, k := range x.Keywords {
		i := -1
		for j, p := range sig.Params {
			if p.Name == k.Name && !p.PosOnly && !p.Star && !p.StarStar {
				i = j
			}
		}
		if i < 0 {
			return nil, "unexpected keyword argument " + k.Name
		}
		if out[i] != nil {
			return nil, "multiple values for argument " + k.Name
		}
		out[i] = k.Value
	}
	for i, p := range sig.Params {
		if out[i] == nil && p.Default == "" && !p.Star && !p.StarStar {
			return nil, "wrong number of arguments in call to " + e.Short()
		}
	}
	return out, ""
}

// entryCall types a call of table entry e on a receiver of type recv (nil
// for a built-in function).
func (c *checker) entryCall(x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	if h := checkHooks[e.Name]; h != nil {
		return h(c, x, e, recv, want)
	}
	return c.entryCallSig(x, e, recv)
}

// entryCallSig types a call of table entry e by its signature alone.
func (c *checker) entryCallSig(x *ast.Call, e *builtins.Entry, recv Type) Type {
	f := EntrySig(e, recv)
	if f == nil { // a receiver whose element type is unknown
		c.errorf(x.Pos, "the element type of this empty collection is unknown: annotate it")
		return nil
	}
	args, msg := BindEntry(e, x)
	if msg != "" {
		c.errorf(x.Pos, "%s", msg)
		for _, a := range x.Args {
			if s, ok := a.(*ast.Starred); ok {
				a = s.Value
			}
			c.expr(a)
		}
		for _, k := range x.Keywords {
			c.expr(k.Value)
		}
		return f.Ret
	}
	for i, a := range args {
		if a == nil {
			continue
		}
		pt := f.Params[i].Type
		if it, ok := pt.(*IterableArg); ok {
			if et := c.iterElemWant(a, it.Elem); et != nil && !c.assignableType(et, it.Elem) {
				c.errorf(a.Position(), "%s needs an iterable of %s, not of %s", e.Short(), it.Elem, et)
			}
			continue
		}
		if _, ok := pt.(*AnyType); ok {
			c.expr(a) // object: passed boxed, no conversion recorded
			continue
		}
		if t := c.exprWant(a, pt); t != nil {
			if c.iterableAsSet(a, t, pt) { // dataclass_base.go
				continue
			}
			if pt == Bytes && IsByteArray(t) {
				// A bytearray read where a built-in takes bytes
				// (int.from_bytes(ba[3:5]), b"".join, ...): bytes(ba), a copy
				// the built-in only reads (codegen's convert).
				c.info.Conv[a] = Bytes
				continue
			}
			c.assignable(t, pt, a, "argument to "+e.Short())
		}
	}
	return f.Ret
}

// methodEntry types a call of (x non-nil), or reports the existence of (x
// nil), method name of a built-in type described by the table. ok is false
// if recv has no methods in the table.
func (c *checker) methodEntry(recv Type, name string, x *ast.Call) (t Type, ok bool) {
	rn := RecvName(recv)
	if rn == "" {
		return nil, false
	}
	e := builtins.Method(rn, name)
	if e != nil && e.Static {
		e = nil // class methods are called on the type (callables.go)
	}
	if x == nil {
		if e == nil && IsByteArray(recv) && builtins.Method("bytes", name) != nil {
			return recv, true
		}
		if e == nil {
			return nil, true
		}
		return recv, true
	}
	if IsByteArray(recv) && (e == nil || c.bytesSubArg(x)) {
		if be := builtins.Method("bytes", name); be != nil && !be.Static {
			// A bytes method of a bytearray (bytearray.go).
			return byteArrayResult(c.entryCall(x, be, Bytes, nil)), true
		}
	}
	if e == nil {
		c.unsupported(x, "method "+name+" of "+recv.String())
		return nil, true
	}
	return c.entryCall(x, e, recv, nil), true
}

// DefaultLiteral decodes the default of a table parameter: a Go value of
// type int64, float64, string or bool, or nil for None. ok is false for
// "...": a default the table does not spell.
func DefaultLiteral(src string) (v any, ok bool) {
	switch src {
	case "None":
		return nil, true
	case "True":
		return true, true
	case "False":
		return false, true
	case "...", "":
		return nil, false
	}
	if len(src) > 2 && src[0] == 'b' && (src[1] == '\'' || src[1] == '"') {
		src = src[1:] // a bytes literal: its value as a Go string
	}
	if src[0] == '\'' || src[0] == '"' {
		s, err := strconv.Unquote(`"` + src[1:len(src)-1] + `"`)
		return s, err == nil
	}
	if i, err := strconv.ParseInt(src, 10, 64); err == nil {
		return i, true
	}
	if f, err := strconv.ParseFloat(src, 64); err == nil {
		return f, true
	}
	return nil, false
}
