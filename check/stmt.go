package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// funcBody checks the body of fi in a new scope nested in the current one.
func (c *checker) funcBody(fi *FuncInfo, body []ast.Stmt) {
	saveFn, saveSc, saveNarrow, saveLoop := c.fn, c.sc, c.narrow, c.loopDepth
	saveDead, saveLoops, saveHandlers := c.dead, c.loops, c.handlerDepth
	c.handlerDepth = 0
	defer func() {
		c.fn, c.sc, c.narrow, c.loopDepth = saveFn, saveSc, saveNarrow, saveLoop
		c.dead, c.loops, c.handlerDepth = saveDead, saveLoops, saveHandlers
	}()
	parent := c.sc
	if fi.Parent == nil {
		parent = c.module
	}
	s := &scope{names: map[string]*Symbol{}, parent: parent, fn: fi}
	fi.scope = s
	c.fn, c.sc, c.narrow, c.loopDepth = fi, s, map[narrowKey]Type{}, 0
	c.dead, c.loops = false, nil
	var params []*ast.Param
	if fi.Def != nil {
		params = fi.Def.Params
	} else {
		params = fi.Lambda.Params
	}
	pi := 0
	for i, p := range params {
		if p.Kind != "" && fi.Lambda != nil {
			continue
		}
		var t Type
		if fi.Class != nil && i == 0 && !fi.Method.IsStatic {
			t = fi.Class
			if fi.Method.IsClass {
				t = &ClassRef{fi.Class} // cls: the class object (clsobj.go)
			}
		} else {
			if pi >= len(fi.Sig.Params) {
				break
			}
			t = fi.Sig.Params[pi].Type
			if fi.Sig.Params[pi].Broken {
				t = nil // poisoned below
			}
			if p.Default != nil {
				// The enclosing function evaluates the default where the
				// def runs: its names are not the nested function's captures.
				saveSc, saveFn := c.sc, c.fn
				c.sc, c.fn = parent, fi.Parent
				var dt Type
				if fi.Class != nil && fi.Method != nil {
					// A method's defaults see the class body's names
					// (def call(self, n: int = RETRIES)).
					c.withClassNames(fi.Class, classVarsBefore(fi.Class, p.Default.Position()), func() { dt = c.exprWant(p.Default, t) })
				} else {
					dt = c.exprWant(p.Default, t)
				}
				if c.ff != nil && c.ff.detect {
					c.ff.flow(dt, t, false, 0) // floatpos.go
				}
				if dt != nil && t != nil {
					// mypy: incompatible default (x: int = None is not
					// an implicit Optional under --strict).
					c.assignable(dt, t, p.Default, "default of parameter "+p.Name)
				}
				c.sc, c.fn = saveSc, saveFn
			}
			pi++
		}
		sym := c.declare(s, &Symbol{Name: p.Name, Kind: SymVar, Type: t, Param: true, Pos: p.Pos})
		if t == nil {
			c.poisonSym(sym) // its annotation was reported (diag.go)
		}
		c.info.Defs[p] = sym
		fi.Params = append(fi.Params, sym)
	}
	// Names declared global or nonlocal, then every other assigned name is local.
	globals := map[string]bool{}
	walkStmts(body, func(st ast.Stmt) {
		switch g := st.(type) {
		case *ast.Global:
			for _, n := range g.Names {
				c.declaredLate(fi, body, n, g.Pos, "global")
				globals[n] = true
				sym := c.module.names[n]
				if sym == nil {
					c.errorf(g.Pos, "global %s: no module-level variable of that name", n)
					continue
				}
				s.names[n] = sym
			}
		case *ast.Nonlocal:
			for _, n := range g.Names {
				c.declaredLate(fi, body, n, g.Pos, "nonlocal")
				globals[n] = true
				var found *Symbol
				for p := parent; p != nil && p.fn != nil; p = p.parent {
					if sym := p.names[n]; sym != nil && sym.Kind == SymVar {
						found = sym
						break
					}
				}
				if found == nil {
					c.errorf(g.Pos, "no binding for nonlocal %s found", n)
					continue
				}
				s.names[n] = found
				c.use(found)
			}
		}
	})
	walkStmts(body, func(st ast.Stmt) {
		declare := func(t ast.Expr) {
			if n, ok := t.(*ast.Name); ok && globals[n.ID] {
				return
			}
			c.collectTargetNames(t, s)
		}
		switch a := st.(type) {
		case *ast.Assign:
			for _, t := range a.Targets {
				declare(t)
			}
		case *ast.AnnAssign:
			declare(a.Target)
		case *ast.AugAssign:
			declare(a.Target)
		case *ast.For:
			declare(a.Target)
		case *ast.With:
			for _, it := range a.Items {
				if it.Target != nil {
					declare(it.Target)
				}
			}
		case *ast.FuncDef:
			if s.names[a.Name] == nil {
				c.declare(s, &Symbol{Name: a.Name, Kind: SymVar, Pos: a.Pos})
			}
		case *ast.Try:
			for _, h := range a.Handlers {
				if h.Name != "" && globals[h.Name] {
					// CPython unbinds the name when the handler ends: the
					// enclosing function's (or module's) variable too.
					c.errorf(h.Pos, "except ... as %s where %s is declared global or nonlocal is not supported (the handler unbinds it when it ends): bind another name and assign %s = it", h.Name, h.Name, h.Name)
				}
			}
		}
		walkStmtExprs(st, func(e ast.Expr) {
			if ne, ok := e.(*ast.NamedExpr); ok {
				declare(ne.Target)
			}
		})
	})
	fi.bodyDone = true
	c.markNoneWiden(fi, s, body)    // nonewiden.go
	c.inferPartialNone(fi, s, body) // partialnone.go
	saveDeferred := c.deferred
	c.deferred = nil
	c.block(body)
	for i := 0; i < len(c.deferred); i++ {
		c.deferred[i]()
	}
	c.deferred = saveDeferred
	c.endPartials(fi)        // partial.go
	c.endDeferredLambdas(fi) // lambdavar.go
	if fi.InferRet && fi.RetType == nil {
		c.setReturnType(fi, None)
	}
	if fi.RetType != None && fi.RetType != nil && !fi.IsGen && fi.Def != nil && !c.terminates(body) {
		// As mypy: also where None is one of the results (Optional, a
		// union with None, object), unless "# type: ignore" on the def
		// line silences it: the fall-through then returns None.
		if !(c.typeIgnores[fi.Def.Pos.Line] && mayBeNone(fi.RetType)) && !(fi.Method != nil && fi.Method.Abstract && TrivialBody(body)) {
			c.errorf(fi.Def.Pos, "missing return at end of function %s returning %s", fi.Name, fi.RetType)
		}
	}
}

// terminates reports whether a statement list always ends in return or
// raise: one of its statements does (what follows it is unreachable, as
// mypy reads it).
func (c *checker) terminates(body []ast.Stmt) bool {
	for _, s := range body {
		if c.terminatesStmt(s) {
			return true
		}
	}
	return false
}

// terminatesStmt reports whether a statement never completes normally.
func (c *checker) terminatesStmt(st ast.Stmt) bool {
	switch s := st.(type) {
	case *ast.Return, *ast.Raise:
		return true
	case *ast.ExprStmt:
		return IsNoReturn(c.info.Types[s.Value]) // noreturn.go
	case *ast.If:
		if len(s.Orelse) == 0 && c.deadElse[s] { // the test cannot fail (flow.go: exhaustive isinstance)
			return c.terminates(s.Body)
		}
		return len(s.Orelse) > 0 && c.terminates(s.Body) && c.terminates(s.Orelse)
	case *ast.While:
		if b, ok := s.Test.(*ast.BoolLit); ok && b.Value {
			return !hasBreak(s.Body)
		}
		// while/else: the else clause runs whenever the loop ends
		// without break.
		return len(s.Orelse) > 0 && c.terminates(s.Orelse) && !hasBreak(s.Body)
	case *ast.For: // for/else and async for/else, as while/else
		return len(s.Orelse) > 0 && c.terminates(s.Orelse) && !hasBreak(s.Body)
	case *ast.Try:
		if len(s.Finalbody) > 0 && c.terminates(s.Finalbody) {
			return true
		}
		ok := c.terminates(s.Body) || c.terminates(s.Orelse)
		for _, h := range s.Handlers {
			ok = ok && c.terminates(h.Body)
		}
		return ok
	case *ast.With:
		// A class whose __exit__ is declared to return bool may swallow
		// the exception that ends the body, and execution goes on after
		// the with (mypy reads it so). The runtime's managers are typed
		// as typeshed types them (None, or bool | None for
		// @contextmanager), which mypy takes as never swallowing.
		for _, it := range s.Items {
			if cm := c.info.With[it]; cm != nil && cm.Class != nil && cm.ExitResult == Bool {
				return false
			}
		}
		return c.terminates(s.Body)
	case *ast.Assert:
		if b, ok := s.Test.(*ast.BoolLit); ok && !b.Value {
			return true
		}
	case *ast.Match:
		// Refused outside extension files (which lower it to ifs before
		// checking): taken as terminating so that its refusal is the one
		// message, with no "missing return" after it.
		return true
	}
	return false
}

func hasBreak(body []ast.Stmt) bool {
	found := false
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.Break:
				found = true
			case nil, ast.Expr, *ast.For, *ast.While, *ast.FuncDef, *ast.ClassDef:
				return false // a break there belongs to another loop
			}
			return !found
		})
	}
	return found
}

func (c *checker) block(body []ast.Stmt) {
	c.recordTry()
	for _, s := range body {
		c.stmt(s)
		c.recordTry()
	}
}

// copyNarrow snapshots the narrowing facts.
func (c *checker) copyNarrow() map[narrowKey]Type {
	m := make(map[narrowKey]Type, len(c.narrow))
	for k, v := range c.narrow {
		m[k] = v
	}
	return m
}

func (c *checker) stmt(st ast.Stmt) {
	switch s := st.(type) {
	case *ast.ExprStmt:
		if _, ok := s.Value.(*ast.EllipsisLit); ok {
			return // "..." as a statement does nothing, as pass
		}
		c.stmtExpr = s.Value
		t := c.expr(s.Value)
		if _, ok := t.(*Coroutine); ok {
			// mypy's unused-coroutine: the call creates a coroutine that
			// never runs (CPython warns "never awaited" and goes on).
			c.errorf(s.Value.Position(), "the coroutine %s is never awaited (did you forget await?)", exprString(s.Value))
		}
		if IsNoReturn(t) {
			c.dead = true // fail(msg) of a function declared -> NoReturn, assert_never(x)
		}
	case *ast.Pass:
	case *ast.Assign:
		var want Type
		if len(s.Targets) == 1 {
			want = c.targetType(s.Targets[0])
			if want == nil {
				want = c.tupleTargetType(s.Targets[0], s.Value) // memo, lines = "", []
			}
		}
		if c.deferStore(s) { // lambdadisplay.go: ops["*"] = lambda a, b: a * b
			return
		}
		var vt Type
		if n, ok := s.Targets[0].(*ast.Name); !ok || want != nil || len(s.Targets) > 1 {
			vt = c.exprWant(s.Value, want)
		} else if lt, ok := c.deferLambda(n, s.Value); ok { // lambdavar.go: cb = lambda f: ...
			vt = lt
		} else if dt, ok := c.deferDisplay(n, s.Value); ok { // lambdadisplay.go: ops = {"+": lambda a, b: a + b}
			vt = dt
		} else if ie, ok := s.Value.(*ast.IfExp); ok {
			vt = c.deferredIfExp(n, ie) // lambdavar.go: pick = max if largest else min
		} else {
			vt = c.exprWant(s.Value, want)
		}
		for _, t := range s.Targets {
			v := s.Value
			switch t.(type) {
			case *ast.TupleExpr, *ast.ListExpr:
				if IsDictViewCall(v, c.info.Types) {
					v = nil // (k, v), = d.items(): unpacked where it is created (not a stored view)
				}
			}
			c.assign(t, vt, v)
		}
		if n, ok := s.Targets[0].(*ast.Name); ok && len(s.Targets) == 1 {
			c.endDeferDisplay(n) // lambdadisplay.go
		}
	case *ast.AnnAssign:
		t := c.annotation(s.Annotation)
		if c.gatherTupleDecl(s, t) { // gathertuple.go
			return
		}
		if n, ok := s.Target.(*ast.Name); ok && t != nil {
			sym := c.lookup(n.ID)
			if sym != nil && sym.Kind == SymVar {
				c.noteSymAnn(sym, s.Annotation) // boolint.go
				if sym.Type == nil {
					sym.Type = t
				} else if !Identical(sym.Type, t) {
					c.errorf(s.Pos, "%s redeclared as %s (was %s)", n.ID, t, sym.Type)
				}
			}
		} else if _, ok := s.Target.(*ast.Attribute); !ok && t != nil {
			c.errorf(s.Pos, "invalid annotated assignment target")
		}
		if s.Value != nil {
			saveT := c.boolTarget
			c.boolTarget = s.Annotation // boolint.go: xs: list[int] = [True, 2]
			vt := c.exprWant(s.Value, t)
			c.boolTarget = saveT
			c.assign(s.Target, vt, s.Value)
		} else if n, ok := s.Target.(*ast.Name); ok {
			c.expr(n)
		}
	case *ast.AugAssign:
		c.completePartialAug(s) // partial.go: out = []; out += more
		tt := c.expr(s.Target)
		if _, ok := s.Target.(*ast.Name); !ok {
			c.forgetPropertyFacts() // flow.go
		}
		if at, ok := s.Target.(*ast.Attribute); ok {
			if u, ok := c.info.Types[at.Value].(*Union); ok {
				if _, ok := c.unionStore(at, u); !ok { // union_store.go
					return
				}
			}
			if cr, ok := c.info.Types[at.Value].(*ClassRef); ok {
				if _, owner := cr.Class.LookupClassVar(at.Attr); owner != nil {
					c.classVarStore(at, cr.Class, owner) // clsobj.go
				}
			}
			if tf, ok := c.info.Types[at.Value].(*TypeOf); ok && !c.typeOfStore(at, tf) { // clsobj.go
				return // type(self).count += 1 (the compiler crashed)
			}
			if p, ok := c.info.Types[at.Value].(*Class); ok && p.Protocol {
				c.errorf(at.AttrPos, "assigning attribute %s through protocol %s is not supported (read it, or assign it on the implementing class)", at.Attr, p.Name)
				return
			}
			if p, ok := c.info.Types[at.Value].(*Class); ok && p.LookupField(at.Attr) == nil && p.LookupMethod(at.Attr) == nil {
				// j.retries += 1 of a class attribute: the instance gets
				// its own, as by j.retries = j.retries + 1.
				if cv, owner := p.LookupClassVar(at.Attr); cv != nil && !c.promoteClassVar(p, owner, cv) { // classvar_inst.go
					c.errorf(at.AttrPos, "assigning class attribute %s through an instance is not supported: assign %s.%s", at.Attr, p.Name, at.Attr)
					return
				}
			}
		}
		if !c.sliceAugTarget(s.Target) { // sliceobj.go
			return
		}
		vt := c.exprWant(s.Value, tt)
		if tt == nil || vt == nil {
			return
		}
		if c.listExtendAug(s, tt, vt) { // surface_fix.go
			return
		}
		var rt Type
		if m := InplaceDunder(s.Op, tt); m != nil {
			c.assignable(vt, m.Sig.Params[0].Type, s.Value, m.Name+" argument")
			rt = m.Sig.Ret
		} else {
			rt = c.binaryType(s.Pos, s.Op, tt, vt, s.Target, s.Value)
		}
		if decl, ok := c.info.Narrowed[s.Target]; ok && rt != nil && !c.assignableType(rt, tt) && c.assignableType(rt, decl) {
			// The target reads narrowed (n: int | float = 0 reads an int)
			// and the result fits the declared type only: mypy checks it
			// against the declared type.
			if c.info.AugWidened == nil {
				c.info.AugWidened = map[ast.Expr]Type{}
			}
			c.info.AugWidened[s.Target] = rt
		} else if rt != nil {
			c.assignable(rt, tt, s.Value, "assignment")
		}
		if k, ok := c.keyOf(s.Target); ok {
			c.assignedFact(k, rt, c.declaredOf(s.Target))
		}
	case *ast.If:
		c.truthExpr(s.Test) // flow.go
		pre := c.saveFlow()
		c.narrowOn(s.Test, true)
		c.block(s.Body)
		bodyEnd := c.saveFlow()
		c.setFlow(pre)
		c.narrowOn(s.Test, false)
		if len(s.Orelse) == 0 && !pre.dead {
			c.markDeadElse(s, c.dead)
		}
		c.block(s.Orelse)
		c.setFlow(c.joinFlow(bodyEnd, c.saveFlow()))
	case *ast.While:
		c.loopStmt([]any{s.Test, s.Body}, func() { c.truthExpr(s.Test) }, s.Test, s.Body, s.Orelse)
	case *ast.For:
		if s.IsAsync {
			c.asyncFor(s)
			return
		}
		it := c.expr(s.Iter)
		c.loopStmt([]any{s.Target, s.Body}, func() {
			var et Type
			if it != nil {
				et = c.elemType(it, s.Iter)
				if et != nil {
					c.assign(s.Target, et, nil)
				}
			}
			if et == nil {
				c.poisonTarget(s.Target) // diag.go
			}
		}, nil, s.Body, s.Orelse)
	case *ast.Break, *ast.Continue:
		if c.loopDepth == 0 {
			c.errorf(st.Position(), "break or continue outside loop")
		}
		_, isBreak := st.(*ast.Break)
		c.loopJump(isBreak)
	case *ast.Return:
		defer c.exit()
		if c.fn == c.info.Module {
			c.errorf(s.Pos, "return outside function")
			return
		}
		if c.fn.InferRet && c.fn.RetType == nil && s.Value != nil {
			vt := c.expr(s.Value)
			if vt == nil {
				return
			}
			if isUnknownEmpty(vt) {
				c.errorf(s.Value.Position(), "cannot infer the return type of %s from an empty collection: annotate it", c.fn.Name)
				return
			}
			c.setReturnType(c.fn, vt)
			return
		}
		want := c.fn.RetType
		if c.notImplemented(s.Value) { // userkey.go
			return
		}
		if s.Value == nil {
			if want != None {
				if _, ok := want.(*Optional); !ok {
					c.errorf(s.Pos, "missing return value (function returns %s)", want)
				}
			}
			return
		}
		vt := c.exprWant(s.Value, want)
		if vt != nil && want != nil && c.viewArg(s.Value, vt, want, "return statement") { // dictviews.go
			return
		}
		if vt != nil && want != nil && !c.storedView(s.Value, want) {
			saveT := c.boolTarget
			if c.fn.Def != nil {
				c.boolTarget = c.fn.Def.Returns // boolint.go
			}
			c.assignable(vt, want, s.Value, "return statement")
			c.boolTarget = saveT
		}
	case *ast.Assert:
		c.truthExpr(s.Test)
		if s.Msg != nil {
			pre := c.saveFlow()
			c.narrowOn(s.Test, false)
			c.expr(s.Msg)
			c.setFlow(pre)
		}
		c.narrowOn(s.Test, true)
	case *ast.Raise:
		c.raiseStmt(s)
		c.exit()
	case *ast.Try:
		c.tryStmt(s)
	case *ast.Global, *ast.Nonlocal:
	case *ast.Delete:
		c.forgetPropertyFacts() // flow.go
		for _, t := range s.Targets {
			if n, ok := t.(*ast.Name); ok {
				c.delName(n) // delname.go
				continue
			}
			sub, ok := t.(*ast.Subscript)
			if !ok {
				c.errorf(t.Position(), "only del of names, dict keys and list items is supported")
				continue
			}
			if sl, ok := sub.Index.(*ast.Slice); ok {
				ct := c.expr(sub.Value)
				if c.sliceDelItem(sub, sl, ct) { // sliceobj.go: del obj[a:b] by __delitem__
					continue
				}
				if _, isList := ct.(*List); !isList {
					c.errorf(sub.Pos, "only lists support del of a slice")
				}
				c.sliceBounds(sl)
				c.refuseViewMutation(sub.Value, sub.Pos, "item deletion")
				continue
			}
			if m := c.delItem(sub); m != nil {
				continue // __delitem__ of a user class
			}
			c.expr(sub)
			c.refuseViewMutation(sub.Value, sub.Pos, "item deletion")
			if k, ok := c.keyOf(sub.Value); ok {
				c.forgetItems(k) // flow.go
			}
		}
	case *ast.FuncDef:
		if c.fn == c.info.Module {
			return
		}
		fi := newFuncInfo(s.Name, c.fn)
		fi.Def = s
		fi.IsAsync = s.IsAsync
		c.info.Funcs[s] = fi
		c.fn.Nested = append(c.fn.Nested, fi)
		c.signature(fi, s, nil)
		if fi.InferRet {
			c.funcBody(fi, s.Body) // callers need the inferred result type now
		}
		// A decorated def binds its name to dec(fn), as at module level;
		// the decorators are evaluated where the def runs.
		var bound Type = fi.Sig
		if len(s.Decorators) > 0 {
			for _, d := range s.Decorators {
				ast.Inspect(d, func(n ast.Node) bool {
					if aw, ok := n.(*ast.Await); ok {
						c.unsupported(aw, "await in a decorator")
						return false
					}
					return n != nil
				})
			}
			bound = c.decorated(s, fi)
			fi.Decorated = bound
		}
		sym := c.lookup(s.Name)
		if sym != nil && sym.Kind == SymVar {
			if sym.Type == nil {
				sym.Type = bound
			}
			c.info.Defs[s] = sym
		}
		if fi.InferRet {
			return
		}
		// Closures bind late: the body may use locals of the enclosing
		// function and sibling functions assigned after this def, so it is
		// checked when the enclosing body is done.
		defSc := c.sc
		c.deferred = append(c.deferred, func() {
			saveSc := c.sc
			c.sc = defSc
			c.funcBody(fi, s.Body)
			c.sc = saveSc
		})
	case *ast.ClassDef:
		c.unsupported(s, "nested class")
	case *ast.With:
		c.withStmt(s)
	case *ast.Import, *ast.ImportFrom:
		c.errorf(st.Position(), "import inside a function is supported only directly in its body (not in if, loops or try), before every use of the names it binds, when nothing else binds them (module-level names included)") // importhoist.go
	case *ast.Match:
		c.errorf(s.Pos, `match statements are outside the aiogo language (an aiogo extension beyond the language contract: add the line "# aiogo: extensions" to the file to use them)`)
	default:
		c.errorf(st.Position(), "unsupported statement")
	}
}

// tupleTargetType is the type a tuple display assigned to a tuple of
// targets is checked against: each element's declared target type (nil
// where unknown), so that `memo, lines = "", []` types the empty list as
// lines's declared list; other elements keep their own types. nil when target and value are not tuples of one
// length without starred elements.
func (c *checker) tupleTargetType(target, value ast.Expr) Type {
	elems, ok := displayElems(target) // dataclass_base.go
	if !ok {
		return nil
	}
	if aw, ok := value.(*ast.Await); ok {
		return c.awaitTargetType(elems, aw)
	}
	vt, ok := value.(*ast.TupleExpr)
	if !ok || len(vt.Elems) != len(elems) || starIndex(vt.Elems) >= 0 {
		return nil
	}
	ts := make([]Type, len(elems))
	known := false
	for i, e := range elems {
		switch vt.Elems[i].(type) {
		case *ast.ListExpr, *ast.DictExpr, *ast.SetExpr, *ast.ListComp, *ast.DictComp, *ast.SetComp:
			// a display takes its type from its target, as in `lines = []`
			// (other values keep their own type, and so their narrowing)
		default:
			continue
		}
		ts[i] = c.targetType(e)
		known = known || ts[i] != nil
	}
	if !known {
		return nil
	}
	return &Tuple{Elems: ts}
}

// awaitTargetType is the type `a, b = await f(...)` expects when every
// target already has a type: the awaited call's generic result is inferred
// from it, as mypy does (done, pending = await asyncio.wait(tasks) rebinding
// names typed set[Future[T]]). nil otherwise.
func (c *checker) awaitTargetType(elems []ast.Expr, aw *ast.Await) Type {
	if _, ok := aw.Value.(*ast.Call); !ok || starIndex(elems) >= 0 {
		return nil
	}
	ts := make([]Type, len(elems))
	for i, e := range elems {
		if ts[i] = c.targetType(e); ts[i] == nil {
			return nil
		}
	}
	return &Tuple{Elems: ts}
}

// targetType returns the declared type of an assignment target, if known.
func (c *checker) targetType(t ast.Expr) Type {
	switch x := t.(type) {
	case *ast.Name:
		if sym := c.lookup(x.ID); sym != nil && sym.Kind == SymVar {
			return sym.Type
		}
	case *ast.Attribute:
		if n, ok := x.Value.(*ast.Name); ok {
			if sym := c.lookup(n.ID); sym != nil {
				if cls, ok := sym.Type.(*Class); ok {
					if f := cls.LookupField(x.Attr); f != nil {
						return f.Type
					}
				}
			}
		}
	case *ast.Subscript:
		ct := c.peekType(x.Value)
		switch ct := ct.(type) {
		case *List:
			return ct.Elem
		case *Dict:
			return ct.Val
		}
	}
	return nil
}

// peekType types an expression without recording errors twice: it is
// used only for simple names and attributes.
func (c *checker) peekType(e ast.Expr) Type {
	switch x := e.(type) {
	case *ast.Name:
		if sym := c.lookup(x.ID); sym != nil && sym.Kind == SymVar {
			if t, ok := c.narrow[narrowKey{sym: sym}]; ok {
				return t
			}
			return sym.Type
		}
	case *ast.Attribute:
		if bt := c.peekType(x.Value); bt != nil {
			if cls, ok := bt.(*Class); ok {
				if f := cls.LookupField(x.Attr); f != nil {
					return f.Type
				}
			}
		}
	case *ast.Subscript:
		switch ct := c.peekType(x.Value).(type) {
		case *List:
			return ct.Elem
		case *Dict:
			return ct.Val
		}
	}
	return nil
}

// assign checks storing a value of type vt into target t. value is the
// source expression when there is one (for conversions), nil otherwise.
func (c *checker) assign(t ast.Expr, vt Type, value ast.Expr) {
	switch t.(type) {
	case *ast.Attribute, *ast.Subscript:
		c.forgetPropertyFacts() // flow.go
	}
	if vt == nil {
		if aw, ok := value.(*ast.Await); ok {
			if f, ok := c.info.Types[aw.Value].(*Future); ok && f.Result == nil {
				// x = await fut of an unannotated create_future(): mypy
				// types it Future[Any]; the result type is needed here.
				c.errorf(aw.Pos, "the result type of %s is unknown here: annotate where it is created (fut: asyncio.Future[int] = loop.create_future())", exprString(aw.Value))
			}
		}
		c.poisonTarget(t) // diag.go: also each name of a, b = ...
		return
	}
	vt = Unalias(vt)           // alias.go
	vt = c.liveView(value, vt) // dictviews.go: a stored dict view is live
	if value != nil {
		c.typeAsValue(value, vt)
	}
	switch x := t.(type) {
	case *ast.Name:
		sym := c.lookup(x.ID)
		if sym == nil || sym.Kind != SymVar {
			c.errorf(x.Pos, "cannot assign to %s", x.ID)
			return
		}
		c.info.Uses[x] = sym
		c.info.Types[x] = vt
		c.use(sym)
		if x.ID == "_" && sym.Type == nil && !sym.Param {
			sym.Type = Object // `_` rebinds freely: it holds any value
		}
		c.completeNone(sym, vt) // partialnone.go
		if sym.Type == nil {
			if isUnknownEmpty(vt) && isComprehension(value) && len(c.errs) > 0 {
				// A comprehension whose element had an error (reported):
				// not an empty display waiting for its type.
				c.poison(x) // diag.go
				return
			}
			if isUnknownEmpty(vt) && c.startPartial(sym, x, vt) { // partial.go
				return
			}
			if isUnknownEmpty(vt) {
				c.errorf(x.Pos, "empty collection assigned to %s needs a type annotation (for example %s: list[int] = [])", x.ID, x.ID)
				sym.Type = Object
				return
			}
			if vt == None && c.noneBinding(sym, x, value) { // partialnone.go
				c.assignedFact(narrowKey{sym: sym}, vt, sym.Type)
				return
			}
			if vt == None && c.fn == c.info.Module && sym.Owner == c.info.Module && c.speculating == 0 {
				if mt := c.moduleNoneType(x.ID); mt != nil { // modulenone.go
					sym.Type = mt
					c.info.Types[x] = mt
					c.assignedFact(narrowKey{sym: sym}, vt, sym.Type)
					return
				}
			}
			if vt == None && x.ID != "_" && (value == nil || isNoneExpr(value)) { // `_, x = await gather(...)` discards a None; result = await aw of an Awaitable[None] is a None, as mypy types it
				c.errorf(x.Pos, "%s = None needs a type annotation (for example %s: int | None = None)", x.ID, x.ID)
				sym.Type = Object
				return
			}
			sym.Type = c.inferredFloat(vt, x.Pos)                 // floatpos.go
			if w := c.widenedNone(sym, sym.Type); w != sym.Type { // nonewiden.go
				sym.Type = w
				if value != nil {
					c.assignable(vt, sym.Type, value, "assignment to "+x.ID)
				}
			}
			c.info.Types[x] = sym.Type
			c.startFuturePartial(sym, sym.Type, value) // partialfuture.go
		} else if value != nil {
			saveT := c.boolTarget
			c.boolTarget = c.symAnns[sym] // boolint.go
			c.assignable(vt, sym.Type, value, "assignment to "+x.ID)
			c.boolTarget = saveT
			c.info.Types[x] = sym.Type
		} else if !c.assignableType(vt, sym.Type) {
			c.errorf(x.Pos, "cannot assign %s to %s (type %s)", vt, x.ID, sym.Type)
		}
		c.assignedFact(narrowKey{sym: sym}, vt, sym.Type)
	case *ast.TupleExpr, *ast.ListExpr:
		var elems []ast.Expr
		if te, ok := x.(*ast.TupleExpr); ok {
			elems = te.Elems
		} else {
			elems = x.(*ast.ListExpr).Elems
		}
		c.info.Types[t] = vt
		if k := starIndex(elems); k >= 0 {
			c.assignStarred(t, elems, k, vt) // unpack.go
			return
		}
		if n := c.fixedGatherLen(value); n >= 0 && n != len(elems) {
			// await gather(a(), b()) is a tuple of as many results in
			// typeshed's overloads: mypy counts them.
			c.errorf(t.Position(), "cannot unpack %d values into %d targets", n, len(elems))
			for _, e := range elems {
				c.poisonTarget(e) // diag.go
			}
			return
		}
		if cols := c.zipColumns(value, len(elems)); cols != nil { // unpack.go: names, ages = zip(*pairs)
			for i, e := range elems {
				c.assign(e, &Tuple{Elems: []Type{cols[i]}, Var: true}, nil)
			}
			return
		}
		if et := UnpackElem(vt); et != nil { // unpack.go: any other iterable
			for _, e := range elems {
				c.assign(e, et, nil)
			}
			return
		}
		switch v := vt.(type) {
		case *Tuple:
			if len(v.Elems) != len(elems) {
				c.errorf(t.Position(), "cannot unpack %d values into %d targets", len(v.Elems), len(elems))
				return
			}
			var vals []ast.Expr
			if te, ok := value.(*ast.TupleExpr); ok && len(te.Elems) == len(elems) {
				vals = te.Elems
			}
			for i, e := range elems {
				var ve ast.Expr
				if vals != nil {
					ve = vals[i]
				}
				c.assign(e, v.Elems[i], ve)
			}
		case *List:
			for _, e := range elems {
				c.assign(e, v.Elem, nil)
			}
		case *Class:
			if !v.NamedTuple || len(v.AllFields()) != len(elems) {
				c.errorf(t.Position(), "cannot unpack a value of type %s into %d targets", vt, len(elems))
				c.poisonTarget(t) // diag.go
				return
			}
			for i, e := range elems { // namedtuple.go
				c.assign(e, v.AllFields()[i].Type, nil)
			}
		case *Union:
			ets := UnionTupleElems(v, len(elems)) // unpack.go
			if ets == nil {
				c.errorf(t.Position(), "cannot unpack a value of type %s into %d targets", vt, len(elems))
				c.poisonTarget(t) // diag.go
				return
			}
			for i, e := range elems {
				c.assign(e, ets[i], nil)
			}
		default:
			c.errorf(t.Position(), "cannot unpack a value of type %s", vt)
			c.poisonTarget(t) // diag.go
		}
	case *ast.Attribute:
		bt := c.expr(x.Value)
		if enumClass(bt) != nil {
			c.errorf(x.AttrPos, "cannot assign to attribute %s of enum %s", x.Attr, enumClass(bt).Name)
			return
		}
		if cr, ok := bt.(*ClassRef); ok {
			cv, owner := cr.Class.LookupClassVar(x.Attr)
			if cv == nil {
				c.errorf(x.AttrPos, "%s has no class attribute %s", cr.Class.Name, x.Attr)
				return
			}
			c.classVarStore(x, cr.Class, owner) // clsobj.go
			c.info.Types[x] = cv.Type
			if value != nil {
				c.assignable(vt, cv.Type, value, "assignment to "+x.Attr)
			}
			return
		}
		if tf, ok := bt.(*TypeOf); ok {
			if c.typeOfStore(x, tf) { // clsobj.go: type(self).count = ...
				cv, _ := tf.Of.(*Class).LookupClassVar(x.Attr)
				c.info.Types[x] = cv.Type
				if value != nil {
					c.assignable(vt, cv.Type, value, "assignment to "+x.Attr)
				}
			}
			return
		}
		if u, ok := bt.(*Union); ok {
			if ft, ok := c.unionStore(x, u); ok { // union_store.go
				c.info.Types[x] = ft
				if value != nil {
					c.assignable(vt, ft, value, "assignment to "+x.Attr)
				}
				if k, ok := c.keyOf(x); ok {
					c.assignedFact(k, vt, ft)
				}
			}
			return
		}
		if c.funcAttrStore(x, bt, vt, value) { // funcname_store.go: wrapper.__name__ = fn.__name__
			return
		}
		cls, ok := bt.(*Class)
		if !ok {
			c.errorf(x.Pos, "cannot assign to attribute %s of %s", x.Attr, bt)
			return
		}
		if cls.Protocol {
			c.errorf(x.AttrPos, "assigning attribute %s through protocol %s is not supported (read it, or assign it on the implementing class)", x.Attr, cls.Name)
			return
		}
		f := cls.LookupField(x.Attr)
		if f == nil && c.setterAssign(cls, x, vt, value) { // setter.go
			return
		}
		if f == nil && cls.IsExc {
			if at := c.excStoreAttr(x.Attr); at != nil { // exc.go: e.__cause__ = err
				c.info.Types[x] = at
				if value != nil {
					c.assignable(vt, at, value, "assignment to "+x.Attr)
				}
				return
			}
		}
		if f == nil {
			if cv, owner := cls.LookupClassVar(x.Attr); cv != nil {
				if !c.promoteClassVar(cls, owner, cv) { // classvar_inst.go
					c.errorf(x.AttrPos, "assigning class attribute %s through an instance is not supported: assign %s.%s", x.Attr, cls.Name, x.Attr)
					return
				}
				f = cls.LookupField(x.Attr)
			}
		}
		if f == nil {
			if m := cls.LookupMethod(x.Attr); m != nil && m.IsProperty {
				c.errorf(x.AttrPos, "property %s of %s is read-only (it has no @%s.setter)", x.Attr, cls.Name, x.Attr)
				return
			}
			if !c.broken[cls] {
				c.errorf(attrErrPos(x), "%s has no attribute %s", cls.Name, x.Attr)
			}
			return
		}
		if f.InitVar {
			c.errorf(x.AttrPos, "%s has no attribute %s (an InitVar is an __init__ parameter, not an attribute)", cls.Name, x.Attr)
			return
		}
		if f.Type != nil {
			c.completeNoneField(f, vt) // partialnone.go
		}
		if f.Type == nil {
			c.logField(f) // partialnone.go
			if vt == None {
				c.noneField(f) // partialnone.go: may type f (T | None)
			}
		}
		if f.Type == nil {
			if isUnknownEmpty(vt) && c.startPartialAttr(f, x, vt) { // partial.go
				c.info.Types[x] = f.Type
				return
			}
			c.logField(f) // partialnone.go
			if isUnknownEmpty(vt) {
				c.errorf(x.AttrPos, "empty collection assigned to %s needs a type annotation (for example self.%s: %s)", x.Attr, x.Attr, emptyExample(vt))
				f.Type = Object
				return
			}
			f.Type = c.inferredFloat(vt, x.AttrPos) // floatpos.go
		}
		if (cls.Frozen || frozenOwner(cls, x.Attr)) && !c.setattrStores[x] { // setattr.go
			c.errorf(x.AttrPos, "cannot assign to field %s of frozen dataclass %s", x.Attr, cls.Name)
		}
		c.info.Types[x] = f.Type
		if value != nil {
			saveT := c.boolTarget
			c.boolTarget = f.Ann // boolint.go
			c.assignable(vt, f.Type, value, "assignment to "+x.Attr)
			c.boolTarget = saveT
		}
		if k, ok := c.keyOf(x); ok {
			c.assignedFact(k, vt, f.Type)
		}
	case *ast.Subscript:
		c.completePartialStore(x, vt) // partial.go
		ct := c.expr(x.Value)
		if ann := c.annOfRef(x.Value); ann != nil {
			saveT := c.boolTarget
			c.boolTarget = ann // boolint.go: counts[k] = flag
			defer func() { c.boolTarget = saveT }()
		}
		if k, ok := c.keyOf(x.Value); ok {
			c.forgetItems(k) // flow.go
		}
		c.refuseViewMutation(x.Value, x.Pos, "item assignment")
		if sl, ok := x.Index.(*ast.Slice); ok {
			if c.sliceSetItem(x, sl, ct, vt, value) { // sliceobj.go: obj[a:b] = v by __setitem__
				return
			}
			// xs[a:b] = ys
			lt, isList := ct.(*List)
			if !isList {
				if ct != nil {
					c.errorf(x.Pos, "%s does not support slice assignment", ct)
				}
				return
			}
			c.sliceBounds(sl)
			c.listSliceStore(x, lt, vt, value)
			return
		}
		switch ct := ct.(type) {
		case *List:
			if it := c.exprWant(x.Index, Int); it == SliceType {
				c.listSliceStore(x, ct, vt, value) // xs[s] = ys (sliceobj.go)
				return
			}
			c.info.Types[x] = ct.Elem
			if value != nil {
				c.assignable(vt, ct.Elem, value, "list element assignment")
			}
		case *Dict:
			if ct.TypedDict != nil { // typeddict.go: the key's type
				if f := c.typedDictKey(ct, x.Index); f != nil {
					c.info.Types[x] = f.Type
					if value != nil {
						c.assignable(vt, f.Type, value, "TypedDict key "+f.Name)
					}
				}
				return
			}
			kt := c.exprWant(x.Index, ct.Key)
			if kt != nil {
				c.assignable(kt, ct.Key, x.Index, "dict key")
			}
			c.info.Types[x] = ct.Val
			if value != nil {
				c.assignable(vt, ct.Val, value, "dict value assignment")
			}
		case nil:
		default:
			if m := Dunder(ct, "__setitem__"); m != nil && len(m.Sig.Params) == 2 {
				if it := c.exprWant(x.Index, m.Sig.Params[0].Type); it != nil {
					c.assignable(it, m.Sig.Params[0].Type, x.Index, "__setitem__ argument")
				}
				c.info.Types[x] = m.Sig.Params[1].Type
				if value != nil {
					c.assignable(vt, m.Sig.Params[1].Type, value, "__setitem__ argument")
				}
				return
			}
			c.errorf(x.Pos, "%s does not support item assignment", ct)
		}
	case *ast.Starred:
		c.errorf(x.Pos, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(t.Position(), "cannot assign to expression")
	}
}

func isUnknownEmpty(t Type) bool {
	switch x := t.(type) {
	case *List:
		return x.Elem == nil
	case *Dict:
		return x.Key == nil
	case *Set:
		return x.Elem == nil
	}
	return false
}

// exceptType types the expression of an except clause and returns the
// type bound by "as".
func (c *checker) exceptType(e ast.Expr) Type {
	var t Type
	if tu, ok := e.(*ast.TupleExpr); ok && len(tu.Elems) > builtins.MaxTuple {
		// A display of classes in an except clause is never a tuple
		// value (codegen tests each class), so it has no size limit.
		elems := make([]Type, len(tu.Elems))
		for i, el := range tu.Elems {
			elems[i] = c.expr(el)
		}
		t = &Tuple{Elems: elems}
	} else {
		t = c.expr(e)
	}
	switch x := t.(type) {
	case *ClassRef:
		if !x.Class.IsExc {
			c.errorf(e.Position(), "%s is not an exception class", x.Class.Name)
		}
		return x.Class
	case *Tuple:
		var common *Class
		tu, display := e.(*ast.TupleExpr)
		for i, el := range x.Elems {
			cr, ok := el.(*ClassRef)
			if !ok || !cr.Class.IsExc {
				if display {
					c.errorf(tu.Elems[i].Position(), "not an exception class")
				} else { // except kinds: a tuple of classes held in a variable
					c.errorf(e.Position(), "except clause needs exception classes, not %s", t)
				}
				continue
			}
			if common == nil {
				common = cr.Class
			} else {
				for !cr.Class.IsSubclassOf(common) {
					common = common.Base
				}
			}
		}
		if common == nil {
			return c.builtinClass("BaseException")
		}
		return common
	case nil:
		return c.builtinClass("BaseException")
	}
	c.errorf(e.Position(), "except clause needs an exception class, not %s", t)
	return c.builtinClass("BaseException")
}

// setReturnType fixes an inferred return type.
func (c *checker) setReturnType(fi *FuncInfo, t Type) {
	fi.RetType = t
	if fi.IsAsync {
		fi.Sig.Ret = &Coroutine{t}
	} else {
		fi.Sig.Ret = t
	}
}

// delItem checks `del o[k]` where o is an instance of a user class that
// defines __delitem__, and returns the method (nil otherwise, unchecked).
func (c *checker) delItem(sub *ast.Subscript) *Method {
	n, ok := sub.Value.(*ast.Name)
	if !ok {
		return nil
	}
	sym := c.lookup(n.ID)
	if sym == nil || sym.Kind != SymVar {
		return nil
	}
	m := Dunder(sym.Type, "__delitem__")
	if m == nil || len(m.Sig.Params) != 1 {
		return nil
	}
	if bt := c.expr(sub.Value); Dunder(bt, "__delitem__") != m {
		return nil
	}
	if it := c.exprWant(sub.Index, m.Sig.Params[0].Type); it != nil {
		c.assignable(it, m.Sig.Params[0].Type, sub.Index, "__delitem__ argument")
	}
	return m
}

// isComprehension reports a list, set or dict comprehension.
func isComprehension(e ast.Expr) bool {
	switch e.(type) {
	case *ast.ListComp, *ast.SetComp, *ast.DictComp:
		return true
	}
	return false
}

// mayBeNone reports whether None is a value of type t.
func mayBeNone(t Type) bool {
	switch tt := Unalias(t).(type) {
	case *Optional:
		return true
	case *Union:
		for _, u := range tt.Types {
			if u == None {
				return true
			}
		}
	}
	return t == Object
}

// declaredLate reports CPython's SyntaxErrors for a global or nonlocal
// declaration (kind) of name at pos in a function (fi, body) that already
// has name as a parameter, uses or assigns it earlier in its body, or
// annotates it anywhere in its body.
func (c *checker) declaredLate(fi *FuncInfo, body []ast.Stmt, name string, pos ast.Pos, kind string) {
	for _, p := range fi.Params {
		if p.Name == name {
			c.errorf(pos, "name '%s' is parameter and %s", name, kind)
			return
		}
	}
	usedBefore := false
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case nil, *ast.FuncDef, *ast.ClassDef, *ast.Lambda:
				return false
			case *ast.AnnAssign:
				if t, ok := x.Target.(*ast.Name); ok && t.ID == name {
					c.errorf(x.Pos, "annotated name '%s' can't be %s", name, kind)
				}
			case *ast.Name:
				usedBefore = usedBefore || x.ID == name && x.Pos.Before(pos)
			}
			return true
		})
	}
	if usedBefore {
		c.errorf(pos, "name '%s' is used prior to %s declaration", name, kind)
	}
}
