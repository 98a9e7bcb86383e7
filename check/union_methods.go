package check

import "github.com/aiogo/aiogo/ast"

// Attributes and methods of unions (x: Lock | Semaphore; x.release(),
// v: Circle | Square; v.area(), v.name): mypy accepts an attribute every
// member has. The checker types it for each member (Info.UnionAttrs) and
// accepts it when all members agree: the same field type, the same method
// signature, or a built-in method whose calls type alike. The generator
// switches on the member the value holds.

// unionAttribute types x.Attr where x.Value has union type u.
func (c *checker) unionAttribute(x *ast.Attribute, u *Union) Type {
	var ts []Type
	for _, m := range u.Types {
		c.speculating++
		t := c.attributeOf(x, m)
		c.speculating--
		if t == nil {
			c.errorf(attrErrPos(x), "%s has no attribute %s (member %s has none)", u, x.Attr, m)
			return nil
		}
		ts = append(ts, t)
	}
	for i, t := range ts[1:] {
		if !unionAttrAgrees(ts[0], t) {
			c.errorf(x.AttrPos, "attribute %s differs between the members %s and %s of %s: not supported", x.Attr, u.Types[0], u.Types[i+1], u)
			return nil
		}
	}
	c.info.UnionAttrs[x] = ts
	return ts[0]
}

// unionAttrAgrees reports whether attribute types a and b of two members
// of a union can be used alike.
func unionAttrAgrees(a, b Type) bool {
	am, ok := a.(*BoundMethod)
	bm, ok2 := b.(*BoundMethod)
	if ok != ok2 {
		return false
	}
	if !ok {
		return Identical(a, b)
	}
	if am.Super || bm.Super || am.Name != bm.Name || (am.Method == nil) != (bm.Method == nil) {
		return false
	}
	if am.Method == nil {
		return true // built-in methods: their calls are compared (unionMethodCall)
	}
	ma, mb := am.Method, bm.Method
	return ma.IsAsync == mb.IsAsync && !ma.IsStatic && !mb.IsStatic && !ma.IsClass && !mb.IsClass &&
		ma.Decorated == nil && mb.Decorated == nil && Identical(ma.Sig, mb.Sig)
}

// unionMethodCall types a call of built-in method at.Attr through a union:
// for each member, which must agree on the result.
func (c *checker) unionMethodCall(x *ast.Call, at *ast.Attribute) Type {
	ts := c.info.UnionAttrs[at]
	var res Type
	var results []Type
	differ := false
	for i, t := range ts {
		bm := t.(*BoundMethod)
		if i > 0 {
			c.speculating++
		}
		r := c.methodType(bm.Recv, bm.Name, x)
		if i > 0 {
			c.speculating--
			if r == nil || res == nil {
				c.errorf(at.AttrPos, "method %s of %s differs between its members: not supported", at.Attr, c.info.Types[at.Value])
				return nil
			}
			if !Identical(r, res) {
				// Each member's result, stored in their union (as mypy
				// types it: t.result() of a Task[int] | Task[str] is an
				// int | str).
				differ = true
			}
		} else {
			res = r
		}
		results = append(results, r)
	}
	if !differ {
		return res
	}
	var u Type
	for _, r := range results {
		if u == nil {
			u = r
		} else if u = unionOf(u, r); u == nil {
			break
		}
	}
	if u == nil {
		c.errorf(at.AttrPos, "method %s of %s differs between its members: not supported", at.Attr, c.info.Types[at.Value])
		return nil
	}
	c.info.UnionCallResults[x] = results
	return u
}

// unionCtxMgr is the context manager of a union of runtime objects whose
// protocols agree and bind nothing (async with x, x: Lock | Semaphore),
// or nil.
func unionCtxMgr(u *Union, async bool) *CtxMgr {
	var first *RuntimeCM
	for _, m := range u.Types {
		o, ok := m.(*Opaque)
		if !ok {
			return nil
		}
		r := RuntimeCMs[o.GoName]
		if r == nil || r.Async != async || r.As != nil {
			return nil
		}
		if first == nil {
			first = r
		} else if r.EnterAwaits != first.EnterAwaits || !Identical(r.EnterResult, first.EnterResult) ||
			r.ExitTakesExc != first.ExitTakesExc || r.ExitAwaits != first.ExitAwaits || !Identical(r.ExitResult, first.ExitResult) {
			return nil
		}
	}
	return &CtxMgr{Async: async, Runtime: first, As: None, EnterResult: first.EnterResult, ExitResult: first.ExitResult, Members: u.Types}
}

// UnionAwaitResult is the result of awaiting a value of a union of
// awaitables (Task[int] | Task[str]): the union of the members' results,
// as mypy types it; nil when t is not such a union.
func UnionAwaitResult(t Type) Type {
	u, ok := t.(*Union)
	if !ok {
		return nil
	}
	var res Type
	for _, m := range u.Types {
		r, ok := AwaitResult(m)
		if !ok || r == nil {
			return nil
		}
		if res == nil {
			res = r
		} else if !Identical(res, r) {
			if res = unionOf(res, r); res == nil {
				return nil
			}
		}
	}
	return res
}

// BoxedUnionAwait reports a union of tasks and futures whose results are
// held in a union the way the runtime boxes them (no None, no nested
// union), so that the runtime's untyped gather and wait serve it:
// gather(*tasks) and asyncio.wait(tasks) of a list[Task[int] | Task[str]].
func BoxedUnionAwait(t Type) bool {
	u, ok := t.(*Union)
	if !ok {
		return false
	}
	for _, m := range u.Types {
		var r Type
		switch x := m.(type) {
		case *Task:
			r = x.Result
		case *Future:
			r = x.Result
		default:
			return false
		}
		switch r.(type) {
		case *Basic:
			if r == None {
				return false
			}
		case *Class, *List, *Dict, *Set, *Tuple:
		default:
			return false
		}
	}
	return UnionAwaitResult(t) != nil
}

// unionCall types a call of a value of a union of callables with the same
// parameters (Callable[[E], None] | Callable[[E], Awaitable[None]], a
// handler that may be sync or async): the arguments are checked once, and
// the result is the union of the members' results, or an object where
// they have no union (None and a coroutine): a value only passed along or
// discarded. ok is false when u is not such a union.
func (c *checker) unionCall(x *ast.Call, u *Union) (Type, bool) {
	var first *Func
	for _, m := range u.Types {
		f, ok := m.(*Func)
		if !ok {
			return nil, false
		}
		if first == nil {
			first = f
			continue
		}
		if len(f.Params) != len(first.Params) {
			return nil, false
		}
		for i := range f.Params {
			if !Identical(f.Params[i].Type, first.Params[i].Type) || f.Params[i].HasDefault != first.Params[i].HasDefault {
				return nil, false
			}
		}
	}
	sig := &Func{Params: first.Params, Ret: None}
	c.callSig(x, sig, exprString(x.Func))
	var rs []Type // the distinct results
	hasNone := false
	for _, m := range u.Types {
		r := m.(*Func).Ret
		if r == nil || r == None {
			hasNone = true
			continue
		}
		dup := false
		for _, o := range rs {
			dup = dup || Identical(o, r)
		}
		if !dup {
			rs = append(rs, r)
		}
	}
	switch {
	case len(rs) == 0:
		return None, true
	case len(rs) == 1 && !hasNone:
		return rs[0], true
	case len(rs) == 1:
		if _, opt := rs[0].(*Optional); !opt {
			return &Optional{rs[0]}, true // None | Awaitable[None]: iscoroutine(r) narrows it
		}
	}
	res := rs[0]
	for _, r := range rs[1:] {
		if res = unionOf(res, r); res == nil {
			break
		}
	}
	if res != nil {
		if hasNone {
			res = unionOf(res, None)
		}
		if res != nil {
			return res, true
		}
	}
	if !hasNone {
		for _, r := range rs {
			switch r.(type) {
			case *Optional, *Union:
				return Object, true
			}
		}
		return &Union{rs}, true // int | Awaitable[int]: boxed, each member as it is
	}
	return Object, true
}
