package builtins

import (
	"go/importer"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"testing"
)

// goRecv maps a receiver's Python type name to its runtime/py Go type.
// recvTypeArgs is the number of type arguments of a receiver's Go type.
var recvTypeArgs = map[string]int{"List": 1, "Set": 1, "Dict": 2}

var goRecv = map[string]string{"list": "List", "dict": "Dict", "set": "Set", "frozenset": "Set", "bytearray": "List", "bytes": "Bytes", "deque": "List", "Counter": "Dict", "OrderedDict": "Dict"}

// TestSymbolsResolve type-checks runtime and runtime/py from source and
// resolves every Go symbol the table names.
func TestSymbolsResolve(t *testing.T) {
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	pkgs := map[string]*types.Package{}
	for _, path := range []string{PyPath, RuntimePath} {
		p, err := imp.Import(path)
		if err != nil {
			t.Fatalf("import %s: %v", path, err)
		}
		pkgs[path] = p
	}
	check := func(e *Entry, g GoIdent) {
		p := pkgs[g.Path]
		if p == nil {
			t.Errorf("%s: %s: unknown package %q", e.Name, g, g.Path)
			return
		}
		if !g.Method {
			obj := p.Scope().Lookup(g.Name)
			f, ok := obj.(*types.Func)
			if !ok {
				t.Errorf("%s: %s is not a function of %s", e.Name, g, g.Path)
				return
			}
			if n, want := f.Type().(*types.Signature).TypeParams().Len(), recvTypeArgs[goRecv[e.Receiver()]]; g.Generic && n != want {
				t.Errorf("%s: %s has %d type parameters, want the receiver's %d", e.Name, g, n, want)
			}
			return
		}
		tn := goRecv[e.Receiver()]
		obj, _ := p.Scope().Lookup(tn).(*types.TypeName)
		if obj == nil {
			t.Errorf("%s: receiver %q has no Go type in %s", e.Name, e.Receiver(), g.Path)
			return
		}
		m, _, _ := types.LookupFieldOrMethod(types.NewPointer(obj.Type()), true, p, g.Name)
		if _, ok := m.(*types.Func); !ok {
			t.Errorf("%s: %s.%s is not a method", e.Name, tn, g.Name)
		}
	}
	n := 0
	for _, e := range All() {
		if !e.Go.IsZero() {
			check(e, e.Go)
			n++
		}
		for _, g := range e.Also {
			check(e, g)
			n++
		}
	}
	for i := 1; i <= MaxTuple; i++ {
		e := &Entry{Name: "tuple"}
		if obj, ok := pkgs[PyPath].Scope().Lookup(TupleType(i).Name).(*types.TypeName); !ok || obj == nil {
			t.Errorf("%s is not a type", TupleType(i))
		}
		check(e, MakeTuple(i))
		check(e, Zip(i))
		n += 3
	}
	if pkgs[PyPath].Scope().Lookup("Tuple"+strconv.Itoa(MaxTuple+1)) != nil {
		t.Errorf("runtime/py has tuples longer than MaxTuple: update MaxTuple")
	}
	t.Logf("%d symbols resolved", n)
}

// TestSignaturesParse parses every row's signature and prints it back.
func TestSignaturesParse(t *testing.T) {
	for _, e := range All() {
		s, err := ParseSig(e.Sig)
		if err != nil {
			t.Errorf("%s: %v", e.Name, err)
			continue
		}
		if got := s.String(); got != e.Sig {
			t.Errorf("%s: signature prints as %q, want %q", e.Name, got, e.Sig)
		}
		if e.Doc == "" {
			t.Errorf("%s: no Doc", e.Name)
		}
		if strings.TrimSpace(e.Name) != e.Name || e.Short() == "" {
			t.Errorf("bad name %q", e.Name)
		}
	}
}

func TestParseSig(t *testing.T) {
	for _, tc := range []struct {
		src  string
		ok   bool
		req  int
		nprm int
	}{
		{"() -> None", true, 0, 0},
		{"(a: int, b: str = 'x', /) -> tuple[int, ...]", true, 1, 2},
		{"(*args: object, sep: str = ' ') -> None", true, 0, 2},
		{"(*, key: Callable[[T], Any] | None = None) -> list[T]", true, 0, 1},
		{"(a: int", false, 0, 0},
		{"(a: int) ->", false, 0, 0},
		{"(a: [) -> int", false, 0, 0},
	} {
		s, err := ParseSig(tc.src)
		if (err == nil) != tc.ok {
			t.Errorf("%q: err = %v", tc.src, err)
			continue
		}
		if err != nil {
			continue
		}
		if s.Required() != tc.req || len(s.Params) != tc.nprm {
			t.Errorf("%q: required %d params %d", tc.src, s.Required(), len(s.Params))
		}
	}
}
