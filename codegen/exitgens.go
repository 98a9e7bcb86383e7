package codegen

import (
	"sort"
	"strings"

	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// exitRoots is, in a program that has generator functions, the statement
// starting its main that names the list
// of the module globals that may hold a generator, in the order CPython
// clears them at exit (names with one leading underscore first, then the
// others, each in binding order): the runtime closes the generators they
// still hold suspended then (py/exitgens.go). It is set by main rather
// than an init function: programs built into one package (a batch) or
// linked into one executable each set their own when they run.
func (g *gen) exitRoots() Code {
	hasGen := false
	for _, fi := range g.info.Funcs {
		if fi.IsGen && !fi.IsAsync {
			hasGen = true
			break
		}
	}
	if !hasGen {
		return Null()
	}
	var syms []*check.Symbol
	for _, sym := range g.info.Globals {
		if sym.Type == nil {
			continue
		}
		if _, basic := check.Unalias(sym.Type).(*check.Basic); basic {
			continue
		}
		syms = append(syms, sym)
	}
	if len(syms) == 0 {
		return Null()
	}
	under := func(s *check.Symbol) bool {
		return strings.HasPrefix(s.Name, "_") && !strings.HasPrefix(s.Name, "__")
	}
	sort.SliceStable(syms, func(i, j int) bool { return under(syms[i]) && !under(syms[j]) })
	var roots []Code
	for _, sym := range syms {
		roots = append(roots, Op("&").Id(g.globalName(sym)))
	}
	return py("SetExitRoots").Call(Func().Params().Index().Any().Block(Return(Index().Any().Values(roots...))))
}
