package codegen

import (
	"fmt"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// Classes exported as handles: a class that has methods, a subclass, or a
// field without a Go-native form crosses the API as a reference to the
// Python object,
//
//	type Counter struct{ o _Counter_cls_I }
//
// so that identity (`is`, == on handles) and mutation keep their Python
// meaning. Its API:
//
//	func NewCounter(start int64, step int64) (Counter, error)   // __init__ (or the dataclass fields)
//	type CounterParams struct{ ... }; func NewCounterParams(...) CounterParams; func (p CounterParams) New() (Counter, error)
//	func (c Counter) Bump() (int64, error)                       // def bump(self) -> int
//	func (c Counter) BumpLater(ctx, delay, opts...) (int64, error) // async def bump_later(self, delay: float) -> int
//	func (c Counter) BumpLaterCoro(delay float64) rt.Coroutine[int64]
//	func (c Counter) Count() int64; func (c Counter) SetCount(v int64) // attribute count
//	func (c Counter) AsBase() Base                               // the same object as its base class
//	func (c Counter) String() string                             // str(c)
//
// Attributes and methods whose types have no Go-native form are listed in
// a comment instead. Static and class methods, decorated methods and
// generator methods are not exported.

// handleClass emits the handle type of a class and its API.
func (x *exporter) handleClass(cls *check.Class, name string) {
	g := x.g
	var pos ast.Pos
	var doc string
	if d, ok := cls.Def.(*ast.ClassDef); ok {
		pos = d.Pos
		doc = docstring(d.Body)
	}
	x.claim(name, "class "+cls.Name, pos)
	iface := g.goType(cls)
	g.file.Commentf("%s is a reference to a Python %s object: copies of a %s refer to the", name, cls.Name, name)
	g.file.Commentf("same object and == compares identity, as `is` does. The zero %s refers to", name)
	g.file.Comment("no object (None): its methods return an AttributeError and its attribute")
	g.file.Comment("accessors panic. A handle must not be used while a coroutine that uses the")
	g.file.Comment("object runs on another goroutine (the object is not synchronised).")
	x.docLines(doc)
	g.file.Type().Id(name).Struct(Id("o").Add(iface))
	g.file.Commentf("%s wraps a %s in its handle.", classConvName(cls, "togo"), cls.Name)
	g.file.Func().Id(classConvName(cls, "togo")).Params(Id("o").Add(iface)).Id(name).Block(Return(Id(name).Values(Id("o"))))
	g.file.Commentf("%s returns the object of a %s handle.", classConvName(cls, "fromgo"), cls.Name)
	g.file.Func().Id(classConvName(cls, "fromgo")).Params(Id("x").Id(name)).Add(iface).Block(Return(Id("x").Dot("o")))

	// Method names of the handle type, so that accessors and methods do not
	// collide.
	members := map[string]string{}
	member := func(goName, what string) bool {
		if prev, ok := members[goName]; ok {
			g.file.Commentf("%s.%s has no Go method: its Go name %s is the one of %s.", cls.Name, what, goName, prev)
			return false
		}
		members[goName] = what
		return true
	}
	member("String", "str()")
	x.constructor(cls, name)
	// Methods, the most derived implementation of each, through the
	// interface (dynamic dispatch, as in Python).
	seen := map[string]bool{}
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		for _, mname := range k.Order {
			if seen[mname] {
				continue
			}
			seen[mname] = true
			m := k.Methods[mname]
			if m == nil || m.IsSetter || exportName(mname) == "" {
				continue
			}
			if why := x.methodUnexportable(m); why != "" {
				g.file.Commentf("%s.%s has no Go method: %s.", cls.Name, mname, why)
				g.file.Line()
				continue
			}
			goName := exportName(mname)
			if !member(goName, mname) {
				continue
			}
			if m.IsAsync && !member(goName+"Coro", mname) {
				continue
			}
			x.method(cls, name, m, goName)
		}
	}
	// Attributes.
	for _, fl := range cls.AllFields() {
		fn := exportName(fl.Name)
		if fn == "" || fl.Type == nil {
			continue
		}
		if !x.mappable(fl.Type) {
			g.file.Commentf("%s.%s has no Go accessor: %s has no Go-native form.", cls.Name, fl.Name, fl.Type)
			g.file.Line()
			continue
		}
		if !member(fn, fl.Name) || !member("Set"+fn, fl.Name) {
			continue
		}
		ref := Id("c").Dot("o").Dot(g.selfName(cls.FieldOwner(fl.Name))).Call().Dot(safe(fl.Name))
		g.file.Commentf("%s returns the attribute %s (%s) of the object.", fn, fl.Name, fl.Type)
		g.file.Func().Params(Id("c").Id(name)).Id(fn).Params().Add(x.exportType(fl.Type)).Block(
			Return(x.conv(ref, fl.Type, true)))
		g.file.Commentf("Set%s sets the attribute %s of the object.", fn, fl.Name)
		g.file.Func().Params(Id("c").Id(name)).Id("Set" + fn).Params(Id("v").Add(x.exportType(fl.Type))).Block(
			ref.Clone().Op("=").Add(x.conv(Id("v"), fl.Type, false)))
	}
	// Base classes: the same object.
	for b := cls.Base; b != nil && !b.Builtin; b = b.Base {
		bn, ok := x.classes[b]
		if !ok || !x.handle[b] || !member("As"+bn, "base "+b.Name) {
			continue
		}
		g.file.Commentf("As%s returns the same object as a %s.", bn, bn)
		g.file.Func().Params(Id("c").Id(name)).Id("As" + bn).Params().Id(bn).Block(Return(Id(bn).Values(Id("c").Dot("o"))))
	}
	g.file.Comment("String returns str() of the object (\"None\" for the zero handle).")
	g.file.Func().Params(Id("c").Id(name)).Id("String").Params().String().Block(
		If(Id("c").Dot("o").Op("==").Nil()).Block(Return(Lit("None"))),
		Return(py("Str").Call(Id("c").Dot("o"))),
	)
}

// methodUnexportable says why a method has no Go form, or "".
func (x *exporter) methodUnexportable(m *check.Method) string {
	def, _ := m.Def.(*ast.FuncDef)
	switch {
	case def == nil:
		return "it is synthesized"
	case m.IsStatic || m.IsClass:
		return "static and class methods are not exported"
	case m.Decorated != nil || len(def.Decorators) > 0 && !m.IsProperty:
		return "decorated methods are not exported"
	}
	fi := x.g.info.Funcs[def]
	if fi == nil {
		return "it is not compiled"
	}
	if fi.IsGen {
		return "generator methods are not exported"
	}
	for i, p := range m.Sig.Params {
		if i+1 < len(def.Params) && def.Params[i+1].Kind != "" {
			return "parameter " + p.Name + " is not a plain positional parameter"
		}
		if !x.mappable(p.Type) {
			return fmt.Sprintf("parameter %s: %s has no Go-native form", p.Name, p.Type)
		}
	}
	if fi.RetType != check.None && !x.mappable(fi.RetType) {
		return fmt.Sprintf("result type %s has no Go-native form", fi.RetType)
	}
	return ""
}

// method emits the Go method(s) of a Python method on a handle type.
func (x *exporter) method(cls *check.Class, name string, m *check.Method, goName string) {
	g := x.g
	def := m.Def.(*ast.FuncDef)
	fi := g.info.Funcs[def]
	recv := Params(Id("c").Id(name))
	var params, args []Code
	var pnames []string
	for _, p := range m.Sig.Params {
		pn := exportParam(p.Name)
		if pn == "c" {
			pn = "c_"
		}
		pnames = append(pnames, pn)
		params = append(params, Id(pn).Add(x.exportType(p.Type)))
		args = append(args, x.conv(Id(pn), p.Type, false))
	}
	hasRes := fi.RetType != check.None
	var resType Code = py("NoneType")
	results := []Code{Err().Error()}
	if hasRes {
		resType = x.exportType(fi.RetType)
		results = []Code{Id("_").Add(resType), Err().Error()}
	}
	nilCheck := If(Id("c").Dot("o").Op("==").Nil()).Block(
		Err().Op("=").Add(rt("NoneAttribute")).Call(Lit(m.Name)),
		Return(),
	)
	ret := func(call Code) Code {
		if hasRes {
			return Return(call)
		}
		return Block(List(Id("_"), Err()).Op("=").Add(call), Return())
	}
	inner := Id("c").Dot("o").Dot(g.methodSlot(m)).Call(args...)
	sig, doc := x.pySignature(def), docstring(def.Body)
	kind := "method"
	if m.IsProperty {
		kind = "property"
	}
	if m.IsAsync {
		coro := goName + "Coro"
		g.file.Commentf("%s runs the coroutine method %s.%s to completion on an event loop of its", goName, cls.Name, m.Name)
		g.file.Comment("own (as the package's coroutine functions do) and returns its result.")
		x.sigDoc(sig, doc)
		g.file.Func().Add(recv).Id(goName).Params(append(append([]Code{Id("ctx").Qual("context", "Context")}, params...), Id("opts").Op("...").Add(rt("Option")))...).Params(results...).Block(
			nilCheck,
			ret(rt("Call").Call(Id("ctx"), Id("c").Dot(coro).Call(idList(pnames)...), Id("opts").Op("..."))),
		)
		g.file.Commentf("%s returns the unstarted coroutine c.%s(...), to run with rt.Await on", coro, m.Name)
		g.file.Comment("a shared rt.Host or with rt.Call. It panics on the zero handle.")
		var body Code
		if same(fi.RetType) || !hasRes {
			body = Return(inner)
		} else {
			body = Return(rt("Convert").Call(inner, Func().Params(Id("r").Add(g.goType(fi.RetType))).Add(resType).Block(
				Return(x.conv(Id("r"), fi.RetType, true)))))
		}
		g.file.Func().Add(recv).Id(coro).Params(params...).Add(rt("Coroutine").Types(resType)).Block(body)
		return
	}
	g.file.Commentf("%s calls the %s %s.%s; a Python exception returns as an *rt.Error.", goName, kind, cls.Name, m.Name)
	x.sigDoc(sig, doc)
	var fn []Code
	switch {
	case !hasRes:
		fn = []Code{inner, Return(py("None"))}
	default:
		fn = []Code{Return(x.conv(inner, fi.RetType, true))}
	}
	g.file.Func().Add(recv).Id(goName).Params(params...).Params(results...).Block(
		nilCheck,
		ret(rt("CallSync").Call(Func().Params().Add(resType).Block(fn...))),
	)
}

// constructor emits NewX for a handle class (and XParams when __init__ has
// defaults).
func (x *exporter) constructor(cls *check.Class, name string) {
	g := x.g
	init := cls.LookupMethod("__init__")
	var ps []xparam
	var pos ast.Pos
	var sig string
	if init != nil {
		def, _ := init.Def.(*ast.FuncDef)
		if def != nil {
			pos, sig = def.Pos, x.pySignature(def)
			for i := range init.Sig.Params {
				if i+1 < len(def.Params) && def.Params[i+1].Kind != "" {
					g.file.Commentf("%s has no Go constructor: __init__ parameter %s is not a plain positional parameter.", cls.Name, init.Sig.Params[i].Name)
					g.file.Line()
					return
				}
			}
			ps = x.funcParams(init.Sig, def, 1)
		} else {
			for _, p := range init.Sig.Params {
				xp := xparam{name: exportParam(p.Name), py: p.Name, typ: p.Type}
				if d, ok := cls.LookupDefault(p.Name); ok {
					xp.src = x.sourceOf(d)
					xp.def = x.conv(g.fieldDefault(d, p.Type), p.Type, true)
				}
				ps = append(ps, xp)
			}
		}
	}
	for _, p := range ps {
		if !x.mappable(p.typ) {
			g.file.Commentf("%s has no Go constructor: parameter %s: %s has no Go-native form.", cls.Name, p.py, p.typ)
			g.file.Line()
			return
		}
	}
	if d, ok := cls.Def.(*ast.ClassDef); ok && pos.Line == 0 {
		pos = d.Pos
	}
	ctor := "New" + name
	x.claim(ctor, "class "+cls.Name, pos)
	var params, args []Code
	for _, p := range ps {
		params = append(params, Id(p.name).Add(x.exportType(p.typ)))
		args = append(args, x.conv(Id(p.name), p.typ, false))
	}
	g.file.Commentf("%s creates a %s object (%s(...) in Python); an exception __init__", ctor, cls.Name, cls.Name)
	g.file.Comment("raises returns as an *rt.Error.")
	if sig != "" {
		g.file.Comment("")
		g.file.Comment("\t" + sig)
	}
	g.file.Func().Id(ctor).Params(params...).Params(Id(name), Error()).Block(
		Return(rt("CallSync").Call(Func().Params().Id(name).Block(
			Return(Id(classConvName(cls, "togo")).Call(Id(g.ctorName(cls)).Call(args...)))))),
	)
	pt := name + "Params"
	if fargs := x.paramsType(pt, "New"+pt, ctor, pos, ps); fargs != nil {
		g.file.Commentf("New is %s(p's fields...).", ctor)
		g.file.Func().Params(Id("p").Id(pt)).Id("New").Params().Params(Id(name), Error()).Block(Return(Id(ctor).Call(fargs...)))
	}
}

// valueConstructor emits NewX for a value dataclass with defaults: the
// required fields as parameters, the others set to their defaults.
func (x *exporter) valueConstructor(cls *check.Class, name string, goFields map[string]string, pos ast.Pos) {
	g := x.g
	fieldName := map[string]string{} // Python name -> Go field
	for goName, pyName := range goFields {
		fieldName[pyName] = goName
	}
	init := cls.LookupMethod("__init__")
	if init == nil || init.Def != nil {
		return
	}
	var params []Code
	vals := Dict{}
	hasDefault := false
	for _, p := range init.Sig.Params {
		fn := fieldName[p.Name]
		if d, ok := cls.LookupDefault(p.Name); ok {
			hasDefault = true
			vals[Id(fn)] = x.conv(g.fieldDefault(d, p.Type), p.Type, true)
			continue
		}
		if hasDefault {
			return // not a dataclass CPython accepts
		}
		pn := exportParam(p.Name)
		params = append(params, Id(pn).Add(x.exportType(p.Type)))
		vals[Id(fn)] = Id(pn)
	}
	for _, f := range cls.AllFields() {
		if d, ok := cls.LookupDefault(f.Name); ok && f.NoInit && fieldHasDefault(d) && fieldName[f.Name] != "" {
			hasDefault = true // field(init=False, default=...): set as __init__ sets it
			vals[Id(fieldName[f.Name])] = x.conv(g.fieldDefault(d, f.Type), f.Type, true)
		}
	}
	if !hasDefault {
		return
	}
	ctor := "New" + name
	x.claim(ctor, "class "+cls.Name, pos)
	g.file.Commentf("%s returns a %s with the given fields and the Python defaults of the others.", ctor, name)
	g.file.Func().Id(ctor).Params(params...).Id(name).Block(Return(Id(name).Values(vals)))
}

// convCallable converts a callable between its internal Go type and its
// exported one, func(args...) (R, error): a Python callable given to Go
// runs with rt.CallSync (an exception returns as an *rt.Error); a Go func
// given to Python raises aiogo.GoError when it returns an error (rt.CallGo).
func (x *exporter) convCallable(e Code, t *check.Func, toGo bool) Code {
	g := x.g
	in, out := g.goType(t), Code(x.exportType(t))
	if !toGo {
		in, out = out, in
	}
	hasRes := t.Ret != check.None
	var params, args []Code
	for i, p := range t.Params {
		n := names.Temp("a", i)
		if toGo {
			params = append(params, Id(n).Add(x.exportType(p.Type)))
			args = append(args, x.conv(Id(n), p.Type, false))
		} else {
			params = append(params, Id(n).Add(g.goType(p.Type)))
			args = append(args, x.conv(Id(n), p.Type, true))
		}
	}
	call := Id("v").Call(args...)
	var fn Code
	if toGo {
		var resType Code = py("NoneType")
		if hasRes {
			resType = x.exportType(t.Ret)
			fn = Func().Params(params...).Params(resType, Error()).Block(
				Return(rt("CallSync").Call(Func().Params().Add(resType).Block(Return(x.conv(call, t.Ret, true))))))
		} else {
			fn = Func().Params(params...).Error().Block(
				List(Id("_"), Err()).Op(":=").Add(rt("CallSync").Call(Func().Params().Add(resType).Block(call, Return(py("None"))))),
				Return(Err()))
		}
	} else {
		if hasRes {
			resType := g.goType(t.Ret)
			fn = Func().Params(params...).Add(resType).Block(
				Return(rt("CallGo").Call(Func().Params().Params(resType, Error()).Block(
					List(Id("r"), Err()).Op(":=").Add(call),
					Return(x.conv(Id("r"), t.Ret, false), Err())))))
		} else {
			fn = Func().Params(params...).Block(
				rt("CallGo").Call(Func().Params().Params(py("NoneType"), Error()).Block(Return(py("None"), call))))
		}
	}
	return Func().Params(Id("v").Add(in)).Add(out).Block(
		If(Id("v").Op("==").Nil()).Block(Return(Nil())),
		Return(fn),
	).Call(e)
}
