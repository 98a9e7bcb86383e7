package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// Subtyping of callables and unions as mypy does it.

// callableAssignable reports whether a function of type from can be used
// where to is expected: parameters are contravariant (each parameter of
// from accepts what to's callers pass), the result is covariant. A
// coroutine function is a Callable returning Coroutine or Awaitable.
func (c *checker) callableAssignable(from, to *Func) bool {
	for i := range from.Params {
		fp, tp := from.Params[i].Type, to.Params[i].Type
		if Identical(fp, tp) || taskAsFuture(tp, fp) {
			continue
		}
		if !c.assignableType(tp, fp) {
			return false
		}
	}
	if Identical(from.Ret, to.Ret) {
		return true
	}
	if to.Ret == None || to.Ret == nil {
		return false // mypy: a result where None is declared is an error
	}
	return c.assignableType(from.Ret, to.Ret)
}

// unionMember reports whether a value of type from is stored unchanged
// (boxed) in a union that has member u: an instance of a subclass of a
// class member.
func unionMember(from, u Type) bool {
	fc, ok := from.(*Class)
	uc, ok2 := u.(*Class)
	return ok && ok2 && fc.IsSubclassOf(uc)
}

// classRefAssignable reports whether type[C] is used where type[D] is
// expected for classes C derived from D (both are class objects of the
// same Go type: clsobj.go).
func classRefAssignable(from, to Type) bool {
	if tf, ok := from.(*TypeOf); ok {
		// type(e) of an exception where type[E] is expected: the class
		// object e carries (codegen: its Exc().Class).
		fc, ok := tf.Of.(*Class)
		t, ok2 := to.(*ClassRef)
		// type(e) of an instance of a user class where type[C] is
		// expected (handlers.get(type(e))): the class object of e's
		// run-time class (codegen: its _py_cls()).
		return ok && ok2 && (fc.IsExc && t.Class.IsExc || classObjValue(fc) && classObjValue(t.Class)) && fc.IsSubclassOf(t.Class)
	}
	if tt, ok := to.(*TypeOf); ok {
		// A class where type(e) values are held (Deposited in
		// {type(e) for e in events}): the class object, as _py_cls()
		// answers it.
		f, ok := from.(*ClassRef)
		tc, ok2 := tt.Of.(*Class)
		return ok && ok2 && classObjValue(f.Class) && classObjValue(tc) && f.Class.IsSubclassOf(tc)
	}
	f, ok := from.(*ClassRef)
	t, ok2 := to.(*ClassRef)
	return ok && ok2 && (f.Class.IsExc && t.Class.IsExc || classObjValue(f.Class) && classObjValue(t.Class)) && f.Class.IsSubclassOf(t.Class)
}

// IterElemOf is the element type of an Iterator[T] or of a generator
// (which is an Iterator of its yield type), or nil.
func IterElemOf(t Type) Type {
	switch x := t.(type) {
	case *Iterator:
		return x.Elem
	case *Generator:
		if !x.Async {
			return x.Yield
		}
	}
	return nil
}

// iteratorAssignable reports an Iterator[E] or generator used where an
// Iterator[T] is expected for E a subtype of T: Iterator is covariant
// (codegen converts each element read).
func (c *checker) iteratorAssignable(from Type, to *Iterator) bool {
	et := IterElemOf(from)
	return et != nil && c.assignableType(et, to.Elem)
}

// UnionConvMember is the member of union u a value of type from is stored
// as after a conversion: a fixed tuple of one element type T (or empty)
// where u has tuple[T, ...] and no member identical to from ((3, 4, 5)
// passed as list[int] | tuple[int, ...]); nil otherwise.
func UnionConvMember(from Type, u *Union) Type {
	ft, ok := from.(*Tuple)
	if !ok || ft.Var || ft.ListRepr {
		return nil
	}
	for _, m := range u.Types {
		if Identical(from, m) {
			return nil
		}
	}
	for _, m := range u.Types {
		mt, ok := m.(*Tuple)
		if !ok || !mt.Var || mt.ListRepr {
			continue
		}
		same := true
		for _, e := range ft.Elems {
			if !Identical(e, mt.Elems[0]) {
				same = false
			}
		}
		if same {
			return mt
		}
	}
	return nil
}

// functionClassAttr reports a class attribute of owner whose value is a
// user function (a module-level def or a lambda) or an unbound method
// (str.lower): read through an
// instance, CPython binds it as a method, which the generated code does
// not do, so such reads are refused.
func (c *checker) functionClassAttr(owner *Class, name string) bool {
	if owner == nil {
		return false
	}
	e, _ := owner.ClassVarInit[name].(ast.Expr)
	switch x := e.(type) {
	case *ast.Lambda:
		return true
	case *ast.Name:
		sym := c.module.names[x.ID]
		return sym != nil && sym.Kind == SymFunc
	case *ast.Attribute:
		// str.lower, Other.method: descriptors that bind too.
		switch vt := c.info.Types[x.Value].(type) {
		case *TypeName:
			e := builtins.Method(RecvName(vt.T), x.Attr)
			return e != nil && !e.Static
		case *ClassRef:
			m := vt.Class.LookupMethod(x.Attr)
			return m != nil && !m.IsStatic && !m.IsClass && !m.IsProperty
		}
	}
	return false
}
