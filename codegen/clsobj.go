package codegen

import (
	"fmt"
	"sort"

	. "github.com/dave/jennifer/jen"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
)

// Class objects as run-time values (check/clsobj.go): the cls of a class
// method, type[C] variables and parameters, lists of classes.
//
// Every class of a hierarchy that needs them (hasClassObj) has a
// *py.Class (classObjName) whose Ops field holds a value of the class's
// class-object struct (kStruct, no fields). The struct implements the
// interface kIface of the class and of each of its bases: a constructor
// per class of the chain (kNew: C's struct builds a C with the arguments
// of a base's __init__), one method per class or static method (the
// nearest definition, called with this class as cls) and one getter per
// class attribute (the nearest value). A value of static type type[C] is
// the *py.Class; code reaches C's operations with
// cls.Ops.(_C_K).method(...), so a class method called for a subclass
// sees that subclass as cls. Instances of these classes answer their
// class object (pyClassMethod), for inst.class_method().

// kIface names the class-object interface of cls.
func (g *gen) kIface(cls *check.Class) string { return names.Derived(g.className(cls), "K") }

// kStruct names the class-object struct of cls.
func (g *gen) kStruct(cls *check.Class) string { return names.Derived(g.className(cls), "C") }

// kNew names the class-object method constructing an instance with the
// arguments of cls's __init__.
func (g *gen) kNew(cls *check.Class) string { return names.Derived(g.className(cls), "knew") }

// cmName names the class-object method of class or static method name.
func cmName(name string) string { return names.Derived(safe(name), "cm") }

// cmSlot is the name of the class-object method through which a call of
// class or static method m (the one a static class finds) dispatches: as
// instance methods' slots (override.go), an override with a Go signature
// of its own (a narrower result: from_record -> "Salaried" over
// -> "Employee") has a slot of its own, and each class object implements
// the slots of every declaration in its chain with adapters.
func (g *gen) cmSlot(m *check.Method) string {
	name := m.Name
	for m.Owner != nil && m.Owner.Base != nil && !m.Owner.Base.Builtin {
		bm := m.Owner.Base.LookupMethod(name)
		if bm == nil || !dispatchable(bm) || bm.IsClass != m.IsClass {
			break
		}
		if !g.sameMethodSig(m, bm) {
			return names.Derived(cmName(name), fmt.Sprintf("over%d", classDepth(m.Owner)))
		}
		m = bm
	}
	return cmName(name)
}

// pyClassMethod names the instance method returning the instance's class
// object.
const pyClassMethod = "_py_cls"

// classObjEligible reports whether cls may have a class object of its own
// (a user class other than enums, protocols, named tuples and groups).
func classObjEligible(cls *check.Class) bool {
	return cls != nil && !cls.Builtin && cls.Enum == nil && !cls.Protocol && !cls.NamedTuple && cls.GroupElem == nil
}

// userRoot is the first user class of cls's chain.
func userRoot(cls *check.Class) *check.Class {
	for !cls.UserRoot() {
		cls = cls.Base
	}
	return cls
}

// hasClassObj reports whether cls's hierarchy has class objects: some
// expression holds one of its classes as a run-time value, a class method
// uses cls, or a class or static method is overridden (calls through
// instances dispatch).
func (g *gen) hasClassObj(cls *check.Class) bool {
	if !classObjEligible(cls) {
		return false
	}
	if g.clsRoots == nil {
		g.clsRoots = map[*check.Class]bool{}
		for e, t := range g.info.Types {
			if cr, ok := t.(*check.ClassRef); ok && classObjEligible(cr.Class) && !check.StaticClass(g.info, e) {
				g.clsRoots[userRoot(cr.Class)] = true
			}
		}
		for _, t := range g.info.Conv {
			if cr, ok := t.(*check.ClassRef); ok && classObjEligible(cr.Class) {
				g.clsRoots[userRoot(cr.Class)] = true // type(e) stored as a type[C] (check/variance.go)
			}
		}
		for root := range g.info.DynClassVars { // classattrs.go
			if classObjEligible(root) {
				g.clsRoots[userRoot(root)] = true
			}
		}
		for _, k := range g.info.ClassList {
			if !classObjEligible(k) {
				continue
			}
			for _, m := range k.Methods {
				if m.IsClass && check.UsesClsParam(m) {
					g.clsRoots[userRoot(k)] = true
				}
				if (m.IsClass || m.IsStatic) && k.Base != nil && k.Base.LookupMethod(m.Name) != nil {
					g.clsRoots[userRoot(k)] = true
				}
			}
		}
	}
	return g.clsRoots[userRoot(cls)]
}

// classObjIface returns the methods cls's interface gets for its class
// object: the root's answers it.
func (g *gen) classObjIface(cls *check.Class) []Code {
	if !g.hasClassObj(cls) || !cls.UserRoot() {
		return nil
	}
	return []Code{Id(pyClassMethod).Params().Op("*").Add(py("Class"))}
}

// chain lists cls and its user bases, cls first.
func chain(cls *check.Class) []*check.Class {
	var out []*check.Class
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		out = append(out, k)
	}
	return out
}

// dispatchable reports whether class or static method m has a class-object
// method.
func dispatchable(m *check.Method) bool {
	return (m.IsClass || m.IsStatic) && m.Decorated == nil && m.Sig != nil && m.Def != nil
}

// ctorParams returns the Go parameters and arguments of cls's constructor.
func (g *gen) ctorParams(cls *check.Class) (params, args []Code) {
	if init := cls.LookupMethod("__init__"); init != nil {
		for i, p := range init.Sig.Params {
			n := names.Temp("a", i)
			params = append(params, Id(n).Add(g.goType(p.Type)))
			args = append(args, Id(n))
		}
	} else if cls.IsExc {
		params = append(params, Id("_args").Op("...").Any())
		args = append(args, Id("_args").Op("..."))
	}
	return params, args
}

// classObject emits the class object of cls (hasClassObj): its *py.Class
// (exception classes have one already), interface, struct and methods.
func (g *gen) classObject(cls *check.Class) {
	cn := g.className(cls)
	obj := g.classObjName(cls)
	if !cls.IsExc {
		var base Code = Nil()
		if !cls.UserRoot() {
			base = Id(g.classObjName(cls.Base))
		}
		g.file.Commentf("%s is the class object of %s.", obj, cls.Name)
		g.file.Var().Id(obj).Op("=").Add(newClassObj(cls, base))
	}
	g.file.Func().Params(Id("_").Op("*").Id(cn)).Id(pyClassMethod).Params().Op("*").Add(py("Class")).Block(Return(Id(obj)))

	// The interface: what type[cls] can do that its base cannot.
	var methods []Code
	if !cls.UserRoot() {
		methods = append(methods, Id(g.kIface(cls.Base)))
	}
	params, _ := g.ctorParams(cls)
	var ptypes []Code
	for _, p := range params {
		ptypes = append(ptypes, p)
	}
	methods = append(methods, Id(g.kNew(cls)).Params(ptypes...).Id(g.ifaceName(cls)))
	for _, n := range g.dynArities(cls) {
		methods = append(methods, Id(g.kNewN(cls, n)).Params(ptypes[:n]...).Id(g.ifaceName(cls)))
	}
	for _, name := range cls.Order {
		m := cls.Methods[name]
		if !dispatchable(m) {
			continue
		}
		if cls.Base != nil {
			if bm := cls.Base.LookupMethod(name); bm != nil && (!dispatchable(bm) || g.cmSlot(bm) == g.cmSlot(m)) {
				continue // the base's interface has its slot
			}
		}
		methods = append(methods, Id(g.cmSlot(m)).Add(g.methodSig(m)))
	}
	for _, cv := range cls.ClassVars {
		if cv.Type == nil {
			continue
		}
		if prev, _ := cls.Base.LookupClassVar(cv.Name); prev != nil {
			continue
		}
		methods = append(methods, Id(cvGetter(cv.Name)).Params().Add(g.goType(cv.Type)))
	}
	k := g.kStruct(cls)
	g.file.Commentf("%s is what a type[%s] value can do.", g.kIface(cls), cls.Name)
	g.file.Type().Id(g.kIface(cls)).Interface(methods...)
	g.file.Commentf("%s is the class object of %s (py.Class.Ops).", k, cls.Name)
	g.file.Type().Id(k).Struct()
	recv := Params(Id("_").Id(k))

	// Constructors: this class built with the arguments of each class of
	// its chain (a subclass whose __init__ differs is refused at the call:
	// check.dynamicConstruct).
	for _, a := range chain(cls) {
		ps, as := g.ctorParams(a)
		var body Code
		if check.SameInit(a, cls) {
			body = Return(Id(g.ctorName(cls)).Call(as...))
		} else {
			body = Panic(py("TypeError").Call(Lit(fmt.Sprintf("%s.__init__() takes other arguments than %s.__init__()", cls.Py(), a.Py()))))
		}
		g.file.Func().Add(recv).Id(g.kNew(a)).Params(ps...).Id(g.ifaceName(a)).Block(body)
		for _, n := range g.dynArities(a) {
			var body Code
			if msg := check.CtorArityError(cls, n); msg != "" {
				body = Panic(py("TypeError").Call(Lit(msg)))
			} else {
				body = Return(Id(g.ctorName(cls)).Call(g.dynCtorArgs(a, cls, n)...))
			}
			g.file.Func().Add(recv).Id(g.kNewN(a, n)).Params(ps[:n]...).Id(g.ifaceName(a)).Block(body)
		}
	}
	// Class and static methods: the nearest definition, with this class as
	// cls, through the slot of each declaration in the chain (converting
	// the arguments and result of a declaration with another signature).
	seen := map[string]bool{}
	slots := map[string]bool{}
	for _, a := range chain(cls) {
		for _, name := range a.Order {
			m := a.Methods[name]
			if seen[name] || !dispatchable(m) {
				continue
			}
			seen[name] = true
			for _, k := range chain(m.Owner) {
				decl := k.Methods[name]
				if decl == nil || !dispatchable(decl) || decl.IsClass != m.IsClass {
					continue
				}
				slot := g.cmSlot(decl)
				if slots[slot] {
					continue
				}
				slots[slot] = true
				var ps, as []Code
				if m.IsClass && check.UsesClsParam(m) {
					as = append(as, Id(obj))
				}
				for i, p := range decl.Sig.Params {
					n := names.Temp("a", i)
					ps = append(ps, Id(n).Add(g.goType(p.Type)))
					as = append(as, g.convert(Id(n), p.Type, m.Sig.Params[i].Type))
				}
				as = append(as, g.ownDefaults(m.Owner, m, len(decl.Sig.Params))...)
				call := Id(g.methodFunc(m.Owner, name)).Call(as...)
				fn := g.file.Func().Add(recv).Id(slot).Params(ps...)
				if decl.Sig.Ret == check.None {
					fn.Block(call)
				} else {
					fn.Add(g.goType(decl.Sig.Ret)).Block(Return(g.convert(call, m.Sig.Ret, decl.Sig.Ret)))
				}
			}
		}
	}
	// Class attributes: the nearest value.
	seen = map[string]bool{}
	for _, a := range chain(cls) {
		for _, cv := range a.ClassVars {
			if seen[cv.Name] || cv.Type == nil {
				continue
			}
			seen[cv.Name] = true
			top, topOwner := cv, a
			for b := a.Base; b != nil; b = b.Base {
				if pv, po := b.LookupClassVar(cv.Name); pv != nil {
					top, topOwner = pv, po
				}
			}
			_ = topOwner
			var val Code = g.convert(Id(g.classVarName(a, cv.Name)), cv.Type, top.Type)
			if g.info.IsDynClassVar(a, cv.Name) { // classattrs.go: this class's own, or its bases'
				val = py("ClassAttr").Types(g.goType(top.Type)).Call(Id(obj), Lit(cv.Name))
			}
			g.file.Func().Add(recv).Id(cvGetter(cv.Name)).Params().Add(g.goType(top.Type)).Block(
				Return(val),
			)
		}
	}
	g.file.Func().Id("init").Params().Block(Id(obj).Dot("Ops").Op("=").Id(k).Values())
}

// clsOps emits the class-object interface of v, a class object of static
// class cls: v.Ops.(_C_K).
func (g *gen) clsOps(v Code, cls *check.Class) *Statement {
	return Add(v).Dot("Ops").Assert(Id(g.kIface(cls)))
}

// dynamicConstruct emits cls(...) where the callee holds a class object;
// ok is false where it names its class.
func (g *gen) dynamicConstruct(x *ast.Call, cls *check.Class) (*Statement, bool) {
	if check.StaticClass(g.info, x.Func) || cls.Enum != nil {
		return nil, false
	}
	if cls.Builtin {
		args := []Code{g.expr(x.Func)}
		for _, a := range x.Args {
			args = append(args, g.exprAny(a))
		}
		return py("Construct").Call(args...), true
	}
	if !g.hasClassObj(cls) {
		panic("codegen: class object of " + cls.Name + " without one")
	}
	var args []Code
	if init := cls.LookupMethod("__init__"); init != nil {
		var def *ast.FuncDef
		if init.Def != nil {
			def = init.Def.(*ast.FuncDef)
		}
		args = g.argsCls(x, init.Sig, def, cls)
	} else {
		for _, a := range x.Args {
			args = append(args, g.exprAny(a))
		}
	}
	if n, ok := g.info.DynCtors[x]; ok {
		// Subclasses' __init__ differ: each builds from the arguments as
		// written and its own defaults (check.dynamicConstruct).
		args = nil
		ps := check.CtorParams(cls)
		for i := 0; i < n; i++ {
			args = append(args, g.exprTo(x.Args[i], ps[i].Type))
		}
		return g.clsOps(g.exprConv(x.Func), cls).Dot(g.kNewN(cls, n)).Call(args...), true
	}
	return g.clsOps(g.exprConv(x.Func), cls).Dot(g.kNew(cls)).Call(args...), true
}

// kNewN names the class-object method constructing an instance from the
// first n parameters of cls's __init__, the rest left to each class's
// own defaults.
func (g *gen) kNewN(cls *check.Class, n int) string {
	return names.Derived(g.className(cls), fmt.Sprintf("knew%d", n))
}

// dynArities lists the numbers of positional arguments with which code
// constructs through a class object of static class cls whose subclasses'
// __init__ differ (check.Info.DynCtors).
func (g *gen) dynArities(cls *check.Class) []int {
	if g.dynCtors == nil {
		g.dynCtors = map[*check.Class][]int{}
		seen := map[*check.Class]map[int]bool{}
		for x, n := range g.info.DynCtors {
			cr, ok := g.typeOf(x.Func).(*check.ClassRef)
			if !ok {
				cr, ok = g.info.Conv[x.Func].(*check.ClassRef) // type(self)(...)
			}
			if !ok {
				continue
			}
			if seen[cr.Class] == nil {
				seen[cr.Class] = map[int]bool{}
			}
			if !seen[cr.Class][n] {
				seen[cr.Class][n] = true
				g.dynCtors[cr.Class] = append(g.dynCtors[cr.Class], n)
			}
		}
		for _, ns := range g.dynCtors {
			sort.Ints(ns)
		}
	}
	return g.dynCtors[cls]
}

// dynCtorArgs are the arguments of cls's constructor called with the
// first n parameters of a's __init__ (named as ctorParams names them):
// converted to cls's parameter types, then cls's own defaults.
func (g *gen) dynCtorArgs(a, cls *check.Class, n int) []Code {
	aps, cps := check.CtorParams(a), check.CtorParams(cls)
	var out []Code
	for i := 0; i < n; i++ {
		out = append(out, g.convert(Id(names.Temp("a", i)), aps[i].Type, cps[i].Type))
	}
	return append(out, g.ownDefaults(cls, cls.LookupMethod("__init__"), n)...)
}

// ownDefaults are the values of m's parameters from index n on, left out
// by a call through another class's signature: m's own defaults (a
// synthesized dataclass __init__'s are cls's field defaults).
func (g *gen) ownDefaults(cls *check.Class, m *check.Method, n int) []Code {
	if m == nil {
		return nil // no __init__: no parameters
	}
	var out []Code
	for i := n; i < len(m.Sig.Params); i++ {
		if def, ok := m.Def.(*ast.FuncDef); ok {
			out = append(out, g.omittedArg(m.Sig, def, i, i+1))
			continue
		}
		d, _ := cls.LookupDefault(m.Sig.Params[i].Name)
		out = append(out, g.fieldDefault(d, m.Sig.Params[i].Type))
	}
	return out
}

// overridden reports whether some subclass of cls defines name anew.
func (g *gen) overridden(cls *check.Class, name string) bool {
	m := cls.LookupMethod(name)
	for _, k := range g.info.ClassList {
		if k != cls && k.IsSubclassOf(cls) && k.LookupMethod(name) != m {
			return true
		}
	}
	return false
}

// classMethodCall emits a call of class or static method f.Method through
// at.Value: a class (C.m()), a class object (cls.m()) or an instance
// (self.m()).
func (g *gen) classMethodCall(x *ast.Call, at *ast.Attribute, f *check.BoundMethod) *Statement {
	s := g.classMethodCallOf(x, at, f)
	if sc, ok := check.SelfNarrowed(f.Method, g.typeOf(x)); ok {
		return s.Assert(Id(g.ifaceName(sc))) // -> Self through a subclass
	}
	return s
}

func (g *gen) classMethodCallOf(x *ast.Call, at *ast.Attribute, f *check.BoundMethod) *Statement {
	m := f.Method
	args := g.args(x, m.Sig, m.Def.(*ast.FuncDef), m.IsClass)
	direct := func(cls Code) *Statement {
		if m.IsClass && check.UsesClsParam(m) {
			args = append([]Code{cls}, args...)
		}
		return Id(g.methodFunc(m.Owner, f.Name)).Call(args...)
	}
	var static *check.Class
	var clsVal Code
	switch t := g.typeOf(at.Value).(type) {
	case *check.ClassRef:
		if check.StaticClass(g.info, at.Value) || !g.hasClassObj(t.Class) {
			var obj Code = Nil()
			if g.hasClassObj(t.Class) {
				obj = Id(g.classObjName(t.Class))
			}
			return direct(obj)
		}
		static, clsVal = t.Class, g.expr(at.Value)
	case *check.Class:
		if !g.hasClassObj(t) {
			return direct(Nil())
		}
		static, clsVal = t, g.expr(at.Value).Dot(pyClassMethod).Call()
	case *check.TypeOf:
		cr, ok := g.info.Conv[at.Value].(*check.ClassRef) // type(self).make(...)
		if !ok || !g.hasClassObj(cr.Class) {
			return direct(Nil())
		}
		static, clsVal = cr.Class, g.exprConv(at.Value)
	default:
		return direct(Nil())
	}
	if dispatchable(m) && g.overridden(static, f.Name) {
		return g.clsOps(clsVal, static).Dot(g.cmSlot(m)).Call(args...)
	}
	if m.IsClass && check.UsesClsParam(m) {
		return direct(clsVal)
	}
	return Id(g.methodFunc(m.Owner, f.Name)).Call(args...)
}

// dynamicClassVar emits the read of class attribute x.Attr through a class
// object, or nil where x.Value names its class.
func (g *gen) dynamicClassVar(x *ast.Attribute) *Statement {
	if obj, t, ok := g.dynCVObj(x); ok { // classattrs.go
		return py("ClassAttr").Types(g.goType(t)).Call(obj, Lit(x.Attr))
	}
	cr, ok := g.typeOf(x.Value).(*check.ClassRef)
	if !ok || check.StaticClass(g.info, x.Value) || !g.hasClassObj(cr.Class) {
		return nil
	}
	if cv, _ := cr.Class.LookupClassVar(x.Attr); cv == nil {
		return nil
	}
	if _, isName := x.Value.(*ast.Name); isName && !g.hasSubclass(cr.Class) {
		// cls.count += 1 in a classmethod of a class without subclasses
		// (check.classVarStore refuses the store otherwise): cls holds
		// the class itself, whose variable is read and assigned.
		return nil
	}
	return g.clsOps(g.expr(x.Value), cr.Class).Dot(cvGetter(x.Attr)).Call()
}

// hasSubclass reports whether some class of the program derives from cls.
func (g *gen) hasSubclass(cls *check.Class) bool {
	for _, k := range g.info.ClassList {
		if k != cls && k.IsSubclassOf(cls) {
			return true
		}
	}
	return false
}

// excNew sets the New of exception class cls, whose __init__ takes
// parameters: cls(*args) through its class object (py.Construct, raise
// cls), each argument of its parameter's type.
func (g *gen) excNew(cls *check.Class, init *check.Method) {
	var def *ast.FuncDef
	if init.Def != nil {
		def = init.Def.(*ast.FuncDef)
	}
	n := len(init.Sig.Params)
	required := 0
	dataDefaults := def == nil && check.DataclassExc(cls) // a dataclass __init__: the fields' defaults
	for i, p := range init.Sig.Params {
		if !p.HasDefault || (def == nil && !dataDefaults) {
			required = i + 1
		}
	}
	a := Id("_a")
	body := []Code{
		If(Len(a).Op("<").Lit(required).Op("||").Len(a).Op(">").Lit(n)).Block(
			Panic(py("ArgsError").Call(Lit(cls.Py()), Lit(n), Len(a))),
		),
	}
	var args []Code
	saved := g.fn
	for i, p := range init.Sig.Params {
		v := names.Temp("p", i)
		gt := g.goType(p.Type)
		body = append(body, Var().Id(v).Add(gt))
		conv := Block(
			List(Id("_x"), Id("_ok")).Op(":=").Add(a.Clone().Index(Lit(i))).Assert(gt),
			If(Op("!").Id("_ok")).Block(Panic(py("TypeError").Call(Lit(fmt.Sprintf("%s() argument %s has the wrong type", cls.Py(), p.Name))))),
			Id(v).Op("=").Id("_x"),
		)
		if i < required {
			body = append(body, conv)
		} else {
			var omitted Code
			if d, ok := cls.LookupDefault(p.Name); dataDefaults && ok {
				omitted = g.fieldDefault(d, p.Type)
			} else {
				omitted = g.omittedArg(init.Sig, def, i, i+1)
			}
			body = append(body, If(Len(a).Op(">").Lit(i)).Add(conv).Else().Block(Id(v).Op("=").Add(omitted)))
		}
		args = append(args, Id(v))
	}
	g.fn = saved
	if check.ExcArgsFromCall(cls) {
		body = append(body, Return(py("TrimArgs").Call(Id(g.ctorName(cls)).Call(args...), Len(a.Clone()))))
	} else {
		body = append(body, Return(Id(g.ctorName(cls)).Call(args...)))
	}
	g.file.Func().Id("init").Params().Block(
		Id(g.classObjName(cls)).Dot("New").Op("=").Func().Params(a.Clone().Op("...").Any()).Add(py("Exception")).Block(body...),
	)
}

// newClassObj creates the class object of cls (py.NewClass), with its
// __qualname__ when it is nested in another class.
func newClassObj(cls *check.Class, base Code) *Statement {
	if q := cls.Qual(); q != cls.Name {
		return py("NewClassQual").Call(Lit(cls.Py()), Lit(q), base)
	}
	return py("NewClass").Call(Lit(cls.Py()), base)
}
