package check

import "github.com/aiogo/aiogo/ast"

// @dataclass(unsafe_hash=True): CPython adds a __hash__ returning the hash
// of the tuple of the hashed fields (those declared with field(hash=True),
// or without hash= and not excluded by compare=False), base dataclass
// fields first, even though the instances stay mutable. desugarUnsafeHash
// writes that method into the class body (`def __hash__(self) -> int:
// return hash((self.a, self.b))`) and drops the keyword, so such a class
// keys dicts and sets as one whose author wrote the method (userkey.go).
// A frozen class comparing its fields gets the same __hash__ without the
// keyword; unsafe_hash=False is the default. A class body that defines
// __hash__ itself keeps the keyword and is refused (CPython raises
// TypeError: cannot overwrite attribute __hash__).

// desugarUnsafeHash rewrites the module-level dataclasses declared with
// unsafe_hash; the syntax tree m is left alone.
func desugarUnsafeHash(m *ast.Module) *ast.Module {
	hashed := map[string][]string{}                              // dataclass name -> its hashed fields, bases' first
	return rewriteClasses(m, func(cd *ast.ClassDef) []ast.Stmt { // rewrite.go
		var deco *ast.Call
		for _, d := range cd.Decorators {
			if call, ok := d.(*ast.Call); ok && isDataclassDecorator(call) {
				deco = call
			} else if isDataclassDecorator(d) {
				deco = &ast.Call{Pos: d.Position(), Func: d}
			}
		}
		if deco == nil {
			return nil
		}
		var fields []string
		if len(cd.Bases) == 1 {
			if b, ok := cd.Bases[0].(*ast.Name); ok {
				fields = append(fields, hashed[b.ID]...)
			}
		}
		definesHash, differs := false, false
		for _, st := range cd.Body {
			switch s := st.(type) {
			case *ast.FuncDef:
				definesHash = definesHash || s.Name == "__hash__"
			case *ast.AnnAssign:
				n, ok := s.Target.(*ast.Name)
				if ok && !nonFieldAnnotation(s.Annotation) && hashDiffers(s.Value) {
					differs = true
				}
				if !ok || nonFieldAnnotation(s.Annotation) || !hashedField(s.Value) || containsStr(fields, n.ID) {
					continue
				}
				fields = append(fields, n.ID)
			}
		}
		hashed[cd.Name] = fields
		unsafe, frozen, eq := -1, false, true
		for i, k := range deco.Keywords {
			b, ok := k.Value.(*ast.BoolLit)
			switch {
			case !ok:
			case k.Name == "unsafe_hash":
				unsafe = i
				if !b.Value {
					unsafe = -2 - i // the default: only dropped
				}
			case k.Name == "frozen":
				frozen = b.Value
			case k.Name == "eq":
				eq = b.Value
			}
		}
		// A frozen class comparing its fields whose field(hash=...) takes
		// a field into the hash other than compare= does gets its
		// __hash__ written out too (no keyword to drop).
		frozenDiffers := unsafe == -1 && frozen && eq && differs && !definesHash
		if (unsafe == -1 && !frozenDiffers) || (unsafe >= 0 && definesHash) {
			return nil
		}
		nd := *deco
		if !frozenDiffers {
			drop := unsafe
			if drop < 0 {
				drop = -2 - drop
			}
			nd.Keywords = append(append([]*ast.Keyword{}, deco.Keywords[:drop]...), deco.Keywords[drop+1:]...)
		}
		ncd := *cd
		ncd.Decorators = nil
		for _, d := range cd.Decorators {
			if isDataclassDecorator(d) {
				d = &nd
			}
			ncd.Decorators = append(ncd.Decorators, d)
		}
		if (unsafe >= 0 && !(frozen && eq)) || frozenDiffers {
			p := deco.Pos
			var elems []ast.Expr
			for _, f := range fields {
				elems = append(elems, &ast.Attribute{Pos: p, Value: &ast.Name{Pos: p, ID: "self"}, Attr: f, AttrPos: p})
			}
			call := &ast.Call{Pos: p, Func: &ast.Name{Pos: p, ID: "hash"}, Args: []ast.Expr{&ast.TupleExpr{Pos: p, Elems: elems}}}
			ncd.Body = append(append([]ast.Stmt{}, cd.Body...), &ast.FuncDef{Pos: p, Name: "__hash__",
				Params: []*ast.Param{{Pos: p, Name: "self"}}, Returns: &ast.Name{Pos: p, ID: "int"},
				Body: []ast.Stmt{&ast.Return{Pos: p, Value: call}}})
		}
		return []ast.Stmt{&ncd}
	})
}

// nonFieldAnnotation reports a class-body annotation that declares no
// dataclass field: ClassVar[...], InitVar[...] and the KW_ONLY sentinel.
func nonFieldAnnotation(a ast.Expr) bool {
	if s, ok := a.(*ast.Subscript); ok {
		a = s.Value
	}
	var name string
	switch x := a.(type) {
	case *ast.Name:
		name = x.ID
	case *ast.Attribute:
		name = x.Attr
	case *ast.StrLit:
		return false
	}
	return name == "ClassVar" || name == "InitVar" || name == "KW_ONLY"
}

// hashedField reports whether a field with this default value takes part
// in the generated __hash__: field(hash=True), or no hash= (or hash=None)
// and not field(compare=False).
func hashedField(v ast.Expr) bool {
	call, ok := v.(*ast.Call)
	if !ok {
		return true
	}
	if n, ok := call.Func.(*ast.Name); !ok || n.ID != "field" {
		if a, ok := call.Func.(*ast.Attribute); !ok || a.Attr != "field" {
			return true
		}
	}
	compare := true
	for _, k := range call.Keywords {
		if b, ok := k.Value.(*ast.BoolLit); ok {
			switch k.Name {
			case "hash":
				return b.Value
			case "compare":
				compare = b.Value
			}
		}
	}
	return compare
}

// containsStr reports whether s is among xs.
func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// definesMethod reports whether the class body defines a method name.
func definesMethod(cd *ast.ClassDef, name string) bool {
	for _, st := range cd.Body {
		if fd, ok := st.(*ast.FuncDef); ok && fd.Name == name {
			return true
		}
	}
	return false
}

// hashDiffers reports a field default field(hash=...) whose hash= differs
// from its compare= (field(hash=False) of a compared field).
func hashDiffers(v ast.Expr) bool {
	call, ok := v.(*ast.Call)
	if !ok {
		return false
	}
	compare, hash, given := true, false, false
	for _, k := range call.Keywords {
		if b, ok := k.Value.(*ast.BoolLit); ok {
			switch k.Name {
			case "hash":
				hash, given = b.Value, true
			case "compare":
				compare = b.Value
			}
		}
	}
	return given && hash != compare && isFieldCall(call)
}

// isFieldCall reports a call of dataclasses.field.
func isFieldCall(call *ast.Call) bool {
	switch f := call.Func.(type) {
	case *ast.Name:
		return f.ID == "field"
	case *ast.Attribute:
		return f.Attr == "field"
	}
	return false
}
