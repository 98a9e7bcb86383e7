package check

import "github.com/aiogo/aiogo/ast"

// Starred assignment targets: first, *rest = xs; *init, last = t;
// for head, *tail in rows. The starred name receives a new list of the
// values the other targets leave over, as in CPython.

// starIndex returns the index of the starred element of a target list, or
// -1 if there is none.
func starIndex(elems []ast.Expr) int {
	for i, e := range elems {
		if _, ok := e.(*ast.Starred); ok {
			return i
		}
	}
	return -1
}

// assignStarred types the unpacking of a value of type vt into the target
// list elems whose element k is starred.
func (c *checker) assignStarred(t ast.Expr, elems []ast.Expr, k int, vt Type) {
	for _, e := range elems[k+1:] {
		if s, ok := e.(*ast.Starred); ok {
			c.errorf(s.Pos, "multiple starred expressions in assignment")
			return
		}
	}
	star := elems[k].(*ast.Starred)
	fixed := len(elems) - 1
	if nt := NamedTupleAsTuple(vt); nt != nil {
		vt = nt // first, *rest = employee: its fields' tuple
	}
	switch v := vt.(type) {
	case *Tuple:
		if v.Var {
			c.assignStarredElems(elems, k, v.Elems[0])
			return
		}
		if len(v.Elems) < fixed {
			c.errorf(t.Position(), "cannot unpack %d values into at least %d targets", len(v.Elems), fixed)
			return
		}
		after := fixed - k
		for i, e := range elems[:k] {
			c.assign(e, v.Elems[i], nil)
		}
		middle := v.Elems[k : len(v.Elems)-after]
		et := TupleElem(&Tuple{Elems: middle})
		if len(middle) == 0 {
			et = TupleElem(v)
		}
		c.assign(star.Value, &List{et}, nil)
		for j, e := range elems[k+1:] {
			c.assign(e, v.Elems[len(v.Elems)-after+j], nil)
		}
	case *List:
		c.assignStarredElems(elems, k, v.Elem)
	default:
		if et := UnpackElem(vt); et != nil {
			c.assignStarredElems(elems, k, et)
			return
		}
		c.errorf(t.Position(), "cannot unpack a value of type %s", vt)
		c.poisonTarget(t) // diag.go
	}
}

// NamedTupleAsTuple is the tuple of the field types of t, an instance of a
// NamedTuple class, or nil for other types.
func NamedTupleAsTuple(t Type) *Tuple {
	cls, ok := t.(*Class)
	if !ok || !cls.NamedTuple {
		return nil
	}
	out := &Tuple{}
	for _, f := range cls.AllFields() {
		out.Elems = append(out.Elems, f.Type)
	}
	return out
}

// assignStarredElems types the unpacking of a sequence of et values.
func (c *checker) assignStarredElems(elems []ast.Expr, k int, et Type) {
	for i, e := range elems {
		if i == k {
			c.assign(e.(*ast.Starred).Value, &List{et}, nil)
			continue
		}
		c.assign(e, et, nil)
	}
}

// UnpackElem is the element type of an iterable other than a list or a
// fixed-length tuple that a target list unpacks by iterating (a, b =
// (p.strip() for p in parts); x, y = {1, 2}; k1, k2 = d; first, second =
// "ab"; a, b = t with t: tuple[int, ...]), or nil. Lists, fixed tuples
// and named tuples have lowerings of their own.
func UnpackElem(t Type) Type {
	switch x := t.(type) {
	case *Set:
		return x.Elem
	case *Dict:
		return x.Key
	case *Iterator:
		return x.Elem
	case *Abstract:
		return x.Elem
	case *Generator:
		if !x.Async {
			return x.Yield
		}
	case *Basic:
		switch x.Kind {
		case KStr:
			return Str
		case KBytes:
			return Int
		}
	case *Opaque:
		if x == RangeType {
			return Int
		}
	case *Class:
		if x.NamedTuple {
			return nil
		}
		if ui := UserIterOf(x); ui != nil { // useriter.go
			return ui.Elem
		}
	case *Tuple:
		if x.Var {
			return x.Elems[0]
		}
	}
	return nil
}

// UnionTupleElems types the targets of unpacking a union of fixed tuples
// of n elements each (kind, arg = ev with ev: tuple[str, int] |
// tuple[str, str]): target i has the members' i-th type, or the union of
// those (mypy); nil when some member is no such tuple.
func UnionTupleElems(u *Union, n int) []Type {
	ets := make([]Type, n)
	for i := range ets {
		var members []Type
		opt := false
		for _, m := range u.Types {
			tt, ok := m.(*Tuple)
			if !ok || tt.Var || tt.ListRepr || len(tt.Elems) != n {
				return nil
			}
			e := tt.Elems[i]
			if e == None {
				opt = true // tuple[int, str] | tuple[int, None]: item 1 is str | None
				continue
			}
			switch e.(type) {
			case *Union, *Optional:
				return nil // a nested union: not one Go value type
			}
			members = appendType(members, e)
		}
		switch {
		case len(members) == 0:
			ets[i] = None
		case len(members) == 1:
			ets[i] = members[0]
		default:
			ets[i] = &Union{members}
		}
		if opt && len(members) > 0 {
			ets[i] = &Optional{ets[i]}
		}
	}
	return ets
}

// unionTupleIndex types u[i] for a union u of fixed tuples of one length
// and a constant index i (prev[0] of max(pairs, default=(0, None))); ok
// is false when u is no such union.
func (c *checker) unionTupleIndex(x *ast.Subscript, u *Union) (Type, bool) {
	idx, isConst := constInt(x.Index)
	if !isConst || len(u.Types) == 0 {
		return nil, false
	}
	t0, ok := u.Types[0].(*Tuple)
	if !ok {
		return nil, false
	}
	n := int64(len(t0.Elems))
	ets := UnionTupleElems(u, int(n))
	if ets == nil {
		// Tuples of several lengths (tuple[Literal["move"], int, int] |
		// tuple[Literal["quit"]]): an item every member has.
		if et := unionTupleItem(u, idx); et != nil {
			c.expr(x.Index)
			return et, true
		}
		return nil, false
	}
	c.expr(x.Index)
	if idx < 0 {
		idx += n
	}
	if idx < 0 || idx >= n {
		c.errorf(x.Index.Position(), "tuple index out of range")
		return nil, true
	}
	return ets[idx], true
}

// UnionTupleIndexOf is the item index of a constant subscript of a union of
// fixed tuples (unionTupleIndex), made non-negative.
func UnionTupleIndexOf(x *ast.Subscript, u *Union) int {
	idx, _ := constInt(x.Index)
	if idx < 0 {
		idx += int64(len(u.Types[0].(*Tuple).Elems))
	}
	return int(idx)
}

// unionTupleItem types item i (not negative) of a union of fixed tuples of
// several lengths each having item i (nil if some member has not).
func unionTupleItem(u *Union, i int64) Type {
	if i < 0 {
		return nil
	}
	var members []Type
	for _, m := range u.Types {
		tt, ok := m.(*Tuple)
		if !ok || tt.Var || tt.ListRepr || i >= int64(len(tt.Elems)) {
			return nil
		}
		members = append(members, &Tuple{Elems: []Type{tt.Elems[i]}})
	}
	ets := UnionTupleElems(&Union{members}, 1)
	if ets == nil {
		return nil
	}
	return ets[0]
}

// zipColumns types the unpacking of zip(*rows) into n targets (names, ages
// = zip(*pairs)) where rows holds fixed n-tuples of different item types:
// target i receives the tuple of the rows' items i, a tuple[Ti, ...] (mypy
// has tuple[Any, ...]: names joins, sum(ages) adds). zip(*rows)'s tuples
// are of the union of the items (checkZip); the generator narrows each
// column to its item type (TupleAs), which its values have. Nil when value
// is not such a zip, or an item type is not a plain member of that union.
func (c *checker) zipColumns(value ast.Expr, n int) []Type {
	x, ok := value.(*ast.Call)
	if !ok || !isZipCall(x) || len(x.Args) != 1 || len(x.Keywords) != 0 || c.lookup("zip") != c.builtins.names["zip"] {
		return nil
	}
	st, ok := x.Args[0].(*ast.Starred)
	if !ok {
		return nil
	}
	rows := c.info.Types[st.Value]
	if rows == nil || isUnknownEmpty(rows) {
		return nil
	}
	row, ok := Unalias(c.elemType(rows, st.Value)).(*Tuple)
	if !ok || row.Var || row.ListRepr || len(row.Elems) != n {
		return nil
	}
	if _, ok := Unalias(c.elemType(row, st.Value)).(*Union); !ok {
		return nil // one item type (or a numeric one): zip's tuples have it
	}
	for _, t := range row.Elems {
		switch Unalias(t).(type) {
		case *Union, *Optional, *AnyType:
			return nil
		}
		if t == None || t == Object {
			return nil
		}
	}
	return row.Elems
}
