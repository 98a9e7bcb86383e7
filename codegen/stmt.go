package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

func (g *gen) label(b *ir.Block) string { return fmt.Sprintf("_b%d", b.ID) }

// blocks emits the body of f as labelled flat code.
func (g *gen) blocks(f *ir.Func) []Code {
	g.lastPos = ast.Pos{}
	next := func(i int) *ir.Block {
		if i+1 < len(f.Blocks) {
			return f.Blocks[i+1]
		}
		return nil
	}
	// Which blocks need a label.
	ref := map[*ir.Block]bool{}
	for i, b := range f.Blocks {
		if b.Resume && b.AwaitFrom == nil {
			ref[b] = true
		}
		switch t := b.Term.(type) {
		case *ir.Jump:
			if t.To != next(i) {
				ref[t.To] = true
			}
		case *ir.Branch:
			ref[t.Then] = true
			if t.Else != next(i) {
				ref[t.Else] = true
			}
		case *ir.ForNext:
			ref[t.Body] = true
			if t.Exit != next(i) {
				ref[t.Exit] = true
			}
		case *ir.MatchExc:
			ref[t.Then] = true
			if t.Else != next(i) {
				ref[t.Else] = true
			}
		case *ir.Await:
			if t.Next != next(i) {
				ref[t.Next] = true
			}
		case *ir.Switch:
			for _, c := range t.Cases {
				ref[c.To] = true
			}
			if t.Default != next(i) {
				ref[t.Default] = true
			}
		default: // generators.go: explicit gotos to every successor
			for _, s := range b.Term.Succs() {
				ref[s] = true
			}
		}
	}
	var out []Code
	goTo := func(i int, to *ir.Block) Code {
		if to == next(i) {
			return Null()
		}
		return Goto().Id(g.label(to))
	}
	for i, b := range f.Blocks {
		if ref[b] {
			out = append(out, Id(g.label(b)).Op(":"))
		}
		if g.mode == modeTry || g.mode == modeCoroTry {
			h := 0
			if b.Handler != nil {
				h = b.Handler.ResumeID
			}
			out = append(out, g.hRef().Op("=").Lit(h))
		}
		for _, in := range b.Instrs {
			out = append(out, g.instr(in)...)
		}
		switch t := b.Term.(type) {
		case *ir.Jump:
			out = append(out, goTo(i, t.To))
		case *ir.Branch:
			out = append(out, g.line(t.Pos), If(g.truth(t.Cond)).Block(Goto().Id(g.label(t.Then))), goTo(i, t.Else))
		case *ir.Return:
			out = append(out, g.line(t.Pos))
			out = append(out, g.ret(t.Value)...)
		case *ir.Raise:
			out = append(out, g.line(t.Pos), g.raise(t))
		case *ir.ForNext:
			out = append(out, g.line(t.Pos))
			out = append(out, g.forNext(t)...)
			out = append(out, goTo(i, t.Exit))
		case *ir.MatchExc:
			out = append(out, If(g.excMatch(g.varRef(t.ExcVar, false), t.Class)).Block(Goto().Id(g.label(t.Then))), goTo(i, t.Else))
		case *ir.Await:
			out = append(out, g.line(t.Pos))
			out = append(out, g.await(t)...)
			out = append(out, goTo(i, t.Next))
		case *ir.Switch:
			out = append(out, g.switchTerm(t)...)
			out = append(out, goTo(i, t.Default))
		default:
			out = append(out, g.genTerm(t)...) // generators.go
		}
	}
	return out
}

func (g *gen) hRef() *Statement {
	if g.mode == modeCoroTry {
		return Id("_f").Dot("_h")
	}
	return Id("_h")
}

// line returns a line directive for pos when it starts a new source line.
func (g *gen) line(pos ast.Pos) Code {
	if g.opts.NoLineDirectives || pos.Line == 0 {
		return Null()
	}
	g.lastPos = pos
	return Comment(fmt.Sprintf("//line %s:%d", g.opts.Source, pos.Line))
}

func (g *gen) ret(value ast.Expr) []Code {
	var v Code
	if value != nil && g.retType(g.fn) != check.None {
		v = g.exprTo(value, g.retType(g.fn))
	}
	switch g.mode {
	case modePlain:
		if v == nil {
			if value != nil {
				return []Code{g.stmtExpr(value), Return()}
			}
			switch rt := g.retType(g.fn); rt.(type) {
			case *check.Optional:
				return []Code{Return(g.zero(rt))} // falling off the end returns None
			default:
				if rt != check.None {
					// The checker proved the end unreachable (a function
					// that returns a value must end in return or raise).
					return []Code{Panic(Lit("aiogo: reached the end of " + g.fn.Info.Name + ", which the checker took as unreachable"))}
				}
			}
			return []Code{Return()}
		}
		return []Code{Return(v)}
	case modeTry:
		var out []Code
		if v != nil {
			out = append(out, Id("_ret").Op("=").Add(v))
		} else if value != nil {
			out = append(out, g.stmtExpr(value))
		}
		return append(out, Return(True()))
	default:
		var out []Code
		if v != nil {
			out = append(out, Id("_f").Dot("_res").Op("=").Add(v))
		} else if value != nil {
			out = append(out, g.stmtExpr(value))
		}
		out = append(out, Id("_f").Dot("_state").Op("=").Lit(-1))
		if g.mode == modeCoroTry {
			out = append(out, Id("_f").Dot("_h").Op("=").Lit(0))
			return append(out, Return(True(), True()))
		}
		return append(out, Return(True()))
	}
}

func (g *gen) raise(t *ir.Raise) Code {
	if t.Assert {
		if t.Exc == nil {
			return Panic(py("AssertionError").Call())
		}
		return Panic(py("AssertionError").Call(g.exprAny(t.Exc)))
	}
	if t.Exc == nil {
		if t.ExcVar == nil {
			return Panic(py("RuntimeError").Call(Lit("No active exception to reraise")))
		}
		return Panic(g.varRef(t.ExcVar, false))
	}
	var exc Code = g.expr(t.Exc)
	switch g.typeOf(t.Exc).(type) {
	case *check.ClassRef:
		exc = py("Instantiate").Call(g.expr(t.Exc))
	}
	if t.Cause != nil {
		return g.raiseFrom(t, exc)
	}
	return Panic(exc)
}

// excMatch tests a caught exception against an except clause's classes.
func (g *gen) excMatch(exc Code, cls ast.Expr) Code {
	if tu, ok := cls.(*ast.TupleExpr); ok {
		var c *Statement
		for _, e := range tu.Elems {
			t := py("IsInstance").Call(exc, g.expr(e))
			if c == nil {
				c = t
			} else {
				c = c.Op("||").Add(t)
			}
		}
		return c
	}
	if check.ExcClassTuple(g.typeOf(cls)) { // except kinds: a tuple held in a variable
		return py("IsInstanceAny").Call(exc, py("TupleClasses").Call(g.expr(cls)).Op("..."))
	}
	return py("IsInstance").Call(exc, g.expr(cls))
}

func (g *gen) instr(in ir.Instr) []Code {
	if c, ok := g.tryInstr(in); ok {
		return c
	}
	if c, ok := g.genInstr(in); ok { // generators.go
		return c
	}
	switch x := in.(type) {
	case *ir.Eval:
		return []Code{g.line(x.Pos), g.stmtExpr(x.Expr)}
	case *ir.Assign:
		return append([]Code{g.line(x.Pos)}, g.assign(x.Target, x.Value)...)
	case *ir.SetVar:
		if x.Empty {
			return []Code{g.varRef(x.Var, false).Op("=").Add(g.emptyContainer(x.Var.Type))}
		}
		var v Code
		if s, ok := x.Value.(*ast.Starred); ok { // a starred argument unpacked early
			return []Code{g.line(x.Pos), g.varRef(x.Var, false).Op("=").Add(py("ListOf").Call(g.sliceOf(s.Value)))}
		}
		if x.Spill {
			var ok bool
			if v, ok = g.holdingCall(x.Value, true); !ok { // closing.go
				if v, ok = g.closingCallAt(x.Value, false, true); !ok {
					v = g.exprRoot(x.Value)
				}
			}
		} else if x.Conv != nil {
			v = g.exprTo(x.Value, x.Conv)
		} else {
			v = g.expr(x.Value)
		}
		return []Code{g.line(x.Pos), g.varRef(x.Var, false).Op("=").Add(v)}
	case *ir.AugAssign:
		return []Code{g.line(x.Pos), g.augAssign(x)}
	case *ir.Delete:
		if n, ok := x.Target.(*ast.Name); ok {
			// del x: the IR's unbound analysis clears x's flag after this
			// (ir/unbound.go); deleting an unbound x raises.
			if g.fn.Unbound[n] != nil {
				return []Code{g.line(x.Pos), Id("_").Op("=").Add(g.expr(n))}
			}
			return nil
		}
		sub := x.Target.(*ast.Subscript)
		if sl, ok := sub.Index.(*ast.Slice); ok {
			if m := check.Dunder(g.typeOf(sub.Value), "__delitem__"); m != nil { // del obj[a:b]: a slice object (sliceobj.go)
				return []Code{g.line(x.Pos), g.expr(sub.Value).Dot(methodGoName("__delitem__")).Call(g.convert(g.sliceObjOf(sl), check.SliceType, m.Sig.Params[0].Type))}
			}
			lo, hi, st := g.sliceArgs(sl)
			return []Code{g.line(x.Pos), py("ListDelSlice").Call(g.expr(sub.Value), lo, hi, st)}
		}
		switch t := g.typeOf(sub.Value).(type) {
		case *check.List:
			if g.typeOf(sub.Index) == check.SliceType { // del xs[s] (sliceobj.go)
				return []Code{g.line(x.Pos), py("ListDelSliceBy").Call(g.expr(sub.Value), g.expr(sub.Index))}
			}
			return []Code{g.line(x.Pos), py("ListDelItem").Call(g.expr(sub.Value), g.indexOf(sub))}
		case *check.Dict:
			return []Code{g.line(x.Pos), g.expr(sub.Value).Dot("Del").Call(g.exprTo(sub.Index, t.Key))}
		case *check.Class:
			m := check.Dunder(t, "__delitem__")
			return []Code{g.line(x.Pos), g.expr(sub.Value).Dot(methodGoName("__delitem__")).Call(g.exprTo(sub.Index, m.Sig.Params[0].Type))}
		default:
			return []Code{g.line(x.Pos), g.expr(sub.Value).Dot("Del").Call(g.expr(sub.Index))}
		}
	case *ir.IterInit:
		return []Code{g.line(x.Pos), g.varRef(x.Iter, false).Op("=").Add(g.iterInit(x.Src, x.Iter.IterType))}
	case *ir.Append:
		r := g.varRef(x.Var, false)
		switch t := x.Var.Type.(type) {
		case *check.Dict:
			return []Code{r.Dot("Set").Call(g.exprTo(x.Key, t.Key), g.exprTo(x.Value, t.Val))}
		case *check.Set:
			return []Code{r.Dot("Add").Call(g.exprTo(x.Value, t.Elem))}
		}
		return []Code{r.Dot("Append").Call(g.exprTo(x.Value, x.Var.Type.(*check.List).Elem))}
	case *ir.BindExc:
		var src Code
		if x.From != nil {
			src = g.varRef(x.From, false)
		} else if g.mode == modeCoroTry {
			src = Id("_f").Dot("_exc")
		} else {
			src = Id("_exc")
		}
		if c, ok := x.Var.Type.(*check.Class); ok && !c.Builtin {
			src = Add(src).Assert(Id(g.ifaceName(c)))
		}
		return []Code{g.storeVar(x.Var, src)}
	case *ir.DefFunc:
		var v Code = g.closure(x.Func)
		if fi := x.Func.Info; fi.Decorated != nil {
			v = g.applyDecorators(fi.Def, fi, v) // the name is bound to dec(fn)
		}
		return []Code{g.line(x.Pos), g.storeVar(x.Var, v)}
	case *ir.Decorate:
		return []Code{g.line(x.Pos), g.decorate(x)}
	case *ir.BindDefaults:
		return g.bindDefaults(x) // defaults.go
	case *ir.MarkBound:
		return []Code{g.varRef(x.Flag, false).Op("=").True()}
	}
	panic(fmt.Sprintf("codegen: unexpected instruction %T", in))
}

// varRef is an expression for a variable; deref reads through its cell.
func (g *gen) varRef(v *ir.Var, deref bool) *Statement {
	var s *Statement
	if v.InFrame && (g.mode == modeCoro || g.mode == modeCoroTry) {
		s = Id("_f").Dot(v.Name)
	} else {
		s = Id(v.Name)
	}
	if deref && v.Cell {
		return Parens(Op("*").Add(s))
	}
	return s
}

// storeVar assigns a Go value to a variable (through its cell if any).
func (g *gen) storeVar(v *ir.Var, val Code) Code {
	if v.Cell {
		return Op("*").Add(g.varRef(v, false)).Op("=").Add(val)
	}
	return g.varRef(v, false).Op("=").Add(val)
}

// symStore returns the assignable Go expression for a symbol.
func (g *gen) nameLHS(n *ast.Name) *Statement {
	sym := g.info.Uses[n]
	if sym == nil {
		if v, ok := g.fn.Subst[n]; ok { // a name made up by lowering
			return g.varRef(v, true)
		}
		panic("codegen: unresolved name " + n.ID)
	}
	if v, ok := g.fn.SymVars[sym]; ok {
		return g.varRef(v, true)
	}
	if sym.Comp || (sym.Owner == g.info.Module && sym.GoName != "" && !isGlobal(g.info, sym)) {
		return Id(sym.GoName) // a comprehension variable, local to its Go closure
	}
	if sym.Owner == g.info.Module {
		return Id(g.globalName(sym))
	}
	if sym.GoName != "" {
		return Id(sym.GoName)
	}
	return Id(safe(sym.Name))
}

// assign emits target = value.
func (g *gen) assign(target ast.Expr, value ast.Expr) []Code {
	tt := g.targetType(target)
	if n, ok := target.(*ast.Name); ok {
		return []Code{g.nameLHS(n).Op("=").Add(g.exprTo(value, tt))}
	}
	var val Code = g.expr(value)
	vt := g.typeOf(value)
	if ta, ok := check.Unalias(tt).(*check.Abstract); ok && check.DictViewType(value, g.info.Types) != nil {
		val, vt = g.exprTo(value, ta), ta // a live view (check/dictviews.go)
	}
	if !effectFreeTarget(target) && !constExpr(value) {
		// CPython evaluates the value before the target's object and
		// index (d[key()] = value(): value first).
		g.tmp++
		tmp := fmt.Sprintf("_v%d", g.tmp)
		return []Code{Block(append([]Code{Id(tmp).Op(":=").Add(val)}, g.assignGo(target, Id(tmp), vt)...)...)}
	}
	return g.assignGo(target, val, vt)
}

// effectFreeTarget reports an attribute or subscript target whose object
// and index are names, attribute chains of names or constants: evaluating
// them before or after the value cannot be told apart.
func effectFreeTarget(t ast.Expr) bool {
	switch x := t.(type) {
	case *ast.Attribute:
		return pureRef(x.Value)
	case *ast.Subscript:
		if sl, ok := x.Index.(*ast.Slice); ok {
			for _, e := range []ast.Expr{sl.Lower, sl.Upper, sl.Step} {
				if e != nil && !pureRef(e) && !constExpr(e) {
					return false
				}
			}
			return pureRef(x.Value)
		}
		return pureRef(x.Value) && (pureRef(x.Index) || constExpr(x.Index))
	}
	return true
}

// constExpr reports a literal constant (possibly negated).
func constExpr(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BoolLit, *ast.NoneLit:
		return true
	case *ast.UnaryOp:
		return x.Op == "-" && constExpr(x.Operand)
	}
	return false
}

// targetType is the declared type of an assignment target.
func (g *gen) targetType(t ast.Expr) check.Type {
	if n, ok := t.(*ast.Name); ok {
		if sym := g.info.Uses[n]; sym != nil && sym.Type != nil {
			return sym.Type
		}
	}
	return g.info.Types[t]
}

// assignGo stores a Go value of type vt into a Python target.
func (g *gen) assignGo(target ast.Expr, val Code, vt check.Type) []Code {
	switch x := target.(type) {
	case *ast.Name:
		return []Code{g.nameLHS(x).Op("=").Add(g.convert(val, vt, g.targetType(x)))}
	case *ast.Attribute:
		ft := g.info.Types[x]
		if obj, t, ok := g.dynCVObj(x); ok { // classattrs.go
			return []Code{py("SetClassAttr").Call(obj, Lit(x.Attr), g.convert(val, vt, t))}
		}
		if cv := g.classVarRef(x); cv != nil {
			return []Code{cv.Op("=").Add(g.convert(val, vt, ft))}
		}
		if u, ok := g.typeOf(x.Value).(*check.Union); ok {
			return g.unionAssign(x, u, val, vt) // union_store.go
		}
		if _, ok := g.typeOf(x.Value).(*check.Func); ok { // wrapper.__name__ = fn.__name__ (check/funcname_store.go)
			if x.Attr == "__doc__" {
				return []Code{py("SetFuncDoc").Call(g.expr(x.Value), g.convert(val, vt, ft))}
			}
			return []Code{py("SetFuncName").Call(g.expr(x.Value), g.convert(val, vt, ft))}
		}
		cls := g.typeOf(x.Value).(*check.Class)
		if cls.IsExc && cls.LookupField(x.Attr) == nil {
			switch x.Attr {
			case "__cause__": // also sets __suppress_context__, as CPython's setter does
				return []Code{py("SetCause").Call(g.expr(x.Value), g.convert(val, vt, ft))}
			case "__context__":
				return []Code{py("SetContext").Call(g.expr(x.Value), g.convert(val, vt, ft))}
			case "__suppress_context__":
				return []Code{g.expr(x.Value).Dot("Exc").Call().Dot("SuppressContext").Op("=").Add(g.convert(val, vt, ft))}
			}
		}
		if s := cls.LookupSetter(x.Attr); s != nil {
			return []Code{g.expr(x.Value).Dot(g.methodSlot(s)).Call(g.convert(val, vt, ft))}
		}
		return []Code{g.storeField(g.expr(x.Value), cls, x.Attr, g.convert(val, vt, ft))} // lazyfield.go
	case *ast.Subscript:
		if sl, ok := x.Index.(*ast.Slice); ok {
			if m := check.Dunder(g.typeOf(x.Value), "__setitem__"); m != nil { // obj[a:b] = v: a slice object (sliceobj.go)
				return []Code{g.expr(x.Value).Dot(methodGoName("__setitem__")).Call(g.convert(g.sliceObjOf(sl), check.SliceType, m.Sig.Params[0].Type), g.convert(val, vt, m.Sig.Params[1].Type))}
			}
		}
		if _, ok := x.Index.(*ast.Slice); ok || g.typeOf(x.Index) == check.SliceType {
			if vt == check.Bytes { // ba[i:j] = b"..." (check/bytearray.go)
				val = py("ByteArrayOf").Call(val)
			} else if _, vl := vt.(*check.List); !vl {
				val = py("ListOf").Call(py("Collect").Call(g.iterOfVal(val, vt))) // xs[i:j] = reversed(ys)
			}
			if _, ok := g.typeOf(x.Value).(*check.List); ok {
				val = g.convert(val, vt, g.typeOf(x.Value)) // xs[:n] = [] inside a tuple assignment
			}
			sl, ok := x.Index.(*ast.Slice)
			if !ok { // xs[s] = ys (sliceobj.go)
				return []Code{py("ListSetSliceBy").Call(g.expr(x.Value), g.expr(x.Index), val)}
			}
			lo, hi, st := g.sliceArgs(sl)
			return []Code{py("ListSetSlice").Call(g.expr(x.Value), lo, hi, st, val)}
		}
		switch ct := g.typeOf(x.Value).(type) {
		case *check.List:
			return []Code{g.expr(x.Value).Dot("Set").Call(g.exprTo(x.Index, check.Int), g.convert(val, vt, ct.Elem))}
		case *check.Dict:
			if ct.TypedDict != nil { // converted to the key's type, then boxed
				ft := g.typeOf(x)
				return []Code{g.expr(x.Value).Dot("Set").Call(g.exprTo(x.Index, ct.Key), g.convert(g.convert(val, vt, ft), ft, ct.Val))}
			}
			return []Code{g.expr(x.Value).Dot("Set").Call(g.exprTo(x.Index, ct.Key), g.convert(val, vt, ct.Val))}
		case *check.Class:
			m := check.Dunder(ct, "__setitem__")
			return []Code{g.expr(x.Value).Dot(methodGoName("__setitem__")).Call(g.exprTo(x.Index, m.Sig.Params[0].Type), g.convert(val, vt, m.Sig.Params[1].Type))}
		}
	case *ast.TupleExpr, *ast.ListExpr:
		var elems []ast.Expr
		if te, ok := x.(*ast.TupleExpr); ok {
			elems = te.Elems
		} else {
			elems = x.(*ast.ListExpr).Elems
		}
		g.tmp++
		tmp := fmt.Sprintf("_u%d", g.tmp)
		if k := starIndex(elems); k >= 0 {
			return []Code{Block(g.assignStarred(elems, k, tmp, val, vt)...)} // unpack.go
		}
		var body []Code
		if et := check.UnpackElem(vt); et != nil { // any other iterable: pull len(elems)+1 values
			body = append(body, Id(tmp).Op(":=").Add(py("UnpackIter")).Call(g.iterOfVal(val, vt), Lit(len(elems))))
			for i, e := range elems {
				body = append(body, g.assignGo(e, Id(tmp).Index(Lit(i)), et)...)
			}
			return []Code{Block(body...)}
		}
		switch v := vt.(type) {
		case *check.Tuple:
			if v.ListRepr {
				body = append(body, Id(tmp).Op(":=").Add(val))
				for i, e := range elems {
					el := g.listReprItem(Id(tmp).Dot("V").Index(Lit(i)), v.Elems[i])
					body = append(body, g.assignGo(e, el, v.Elems[i])...)
				}
				break
			}
			body = append(body, Id(tmp).Op(":=").Add(val))
			for _, et := range v.Elems {
				if et == check.None || check.IsUnknownEmpty(et) {
					// Storing a None item into an Optional, or an empty
					// display into a slice, does not read it (lo, hi =
					// None, None; xs[:1], ys[:1] = [], []): tmp may be
					// unused.
					body = append(body, Id("_").Op("=").Id(tmp))
					break
				}
			}
			for i, e := range elems {
				body = append(body, g.assignGo(e, Id(tmp).Dot(fmt.Sprintf("F%d", i)), v.Elems[i])...)
			}
		case *check.List:
			body = append(body, Id(tmp).Op(":=").Add(py("Unpack")).Call(Add(val).Dot("V"), Lit(len(elems))))
			for i, e := range elems {
				body = append(body, g.assignGo(e, Id(tmp).Index(Lit(i)), v.Elem)...)
			}
		case *check.Class:
			body = g.namedTupleUnpack(v, tmp, val, elems) // namedtuple.go
		case *check.Union:
			// A union of fixed tuples (check.UnionTupleElems): items by
			// index from whichever tuple the value holds.
			ets := check.UnionTupleElems(v, len(elems))
			body = append(body, Id(tmp).Op(":=").Add(val))
			for i, e := range elems {
				el := g.unionItem(Id(tmp), i, ets[i])
				body = append(body, g.assignGo(e, el, ets[i])...)
			}
		default:
			panic(fmt.Sprintf("codegen: cannot unpack %v", vt))
		}
		return []Code{Block(body...)}
	}
	panic(fmt.Sprintf("codegen: unsupported assignment target %T", target))
}

func (g *gen) augAssign(x *ir.AugAssign) Code {
	tt := g.typeOf(x.Target)
	vt := g.typeOf(x.Value)
	// combine computes the target's new value from its current one. The
	// in-place operators of mutable containers change the object the
	// target holds (other references see it) and store it back, as
	// Python's INPLACE ops followed by the store do.
	rtt := tt // the type combine's result has
	if w, ok := g.info.AugWidened[x.Target]; ok {
		rtt = w // it fits the declared type only (check: AugWidened)
	}
	combine := func(cur *Statement) Code {
		if check.IsCounterOp(x.Op, tt, vt) {
			return py("CounterInplace").Call(cur, g.expr(x.Value), Lit(x.Op)) // c += other updates c
		}
		switch tl := tt.(type) {
		case *check.List:
			switch x.Op {
			case "+":
				if _, ok := vt.(*check.List); !ok { // xs += iterable (check.listExtendAug)
					return py("ListInplaceExtend").Call(cur, g.sliceOfTo(x.Value, tl.Elem))
				}
				return py("ListInplaceAdd").Call(cur, g.expr(x.Value))
			case "*":
				return py("ListInplaceMul").Call(cur, g.exprTo(x.Value, check.Int))
			}
		case *check.Set:
			if m := setInPlace[x.Op]; m != "" {
				return cur.Dot(m).Call(g.exprTo(x.Value, tt))
			}
		case *check.Dict:
			if x.Op == "|" {
				return cur.Dot("InplaceOr").Call(g.exprTo(x.Value, tt)) // d |= other updates d
			}
		}
		if m := check.InplaceDunder(x.Op, tt); m != nil {
			return g.convert(Add(cur).Dot(g.methodSlot(m)).Call(g.exprTo(x.Value, m.Sig.Params[0].Type)), m.Sig.Ret, tt) // t += v is t = t.__iadd__(v)
		}
		if m := check.BinaryDunder(x.Op, tt); m != nil {
			if m.NotImpl {
				return g.convert(g.binopNotImpl(x.Op+"=", m, cur, tt, g.expr(x.Value), vt, false), m.Sig.Ret, tt) // notimpl.go
			}
			return g.convert(g.userBinopOf(m, func() Code { return cur }, tt, func() Code { return g.expr(x.Value) }, vt, m.Sig.Ret, func() *Statement {
				return Add(cur).Dot(g.methodSlot(m)).Call(g.exprTo(x.Value, m.Sig.Params[0].Type))
			}), m.Sig.Ret, tt) // t += v is t = t.__add__(v) (or v.__radd__(t) first: compare_reflected.go)
		}
		if m := check.ReflectedDunder(x.Op, tt, vt); m != nil && m.NotImpl {
			return g.convert(g.binopNotImpl(x.Op+"=", m, cur, tt, g.expr(x.Value), vt, true), m.Sig.Ret, tt)
		}
		if m := check.ReflectedDunder(x.Op, tt, vt); m != nil {
			return g.convert(Func().Params().Add(g.goType(m.Sig.Ret)).Block(
				Id("_l").Op(":=").Add(g.convert(cur, tt, m.Sig.Params[0].Type)),
				Return(g.expr(x.Value).Dot(g.methodSlot(m)).Call(Id("_l"))),
			).Call(), m.Sig.Ret, tt)
		}
		if _, ok := tt.(*check.Tuple); ok { // history += (state,)
			if s := g.tupleBinop(x.Op, cur, tt, g.expr(x.Value), vt, tt); s != nil { // surface.go
				return s
			}
		}
		return g.convert(g.binop(x.Op, cur, tt, g.expr(x.Value), vt), g.resultOf(x.Op, tt, vt), rtt)
	}
	// The target's value: read before Value's awaits (Old), or before
	// its calls (py.Id: Go does not order a plain read before a call).
	read := func(c *Statement) *Statement {
		if x.Old != nil {
			return g.varRef(x.Old, true)
		}
		if g.effectful(x.Value) {
			return py("Id").Call(c)
		}
		return c
	}
	// stored is the value written back: combine's, converted to the
	// target's declared type where the target was narrowed (n += 1 after
	// n is not None reads the int and stores the Optional).
	stored := func(cur *Statement) Code {
		nv := combine(cur)
		if decl, ok := g.info.Narrowed[x.Target]; ok {
			nv = g.convert(nv, rtt, decl)
		}
		return nv
	}
	switch t := x.Target.(type) {
	case *ast.Name:
		cur := g.nameLHS(t)
		if sym := g.info.Uses[t]; sym != nil {
			cur = g.narrowed(t, cur, g.narrowChecked(sym))
		}
		if x.Old != nil || !g.stable(t, []ast.Expr{x.Value}) {
			cur = read(cur)
		}
		return g.nameLHS(t).Op("=").Add(stored(cur))
	case *ast.Subscript:
		g.tmp++
		c, k := fmt.Sprintf("_c%d", g.tmp), fmt.Sprintf("_k%d", g.tmp)
		if cls, ok := g.typeOf(t.Value).(*check.Class); ok {
			// o[k] op= v on a user class: __getitem__, then __setitem__.
			gm, sm := check.Dunder(cls, "__getitem__"), check.Dunder(cls, "__setitem__")
			get := Id(c).Dot(methodGoName("__getitem__")).Call(Id(k))
			if x.Old != nil {
				get = read(get)
			}
			var key Code
			if sl, ok := t.Index.(*ast.Slice); ok { // o[a:b] op= v: a slice object (sliceobj.go)
				key = g.convert(g.sliceObjOf(sl), check.SliceType, gm.Sig.Params[0].Type)
			} else {
				key = g.exprTo(t.Index, gm.Sig.Params[0].Type)
			}
			return Block(
				Id(c).Op(":=").Add(g.expr(t.Value)),
				Id(k).Op(":=").Add(key),
				Id(c).Dot(methodGoName("__setitem__")).Call(g.convert(Id(k), gm.Sig.Params[0].Type, sm.Sig.Params[0].Type), g.convert(combine(get), tt, sm.Sig.Params[1].Type)),
			)
		}
		if _, ok := g.typeOf(t.Value).(*check.Tuple); ok {
			// t[i] += v where t[i] is a list (mypy accepts it): the
			// in-place operator changes the list, then the store raises
			// TypeError, as CPython's STORE_SUBSCR on a tuple does.
			cur := g.expr(t)
			if x.Old != nil {
				cur = read(cur)
			}
			return Block(
				Id("_").Op("=").Add(combine(cur)),
				py("Raise").Call(py("TypeError").Call(Lit("'tuple' object does not support item assignment"))),
			)
		}
		if _, isList := g.typeOf(t.Value).(*check.List); isList && (isSlice(t.Index) || g.typeOf(t.Index) == check.SliceType) {
			// xs[a:b] op= v: the slice read, combined, stored back through
			// one slice object (sliceobj.go), as CPython does (the
			// compiler crashed).
			var key Code
			if sl, ok := t.Index.(*ast.Slice); ok {
				key = g.sliceObjOf(sl)
			} else {
				key = g.expr(t.Index)
			}
			get := Id(c).Dot("SliceBy").Call(Id(k))
			if x.Old != nil {
				get = read(get)
			}
			return Block(
				Id(c).Op(":=").Add(g.expr(t.Value)),
				Id(k).Op(":=").Add(key),
				py("ListSetSliceBy").Call(Id(c), Id(k), stored(get)),
			)
		}
		if m := check.IndexDunder(g.typeOf(t.Index)); m != nil {
			// xs[obj] += v: obj's __index__ for the read and again for
			// the store (after the value), as CPython's BINARY_SUBSCR
			// and STORE_SUBSCR.
			get := g.narrowed(t, Id(c).Dot("Get").Call(Id(k).Dot(g.methodSlot(m)).Call()), true)
			if x.Old != nil {
				get = read(get)
			}
			return Block(
				Id(c).Op(":=").Add(g.expr(t.Value)),
				Id(k).Op(":=").Add(g.expr(t.Index)),
				Id("_v").Op(":=").Add(stored(get)),
				Id(c).Dot("Set").Call(Id(k).Dot(g.methodSlot(m)).Call(), Id("_v")),
			)
		}
		key, kr, kw := g.indexOf(t), Code(Id(k)), Code(Id(k))
		get := g.narrowed(t, Id(c).Dot("Get").Call(kr), true)
		if x.Old != nil {
			get = read(get)
		}
		return Block(
			Id(c).Op(":=").Add(g.expr(t.Value)),
			Id(k).Op(":=").Add(key),
			Id(c).Dot("Set").Call(kw, stored(get)),
		)
	case *ast.Attribute:
		if obj, at, ok := g.dynCVObj(t); ok { // classattrs.go
			g.tmp++
			o := fmt.Sprintf("_o%d", g.tmp)
			cur := read(py("ClassAttr").Types(g.goType(at)).Call(Id(o), Lit(t.Attr)))
			return Block(Id(o).Op(":=").Add(obj), py("SetClassAttr").Call(Id(o), Lit(t.Attr), g.convert(combine(cur), rtt, at)))
		}
		if cv := g.classVarRef(t); cv != nil {
			return cv.Op("=").Add(combine(read(g.classVarRef(t))))
		}
		if u, ok := g.typeOf(t.Value).(*check.Union); ok {
			return g.unionStore(g.expr(t.Value), u, t.Attr, func(f *Statement) Code { // union_store.go
				return f.Clone().Op("=").Add(combine(read(f.Clone())))
			})
		}
		g.tmp++
		o := fmt.Sprintf("_o%d", g.tmp)
		cls := g.typeOf(t.Value).(*check.Class)
		if s := cls.LookupSetter(t.Attr); s != nil {
			get := Id(o).Dot(g.methodSlot(cls.LookupMethod(t.Attr))).Call()
			if x.Old != nil {
				get = read(get)
			}
			return Block(
				Id(o).Op(":=").Add(g.expr(t.Value)),
				Id(o).Dot(g.methodSlot(s)).Call(combine(get)),
			)
		}
		owner := g.selfName(cls.FieldOwner(t.Attr))
		cur := read(g.narrowed(t, Id(o).Dot(safe(t.Attr)), true))
		if g.lazyField(cls, t.Attr) { // lazyfield.go: obj.x += 1 reads obj.x (or its class's) first
			r := o + "r"
			cur := read(g.narrowed(t, g.checkedField(Id(r), cls, cls, t.Attr), true))
			return Block(
				Id(r).Op(":=").Add(g.expr(t.Value)),
				Id(o).Op(":=").Id(r).Dot(owner).Call(),
				Id(o).Dot(safe(t.Attr)).Op("=").Add(stored(cur)),
				Id(o).Dot(setFlag(t.Attr)).Op("=").True(),
			)
		}
		return Block(
			Id(o).Op(":=").Add(g.expr(t.Value)).Dot(owner).Call(),
			Id(o).Dot(safe(t.Attr)).Op("=").Add(stored(cur)),
		)
	}
	panic("codegen: unsupported augmented assignment target")
}

// setInPlace maps the augmented set operators to their in-place methods
// (which return the set, stored back into the target).
var setInPlace = map[string]string{"|": "InplaceOr", "&": "InplaceAnd", "-": "InplaceSub", "^": "InplaceXor"}

// resultOf is the static result type of a binary operator.
func (g *gen) resultOf(op string, lt, rt check.Type) check.Type {
	if arithOps[op] {
		if lt == check.Bool {
			lt = check.Int
		}
		if rt == check.Bool {
			rt = check.Int
		}
	}
	if lt == check.Int && rt == check.Int {
		if op == "/" {
			return check.Float
		}
		return check.Int
	}
	if (lt == check.Int || lt == check.Float) && (rt == check.Int || rt == check.Float) {
		return check.Float
	}
	return lt
}

// forNext emits the step of a for loop: on a value, assign the target and
// jump to the body.
func (g *gen) forNext(t *ir.ForNext) []Code {
	it := g.varRef(t.Iter, false)
	if g.deadLoopTarget(t) {
		// for _ in range(n): nothing reads the target before the next
		// assignment, so the element is not stored (an int stored into
		// `_`, typed object, was boxed).
		return []Code{If(List(Id("_"), Id("_ok")).Op(":=").Add(it).Dot("Next").Call(), Id("_ok")).Block(Goto().Id(g.label(t.Body)))}
	}
	et := g.elemType(t.Iter.IterType)
	assign := g.assignGo(t.Target, Id("_v"), et)
	assign = append(assign, Goto().Id(g.label(t.Body)))
	return []Code{If(List(Id("_v"), Id("_ok")).Op(":=").Add(it).Dot("Next").Call(), Id("_ok")).Block(assign...)}
}

// deadLoopTarget reports whether the target of a for loop is a plain local
// variable of the function (not a cell, a global or a frame slot read
// later) that is not live where the body starts: no read can see the
// value, so storing it can be left out.
func (g *gen) deadLoopTarget(t *ir.ForNext) bool {
	v := t.TargetVar
	if v == nil {
		n, ok := t.Target.(*ast.Name)
		if !ok {
			return false
		}
		sym := g.info.Uses[n]
		if sym == nil || sym.Owner == nil || sym.Owner == g.info.Module || sym.Comp || sym.Captured {
			return false // module variables are read by other functions too
		}
		if v, ok = g.fn.SymVars[sym]; !ok {
			return false
		}
	}
	live := t.Body.LiveIn()
	return live != nil && v.Kind == ir.VarPlain && !v.Cell && !v.Param && !v.InFrame && !live[v]
}

// elemType is the element type of iterating over t.
func (g *gen) elemType(t check.Type) check.Type {
	switch x := t.(type) {
	case *check.List:
		return x.Elem
	case *check.Set:
		return x.Elem
	case *check.Dict:
		return x.Key
	case *check.Iterator:
		return x.Elem
	case *check.Abstract:
		return x.Elem
	case *check.Generator:
		return x.Yield
	case *check.Tuple:
		return check.TupleElem(x)
	case *check.Basic:
		if x == check.Str {
			return check.Str
		}
		return check.Int
	case *check.Union:
		return check.UnionElem(x) // union_iter.go
	case *check.Class:
		if ui := check.UserIterOf(x); ui != nil {
			return ui.Elem // a user class with __iter__ (useriter.go)
		}
		if x.NamedTuple {
			return check.NamedTupleElem(x) // [*move]: the join of its fields (namedTupleSlice)
		}
	}
	return check.Int
}

// iterInit starts a loop iterator over the value of e (static type t).
func (g *gen) iterInit(e ast.Expr, t check.Type) Code {
	if d, ok := e.(*ast.SetExpr); ok && allFolded(d.Elems) {
		if st, ok := t.(*check.Set); ok {
			// for x in {3, 1, 2}: CPython iterates a frozenset constant.
			set := py("NewFrozenSetConst").Types(g.goType(elemOrAny(st.Elem))).Call(g.setElems(d, st)...)
			return py("IterSet").Call(set)
		}
	}
	v := g.expr(e)
	if cls, ok := isUserIterable(t); ok {
		return g.userIter(v, cls) // useriter.go
	}
	if cls := namedTupleClass(t); cls != nil {
		return py("IterSlice").Call(g.namedTupleSlice(v, cls)) // namedtuple.go
	}
	switch x := t.(type) {
	case *check.List:
		return py("IterList").Call(v)
	case *check.Dict:
		return py("IterDict").Call(v)
	case *check.Set:
		return py("IterSet").Call(v)
	case *check.Tuple:
		if x.Var {
			return py("IterSlice").Call(v.Dot("Elems").Call())
		}
		if x.ListRepr {
			return py("IterSlice").Call(g.tupleSlice(v, x))
		}
		var els []Code
		for i := range x.Elems {
			els = append(els, g.convert(Id("_tu").Dot(fmt.Sprintf("F%d", i)), x.Elems[i], check.TupleElem(x)))
		}
		et := g.goType(check.TupleElem(x))
		return Func().Params(Id("_tu").Add(g.goType(x))).Add(py("SliceIter").Types(et)).Block(
			Return(py("IterSlice").Call(Index().Add(et).Values(els...))),
		).Call(v)
	case *check.Basic:
		if x == check.Str {
			return py("IterStr").Call(v)
		}
		return py("IterBytes").Call(v)
	case *check.Abstract:
		return v.Dot("Iter").Call()
	case *check.Union:
		return g.unionIter(v, x) // union_iter.go
	}
	return v // range values and iterators are iterators already
}

// await emits the suspension point of an Await terminator.
func (g *gen) await(a *ir.Await) []Code {
	if a.Kind == ir.AwaitDirect {
		return g.directAwait(a, a.Callee)
	}
	kind := a.Kind
	label := fmt.Sprintf("_r%d", g.resumeID(a))
	var slot *Statement
	var out []Code
	suspend := []Code{Id("_f").Dot("_state").Op("=").Lit(g.resumeID(a))}
	if g.mode == modeCoroTry {
		suspend = append(suspend, Return(False(), True()))
	} else {
		suspend = append(suspend, Return(False()))
	}
	switch {
	case isYield(a):
		return append([]Code{rt("Yield").Call(Id("_tc"))}, append(suspend,
			Id(label).Op(":"),
			g.lineAgain(a.Pos),
			rt("Resumed").Call(Id("_tc")),
		)...)
	case kind == ir.AwaitReuse: // reuse.go: the callee's recycled frame
		var start Code
		slot, start = g.reuseAwaitStart(a, a.Callee)
		out = append(out, start)
	case kind == ir.AwaitSleep:
		call := a.Value.(*ast.Call)
		slot = Id("_f").Dot("_sl")
		out = append(out, slot.Clone().Dot("Init").Call(g.exprTo(call.Args[0], check.Float)))
	case kind == ir.AwaitOp: // sync.go: an embedded runtime operation
		op := g.syncAwaitOp(a, true)
		slot = Id("_f").Dot(fmt.Sprintf("_aw%d", a.ID))
		out = append(out, slot.Clone().Dot(op.init).Call(op.args...))
	case a.CM != nil:
		slot = Id("_f").Dot(fmt.Sprintf("_aw%d", a.ID))
		out = append(out, slot.Clone().Op("=").Add(g.cmAwaitValue(a)))
	default:
		slot = Id("_f").Dot(fmt.Sprintf("_aw%d", a.ID))
		v := g.finalizingAwaitValue(a) // closing.go
		if v == nil {
			v = g.expr(a.Value)
		}
		if _, call := a.Value.(*ast.Call); !call {
			if _, coro := g.typeOf(a.Value).(*check.Coroutine); coro {
				v = rt("AwaitCoro").Call(v) // a coroutine object awaited twice
			}
		}
		if u, ok := g.typeOf(a.Value).(*check.Union); ok {
			v = g.unionAwaitable(v, u, a.Result) // union_methods.go
		}
		if tt, ok := g.typeOf(a.Value).(*check.Task); ok {
			if any1, ok := tt.Result.(*check.AnyType); ok && g.info.JoinedAny[any1] != nil && a.Result != nil {
				// check/taskjoin.go: the result narrowed to mypy's join.
				conv := Func().Params(Id("_x").Any()).Add(g.goType(a.Result)).Block(Return(g.narrowConv(Id("_x"), any1, a.Result, true)))
				v = rt("MapAwaitable").Call(v, conv)
			}
		}
		out = append(out, slot.Clone().Op("=").Add(v))
	}
	if g.mode == modeCoroTry && kind != ir.AwaitSleep && kind != ir.AwaitOp {
		// _inaw marks the awaited coroutine's step for the frame's
		// handler: an exception escaping it is converted (PEP 479).
		out = append(out,
			Id(label).Op(":"),
			g.lineAgain(a.Pos),
			Id("_f").Dot("_inaw").Op("=").True(),
			If(Op("!").Add(slot.Clone()).Dot("Step").Call(Id("_tc"))).Block(append([]Code{Id("_f").Dot("_inaw").Op("=").False()}, suspend...)...),
			Id("_f").Dot("_inaw").Op("=").False(),
		)
	} else {
		out = append(out,
			Id(label).Op(":"),
			g.lineAgain(a.Pos),
			If(Op("!").Add(slot.Clone()).Dot("Step").Call(Id("_tc"))).Block(suspend...),
		)
	}
	if a.Dst != nil {
		out = append(out, g.lineAgain(a.Pos), g.storeVar(a.Dst, slot.Clone().Dot("Result").Call()))
	} else if kind != ir.AwaitSleep && kind != ir.AwaitOp {
		// The result is discarded, but Result raises the awaited exception.
		out = append(out, g.lineAgain(a.Pos), slot.Clone().Dot("Result").Call())
	}
	if kind != ir.AwaitSleep && kind != ir.AwaitOp && kind != ir.AwaitReuse {
		out = append(out, slot.Clone().Op("=").Nil())
	}
	return out
}

// isYield reports whether a is `await asyncio.sleep(0)` with a literal
// zero delay: a bare yield (rt.Yield, rt.Resumed) that needs no SleepOp in
// the frame.
func isYield(a *ir.Await) bool {
	if a.Kind != ir.AwaitSleep {
		return false
	}
	switch d := a.Value.(*ast.Call).Args[0].(type) {
	case *ast.IntLit:
		return d.Value == 0 && !d.Overflow
	case *ast.FloatLit:
		return d.Value == 0
	}
	return false
}

func (g *gen) resumeID(a *ir.Await) int { return a.Next.ResumeID }

func (g *gen) resumeLabelOf(a *ir.Await) string { return fmt.Sprintf("_r%d", g.resumeID(a)) }

// awaitSlotType is the Go type of the frame slot that holds what an await
// of kind AwaitIface, AwaitFrame or AwaitOp awaits (ir.AwaitKindsPass
// decided the kind); nil for the kinds that need no slot of their own.
func (g *gen) awaitSlotType(a *ir.Await) Code {
	switch a.Kind {
	case ir.AwaitOp:
		return g.syncAwaitOp(a, false).slot // sync.go
	case ir.AwaitFrame:
		return Op("*").Id(frameType(a.Callee))
	case ir.AwaitIface:
		return rt("Awaitable").Types(g.goType(a.Result))
	case ir.AwaitUnknown:
		panic(fmt.Sprintf("codegen: await %d of %s not classified (ir.RunPasses did not run)", a.ID, g.fn.Info.Name))
	}
	return nil
}

// directCoroutine returns the coroutine function a call statically
// targets, or nil (see ir.Func.DirectCoroutine).
func (g *gen) directCoroutine(call *ast.Call) *check.FuncInfo { return g.fn.DirectCoroutine(call) }

// frameCall reports whether e compiles to a call of a coroutine's frame
// constructor (a fresh frame nothing else refers to), which
// runtime.CreateTaskFrame may copy into its task.
func (g *gen) frameCall(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok || g.info.CallVia[call] != nil || g.info.FuncValues[e] != nil {
		return false
	}
	if len(call.Keywords) > 0 {
		return false // keyword arguments may need reordering (kwOrdered, order.go)
	}
	if _, subst := g.fn.Subst[e]; subst {
		return false
	}
	if _, spread := g.info.SpreadOnce[call]; spread {
		return false // made by spreadOnceCall, as an awaitable
	}
	if _, ok := g.typeOf(call.Func).(*check.Func); !ok {
		return false
	}
	return g.directCoroutine(call) != nil
}

// closure builds the Go func value of a nested def or lambda.
func (g *gen) closure(f *ir.Func) Code {
	sig := f.Info.Sig
	var params, args []Code
	for _, sym := range f.Info.Free {
		v := g.fn.SymVars[sym]
		if v == nil && sym.Comp {
			// A comprehension variable (one Go variable per comprehension,
			// assigned at each step): its address is the cell, so lambdas
			// made in the loop see its last value, as in CPython.
			args = append(args, Op("&").Id(sym.GoName))
			continue
		}
		if v == nil {
			panic("codegen: free variable " + sym.Name + " not found")
		}
		args = append(args, g.varRef(v, false))
	}
	ps := sig.Params
	var capParams, capArgs []Code // check/lambdadefaults.go: defaults bound where the lambda is made
	if m, ok := g.info.LambdaCaptured[f.Info.Lambda]; ok && f.Info.Lambda != nil {
		ps = sig.Params[:m]
		for i := m; i < len(sig.Params); i++ {
			n := fmt.Sprintf("_d%d", i)
			capParams = append(capParams, Id(n).Add(g.goType(sig.Params[i].Type)))
			capArgs = append(capArgs, g.exprTo(f.Info.Lambda.Params[i].Default, sig.Params[i].Type))
		}
	}
	for i, p := range ps {
		n := fmt.Sprintf("_p%d", i)
		params = append(params, Id(n).Add(g.goType(p.Type)))
		args = append(args, Id(n))
	}
	for i := range capParams {
		args = append(args, Id(fmt.Sprintf("_d%d", len(ps)+i)))
	}
	call := Id(f.Name).Call(args...)
	// A closure capturing nothing would be one static Go func value, the
	// same object at every evaluation; CPython makes a new function object
	// each time a lambda or def runs (`is`, ==, `in` tell them apart), so
	// it captures a byte of its own.
	fresh := len(f.Info.Free) == 0 && capParams == nil
	var pre []Code
	if fresh {
		pre = append(pre, Id("_").Op("=").Id("_fresh"))
	}
	var v Code
	switch {
	case f.Info.IsAsync && f.Info.Gen != nil: // an async generator function
		v = g.named(Func().Params(params...).Add(g.goType(sig.Ret)).Block(append(pre, Return(call))...), f.Info.PyName())
	case f.Info.IsAsync:
		v = g.namedCoro(Func().Params(params...).Add(g.goType(sig.Ret)).Block(append(pre, Return(call))...), f.Info.PyName()) // funcname.go
	case sig.Ret == check.None || sig.Ret == nil:
		v = g.named(Func().Params(params...).Block(append(pre, call)...), f.Info.PyName())
	default:
		v = g.named(Func().Params(params...).Add(g.goType(sig.Ret)).Block(append(pre, Return(call))...), f.Info.PyName())
	}
	if fresh {
		ft := g.goType(&check.Func{Params: ps, Ret: sig.Ret})
		v = Func().Params(Id("_fresh").Byte()).Add(ft).Block(Return(v)).Call(Lit(0))
	}
	if capParams != nil {
		ft := g.goType(&check.Func{Params: ps, Ret: sig.Ret})
		v = Func().Params(capParams...).Add(ft).Block(Return(v)).Call(capArgs...)
	}
	v = g.documented(v, f.Info.Def)
	if f.Info.Def != nil && g.info.RenamedFuncs[g.info.Defs[f.Info.Def]] {
		v = py("Fresh").Call(v) // f.__name__ = ... sets it on this function object only (check/funcname_store.go)
	}
	return v
}

// sliceBound emits one bound of a slice as a py.Opt[int64]: absent or None
// is the empty Opt, an int is Some, an `int | None` is already an Opt.
func (g *gen) sliceBound(e ast.Expr) Code {
	if e == nil {
		return py("Opt").Types(Int64()).Values()
	}
	switch t := g.typeOf(e); t.(type) {
	case *check.Optional:
		return g.exprTo(e, t)
	}
	if g.typeOf(e) == check.None {
		return py("Opt").Types(Int64()).Values()
	}
	return py("Some").Call(g.exprTo(e, check.Int))
}

// sliceArgs emits the three optional bounds of a slice.
func (g *gen) sliceArgs(sl *ast.Slice) (Code, Code, Code) {
	return g.sliceBound(sl.Lower), g.sliceBound(sl.Upper), g.sliceBound(sl.Step)
}

// isGlobal reports a module-level variable.
func isGlobal(info *check.Info, sym *check.Symbol) bool {
	for _, g := range info.Globals {
		if g == sym {
			return true
		}
	}
	return false
}

// indexOf emits the index of a subscript target: a bool indexing a list
// is the int it is.
func (g *gen) indexOf(t *ast.Subscript) Code {
	if _, ok := g.typeOf(t.Value).(*check.List); ok && (g.typeOf(t.Index) == check.Bool || check.IndexDunder(g.typeOf(t.Index)) != nil) {
		return g.exprTo(t.Index, check.Int)
	}
	return g.expr(t.Index)
}
