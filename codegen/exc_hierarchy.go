package codegen

import (
	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
)

// osExcAttr emits OSError's errno, strerror, filename and filename2.
func (g *gen) osExcAttr(x *ast.Attribute) (*Statement, bool) {
	switch x.Attr {
	case "errno":
		return g.expr(x.Value).Dot("Exc").Call().Dot("Errno").Call(), true
	case "strerror":
		return g.expr(x.Value).Dot("Exc").Call().Dot("Strerror").Call(), true
	case "filename":
		return g.expr(x.Value).Dot("Exc").Call().Dot("Filename").Call(), true
	case "filename2":
		return g.expr(x.Value).Dot("Exc").Call().Dot("Filename2").Call(), true
	}
	return nil, false
}

// excProtocols emits str() and repr() of a user exception class that
// defines (or inherits) __str__ or __repr__: print, f-strings, str(),
// repr() and tracebacks all dispatch to them.
func (g *gen) excProtocols(cls *check.Class) {
	cn := g.className(cls)
	recv := Params(Id("o").Op("*").Id(cn))
	if m := cls.LookupMethod("__str__"); m != nil && m.Sig.Ret == check.Str {
		g.file.Func().Add(recv).Id("PyStr").Params().String().Block(Return(Id("o").Dot(methodGoName("__str__")).Call()))
		g.file.Func().Add(recv).Id("Error").Params().String().Block(Return(Id("o").Dot("PyStr").Call()))
	}
	if m := cls.LookupMethod("__repr__"); m != nil && m.Sig.Ret == check.Str {
		g.file.Func().Add(recv).Id("PyRepr").Params(Id("b").Op("*").Qual("strings", "Builder")).Block(
			Id("b").Dot("WriteString").Call(Id("o").Dot(methodGoName("__repr__")).Call()),
		)
	}
}

// dataclassExcProtocols emits the repr and == a @dataclass gives an
// exception class: C(field=value, ...), and equality of the fields with an
// instance of the same class (unless eq=False or a user __eq__). Its str
// stays the exception's (of args) unless __str__ is defined.
func (g *gen) dataclassExcProtocols(cls *check.Class) {
	cn := g.className(cls)
	recv := Params(Id("o").Op("*").Id(cn))
	field := func(obj string, f *check.Field) *Statement {
		return Id(obj).Dot(g.selfName(cls.FieldOwner(f.Name))).Call().Dot(safe(f.Name))
	}
	if m := cls.LookupMethod("__repr__"); m == nil || m.Def == nil {
		repr := []Code{Id("b").Dot("WriteString").Call(Lit(cls.Qual() + "("))}
		shown := 0
		for _, f := range cls.AllFields() {
			if f.NoRepr {
				continue
			}
			sep := ""
			if shown > 0 {
				sep = ", "
			}
			shown++
			repr = append(repr, Id("b").Dot("WriteString").Call(Lit(sep+f.Name+"=")), py("ReprTo").Call(Id("b"), field("o", f)))
		}
		repr = append(repr, Id("b").Dot("WriteString").Call(Lit(")")))
		g.file.Func().Add(recv).Id("PyRepr").Params(Id("b").Op("*").Qual("strings", "Builder")).Block(repr...)
	}
	g.fieldHash(cls)
	if g.info.DataclassFields {
		// dataclasses.asdict/astuple (py.AsDict) read the fields.
		var names, vals []Code
		for _, f := range cls.AllFields() {
			if !f.Plain && !f.InitVar {
				names = append(names, Lit(f.Name))
				vals = append(vals, field("o", f))
			}
		}
		g.file.Comment("PyFields implements py.Dataclass.")
		g.file.Func().Add(recv).Id("PyFields").Params().Params(Index().String(), Index().Any()).Block(
			Return(Index().String().Values(names...), Index().Any().Values(vals...)),
		)
	}
	if m := cls.LookupMethod("__eq__"); cls.DataNoEq || (m != nil && m.Def != nil) {
		return
	}
	var eq []Code
	for _, f := range cls.AllFields() {
		if !f.NoCompare {
			eq = append(eq, If(Op("!").Add(py("EqualItem").Call(field("o", f), field("p", f)))).Block(Return(False())))
		}
	}
	p := "p"
	if len(eq) == 0 {
		p = "_"
	}
	body := []Code{List(Id(p), Id("ok")).Op(":=").Id("other").Assert(Op("*").Id(cn)), If(Op("!").Id("ok")).Block(Return(False()))}
	body = append(body, eq...)
	body = append(body, Return(True()))
	g.file.Func().Add(recv).Id("PyEqual").Params(Id("other").Any()).Bool().Block(body...)
}

// fieldHash emits PyHash for a check.FieldHash class: hash() of an
// instance is the hash of the tuple of its compared fields.
func (g *gen) fieldHash(cls *check.Class) {
	if !check.FieldHash(cls) {
		return
	}
	var vals []Code
	for _, f := range cls.AllFields() {
		if !f.NoCompare {
			vals = append(vals, Id("o").Dot(g.selfName(cls.FieldOwner(f.Name))).Call().Dot(safe(f.Name)))
		}
	}
	g.file.Comment("PyHash implements py.Hasher: the generated __hash__ of a frozen dataclass.")
	g.file.Func().Params(Id("o").Op("*").Id(g.className(cls))).Id("PyHash").Params().Params(Int64(), Bool()).Block(
		Return(py("MkTuple").Call(Index().Any().Values(vals...)).Dot("PyHash").Call()),
	)
}

// issubclass emits issubclass(C, D) or issubclass(C, (D, E)) over
// exception classes.
func (g *gen) issubclass(x *ast.Call) *Statement {
	if check.ClassArgs(x.Args[1]) == nil && check.ExcClassTuple(g.typeOf(x.Args[1])) {
		return py("IsSubclassAny").Call(g.expr(x.Args[0]), py("TupleClasses").Call(g.expr(x.Args[1])).Op("..."))
	}
	if ok, known := g.staticSubclass(x); known {
		return Lit(ok)
	}
	args := []ast.Expr{x.Args[1]}
	if ops := check.ClassArgs(x.Args[1]); ops != nil {
		args = ops
	}
	if check.UserClassObjTest(g.info, append([]ast.Expr{x.Args[0]}, args...), g.typeOf) {
		// Class objects of user classes: the first one (evaluated once)
		// is any of the others or derives from one.
		k := Id("_k")
		var test Code
		for _, e := range args {
			var t Code
			if cr, ok := g.typeOf(e).(*check.ClassRef); ok && check.StaticClass(g.info, e) && !g.hasClassObj(cr.Class) {
				// No class of cr's hierarchy is a value anywhere: the
				// class object held is none of them.
				t = False()
			} else {
				t = k.Clone().Dot("IsSubclassOf").Call(g.expr(e))
			}
			if test == nil {
				test = t
			} else {
				test = Add(test).Op("||").Add(t)
			}
		}
		return Func().Params(k.Clone().Add(g.goType(g.typeOf(x.Args[0])))).Bool().Block(Return(test)).Call(g.expr(x.Args[0]))
	}
	var classes []Code
	for _, e := range args {
		classes = append(classes, g.expr(e))
	}
	return py("IsSubclassAny").Call(append([]Code{g.expr(x.Args[0])}, classes...)...)
}

// classRefAttr emits C.__name__ of an exception class object, and a
// named tuple's _fields (of the class or an instance).
func (g *gen) classRefAttr(x *ast.Attribute) (*Statement, bool) {
	if x.Attr == "_fields" {
		return g.namedTupleFields(x)
	}
	if x.Attr != "__name__" && x.Attr != "__qualname__" {
		return nil, false
	}
	field := "Name"
	if x.Attr == "__qualname__" {
		field = "QualNameAttr"
	}
	read := func(c *Statement) *Statement {
		if field == "Name" {
			return c.Dot("Name")
		}
		return c.Dot(field).Call()
	}
	if cr, ok := g.typeOf(x.Value).(*check.ClassRef); ok {
		if cr.Class.IsExc || !check.StaticClass(g.info, x.Value) {
			return read(g.expr(x.Value)), true
		}
		if field != "Name" {
			return Lit(cr.Class.Qual()), true
		}
		return Lit(cr.Class.Py()), true
	}
	if tf, ok := g.typeOf(x.Value).(*check.TypeOf); ok {
		if _, call := x.Value.(*ast.Call); !call {
			if c, ok := tf.Of.(*check.Class); ok && c.IsExc {
				// k = type(e); k.__name__: the exception's class object.
				return read(g.expr(x.Value).Assert(Op("*").Add(py("Class")))), true
			}
		}
	}
	return nil, false
}

// staticSubclass decides issubclass(C, D) or issubclass(C, (D, E)) at
// compile time when one of the classes is not an exception class (the
// checker then requires every class to be named statically).
func (g *gen) staticSubclass(x *ast.Call) (ok, known bool) {
	args := []ast.Expr{x.Args[1]}
	if ops := check.ClassArgs(x.Args[1]); ops != nil {
		args = ops
	}
	var classes []*check.Class
	static := true
	for _, e := range append([]ast.Expr{x.Args[0]}, args...) {
		cr, isRef := g.typeOf(e).(*check.ClassRef)
		if !isRef {
			return false, false
		}
		if !cr.Class.IsExc {
			known = true
		}
		static = static && check.StaticClass(g.info, e)
		classes = append(classes, cr.Class)
	}
	if !known || !static {
		return false, false
	}
	for _, d := range classes[1:] {
		if classes[0].IsSubclassOf(d) {
			return true, true
		}
	}
	return false, true
}

// namedTupleFields emits C._fields or p._fields of a named tuple class C:
// the field names as a tuple of strs (an instance is evaluated, unused).
func (g *gen) namedTupleFields(x *ast.Attribute) (*Statement, bool) {
	var cls *check.Class
	switch t := g.typeOf(x.Value).(type) {
	case *check.ClassRef:
		cls = t.Class
	case *check.Class:
		cls = t
	}
	if cls == nil || !cls.NamedTuple {
		return nil, false
	}
	tt := check.NamedTupleFields(cls)
	var names []Code
	for _, f := range cls.AllFields() {
		names = append(names, Lit(f.Name))
	}
	lit := g.goType(tt).(*Statement).Clone().Values(names...)
	if _, ok := g.typeOf(x.Value).(*check.Class); ok {
		if _, simple := x.Value.(*ast.Name); !simple {
			return Func().Params().Add(g.goType(tt)).Block(Id("_").Op("=").Add(g.expr(x.Value)), Return(lit)).Call(), true
		}
	}
	return lit, true
}
