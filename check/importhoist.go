package check

import (
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// Imports inside a function body (def area(r): import math; ...), which
// mypy accepts: the statement binds a local name of the function to the
// module (or the imported object). The language's modules import without
// visible effects, so where the binding can only be observed after the
// import ran the statement is moved to module level, binding a global
// instead, with the same results:
//
//   - the import stands directly in the function's body (not in an if,
//     loop or try: it runs whenever the function does, before the
//     statements after it);
//   - no name it binds is written in the function before it (textually,
//     nested defs and lambdas included: no read can precede it), bound
//     otherwise in the function (assigned, a parameter, global/nonlocal)
//     or bound at module level except by the same import (which is then
//     just dropped);
//   - every function importing the name imports the same thing.
//
// Other function-level imports keep the refusal.

// importKey describes what an import binds name to.
func importKey(st ast.Stmt, a *ast.Alias) (name, key string) {
	switch s := st.(type) {
	case *ast.Import:
		name = a.AsName
		if name == "" {
			name, _, _ = strings.Cut(a.Name, ".")
			return name, "import " + a.Name
		}
		return name, "import " + a.Name + " as " + name
	case *ast.ImportFrom:
		name = a.AsName
		if name == "" {
			name = a.Name
		}
		return name, "from " + strconv.Itoa(s.Level) + s.Module + " import " + a.Name + " as " + name
	}
	return "", ""
}

// importNames lists the aliases of an import statement (nil for others).
func importAliases(st ast.Stmt) []*ast.Alias {
	switch s := st.(type) {
	case *ast.Import:
		return s.Names
	case *ast.ImportFrom:
		return s.Names
	}
	return nil
}

// hoistImports returns m with the function-level imports that may be
// moved to module level moved there (a copy; m is left alone).
func hoistImports(m *ast.Module) *ast.Module {
	module := map[string]string{} // module-level name -> the import binding it ("" for other bindings)
	for _, st := range m.Body {
		if as := importAliases(st); as != nil {
			for _, a := range as {
				n, k := importKey(st, a)
				if old, ok := module[n]; ok && old != k {
					module[n] = ""
				} else {
					module[n] = k
				}
			}
			continue
		}
		for _, n := range boundNames(st) {
			module[n] = ""
		}
	}
	h := &importHoister{module: module, hoisted: map[string]string{}}
	body, changed := h.stmts(m.Body, true)
	if !changed {
		return m
	}
	nm := *m
	nm.Body = append(append([]ast.Stmt(nil), h.out...), body...)
	return &nm
}

type importHoister struct {
	module  map[string]string
	hoisted map[string]string // name -> import key moved so far
	out     []ast.Stmt
}

// stmts rewrites the defs of a module or class body (top) or of a
// function body.
func (h *importHoister) stmts(body []ast.Stmt, top bool) ([]ast.Stmt, bool) {
	changed := false
	out := make([]ast.Stmt, 0, len(body))
	for _, st := range body {
		switch s := st.(type) {
		case *ast.FuncDef:
			if nf := h.function(s); nf != s {
				changed = true
				st = nf
			}
		case *ast.ClassDef:
			if nb, ch := h.stmts(s.Body, true); ch {
				cp := *s
				cp.Body = nb
				st, changed = &cp, true
			}
		}
		out = append(out, st)
	}
	return out, changed
}

// function rewrites def f: its own movable imports, and those of the
// defs nested in its body.
func (h *importHoister) function(f *ast.FuncDef) *ast.FuncDef {
	body, changed := h.stmts(f.Body, false)
	var kept []ast.Stmt
	for _, st := range body {
		as := importAliases(st)
		if as == nil || !h.movable(f, body, st, as) {
			kept = append(kept, st)
			continue
		}
		changed = true
		drop := true
		for _, a := range as {
			n, k := importKey(st, a)
			if h.module[n] != k {
				drop = false
			}
			h.hoisted[n] = k
		}
		if !drop {
			h.out = append(h.out, st)
			for _, a := range as {
				n, k := importKey(st, a)
				h.module[n] = k // later identical imports are dropped
			}
		}
	}
	if !changed {
		return f
	}
	if len(kept) == 0 {
		kept = []ast.Stmt{&ast.Pass{Pos: f.Pos}}
	}
	cp := *f
	cp.Body = kept
	return &cp
}

// movable reports whether the import st (aliases as) directly in the body
// of f may be moved to module level.
func (h *importHoister) movable(f *ast.FuncDef, body []ast.Stmt, st ast.Stmt, as []*ast.Alias) bool {
	for _, a := range as {
		if a.Name == "*" {
			return false
		}
		n, k := importKey(st, a)
		if old, ok := h.module[n]; ok && old != k {
			return false // a module-level binding of another value
		}
		if old, ok := h.hoisted[n]; ok && old != k {
			return false
		}
		for _, p := range f.Params {
			if p.Name == n {
				return false
			}
		}
		binds := 0
		walkStmts(body, func(s ast.Stmt) {
			for _, b := range assignedNames(s) {
				if b == n {
					binds++
				}
			}
			switch g := s.(type) {
			case *ast.Global:
				for _, x := range g.Names {
					if x == n {
						binds += 2
					}
				}
			case *ast.Nonlocal:
				for _, x := range g.Names {
					if x == n {
						binds += 2
					}
				}
			}
		})
		if binds != 1 {
			return false
		}
		early := false
		for _, s := range body {
			ast.Inspect(s, func(nd ast.Node) bool {
				if x, ok := nd.(*ast.Name); ok && x.ID == n && x.Pos.Before(st.Position()) {
					early = true
				}
				return !early
			})
		}
		if early {
			return false
		}
	}
	return true
}
