package codegen

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	"github.com/aiogo/aiogo/names"
	. "github.com/dave/jennifer/jen"
)

// The exported Go API of a library package (Config.Package != "main").
//
// Every module-level function, coroutine and class whose name does not
// start with '_' gets an exported, documented Go form whose boundary uses
// Go-native types (see exportType):
//
//	async def fetch_all(urls: list[str], limit: int = 4) -> list[Result]
//
// becomes
//
//	func FetchAll(ctx context.Context, urls []string, limit int64, opts ...rt.Option) ([]Result, error)
//	func FetchAllCoro(urls []string, limit int64) rt.Coroutine[[]Result]
//	type FetchAllParams struct{ Urls []string; Limit int64 }
//	func NewFetchAllParams(urls []string) FetchAllParams // Limit: 4
//	func (p FetchAllParams) Call(ctx context.Context, opts ...rt.Option) ([]Result, error)
//	func (p FetchAllParams) Coro() rt.Coroutine[[]Result]
//
// FetchAll runs the coroutine on an event loop of its own (rt.Call);
// FetchAllCoro is the unstarted coroutine, for rt.Await on a shared
// rt.Host or for awaiting from other coroutines. A class becomes a Go
// struct of exported fields (values cross the boundary by copy); a plain
// function becomes a Go function returning (result, error). Exported names
// are Go-cased Python names (fetch_all -> FetchAll, url -> URL); internal
// names never start with an upper-case letter unless the Python name does,
// and the generator reports a collision as a compile error.

// initialisms are spelled in upper case in exported names (Go style).
var initialisms = map[string]bool{
	"acl": true, "api": true, "ascii": true, "cpu": true, "css": true, "csv": true, "dns": true,
	"eof": true, "guid": true, "html": true, "http": true, "https": true, "id": true, "io": true,
	"ip": true, "json": true, "rpc": true, "sql": true, "ssh": true, "tcp": true, "tls": true,
	"ttl": true, "udp": true, "ui": true, "uid": true, "uri": true, "url": true, "utf8": true,
	"uuid": true, "xml": true,
}

// exportName returns the Go-cased exported form of a Python name, or ""
// when the name is private (starts with '_').
func exportName(name string) string {
	if name == "" || name[0] == '_' {
		return ""
	}
	var b strings.Builder
	for _, part := range strings.Split(name, "_") {
		if part == "" {
			continue
		}
		low := strings.ToLower(part)
		if initialisms[low] {
			b.WriteString(strings.ToUpper(part))
			continue
		}
		if strings.HasSuffix(low, "s") && initialisms[low[:len(low)-1]] {
			b.WriteString(strings.ToUpper(part[:len(part)-1]) + "s") // urls -> URLs
			continue
		}
		r := []rune(part)
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	s := b.String()
	if r := []rune(s); len(r) == 0 || !unicode.IsUpper(r[0]) {
		s = "X" + s
	}
	return s
}

// exportParam returns the Go name of an exported function's parameter.
func exportParam(name string) string {
	s := safe(name)
	switch s {
	case "ctx", "opts", "rt", "py", "context", "p":
		s += "_"
	}
	return s
}

// exporter holds the state of exportAPI.
type exporter struct {
	g *gen
	// classes maps exportable classes to their exported names.
	classes map[*check.Class]string
	// handle marks the exported classes whose Go form is a reference to
	// the Python object (export_class.go); the others are value structs.
	handle map[*check.Class]bool
	// taken maps exported identifiers to what declared them.
	taken map[string]string
	// internal maps module-level internal Go names to their Python names.
	internal map[string]string
	// cands are the classes considered for export, in order.
	cands []*check.Class
}

// Version is the version of aiogo (and of the runtime it carries: see
// runtime.Version, which a test keeps equal).
const Version = "v0.9.0"

// GenVersion is the version of the protocol between generated code and the
// runtime (runtime.GenVersion).
const GenVersion = 1

// library reports whether the package is a library (not main).
func (g *gen) library() bool { return g.opts.Package != "main" && !g.opts.Program }

// moduleName is __name__: "__main__" in a program, the module's name (the
// file name without .py) in a library package.
func (g *gen) moduleName() string {
	if !g.library() {
		return "__main__"
	}
	return strings.TrimSuffix(filepath.Base(g.opts.Source), ".py")
}

// enforceVersion emits the compile-time assertion that the runtime
// supports this generated code.
func (g *gen) enforceVersion() {
	g.file.Comment("This code needs a runtime that supports generated code of version")
	g.file.Commentf("%d. If these lines fail to compile (a constant overflows", GenVersion)
	g.file.Comment("rt.EnforceVersion, or rt.EnforceVersion is undefined), the runtime and the")
	g.file.Comment("aiogo that generated this file differ: run `aiogo mod` with the same aiogo")
	g.file.Comment("as `go generate`, or regenerate with the aiogo matching the runtime.")
	g.file.Const().Defs(
		Id("_").Op("=").Add(rt("EnforceVersion")).Call(Lit(GenVersion).Op("-").Add(rt("MinGenVersion"))),
		Id("_").Op("=").Add(rt("EnforceVersion")).Call(rt("GenVersion").Op("-").Lit(GenVersion)),
	)
}

// newExporter decides which classes the package exports and gives their
// internal structs names in the generated namespace, so that the exported
// struct can take the class's own name.
func (g *gen) newExporter() *exporter {
	x := &exporter{g: g, classes: map[*check.Class]string{}, handle: map[*check.Class]bool{}, taken: map[string]string{}, internal: map[string]string{}}
	// Every public class other than an exception is exported. A dataclass
	// with no methods of its own, no subclass and fields of Go-native
	// types is a value struct (copied at the boundary); any other class is
	// a handle to the Python object, so that identity and mutation through
	// methods keep their Python meaning.
	var cands []*check.Class
	subclassed := map[*check.Class]bool{}
	for _, cls := range g.info.ClassList {
		for b := cls.Base; b != nil; b = b.Base {
			subclassed[b] = true
		}
	}
	for _, cls := range g.info.ClassList {
		if cls.IsExc || cls.Builtin || exportName(cls.Name) == "" {
			continue
		}
		x.classes[cls] = exportName(cls.Name)
		cands = append(cands, cls)
		if !cls.Dataclass || subclassed[cls] || hasUserMethods(cls) {
			x.handle[cls] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for _, cls := range cands {
			if x.handle[cls] {
				continue
			}
			for _, fl := range cls.AllFields() {
				if fl.Type == nil || !x.mappable(fl.Type) || x.reaches(fl.Type, cls, map[*check.Class]bool{}) {
					x.handle[cls] = true // a copy would lose fields or never end
					changed = true
					break
				}
			}
		}
	}
	x.cands = cands
	return x
}

// hasUserMethods reports whether a class or one of its bases defines a
// method (a dataclass's synthesized __init__ does not count).
func hasUserMethods(cls *check.Class) bool {
	for k := cls; k != nil && !k.Builtin; k = k.Base {
		for _, m := range k.Methods {
			if m.Def != nil {
				return true
			}
		}
	}
	return false
}

// reaches reports whether values of t can contain a value-struct class
// that contains target (a cycle a copy cannot follow).
func (x *exporter) reaches(t check.Type, target *check.Class, seen map[*check.Class]bool) bool {
	switch t := t.(type) {
	case *check.List:
		return x.reaches(t.Elem, target, seen)
	case *check.Set:
		return x.reaches(t.Elem, target, seen)
	case *check.Dict:
		return x.reaches(t.Val, target, seen)
	case *check.Optional:
		return x.reaches(t.Elem, target, seen)
	case *check.Tuple:
		for _, e := range t.Elems {
			if x.reaches(e, target, seen) {
				return true
			}
		}
	case *check.Class:
		if t == target {
			return true
		}
		if x.handle[t] || seen[t] {
			return false
		}
		seen[t] = true
		for _, fl := range t.AllFields() {
			if fl.Type != nil && x.reaches(fl.Type, target, seen) {
				return true
			}
		}
	}
	return false
}

// exportAPI emits the exported API of a library package.
func (x *exporter) exportAPI(mod *ir.Func) {
	g := x.g
	for _, fi := range g.info.TopFuncs {
		x.internal[safe(fi.Name)] = fi.Name
	}
	for _, cls := range g.info.ClassList {
		x.internal[g.className(cls)] = cls.Name
	}
	for _, sym := range g.info.Globals {
		x.internal[g.globalName(sym)] = sym.Name
	}
	save := g.fn
	g.fn = mod // defaults are module-level expressions
	defer func() { g.fn = save }()
	for _, cls := range x.cands {
		if x.handle[cls] {
			x.handleClass(cls, x.classes[cls]) // export_class.go
		} else {
			x.class(cls, x.classes[cls])
		}
	}
	for _, fi := range g.info.TopFuncs {
		name := exportName(fi.Name)
		if name == "" {
			continue
		}
		if why := x.unexportable(fi); why != "" {
			g.file.Commentf("%s has no exported Go form: %s.", fi.Name, why)
			g.file.Line()
			continue
		}
		x.function(g.funcs[fi], name)
	}
}

// claim records an exported identifier, reporting a collision with another
// exported identifier or with an internal module-level name.
func (x *exporter) claim(goName, what string, pos ast.Pos) {
	if prev, ok := x.taken[goName]; ok {
		x.g.errs = append(x.g.errs, fmt.Errorf("%s: exported Go name %s of %s collides with the one of %s; rename one of them", pos, goName, what, prev))
		return
	}
	if py, ok := x.internal[goName]; ok {
		x.g.errs = append(x.g.errs, fmt.Errorf("%s: exported Go name %s of %s collides with the Go name of module-level %s; rename one of them", pos, goName, what, py))
		return
	}
	x.taken[goName] = what
}

func (x *exporter) unexportable(fi *check.FuncInfo) string {
	switch {
	case fi.IsGen && fi.IsAsync:
		return "async generators are not exported"
	case fi.IsGen && resultIter(fi) == nil:
		return "generators typed " + fmt.Sprint(fi.Sig.Ret) + " are not exported (only Iterator[T] and Generator[T, None, None])"
	case fi.Decorated != nil:
		return "decorated functions are not exported"
	}
	for i, p := range fi.Sig.Params {
		if fi.Def != nil && i < len(fi.Def.Params) && fi.Def.Params[i].Kind != "" {
			return "parameter " + p.Name + " is not a plain positional parameter"
		}
		if !x.mappable(p.Type) {
			return fmt.Sprintf("parameter %s: %s has no Go-native form", p.Name, p.Type)
		}
	}
	if el := resultIter(fi); el != nil && !fi.IsAsync {
		if !x.mappable(el) {
			return fmt.Sprintf("the elements of its result %s have no Go-native form", fi.RetType)
		}
		return ""
	}
	if fi.RetType != check.None && !x.mappable(fi.RetType) {
		return fmt.Sprintf("result type %s has no Go-native form", fi.RetType)
	}
	return ""
}

// resultIter is T when a function returns Iterator[T] (or is a generator
// declared so), or nil.
func resultIter(fi *check.FuncInfo) check.Type {
	if fi.IsGen {
		return iterElem(fi.Sig.Ret)
	}
	return iterElem(fi.RetType)
}

// iterElem is T of an Iterator[T] or a Generator[T, None, None] (what an
// exported function returns as a Go iterator), or nil.
func iterElem(t check.Type) check.Type {
	switch t := t.(type) {
	case *check.Iterator:
		return t.Elem
	case *check.Generator:
		if !t.Async && (t.Send == nil || t.Send == check.None) && (t.Return == nil || t.Return == check.None) {
			return t.Yield
		}
	}
	return nil
}

// mappable reports whether t has a Go-native form.
func (x *exporter) mappable(t check.Type) bool {
	switch t := t.(type) {
	case *check.Basic:
		return t.Kind != check.KNone
	case *check.List:
		return t.Elem != nil && x.mappable(t.Elem)
	case *check.Set:
		return t.Elem != nil && x.mappable(t.Elem) && x.comparable(t.Elem)
	case *check.Dict:
		return t.Key != nil && x.mappable(t.Key) && x.comparable(t.Key) && t.Val != nil && x.mappable(t.Val)
	case *check.Tuple:
		if t.Var || t.ListRepr {
			return false
		}
		for _, e := range t.Elems {
			if !x.mappable(e) {
				return false
			}
		}
		return true
	case *check.Optional:
		return x.mappable(t.Elem)
	case *check.Union:
		return numFloatUnion(t) // floatpos.go
	case *check.Class:
		_, ok := x.classes[t]
		return ok
	case *check.Func:
		if t.Ret == nil {
			return false
		}
		for _, p := range t.Params {
			if !x.mappable(p.Type) {
				return false
			}
		}
		return t.Ret == check.None || x.mappable(t.Ret)
	}
	return false
}

// comparable reports whether the Go-native form of t (mappable) can be a
// Go map key with Python's equality: basic types other than bytes, handles
// (identity, as for objects without __eq__) and tuples of those.
func (x *exporter) comparable(t check.Type) bool {
	switch t := t.(type) {
	case *check.Basic:
		return t.Kind != check.KBytes && t.Kind != check.KNone
	case *check.Class:
		return x.handle[t] && t.LookupMethod("__eq__") == nil
	case *check.Tuple:
		for _, e := range t.Elems {
			if !x.comparable(e) {
				return false
			}
		}
		return true
	}
	return false
}

// exportType is the Go-native type of t (mappable).
func (x *exporter) exportType(t check.Type) *Statement {
	switch t := t.(type) {
	case *check.Basic:
		if t.Kind == check.KBytes {
			return Index().Byte()
		}
		return x.g.goType(t).(*Statement)
	case *check.List:
		return Index().Add(x.exportType(t.Elem))
	case *check.Set:
		return Map(x.exportType(t.Elem)).Struct()
	case *check.Dict:
		return Map(x.exportType(t.Key)).Add(x.exportType(t.Val))
	case *check.Func:
		var ps []Code
		for _, p := range t.Params {
			ps = append(ps, x.exportType(p.Type))
		}
		if t.Ret == check.None {
			return Func().Params(ps...).Error()
		}
		return Func().Params(ps...).Params(x.exportType(t.Ret), Error())
	case *check.Tuple:
		var fs []Code
		for i, e := range t.Elems {
			fs = append(fs, Id(fmt.Sprintf("V%d", i)).Add(x.exportType(e)))
		}
		return Struct(fs...)
	case *check.Optional:
		if x.nilable(t.Elem) {
			return x.exportType(t.Elem) // nil (the zero handle) is None
		}
		return Op("*").Add(x.exportType(t.Elem))
	case *check.Class:
		return Id(x.classes[t])
	case *check.Union:
		return Float64() // int | float: numFloatUnion
	}
	panic(fmt.Sprintf("codegen: no exported form of %s", t))
}

// nilable reports whether the Go form of t has a zero value that stands
// for None in Optional[t]: funcs (nil) and handles (the zero handle).
func (x *exporter) nilable(t check.Type) bool {
	switch t := t.(type) {
	case *check.Func:
		return true
	case *check.Class:
		return x.handle[t]
	}
	return false
}

// convNilable converts an Optional[t] of a nilable t.
func (x *exporter) convNilable(e Code, t *check.Optional, toGo bool) Code {
	g := x.g
	in, out := g.goType(t), Code(x.exportType(t))
	var zero Code = Nil()
	if c, ok := t.Elem.(*check.Class); ok {
		zero = Id(x.classes[c]).Values()
	}
	if toGo {
		return Func().Params(Id("v").Add(in)).Add(out).Block(
			If(Op("!").Id("v").Dot("Ok")).Block(Return(zero)),
			Return(x.conv(Id("v").Dot("V"), t.Elem, true)),
		).Call(e)
	}
	return Func().Params(Id("v").Add(out)).Add(in).Block(
		If(Id("v").Op("==").Add(zero)).Block(Return(Add(in).Values())),
		Return(Add(in).Values(Dict{Id("V"): x.conv(Id("v"), t.Elem, false), Id("Ok"): True()})),
	).Call(e)
}

// same reports whether t's internal and exported Go types are the same.
func same(t check.Type) bool {
	b, ok := t.(*check.Basic)
	return ok && b.Kind != check.KBytes
}

// convFunc is a function value converting t from its internal Go type to
// its exported one (toGo) or back.
func (x *exporter) convFunc(t check.Type, toGo bool) Code {
	g := x.g
	switch {
	case same(t):
		return py("Same").Types(g.goType(t))
	case t == check.Bytes:
		if toGo {
			return py("BytesToGo")
		}
		return py("BytesFromGo")
	}
	if cls, ok := t.(*check.Class); ok {
		if toGo {
			return Id(classConvName(cls, "togo"))
		}
		return Id(classConvName(cls, "fromgo"))
	}
	in, out := g.goType(t), Code(x.exportType(t))
	if !toGo {
		in, out = out, in
	}
	return Func().Params(Id("v").Add(in)).Add(out).Block(Return(x.conv(Id("v"), t, toGo)))
}

// conv converts the value of e (of type t) between its internal and its
// exported Go type.
func (x *exporter) conv(e Code, t check.Type, toGo bool) Code {
	dir := "FromGo"
	if toGo {
		dir = "ToGo"
	}
	switch t := t.(type) {
	case *check.Basic:
		if t.Kind == check.KBytes {
			return py("Bytes" + dir).Call(e)
		}
		return e
	case *check.Union: // int | float: numFloatUnion
		if toGo {
			return py("NumToFloat").Call(e)
		}
		return Any().Call(e)
	case *check.List:
		return py("List"+dir).Call(e, x.convFunc(t.Elem, toGo))
	case *check.Set:
		return py("Set"+dir).Call(e, x.convFunc(t.Elem, toGo))
	case *check.Dict:
		return py("Dict"+dir).Call(e, x.convFunc(t.Key, toGo), x.convFunc(t.Val, toGo))
	case *check.Optional:
		if x.nilable(t.Elem) {
			return x.convNilable(e, t, toGo)
		}
		return py("Opt"+dir).Call(e, x.convFunc(t.Elem, toGo))
	case *check.Class:
		return x.convFunc(t, toGo).(*Statement).Call(e)
	case *check.Func:
		return x.convCallable(e, t, toGo) // export_class.go
	case *check.Tuple:
		in, out := x.g.goType(t), Code(x.exportType(t))
		if !toGo {
			in, out = out, in
		}
		vals := Dict{}
		for i, el := range t.Elems {
			src, dst := fmt.Sprintf("F%d", i), fmt.Sprintf("V%d", i)
			if !toGo {
				src, dst = dst, src
			}
			vals[Id(dst)] = x.conv(Id("v").Dot(src), el, toGo)
		}
		return Func().Params(Id("v").Add(in)).Add(out).Block(Return(Add(out).Values(vals))).Call(e)
	}
	panic(fmt.Sprintf("codegen: no exported form of %s", t))
}

// classConvName names the generated converter of a class's values.
func classConvName(cls *check.Class, kind string) string {
	return names.Derived(safe(cls.Name), kind)
}

// class emits the exported struct of a value class (a dataclass without
// methods or subclasses), its converters and, when fields have defaults,
// its constructor.
func (x *exporter) class(cls *check.Class, name string) {
	g := x.g
	var pos ast.Pos
	var doc string
	if d, ok := cls.Def.(*ast.ClassDef); ok {
		pos = d.Pos
		doc = docstring(d.Body)
	}
	x.claim(name, "class "+cls.Name, pos)
	kind := "class"
	if cls.Dataclass {
		kind = "dataclass"
	}
	g.file.Commentf("%s is the Go form of Python %s %s: its values cross the API by copy.", name, kind, cls.Name)
	x.docLines(doc)
	var fields []Code
	fieldNames := map[string]string{}
	togo := Dict{}
	var fromgo []Code
	fromgo = append(fromgo, Id("o").Op(":=").Op("&").Id(g.className(cls)).Values())
	for _, fl := range cls.AllFields() {
		fn := exportName(fl.Name)
		if fn == "" {
			fn = exportName("x" + fl.Name)
		}
		if prev, ok := fieldNames[fn]; ok {
			g.errs = append(g.errs, fmt.Errorf("%s: exported Go field %s of %s.%s collides with the one of %s; rename one of them", pos, fn, cls.Name, fl.Name, prev))
		}
		fieldNames[fn] = fl.Name
		fields = append(fields, Id(fn).Add(x.exportType(fl.Type)).Comment(fl.Name+": "+fl.Type.String()))
		owner := cls.FieldOwner(fl.Name)
		ref := Id("o").Dot(g.selfName(owner)).Call().Dot(safe(fl.Name))
		togo[Id(fn)] = x.conv(ref, fl.Type, true)
		fromgo = append(fromgo, ref.Clone().Op("=").Add(x.conv(Id("x").Dot(fn), fl.Type, false)))
	}
	g.file.Type().Id(name).Struct(fields...)
	iface := g.goType(cls)
	g.file.Commentf("%s converts a %s to its exported form.", classConvName(cls, "togo"), cls.Name)
	g.file.Func().Id(classConvName(cls, "togo")).Params(Id("o").Add(iface)).Id(name).Block(
		If(Id("o").Op("==").Nil()).Block(Return(Id(name).Values())),
		Return(Id(name).Values(togo)),
	)
	fromgo = append(fromgo, Return(Id("o")))
	g.file.Commentf("%s converts the exported form of a %s back.", classConvName(cls, "fromgo"), cls.Name)
	g.file.Func().Id(classConvName(cls, "fromgo")).Params(Id("x").Id(name)).Add(iface).Block(fromgo...)
	x.valueConstructor(cls, name, fieldNames, pos) // export_class.go
}

// function emits the exported forms of a module-level function.
func (x *exporter) function(f *ir.Func, name string) {
	g := x.g
	fi := f.Info
	pos := fi.Def.Pos
	x.claim(name, fi.Name, pos)
	var params, args []Code
	var pnames []string
	for i, p := range fi.Sig.Params {
		pn := exportParam(p.Name)
		pnames = append(pnames, pn)
		params = append(params, Id(pn).Add(x.exportType(p.Type)))
		args = append(args, x.conv(Id(pn), fi.Sig.Params[i].Type, false))
	}
	hasRes := fi.RetType != check.None
	var resType Code = py("NoneType")
	if hasRes {
		resType = x.exportType(fi.RetType)
	}
	sig := x.pySignature(fi.Def)
	doc := docstring(fi.Def.Body)
	results := func() []Code {
		if hasRes {
			return []Code{resType, Error()}
		}
		return []Code{Error()}
	}
	ret := func(call Code) []Code {
		if hasRes {
			return []Code{Return(call)}
		}
		return []Code{List(Id("_"), Err()).Op(":=").Add(call), Return(Err())}
	}
	optsParam := Id("opts").Op("...").Add(rt("Option"))
	if fi.IsAsync {
		coro := name + "Coro"
		x.claim(coro, fi.Name, pos)
		// Name(ctx, args..., opts...)
		g.file.Commentf("%s runs the coroutine %s to completion on an event loop of its own and", name, fi.Name)
		g.file.Comment("returns its result; any number of goroutines may call it at once.")
		g.file.Comment("Cancelling ctx cancels the task (CancelledError inside) and returns ctx.Err();")
		g.file.Comment("a Python exception returns as an *rt.Error. opts choose the clock and where")
		g.file.Comment("print writes (rt.WithStdout); output is flushed before it returns.")
		x.sigDoc(sig, doc)
		g.file.Func().Id(name).Params(append(append([]Code{Id("ctx").Qual("context", "Context")}, params...), optsParam)...).Params(results()...).Block(
			ret(rt("Call").Call(Id("ctx"), Id(coro).Call(idList(pnames)...), Id("opts").Op("...")))...,
		)
		g.file.Commentf("%s returns the unstarted coroutine %s(...), to run with rt.Await on", coro, fi.Name)
		g.file.Comment("a shared rt.Host, with rt.Call, or to await from other coroutines.")
		var body Code
		inner := Id(f.Name).Call(args...)
		if same(fi.RetType) || !hasRes {
			body = Return(inner)
		} else {
			body = Return(rt("Convert").Call(inner, Func().Params(Id("r").Add(g.goType(fi.RetType))).Add(resType).Block(
				Return(x.conv(Id("r"), fi.RetType, true)))))
		}
		g.file.Func().Id(coro).Params(params...).Add(rt("Coroutine").Types(resType)).Block(body)
	} else if el := resultIter(fi); el != nil {
		elType := x.exportType(el)
		g.file.Commentf("%s returns the Python iterator %s(...) as a Go iterator: each step runs", name, fi.Name)
		g.file.Comment("the Python code to its next value; an exception ends the sequence with a")
		g.file.Comment("last (zero, *rt.Error) pair. A loop left early does not close a generator")
		g.file.Comment("(its finally blocks do not run). Output is flushed after each step.")
		x.sigDoc(sig, doc)
		g.file.Func().Id(name).Params(params...).Qual("iter", "Seq2").Types(elType, Error()).Block(
			Return(rt("Seq").Call(
				Func().Params().Add(py("Iter").Types(g.goType(el))).Block(Return(Id(f.Name).Call(args...))),
				x.convFunc(el, true),
			)),
		)
	} else {
		g.file.Commentf("%s calls the Python function %s; a Python exception returns as an", name, fi.Name)
		g.file.Comment("*rt.Error. What it prints is flushed before it returns.")
		x.sigDoc(sig, doc)
		var fn []Code
		call := Id(f.Name).Call(args...)
		switch {
		case !hasRes:
			fn = []Code{call, Return(py("None"))}
		case same(fi.RetType):
			fn = []Code{Return(call)}
		default:
			fn = []Code{Return(x.conv(call, fi.RetType, true))}
		}
		g.file.Func().Id(name).Params(params...).Params(results()...).Block(
			ret(rt("CallSync").Call(Func().Params().Add(resType).Block(fn...)))...,
		)
	}
	x.params(f, name)
}

// xparam is a parameter of an exported function, method or constructor.
type xparam struct {
	name  string     // Go parameter name
	py    string     // Python parameter name
	typ   check.Type // language type
	def   Code       // the Python default converted to the Go form; nil when required
	src   string     // the default's source text
	field string     // field name in the Params struct (set by paramsType)
}

// paramsType emits pt, a struct of the arguments, and ctor, which takes
// the required ones and sets the optional ones to their Python defaults.
// It returns the arguments as p's fields, or nil when no parameter has a
// default (and nothing was emitted).
func (x *exporter) paramsType(pt, ctor, of string, pos ast.Pos, ps []xparam) []Code {
	g := x.g
	firstDefault := -1
	for i, p := range ps {
		if p.def != nil {
			firstDefault = i
			break
		}
	}
	if firstDefault < 0 {
		return nil
	}
	x.claim(pt, of, pos)
	x.claim(ctor, of, pos)
	var fields, params, args []Code
	vals := Dict{}
	used := map[string]bool{}
	for i := range ps {
		p := &ps[i]
		fn := exportName(p.py)
		if fn == "" || used[fn] {
			fn = fmt.Sprintf("Arg%d", i)
		}
		used[fn] = true
		p.field = fn
		st := Id(fn).Add(x.exportType(p.typ))
		if p.def != nil {
			st.Comment("default: " + p.src)
			vals[Id(fn)] = p.def
		} else {
			vals[Id(fn)] = Id(p.name)
		}
		if i < firstDefault {
			params = append(params, Id(p.name).Add(x.exportType(p.typ)))
		}
		fields = append(fields, st)
		args = append(args, Id("p").Dot(fn))
	}
	g.file.Commentf("%s holds the arguments of %s; %s sets the optional ones to", pt, of, ctor)
	g.file.Comment("their Python defaults.")
	g.file.Type().Id(pt).Struct(fields...)
	g.file.Commentf("%s returns the arguments of %s with the Python defaults of the optional ones.", ctor, of)
	g.file.Func().Id(ctor).Params(params...).Id(pt).Block(Return(Id(pt).Values(vals)))
	return args
}

// funcParams lists the parameters of a def (without self for a method)
// with their defaults.
func (x *exporter) funcParams(sig *check.Func, def *ast.FuncDef, skip int) []xparam {
	var ps []xparam
	for i, p := range sig.Params {
		xp := xparam{name: exportParam(p.Name), py: p.Name, typ: p.Type}
		if d := def.Params[i+skip].Default; d != nil {
			xp.src = x.sourceOf(d)
			xp.def = x.conv(x.g.paramDefault(d, p.Type), p.Type, true)
		}
		ps = append(ps, xp)
	}
	return ps
}

// params emits NameParams, the arguments of a function with defaults, and
// NewNameParams, which fills in the Python defaults, with Call (and Coro).
func (x *exporter) params(f *ir.Func, name string) {
	g := x.g
	fi := f.Info
	pt := name + "Params"
	args := x.paramsType(pt, "New"+pt, name, fi.Def.Pos, x.funcParams(fi.Sig, fi.Def, 0))
	if args == nil {
		return
	}
	hasRes := fi.RetType != check.None
	var results []Code
	if hasRes {
		results = append(results, x.exportType(fi.RetType))
	}
	results = append(results, Error())
	if fi.IsAsync {
		g.file.Commentf("Call is %s(ctx, p's fields..., opts...).", name)
		g.file.Func().Params(Id("p").Id(pt)).Id("Call").Params(Id("ctx").Qual("context", "Context"), Id("opts").Op("...").Add(rt("Option"))).Params(results...).Block(
			Return(Id(name).Call(append(append([]Code{Id("ctx")}, args...), Id("opts").Op("..."))...)))
		var resType Code = py("NoneType")
		if hasRes {
			resType = x.exportType(fi.RetType)
		}
		g.file.Commentf("Coro is %sCoro(p's fields...).", name)
		g.file.Func().Params(Id("p").Id(pt)).Id("Coro").Params().Add(rt("Coroutine").Types(resType)).Block(
			Return(Id(name + "Coro").Call(args...)))
	} else {
		g.file.Commentf("Call is %s(p's fields...).", name)
		g.file.Func().Params(Id("p").Id(pt)).Id("Call").Params().Params(results...).Block(Return(Id(name).Call(args...)))
	}
}

func idList(names []string) []Code {
	var out []Code
	for _, n := range names {
		out = append(out, Id(n))
	}
	return out
}

// docstring returns the docstring of a body, or "".
func docstring(body []ast.Stmt) string {
	if len(body) == 0 {
		return ""
	}
	if es, ok := body[0].(*ast.ExprStmt); ok {
		if s, ok := es.Value.(*ast.StrLit); ok {
			return s.Value
		}
	}
	return ""
}

// docLines writes a docstring as comment lines (dedented like
// inspect.cleandoc).
func (x *exporter) docLines(doc string) {
	if strings.TrimSpace(doc) == "" {
		return
	}
	lines := strings.Split(strings.ReplaceAll(doc, "\t", "    "), "\n")
	indent := -1
	for _, l := range lines[1:] {
		if t := strings.TrimLeft(l, " "); t != "" {
			if n := len(l) - len(t); indent < 0 || n < indent {
				indent = n
			}
		}
	}
	x.g.file.Comment("")
	for i, l := range lines {
		if i > 0 && indent > 0 && len(l) >= indent {
			l = l[indent:]
		}
		l = strings.TrimRight(l, " ")
		if i == 0 {
			l = strings.TrimSpace(l)
		}
		if (i == 0 || i == len(lines)-1) && l == "" {
			continue
		}
		x.g.file.Comment(l)
	}
}

// sigDoc writes the Python signature and the docstring.
func (x *exporter) sigDoc(sig, doc string) {
	if sig != "" {
		x.g.file.Comment("")
		x.g.file.Comment("\t" + sig)
	}
	x.docLines(doc)
}

// lineOffsets returns the byte offset of each line start of the source.
func (x *exporter) lines() []string {
	if x.g.opts.Text == nil {
		return nil
	}
	return strings.Split(string(x.g.opts.Text), "\n")
}

// pySignature returns the source of a def's signature with whitespace
// collapsed ("async def f(x: int) -> str"), or "" without source text.
func (x *exporter) pySignature(d *ast.FuncDef) string {
	lines := x.lines()
	if d == nil || d.Pos.Line < 1 || d.Pos.Line > len(lines) {
		return ""
	}
	var b strings.Builder
	depth := 0
	started := false
	for ln := d.Pos.Line - 1; ln < len(lines); ln++ {
		line := lines[ln]
		if !started {
			i := strings.Index(line, "def ")
			if i < 0 {
				continue
			}
			if j := strings.Index(line, "async def "); j >= 0 && j < i {
				i = j
			}
			line = line[i:]
			started = true
		}
		for _, r := range line {
			switch r {
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				depth--
			case ':':
				if depth == 0 {
					return strings.Join(strings.Fields(b.String()), " ")
				}
			case '#':
				if depth == 0 {
					goto next
				}
			}
			b.WriteRune(r)
		}
	next:
		b.WriteByte(' ')
	}
	return ""
}

// sourceOf returns the source text of an expression on one line (best
// effort: from its position to the end of the parameter).
func (x *exporter) sourceOf(e ast.Expr) string {
	lines := x.lines()
	p := e.Position()
	if p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1])+1 {
		return "see the Python source"
	}
	line := lines[p.Line-1][p.Col-1:]
	depth := 0
	var quote rune
	for i, r := range line {
		if quote != 0 {
			if r == quote {
				quote = 0
			}
			continue
		}
		switch r {
		case '"', '\'':
			quote = r
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return strings.TrimSpace(line[:i])
			}
			depth--
		case ',':
			if depth == 0 {
				return strings.TrimSpace(line[:i])
			}
		}
	}
	return strings.TrimSpace(line)
}
