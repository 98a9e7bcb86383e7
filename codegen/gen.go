// Package codegen emits Go source for a checked and lowered aiogo module.
//
// Every function becomes flat Go code: its basic blocks are labels at the
// top level of one Go function, control flow is goto. A coroutine
// (async def) becomes a frame struct holding its parameters, the
// variables that live across suspension points and one slot per awaited
// object, plus a Step method that switches on the saved state and jumps
// straight to the resume label:
//
//	type _fib_co struct {
//		_state int
//		_res   int64
//		n      int64
//		_t1    int64
//		_aw1   *_fib_co
//	}
//
//	func (_f *_fib_co) Step(_tc *rt.TaskCore) bool {
//		switch _f._state {
//		case 1:
//			goto _r1
//		}
//		...
//		_f._aw1 = fib(n - 1)
//	_r1:
//		if !_f._aw1.Step(_tc) {
//			_f._state = 1
//			return false
//		}
//		...
//
// An awaited coroutine that completes without suspending returns true
// from its first Step, so the caller continues inline: no loop pass and no
// allocation beyond the callee's frame. Functions with try/except install
// a deferred recover that turns a Python exception (a Go panic carrying a
// py.Exception) into a jump to the handler block recorded in _h.
//
// Every Go identifier comes from package names: user names and the
// names of generated helpers live in disjoint namespaces.
package codegen

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// Config controls code generation.
type Config struct {
	// Package is the Go package name ("main" makes a program).
	Package string
	// Source is the file name recorded in line directives.
	Source string
	// NoLineDirectives turns off /*line*/ comments.
	NoLineDirectives bool
	// Text is the source text (for the Python signatures in the doc
	// comments of a library package's exported API).
	Text []byte
	// Program makes a package other than main a program nonetheless: no
	// exported API, module code run by an exported Main that exits the
	// process like a program's main (the batch builder links many programs
	// into one executable this way).
	Program bool
	// Externs maps defs implemented in Go to their Go functions (see
	// extern.go; the driver fills it in).
	Externs map[*ast.FuncDef]*Extern
}

type gen struct {
	// frameTaskComp is the list comprehension being generated as the
	// task boxes of a gather (call.go frameTasks), or nil.
	frameTaskComp *ast.ListComp
	// rightFirstDone records the rightFirst functions emitted
	// (compare_reflected.go).
	rightFirstDone map[string]bool
	// Names gives classes and methods their Go names (shared with lowering).
	*Names
	// ordered marks operands Go must evaluate before a later call (order.go).
	ordered map[ast.Expr]bool
	// override names Go variables that hold operands evaluated earlier
	// (kwOrdered, order.go).
	override map[ast.Expr]string
	// bindGens names the variables that generator calls a consuming call
	// closes are stored into where they are evaluated (closing.go).
	bindGens map[ast.Expr]string
	// anextFresh marks the anext(agen()) call being emitted (generators.go).
	anextFresh map[*ast.Call]bool
	// closingNow marks the calls closingCall is emitting; closingSeq
	// numbers its variables (closing.go).
	closingNow map[ast.Expr]bool
	closingSeq int
	syncNames  map[*ir.Func]string      // see syncName
	lambdas    map[*ast.Lambda]*ir.Func // every lowered lambda
	info       *check.Info
	opts       Config
	file       *File
	// funcs maps checker functions to their lowered form.
	funcs map[*check.FuncInfo]*ir.Func
	// nosusp marks coroutines that can never suspend (see nosuspend.go).
	nosusp map[*check.FuncInfo]bool
	// prologue is code run first by the module's top-level function.
	prologue []Code
	// hoisted maps mutable default expressions to the package variables
	// holding their one value (defaults.go).
	hoisted map[ast.Expr]string
	// snapDefaults names, while a nested function's value is emitted, the
	// Go variables holding the defaults its def evaluated (callables.go).
	snapDefaults map[int]string
	// recursive marks functions in a call-graph cycle (recursion.go).
	recursive map[*check.FuncInfo]bool
	// counted marks the recursive functions and their callers, which
	// count their frames (recursion.go).
	counted map[*check.FuncInfo]bool
	// cLevelGen marks the generator expressions any/all/max/min consume
	// (recursion.go).
	cLevelGen map[*ast.GeneratorExp]bool
	// per function being emitted
	fn      *ir.Func
	mode    int // modePlain, modeTry, modeCoro, modeCoroTry
	tmp     int
	lastPos ast.Pos
	errs    []error
	// frames maps generated Go functions to the Python names tracebacks
	// print (see py.RegisterFuncs).
	frames map[string]string
	// clsRoots marks the class hierarchies with class objects (clsobj.go).
	clsRoots map[*check.Class]bool
	// dynCtors lists per class the arities of constructions through its
	// class objects whose subclasses' __init__ differ (clsobj.go).
	dynCtors map[*check.Class][]int
}

const (
	modePlain = iota
	modeTry
	modeCoro
	modeCoroTry
)

// Generate lowers a checked module (ir.LowerAll: lowering and the passes)
// and emits its Go source; see GenerateProgram.
func Generate(m *ast.Module, info *check.Info, opts Config) ([]byte, error) {
	p, err := ir.LowerAll(m, info, NewNames(info, opts))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", opts.Source, err)
	}
	return GenerateProgram(p, opts)
}

// Names is the code generator's naming of lowered functions and classes
// (an ir.Namer). Lowering names methods with it and the generator names
// everything else with the same value, so both agree without either
// writing into the checker's Info.
type Names struct {
	// Externs are the defs implemented in Go (Config.Externs).
	Externs map[*ast.FuncDef]*Extern
	// classes holds the Go names of the internal structs of the classes a
	// library package exports (export.go): the exported name itself is
	// the API type's.
	classes map[*check.Class]string
}

// NewNames returns the naming of a checked module compiled with opts. For
// a library package (Config.Package other than main) it renames the
// classes the package exports, whose methods derive their names from it.
func NewNames(info *check.Info, opts Config) *Names {
	n := &Names{Externs: opts.Externs, classes: map[*check.Class]string{}}
	if opts.Package != "" && opts.Package != "main" {
		g := &gen{Names: n, info: info, opts: opts}
		for cls := range g.newExporter().classes {
			n.classes[cls] = names.Derived(safe(cls.Name), "cls")
		}
	}
	return n
}

// Extern implements ir.ExternNamer: a def implemented in Go.
func (n *Names) Extern(fi *check.FuncInfo) bool {
	return fi.Def != nil && n.Externs[fi.Def] != nil
}

// FuncName implements ir.Namer.
func (*Names) FuncName(fi *check.FuncInfo) string { return safe(fi.Name) }

// MethodName implements ir.Namer.
func (n *Names) MethodName(cls *check.Class, name string) string { return n.methodFunc(cls, name) }

// GenerateProgram emits the Go source of a lowered module that every pass
// has run over (ir.RunPasses). It reads the checker's Info and the lowered
// program; it lowers and analyses nothing itself.
func GenerateProgram(p *ir.Program, opts Config) (src []byte, err error) {
	if !p.Complete() {
		return nil, fmt.Errorf("internal compiler error: the program given to the code generator went through %v, not lowering and every pass", p.Ran)
	}
	info := p.Info
	if opts.Package == "" {
		opts.Package = "main"
	}
	naming, _ := p.Names.(*Names)
	if naming == nil {
		naming = NewNames(info, opts)
	}
	g := &gen{Names: naming, info: info, opts: opts, funcs: p.Funcs, nosusp: p.NoSuspend, lambdas: map[*ast.Lambda]*ir.Func{}}
	for _, f := range p.Funcs {
		for x, l := range f.Lambdas {
			g.lambdas[x] = l
		}
	}
	defer func() {
		if r := recover(); r != nil {
			if os.Getenv("AIOGO_DEBUG") != "" {
				panic(r) // keep the stack for compiler developers
			}
			err = fmt.Errorf("%s: internal compiler error: %v", opts.Source, r)
		}
	}()
	g.file = NewFile(opts.Package)
	g.file.HeaderComment("Code generated by aiogo. DO NOT EDIT.")
	if g.library() {
		g.file.HeaderComment("versions:")
		g.file.HeaderComment("\taiogo   " + Version)
		g.file.HeaderComment(fmt.Sprintf("\truntime %s (generated code v%d)", rtPkg, GenVersion))
	}
	g.file.HeaderComment("source: " + filepath.Base(opts.Source))
	g.file.ImportAlias(rtPkg, "rt")
	g.file.ImportName(pyPkg, "py")

	var exp *exporter
	if g.library() {
		exp = g.newExporter() // the same classes NewNames renamed
		g.enforceVersion()
	}
	top, methods, mod := p.Top, p.Methods, p.Module
	g.analyzeRecursion() // recursion.go

	// Globals.
	for _, sym := range info.Globals {
		if sym.Type == nil {
			continue
		}
		g.file.Var().Id(g.globalName(sym)).Add(g.goType(sym.Type))
	}
	g.fn = mod        // class-level defaults are module-level expressions
	g.hoistDefaults() // defaults.go
	for _, cls := range info.ClassList {
		g.class(cls)
	}
	for _, p := range info.Protocols {
		g.protocol(p) // protocol.go
	}
	for _, f := range top {
		g.function(f, nil)
	}
	for _, f := range methods {
		g.function(f, nil)
	}
	g.moduleMain(mod)
	g.registerFrames()
	if exp != nil {
		g.file.Comment("init runs the module's top-level code, as importing the Python module would.")
		g.file.Func().Id("init").Params().Block(rt("InitModule").Call(Id(mod.Name)))
		exp.exportAPI(mod)
	}
	if len(g.errs) > 0 {
		return nil, g.errs[0]
	}
	var buf bytes.Buffer
	if err := g.file.Render(&buf); err != nil {
		return nil, fmt.Errorf("%s: internal compiler error: generated Go does not format: %v", opts.Source, err)
	}
	return pinLineDirectives(buf.Bytes()), nil // linepin.go
}

// lambdaFunc is the lowering of a lambda expression: usually one of the
// current function's, but a class-level default (a dataclass
// default_factory) is a module-level expression evaluated in constructor
// calls anywhere.
func (g *gen) lambdaFunc(x *ast.Lambda) *ir.Func {
	if l, ok := g.fn.Lambdas[x]; ok {
		return l
	}
	if l, ok := g.lambdas[x]; ok && l.Info.Parent == g.info.Module {
		return l
	}
	panic("codegen: lambda outside the function being generated")
}

func (g *gen) globalName(sym *check.Symbol) string { return safe(sym.Name) }

// frameType names the frame struct of a coroutine function.
func frameType(f *ir.Func) string { return names.Derived(f.Name, "co") }

// methodFunc names the Go function implementing a method: it takes the
// receiver (any instance of the class or a subclass) as its first
// parameter.
func (n *Names) methodFunc(cls *check.Class, name string) string {
	pos := cls.Methods[name].Def.(*ast.FuncDef).Pos
	return names.Positional(n.className(cls)+"_"+strings.ReplaceAll(strings.Trim(name, "_"), ".", "_"), pos.Line, pos.Col)
}

// ifaceName names the interface type of a class's values.
func (n *Names) ifaceName(cls *check.Class) string { return names.Derived(n.className(cls), "I") }

// selfName names the method returning an instance's own struct (whose
// fields are the class's, not a subclass's).
func (n *Names) selfName(cls *check.Class) string { return names.Derived(n.className(cls), "obj") }

// classObjName names the runtime class object of an exception class.
func (n *Names) classObjName(cls *check.Class) string {
	return names.Derived(n.className(cls), "class")
}

// ctorName names a class's constructor function.
func (n *Names) ctorName(cls *check.Class) string { return names.Derived(n.className(cls), "new") }

// class emits a user class: a struct embedding its base's struct, an
// interface (the Go type of values of the class: any instance of it or a
// subclass), method wrappers that make every visible method dispatch to
// the most derived implementation, and a constructor.
func (g *gen) class(cls *check.Class) {
	cn := g.className(cls)
	iface := g.ifaceName(cls)
	var fields []Code
	var ifaceMethods []Code
	switch {
	case cls.Base != nil && !cls.Base.Builtin:
		fields = append(fields, Id(g.className(cls.Base)))
		ifaceMethods = append(ifaceMethods, Id(g.ifaceName(cls.Base)))
	case cls.IsExc:
		fields = append(fields, py("BaseException"))
		ifaceMethods = append(ifaceMethods, py("Exception"))
	}
	for _, fl := range cls.Fields {
		if fl.Type == nil || fl.InBase { // InBase: held by the plain base's struct
			continue
		}
		fields = append(fields, Id(safe(fl.Name)).Add(g.goType(fl.Type)))
		if g.lazyField(cls, fl.Name) {
			fields = append(fields, Id(setFlag(fl.Name)).Bool()) // lazyfield.go
		}
	}
	if len(fields) == 0 {
		// Go may give every zero-size allocation one address: instances
		// must be distinct objects for is and the default ==.
		fields = append(fields, Id("_").Byte())
	}
	ifaceMethods = append(ifaceMethods, Id(g.selfName(cls)).Params().Op("*").Id(cn))
	for _, name := range cls.Order {
		m := cls.Methods[name]
		if name == "__init__" || m.IsStatic || m.IsClass {
			continue
		}
		ifaceMethods = append(ifaceMethods, Id(g.methodSlot(m)).Add(g.methodSig(m)))
	}
	for _, cv := range cls.ClassVars {
		g.file.Commentf("%s is the class attribute %s.%s.", g.classVarName(cls, cv.Name), cls.Name, cv.Name)
		g.file.Var().Id(g.classVarName(cls, cv.Name)).Add(g.goType(cv.Type))
		if g.info.IsDynClassVar(cls, cv.Name) { // classattrs.go: bound in the class object
			root := check.ClassVarRoot(cls, cv.Name)
			rt, _ := root.LookupClassVar(cv.Name)
			g.prologue = append(g.prologue, py("SetClassAttr").Call(Id(g.classObjName(cls)), Lit(cv.Name), g.convert(g.classVarValue(cls, cv), cv.Type, rt.Type)))
			continue
		}
		g.prologue = append(g.prologue, Id(g.classVarName(cls, cv.Name)).Op("=").Add(g.classVarValue(cls, cv)))
	}
	ifaceMethods = append(ifaceMethods, g.classVarGetters(cls)...)  // surface_fix.go
	ifaceMethods = append(ifaceMethods, g.protoAttrGetters(cls)...) // protocol.go
	ifaceMethods = append(ifaceMethods, g.classObjIface(cls)...)    // clsobj.go
	g.enumMembersVar(cls)                                           // enum.go
	g.file.Commentf("%s holds the fields of Python class %s.", cn, cls.Name)
	g.file.Type().Id(cn).Struct(fields...)
	g.file.Commentf("%s is any instance of %s or of a subclass.", iface, cls.Name)
	g.file.Type().Id(iface).Interface(ifaceMethods...)
	g.file.Func().Params(Id("o").Op("*").Id(cn)).Id(g.selfName(cls)).Params().Op("*").Id(cn).Block(Return(Id("o")))
	if cls.IsExc {
		base := py(cls.Base.Name + "Class")
		if !cls.Base.Builtin {
			base = Id(g.classObjName(cls.Base))
		}
		g.file.Var().Id(g.classObjName(cls)).Op("=").Add(newClassObj(cls, base))
	}
	// Every visible method dispatches to the nearest implementation,
	// through every slot the class's chain declares for it (override.go).
	seen := map[string]bool{}
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		for _, name := range k.Order {
			if name == "__init__" || seen[name] {
				continue
			}
			seen[name] = true
			impl := k.Methods[name]
			if impl.IsStatic || impl.IsClass {
				continue
			}
			g.methodSlots(cls, impl)
		}
	}
	// Constructor.
	init := cls.LookupMethod("__init__")
	var params, args []Code
	args = append(args, Id("_o"))
	if init != nil {
		for i, p := range init.Sig.Params {
			n := names.Temp("a", i)
			params = append(params, Id(n).Add(g.goType(p.Type)))
			args = append(args, Id(n))
		}
	} else if cls.IsExc {
		params = append(params, Id("_args").Op("...").Any())
	}
	body := []Code{Id("_o").Op(":=").Op("&").Id(cn).Values()}
	if cls.IsExc {
		body = append(body, Id("_o").Dot("Class").Op("=").Id(g.classObjName(cls)), Id("_o").Dot("Self").Op("=").Id("_o"))
	}
	for _, fl := range plainFields(cls) {
		owner := cls.FieldOwner(fl.Name)
		d, ok := owner.LookupDefault(fl.Name)
		if !ok {
			if cv, cvOwner := cls.LookupClassVar(fl.Name); cv != nil && !g.lazyField(cls, fl.Name) {
				// A class attribute that instances also assign: until an
				// instance assigns its own, it reads the class's.
				body = append(body, Id("_o").Dot(g.selfName(owner)).Call().Dot(safe(fl.Name)).Op("=").Add(g.convert(Id(g.classVarName(cvOwner, fl.Name)), cv.Type, fl.Type)))
			}
			continue
		}
		if cv, cvOwner := cls.LookupClassVar(fl.Name); cv != nil && cvOwner != owner && cvOwner.IsSubclassOf(owner) {
			// A subclass body rebinds the attribute (route = "/users"):
			// instances start with its value, as CPython's lookup finds it.
			body = append(body, Id("_o").Dot(g.selfName(owner)).Call().Dot(safe(fl.Name)).Op("=").Add(g.convert(Id(g.classVarName(cvOwner, fl.Name)), cv.Type, fl.Type)))
			continue
		}
		body = append(body, Id("_o").Dot(g.selfName(owner)).Call().Dot(safe(fl.Name)).Op("=").Add(g.exprTo(d, fl.Type)))
	}
	switch {
	case init != nil && init.Def == nil:
		// Synthesized dataclass __init__: store every field, its
		// parameter (by name: keyword-only fields' parameters come
		// last) or, for field(init=False), its default.
		param := map[string]int{}
		for i, p := range init.Sig.Params {
			param[p.Name] = i
		}
		for _, fl := range cls.AllFields() {
			owner := cls.FieldOwner(fl.Name)
			if fl.NoInit {
				if d, ok := cls.LookupDefault(fl.Name); ok && fieldHasDefault(d) {
					body = append(body, Id("_o").Dot(g.selfName(owner)).Call().Dot(safe(fl.Name)).Op("=").Add(g.fieldDefault(d, fl.Type)))
					if g.lazyField(cls, fl.Name) {
						body = append(body, g.flagRef(Id("_o"), cls, fl.Name).Op("=").True()) // lazyfield.go
					}
				}
				continue
			}
			body = append(body, Id("_o").Dot(g.selfName(owner)).Call().Dot(safe(fl.Name)).Op("=").Id(names.Temp("a", param[fl.Name])))
			if g.lazyField(cls, fl.Name) { // a plain base's attribute (check.Field.InBase)
				body = append(body, g.flagRef(Id("_o"), cls, fl.Name).Op("=").True()) // lazyfield.go
			}
		}
		if cls.IsExc {
			// BaseException.__new__ keeps the positional arguments as
			// args: every positional parameter here, the call trims them
			// to those it passes positionally (py.TrimArgs).
			var pos []Code
			for i, p := range init.Sig.Params {
				if !p.KwOnly {
					pos = append(pos, Id(names.Temp("a", i)))
				}
			}
			body = append(body, py("SetNewArgs").Call(append([]Code{Id("_o")}, pos...)...))
		}
		if post := cls.LookupMethod("__post_init__"); post != nil && cls.Dataclass {
			args := []Code{Id("_o")}
			for _, fl := range cls.AllFields() { // InitVar values (check/dataclass_initvar.go)
				if fl.InitVar {
					args = append(args, Id(names.Temp("a", param[fl.Name])))
				}
			}
			body = append(body, Id(g.methodFunc(post.Owner, "__post_init__")).Call(args...))
		}
	case init != nil:
		if cls.IsExc {
			// BaseException.__new__ keeps the positional arguments as args
			// (trimmed by the call to those it passes, py.TrimArgs): args
			// unless __init__ calls super().__init__.
			var pos []Code
			for i, p := range init.Sig.Params {
				if !p.KwOnly {
					pos = append(pos, args[i+1])
				}
			}
			body = append(body, py("SetNewArgs").Call(append([]Code{Id("_o")}, pos...)...))
		}
		body = append(body, Id(g.methodFunc(init.Owner, "__init__")).Call(args...))
	case cls.IsExc:
		body = append(body, py("SetArgs").Call(Id("_o"), Id("_args").Op("...")))
	}
	body = append(body, Return(g.ctorResult(cls))) // hashing.go
	g.file.Func().Id(g.ctorName(cls)).Params(params...).Id(iface).Block(body...)
	if cls.IsExc && (init == nil || len(init.Sig.Params) == 0) {
		// `raise C` calls C(): the class object makes instances of this type.
		var ctorArgs []Code
		if init == nil {
			ctorArgs = append(ctorArgs, Id("_a").Op("..."))
		}
		g.file.Func().Id("init").Params().Block(
			Id(g.classObjName(cls)).Dot("New").Op("=").Func().Params(Id("_a").Op("...").Any()).Add(py("Exception")).Block(
				Return(Id(g.ctorName(cls)).Call(ctorArgs...)),
			),
		)
	} else if cls.IsExc {
		g.excNew(cls, init) // clsobj.go
	}
	if g.hasClassObj(cls) {
		g.classObject(cls) // clsobj.go
	}
	g.classProtocols(cls)
}

// methodSig is the Go signature (without name) of a method's wrapper.
func (g *gen) methodSig(m *check.Method) *Statement {
	var ps []Code
	for _, p := range m.Sig.Params {
		ps = append(ps, g.goType(p.Type))
	}
	if m.Sig.Ret == check.None {
		return Params(ps...)
	}
	return Params(ps...).Add(g.goType(m.Sig.Ret))
}

// classProtocols emits repr, equality and ordering for a class.
func (g *gen) classProtocols(cls *check.Class) {
	cn := g.className(cls)
	recv := Params(Id("o").Op("*").Id(cn))
	fieldRef := func(obj string, f *check.Field) *Statement {
		return Id(obj).Dot(g.selfName(cls.FieldOwner(f.Name))).Call().Dot(safe(f.Name))
	}
	if cls.IsExc {
		if !cls.Builtin {
			g.attrGetter(cls, recv) // formatattrs.go
		}
		g.excProtocols(cls) // exc_hierarchy.go
		if cls.Dataclass {
			g.dataclassExcProtocols(cls) // exc_hierarchy.go
		}
		return
	}
	if cls.Enum != nil {
		g.enumProtocols(cls) // enum.go
		return
	}
	g.file.Func().Add(recv).Id("PyTypeName").Params().String().Block(Return(Lit(cls.Py())))
	if q := cls.Qual(); q != cls.Name {
		// type(x).__qualname__ of a nested class (py.TypeQualName).
		g.file.Func().Add(recv).Id("PyQualName").Params().String().Block(Return(Lit(q)))
	}
	g.attrGetter(cls, recv)          // formatattrs.go
	userEq := g.userEqual(cls, recv) // surface_fix.go
	g.userOrder(cls, recv)
	hashOnly := check.HashOnlyClass(cls)
	if (userEq || cls.Dataclass || hashOnly) && check.UserKeyClass(cls) {
		// py.UserKey: dicts and sets find equal keys by __hash__ and __eq__.
		g.file.Func().Add(recv).Id("PyUserHash").Params().Int64().Block(Return(py("UserHash").Call(Id("o").Dot(methodGoName("__hash__")).Call())))
		g.file.Func().Id("init").Params().Block(py("RegisterUserKey").Types(Id(g.ifaceName(cls))).Call())
	}
	if hashOnly {
		// No __eq__: equal only to itself (object.__eq__).
		g.file.Func().Add(recv).Id("PyEqual").Params(Id("other").Any()).Bool().Block(Return(Any().Call(Id("o")).Op("==").Id("other")))
	}
	g.properSubclassOf(cls, recv) // compare_reflected.go
	g.truthProtocols(cls, recv)
	if m := cls.LookupMethod("__str__"); m != nil && m.Sig.Ret == check.Str {
		g.file.Func().Add(recv).Id("PyStr").Params().String().Block(Return(Id("o").Dot(methodGoName("__str__")).Call()))
	}
	if m := cls.LookupMethod("__format__"); m != nil && m.Sig.Ret == check.Str && len(m.Sig.Params) == 1 && m.Sig.Params[0].Type == check.Str {
		// py.Formatter: format(), f-string fields and str.format call it.
		g.file.Func().Add(recv).Id("PyFormat").Params(Id("spec").String()).String().Block(Return(Id("o").Dot(methodGoName("__format__")).Call(Id("spec"))))
	}
	if m := cls.LookupMethod("__repr__"); m != nil && m.Sig.Ret == check.Str {
		g.file.Func().Add(recv).Id("PyRepr").Params(Id("b").Op("*").Qual("strings", "Builder")).Block(
			Id("b").Dot("WriteString").Call(Id("o").Dot(methodGoName("__repr__")).Call()),
		)
		if !cls.Dataclass {
			return
		}
	}
	if !cls.Dataclass {
		g.file.Func().Add(recv).Id("PyRepr").Params(Id("b").Op("*").Qual("strings", "Builder")).Block(
			Qual("fmt", "Fprintf").Call(Id("b"), Lit("<__main__."+cls.Qual()+" object at %p>"), Id("o")),
		)
		return
	}
	var repr []Code
	repr = append(repr, Id("b").Dot("WriteString").Call(Lit(cls.Qual()+"(")))
	var eq []Code
	var cmp []Code
	shown := 0
	for _, f := range cls.AllFields() {
		if !f.NoRepr {
			sep := ""
			if shown > 0 {
				sep = ", "
			}
			shown++
			repr = append(repr, Id("b").Dot("WriteString").Call(Lit(sep+f.Name+"=")), py("ReprTo").Call(Id("b"), fieldRef("o", f)))
		}
		if f.NoCompare {
			continue
		}
		eq = append(eq, If(Op("!").Add(py("EqualItem").Call(fieldRef("o", f), fieldRef("p", f)))).Block(Return(False())))
		// Fields compare as a tuple's items: the first pair that is not
		// equal decides, unordered (a NaN) when CompareOp says so.
		cmp = append(cmp, If(Op("!").Add(py("EqualItem").Call(fieldRef("o", f), fieldRef("p", f)))).Block(
			Return(py("CompareOp").Call(fieldRef("o", f), fieldRef("p", f), Id("op")))))
	}
	repr = append(repr, Id("b").Dot("WriteString").Call(Lit(")")))
	if cls.LookupMethod("__repr__") == nil {
		g.file.Func().Add(recv).Id("PyRepr").Params(Id("b").Op("*").Qual("strings", "Builder")).Block(repr...)
	}
	g.fieldHash(cls) // exc_hierarchy.go
	if g.info.DataclassFields && !cls.NamedTuple {
		// dataclasses.asdict/astuple (py.AsDict) read the fields.
		var names, vals []Code
		for _, f := range cls.AllFields() {
			if f.Plain || f.InitVar {
				continue // an attribute, not a dataclass field
			}
			names = append(names, Lit(f.Name))
			vals = append(vals, fieldRef("o", f))
		}
		g.file.Comment("PyFields implements py.Dataclass.")
		g.file.Func().Add(recv).Id("PyFields").Params().Params(Index().String(), Index().Any()).Block(
			Return(Index().String().Values(names...), Index().Any().Values(vals...)),
		)
	}
	// A class without compared fields (a fieldless dataclass) never reads p: Go refuses an unused variable.
	pName, cmpName := "p", "p"
	if len(eq) == 0 {
		pName = "_"
	}
	if len(cmp) == 0 {
		cmpName = "_"
	}
	notSame := Return(False())
	if cls.NamedTuple {
		// A NamedTuple is a tuple: equal to and ordered with the tuple of
		// its fields (runtime/py/valuehash.go).
		notSame = Return(py("FieldsEqual").Call(Id("o"), Id("other")))
		var fields []Code
		for _, f := range cls.AllFields() {
			fields = append(fields, fieldRef("o", f))
		}
		g.file.Func().Add(recv).Id("PyTupleFields").Params().Index().Any().Block(Return(Index().Any().Values(fields...)))
	}
	eqBody := []Code{List(Id(pName), Id("ok")).Op(":=").Id("other").Assert(Op("*").Id(cn)), If(Op("!").Id("ok")).Block(notSame)}
	eqBody = append(eqBody, eq...)
	eqBody = append(eqBody, Return(True()))
	if !userEq && !cls.DataNoEq { // eq=False: identity, as plain classes
		g.file.Func().Add(recv).Id("PyEqual").Params(Id("other").Any()).Bool().Block(eqBody...)
	}
	if cls.DataOrder {
		cmpBody := []Code{Id(cmpName).Op("=").Id("other").Assert(Op("*").Id(cn))}
		if cmpName == "p" {
			cmpBody[0] = Id("p").Op(":=").Id("other").Assert(Op("*").Id(cn))
		}
		if cls.NamedTuple {
			cmpBody = []Code{
				List(Id(cmpName), Id("ok")).Op(":=").Id("other").Assert(Op("*").Id(cn)),
				If(Op("!").Id("ok")).Block(Return(py("FieldsCompareOp").Call(Id("o"), Id("other"), Id("op")))),
			}
		}
		cmpBody = append(cmpBody, cmp...)
		cmpBody = append(cmpBody, Return(Lit(0), True()))
		opName := "op"
		if len(cmp) == 0 && !cls.NamedTuple {
			opName = "_"
		}
		g.file.Func().Add(recv).Id("PyCompareOp").Params(Id("other").Any(), Id(opName).String()).Params(Int(), Bool()).Block(cmpBody...)
		g.file.Func().Add(recv).Id("PyCompare").Params(Id("other").Any()).Int().Block(
			List(Id("c"), Id("_")).Op(":=").Id("o").Dot("PyCompareOp").Call(Id("other"), Lit("<")),
			Return(Id("c")),
		)
		if !cls.NamedTuple {
			g.file.Func().Add(recv).Id("PyOrderedWith").Params(Id("other").Any()).Bool().Block(
				List(Id("_"), Id("ok")).Op(":=").Id("other").Assert(Op("*").Id(cn)),
				Return(Id("ok")),
			)
		}
	}
}

// methodGoName is the Go name of a method. A property setter (stored under check.SetterKey) is the derived name
// of kind "set" of the property's user name.
func methodGoName(name string) string {
	if base, ok := strings.CutSuffix(name, ".setter"); ok {
		return names.Derived(names.User(base), "set")
	}
	return names.Method(name)
}

// function emits a lowered function (and, recursively, its nested ones).
func (g *gen) function(f *ir.Func, cls *check.Class) {
	for _, n := range f.Nested {
		g.function(n, nil)
	}
	for _, l := range sortedLambdas(f) {
		g.function(l, nil)
	}
	if e := g.opts.Externs[f.Info.Def]; e != nil && cls == nil && f.Info.Def != nil {
		g.extern(f, e) // extern.go
		return
	}
	if f.Info.IsGen {
		g.generator(f, cls) // generators.go
		return
	}
	if f.Info.IsAsync {
		g.coroutine(f, cls)
		return
	}
	g.syncFunction(f, cls)
}

func sortedLambdas(f *ir.Func) []*ir.Func {
	var ls []*ir.Func
	for _, l := range f.Lambdas {
		ls = append(ls, l)
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i].Name < ls[j].Name })
	return ls
}

// paramList returns the Go parameters of f: free-variable cells first,
// then the declared parameters (self excluded for methods).
func (g *gen) paramList(f *ir.Func, cls *check.Class) (params []Code, goNames []string, vars []*ir.Var) {
	for _, sym := range f.Info.Free {
		v := f.SymVars[sym]
		params = append(params, Id(v.Name).Op("*").Add(g.goType(sym.Type)))
		goNames = append(goNames, v.Name)
		vars = append(vars, v)
	}
	for i, sym := range f.Info.Params {
		if cls != nil && i == 0 {
			continue
		}
		if i == 0 && f.Info.Method != nil && f.Info.Method.IsClass && !check.UsesClsParam(f.Info.Method) {
			continue // an unused cls is not passed (clsobj.go)
		}
		v := f.SymVars[sym]
		n := v.Name
		if v.Cell {
			n = names.Derived(v.Name, "p")
		}
		params = append(params, Id(n).Add(g.goType(sym.Type)))
		goNames = append(goNames, n)
		vars = append(vars, v)
	}
	return
}

func (g *gen) retType(f *ir.Func) check.Type {
	if f.Info.RetType == nil {
		return check.None
	}
	return f.Info.RetType
}

func (g *gen) syncFunction(f *ir.Func, cls *check.Class) { g.syncFunctionAs(f, cls, f.Name) }

// syncFunctionAs emits f as a plain Go function named goName (a method of
// cls when cls is not nil).
func (g *gen) syncFunctionAs(f *ir.Func, cls *check.Class, goName string) {
	g.fn = f
	g.mode = modePlain
	if f.HasTry {
		g.mode = modeTry
	}
	if cls == nil {
		g.frame(f, goName)
	}
	params, _, _ := g.paramList(f, cls)
	ret := g.retType(f)
	body := g.recursionGuard(f.Info) // recursion.go
	// Declarations.
	for _, v := range f.Vars {
		if v.Param && !v.Cell {
			continue
		}
		if v.Kind == ir.VarFree {
			continue
		}
		if cls != nil && v.Sym != nil && v.Sym == f.Info.Params[0] {
			continue
		}
		if v.Cell {
			if v.Param {
				body = append(body, Id(v.Name).Op(":=").Op("&").Id(names.Derived(v.Name, "p")))
			} else {
				body = append(body, Id(v.Name).Op(":=").New(g.goType(v.Type)))
			}
		} else {
			body = append(body, Var().Id(v.Name).Add(g.varGoType(v)))
		}
		body = append(body, Id("_").Op("=").Id(v.Name))
	}
	if f.Info == g.info.Module {
		body = append(body, g.prologue...)
	}
	blocks := g.blocks(f)
	if g.mode == modeTry {
		var retDecl []Code
		if ret != check.None {
			retDecl = append(retDecl, Var().Id("_ret").Add(g.goType(ret)))
		}
		body = append(body, retDecl...)
		body = append(body, Var().Id("_state").Int(), Var().Id("_h").Int(), Var().Id("_exc").Add(py("Exception")), Id("_").Op("=").Id("_exc"))
		inner := []Code{
			Defer().Func().Params().Block(
				If(Id("_h").Op("!=").Lit(0)).Block(
					If(Id("r").Op(":=").Recover(), Id("r").Op("!=").Nil()).Block(
						Id("_exc").Op("=").Add(py("Catch")).Call(Id("r")),
						Id("_state").Op("=").Id("_h"),
						Id("_ok").Op("=").False(),
					),
				),
			).Call(),
			g.dispatch(f, Id("_state")),
		}
		inner = append(inner, blocks...)
		var done Code = Return()
		if ret != check.None {
			done = Return(Id("_ret"))
		}
		body = append(body, For().Block(
			If(Func().Params().Params(Id("_ok").Bool()).Block(inner...).Call()).Block(done),
		))
	} else {
		body = append(body, blocks...)
	}
	name := goName
	var decl *Statement
	if cls != nil {
		decl = g.file.Func().Params(Id(f.SymVars[f.Info.Params[0]].Name).Op("*").Id(g.className(cls))).Id(methodGoName(f.Info.Name))
	} else {
		decl = g.file.Func().Id(name)
	}
	decl = decl.Params(params...)
	if ret != check.None {
		decl = decl.Add(g.goType(ret))
	}
	decl.Block(body...)
}

func (g *gen) varGoType(v *ir.Var) Code {
	if t := g.genVarType(v); t != nil { // generators.go
		return t
	}
	if v.Kind == ir.VarIter {
		return g.iterGoType(v.IterType)
	}
	if v.Kind == ir.VarExc {
		return py("Exception")
	}
	if v.Cell {
		return Op("*").Add(g.goType(v.Type))
	}
	return g.goType(v.Type)
}

// coroDispatch is the resume switch of a coroutine frame: stepping a
// finished coroutine object again raises RuntimeError, as CPython does.
func (g *gen) coroDispatch(f *ir.Func) Code {
	reuse := Case(Lit(-1)).Block(Panic(rt("ReusedCoroutine").Call()))
	return g.dispatchWith(f, Id("_f").Dot("_state"), reuse)
}

// dispatch is the resume switch: a jump to each resume label.
func (g *gen) dispatch(f *ir.Func, state Code) Code { return g.dispatchWith(f, state) }

func (g *gen) dispatchWith(f *ir.Func, state Code, extra ...Code) Code {
	cases := extra
	for _, b := range f.Blocks {
		if b.Resume {
			cases = append(cases, Case(Lit(b.ResumeID)).Block(Goto().Id(g.resumeLabel(b))))
		}
	}
	if len(cases) == 0 {
		return Null()
	}
	return Switch(state).Block(cases...)
}

func (g *gen) resumeLabel(b *ir.Block) string {
	if b.AwaitFrom != nil {
		return fmt.Sprintf("_r%d", b.ResumeID)
	}
	return fmt.Sprintf("_b%d", b.ID)
}

func (g *gen) coroutine(f *ir.Func, cls *check.Class) {
	if g.nosusp[f.Info] {
		g.noSuspendCoroutine(f)
		return
	}
	g.fn = f
	g.mode = modeCoro
	if f.HasTry {
		g.mode = modeCoroTry
	}
	ft := frameType(f)
	g.frame(f, "(*"+ft+")")
	ret := g.retType(f)
	// Frame struct.
	fields := []Code{Id("_state").Int(), Id("_res").Add(g.goType(ret))}
	if f.HasTry {
		fields = append(fields, Id("_h").Int(), Id("_exc").Add(py("Exception")), Id("_inaw").Bool())
	}
	if cls != nil {
		fields = append(fields, Id(f.SymVars[f.Info.Params[0]].Name).Op("*").Id(g.className(cls)))
	}
	for _, v := range f.Vars {
		if v.InFrame && !(cls != nil && v.Sym == f.Info.Params[0]) {
			fields = append(fields, Id(v.Name).Add(g.varGoType(v)))
		}
	}
	fields = append(fields, g.awaitFields(f)...)
	g.file.Commentf("%s is the frame of coroutine %s.", ft, f.Info.Name)
	g.file.Type().Id(ft).Struct(fields...)

	// Constructor.
	params, names, vars := g.paramList(f, cls)
	inits := Dict{}
	var recv []Code
	if cls != nil {
		self := f.SymVars[f.Info.Params[0]].Name
		recv = []Code{Id(self).Op("*").Id(g.className(cls))}
		inits[Id(self)] = Id(self)
	}
	for i, v := range vars {
		if v.Cell && v.Kind != ir.VarFree {
			inits[Id(v.Name)] = Op("&").Id(names[i])
		} else {
			inits[Id(v.Name)] = Id(names[i])
		}
	}
	ctor := g.file.Func()
	if cls != nil {
		ctor = ctor.Params(recv...).Id(methodGoName(f.Info.Name))
	} else {
		ctor = ctor.Id(f.Name)
	}
	ctor.Params(params...).Op("*").Id(ft).Block(Return(Op("&").Id(ft).Values(inits)))
	if cls == nil && f.Reusable {
		g.intoConstructor(f, params, inits)
	}

	// Result.
	g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("Result").Params().Add(g.goType(ret)).Block(Return(Id("_f").Dot("_res")))
	g.file.Comment("PyCoroState is the coroutine's progress (see runtime.AwaitCoro).")
	g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("PyCoroState").Params().Int().Block(Return(Id("_f").Dot("_state")))
	if g.info.CoroClose { // check/coroclose.go: the program closes coroutine objects
		g.file.Comment("PyClose is close() of the coroutine object (see runtime.CloseCoro).")
		g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("PyClose").Params().Bool().Block(
			If(Id("_f").Dot("_state").Op(">").Lit(0)).Block(Return(False())),
			Id("_f").Dot("_state").Op("=").Lit(-1),
			Return(True()))
	}

	// Step.
	var body []Code
	for _, v := range f.Vars {
		if v.InFrame || (cls != nil && v.Sym == f.Info.Params[0]) {
			continue
		}
		if v.Cell && !v.Param {
			body = append(body, Var().Id(v.Name).Add(g.varGoType(v)))
		} else {
			body = append(body, Var().Id(v.Name).Add(g.varGoType(v)))
		}
		body = append(body, Id("_").Op("=").Id(v.Name))
	}
	if cls != nil {
		self := f.SymVars[f.Info.Params[0]].Name
		body = append(body, Id(self).Op(":=").Id("_f").Dot(self), Id("_").Op("=").Id(self))
	}
	// Cells of non-parameter locals are created on the first step.
	var cellInit []Code
	for _, v := range f.Vars {
		if v.Cell && !v.Param && v.Kind != ir.VarFree {
			cellInit = append(cellInit, g.varRef(v, false).Op("=").New(g.goType(v.Type)))
		}
	}
	blocks := g.blocks(f)
	if g.mode == modeCoroTry {
		inner := append([]Code{}, body...)
		inner = append(inner,
			Defer().Func().Params().Block(
				If(Id("_f").Dot("_h").Op("!=").Lit(0)).Block(
					If(Id("r").Op(":=").Recover(), Id("r").Op("!=").Nil()).Block(
						Id("_f").Dot("_exc").Op("=").Add(py("Catch")).Call(Id("r")),
						If(Id("_f").Dot("_inaw")).Block( // escaped an awaited coroutine (stmt.go: await)
							Id("_f").Dot("_inaw").Op("=").False(),
							Id("_f").Dot("_exc").Op("=").Add(py("CoroStopConv")).Call(Id("_f").Dot("_exc")),
						),
						Id("_f").Dot("_state").Op("=").Id("_f").Dot("_h"),
						Id("_ok").Op("=").False(),
					),
				),
			).Call(),
			g.coroDispatch(f),
		)
		inner = append(inner, cellInit...)
		inner = append(inner, blocks...)
		g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("_run").Params(Id("_tc").Op("*").Add(rt("TaskCore"))).Params(Id("_done"), Id("_ok").Bool()).Block(inner...)
		g.file.Commentf("Step advances the coroutine (see runtime.Awaitable).")
		g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("Step").Params(Id("_tc").Op("*").Add(rt("TaskCore"))).Bool().Block(
			For().Block(
				If(List(Id("done"), Id("ok")).Op(":=").Id("_f").Dot("_run").Call(Id("_tc")), Id("ok")).Block(Return(Id("done"))),
			),
		)
		return
	}
	body = append(body, g.coroDispatch(f))
	body = append(body, cellInit...)
	body = append(body, blocks...)
	g.file.Commentf("Step advances the coroutine (see runtime.Awaitable).")
	g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("Step").Params(Id("_tc").Op("*").Add(rt("TaskCore"))).Bool().Block(body...)
}

func (g *gen) moduleMain(f *ir.Func) {
	g.fn = f
	g.mode = modePlain
	if f.HasTry {
		g.mode = modeTry
	}
	f.Name = names.Temp("main", -1)
	// Decorated functions: the module-level name holds dec(fn).
	for _, fi := range g.info.TopFuncs {
		if fi.Decorated == nil {
			continue
		}
		g.file.Var().Id(decoratedName(fi)).Add(g.goType(fi.Decorated)) // set by decorate, where the def runs
	}
	for _, l := range sortedLambdas(f) {
		g.function(l, nil)
	}
	g.fn = f
	g.mode = modePlain
	if f.HasTry {
		g.mode = modeTry
	}
	g.syncFunction(f, nil)
	switch {
	case g.opts.Package == "main":
		g.file.Func().Id("main").Params().Block(g.exitRoots(), rt("Main").Call(Id(f.Name))) // exitgens.go
	case g.opts.Program:
		g.file.Comment("Main runs the module's top-level code as a program would, and exits.")
		g.file.Func().Id("Main").Params().Block(g.exitRoots(), rt("Main").Call(Id(f.Name)))
	}
}

// decorate emits the binding of a decorated module-level function: its
// decorators, applied bottom-up, where the def runs (ir.Decorate).
func (g *gen) decorate(x *ir.Decorate) Code {
	fi := x.Info
	return Id(decoratedName(fi)).Op("=").Add(g.applyDecorators(x.Def, fi, g.closure(g.funcs[fi])))
}

// applyDecorators applies the decorators of def (fi) to its function
// value v, bottom-up.
func (g *gen) applyDecorators(def *ast.FuncDef, fi *check.FuncInfo, v Code) Code {
	for i := len(def.Decorators) - 1; i >= 0; i-- {
		if max, ok := check.MemoMax(def.Decorators[i], g.info.Types); ok { // check/memo.go
			v = py(fmt.Sprintf("Memo%d", len(fi.Sig.Params))).Call(v, Lit(max))
			continue
		}
		if dv, ok := g.genDecorate(def.Decorators[i], v, fi); ok { // generators.go
			v = dv
			continue
		}
		if cr, ok := g.typeOf(def.Decorators[i]).(*check.ClassRef); ok && check.DecoratorClassParam(cr.Class) != nil {
			v = Id(g.ctorName(cr.Class)).Call(v) // @Memo: Memo(fn) (check/decorator_class.go)
			continue
		}
		_, dec := g.callTarget(def.Decorators[i]) // a function, or an object's __call__
		v = dec.Call(v)
	}
	return v
}

// decoratedName is the package variable holding a decorated function.
func decoratedName(fi *check.FuncInfo) string { return names.Derived(safe(fi.Name), "dec") }

// classVarName is the package variable holding a class attribute.
func (n *Names) classVarName(cls *check.Class, name string) string {
	pos := cls.ClassVarInit[name].(ast.Expr).Position()
	return names.Positional(n.className(cls)+"_"+name, pos.Line, pos.Col)
}

// awaitFields are the frame fields that hold what f awaits: one slot per
// await site, reuse slots for recycled callee frames, and the embedded
// SleepOp. Coroutine and async-generator frames share them.
func (g *gen) awaitFields(f *ir.Func) []Code {
	var fields []Code
	usesSleep := false
	for _, b := range f.Blocks {
		a, ok := b.Term.(*ir.Await)
		if !ok {
			continue
		}
		switch a.Kind {
		case ir.AwaitDirect, ir.AwaitReuse: // no slot; reuse slots are added below
		case ir.AwaitSleep:
			usesSleep = usesSleep || !isYield(a)
		default:
			fields = append(fields, Id(fmt.Sprintf("_aw%d", a.ID)).Add(g.awaitSlotType(a)))
		}
	}
	for _, callee := range f.ReuseSlots {
		fields = append(fields, Id(reuseSlot(callee)).Op("*").Id(frameType(callee)))
	}
	if usesSleep {
		fields = append(fields, Id("_sl").Add(rt("SleepOp")))
	}
	return fields
}

// truthProtocols emits py.Truther (PyBool) for a class defining __bool__
// and py.Lener (Len) for one defining __len__ (and no __bool__): the
// truth of an instance held as a union or object value (`m or "free"`)
// calls them, as CPython's bool() does.
func (g *gen) truthProtocols(cls *check.Class, recv *Statement) {
	if m := cls.LookupMethod("__bool__"); m != nil && m.Sig != nil && m.Def != nil && !m.IsAsync && !m.IsStatic && !m.IsClass && len(m.Sig.Params) == 0 && m.Sig.Ret == check.Bool {
		g.file.Func().Add(recv).Id("PyBool").Params().Bool().Block(Return(Id("o").Dot(g.methodSlot(m)).Call()))
		return
	}
	if m := cls.LookupMethod("__len__"); m != nil && m.Sig != nil && m.Def != nil && !m.IsAsync && !m.IsStatic && !m.IsClass && len(m.Sig.Params) == 0 && m.Sig.Ret == check.Int {
		g.file.Func().Add(recv).Id("Len").Params().Int64().Block(Return(Id("o").Dot(g.methodSlot(m)).Call()))
	}
}

// plainFields lists the attributes of cls that are no dataclass fields,
// from the root class down: those of a plain class, or of the plain bases
// of a dataclass (their class-level values start every instance).
func plainFields(cls *check.Class) []*check.Field {
	if !cls.Dataclass {
		return cls.AllFields()
	}
	k := cls
	for k != nil && k.Dataclass {
		k = k.Base
	}
	if k == nil || k.Builtin {
		return nil
	}
	return k.AllFields()
}
