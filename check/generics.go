package check

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// Generic functions (T = TypeVar("T") and module-level defs whose
// signatures name T) are compiled by monomorphization: each call is
// checked against a copy of the def with T replaced by the type the call's
// arguments give it (mypy's inference, for the forms below), as if the
// program had spelled one function per type.
//
// Check runs probe rounds first. In a probe round each generic def is
// replaced by a stub whose type variables are unknown (a distinct Any) and
// whose body only raises; the round's types of the arguments of each call
// of a stub bind the type variables (unify), and the call is rewritten to
// call the def's copy for those types (an instance: a def named
// name__gN whose __name__ is name), made on first use. A call whose
// arguments depend on another generic call waits for a later round (their
// types hold the unknown Any); a lambda argument whose parameters take a
// type variable is typed once the other arguments bound it (the call then
// goes to a stub with those variables known). When no call of a stub is
// left, the module of instances is checked as any other.
//
// Generic methods of classes are copied the same way, inside their class
// (no class deriving from or deriving the method's class may define a
// method of that name: a copy is called by its own name). Generic classes
// (Generic[T]), bounded or constrained type variables, decorated generic
// defs and generic defs used other than by calls stay refused.

// genState is the monomorphization state shared by Check's rounds.
type genState struct {
	typeVars  map[string]bool
	templates map[string]*ast.FuncDef // by name
	order     []string
	// specs maps the names that stand for a type variable in a copy of a
	// def to the type they stand for.
	specs map[string]*tspec
	// copies maps a stub or instance def to its template and bindings.
	copies map[*ast.FuncDef]*genCopy
	byKey  map[string]*ast.FuncDef
	// tmplClass names the class of a generic method's template;
	// methodCopies maps "Class.name" to the copies of generic methods.
	tmplClass    map[*ast.FuncDef]string
	methodCopies map[string]*ast.FuncDef
	probe        bool
	n            int
}

// genCopy is a copy of a template with some (a stub) or all (an
// instance) of its type variables bound.
type genCopy struct {
	tmpl  *ast.FuncDef
	binds map[string]*tspec
	stub  bool
}

// tspec describes a type independently of a checking round (each round
// makes its own classes): kind, the name of a class, basic or opaque
// type, and the type arguments.
type tspec struct {
	kind string
	name string
	args []*tspec
	flag bool // Set: frozen; Tuple: variadic
}

func (s *tspec) key() string {
	var b strings.Builder
	var w func(s *tspec)
	w = func(s *tspec) {
		b.WriteString(s.kind)
		if s.name != "" {
			b.WriteString(":" + s.name)
		}
		if s.flag {
			b.WriteString("!")
		}
		if len(s.args) > 0 {
			b.WriteString("[")
			for i, a := range s.args {
				if i > 0 {
					b.WriteString(",")
				}
				w(a)
			}
			b.WriteString("]")
		}
	}
	w(s)
	return b.String()
}

// findGenerics returns the generic defs of m, or nil when there are none
// or the type variables are used otherwise (the refusals stand).
func findGenerics(m *ast.Module) *genState {
	g := &genState{typeVars: map[string]bool{}, templates: map[string]*ast.FuncDef{}, specs: map[string]*tspec{},
		copies: map[*ast.FuncDef]*genCopy{}, byKey: map[string]*ast.FuncDef{}, tmplClass: map[*ast.FuncDef]string{},
		methodCopies: map[string]*ast.FuncDef{}}
	declStmts := map[ast.Stmt]bool{}
	for _, st := range m.Body {
		if name, ok := simpleTypeVar(st); ok {
			g.typeVars[name] = true
			declStmts[st] = true
		}
	}
	if len(g.typeVars) == 0 {
		return nil
	}
	for _, st := range m.Body {
		fd, ok := st.(*ast.FuncDef)
		if !ok || len(fd.Decorators) > 0 || !g.sigNamesTypeVar(fd) {
			continue
		}
		if _, dup := g.templates[fd.Name]; dup {
			return nil
		}
		g.templates[fd.Name] = fd
		g.order = append(g.order, fd.Name)
	}
	// Generic methods of plain classes: no class deriving from one
	// another may define a method of the same name (a copy is called
	// by its own name, which an override would not replace).
	bases := map[string][]string{}
	methods := map[string]map[string]bool{}
	for _, st := range m.Body {
		cd, ok := st.(*ast.ClassDef)
		if !ok {
			continue
		}
		methods[cd.Name] = map[string]bool{}
		for _, b := range cd.Bases {
			bases[cd.Name] = append(bases[cd.Name], baseName(b))
		}
		for _, bst := range cd.Body {
			if fd, ok := bst.(*ast.FuncDef); ok {
				methods[cd.Name][fd.Name] = true
			}
		}
	}
	var derives func(a, b string, depth int) bool
	derives = func(a, b string, depth int) bool {
		if a == b {
			return true
		}
		if depth > 50 {
			return false
		}
		for _, p := range bases[a] {
			if derives(p, b, depth+1) {
				return true
			}
		}
		return false
	}
	for _, st := range m.Body {
		cd, ok := st.(*ast.ClassDef)
		if !ok || len(cd.Decorators) > 0 && !onlyDataclass(cd) || len(cd.Keywords) > 0 {
			continue
		}
		plain := true // no Protocol, NamedTuple, Enum... among the bases
		for _, b := range bases[cd.Name] {
			if _, user := methods[b]; !user && b != "object" && b != "Exception" {
				plain = false
			}
		}
		if !plain {
			continue
		}
		for _, bst := range cd.Body {
			fd, ok := bst.(*ast.FuncDef)
			if !ok || len(fd.Decorators) > 0 || len(fd.Params) == 0 || fd.Params[0].Annotation != nil || !g.sigNamesTypeVar(fd) {
				continue
			}
			key := cd.Name + "." + fd.Name
			if _, dup := g.templates[key]; dup {
				return nil
			}
			for other, ms := range methods {
				if other != cd.Name && ms[fd.Name] && (derives(other, cd.Name, 0) || derives(cd.Name, other, 0)) {
					return nil
				}
			}
			g.templates[key] = fd
			g.tmplClass[fd] = cd.Name
			g.order = append(g.order, key)
		}
	}
	if len(g.templates) == 0 {
		return nil
	}
	isTmpl := map[*ast.FuncDef]bool{}
	for _, fd := range g.templates {
		isTmpl[fd] = true
	}
	// Any other mention of a type variable (a generic class, a method)
	// keeps the whole program refused as before.
	found := false
	ast.Inspect(m, func(n ast.Node) bool {
		if st, ok := n.(ast.Stmt); ok && declStmts[st] {
			return false
		}
		if fd, ok := n.(*ast.FuncDef); ok && isTmpl[fd] {
			return false
		}
		if x, ok := n.(*ast.Name); ok && g.typeVars[x.ID] {
			found = true
		}
		return !found
	})
	if found {
		return nil
	}
	return g
}

// onlyDataclass reports a class whose decorators are @dataclass forms.
func onlyDataclass(cd *ast.ClassDef) bool {
	for _, d := range cd.Decorators {
		if c, ok := d.(*ast.Call); ok {
			d = c.Func
		}
		if baseName(d) != "dataclass" {
			return false
		}
	}
	return true
}

// simpleTypeVar recognizes T = TypeVar("T") (or typing.TypeVar) without
// bounds or constraints.
func simpleTypeVar(st ast.Stmt) (string, bool) {
	n, call := nameCallAssign(st)
	if call == nil || len(call.Args) != 1 || len(call.Keywords) != 0 {
		return "", false
	}
	switch f := call.Func.(type) {
	case *ast.Name:
		if f.ID != "TypeVar" {
			return "", false
		}
	case *ast.Attribute:
		b, ok := f.Value.(*ast.Name)
		if !ok || b.ID != "typing" || f.Attr != "TypeVar" {
			return "", false
		}
	default:
		return "", false
	}
	if s, ok := call.Args[0].(*ast.StrLit); !ok || s.Value != n.ID {
		return "", false
	}
	return n.ID, true
}

func (g *genState) mentions(e ast.Expr) bool {
	found := false
	if e == nil {
		return false
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && g.typeVars[x.ID] {
			found = true
		}
		return !found
	})
	return found
}

func (g *genState) sigNamesTypeVar(fd *ast.FuncDef) bool {
	for _, p := range fd.Params {
		if g.mentions(p.Annotation) {
			return true
		}
	}
	return g.mentions(fd.Returns)
}

// sigVars lists the type variables a template's signature names, sorted.
func (g *genState) sigVars(fd *ast.FuncDef) []string {
	seen := map[string]bool{}
	add := func(e ast.Expr) {
		if e == nil {
			return
		}
		ast.Inspect(e, func(n ast.Node) bool {
			if x, ok := n.(*ast.Name); ok && g.typeVars[x.ID] {
				seen[x.ID] = true
			}
			return true
		})
	}
	for _, p := range fd.Params {
		add(p.Annotation)
	}
	add(fd.Returns)
	var out []string
	for v := range seen {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// copyOf returns the stub or instance of tmpl for binds (all the
// signature's variables bound: an instance), made on first use.
func (g *genState) copyOf(tmpl *ast.FuncDef, binds map[string]*tspec) *ast.FuncDef {
	vars := g.sigVars(tmpl)
	key := tmpl.Name
	if cls, ok := g.tmplClass[tmpl]; ok {
		key = cls + "." + key
	}
	stub := false
	for _, v := range vars {
		if s := binds[v]; s != nil {
			key += "|" + v + "=" + s.key()
		} else {
			stub = true
		}
	}
	if fd := g.byKey[key]; fd != nil {
		return fd
	}
	g.n++
	fd := cloneAST(tmpl).(*ast.FuncDef)
	if len(binds) > 0 {
		// The stub with nothing bound keeps the name: the calls not
		// rewritten yet go to it.
		fd.PyName = tmpl.Name
		fd.Name = tmpl.Name + "__g" + strconv.Itoa(g.n)
	}
	subst := map[string]string{}
	for _, v := range vars {
		id := "__tv" + strconv.Itoa(g.n) + "_" + v
		if s := binds[v]; s != nil {
			g.specs[id] = s
		} else {
			g.specs[id] = &tspec{kind: "probe", name: v}
		}
		subst[v] = id
	}
	ast.Inspect(fd, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok {
			if id, ok := subst[x.ID]; ok {
				x.ID = id
			}
		}
		return true
	})
	if stub {
		// A stub: only its signature is used (a generator's stays one).
		gen := false
		WalkBody(fd.Body, func(e ast.Expr) {
			switch e.(type) {
			case *ast.Yield, *ast.YieldFrom:
				gen = true
			}
		})
		fd.Body = []ast.Stmt{&ast.Raise{Pos: fd.Pos, Exc: &ast.Call{Pos: fd.Pos, Func: &ast.Name{Pos: fd.Pos, ID: "NotImplementedError"}}}}
		if gen {
			fd.Body = append(fd.Body, &ast.ExprStmt{Pos: fd.Pos, Value: &ast.Yield{Pos: fd.Pos}})
		}
	}
	cp := map[string]*tspec{}
	for k, v := range binds {
		cp[k] = v
	}
	g.copies[fd] = &genCopy{tmpl: tmpl, binds: cp, stub: stub}
	g.byKey[key] = fd
	if cls, ok := g.tmplClass[tmpl]; ok {
		g.methodCopies[cls+"."+fd.Name] = fd
	}
	return fd
}

// cloneAST deep-copies a syntax tree.
func cloneAST(n ast.Node) ast.Node {
	return cloneValue(reflect.ValueOf(n)).Interface().(ast.Node)
}

func cloneValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Elem().Type())
		n.Elem().Set(cloneValue(v.Elem()))
		return n
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		r := reflect.New(v.Type()).Elem()
		r.Set(cloneValue(v.Elem()))
		return r
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			n.Index(i).Set(cloneValue(v.Index(i)))
		}
		return n
	case reflect.Struct:
		n := reflect.New(v.Type()).Elem()
		n.Set(v)
		for i := 0; i < v.NumField(); i++ {
			if n.Field(i).CanSet() {
				n.Field(i).Set(cloneValue(v.Field(i)))
			}
		}
		return n
	}
	return v
}

// checkGeneric is Check for a module with generic defs (g).
func checkGeneric(file string, m *ast.Module, g *genState) (*Info, error) {
	work := cloneAST(m).(*ast.Module)
	g2 := findGenerics(work) // the templates of the copy
	g.templates, g.order, g.tmplClass = g2.templates, g2.order, g2.tmplClass
	// Each template starts as a stub with nothing bound; the calls of
	// the work module go to them.
	for _, name := range g.order {
		g.copyOf(g.templates[name], nil)
	}
	const maxRounds = 12
	var pending []*genCall
	for round := 0; round < maxRounds; round++ {
		mod := g.module(work, true)
		g.probe = true
		// Floats typed float (not the detection pass's int | float nodes).
		ff := &floatFlow{widened: map[ast.Pos]bool{}, boolWidened: map[ast.Pos]bool{}, ntWidened: map[ast.Pos]string{}, intBool: map[ast.Pos]bool{}, boolInts: map[ast.Pos]bool{}}
		info, _ := check1g(file, mod, ff, g)
		g.probe = false
		if info == nil {
			break
		}
		pending = g.calls(mod, info)
		if len(pending) == 0 {
			if errs := g.valueUses(info, file); len(errs) > 0 {
				return nil, errs
			}
			if errs := g.sharedDefaults(file); len(errs) > 0 {
				return nil, errs
			}
			return checkFinal(file, g.module(work, false), g)
		}
		progress := false
		for _, gc := range pending {
			if gc.err != "" || gc.binds == nil {
				continue
			}
			cur := g.copies[gc.callee]
			if len(gc.binds) == len(cur.binds) {
				continue // nothing new learnt
			}
			fd := g.copyOf(cur.tmpl, gc.binds)
			if at, ok := gc.call.Func.(*ast.Attribute); ok {
				gc.call.Func = &ast.Attribute{Pos: at.Pos, Value: at.Value, Attr: fd.Name, AttrPos: at.AttrPos}
			} else {
				gc.call.Func = &ast.Name{Pos: gc.call.Func.Position(), ID: fd.Name}
			}
			progress = true
		}
		if !progress {
			break
		}
	}
	var errs ErrorList
	for _, gc := range pending {
		msg := gc.err
		if msg == "" {
			msg = "cannot infer the type variables of this call of generic function " + g.copies[gc.callee].tmpl.Name + " from its arguments: pass values of known types"
		}
		errs = append(errs, &Error{Pos: fixPos(gc.call.Pos, file), Msg: msg})
	}
	if len(errs) == 0 {
		// A generic def used other than by a call, or a module the
		// probe could not check: the check without monomorphization
		// reports why.
		mod := g.module(work, false)
		info, err := checkFinal(file, mod, g)
		if err == nil {
			return info, nil
		}
		return nil, err
	}
	return nil, errs
}

func fixPos(p ast.Pos, file string) ast.Pos {
	if p.File == "" {
		p.File = file
	}
	return p
}

// checkFinal checks the module of instances as Check checks any module.
func checkFinal(file string, m *ast.Module, g *genState) (*Info, error) {
	return checkRounds(file, m, g)
}

// module returns the work module with each template replaced by its
// copies (stubs too while probing) in its place.
func (g *genState) module(work *ast.Module, probe bool) *ast.Module {
	out := *work
	out.Body = nil
	byTmpl := map[*ast.FuncDef][]*ast.FuncDef{}
	var all []*ast.FuncDef
	for fd := range g.copies {
		all = append(all, fd)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	for _, fd := range all {
		c := g.copies[fd]
		if c.stub && !probe {
			continue
		}
		byTmpl[c.tmpl] = append(byTmpl[c.tmpl], fd)
	}
	for _, st := range work.Body {
		if fd, ok := st.(*ast.FuncDef); ok && g.templates[fd.Name] == fd {
			for _, c := range byTmpl[fd] {
				out.Body = append(out.Body, c)
			}
			continue
		}
		if cd, ok := st.(*ast.ClassDef); ok {
			var body []ast.Stmt
			changed := false
			for _, bst := range cd.Body {
				if fd, ok := bst.(*ast.FuncDef); ok && g.templates[cd.Name+"."+fd.Name] == fd {
					body = append(body, asStmts(byTmpl[fd])...)
					changed = true
					continue
				}
				body = append(body, bst)
			}
			if changed {
				cd2 := *cd
				cd2.Body = body
				if len(cd2.Body) == 0 {
					cd2.Body = []ast.Stmt{&ast.Pass{Pos: cd.Pos}}
				}
				st = &cd2
			}
		}
		out.Body = append(out.Body, st)
	}
	return &out
}

func asStmts(fds []*ast.FuncDef) []ast.Stmt {
	var out []ast.Stmt
	for _, fd := range fds {
		out = append(out, fd)
	}
	return out
}

// genCall is a call of a stub found by a probe round, with what its
// arguments bind (nil: wait for a later round) or why they cannot.
type genCall struct {
	call   *ast.Call
	callee *ast.FuncDef
	binds  map[string]*tspec
	err    string
}

// calls finds the calls of stubs in mod and infers their bindings.
func (g *genState) calls(mod *ast.Module, info *Info) []*genCall {
	// The checker reads desugared copies of some statements (classes
	// with decorated methods...): a call found in a copy is the call of
	// the module at its position (instances are never copied).
	inMod := map[*ast.Call]bool{}
	byPos := map[ast.Pos]*ast.Call{} // outside the copies, which share positions
	for _, st := range mod.Body {
		_, isCopy := g.copies[asFuncDef(st)]
		ast.Inspect(st, func(n ast.Node) bool {
			if call, ok := n.(*ast.Call); ok {
				inMod[call] = true
				if !isCopy {
					byPos[call.Pos] = call
				}
			}
			return true
		})
	}
	var out []*genCall
	ast.Inspect(&ast.Module{Body: info.Body}, func(n ast.Node) bool {
		call, ok := n.(*ast.Call)
		if !ok {
			return true
		}
		var stubDef *ast.FuncDef
		switch f := call.Func.(type) {
		case *ast.Name:
			sym := info.Uses[f]
			if sym == nil || sym.Kind != SymFunc || sym.Func == nil || sym.Func.Def == nil {
				return true
			}
			stubDef = sym.Func.Def
		case *ast.Attribute:
			stubDef = g.methodOf(info.Types[f])
		}
		cp := g.copies[stubDef]
		if cp == nil || !cp.stub {
			return true
		}
		gc := g.infer(call, stubDef, cp, info)
		if !inMod[call] {
			orig := byPos[call.Pos]
			if orig == nil {
				gc.binds, gc.err = nil, "internal: a call of generic function "+cp.tmpl.Name+" not found in the module"
			} else {
				gc.call = orig
			}
		}
		out = append(out, gc)
		return true
	})
	return out
}

// valueUses returns the errors for the stubs named other than as a
// callee (all calls of stubs are rewritten).
func (g *genState) valueUses(info *Info, file string) ErrorList {
	var errs ErrorList
	for n, sym := range info.Uses {
		if sym.Kind == SymFunc && sym.Func != nil && sym.Func.Def != nil {
			if cp := g.copies[sym.Func.Def]; cp != nil && cp.stub {
				errs = append(errs, &Error{Pos: fixPos(n.Pos, file), Msg: "generic function " + cp.tmpl.Name + " used as a value: only calls of generic functions are supported (wrap it: lambda x: " + cp.tmpl.Name + "(x))"})
			}
		}
	}
	for at, bm := range info.MethodValues {
		if cp := g.copies[g.methodOf(bm)]; cp != nil && cp.stub {
			errs = append(errs, &Error{Pos: fixPos(at.Pos, file), Msg: "generic method " + cp.tmpl.Name + " used as a value: only calls of generic methods are supported"})
		}
	}
	sort.Slice(errs, func(i, j int) bool {
		a, b := errs[i].Pos, errs[j].Pos
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
	return errs
}

type inferer struct {
	g        *genState
	info     *Info
	binds    map[string]Type
	postpone bool
	err      string
}

// infer binds the type variables of a call of stub (copy cp) from the
// types of its arguments.
func (g *genState) infer(call *ast.Call, stub *ast.FuncDef, cp *genCopy, info *Info) *genCall {
	gc := &genCall{call: call, callee: stub}
	in := &inferer{g: g, info: info, binds: map[string]Type{}}
	tmpl := cp.tmpl
	params := tmpl.Params
	if _, ok := g.tmplClass[tmpl]; ok {
		params = params[1:] // self
	}
	for i, a := range call.Args {
		if _, ok := a.(*ast.Starred); ok {
			gc.err = "a starred argument to generic function " + tmpl.Name + " is not supported"
			return gc
		}
		if i >= len(params) || params[i].Kind != "" || params[i].KwOnly {
			gc.err = "too many arguments to generic function " + tmpl.Name
			return gc
		}
		in.arg(params[i].Annotation, a)
	}
	for _, kw := range call.Keywords {
		found := false
		for _, p := range params {
			if p.Name == kw.Name {
				in.arg(p.Annotation, kw.Value)
				found = true
			}
		}
		if !found {
			gc.err = fmt.Sprintf("generic function %s has no parameter %s", tmpl.Name, kw.Name)
			return gc
		}
	}
	if in.err != "" {
		gc.err = in.err
		return gc
	}
	binds := map[string]*tspec{}
	for k, v := range cp.binds {
		binds[k] = v
	}
	for v, t := range in.binds {
		if binds[v] != nil {
			continue
		}
		s, ok, wait := typeSpec(t)
		if wait {
			in.postpone = true
			continue
		}
		if !ok {
			gc.err = fmt.Sprintf("generic function %s called with %s = %s: not supported (that type cannot be named in a copy of the function)", tmpl.Name, v, t)
			return gc
		}
		binds[v] = s
	}
	if len(binds) == len(g.sigVars(tmpl)) || len(binds) > len(cp.binds) {
		gc.binds = binds
		return gc
	}
	if !in.postpone {
		var missing []string
		for _, v := range g.sigVars(tmpl) {
			if binds[v] == nil {
				missing = append(missing, v)
			}
		}
		gc.err = fmt.Sprintf("cannot infer %s for this call of generic function %s from its arguments", strings.Join(missing, ", "), tmpl.Name)
	}
	return gc
}

// arg unifies the annotation of a parameter with its argument.
func (in *inferer) arg(ann ast.Expr, a ast.Expr) {
	if ann == nil || !in.g.mentions(ann) {
		return
	}
	if lam, ok := a.(*ast.Lambda); ok {
		// Only the result: the parameters take their types from the
		// annotation.
		sub, ok := ann.(*ast.Subscript)
		if !ok || baseName(sub.Value) != "Callable" {
			return
		}
		args := indexArgs(sub.Index)
		if len(args) != 2 {
			return
		}
		if t := in.info.Types[lam.Body]; t != nil && !hasProbe(t) {
			in.unify(args[1], t)
		}
		return
	}
	t := in.info.Types[a]
	if t == nil {
		in.postpone = true
		return
	}
	in.unify(ann, t)
}

// hasProbe reports whether t holds a probe round's unknown (whose name
// starts with "?~").
func hasProbe(t Type) bool {
	return t != nil && strings.Contains(t.String(), "?~")
}

func baseName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return x.Attr
	}
	return ""
}

func indexArgs(e ast.Expr) []ast.Expr {
	if t, ok := e.(*ast.TupleExpr); ok {
		return t.Elems
	}
	return []ast.Expr{e}
}

func (in *inferer) fail(format string, args ...any) {
	if in.err == "" {
		in.err = fmt.Sprintf(format, args...)
	}
}

func (in *inferer) bind(v string, t Type) {
	if t == nil {
		return
	}
	if hasProbe(t) {
		in.postpone = true
		return
	}
	if NumUnion(t) && !mayBool(t) {
		t = Float // [0.5, 3]: mypy's list[float] (the ints stay ints: floatpos.go)
	}
	old := in.binds[v]
	switch {
	case old == nil:
		in.binds[v] = t
	case Identical(old, t):
	case old == Float && t == Int:
	case old == Int && t == Float:
		in.binds[v] = Float
	default:
		in.fail("type variable %s takes both %s and %s in this call: not supported (annotate a variable with the type you mean)", v, old, t)
	}
}

// unify matches annotation ann (naming type variables) with type t.
func (in *inferer) unify(ann ast.Expr, t Type) {
	if !in.g.mentions(ann) || t == nil {
		return
	}
	t = Unalias(t)
	if bm, ok := t.(*BoundMethod); ok && bm.Method != nil {
		t = bm.Method.Sig
	}
	if a, ok := t.(*AnyType); ok && strings.HasPrefix(a.Name, "?~") {
		in.postpone = true
		return
	}
	switch a := ann.(type) {
	case *ast.Name:
		if in.g.typeVars[a.ID] {
			in.bind(a.ID, t)
		}
		return
	case *ast.BinOp:
		if a.Op == "|" {
			in.unifyUnion(flattenUnion(a), t)
			return
		}
	case *ast.Subscript:
		args := indexArgs(a.Index)
		switch baseName(a.Value) {
		case "Optional":
			in.unifyUnion([]ast.Expr{args[0], &ast.NoneLit{}}, t)
			return
		case "Union":
			in.unifyUnion(args, t)
			return
		case "list", "List", "Sequence", "MutableSequence", "Iterable", "Iterator", "Collection", "Reversible", "set", "Set", "AbstractSet", "MutableSet", "frozenset", "FrozenSet":
			if len(args) == 1 {
				if et := iterElemOf(t); et != nil {
					in.unify(args[0], et)
					return
				}
			}
		case "dict", "Dict", "Mapping", "MutableMapping":
			if d, ok := t.(*Dict); ok && len(args) == 2 {
				in.unify(args[0], d.Key)
				in.unify(args[1], d.Val)
				return
			}
		case "tuple", "Tuple":
			if tu, ok := t.(*Tuple); ok {
				if len(args) == 2 {
					if _, ok := args[1].(*ast.EllipsisLit); ok {
						for _, e := range tu.Elems {
							in.unify(args[0], e)
						}
						return
					}
				}
				if !tu.Var && len(tu.Elems) == len(args) {
					for i, e := range tu.Elems {
						in.unify(args[i], e)
					}
					return
				}
			}
		case "Callable":
			if bm, ok := t.(*BoundMethod); ok && bm.Method == nil && !bm.Super {
				// A built-in method of a value (saved.append): its
				// signature for that receiver.
				if e := builtins.Method(RecvName(bm.Recv), bm.Name); e != nil {
					if f := EntrySig(e, bm.Recv); f != nil && allRequired(f) {
						t = f
					}
				}
			}
			if f, ok := t.(*Func); ok && len(args) == 2 && f.Open == nil {
				if ps, ok := args[0].(*ast.ListExpr); ok && len(ps.Elems) == len(f.Params) {
					for i, p := range ps.Elems {
						in.unify(p, f.Params[i].Type)
					}
					in.unify(args[1], f.Ret)
					return
				}
			}
		case "Awaitable", "Coroutine":
			if rt, ok := awaitedOf(t); ok {
				in.unify(args[len(args)-1], rt)
				return
			}
		case "Task":
			if x, ok := t.(*Task); ok {
				in.unify(args[0], x.Result)
				return
			}
		case "Future":
			if x, ok := t.(*Future); ok {
				in.unify(args[0], x.Result)
				return
			}
		case "Queue", "PriorityQueue", "LifoQueue":
			if x, ok := t.(*Queue); ok {
				in.unify(args[0], x.Elem)
				return
			}
		case "AsyncIterator", "AsyncIterable", "AsyncGenerator":
			if x, ok := t.(*Generator); ok && x.Async {
				in.unify(args[0], x.Yield)
				return
			}
			if x, ok := t.(*AsyncIterator); ok {
				in.unify(args[0], x.Elem)
				return
			}
		}
	}
	_, typeName := t.(*TypeName)
	_, classRef := t.(*ClassRef)
	if sub, ok := ann.(*ast.Subscript); ok && baseName(sub.Value) == "Callable" && (callableValue(t) || typeName || classRef) {
		// A built-in function, unbound method, class or type (len,
		// str.upper, int) is typed as a Callable once the parameters
		// are known.
		in.postpone = true
		return
	}
	if strings.Contains(t.String(), "?") {
		in.fail("cannot infer the type variables of %s from an argument of type %s (an empty collection): annotate it (xs: list[int] = [])", exprString(ann), t)
		return
	}
	in.fail("cannot infer the type variables of %s from an argument of type %s", exprString(ann), t)
}

// probeWant is the type expected of e in a probe round where want holds
// the unknown type variables of a stub: none, so that e's own type binds
// them, except for a lambda (its parameters need their types) and a
// callable named where a Callable with known parameters is expected (a
// built-in function gets its signature from them).
func (g *genState) probeWant(e ast.Expr, want Type) Type {
	if want == nil || !hasProbe(want) {
		return want
	}
	switch e.(type) {
	case *ast.Lambda:
		return want
	case *ast.Name, *ast.Attribute:
		if f, ok := want.(*Func); ok {
			for _, p := range f.Params {
				if hasProbe(p.Type) {
					return nil
				}
			}
			return want
		}
	}
	return nil
}

func flattenUnion(e ast.Expr) []ast.Expr {
	if b, ok := e.(*ast.BinOp); ok && b.Op == "|" {
		return append(flattenUnion(b.Left), flattenUnion(b.Right)...)
	}
	return []ast.Expr{e}
}

// unifyUnion handles X | None (and Optional[X]) where X names the type
// variables.
func (in *inferer) unifyUnion(members []ast.Expr, t Type) {
	var generic []ast.Expr
	hasNone := false
	for _, m := range members {
		if _, ok := m.(*ast.NoneLit); ok {
			hasNone = true
			continue
		}
		if n, ok := m.(*ast.Name); ok && n.ID == "None" {
			hasNone = true
			continue
		}
		if in.g.mentions(m) {
			generic = append(generic, m)
		} else {
			in.fail("cannot infer type variables through the union %s", joinExprs(members))
			return
		}
	}
	if len(generic) != 1 || !hasNone {
		in.fail("cannot infer type variables through the union %s", joinExprs(members))
		return
	}
	switch x := t.(type) {
	case *Optional:
		in.unify(generic[0], x.Elem)
	case *Basic:
		if x != None {
			in.unify(generic[0], t)
		}
	default:
		in.unify(generic[0], t)
	}
}

func joinExprs(es []ast.Expr) string {
	var parts []string
	for _, e := range es {
		parts = append(parts, exprString(e))
	}
	return strings.Join(parts, " | ")
}

// iterElemOf is the element type of an iterable type, or nil.
func iterElemOf(t Type) Type {
	switch x := t.(type) {
	case *List:
		if IsByteArray(x) {
			return nil
		}
		return x.Elem
	case *Set:
		return x.Elem
	case *Dict:
		return x.Key
	case *Tuple:
		if x.Var {
			return x.Elems[0]
		}
		if len(x.Elems) > 0 {
			for _, e := range x.Elems[1:] {
				if !Identical(e, x.Elems[0]) {
					return nil
				}
			}
			return x.Elems[0]
		}
	case *Iterator:
		return x.Elem
	case *Generator:
		if !x.Async {
			return x.Yield
		}
	case *Basic:
		if x == Str {
			return Str
		}
	case *Abstract:
		return x.Elem
	case *Opaque:
		if x == RangeType {
			return Int
		}
	}
	return nil
}

// awaitedOf is what await gives for a value of t.
func awaitedOf(t Type) (Type, bool) {
	switch x := t.(type) {
	case *Coroutine:
		return x.Result, x.Result != nil
	case *Task:
		return x.Result, true
	case *Future:
		return x.Result, x.Result != nil
	}
	return nil, false
}

var opaqueByName = map[string]*Opaque{}

func init() {
	for _, o := range []*Opaque{LoopType, HandleType, LockType, EventType, ConditionType, SemaphoreType, BoundedSemaphoreType} {
		opaqueByName[o.Name] = o
	}
}

// typeSpec describes t for later rounds; wait reports a type holding a
// probe round's unknown.
func typeSpec(t Type) (s *tspec, ok, wait bool) {
	var walk func(t Type) *tspec
	walk = func(t Type) *tspec {
		if t == nil {
			return nil
		}
		t = Unalias(t)
		many := func(kind string, ts ...Type) *tspec {
			s := &tspec{kind: kind}
			for _, x := range ts {
				a := walk(x)
				if a == nil {
					return nil
				}
				s.args = append(s.args, a)
			}
			return s
		}
		switch x := t.(type) {
		case *Basic:
			return &tspec{kind: "basic", name: x.String()}
		case *AnyType:
			if strings.HasPrefix(x.Name, "?~") {
				wait = true
				return nil
			}
			if x == Object {
				return &tspec{kind: "object"}
			}
			return nil
		case *List:
			if IsByteArray(x) {
				return nil
			}
			return many("list", x.Elem)
		case *Set:
			s := many("set", x.Elem)
			if s != nil {
				s.flag = x.Frozen
			}
			return s
		case *Dict:
			if x.ReadOnly || x.TypedDict != nil {
				return nil
			}
			return many("dict", x.Key, x.Val)
		case *Tuple:
			if x.ListRepr {
				return nil
			}
			s := many("tuple", x.Elems...)
			if s != nil {
				s.flag = x.Var
			}
			return s
		case *Optional:
			return many("optional", x.Elem)
		case *Union:
			return many("union", x.Types...)
		case *Class:
			if x.Builtin && !x.IsExc || x.Protocol || x.TypedDict != nil || x.Qual() != x.Name {
				return nil
			}
			return &tspec{kind: "class", name: x.Name}
		case *Func:
			if x.Open != nil || x.Ret == nil {
				return nil
			}
			var ts []Type
			for _, p := range x.Params {
				if p.HasDefault || p.KwOnly || p.Star || p.StarStar {
					return nil
				}
				ts = append(ts, p.Type)
			}
			return many("func", append(ts, x.Ret)...)
		case *Coroutine:
			return many("coro", x.Result)
		case *Task:
			return many("task", x.Result)
		case *Future:
			return many("future", x.Result)
		case *Queue:
			s := many("queue", x.Elem)
			if s != nil {
				s.name = x.Kind
			}
			return s
		case *Opaque:
			if opaqueByName[x.Name] == x {
				return &tspec{kind: "opaque", name: x.Name}
			}
		}
		return nil
	}
	s = walk(t)
	return s, s != nil, wait
}

// specType is the type s describes in this round.
func (c *checker) specType(s *tspec, pos ast.Pos) Type {
	var walk func(s *tspec) Type
	walk = func(s *tspec) Type {
		args := make([]Type, len(s.args))
		for i, a := range s.args {
			if args[i] = walk(a); args[i] == nil {
				return nil
			}
		}
		switch s.kind {
		case "probe":
			return &AnyType{"?~" + s.name}
		case "basic":
			switch s.name {
			case "int":
				return Int
			case "float":
				return c.floatAnnotation(pos) // floatpos.go: an int passed stays an int
			case "bool":
				return Bool
			case "str":
				return Str
			case "bytes":
				return Bytes
			case "None":
				return None
			}
		case "object":
			return Object
		case "list":
			return &List{args[0]}
		case "set":
			return &Set{Elem: args[0], Frozen: s.flag}
		case "dict":
			return &Dict{Key: args[0], Val: args[1]}
		case "tuple":
			return &Tuple{Elems: args, Var: s.flag}
		case "optional":
			return &Optional{args[0]}
		case "union":
			t := args[0]
			for _, a := range args[1:] {
				t = makeUnion(t, a)
			}
			return dedupUnion(t)
		case "class":
			if sym := c.lookup(s.name); sym != nil && sym.Kind == SymClass {
				return sym.Class
			}
		case "func":
			f := &Func{Ret: args[len(args)-1]}
			for i, a := range args[:len(args)-1] {
				f.Params = append(f.Params, Param{Name: "_" + strconv.Itoa(i), Type: a, PosOnly: true})
			}
			return f
		case "coro":
			return &Coroutine{args[0]}
		case "task":
			return &Task{args[0]}
		case "future":
			return &Future{args[0]}
		case "queue":
			return &Queue{Kind: s.name, Elem: args[0]}
		case "opaque":
			return opaqueByName[s.name]
		}
		return nil
	}
	t := walk(s)
	if t == nil {
		c.errorf(pos, "internal: cannot name the type of a type variable here")
	}
	return t
}

// sharedDefaults refuses a generic def with a default evaluated once (a
// list, a call...) that has several instances: CPython shares the one
// object among all calls, the instances would have one each.
func (g *genState) sharedDefaults(file string) ErrorList {
	count := map[*ast.FuncDef]int{}
	for _, c := range g.copies {
		if !c.stub {
			count[c.tmpl]++
		}
	}
	var errs ErrorList
	for _, name := range g.order {
		t := g.templates[name]
		if count[t] < 2 {
			continue
		}
		for _, p := range t.Params {
			if p.Default != nil && !constDefault(p.Default) {
				errs = append(errs, &Error{Pos: fixPos(p.Default.Position(), file), Msg: "generic function " + name + " is called with different types and its parameter " + p.Name + " has a default evaluated once (shared by all its calls): not supported (default to None)"})
			}
		}
	}
	return errs
}

// constDefault reports a default value that is an immutable constant.
func constDefault(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.NoneLit, *ast.BoolLit, *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BytesLit, *ast.EllipsisLit:
		return true
	case *ast.Name:
		return x.ID == "None" || x.ID == "True" || x.ID == "False"
	case *ast.UnaryOp:
		return constDefault(x.Operand)
	case *ast.TupleExpr:
		for _, el := range x.Elems {
			if !constDefault(el) {
				return false
			}
		}
		return true
	}
	return false
}

func asFuncDef(st ast.Stmt) *ast.FuncDef {
	fd, _ := st.(*ast.FuncDef)
	return fd
}

// methodOf is the copy of a generic method that t, the type of a callee
// obj.name, is a bound method of, or nil.
func (g *genState) methodOf(t Type) *ast.FuncDef {
	bm, ok := t.(*BoundMethod)
	if !ok || bm.Method == nil || bm.Method.Owner == nil {
		return nil
	}
	return g.methodCopies[bm.Method.Owner.Name+"."+bm.Method.Name]
}

// allRequired reports a signature whose parameters are all positional and
// required.
func allRequired(f *Func) bool {
	for _, p := range f.Params {
		if p.HasDefault || p.KwOnly || p.Star || p.StarStar {
			return false
		}
	}
	return true
}
