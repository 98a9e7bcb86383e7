package check

import (
	"strconv"

	"github.com/aiogo/aiogo/ast"
)

// plainBases reports whether every user class from b up is a plain class
// (not a dataclass, NamedTuple, enum, protocol or exception) defining none
// of the methods @dataclass writes: a dataclass may derive from it. In
// CPython the dataclass's fields, __init__, __repr__ and __eq__ come from
// the dataclasses of the hierarchy alone (Class.AllFields stops at a plain
// base); the plain bases' attributes are ordinary attributes: their
// class-level values start every instance (the constructor), the others
// exist once something assigns them (a __post_init__ calling
// super().__init__(), a method; check.Info.LazyField).
func plainBases(b *Class) bool {
	for k := b; k != nil && !k.Builtin; k = k.Base {
		if k.Dataclass || k.NamedTuple || k.Enum != nil || k.Protocol || k.IsExc {
			return false
		}
		d, ok := k.Def.(*ast.ClassDef)
		if !ok {
			return false
		}
		for _, st := range d.Body {
			if f, ok := st.(*ast.FuncDef); ok && dataclassMade[f.Name] {
				return false // the dataclass's own would have to win
			}
		}
	}
	return true
}

// plainBaseRedecl makes a dataclass field that a plain base declares too
// (class Animal: name: str; @dataclass class Dog(Animal): name: str) the
// base's attribute (Field.InBase): the base's methods and the dataclass
// read and store one attribute. Another type is refused.
func (c *checker) plainBaseRedecl(s *ast.ClassDef, cls *Class) {
	if !cls.Dataclass || cls.Base == nil || cls.Base.Dataclass || cls.Base.Builtin {
		return
	}
	for _, f := range cls.Fields {
		owner := cls.Base.FieldOwner(f.Name)
		if owner == nil {
			cv, cvOwner := cls.Base.LookupClassVar(f.Name)
			if cv == nil {
				continue
			}
			// A class attribute of the base (sound: str = "..."): instances
			// of the dataclass have their own, the others read the class's
			// (ClassFallback): it becomes an attribute of the base too.
			if f.InitVar || cv.Type == nil || f.Type == nil || !Identical(cv.Type, f.Type) || !promotable(cvOwner) {
				c.errorf(fieldPos(s, f.Name), "dataclass %s declares field %s, a class attribute of its plain base class %s, with another type: not supported", cls.Name, f.Name, cvOwner.Name)
				continue
			}
			pf := &Field{Name: f.Name, Type: cv.Type}
			cvOwner.Fields = append(cvOwner.Fields, pf)
			if c.promoted == nil {
				c.promoted = map[*Field]bool{}
			}
			c.promoted[pf] = true
			f.InBase = true
			continue
		}
		bf := owner.LookupField(f.Name)
		if f.InitVar || bf.Type != nil && f.Type != nil && !Identical(bf.Type, f.Type) {
			c.errorf(fieldPos(s, f.Name), "dataclass %s declares field %s again with another type than its plain base class %s: not supported", cls.Name, f.Name, owner.Name)
			continue
		}
		f.InBase = true
	}
}

// dataclassMade names the methods @dataclass writes into the class.
var dataclassMade = map[string]bool{
	"__repr__": true, "__eq__": true, "__ne__": true, "__hash__": true,
	"__lt__": true, "__le__": true, "__gt__": true, "__ge__": true,
	"__setattr__": true, "__delattr__": true,
}

// isSeqTarget reports a tuple or list assignment target.
func isSeqTarget(t ast.Expr) bool {
	switch t.(type) {
	case *ast.TupleExpr, *ast.ListExpr:
		return true
	}
	return false
}

// initTupleFields declares the attributes an __init__ assigns through
// unpacking (self.a, self.b = a, b) or chained targets (self.x = self.y =
// 0), as mypy does: typed by a parameter of the same name when the value
// at that position is one, otherwise on first assignment.
func (c *checker) initTupleFields(cls *Class, init *Method, a *ast.Assign) {
	paramType := func(v ast.Expr) Type {
		if pn, ok := v.(*ast.Name); ok {
			for _, p := range init.Sig.Params {
				if p.Name == pn.ID {
					return p.Type
				}
			}
		}
		return nil
	}
	var visit func(t, v ast.Expr)
	visit = func(t, v ast.Expr) {
		var elems []ast.Expr
		switch x := t.(type) {
		case *ast.TupleExpr:
			elems = x.Elems
		case *ast.ListExpr:
			elems = x.Elems
		case *ast.Attribute:
			if n, ok := x.Value.(*ast.Name); !ok || n.ID != "self" || cls.LookupField(x.Attr) != nil {
				return
			}
			if f, isCV := c.classVarField(cls, x.Attr); isCV { // classvar_inst.go
				if f != nil {
					cls.Fields = append(cls.Fields, f)
				}
				return
			}
			cls.Fields = append(cls.Fields, &Field{Name: x.Attr, Type: paramType(v)})
			return
		default:
			return
		}
		var vals []ast.Expr
		switch y := v.(type) {
		case *ast.TupleExpr:
			vals = y.Elems
		case *ast.ListExpr:
			vals = y.Elems
		}
		for i, el := range elems {
			var ev ast.Expr
			if len(vals) == len(elems) {
				ev = vals[i]
			}
			if _, star := el.(*ast.Starred); star {
				ev = nil
			}
			visit(el, ev)
		}
	}
	for _, t := range a.Targets {
		visit(t, a.Value)
	}
}

// iterableAsSet accepts any iterable of the right elements where a set
// method takes another set (s.update(range(3)), a.issubset(xs),
// s.union(x for x in ys)), as typeshed types those parameters Iterable;
// it marks the argument (Conv: an IterableArg) for the generator, which
// builds a set of its elements.
func (c *checker) iterableAsSet(a ast.Expr, t, pt Type) bool {
	st, ok := pt.(*Set)
	if !ok || st.Elem == nil || c.assignableType(t, pt) {
		return false
	}
	var et Type
	switch x := t.(type) {
	case *Set:
		// A frozenset where a set method takes a set, or a set where a
		// frozenset's does: the same run-time set.
		return x.Frozen != st.Frozen && Identical(x.Elem, st.Elem)
	case *Abstract:
		return false
	case *List:
		et = x.Elem
		if et == nil && isEmptyDisplay(a) {
			et = c.emptyDisplayElem(a, st.Elem) // s.update([]): typed from the set
		}
	case *Tuple:
		if !x.Var {
			et = homogeneous(x)
		} else {
			et = x.Elems[0]
		}
	default:
		et = UnpackElem(t) // unpack.go
	}
	if et == nil || !c.assignableType(et, st.Elem) {
		return false
	}
	c.info.Conv[a] = &IterableArg{Elem: st.Elem}
	return true
}

// spreadTupleArgs returns the call to bind in place of x when x passes a
// variable holding a fixed-length tuple as *t to a user function
// (api.call(*request), for a, b, c in rows: f(*row)): a copy whose
// arguments read the tuple's elements (t[0], t[1], ...; new expressions
// outside the syntax tree, as BindArgs makes for *args), bound to the
// parameters in turn as CPython binds them. A tuple or list display
// passed as *(a, b) gives its elements themselves (an empty one stays:
// max(x, *[]) is max(x), the built-in's own case). x itself when there is
// none. Other starred arguments stay refused by BindArgs (a list's length is
// known only at run time).
func (c *checker) spreadTupleArgs(x *ast.Call) *ast.Call {
	var out []ast.Expr
	var once ast.Expr // the one computed tuple (spreadOnce)
	spread := false
	for i, a := range x.Args {
		s, ok := a.(*ast.Starred)
		if !ok {
			if spread {
				out = append(out, a)
			}
			continue
		}
		n := s.Value
		if elems, ok := displayElems(n); ok && len(elems) > 0 {
			// f(*(a, b)), f(*[a, b]): the display's elements, evaluated in
			// the same order.
			if !spread {
				out = append(out, x.Args[:i]...)
				spread = true
			}
			out = append(out, elems...)
			continue
		}
		if spreadComprehension(n) {
			return x // never a fixed-length tuple: spread_runtime.go, untyped
		}
		if !c.rereadable(n) {
			if once != nil || !c.spreadOnce(x, i) {
				return x
			}
			once = n
		}
		t := c.expr(n)
		if cls := namedTupleOf(t); cls != nil {
			t = NamedTupleTuple(cls) // f(*p): p[0], p[1], ... (namedtuple_tuple.go)
		}
		tt, ok := t.(*Tuple)
		if !ok || tt.Var || tt.ListRepr {
			return x
		}
		if !spread {
			out = append(out, x.Args[:i]...)
			spread = true
		}
		for k := range tt.Elems {
			out = append(out, &ast.Subscript{Pos: n.Position(), Value: n, Index: &ast.IntLit{Pos: n.Position(), Text: strconv.Itoa(k), Value: int64(k)}})
		}
	}
	if !spread {
		return x
	}
	y := &ast.Call{Pos: x.Pos, Func: x.Func, Args: out, Keywords: x.Keywords}
	if once != nil {
		c.info.SpreadOnce[x] = once // generated as x (Info.Args) or through y (Info.CallVia)
		c.info.SpreadOnce[y] = once
	}
	return y
}

// spreadOnce reports whether the starred argument i of x, an expression
// that may not be evaluated twice (f(*divmod(a, b))), can be spread from a
// temporary it is evaluated into once (Info.SpreadOnce): it is evaluated
// first (the callee is a name or a name's attribute; the arguments before
// it are constants or names), and no argument awaits (the IR would
// evaluate the tuple early again).
func (c *checker) spreadOnce(x *ast.Call, i int) bool {
	if c.builtinSpread {
		return false
	}
	switch f := x.Func.(type) {
	case *ast.Name:
	case *ast.Attribute:
		if _, ok := f.Value.(*ast.Name); !ok {
			return false
		}
	default:
		return false
	}
	for k, a := range x.Args {
		if k < i {
			switch a.(type) {
			case *ast.Name, *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BoolLit, *ast.NoneLit:
			default:
				return false
			}
		}
		if k != i && hasSuspend(a) {
			return false
		}
	}
	for _, k := range x.Keywords {
		if hasSuspend(k.Value) {
			return false
		}
	}
	return true
}

// hasSuspend reports an await, yield or async comprehension in e outside
// lambdas.
func hasSuspend(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case nil, *ast.Lambda:
			return false
		case *ast.Await, *ast.Yield, *ast.YieldFrom:
			found = true
		case *ast.Comprehension:
			found = x.IsAsync
		}
		return !found
	})
	return found
}

// displayElems returns the elements of a tuple or list display without
// starred elements (ok false for any other expression).
func displayElems(e ast.Expr) ([]ast.Expr, bool) {
	var elems []ast.Expr
	switch d := e.(type) {
	case *ast.TupleExpr:
		elems = d.Elems
	case *ast.ListExpr:
		elems = d.Elems
	default:
		return nil, false
	}
	for _, el := range elems {
		if _, ok := el.(*ast.Starred); ok {
			return nil, false
		}
	}
	return elems, true
}

// spreadBuiltinArgs returns the call to check and generate in place of a
// call of a built-in function or of a method of a built-in type that
// passes a fixed-length tuple held in a variable as *t
// (text.replace(*pair), range(*span), "{}x{}".format(*dims)): the call
// passing its elements (t[0], t[1], ...), the same call in CPython, which
// the built-in's own checks and generation then take as written. nil when
// there is none: other starred arguments are left to the built-in (print
// and gather take them; the others refuse them).
func (c *checker) spreadBuiltinArgs(x *ast.Call) *ast.Call {
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			// Only held tuples: built-ins take other starred arguments
			// themselves (gather(*coros)), typed once, by them.
			c.builtinSpread = true
			y := c.spreadTupleArgs(x)
			c.builtinSpread = false
			if y != x {
				return y
			}
			return nil
		}
	}
	return nil
}

// checkVia checks the call y standing for x (Info.CallVia: generated in
// its place).
func (c *checker) checkVia(x, y *ast.Call, want Type) Type {
	c.info.CallVia[x] = y
	t := c.call(y, want)
	c.info.Types[y] = t
	return t
}

// rereadable reports an expression that may be evaluated several times
// with the same result and no effects: a name, a field of one (not a
// property), or an item of one at a constant or named index.
func (c *checker) rereadable(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return true
	case *ast.Attribute:
		if !c.rereadable(x.Value) {
			return false
		}
		cls, ok := c.expr(x.Value).(*Class)
		return ok && cls.LookupField(x.Attr) != nil
	case *ast.Subscript:
		switch ix := x.Index.(type) {
		case *ast.IntLit, *ast.Name:
		case *ast.UnaryOp:
			if _, ok := ix.Operand.(*ast.IntLit); !ok || ix.Op != "-" {
				return false
			}
		default:
			return false
		}
		if !c.rereadable(x.Value) {
			return false
		}
		switch c.expr(x.Value).(type) {
		case *List, *Tuple, *Dict:
			return true
		}
	}
	return false
}

// EmptyMember is the member of union u that an empty display or
// constructor call of type from ([], {}, set(), list()) takes where u is
// expected (the only list member for [], ...), as mypy infers the empty
// collection from its context; nil if there is none or several.
func EmptyMember(from Type, u *Union) Type {
	if !isUnknownEmpty(from) {
		return nil
	}
	var found Type
	for _, m := range u.Types {
		if sameContainerKind(from, m) && !isUnknownEmpty(m) {
			if found != nil {
				return nil
			}
			found = m
		}
	}
	return found
}

// unionOrOptUnion returns the union t is, or that an Optional t holds.
func unionOrOptUnion(t Type) (*Union, bool) {
	if o, ok := t.(*Optional); ok {
		t = o.Elem
	}
	u, ok := t.(*Union)
	return u, ok
}
