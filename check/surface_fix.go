package check

import "github.com/aiogo/aiogo/ast"

// This file holds general rules found by writing realistic programs
// (issue 7's acceptance bar): what mypy --strict accepts and the checker
// refused.

// iterElemWant types e, an argument for an Iterable[elem] parameter (a
// display takes elem as its element type, as mypy infers it from the
// parameter), and returns the type of its elements.
func (c *checker) iterElemWant(e ast.Expr, elem Type) Type {
	var want Type
	if elem != nil {
		want = &Abstract{Kind: AIterable, Elem: elem}
	}
	t := c.exprWant(e, want)
	if t == nil {
		return nil
	}
	return c.elemType(t, e)
}

// listExtendAug types xs += iterable where xs is a list and the value is
// an iterable other than a list (list.__iadd__ takes any iterable, unlike
// list + list); ok is false for the other augmented assignments. The
// generator lowers it to InplaceExtend.
func (c *checker) listExtendAug(s *ast.AugAssign, tt, vt Type) bool {
	lt, ok := tt.(*List)
	if !ok || s.Op != "+" || lt.Elem == nil {
		return false
	}
	if _, isList := vt.(*List); isList {
		return false
	}
	if Dunder(vt, "__radd__") != nil {
		return false
	}
	et := c.elemType(vt, s.Value)
	if et != nil && !c.assignableType(et, lt.Elem) {
		c.errorf(s.Value.Position(), "unsupported operand types for +=: %s and %s (elements differ)", tt, vt)
	}
	return true
}

// wantedElem is the element type of a comprehension whose elements have
// type et where the context expects want: want when et converts to it (mypy
// types the comprehension from its context: {s: [] for s in names} as a
// dict[str, list[int]]), else et.
func (c *checker) wantedElem(et, want Type) Type {
	if want != nil && et != nil && !Identical(et, want) && c.assignableType(et, want) {
		return want
	}
	return et
}

// NumUnion reports whether t is a union of numeric types (int | float, or
// with bool): its values are boxed, and arithmetic on them dispatches on
// the dynamic types at run time (py.NumAdd...).
func NumUnion(t Type) bool {
	u, ok := t.(*Union)
	if !ok {
		return false
	}
	for _, m := range u.Types {
		if !IsNumeric(m) {
			return false
		}
	}
	return true
}

// numLike reports an int, float, bool or numeric union.
func numLike(t Type) bool { return IsNumeric(t) || NumUnion(t) }

// mayFloat reports whether a numeric type may hold a float.
func mayFloat(t Type) bool {
	if u, ok := t.(*Union); ok {
		for _, m := range u.Types {
			if m == Float {
				return true
			}
		}
		return false
	}
	return t == Float
}

// NumUnionResult is the type of lt op rt where one operand is a numeric
// union and the other numeric (ok false otherwise), as typeshed types it:
// float when an operand is a float or for /, int when neither may be a
// float, else int | float (** too: an int to a negative power is a float).
func NumUnionResult(op string, lt, rt Type) (Type, bool) {
	if !(NumUnion(lt) || NumUnion(rt)) || !numLike(lt) || !numLike(rt) {
		return nil, false
	}
	switch op {
	case "/":
		return Float, true
	case "+", "-", "*", "//", "%", "**":
		if lt == Float || rt == Float {
			return Float, true
		}
		if !mayFloat(lt) && !mayFloat(rt) && op != "**" {
			return Int, true
		}
		return numUnionType, true
	}
	return nil, false
}

// numUnionType is int | float.
var numUnionType = &Union{Types: []Type{Int, Float}}

// NumUnaryResult is the type of -x, +x and abs(x) for a numeric union x.
func NumUnaryResult(t Type) Type {
	if mayFloat(t) {
		return numUnionType
	}
	return Int
}

// starredTuple types a tuple display with starred elements, (*xs, y): a
// fixed tuple when every starred value is a fixed tuple (its elements
// spliced in), else a tuple[T, ...] of the join of the elements. ok is
// false for a display without starred elements.
func (c *checker) starredTuple(x *ast.TupleExpr, want *Tuple) (Type, bool) {
	has := false
	for _, el := range x.Elems {
		if _, ok := el.(*ast.Starred); ok {
			has = true
		}
	}
	if !has {
		return nil, false
	}
	var we Type
	if want != nil && want.Var {
		we = want.Elems[0]
	}
	ts := make([]Type, len(x.Elems))
	spread := make([]bool, len(x.Elems))
	var fixed []Type
	allFixed := true
	for i, el := range x.Elems {
		s, ok := el.(*ast.Starred)
		if !ok {
			ts[i] = c.exprWant(el, we)
			c.typeAsValue(el, ts[i])
			fixed = append(fixed, ts[i])
			continue
		}
		vt := c.exprWant(s.Value, nil)
		if vt == nil {
			return nil, true
		}
		spread[i] = true
		if namedTupleOf(vt) != nil && (want == nil || !want.Var) {
			vt = c.tupleView(s.Value, vt) // (*move, "#"): its fields (namedtuple_tuple.go)
		}
		if tu, ok := vt.(*Tuple); ok && !tu.Var {
			fixed = append(fixed, tu.Elems...)
			if len(tu.Elems) == 0 {
				continue // (*(), x): nothing to join
			}
		} else {
			allFixed = false
		}
		if ts[i] = c.elemType(vt, s.Value); ts[i] == nil {
			return nil, true
		}
	}
	for i, t := range ts {
		if t == nil && !spread[i] {
			return nil, true
		}
	}
	if allFixed && (want == nil || !want.Var) {
		return &Tuple{Elems: fixed}, true // exprWant refuses more than builtins.MaxTuple elements
	}
	et := c.joinElems(x.Elems, ts, spread, we)
	if et == nil {
		return nil, true
	}
	return &Tuple{Elems: []Type{et}, Var: true}, true
}

// dictDisplayStar types a dict display with ** entries ({**a, "k": v}):
// each ** value is a dict whose keys and values join those of the
// others.
func (c *checker) dictDisplayStar(x *ast.DictExpr, wk, wv Type) Type {
	n := len(x.Keys)
	kts, vts := make([]Type, n), make([]Type, n)
	kes := make([]ast.Expr, n)
	spread := make([]bool, n)
	var want Type
	if wk != nil && wv != nil {
		want = &Dict{Key: wk, Val: wv}
	}
	for i, k := range x.Keys {
		if k == nil {
			t := c.exprWant(x.Values[i], want)
			if t == nil {
				return nil
			}
			d, ok := t.(*Dict)
			if !ok {
				c.errorf(x.Values[i].Position(), "** in a dict display needs a dict, not %s", t)
				return nil
			}
			kts[i], vts[i], kes[i], spread[i] = d.Key, d.Val, x.Values[i], true
			continue
		}
		kts[i] = c.exprWant(k, wk)
		vts[i] = c.exprWant(x.Values[i], wv)
		kes[i] = k
	}
	kt := c.joinElems(kes, kts, spread, wk)
	vt := c.joinElems(x.Values, vts, spread, wv)
	if kt == nil || vt == nil {
		return nil
	}
	return &Dict{Key: c.hashKey(kt, x.Pos), Val: vt}
}

// classVarDecl declares n: ClassVar[T] = value in the body of cls as a
// class attribute of type T (not an instance field, not a dataclass
// field); false when the annotation is not a ClassVar.
func (c *checker) classVarDecl(cls *Class, n *ast.Name, m *ast.AnnAssign) bool {
	sub, ok := m.Annotation.(*ast.Subscript)
	if !ok {
		return false
	}
	var name string
	switch v := sub.Value.(type) {
	case *ast.Name:
		name = v.ID
	case *ast.Attribute:
		if b, ok := v.Value.(*ast.Name); ok && b.ID == "typing" {
			name = "typing." + v.Attr
		}
	}
	if name == "" {
		return false
	}
	if name != "typing.ClassVar" {
		sym := c.lookup(name)
		if sym == nil || sym.Kind != SymType {
			return false
		}
		tn, ok := sym.Type.(*TypeName)
		if !ok {
			return false
		}
		if a, ok := tn.T.(*AnyType); !ok || a.Name != "typing.ClassVar" {
			return false
		}
	}
	t := c.annotation(sub.Index)
	if t == nil {
		return true
	}
	if m.Value == nil {
		c.errorf(m.Pos, "class attribute %s needs a value", n.ID)
		return true
	}
	seen := len(cls.ClassVars)
	c.classInit(func() {
		c.withClassNames(cls, seen, func() {
			if vt := c.exprWant(m.Value, t); vt != nil {
				c.assignable(vt, t, m.Value, "class attribute "+n.ID)
			}
		})
	})
	cls.ClassVars = append(cls.ClassVars, &Field{Name: n.ID, Type: t})
	if cls.ClassVarInit == nil {
		cls.ClassVarInit = map[string]any{}
	}
	cls.ClassVarInit[n.ID] = m.Value
	return true
}

// UsesClsParam reports whether class method m refers to its cls
// parameter (its generated function then takes the class object).
func UsesClsParam(m *Method) bool {
	d, ok := m.Def.(*ast.FuncDef)
	if !ok || len(d.Params) == 0 {
		return false
	}
	name := d.Params[0].Name
	used := false
	for _, st := range d.Body { // nested defs and lambdas too: they capture cls
		ast.Inspect(st, func(n ast.Node) bool {
			if x, ok := n.(*ast.Name); ok && (x.ID == name || x.ID == "super") {
				used = true // super() in a class method passes cls on
			}
			return !used
		})
	}
	return used
}

// ctorArgWant is the type the argument of list(a), set(a), tuple(a) or
// dict(a) is typed with where the result's type is declared (want): an
// iterable of its elements (of its key, value pairs), for an empty display
// or a zip of them only (list(zip([], [])): mypy infers their elements from
// that context); nil otherwise.
func ctorArgWant(a ast.Expr, t, want Type) Type {
	if want == nil || !(isEmptyIterableExpr(a) || isZipCall(a)) {
		return nil
	}
	want = Unalias(want)
	if o, ok := want.(*Optional); ok {
		want = Unalias(o.Elem)
	}
	var elem Type
	switch w := want.(type) {
	case *List:
		if _, ok := t.(*List); ok {
			elem = w.Elem
		}
	case *Set:
		if _, ok := t.(*Set); ok {
			elem = w.Elem
		}
	case *Tuple:
		if _, ok := t.(*Tuple); ok && w.Var {
			elem = w.Elems[0]
		}
	case *Dict:
		if _, ok := t.(*Dict); ok && w.Key != nil && w.Val != nil && !isEmptyIterableExpr(a) {
			elem = &Tuple{Elems: []Type{w.Key, w.Val}}
		}
	}
	if elem == nil {
		return nil
	}
	return &Abstract{Kind: AIterable, Elem: elem}
}

// isZipCall reports a call of the built-in zip (by its name).
func isZipCall(e ast.Expr) bool {
	x, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	n, ok := x.Func.(*ast.Name)
	return ok && n.ID == "zip"
}

// zipWant is the tuple type zip's tuples are expected to have (from an
// iterable of n-tuples declared where the zip is used), or nil.
func zipWant(want Type, n int) *Tuple {
	var elem Type
	switch w := Unalias(want).(type) {
	case *Abstract:
		elem = w.Elem
	case *Iterator:
		elem = w.Elem
	case *IterableArg:
		elem = w.Elem
	}
	tu, ok := Unalias(elem).(*Tuple)
	if !ok || tu.Var || len(tu.Elems) != n {
		return nil
	}
	return tu
}
