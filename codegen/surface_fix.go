package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// numUnionOps are the runtime functions of arithmetic on numeric unions
// (runtime/py/numunion.go).
var numUnionOps = map[string]string{
	"+": "NumAdd", "-": "NumSub", "*": "NumMul", "/": "NumTrueDiv",
	"//": "NumFloorDiv", "%": "NumMod", "**": "NumPow",
}

// numUnionBinop emits l op r where an operand is a numeric union
// (check.NumUnionResult): the operands pass boxed, and the result is
// unboxed to res, its static type.
func numUnionBinop(op string, l, r Code, res check.Type) *Statement {
	v := py(numUnionOps[op]).Call(l, r)
	if op == "/" {
		return v // already a float64
	}
	return numUnboxed(v, res)
}

// numUnionUnary emits -x or +x for x of numeric union type t.
func (g *gen) numUnionUnary(x *ast.UnaryOp, t check.Type) *Statement {
	fn := "NumNeg"
	if x.Op == "+" {
		fn = "NumPos"
	}
	v := py(fn).Call(g.expr(x.Operand))
	if check.NumUnaryResult(t) == check.Int {
		return py("NumToInt").Call(v)
	}
	return v
}

// numUnboxed converts v, a number boxed in an interface, to the static type
// t: a float, an int, or (a numeric union) v itself.
func numUnboxed(v *Statement, t check.Type) *Statement {
	switch t {
	case check.Float:
		return py("NumToFloat").Call(v)
	case check.Int:
		return py("NumToInt").Call(v)
	}
	return v
}

// hasStarred reports a starred element among es.
func hasStarred(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// starSegment is the elements of starred element s of a display as a Go
// slice of et: the list IR unpacked it into before a later await, or its
// value's elements collected now.
func (g *gen) starSegment(s *ast.Starred, et check.Type) Code {
	if _, early := g.fn.Subst[s]; early { // ir.snapshot
		v := g.expr(s).Dot("V")
		if from := g.elemOf(s.Value); from != nil && !check.Identical(from, et) {
			return py("ConvertSlice").Call(v, Func().Params(Id("_v").Add(g.goType(from))).Add(g.goType(et)).Block(Return(g.convert(Id("_v"), from, et))))
		}
		return v
	}
	return g.sliceOfTo(s.Value, et) // surface_more.go
}

// starDisplay emits a list, set or variadic tuple display with starred
// elements ([*xs, y]) as a function literal that evaluates the elements
// in order: kind is "list", "set" or "tuple", et the element type.
func (g *gen) starDisplay(es []ast.Expr, kind string, et check.Type) *Statement {
	gt := g.goType(et)
	var body []Code
	var res Code
	switch kind {
	case "list":
		body = append(body, Id("_r").Op(":=").Add(py("NewList").Types(gt).Call()))
		res = Op("*").Add(py("List")).Types(gt)
	case "set":
		body = append(body, Id("_r").Op(":=").Add(py("NewSet").Types(gt).Call()))
		res = Op("*").Add(py("Set")).Types(gt)
	default:
		body = append(body, Var().Id("_r").Index().Add(gt))
		res = py("VarTuple").Types(gt)
	}
	for _, e := range es {
		s, star := e.(*ast.Starred)
		switch {
		case kind == "list" && star:
			body = append(body, py("ListExtendSlice").Call(Id("_r"), g.starSegment(s, et)))
		case kind == "list":
			body = append(body, Id("_r").Dot("Append").Call(g.exprTo(e, et)))
		case kind == "set" && star:
			body = append(body, For(List(Id("_"), Id("_v")).Op(":=").Range().Add(headExpr(g.starSegment(s, et)))).Block(Id("_r").Dot("Add").Call(Id("_v"))))
		case kind == "set":
			body = append(body, Id("_r").Dot("Add").Call(g.exprTo(e, et)))
		case star:
			body = append(body, Id("_r").Op("=").Append(Id("_r"), g.starSegment(s, et).(*Statement).Op("...")))
		default:
			body = append(body, Id("_r").Op("=").Append(Id("_r"), g.exprTo(e, et)))
		}
	}
	if kind == "tuple" {
		body = append(body, Return(py("TupleOf").Call(Id("_r"))))
	} else {
		body = append(body, Return(Id("_r")))
	}
	return Func().Params().Add(res).Block(body...).Call()
}

// starFixedTuple emits a fixed tuple display with starred fixed tuples,
// (*pair, z): each element (or starred tuple) is evaluated in order into a
// temporary, then the tuple is built from them and the spliced fields.
func (g *gen) starFixedTuple(x *ast.TupleExpr, t *check.Tuple) *Statement {
	if len(t.Elems) == 0 {
		var body []Code
		for _, e := range x.Elems {
			body = append(body, Id("_").Op("=").Add(g.expr(e.(*ast.Starred).Value)))
		}
		return Func().Params().Add(py("Tuple0")).Block(append(body, Return(py("Tuple0").Values()))...).Call()
	}
	var body, els []Code
	for i, e := range x.Elems {
		tmp := fmt.Sprintf("_e%d", i)
		if s, ok := e.(*ast.Starred); ok {
			v, vt := g.tupleViewOperand(s.Value) // a NamedTuple's fields (namedtuple.go)
			body = append(body, Id(tmp).Op(":=").Add(v), Id("_").Op("=").Id(tmp))
			for j := range vt.(*check.Tuple).Elems {
				els = append(els, Id(tmp).Dot(fmt.Sprintf("F%d", j)))
			}
			continue
		}
		body = append(body, Id(tmp).Op(":=").Add(g.expr(e)))
		els = append(els, Id(tmp))
	}
	body = append(body, Return(sym(builtins.MakeTuple(len(els))).Call(els...)))
	return Func().Params().Add(g.goType(t)).Block(body...).Call()
}

// starDict emits a dict display with ** entries ({**a, "k": v}) as a
// function literal setting the entries in order.
func (g *gen) starDict(x *ast.DictExpr, dt *check.Dict) *Statement {
	kt, vt := g.goType(dt.Key), g.goType(dt.Val)
	body := []Code{Id("_r").Op(":=").Add(py("NewDict").Types(kt, vt).Call())}
	for i, k := range x.Keys {
		if k != nil {
			body = append(body, Id("_r").Dot("Set").Call(g.exprTo(k, dt.Key), g.exprTo(x.Values[i], dt.Val)))
			continue
		}
		od := g.typeOf(x.Values[i]).(*check.Dict)
		if isUnknownEmpty(od) && !isUnknownEmpty(dt) {
			// {**[{}][0]}: a dict whose key type nothing gives holds no entries
			body = append(body, Id("_").Op("=").Add(g.expr(x.Values[i])))
			continue
		}
		if check.Identical(od.Key, dt.Key) && check.Identical(od.Val, dt.Val) {
			body = append(body, Id("_r").Dot("Update").Call(g.expr(x.Values[i])))
			continue
		}
		body = append(body, For(List(Id("_"), Id("_kv")).Op(":=").Range().Add(headExpr(g.expr(x.Values[i]))).Dot("Items").Call().Dot("V")).Block(
			Id("_r").Dot("Set").Call(g.convert(Id("_kv").Dot("F0"), od.Key, dt.Key), g.convert(Id("_kv").Dot("F1"), od.Val, dt.Val)),
		))
	}
	body = append(body, Return(Id("_r")))
	return Func().Params().Add(Op("*").Add(py("Dict")).Types(kt, vt)).Block(body...).Call()
}

// Class attributes read through an instance (self.code, err.code) find
// the value of the instance's class, which a subclass may override
// (class NotFound(AppError): code = 404). Where some subclass overrides a
// class attribute, the declaring class's interface gets a getter method
// that every overriding class implements (struct embedding gives the
// others the nearest one); reads through instances call it.

// cvGetter names the getter method of class attribute name.
func cvGetter(name string) string { return names.Derived(safe(name), "cv") }

// cvDispatch reports whether reads of class attribute name through a
// value of static class cls dispatch on the instance's class, and the
// topmost class declaring it (whose interface has the getter): true when
// a subclass of that class overrides it (with the same type).
func (g *gen) cvDispatch(cls *check.Class, name string) (*check.Class, bool) {
	cv, owner := cls.LookupClassVar(name)
	if cv == nil {
		return nil, false
	}
	root := owner
	for k := owner.Base; k != nil; k = k.Base {
		if kv, ko := k.LookupClassVar(name); kv != nil {
			if !check.Identical(kv.Type, cv.Type) {
				return nil, false
			}
			root = ko
		}
	}
	overridden := false
	for _, k := range g.info.ClassList {
		if k == root || !k.IsSubclassOf(root) {
			continue
		}
		for _, f := range k.ClassVars {
			if f.Name != name {
				continue
			}
			if !check.Identical(f.Type, cv.Type) {
				return nil, false
			}
			overridden = true
		}
	}
	return root, overridden
}

// classVarGetters declares the getters of the class attributes cls
// declares that need dispatch (cvDispatch): the interface methods it
// adds (for those it declares first) and their implementations.
func (g *gen) classVarGetters(cls *check.Class) (ifaceMethods []Code) {
	for _, cv := range cls.ClassVars {
		root, ok := g.cvDispatch(cls, cv.Name)
		if !ok {
			continue
		}
		if root == cls {
			ifaceMethods = append(ifaceMethods, Id(cvGetter(cv.Name)).Params().Add(g.goType(cv.Type)))
		}
		var val Code = Id(g.classVarName(cls, cv.Name))
		if g.info.IsDynClassVar(cls, cv.Name) { // classattrs.go
			val = py("ClassAttr").Types(g.goType(cv.Type)).Call(Id(g.classObjName(cls)), Lit(cv.Name))
		}
		g.file.Func().Params(Id("_").Op("*").Id(g.className(cls))).Id(cvGetter(cv.Name)).Params().Add(g.goType(cv.Type)).Block(
			Return(val),
		)
	}
	return ifaceMethods
}

// fieldHasDefault reports whether the class-body value d of a dataclass
// field gives it a default: a value, or field() with default= or
// default_factory= (field(init=False) alone gives none).
func fieldHasDefault(d ast.Expr) bool {
	c, ok := d.(*ast.Call)
	if !ok {
		return true
	}
	isField := false
	switch f := c.Func.(type) {
	case *ast.Name:
		isField = f.ID == "field"
	case *ast.Attribute:
		isField = f.Attr == "field"
	}
	if !isField {
		return true
	}
	for _, k := range c.Keywords {
		if k.Name == "default" || k.Name == "default_factory" {
			return true
		}
	}
	return false
}

// dictGetOther emits d.get(k, default) (lookup "Lookup") or d.pop(k,
// default) ("PopLookup") whose default has a type other than the values'
// (check.checkDictGet): the result, of type res, is the value or the
// default, each converted to res.
func (g *gen) dictGetOther(x *ast.Call, r *Statement, t *check.Dict, res check.Type, lookup string) *Statement {
	dt := g.typeOf(x.Args[1])
	return Func().Params().Add(g.goType(res)).Block(
		Id("_d").Op(":=").Add(r),
		Id("_k").Op(":=").Add(g.exprTo(x.Args[0], t.Key)),
		Id("_def").Op(":=").Add(g.expr(x.Args[1])),
		Id("_").Op("=").Id("_def"), // a None default converts to res without reading it
		If(List(Id("_v"), Id("_ok")).Op(":=").Id("_d").Dot(lookup).Call(Id("_k")), Id("_ok")).Block(
			Return(g.convert(Id("_v"), t.Val, res)),
		),
		Return(g.convert(Id("_def"), dt, res)),
	).Call()
}

// userEqual emits PyEqual (py.Equaler) for a class defining __eq__, so
// that the runtime's equality (list in/index/count/remove, ==
// of containers holding instances) calls it as CPython does; it reports
// whether it did. A parameter typed as a class other than object makes
// values of other types unequal.
func (g *gen) userEqual(cls *check.Class, recv *Statement) bool {
	m := cls.LookupMethod("__eq__")
	if m == nil || m.Def == nil || m.Sig.Ret != check.Bool || len(m.Sig.Params) != 1 || m.IsStatic || m.IsClass {
		return false
	}
	pt := m.Sig.Params[0].Type
	call := func(arg Code) Code { return Id("o").Dot(methodGoName("__eq__")).Call(arg) }
	if m.NotImpl {
		// __eq__ may return NotImplemented: PyEqualRaw reports it, and
		// PyEqual asks the other operand, then compares identities
		// (py.EqualNI), as CPython's == does.
		arg := Id("other")
		var body []Code
		if c, ok := pt.(*check.Class); ok {
			body = append(body,
				List(Id("p"), Id("ok")).Op(":=").Id("other").Assert(Id(g.ifaceName(c))),
				If(Op("!").Id("ok")).Block(Return(False(), False())),
			)
			arg = Id("p")
		} else if _, ok := pt.(*check.AnyType); !ok {
			return false
		}
		body = append(body,
			py("TakeNotImplemented").Call(),
			Id("v").Op(":=").Add(call(arg)),
			Return(Id("v"), Op("!").Add(py("TakeNotImplemented").Call())),
		)
		g.file.Func().Add(recv).Id("PyEqualRaw").Params(Id("other").Any()).Params(Bool(), Bool()).Block(body...)
		g.file.Func().Add(recv).Id("PyEqual").Params(Id("other").Any()).Bool().Block(Return(py("EqualNI").Call(Id("o"), Id("other"))))
		return true
	}
	switch t := pt.(type) {
	case *check.AnyType:
		g.file.Func().Add(recv).Id("PyEqual").Params(Id("other").Any()).Bool().Block(Return(call(Id("other"))))
	case *check.Class:
		if t.Builtin {
			return false
		}
		g.file.Func().Add(recv).Id("PyEqual").Params(Id("other").Any()).Bool().Block(
			List(Id("p"), Id("ok")).Op(":=").Id("other").Assert(Id(g.ifaceName(t))),
			Return(Id("ok").Op("&&").Add(call(Id("p")))),
		)
	default:
		return false
	}
	return true
}

// userOrder emits PyRich (py.RichComparer) for a class defining __lt__,
// __le__, __gt__ or __ge__ with one parameter of a user class (or object)
// returning bool, so that values compared where their type is not known
// statically (objects: an exception's args) run the method as CPython does.
func (g *gen) userOrder(cls *check.Class, recv *Statement) {
	var cases []Code
	for _, op := range []struct{ method, op string }{{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}} {
		m := cls.LookupMethod(op.method)
		if m == nil || m.Def == nil || m.Sig.Ret != check.Bool || len(m.Sig.Params) != 1 || m.IsStatic || m.IsClass || m.NotImpl {
			continue
		}
		call := func(arg Code) Code { return Id("o").Dot(methodGoName(op.method)).Call(arg) }
		switch t := m.Sig.Params[0].Type.(type) {
		case *check.AnyType:
			cases = append(cases, Case(Lit(op.op)).Block(Return(call(Id("other")), True())))
		case *check.Class:
			if t.Builtin {
				continue
			}
			cases = append(cases, Case(Lit(op.op)).Block(
				If(List(Id("p"), Id("ok")).Op(":=").Id("other").Assert(Id(g.ifaceName(t))), Id("ok")).Block(
					Return(call(Id("p")), True()),
				),
			))
		}
	}
	if len(cases) == 0 {
		return
	}
	g.file.Comment("PyRich implements py.RichComparer.")
	g.file.Func().Add(recv).Id("PyRich").Params(Id("op").String(), Id("other").Any()).Params(Bool(), Bool()).Block(
		Switch(Id("op")).Block(cases...),
		Return(False(), False()),
	)
}

// substituted reports whether e's value is held in a variable (the IR
// lowered it: an await inside, a spilled operand).
func (g *gen) substituted(e ast.Expr) bool {
	if _, ok := g.override[e]; ok {
		return true
	}
	_, ok := g.fn.Subst[e]
	return ok
}

// boolOpTruth emits the truth of a and b / a or b where only its truth is
// needed (an if or while condition, not): the operands' truths joined
// with Go's short-circuit operators, which is the truth of the deciding
// operand. Operands of different types (top and top.name == n, with top
// Optional) then need no common value type.
func (g *gen) boolOpTruth(b *ast.BoolOp) Code {
	op := "&&"
	if b.Op == "or" {
		op = "||"
	}
	var s *Statement
	for _, v := range b.Values {
		t := Parens(g.truth(v))
		if s == nil {
			s = t
		} else {
			s = s.Op(op).Add(t)
		}
	}
	return Parens(s)
}
