package check

import "github.com/aiogo/aiogo/ast"

// Exception groups (PEP 654): ExceptionGroup[E] annotations, construction,
// split/subgroup/derive, and try/except*.
//
// ExceptionGroup[E] for E other than Exception is a class derived from
// ExceptionGroup whose GroupElem is E (one per E, cached on the generic
// class), so it is usable wherever an ExceptionGroup is, and
// ExceptionGroup[E] converts to ExceptionGroup[F] when E derives from F.
// The members of .exceptions are typed Exception (BaseException for a
// BaseExceptionGroup): typeshed's E | ExceptionGroup[E] admits no more.

// groupAnnotation types ExceptionGroup[E] and BaseExceptionGroup[E].
func (c *checker) groupAnnotation(name string, args []ast.Expr, x ast.Expr) Type {
	if len(args) != 1 {
		c.errorf(x.Position(), "%s[...] takes one exception class", name)
		return nil
	}
	t := c.annotation(args[0])
	if t == nil {
		return nil
	}
	elem, ok := t.(*Class)
	if !ok || !elem.IsExc {
		c.errorf(args[0].Position(), "%s[...] takes an exception class, not %s", name, t)
		return nil
	}
	if name == "ExceptionGroup" && !elem.IsSubclassOf(c.builtinClass("Exception")) {
		c.errorf(args[0].Position(), "ExceptionGroup[...] takes a subclass of Exception, not %s", elem)
		return nil
	}
	return c.groupOf(c.builtinClass(name), elem)
}

// groupOf returns the class ExceptionGroup[elem] (or BaseExceptionGroup[elem]).
func (c *checker) groupOf(generic, elem *Class) *Class {
	if elem == nil || elem == c.builtinClass("Exception") || elem == c.builtinClass("BaseException") {
		if generic == c.builtinClass("BaseExceptionGroup") && elem != nil && elem.IsSubclassOf(c.builtinClass("Exception")) {
			generic = c.builtinClass("ExceptionGroup")
		}
		return generic
	}
	if elem.GroupElem != nil {
		elem = elem.GroupElem
	}
	if generic == c.builtinClass("BaseExceptionGroup") && elem.IsSubclassOf(c.builtinClass("Exception")) {
		generic = c.builtinClass("ExceptionGroup")
	}
	if g := generic.groups[elem]; g != nil {
		return g
	}
	g := &Class{Name: generic.Name, Base: generic, Methods: map[string]*Method{}, IsExc: true, Builtin: true, GroupElem: elem}
	if generic.groups == nil {
		generic.groups = map[*Class]*Class{}
	}
	generic.groups[elem] = g
	return g
}

// isGroup reports whether t is an exception group class.
func (c *checker) isGroup(t *Class) bool {
	return t != nil && t.IsSubclassOf(c.builtinClass("BaseExceptionGroup"))
}

// groupElem is E of ExceptionGroup[E] (Exception or BaseException for the
// generic classes).
func (c *checker) groupElem(t *Class) *Class {
	for k := t; k != nil; k = k.Base {
		if k.GroupElem != nil {
			return k.GroupElem
		}
	}
	if t.IsSubclassOf(c.builtinClass("ExceptionGroup")) {
		return c.builtinClass("Exception")
	}
	return c.builtinClass("BaseException")
}

// groupConstruct types ExceptionGroup(message, exceptions) and
// BaseExceptionGroup(message, exceptions); ok is false for other classes.
func (c *checker) groupConstruct(x *ast.Call, cls *Class) (Type, bool) {
	if !c.isGroup(cls) || !cls.Builtin {
		return nil, false
	}
	c.noKeywords(x)
	if !c.nargs(x, cls.Name, 2, 2) {
		return cls, true
	}
	c.exprMust(x.Args[0], Str, "exception group message")
	elem := c.builtinClass("BaseException")
	if cls.IsSubclassOf(c.builtinClass("ExceptionGroup")) {
		elem = c.builtinClass("Exception")
	}
	t := c.exprWant(x.Args[1], &List{Elem: elem})
	var got *Class
	switch s := t.(type) {
	case *List:
		got, _ = s.Elem.(*Class)
		if le, ok := x.Args[1].(*ast.ListExpr); ok && got != nil {
			got = c.joinExc(le.Elems, got)
		}
		if s.Elem != nil && (got == nil || !got.IsExc) {
			c.errorf(x.Args[1].Position(), "%s needs a list of exceptions, not %s", cls.Name, t)
			return cls, true
		}
		if got != nil && !Identical(s.Elem, elem) && !got.IsSubclassOf(elem) {
			// typeshed takes a Sequence (covariant): a list[FieldError]
			// makes an ExceptionGroup[FieldError]; the runtime reads any
			// list's items (py.initGroup).
			c.assignable(t, &List{Elem: elem}, x.Args[1], "argument to "+cls.Name)
		}
	case *Tuple:
		for _, et := range s.Elems {
			if ec, ok := et.(*Class); !ok || !ec.IsExc {
				c.errorf(x.Args[1].Position(), "%s needs a sequence of exceptions, not %s", cls.Name, t)
				return cls, true
			}
		}
	case nil:
	default:
		c.errorf(x.Args[1].Position(), "%s needs a list of exceptions, not %s", cls.Name, t)
	}
	if got != nil && got.IsExc {
		return c.groupOf(cls, got), true
	}
	return cls, true
}

// joinExc is the nearest common base class of the types of es (recorded
// by the checker), or dflt when one of them is not an exception class.
func (c *checker) joinExc(es []ast.Expr, dflt *Class) *Class {
	var common *Class
	for _, e := range es {
		t, ok := c.info.Types[e].(*Class)
		if !ok || !t.IsExc {
			return dflt
		}
		if common == nil {
			common = t
			continue
		}
		for !t.IsSubclassOf(common) {
			if common.Base == nil {
				return dflt
			}
			common = common.Base
		}
	}
	if common == nil {
		return dflt
	}
	return common
}

// groupMethod types split, subgroup and derive of exception groups; ok is
// false for other receivers or names. x nil asks whether the method exists.
func (c *checker) groupMethod(recv Type, name string, x *ast.Call) (Type, bool) {
	cls, ok := recv.(*Class)
	if !ok || !c.isGroup(cls) {
		return nil, false
	}
	switch name {
	case "split", "subgroup":
		if x == nil {
			return recv, true
		}
		c.noKeywords(x)
		res := Type(&Optional{cls})
		if !c.nargs(x, name, 1, 1) {
			return res, true
		}
		if name == "split" {
			res = &Tuple{Elems: []Type{&Optional{cls}, &Optional{cls}}}
		}
		a := x.Args[0]
		switch t := c.exprWant(a, &Func{Params: []Param{{Type: c.groupElem(cls)}}, Ret: Bool}).(type) {
		case *ClassRef:
			if !t.Class.IsExc {
				c.errorf(a.Position(), "%s needs an exception class or a predicate", name)
			}
			m := c.groupOf(c.builtinClass("BaseExceptionGroup"), t.Class)
			if name == "split" {
				return &Tuple{Elems: []Type{&Optional{m}, &Optional{cls}}}, true
			}
			return &Optional{m}, true
		case *Tuple:
			for _, el := range t.Elems {
				if cr, ok := el.(*ClassRef); !ok || !cr.Class.IsExc {
					c.errorf(a.Position(), "%s needs exception classes", name)
					return res, true
				}
			}
			c.info.Types[a] = t
		case *Func:
			if len(t.Params) != 1 || t.Ret != Bool {
				c.errorf(a.Position(), "%s needs a predicate taking one exception and returning bool", name)
			}
		case nil:
		default:
			c.errorf(a.Position(), "%s needs an exception class or a predicate, not %s", name, t)
		}
		return res, true
	case "derive":
		if x == nil {
			return recv, true
		}
		c.noKeywords(x)
		if c.nargs(x, name, 1, 1) {
			c.exprWant(x.Args[0], &List{Elem: c.groupElem(cls)})
		}
		return c.builtinClass(cls.Name), true
	}
	return nil, false
}

// starHandler checks an except* clause and returns the type of its "as"
// name: the matched part, an exception group.
func (c *checker) starHandler(h *ast.ExceptHandler) Type {
	et := c.exceptType(h.Type)
	cls, _ := et.(*Class)
	if cls == nil {
		return nil
	}
	check := func(e ast.Expr) {
		if cr, ok := c.info.Types[e].(*ClassRef); ok && c.isGroup(cr.Class) {
			c.errorf(e.Position(), "catching ExceptionGroup with except* is not allowed: use except instead")
		}
	}
	if tu, ok := h.Type.(*ast.TupleExpr); ok {
		for _, e := range tu.Elems {
			check(e)
		}
	} else {
		check(h.Type)
	}
	c.noJumpOut(h.Body, false)
	return c.groupOf(c.builtinClass("BaseExceptionGroup"), cls)
}

// noJumpOut reports break, continue and return statements that would
// leave an except* clause (CPython: SyntaxError); inLoop is true inside a
// loop nested in the clause.
func (c *checker) noJumpOut(body []ast.Stmt, inLoop bool) {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.Return:
			c.errorf(s.Pos, "'break', 'continue' and 'return' cannot appear in an except* block")
		case *ast.Break:
			if !inLoop {
				c.errorf(s.Pos, "'break', 'continue' and 'return' cannot appear in an except* block")
			}
		case *ast.Continue:
			if !inLoop {
				c.errorf(s.Pos, "'break', 'continue' and 'return' cannot appear in an except* block")
			}
		case *ast.If:
			c.noJumpOut(s.Body, inLoop)
			c.noJumpOut(s.Orelse, inLoop)
		case *ast.For:
			c.noJumpOut(s.Body, true)
			c.noJumpOut(s.Orelse, inLoop)
		case *ast.While:
			c.noJumpOut(s.Body, true)
			c.noJumpOut(s.Orelse, inLoop)
		case *ast.With:
			c.noJumpOut(s.Body, inLoop)
		case *ast.Try:
			c.noJumpOut(s.Body, inLoop)
			for _, h := range s.Handlers {
				c.noJumpOut(h.Body, inLoop)
			}
			c.noJumpOut(s.Orelse, inLoop)
			c.noJumpOut(s.Finalbody, inLoop)
		}
	}
}

// groupAssignable reports whether ExceptionGroup[E] is used where
// ExceptionGroup[F] is expected with E derived from F (groups are
// covariant in their member type).
func groupAssignable(from, to Type) bool {
	f, ok := from.(*Class)
	t, ok2 := to.(*Class)
	if !ok || !ok2 || t.GroupElem == nil {
		return false
	}
	fe := f
	for fe != nil && fe.GroupElem == nil {
		fe = fe.Base
	}
	return fe != nil && f.IsSubclassOf(t.Base) && fe.GroupElem.IsSubclassOf(t.GroupElem)
}
