package check

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/parser"
)

// Generic classes (class Stack(Generic[T]) at module level, T =
// TypeVar("T")) are compiled by monomorphization before anything else is
// checked: each distinct type-argument tuple the program writes
// (Stack[int] in an annotation or a call Stack[int]()) gets a copy of the
// class, Stack__gcN, with the type variables replaced by those types; its
// Python name (__name__, repr, type(x).__name__, error messages) stays
// Stack (ClassDef.PyName, Class.Py).
//
// A bare Stack(...) call takes its type arguments from its context: the
// annotation of the variable it is assigned to (s: Stack[int] = Stack()),
// the return annotation of the function returning it, or the class's only
// instantiation; isinstance(x, Stack) tests every copy. A generic class
// may have other bases (their type arguments substituted: class
// Sub(Base[T], Generic[T])), and classes may derive from an instance
// (class IntBox(Box[int])). Anything else (a class generic only through
// its bases, type arguments naming a type variable outside the class, a
// bare use with several instantiations) is refused or left to the refusal
// of type variables.

type genClass struct {
	def  *ast.ClassDef
	vars []string
}

type genClassState struct {
	typeVars map[string]bool
	classes  map[string]*genClass
	copies   map[string]*ast.ClassDef // key -> copy
	byClass  map[string][]*ast.ClassDef
	n        int
	errs     ErrorList
	file     string
}

// monoClasses returns m with its generic classes monomorphized (m itself
// when it has none it can handle).
func monoClasses(file string, m *ast.Module) (*ast.Module, error) {
	s := &genClassState{typeVars: map[string]bool{}, classes: map[string]*genClass{}, copies: map[string]*ast.ClassDef{}, byClass: map[string][]*ast.ClassDef{}, file: file}
	for _, st := range m.Body {
		if name, ok := simpleTypeVar(st); ok {
			s.typeVars[name] = true
		}
	}
	if len(s.typeVars) == 0 {
		return m, nil
	}
	for _, st := range m.Body {
		cd, ok := st.(*ast.ClassDef)
		if !ok {
			continue
		}
		vars, ok := s.genericBase(cd)
		if !ok {
			continue
		}
		s.classes[cd.Name] = &genClass{def: cd, vars: vars}
	}
	if len(s.classes) == 0 {
		return m, nil
	}
	work := cloneAST(m).(*ast.Module)
	tmpl := map[*ast.ClassDef]bool{}
	for _, st := range work.Body {
		if cd, ok := st.(*ast.ClassDef); ok && s.classes[cd.Name] != nil {
			s.classes[cd.Name].def = cd
			tmpl[cd] = true
		}
	}
	// String annotations naming a generic class or a type variable are
	// unquoted so that their type arguments can be rewritten.
	s.unquote(work)
	// Bare calls take the type arguments of their context.
	for _, st := range work.Body {
		s.contextCalls(st, nil)
	}
	// Instantiate: the statements outside the templates, then each new
	// copy, name the instances they need.
	var queue []ast.Node
	for _, st := range work.Body {
		if cd, ok := st.(*ast.ClassDef); ok && tmpl[cd] {
			continue
		}
		queue = append(queue, st)
	}
	for len(queue) > 0 && len(s.errs) == 0 {
		n := queue[0]
		queue = queue[1:]
		before := len(s.byKeyOrder())
		s.inferCalls(n, nil)
		s.valueSubs(n)
		s.instantiate(n)
		all := s.byKeyOrder()
		for _, cd := range all[before:] {
			queue = append(queue, cd)
		}
		if s.n > 64 {
			return nil, ErrorList{&Error{Pos: fixPos(n.(interface{ Position() ast.Pos }).Position(), file), Msg: "generic classes instantiated with too many type arguments (recursive instantiation?): not supported"}}
		}
	}
	if len(s.errs) > 0 {
		return nil, s.errs
	}
	// A class attribute is one object in CPython, shared by every
	// instantiation: copies would each have their own.
	for name, cds := range s.byClass {
		if len(cds) < 2 {
			continue
		}
		for _, st := range s.classes[name].def.Body {
			bad := false
			switch x := st.(type) {
			case *ast.Assign:
				bad = true
			case *ast.AnnAssign:
				bad = strings.Contains(exprKey(x.Annotation), "ClassVar")
			}
			if bad {
				s.errs = append(s.errs, &Error{Pos: fixPos(st.(interface{ Position() ast.Pos }).Position(), file), Msg: fmt.Sprintf("a class attribute of generic class %s, which is used with %d different type arguments: not supported (aiogo makes one class per type arguments; use a module-level variable)", name, len(cds))})
			}
		}
	}
	// Remaining bare names of generic classes.
	for _, st := range work.Body {
		if cd, ok := st.(*ast.ClassDef); ok && tmpl[cd] {
			continue
		}
		s.bareNames(st)
	}
	for _, cds := range s.byClass {
		for _, cd := range cds {
			s.bareNames(cd)
		}
	}
	if len(s.errs) > 0 {
		seen := map[string]bool{}
		var errs ErrorList
		for _, e := range s.errs {
			k := fmt.Sprint(e.Pos.Line, ":", e.Pos.Col, e.Msg)
			if !seen[k] {
				seen[k] = true
				errs = append(errs, e)
			}
		}
		s.errs = errs
		sort.Slice(s.errs, func(i, j int) bool {
			a, b := s.errs[i].Pos, s.errs[j].Pos
			return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
		})
		return nil, s.errs
	}
	var body []ast.Stmt
	for _, st := range work.Body {
		if cd, ok := st.(*ast.ClassDef); ok && tmpl[cd] {
			for _, c := range s.byClass[cd.Name] {
				body = append(body, c)
			}
			continue
		}
		body = append(body, st)
	}
	// The type variables' declarations go when nothing else names them
	// (generic functions still do: generics.go).
	used := map[string]bool{}
	for _, st := range body {
		if _, ok := simpleTypeVar(st); ok {
			continue
		}
		ast.Inspect(st, func(n ast.Node) bool {
			if x, ok := n.(*ast.Name); ok && s.typeVars[x.ID] {
				used[x.ID] = true
			}
			return true
		})
	}
	out := *work
	out.Body = nil
	for _, st := range body {
		if name, ok := simpleTypeVar(st); ok && !used[name] {
			continue
		}
		out.Body = append(out.Body, st)
	}
	return &out, nil
}

func (s *genClassState) byKeyOrder() []*ast.ClassDef {
	var all []*ast.ClassDef
	for _, cd := range s.copies {
		all = append(all, cd)
	}
	sort.Slice(all, func(i, j int) bool { return genSeq(all[i].Name) < genSeq(all[j].Name) })
	return all
}

func genSeq(name string) int {
	i := strings.LastIndex(name, "__gc")
	n, _ := strconv.Atoi(name[i+4:])
	return n
}

// genericBase reports the type variables of a Generic[...] base of cd.
func (s *genClassState) genericBase(cd *ast.ClassDef) ([]string, bool) {
	for _, b := range cd.Bases {
		sub, ok := b.(*ast.Subscript)
		if !ok {
			continue
		}
		switch f := sub.Value.(type) {
		case *ast.Name:
			if f.ID != "Generic" {
				continue
			}
		case *ast.Attribute:
			if x, ok := f.Value.(*ast.Name); !ok || x.ID != "typing" || f.Attr != "Generic" {
				continue
			}
		default:
			continue
		}
		var vars []string
		for _, e := range tupleElts(sub.Index) {
			n, ok := e.(*ast.Name)
			if !ok || !s.typeVars[n.ID] {
				return nil, false
			}
			vars = append(vars, n.ID)
		}
		return vars, true
	}
	return nil, false
}

func tupleElts(e ast.Expr) []ast.Expr {
	if t, ok := e.(*ast.TupleExpr); ok {
		return t.Elems
	}
	return []ast.Expr{e}
}

func (s *genClassState) mentionsClass(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && s.classes[x.ID] != nil {
			found = true
		}
		return !found
	})
	return found
}

func (s *genClassState) mentionsTypeVar(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && s.typeVars[x.ID] {
			found = true
		}
		return !found
	})
	return found
}

// unquote replaces string annotations that name a generic class or a
// type variable by the expressions they hold.
func (s *genClassState) unquote(m *ast.Module) {
	var fix func(e ast.Expr) ast.Expr
	fix = func(e ast.Expr) ast.Expr {
		if e == nil {
			return nil
		}
		return rewriteExpr(e, func(x ast.Expr) ast.Expr {
			str, ok := x.(*ast.StrLit)
			if !ok {
				return x
			}
			pm, err := parser.ParseFile(s.file, []byte("_: "+str.Value+"\n"))
			if err != nil || len(pm.Body) != 1 {
				return x
			}
			aa, ok := pm.Body[0].(*ast.AnnAssign)
			if !ok || !(s.mentionsClass(aa.Annotation) || s.mentionsTypeVar(aa.Annotation)) {
				return x
			}
			shiftPos(aa.Annotation, str.Pos)
			return aa.Annotation
		})
	}
	ast.Inspect(m, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDef:
			for _, p := range x.Params {
				p.Annotation = fix(p.Annotation)
			}
			x.Returns = fix(x.Returns)
		case *ast.AnnAssign:
			x.Annotation = fix(x.Annotation)
		}
		return true
	})
}

// isGenericSub reports C[...] of a generic class C.
func (s *genClassState) isGenericSub(e ast.Expr) bool {
	sub, ok := e.(*ast.Subscript)
	if !ok {
		return false
	}
	n, ok := sub.Value.(*ast.Name)
	return ok && s.classes[n.ID] != nil
}

// contextCalls gives a bare call C(...) the type arguments of an
// annotation it is assigned to or returned under (ret: the enclosing
// function's return annotation).
func (s *genClassState) contextCalls(n ast.Node, ret ast.Expr) {
	bare := func(v ast.Expr, ctx ast.Expr) {
		call, ok := v.(*ast.Call)
		if !ok || ctx == nil {
			return
		}
		fn, ok := call.Func.(*ast.Name)
		if !ok || s.classes[fn.ID] == nil {
			return
		}
		// ctx: C[...] itself, or Optional[C[...]] / C[...] | None.
		var found ast.Expr
		ast.Inspect(ctx, func(m ast.Node) bool {
			if e, ok := m.(ast.Expr); ok && s.isGenericSub(e) && e.(*ast.Subscript).Value.(*ast.Name).ID == fn.ID {
				if found != nil {
					found = &ast.NoneLit{} // ambiguous
				}
				if found == nil {
					found = e
				}
				return false
			}
			return true
		})
		if sub, ok := found.(*ast.Subscript); ok {
			c := cloneAST(sub).(*ast.Subscript)
			shiftPos(c, fn.Pos)
			call.Func = c
		}
	}
	ast.Inspect(n, func(m ast.Node) bool {
		switch x := m.(type) {
		case *ast.FuncDef:
			if m != n {
				s.contextCalls(x, x.Returns)
				return false
			}
		case *ast.Lambda:
			return false
		case *ast.AnnAssign:
			if x.Value != nil {
				bare(x.Value, x.Annotation)
			}
		case *ast.Return:
			if x.Value != nil {
				bare(x.Value, ret)
			}
		}
		return true
	})
	if fd, ok := n.(*ast.FuncDef); ok && ret == nil && fd.Returns != nil {
		s.contextCalls(fd, fd.Returns)
	}
}

// instantiate rewrites each C[args] in n to the copy of C for args.
func (s *genClassState) instantiate(n ast.Node) {
	rewriteNode(n, func(e ast.Expr) ast.Expr {
		if !s.isGenericSub(e) {
			return e
		}
		sub := e.(*ast.Subscript)
		name := sub.Value.(*ast.Name)
		gc := s.classes[name.ID]
		args := tupleElts(sub.Index)
		if len(args) != len(gc.vars) {
			s.errs = append(s.errs, &Error{Pos: fixPos(sub.Pos, s.file), Msg: fmt.Sprintf("generic class %s takes %d type arguments, given %d", name.ID, len(gc.vars), len(args))})
			return e
		}
		for _, a := range args {
			if s.mentionsTypeVar(a) {
				s.errs = append(s.errs, &Error{Pos: fixPos(sub.Pos, s.file), Msg: "a type variable as type argument of generic class " + name.ID + " outside a class declared Generic[...] (a generic function over it, or a class generic only through its bases): not supported, use concrete types"})
				return e
			}
		}
		key := name.ID + "[" + exprKey(sub.Index) + "]"
		cd := s.copies[key]
		if cd == nil {
			s.n++
			cd = cloneAST(gc.def).(*ast.ClassDef)
			cd.PyName = gc.def.Name
			cd.Name = gc.def.Name + "__gc" + strconv.Itoa(s.n)
			var bases []ast.Expr
			for _, b := range cd.Bases {
				if _, ok := s.genericBase(&ast.ClassDef{Bases: []ast.Expr{b}}); !ok {
					bases = append(bases, b)
				}
			}
			cd.Bases = bases
			subst := map[string]ast.Expr{}
			for i, v := range gc.vars {
				subst[v] = args[i]
			}
			rewriteNode(cd, func(x ast.Expr) ast.Expr {
				if nm, ok := x.(*ast.Name); ok {
					if a, ok := subst[nm.ID]; ok {
						c := cloneAST(a).(ast.Expr)
						shiftPos(c, nm.Pos)
						return c
					}
				}
				return x
			})
			s.copies[key] = cd
			s.byClass[name.ID] = append(s.byClass[name.ID], cd)
		}
		return &ast.Name{Pos: name.Pos, ID: cd.Name}
	})
}

// bareNames rewrites the remaining names of generic classes: to the only
// copy, or (in isinstance/issubclass) a tuple of all copies; otherwise an
// error.
func (s *genClassState) bareNames(n ast.Node) {
	classArg := map[*ast.Name]bool{}
	nameAttr := map[*ast.Name]bool{} // C.__name__
	argCall := map[*ast.Name]bool{}  // C(args) whose args were not typed
	ast.Inspect(n, func(m ast.Node) bool {
		if call, ok := m.(*ast.Call); ok && (len(call.Args) > 0 || len(call.Keywords) > 0) {
			if nm, ok := call.Func.(*ast.Name); ok && s.classes[nm.ID] != nil && s.typedArgs(call, s.classes[nm.ID].def) {
				argCall[nm] = true
			}
		}
		if at, ok := m.(*ast.Attribute); ok && (at.Attr == "__name__" || at.Attr == "__qualname__" || at.Attr == "__module__") {
			if nm, ok := at.Value.(*ast.Name); ok {
				nameAttr[nm] = true
			}
		}
		if call, ok := m.(*ast.Call); ok && len(call.Args) == 2 {
			if f, ok := call.Func.(*ast.Name); ok && (f.ID == "isinstance" || f.ID == "issubclass") {
				for _, e := range tupleElts(call.Args[1]) {
					if nm, ok := e.(*ast.Name); ok {
						classArg[nm] = true
					}
				}
			}
		}
		return true
	})
	rewriteNode(n, func(e ast.Expr) ast.Expr {
		nm, ok := e.(*ast.Name)
		if !ok || s.classes[nm.ID] == nil {
			return e
		}
		cds := s.byClass[nm.ID]
		if len(cds) == 1 && !argCall[nm] {
			return &ast.Name{Pos: nm.Pos, ID: cds[0].Name}
		}
		if nameAttr[nm] && len(cds) > 0 {
			return &ast.Name{Pos: nm.Pos, ID: cds[0].Name} // every copy has the same
		}
		if classArg[nm] && len(cds) > 1 {
			t := &ast.TupleExpr{Pos: nm.Pos}
			for _, cd := range cds {
				t.Elems = append(t.Elems, &ast.Name{Pos: nm.Pos, ID: cd.Name})
			}
			return t
		}
		if argCall[nm] {
			s.errs = append(s.errs, &Error{Pos: fixPos(nm.Pos, s.file), Msg: fmt.Sprintf("cannot infer the type arguments of generic class %s from this call's arguments: write %s[...](...) or annotate the variable it is assigned to", nm.ID, nm.ID)})
			return e
		}
		msg := fmt.Sprintf("generic class %s used without type arguments here and instantiated %d times: write %s[...] (e.g. %s[int]()) or annotate the variable it is assigned to", nm.ID, len(cds), nm.ID, nm.ID)
		if len(cds) == 0 {
			msg = fmt.Sprintf("generic class %s used without type arguments: write %s[...] (e.g. %s[int]()) or annotate the variable it is assigned to", nm.ID, nm.ID, nm.ID)
		}
		s.errs = append(s.errs, &Error{Pos: fixPos(nm.Pos, s.file), Msg: msg})
		return e
	})
}

// exprKey is a type expression's text independent of positions.
func exprKey(e ast.Expr) string {
	var b strings.Builder
	var w func(v reflect.Value)
	w = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if v.IsNil() {
				b.WriteString("nil")
				return
			}
			if v.Kind() == reflect.Pointer {
				b.WriteString(v.Elem().Type().Name())
			}
			w(v.Elem())
		case reflect.Slice:
			b.WriteString("[")
			for i := 0; i < v.Len(); i++ {
				w(v.Index(i))
				b.WriteString(",")
			}
			b.WriteString("]")
		case reflect.Struct:
			if v.Type() == reflect.TypeOf(ast.Pos{}) {
				return
			}
			b.WriteString("{")
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).Type == reflect.TypeOf(ast.Pos{}) {
					continue
				}
				w(v.Field(i))
				b.WriteString(";")
			}
			b.WriteString("}")
		default:
			fmt.Fprintf(&b, "%v", v.Interface())
		}
	}
	w(reflect.ValueOf(e))
	return b.String()
}

// rewriteExpr returns f applied bottom-up to e and its subexpressions.
func rewriteExpr(e ast.Expr, f func(ast.Expr) ast.Expr) ast.Expr {
	holder := &struct{ E ast.Expr }{e}
	rewriteValue(reflect.ValueOf(holder).Elem(), f)
	return holder.E
}

// rewriteNode replaces, bottom-up, each expression held in n by f's.
func rewriteNode(n ast.Node, f func(ast.Expr) ast.Expr) {
	rewriteValue(reflect.ValueOf(n), f)
}

func rewriteValue(v reflect.Value, f func(ast.Expr) ast.Expr) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			rewriteValue(v.Elem(), f)
		}
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		rewriteValue(v.Elem(), f)
		if v.Type() == exprType && v.CanSet() {
			if e, ok := v.Interface().(ast.Expr); ok {
				if r := f(e); r != e {
					v.Set(reflect.ValueOf(r))
				}
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			rewriteValue(v.Index(i), f)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Field(i).CanSet() || v.Field(i).Kind() == reflect.Pointer || v.Field(i).Kind() == reflect.Slice {
				rewriteValue(v.Field(i), f)
			}
		}
	}
}

// inferCalls gives a bare call C(args) the type arguments its arguments
// show when each type variable of C is the type of an __init__ parameter
// (or dataclass field) given a literal or a parameter of the enclosing
// function with a concrete annotation (params).
func (s *genClassState) inferCalls(n ast.Node, params map[string]ast.Expr) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch x := m.(type) {
		case *ast.FuncDef:
			if m != n {
				ps := map[string]ast.Expr{}
				for _, p := range x.Params {
					if p.Annotation != nil && p.Kind == "" {
						ps[p.Name] = p.Annotation
					}
				}
				s.inferCalls(x, ps)
				return false
			}
		case *ast.Lambda:
			return false
		case *ast.Call:
			fn, ok := x.Func.(*ast.Name)
			if !ok || s.classes[fn.ID] == nil || len(x.Args)+len(x.Keywords) == 0 {
				return true
			}
			gc := s.classes[fn.ID]
			names, annots := initParams(gc.def)
			binds := map[string]ast.Expr{}
			bind := func(pi int, arg ast.Expr) {
				if pi < 0 || pi >= len(annots) {
					return
				}
				v := typeVarOf(annots[pi], s.typeVars)
				if v == "" {
					return
				}
				t := argType(arg, params)
				if t == nil || s.mentionsTypeVar(t) {
					return
				}
				if prev, ok := binds[v]; ok && exprKey(prev) != exprKey(t) {
					binds[v] = &ast.NoneLit{} // conflicting: give up
					return
				}
				binds[v] = t
			}
			for i, a := range x.Args {
				if _, ok := a.(*ast.Starred); ok {
					return true
				}
				bind(i, a)
			}
			for _, kw := range x.Keywords {
				for i, nm := range names {
					if nm == kw.Name {
						bind(i, kw.Value)
					}
				}
			}
			var args []ast.Expr
			for _, v := range gc.vars {
				t := binds[v]
				if t == nil {
					return true
				}
				if _, bad := t.(*ast.NoneLit); bad {
					return true
				}
				c := cloneAST(t).(ast.Expr)
				shiftPos(c, fn.Pos)
				args = append(args, c)
			}
			var idx ast.Expr = args[0]
			if len(args) > 1 {
				idx = &ast.TupleExpr{Pos: fn.Pos, Elems: args}
			}
			x.Func = &ast.Subscript{Pos: fn.Pos, Value: fn, Index: idx}
		}
		return true
	})
}

// initParams lists the parameters of a class's __init__ after self (a
// dataclass's fields when it has none): names and annotations.
func initParams(cd *ast.ClassDef) ([]string, []ast.Expr) {
	var names []string
	var annots []ast.Expr
	for _, st := range cd.Body {
		if fd, ok := st.(*ast.FuncDef); ok && fd.Name == "__init__" {
			for i, p := range fd.Params {
				if i == 0 || p.Kind != "" {
					continue
				}
				names = append(names, p.Name)
				annots = append(annots, p.Annotation)
			}
			return names, annots
		}
	}
	isData := false
	for _, d := range cd.Decorators {
		e := d
		if c, ok := d.(*ast.Call); ok {
			e = c.Func
		}
		if n, ok := e.(*ast.Name); ok && n.ID == "dataclass" {
			isData = true
		}
		if a, ok := e.(*ast.Attribute); ok && a.Attr == "dataclass" {
			isData = true
		}
	}
	if !isData {
		return nil, nil
	}
	for _, st := range cd.Body {
		if aa, ok := st.(*ast.AnnAssign); ok {
			if n, ok := aa.Target.(*ast.Name); ok {
				names = append(names, n.ID)
				annots = append(annots, aa.Annotation)
			}
		}
	}
	return names, annots
}

// typeVarOf is T of an annotation T, Optional[T] or T | None.
func typeVarOf(e ast.Expr, vars map[string]bool) string {
	switch x := e.(type) {
	case *ast.Name:
		if vars[x.ID] {
			return x.ID
		}
	case *ast.Subscript:
		if n, ok := x.Value.(*ast.Name); ok && n.ID == "Optional" {
			return typeVarOf(x.Index, vars)
		}
	case *ast.BinOp:
		if x.Op == "|" {
			if _, ok := x.Right.(*ast.NoneLit); ok {
				return typeVarOf(x.Left, vars)
			}
		}
	}
	return ""
}

// argType is the type of a literal argument, or of a parameter of the
// enclosing function by its annotation, or nil.
func argType(e ast.Expr, params map[string]ast.Expr) ast.Expr {
	name := ""
	switch x := e.(type) {
	case *ast.IntLit:
		name = "int"
	case *ast.FloatLit:
		name = "float"
	case *ast.StrLit, *ast.FString:
		name = "str"
	case *ast.BoolLit:
		name = "bool"
	case *ast.UnaryOp:
		if x.Op == "-" {
			switch x.Operand.(type) {
			case *ast.IntLit:
				name = "int"
			case *ast.FloatLit:
				name = "float"
			}
		}
	case *ast.Name:
		if a := params[x.ID]; a != nil {
			if _, str := a.(*ast.StrLit); !str {
				return a
			}
		}
	}
	if name == "" {
		return nil
	}
	return &ast.Name{Pos: e.Position(), ID: name}
}

// valueSubs refuses C[...] used as a value (print(Stack[int]) prints
// __main__.Stack[int] in CPython, a typing alias): type arguments are
// supported in annotations, calls (Stack[int]()), type arguments of other
// generics, cast and attribute reads (Stack[int].name).
func (s *genClassState) valueSubs(n ast.Node) {
	ok := map[ast.Expr]bool{}
	mark := func(e ast.Expr) {
		if e == nil {
			return
		}
		ast.Inspect(e, func(m ast.Node) bool {
			if x, isExpr := m.(ast.Expr); isExpr {
				ok[x] = true
			}
			return true
		})
	}
	ast.Inspect(n, func(m ast.Node) bool {
		switch x := m.(type) {
		case *ast.FuncDef:
			for _, p := range x.Params {
				mark(p.Annotation)
			}
			mark(x.Returns)
		case *ast.AnnAssign:
			mark(x.Annotation)
		case *ast.ClassDef:
			for _, b := range x.Bases {
				mark(b)
			}
		case *ast.Call:
			mark(x.Func)
			if f, isName := x.Func.(*ast.Name); isName && f.ID == "cast" && len(x.Args) > 0 {
				mark(x.Args[0])
			}
		case *ast.Subscript:
			if !s.isGenericSub(x) {
				if v, isName := x.Value.(*ast.Name); isName && (v.ID == "list" || v.ID == "dict" || v.ID == "set" || v.ID == "tuple" || v.ID == "Optional" || v.ID == "Union" || v.ID == "type") {
					mark(x.Index)
				}
				if _, isAttr := x.Value.(*ast.Attribute); isAttr {
					mark(x.Index) // asyncio.Queue[Stack[int]]
				}
			}
		case *ast.Attribute:
			if !strings.HasPrefix(x.Attr, "__") {
				if s.isGenericSub(x.Value) {
					ok[x.Value] = true
				}
			}
		}
		return true
	})
	ast.Inspect(n, func(m ast.Node) bool {
		if x, isExpr := m.(ast.Expr); isExpr && s.isGenericSub(x) && !ok[x] {
			name := x.(*ast.Subscript).Value.(*ast.Name).ID
			s.errs = append(s.errs, &Error{Pos: fixPos(x.Position(), s.file), Msg: "generic class " + name + " with type arguments used as a value (CPython: a typing alias, not the class): type arguments are supported in annotations and calls (" + name + "[int]())"})
		}
		return true
	})
}

var genCopyName = regexp.MustCompile(`\b([A-Za-z_][A-Za-z0-9_]*?)__gc[0-9]+\b`)

// pyClassNames writes the copies of generic classes in compile errors by
// their Python names (Stack, not Stack__gc1).
func pyClassNames(err error) error {
	l, ok := err.(ErrorList)
	if !ok {
		return err
	}
	for _, e := range l {
		e.Msg = genCopyName.ReplaceAllString(e.Msg, "$1")
	}
	return l
}

// typedArgs reports whether a call of generic class cd gives a value to
// an __init__ parameter whose type names a type variable (or one it cannot
// tell): the only instantiation cannot be assumed for it (an int given to
// a float copy would print differently).
func (s *genClassState) typedArgs(call *ast.Call, cd *ast.ClassDef) bool {
	names, annots := initParams(cd)
	if annots == nil {
		return true
	}
	typed := func(i int) bool {
		return i < 0 || i >= len(annots) || annots[i] == nil || s.mentionsTypeVar(annots[i])
	}
	for i, a := range call.Args {
		if _, ok := a.(*ast.Starred); ok || typed(i) {
			return true
		}
	}
	for _, kw := range call.Keywords {
		i := -1
		for j, n := range names {
			if n == kw.Name {
				i = j
			}
		}
		if typed(i) {
			return true
		}
	}
	return false
}
