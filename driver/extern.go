package driver

import (
	"bytes"
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/codegen"
)

// Go functions callable from Python code.
//
// A module-level def whose line is preceded by a comment
//
//	# aiogo:go example.com/app/hashing.Sum
//	async def sha(data: bytes) -> str:
//	    import hashlib
//	    return hashlib.sha256(data).hexdigest()
//
// stays valid Python: CPython (and mypy) run and check its Python body,
// while aiogo links the Go function instead and does not compile the body
// (it is replaced by `raise NotImplementedError` before type checking).
// The Go signature is read with go/types from the package's export data
// (`go list -export`, run in the current directory, so the package can be
// in the user's module) and must match: an optional context.Context first,
// then the Go-native forms of the Python parameters in order (int may be
// Go int or int64), and results (), (error), (T) or (T, error) where T is
// the Go-native form of the Python result.

const pragma = "# aiogo:go "

// findExterns finds the defs marked with the pragma and blanks their
// bodies. It returns the marked defs with the Go function they name.
func findExterns(filename string, src []byte, m *ast.Module) (map[*ast.FuncDef]*codegen.Extern, []string) {
	if !bytes.Contains(src, []byte(strings.TrimSpace(pragma))) {
		return nil, nil
	}
	lines := strings.Split(string(src), "\n")
	var errs []string
	out := map[*ast.FuncDef]*codegen.Extern{}
	for i, st := range m.Body {
		if cd, ok := st.(*ast.ClassDef); ok {
			if imp, msg := goErrorClass(filename, lines, cd); msg != "" {
				errs = append(errs, msg)
			} else if imp != nil {
				m.Body[i] = imp
			}
			continue
		}
		d, ok := st.(*ast.FuncDef)
		if !ok {
			continue
		}
		// The pragma is the comment line just above the def or its decorators.
		first := d.Pos.Line
		for _, dec := range d.Decorators {
			if p := dec.Position().Line; p < first {
				first = p
			}
		}
		ln := first - 2
		for ln >= 0 && strings.HasPrefix(strings.TrimSpace(lines[ln]), "@") {
			ln--
		}
		if ln < 0 {
			continue
		}
		c := strings.TrimSpace(lines[ln])
		if !strings.HasPrefix(c, strings.TrimSpace(pragma)) {
			continue
		}
		target := strings.TrimSpace(strings.TrimPrefix(c, strings.TrimSpace(pragma)))
		dot := strings.LastIndex(target, ".")
		if dot <= 0 || dot == len(target)-1 || strings.ContainsAny(target, " \t") {
			errs = append(errs, fmt.Sprintf("%s:%d:1: # aiogo:go needs a Go function as IMPORTPATH.Name, got %q", filename, ln+1, target))
			continue
		}
		if len(d.Decorators) > 0 {
			errs = append(errs, fmt.Sprintf("%s: a def implemented in Go cannot have decorators", d.Pos))
			continue
		}
		out[d] = &codegen.Extern{Path: target[:dot], Name: target[dot+1:]}
		d.Body = []ast.Stmt{&ast.Raise{Pos: d.Pos, Exc: &ast.Name{Pos: d.Pos, ID: "NotImplementedError"}}}
	}
	return out, errs
}

// goErrorClass handles a class standing for one of the runtime's Go error
// classes:
//
//	# aiogo:go GoError
//	class GoError(Exception):
//	    """What a Go function returned as an error."""
//
// CPython runs the class as written; aiogo binds the name to aiogo.GoError
// (or aiogo.GoPanic), the class of the exceptions Go functions raise, as
// `from aiogo import GoError` would. The class body may only hold a
// docstring or pass. It returns the import that replaces the class, nil
// when the class is not marked, or an error message.
func goErrorClass(filename string, lines []string, cd *ast.ClassDef) (ast.Stmt, string) {
	ln := cd.Pos.Line - 2
	for _, dec := range cd.Decorators {
		if p := dec.Position().Line - 2; p < ln {
			ln = p
		}
	}
	if ln < 0 || ln >= len(lines) {
		return nil, ""
	}
	c := strings.TrimSpace(lines[ln])
	if !strings.HasPrefix(c, strings.TrimSpace(pragma)) {
		return nil, ""
	}
	target := strings.TrimSpace(strings.TrimPrefix(c, strings.TrimSpace(pragma)))
	if target != "GoError" && target != "GoPanic" {
		return nil, fmt.Sprintf("%s:%d:1: # aiogo:go above a class names GoError or GoPanic (the runtime's Go error classes), got %q", filename, ln+1, target)
	}
	if len(cd.Decorators) > 0 {
		return nil, fmt.Sprintf("%s: a class standing for aiogo.%s cannot have decorators", cd.Pos, target)
	}
	for _, st := range cd.Body {
		switch s := st.(type) {
		case *ast.Pass:
			continue
		case *ast.ExprStmt:
			if _, ok := s.Value.(*ast.StrLit); ok {
				continue
			}
		}
		return nil, fmt.Sprintf("%s: a class standing for aiogo.%s may only hold a docstring or pass", st.Position(), target)
	}
	return &ast.ImportFrom{Pos: cd.Pos, Module: "aiogo", Names: []*ast.Alias{{Pos: cd.Pos, Name: target, AsName: cd.Name}}}, ""
}

// resolveExterns reads the Go signatures of the externs and checks them
// against the Python ones.
func resolveExterns(filename string, info *check.Info, ext map[*ast.FuncDef]*codegen.Extern) []string {
	if len(ext) == 0 {
		return nil
	}
	paths := map[string]bool{}
	for _, e := range ext {
		paths[e.Path] = true
	}
	var list []string
	for p := range paths {
		list = append(list, p)
	}
	imp, err := exportImporter(token.NewFileSet(), "", nil, list)
	if err != nil {
		var msgs []string
		for d, e := range ext {
			msgs = append(msgs, fmt.Sprintf("%s: cannot load Go package %s: %v", d.Pos, e.Path, err))
		}
		return msgs
	}
	var msgs []string
	for d, e := range ext {
		fi := info.Funcs[d]
		if msg := matchExtern(imp, fi, e); msg != "" {
			msgs = append(msgs, fmt.Sprintf("%s: %s", d.Pos, msg))
		}
	}
	return msgs
}

// matchExtern checks the Go function's signature against the def and
// fills in e; it returns an error message or "".
func matchExtern(imp types.Importer, fi *check.FuncInfo, e *codegen.Extern) string {
	pkg, err := imp.Import(e.Path)
	if err != nil {
		return fmt.Sprintf("cannot load Go package %s: %v", e.Path, err)
	}
	obj := pkg.Scope().Lookup(e.Name)
	fn, ok := obj.(*types.Func)
	if !ok || !obj.Exported() {
		return fmt.Sprintf("%s.%s is not an exported Go function", e.Path, e.Name)
	}
	sig := fn.Type().(*types.Signature)
	goSig := strings.TrimPrefix(types.TypeString(sig, (*types.Package).Name), "func")
	want := wantSig(fi)
	bad := func(why string) string {
		return fmt.Sprintf("Go function %s.%s%s does not match %s: %s (want %s)", pkg.Name(), e.Name, goSig, fi.Name, why, want)
	}
	if sig.Variadic() || sig.TypeParams().Len() > 0 || sig.Recv() != nil {
		return bad("variadic and generic functions are not supported")
	}
	ps := sig.Params()
	i0 := 0
	if ps.Len() > 0 && types.TypeString(ps.At(0).Type(), nil) == "context.Context" {
		e.Ctx = true
		i0 = 1
	}
	if ps.Len()-i0 != len(fi.Sig.Params) {
		return bad(fmt.Sprintf("%d parameters, the def has %d", ps.Len()-i0, len(fi.Sig.Params)))
	}
	for i, p := range fi.Sig.Params {
		gt := types.TypeString(ps.At(i0+i).Type(), nil)
		ok, conv := goTypeMatches(p.Type, gt)
		if !ok {
			return bad(fmt.Sprintf("parameter %s is %s", p.Name, gt))
		}
		e.ParamConv = append(e.ParamConv, conv)
	}
	rs := sig.Results()
	n := rs.Len()
	if n > 0 && types.TypeString(rs.At(n-1).Type(), nil) == "error" {
		e.Err = true
		n--
	}
	hasRes := fi.RetType != check.None
	switch {
	case n > 1:
		return bad("too many results")
	case n == 1 && !hasRes:
		return bad("the def returns None")
	case n == 0 && hasRes:
		return bad("no result")
	case n == 1:
		gt := types.TypeString(rs.At(0).Type(), nil)
		ok, conv := goTypeMatches(fi.RetType, gt)
		if !ok {
			return bad("result is " + gt)
		}
		e.Result, e.ResultConv = true, conv
	}
	return ""
}

// wantSig is the Go signature a def's Go implementation must have.
func wantSig(fi *check.FuncInfo) string {
	var ps []string
	if fi.IsAsync {
		ps = append(ps, "ctx context.Context")
	}
	for _, p := range fi.Sig.Params {
		ps = append(ps, p.Name+" "+codegen.GoNativeType(p.Type))
	}
	s := "(" + strings.Join(ps, ", ") + ")"
	if fi.RetType != check.None {
		return s + " (" + codegen.GoNativeType(fi.RetType) + ", error)"
	}
	return s + " error"
}

// goTypeMatches reports whether the Go type gt is the Go-native form of t
// (or int for a Python int, converted), and the Go conversion it needs.
func goTypeMatches(t check.Type, gt string) (bool, string) {
	if t == check.Int && gt == "int" {
		return true, "int"
	}
	native := codegen.GoNativeType(t)
	return native != "" && native == gt, ""
}
