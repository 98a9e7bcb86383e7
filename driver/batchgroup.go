package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	goast "go/ast"
	goparser "go/parser"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// Programs of a batch share Go packages.
//
// Compiling a generated program is mostly compiling the instances of the
// runtime's generic types it uses (py.List[T], rt.Task[T]...): Go compiles
// every method of an instantiated type once per package that uses it, a
// few thousand functions for a typical program, against a few hundred of
// its own. Programs put in one package share those instances, so a batch
// builds several times faster when its programs are grouped: each
// program's package-level names get a prefix unique to it (exact renaming,
// driven by go/types), and the group's package holds one file per program.

// A batch is split into at most maxGroups shared packages of at least
// minGroup programs: enough packages for go build to compile them in
// parallel and to keep a change to one program from recompiling much else,
// few enough to share most generic instances.
const (
	maxGroups = 24
	minGroup  = 8
)

// groupedProgram is a program renamed for a shared package.
type groupedProgram struct {
	prog BatchProgram
	tag  string // the prefix that makes its package-level names unique
	src  []byte // the renamed source
}

// groupTag names a program's identifiers in a shared package after a hash
// of its source, so that a package's files (and go's build cache entries)
// do not change when other programs join or leave the batch.
func groupTag(src []byte) string {
	sum := sha256.Sum256(src)
	return hex.EncodeToString(sum[:])[:12]
}

// groupedName is the name a package-level identifier of the program tagged
// tag takes in a shared package; it stays exported if it was.
func groupedName(tag, name string) string {
	if token.IsExported(name) {
		return "X" + tag + "_" + name
	}
	return "x" + tag + "_" + name
}

// groupPrograms renames the programs that type-check alone for sharing
// packages and assigns them to at most maxGroups groups (by hash, so that a
// program keeps its group across batches of the same size); the rest are
// returned as singles, built each in its own package as before.
func groupPrograms(work string, progs []BatchProgram) (groups [][]groupedProgram, singles []BatchProgram) {
	if len(progs) < 2 {
		return nil, progs
	}
	fset := token.NewFileSet()
	files := make([]*goast.File, len(progs))
	imports := map[string]bool{}
	for i, p := range progs {
		f, err := goparser.ParseFile(fset, p.Pkg+".go", p.Go, goparser.SkipObjectResolution)
		if err != nil {
			continue
		}
		files[i] = f
		for _, im := range f.Imports {
			if path, err := strconv.Unquote(im.Path.Value); err == nil {
				imports[path] = true
			}
		}
	}
	paths := make([]string, 0, len(imports))
	for p := range imports {
		paths = append(paths, p)
	}
	imp, err := exportImporter(fset, work, offlineEnv, paths)
	if err != nil {
		return nil, progs
	}
	n := min((len(progs)+minGroup-1)/minGroup, maxGroups)
	groups = make([][]groupedProgram, n)
	for i, p := range progs {
		if files[i] == nil {
			singles = append(singles, p)
			continue
		}
		tag := groupTag(p.Go)
		src, err := renameForGroup(fset, files[i], p.Go, tag, imp)
		if err != nil {
			singles = append(singles, p)
			continue
		}
		g := int(tagIndex(tag) % uint64(n))
		groups[g] = append(groups[g], groupedProgram{prog: p, tag: tag, src: src})
	}
	kept := groups[:0]
	for _, g := range groups {
		if len(g) > 0 {
			kept = append(kept, g)
		}
	}
	return kept, singles
}

// tagIndex reads the leading hex digits of a tag as a number.
func tagIndex(tag string) uint64 {
	v, _ := strconv.ParseUint(tag[:8], 16, 64)
	return v
}

// renameForGroup type-checks one program's file and returns its source with
// every package-level name (and every mention of one: uses, embedded
// fields and their selectors, the Go names registered for tracebacks)
// prefixed by tag. The source is edited in place, token by token, so that
// its //line directives keep pointing at the same lines.
func renameForGroup(fset *token.FileSet, f *goast.File, src []byte, tag string, imp types.Importer) ([]byte, error) {
	info := &types.Info{Defs: map[*goast.Ident]types.Object{}, Uses: map[*goast.Ident]types.Object{}}
	conf := types.Config{Importer: imp}
	pkg, err := conf.Check("aiogoprog/group", fset, []*goast.File{f}, info)
	if err != nil {
		return nil, err
	}
	scope := pkg.Scope()
	packageLevel := func(obj types.Object) bool {
		if obj == nil || obj.Name() == "_" || obj.Name() == "init" {
			return false
		}
		if obj.Parent() == scope {
			return true
		}
		// An embedded field is named after its package-level type.
		if v, ok := obj.(*types.Var); ok && v.Embedded() {
			if tn, ok := scope.Lookup(v.Name()).(*types.TypeName); ok {
				t := v.Type()
				if p, ok := t.(*types.Pointer); ok {
					t = p.Elem()
				}
				if named, ok := t.(*types.Named); ok && named.Origin().Obj() == tn {
					return true
				}
			}
		}
		return false
	}
	type edit struct {
		off, end int
		text     string
	}
	var edits []edit
	seen := map[*goast.Ident]bool{}
	base := fset.File(f.Pos()).Base()
	rename := func(id *goast.Ident, obj types.Object) {
		if seen[id] || !packageLevel(obj) {
			return
		}
		seen[id] = true
		off := int(id.Pos()) - base
		edits = append(edits, edit{off, off + len(id.Name), groupedName(tag, id.Name)})
	}
	for id, obj := range info.Defs {
		rename(id, obj)
	}
	for id, obj := range info.Uses {
		rename(id, obj)
	}
	// The keys of py.RegisterFuncs are Go function names ("f", "(*T).M",
	// "f.func1"): their leading identifier is renamed too.
	goast.Inspect(f, func(n goast.Node) bool {
		call, ok := n.(*goast.CallExpr)
		if !ok {
			return true
		}
		if sel, ok := call.Fun.(*goast.SelectorExpr); !ok || sel.Sel.Name != "RegisterFuncs" || len(call.Args) != 1 {
			return true
		}
		lit, ok := call.Args[0].(*goast.CompositeLit)
		if !ok {
			return true
		}
		for _, e := range lit.Elts {
			kv, ok := e.(*goast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := kv.Key.(*goast.BasicLit)
			if !ok || key.Kind != token.STRING {
				continue
			}
			name, err := strconv.Unquote(key.Value)
			if err != nil {
				continue
			}
			if renamed, ok := renameFuncName(name, tag, scope); ok {
				off := int(key.Pos()) - base
				edits = append(edits, edit{off, off + len(key.Value), strconv.Quote(renamed)})
			}
		}
		return true
	})
	sort.Slice(edits, func(i, j int) bool { return edits[i].off < edits[j].off })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.off < last || e.end > len(src) {
			return nil, fmt.Errorf("overlapping edits")
		}
		b.Write(src[last:e.off])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	return b.Bytes(), nil
}

// renameFuncName renames the leading identifier of a Go function name as
// runtime.FuncForPC spells it without its package ("f", "(*T).M", "T.M",
// "f.func1") if it is package-level in scope.
func renameFuncName(name, tag string, scope *types.Scope) (string, bool) {
	prefix, rest := "", name
	if strings.HasPrefix(rest, "(*") {
		prefix, rest = "(*", rest[2:]
	}
	end := strings.IndexAny(rest, ".)[")
	if end < 0 {
		end = len(rest)
	}
	id := rest[:end]
	if id == "" || scope.Lookup(id) == nil {
		return "", false
	}
	return prefix + groupedName(tag, id) + rest[end:], true
}
