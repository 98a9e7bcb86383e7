package ast

import "fmt"

// A Visitor's Visit method is called for each node Walk encounters. If the
// result w is not nil, Walk visits each child of node with w, then calls
// w.Visit(nil).
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses a syntax tree depth first, as go/ast.Walk does: it calls
// v.Visit(node); if that returns a visitor w other than nil, Walk visits
// each non-nil child of node with w and then calls w.Visit(nil).
//
// Children are visited in Python's evaluation order, which is not always
// source order: the value of an assignment before its targets, the test of
// a conditional expression before its arms, the iterable of a
// comprehension's first clause before the clause's target and conditions
// and the element last. Walk enters everything: lambda and function bodies,
// default values, decorators and annotations; a visitor that must not enter
// nested scopes returns nil for *Lambda, *FuncDef and *ClassDef.
//
// Every node type of this package is handled; Walk panics on a node type it
// does not know, so a new node kind cannot be skipped silently.
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	switch n := node.(type) {
	// Expressions.
	case *Name, *IntLit, *FloatLit, *ImagLit, *StrLit, *BytesLit, *NoneLit, *BoolLit, *EllipsisLit:
		// leaves
	case *FString:
		for _, p := range n.Parts {
			walkExpr(v, p.Expr)
			if p.Spec != nil {
				Walk(v, p.Spec)
			}
		}
	case *ListExpr:
		walkExprs(v, n.Elems)
	case *TupleExpr:
		walkExprs(v, n.Elems)
	case *SetExpr:
		walkExprs(v, n.Elems)
	case *DictExpr:
		for i := range n.Values {
			if i < len(n.Keys) {
				walkExpr(v, n.Keys[i])
			}
			walkExpr(v, n.Values[i])
		}
	case *Comprehension:
		walkExpr(v, n.Iter)
		walkExpr(v, n.Target)
		walkExprs(v, n.Ifs)
	case *ListComp:
		walkComps(v, n.Gens)
		walkExpr(v, n.Elt)
	case *SetComp:
		walkComps(v, n.Gens)
		walkExpr(v, n.Elt)
	case *GeneratorExp:
		walkComps(v, n.Gens)
		walkExpr(v, n.Elt)
	case *DictComp:
		walkComps(v, n.Gens)
		walkExpr(v, n.Key)
		walkExpr(v, n.Value)
	case *BinOp:
		walkExpr(v, n.Left)
		walkExpr(v, n.Right)
	case *UnaryOp:
		walkExpr(v, n.Operand)
	case *BoolOp:
		walkExprs(v, n.Values)
	case *Compare:
		walkExpr(v, n.Left)
		walkExprs(v, n.Comparators)
	case *IfExp:
		walkExpr(v, n.Test)
		walkExpr(v, n.Body)
		walkExpr(v, n.Orelse)
	case *Lambda:
		walkParams(v, n.Params)
		walkExpr(v, n.Body)
	case *Await:
		walkExpr(v, n.Value)
	case *Yield:
		walkExpr(v, n.Value)
	case *YieldFrom:
		walkExpr(v, n.Value)
	case *NamedExpr:
		walkExpr(v, n.Value)
		if n.Target != nil {
			Walk(v, n.Target)
		}
	case *Starred:
		walkExpr(v, n.Value)
	case *MatchAs:
		walkExpr(v, n.Pattern)
	case *Keyword:
		walkExpr(v, n.Value)
	case *Call:
		walkExpr(v, n.Func)
		walkExprs(v, n.Args)
		for _, k := range n.Keywords {
			if k != nil {
				Walk(v, k)
			}
		}
	case *Attribute:
		walkExpr(v, n.Value)
	case *Subscript:
		walkExpr(v, n.Value)
		walkExpr(v, n.Index)
	case *Slice:
		walkExpr(v, n.Lower)
		walkExpr(v, n.Upper)
		walkExpr(v, n.Step)

	// Statements and their parts.
	case *Module:
		walkStmts(v, n.Body)
	case *Param:
		walkExpr(v, n.Annotation)
		walkExpr(v, n.Default)
	case *FuncDef:
		walkExprs(v, n.Decorators)
		walkParams(v, n.Params)
		walkExpr(v, n.Returns)
		walkStmts(v, n.Body)
	case *ClassDef:
		walkExprs(v, n.Decorators)
		walkExprs(v, n.Bases)
		for _, k := range n.Keywords {
			if k != nil {
				Walk(v, k)
			}
		}
		walkStmts(v, n.Body)
	case *Return:
		walkExpr(v, n.Value)
	case *Delete:
		walkExprs(v, n.Targets)
	case *Assign:
		walkExpr(v, n.Value)
		walkExprs(v, n.Targets)
	case *AugAssign:
		walkExpr(v, n.Target)
		walkExpr(v, n.Value)
	case *AnnAssign:
		walkExpr(v, n.Annotation)
		walkExpr(v, n.Value)
		walkExpr(v, n.Target)
	case *For:
		walkExpr(v, n.Iter)
		walkExpr(v, n.Target)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *While:
		walkExpr(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *If:
		walkExpr(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *WithItem:
		walkExpr(v, n.Context)
		walkExpr(v, n.Target)
	case *With:
		for _, it := range n.Items {
			if it != nil {
				Walk(v, it)
			}
		}
		walkStmts(v, n.Body)
	case *Raise:
		walkExpr(v, n.Exc)
		walkExpr(v, n.Cause)
	case *ExceptHandler:
		walkExpr(v, n.Type)
		walkStmts(v, n.Body)
	case *Try:
		walkStmts(v, n.Body)
		for _, h := range n.Handlers {
			if h != nil {
				Walk(v, h)
			}
		}
		walkStmts(v, n.Orelse)
		walkStmts(v, n.Finalbody)
	case *Assert:
		walkExpr(v, n.Test)
		walkExpr(v, n.Msg)
	case *Alias, *Global, *Nonlocal, *Pass, *Break, *Continue:
		// leaves
	case *Import:
		for _, a := range n.Names {
			if a != nil {
				Walk(v, a)
			}
		}
	case *ImportFrom:
		for _, a := range n.Names {
			if a != nil {
				Walk(v, a)
			}
		}
	case *ExprStmt:
		walkExpr(v, n.Value)
	case *Match:
		walkExpr(v, n.Subject)
		for _, mc := range n.Cases {
			if mc != nil {
				Walk(v, mc)
			}
		}
	case *MatchCase:
		walkExpr(v, n.Pattern)
		walkExpr(v, n.Guard)
		walkStmts(v, n.Body)
	default:
		panic(fmt.Sprintf("ast.Walk: unexpected node type %T", n))
	}
	v.Visit(nil)
}

// walkExpr walks e unless it is nil (an absent optional part).
func walkExpr(v Visitor, e Expr) {
	if e != nil {
		Walk(v, e)
	}
}

func walkExprs(v Visitor, list []Expr) {
	for _, e := range list {
		walkExpr(v, e)
	}
}

func walkStmts(v Visitor, list []Stmt) {
	for _, s := range list {
		if s != nil {
			Walk(v, s)
		}
	}
}

func walkParams(v Visitor, list []*Param) {
	for _, p := range list {
		if p != nil {
			Walk(v, p)
		}
	}
}

func walkComps(v Visitor, list []*Comprehension) {
	for _, c := range list {
		if c != nil {
			Walk(v, c)
		}
	}
}

type inspector func(Node) bool

func (f inspector) Visit(node Node) Visitor {
	if f(node) {
		return f
	}
	return nil
}

// Inspect traverses a syntax tree in the order of Walk: it calls f(node);
// if f returns true, Inspect visits each non-nil child of node, followed by
// a call of f(nil).
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}

// Children returns the direct non-nil children of node in the order Walk
// visits them.
func Children(node Node) []Node {
	var out []Node
	Inspect(node, func(n Node) bool {
		if n == nil || n == node {
			return n == node
		}
		out = append(out, n)
		return false
	})
	return out
}
