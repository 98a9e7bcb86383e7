package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// Slice objects: slice(start, stop, step), the value a subscript
// obj[a:b:c] passes to a user class's __getitem__ (def __getitem__(self,
// i: int | slice)), and what list, str, bytes, range, Sequence and
// tuple[T, ...] values are sliced by (self.items[i]). Its start, stop
// and step are int | None (typeshed says Any: a use mypy accepts that
// needs an int is refused), s.indices(n) their clamped values. Slicing
// a fixed tuple of several element types by a slice object is refused.

// SliceType is slice, the type of slice objects (runtime py.SliceObj).
var SliceType = &Opaque{"slice", "SliceObj"}

// sliceObjAttr types s.start, s.stop and s.step of a slice object.
func sliceObjAttr(bt Type, attr string) Type {
	if bt != SliceType {
		return nil
	}
	switch attr {
	case "start", "stop", "step":
		return &Optional{Elem: Int}
	}
	return nil
}

// sliceMethod types s.indices(n).
func (c *checker) sliceMethod(recv Type, name string, x *ast.Call) (Type, bool) {
	if recv != SliceType {
		return nil, false
	}
	if name != "indices" {
		return nil, true
	}
	res := &Tuple{Elems: []Type{Int, Int, Int}}
	if x == nil {
		return res, true
	}
	c.noKeywords(x)
	if c.nargs(x, "indices", 1, 1) {
		if t := c.expr(x.Args[0]); t != nil {
			c.assignable(t, Int, x.Args[0], "argument to indices")
		}
	}
	return res, true
}

// checkSlice types slice(stop) and slice(start, stop[, step]).
func checkSlice(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	if c.nargs(x, "slice", 1, 3) {
		for _, a := range x.Args {
			t := c.exprWant(a, &Optional{Elem: Int})
			if t == nil || t == Int || t == None {
				continue
			}
			if o, ok := t.(*Optional); ok && o.Elem == Int {
				continue
			}
			c.errorf(a.Position(), "slice() arguments must be int or None, not %s", t)
		}
	}
	return SliceType
}

// sliceGetItem types obj[a:b:c] where obj's class defines __getitem__
// (ok false: it does not). The index is typed as a slice object.
func (c *checker) sliceGetItem(x *ast.Subscript, sl *ast.Slice, bt Type) (Type, bool) {
	m := Dunder(bt, "__getitem__")
	if m == nil || m.Sig == nil || len(m.Sig.Params) != 1 {
		return nil, false
	}
	c.sliceBounds(sl)
	c.info.Types[sl] = SliceType
	p := m.Sig.Params[0]
	if p.Broken {
		return nil, true
	}
	if !c.assignableType(SliceType, p.Type) {
		c.errorf(x.Pos, "%s cannot be sliced: its __getitem__ takes %s, not slice", bt, p.Type)
		return nil, true
	}
	return c.getItemOverload(x, m, SliceType), true
}

// getItemOverload is the type of obj[i] where __getitem__ is m and i has
// type it: the result of the first @overload of __getitem__ accepting
// it (the implementation's result narrowed to it), else m's result.
func (c *checker) getItemOverload(x *ast.Subscript, m *Method, it Type) Type {
	d, ok := m.Def.(*ast.FuncDef)
	if !ok || it == nil {
		return m.Sig.Ret
	}
	fi := c.info.Funcs[d]
	if fi == nil || len(fi.Overloads) == 0 {
		return m.Sig.Ret
	}
	for _, ov := range fi.Overloads {
		if len(ov.Params) != 1 || !c.assignableType(it, ov.Params[0].Type) {
			continue
		}
		if !Identical(ov.Ret, m.Sig.Ret) {
			c.info.Narrowed[x] = m.Sig.Ret
		}
		return ov.Ret
	}
	c.errorf(x.Pos, "no overload variant of __getitem__ matches argument type %s", it)
	return nil
}

// SliceObjTuple is the type of t[s] for a tuple t and a slice object s:
// t's own type for a tuple[T, ...], tuple[T, ...] for a fixed tuple of
// one element type T (as mypy types it); nil otherwise.
func SliceObjTuple(t *Tuple) *Tuple {
	if t.Var || t.ListRepr {
		if t.ListRepr {
			return nil
		}
		return t
	}
	if len(t.Elems) == 0 {
		return nil
	}
	for _, e := range t.Elems[1:] {
		if !Identical(e, t.Elems[0]) {
			return nil
		}
	}
	return &Tuple{Elems: t.Elems[:1], Var: true}
}

// sliceObjIndex types seq[s] for a slice object s (ok false: the index
// is not one). bt is the sequence's type.
func (c *checker) sliceObjIndex(x *ast.Subscript, bt, it Type) (Type, bool) {
	if it != SliceType {
		return nil, false
	}
	switch t := bt.(type) {
	case *List:
		return bt, true
	case *Tuple:
		if vt := SliceObjTuple(t); vt != nil {
			return vt, true
		}
		c.errorf(x.Pos, "slicing %s by a slice object is not supported (its element types differ by position): use a tuple[T, ...] or constant bounds", bt)
		return nil, true
	case *Abstract:
		if t.Kind == ASequence {
			return bt, true
		}
	case *Opaque:
		if bt == RangeType {
			return bt, true
		}
	case *Basic:
		if bt == Str || bt == Bytes {
			return bt, true
		}
	}
	return nil, false
}

// listSliceStore checks xs[a:b] = value and xs[s] = value (a slice
// object s) for a list xs of type lt; vt is value's type.
func (c *checker) listSliceStore(x *ast.Subscript, lt *List, vt Type, value ast.Expr) {
	c.info.Types[x] = lt
	if IsByteArray(lt) && vt == Bytes {
		return // ba[i:j] = b"..." (bytearray.go)
	}
	if _, vl := vt.(*List); !vl && value != nil && vt != nil && !IsByteArray(lt) {
		// xs[i:j] = any iterable of the elements (a tuple,
		// reversed(...), a generator): its elements, as CPython
		// takes them.
		if et := c.probeElem(vt, value); et != nil && Identical(et, lt.Elem) {
			return
		}
	}
	if value != nil {
		c.assignable(vt, lt, value, "slice assignment")
	}
}

// sliceSetItem checks obj[a:b] = value where obj's class defines
// __setitem__ (false: it does not): the index is a slice object.
func (c *checker) sliceSetItem(x *ast.Subscript, sl *ast.Slice, ct, vt Type, value ast.Expr) bool {
	m := Dunder(ct, "__setitem__")
	if m == nil || m.Sig == nil || len(m.Sig.Params) != 2 {
		return false
	}
	c.sliceBounds(sl)
	c.info.Types[sl] = SliceType
	if p := m.Sig.Params[0]; !p.Broken && !c.assignableType(SliceType, p.Type) {
		c.errorf(x.Pos, "%s does not support slice assignment: its __setitem__ takes %s, not slice", ct, p.Type)
		return true
	}
	c.info.Types[x] = m.Sig.Params[1].Type
	if value != nil && vt != nil {
		c.assignable(vt, m.Sig.Params[1].Type, value, "__setitem__ argument")
	}
	return true
}

// sliceDelItem checks del obj[a:b] where obj's class defines __delitem__
// (false: it does not): the index is a slice object.
func (c *checker) sliceDelItem(sub *ast.Subscript, sl *ast.Slice, ct Type) bool {
	m := Dunder(ct, "__delitem__")
	if m == nil || m.Sig == nil || len(m.Sig.Params) != 1 {
		return false
	}
	c.sliceBounds(sl)
	c.info.Types[sl] = SliceType
	if p := m.Sig.Params[0]; !p.Broken && !c.assignableType(SliceType, p.Type) {
		c.errorf(sub.Pos, "%s does not support del of a slice: its __delitem__ takes %s, not slice", ct, p.Type)
	}
	return true
}

// sliceAugTarget checks the target of obj[a:b] op= v (false: reported):
// the slice object read by __getitem__ is stored by __setitem__, which
// must take one too.
func (c *checker) sliceAugTarget(t ast.Expr) bool {
	sub, ok := t.(*ast.Subscript)
	if !ok {
		return true
	}
	if _, isSlice := sub.Index.(*ast.Slice); !isSlice {
		return true
	}
	ct := c.info.Types[sub.Value]
	if Dunder(ct, "__getitem__") == nil {
		return true
	}
	m := Dunder(ct, "__setitem__")
	if m == nil || m.Sig == nil || len(m.Sig.Params) != 2 {
		c.errorf(sub.Pos, "%s does not support slice assignment (no __setitem__)", ct)
		return false
	}
	if p := m.Sig.Params[0]; !p.Broken && !c.assignableType(SliceType, p.Type) {
		c.errorf(sub.Pos, "%s does not support slice assignment: its __setitem__ takes %s, not slice", ct, p.Type)
		return false
	}
	return true
}
