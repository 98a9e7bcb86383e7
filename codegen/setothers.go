package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// Set methods called with other than one plain argument (s.union(a, b),
// s.intersection(*groups), set.union(*sets); check/setothers.go) call the
// runtime's *All methods with a slice of the other sets.

func init() {
	for _, name := range check.SetOthersEntries() {
		lowerHooks[name] = lowerSetOthers
	}
}

func lowerSetOthers(g *gen, x *ast.Call, e *builtins.Entry, r *Statement, rtype check.Type) *Statement {
	if !check.SetOthersCall(x) {
		return g.entryDirect(x, e, r, rtype)
	}
	st, _ := check.EntrySig(e, rtype).Params[0].Type.(*check.Set)
	return r.Dot(e.Go.Name + "All").Call(g.setOthers(x.Args, st))
}

// setOthers is a Go slice of the sets the arguments args of a set method
// stand for (each of type st): sets as they are, other iterables as sets
// of their elements, the elements of starred arguments in turn.
func (g *gen) setOthers(args []ast.Expr, st *check.Set) Code {
	setT := g.goType(st)
	body := []Code{Id("_o").Op(":=").Index().Add(setT).Values()}
	add := func(c Code) Code { return Id("_o").Op("=").Append(Id("_o"), c) }
	for _, a := range args {
		if s, ok := a.(*ast.Starred); ok {
			ss := g.info.Conv[s].(*check.StarredSets)
			part := g.starredSlice(s)
			if !ss.Convert {
				body = append(body, Id("_o").Op("=").Append(Id("_o"), Add(part).Op("...")))
				continue
			}
			seq := g.seqOf(Id("_x"), ss.From, &check.Abstract{Kind: check.AIterable, Elem: st.Elem})
			mk := "IterArgSet" // read one by one, as CPython reads a non-set
			if _, isSet := ss.From.(*check.Set); isSet {
				mk = "SetOf" // merged table to table
			}
			body = append(body, For(List(Id("_"), Id("_x")).Op(":=").Range().Add(headExpr(part))).Block(
				add(py(mk).Call(py("Collect").Call(Add(seq).Dot("Iter").Call()))),
			))
			continue
		}
		if it, ok := g.info.Conv[a].(*check.IterableArg); ok {
			body = append(body, add(g.iterArgSet(a, it.Elem)))
			continue
		}
		body = append(body, add(g.exprTo(a, st)))
	}
	return Func().Params().Index().Add(setT).Block(append(body, Return(Id("_o")))...).Call()
}

// setOthersUnbound lowers set.name(*sets): the first set is the receiver.
func (g *gen) setOthersUnbound(x *ast.Call, s *ast.Starred, ss *check.StarredSets) *Statement {
	um := g.typeOf(x.Func).(*check.UnboundMethod)
	e := builtins.Method("set", um.Name)
	split := List(Id("_r"), Id("_o")).Op(":=").Add(py("SetUnboundArgs").Call(g.starredSlice(s), Lit(um.Name)))
	call := Id("_r").Dot(e.Go.Name + "All").Call(Id("_o"))
	if t := g.typeOf(x); t != nil && t != check.None {
		return Func().Params().Add(g.goType(t)).Block(split, Return(call)).Call()
	}
	return Func().Params().Block(split, call).Call()
}

// iterArgSet is the set a set method reads from a, an iterable that is not
// a set: its elements in its order as well (py.IterArgSet), a dict's keys
// marked as such, since CPython reads such arguments one by one.
func (g *gen) iterArgSet(a ast.Expr, elem check.Type) Code {
	if _, ok := g.typeOf(a).(*check.Dict); ok {
		return py("DictArgSet").Call(g.sliceOfTo(a, elem))
	}
	return py("IterArgSet").Call(g.sliceOfTo(a, elem))
}
