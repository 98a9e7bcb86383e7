package check

import (
	"sort"
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// Module-level type aliases: `Handler = Callable[[int], Awaitable[None]]`,
// `Row = dict[str, int]`, `Num = int | float`, `X: TypeAlias = ...`.
//
// An assignment at module level whose value is a type expression (a
// subscripted generic, a union written with |, or anything annotated
// TypeAlias) names a type. The name is declared as a type for the rest of
// the module, and the statement is removed from the module body: in the
// language a type is never a run-time value, so the alias has no run-time
// effect and later stages never see it.

// typeAliases declares the module's type aliases (after imports and class
// names, before any annotation is read) and drops their statements.
func (c *checker) typeAliases(m *ast.Module) {
	c.moduleBody = m.Body
	pending := map[string]ast.Expr{} // aliases not declared yet (mutual recursion)
	for _, st := range m.Body {
		if name, value := c.aliasOf(st); name != nil {
			pending[name.ID] = value
		}
	}
	var body []ast.Stmt
	for _, st := range m.Body {
		if c.typeVarDecl(st) || c.newTypeDecl(st) {
			continue
		}
		name, value := c.aliasOf(st)
		if name == nil {
			body = append(body, st)
			continue
		}
		if prev := c.module.names[name.ID]; prev != nil {
			c.errorf(name.Pos, "type alias %s redefines %s", name.ID, name.ID)
			continue
		}
		delete(pending, name.ID)
		if partners := mutualAliases(name.ID, value, pending); refersTo(value, name.ID) || len(partners) > 0 {
			// Json = dict[str, "Json"] | list["Json"] | ...; or through
			// another alias: Value = int | str | "Config" with
			// Config = dict[str, Value].
			if t := c.recursiveAlias(name, value, partners); t != nil {
				c.module.names[name.ID] = &Symbol{Name: name.ID, Kind: SymType, Type: &TypeName{t}, Pos: name.Pos}
			}
			continue
		}
		t := c.annotation(value)
		if t == nil {
			continue
		}
		c.module.names[name.ID] = &Symbol{Name: name.ID, Kind: SymType, Type: &TypeName{t}, Pos: name.Pos}
	}
	m.Body = body
}

// aliasOf returns the name and value of a type alias statement.
func (c *checker) aliasOf(st ast.Stmt) (*ast.Name, ast.Expr) {
	switch s := st.(type) {
	case *ast.Assign:
		if len(s.Targets) != 1 {
			return nil, nil
		}
		n, ok := s.Targets[0].(*ast.Name)
		if !ok {
			return nil, nil
		}
		if c.isTypeExpr(s.Value, true) || c.isBareTypeAlias(n, s.Value) {
			return n, s.Value
		}
		return nil, nil
	case *ast.AnnAssign:
		n, ok := s.Target.(*ast.Name)
		if !ok || s.Value == nil {
			return nil, nil
		}
		switch a := s.Annotation.(type) {
		case *ast.Name:
			if sym := c.lookup(a.ID); a.ID == "TypeAlias" && sym != nil && sym.Kind == SymType {
				return n, s.Value
			}
		case *ast.Attribute:
			if b, ok := a.Value.(*ast.Name); ok && a.Attr == "TypeAlias" && b.ID == "typing" {
				return n, s.Value
			}
		}
	}
	return nil, nil
}

// isTypeExpr reports whether e can only be a type: a subscripted generic
// type or a | union of types. top is false for the operands of |, where a
// bare type name or None also counts.
func (c *checker) isTypeExpr(e ast.Expr, top bool) bool {
	switch x := e.(type) {
	case *ast.Subscript:
		return c.isTypeName(x.Value)
	case *ast.BinOp:
		return x.Op == "|" && c.isTypeExpr(x.Left, false) && c.isTypeExpr(x.Right, false)
	case *ast.NoneLit:
		return !top
	case *ast.Name, *ast.Attribute:
		return !top && c.isTypeName(x)
	case *ast.StrLit:
		return !top
	}
	return false
}

// isTypeName reports whether e names a type (a built-in type, a typing
// name, a class or an asyncio generic).
func (c *checker) isTypeName(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		sym := c.lookup(x.ID)
		if sym == nil {
			return false
		}
		return sym.Kind == SymType || sym.Kind == SymClass
	case *ast.Attribute:
		b, ok := x.Value.(*ast.Name)
		if !ok {
			return false
		}
		sym := c.lookup(b.ID)
		if sym == nil || sym.Kind != SymModule {
			return false
		}
		switch sym.Type.(*ModuleType).Name {
		case "typing", "collections.abc":
			return true
		case "asyncio":
			switch x.Attr {
			case "Queue", "Future", "Task", "PriorityQueue", "LifoQueue", "Event", "Lock", "Semaphore", "Condition", "StreamReader", "StreamWriter", "AbstractEventLoop":
				return true
			}
		}
	}
	return false
}

// isBareTypeAlias reports whether `n = value` at module level is an
// implicit alias of a built-in type (`Sku = str`, `Num = int`), as mypy
// reads it: value names a built-in type or a typing name, and n is bound
// by no other statement of the module. The alias is still callable as
// the type is (Sku("x")).
func (c *checker) isBareTypeAlias(n *ast.Name, value ast.Expr) bool {
	var sym *Symbol
	switch v := value.(type) {
	case *ast.Name:
		sym = c.lookup(v.ID)
	case *ast.Attribute:
		if !c.isTypeName(v) {
			return false
		}
		return c.bindings(n.ID) == 1
	default:
		return false
	}
	if sym == nil || sym.Kind != SymType {
		return false
	}
	return c.bindings(n.ID) == 1
}

// bindings counts the module-level statements that bind name.
func (c *checker) bindings(name string) int {
	count := 0
	for _, st := range c.moduleBody {
		switch s := st.(type) {
		case *ast.Assign:
			for _, t := range s.Targets {
				if countName(t, name) {
					count++
				}
			}
		case *ast.AnnAssign:
			if countName(s.Target, name) {
				count++
			}
		case *ast.AugAssign:
			if countName(s.Target, name) {
				count++
			}
		case *ast.For:
			if countName(s.Target, name) {
				count++
			}
		case *ast.FuncDef:
			if s.Name == name {
				count++
			}
			for _, g := range globalsOf(s.Body) {
				if g == name {
					count += 2 // rebound by a function: not an alias
				}
			}
		case *ast.ClassDef:
			if s.Name == name {
				count++
			}
		}
	}
	return count
}

func countName(t ast.Expr, name string) bool {
	switch x := t.(type) {
	case *ast.Name:
		return x.ID == name
	case *ast.TupleExpr:
		for _, e := range x.Elems {
			if countName(e, name) {
				return true
			}
		}
	case *ast.ListExpr:
		for _, e := range x.Elems {
			if countName(e, name) {
				return true
			}
		}
	}
	return false
}

// globalsOf lists the names a function body declares global (top level of
// the body only).
func globalsOf(body []ast.Stmt) []string {
	var out []string
	for _, st := range body {
		if g, ok := st.(*ast.Global); ok {
			out = append(out, g.Names...)
		}
	}
	return out
}

// refersTo reports whether type expression e names name (directly or in a
// quoted forward reference).
func refersTo(e ast.Expr, name string) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Name:
			found = found || x.ID == name
		case *ast.StrLit:
			for _, f := range strings.FieldsFunc(x.Value, func(r rune) bool {
				return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
			}) {
				found = found || f == name
			}
		}
		return !found
	})
	return found
}

// mutualAliases returns the aliases defined later (pending) that alias
// name's definition value names and whose own definitions name it: a
// recursion through another alias (Value = int | "Config", Config =
// dict[str, Value]).
func mutualAliases(name string, value ast.Expr, pending map[string]ast.Expr) map[string]ast.Expr {
	var out map[string]ast.Expr
	for other, ov := range pending {
		if other != name && refersTo(value, other) && refersTo(ov, name) {
			if out == nil {
				out = map[string]ast.Expr{}
			}
			out[other] = ov
		}
	}
	return out
}

// recursiveAlias types an alias that names itself in its definition: a
// union of which some members hold the alias (list["Json"]). The name
// stands for an AliasRef while the definition is read, then for the union.
// Other recursive aliases (Tree = dict[str, "Tree"]) would need a Go type
// that contains itself: they are refused, one message here and none at the
// uses.
func (c *checker) recursiveAlias(name *ast.Name, value ast.Expr, partners map[string]ast.Expr) Type {
	ref := &AliasRef{Name: name.ID}
	c.module.names[name.ID] = &Symbol{Name: name.ID, Kind: SymType, Type: &TypeName{ref}, Pos: name.Pos}
	nerr := len(c.errs)
	// Aliases defined later that this one names and that name it back
	// stand for their definitions (in terms of this alias) while it is
	// read; each is declared again where its own statement comes.
	var partnerNames []string
	for p := range partners {
		partnerNames = append(partnerNames, p)
	}
	sort.Strings(partnerNames)
	for _, p := range partnerNames {
		if pt := c.annotation(partners[p]); pt != nil {
			c.module.names[p] = &Symbol{Name: p, Kind: SymType, Type: &TypeName{pt}, Pos: partners[p].Position()}
		}
	}
	t := c.annotation(value)
	for _, p := range partnerNames {
		delete(c.module.names, p)
	}
	delete(c.module.names, name.ID)
	u := t
	if o, ok := t.(*Optional); ok {
		u = o.Elem
	}
	if _, ok := u.(*Union); !ok && len(c.errs) == nerr {
		if ct := containerAlias(ref, t); ct != nil { // aliasbox.go: Tree = dict[str, int | "Tree"]
			return ct
		}
	}
	if _, ok := u.(*Union); !ok || len(c.errs) > nerr {
		if len(c.errs) == nerr {
			c.errorf(name.Pos, "recursive type alias %s is supported only as a union (Json = int | str | list[\"Json\"] | None): annotate the recursive values as object, or use a class", name.ID)
		}
		c.refuse(name.ID)
		return nil
	}
	ref.Target = t
	return t
}

// nameCallAssign returns NAME and the call of a statement NAME = f(...),
// or a nil call.
func nameCallAssign(st ast.Stmt) (*ast.Name, *ast.Call) {
	as, ok := st.(*ast.Assign)
	if !ok || len(as.Targets) != 1 {
		return nil, nil
	}
	n, ok := as.Targets[0].(*ast.Name)
	call, isCall := as.Value.(*ast.Call)
	if !ok || !isCall {
		return nil, nil
	}
	return n, call
}

// typeVarDecl refuses `T = TypeVar("T", ...)` (generic classes and
// methods, bounded and constrained type variables are outside the
// language; generic module-level functions are monomorphized:
// generics.go) with one message, and reports whether
// st was one: the name is refused, so annotations naming it, Generic[T]
// bases and the bodies of functions whose signatures use it report nothing
// more.
func (c *checker) typeVarDecl(st ast.Stmt) bool {
	n, call := nameCallAssign(st)
	if call == nil {
		return false
	}
	switch f := call.Func.(type) {
	case *ast.Name:
		if f.ID != "TypeVar" && f.ID != "ParamSpec" && f.ID != "TypeVarTuple" {
			return false
		}
		if sym := c.lookup(f.ID); sym == nil || sym.Kind != SymType {
			return false
		}
	case *ast.Attribute:
		b, ok := f.Value.(*ast.Name)
		if !ok || b.ID != "typing" || (f.Attr != "TypeVar" && f.Attr != "ParamSpec" && f.Attr != "TypeVarTuple") {
			return false
		}
	default:
		return false
	}
	if c.gen != nil && c.gen.typeVars[n.ID] {
		return true // generics.go: its generic defs are monomorphized
	}
	if len(call.Args) > 1 || len(call.Keywords) > 0 {
		c.errorf(call.Pos, "bounded and constrained type variables are outside the aiogo language: use concrete types, a union or object")
	} else {
		c.errorf(call.Pos, "generic classes (Generic[T]), generic methods a subclass overrides and decorated generic functions are outside the aiogo language (type variables are supported in the signatures of module-level functions and of methods): use concrete types, a union or object")
	}
	c.refuse(n.ID)
	return true
}

// newTypeDecl declares `UserId = NewType("UserId", int)`: mypy keeps UserId
// apart from int, and at run time UserId(x) returns x itself. Here the
// name is an alias of its base type and UserId(x) a conversion to it,
// which is x itself for int, str, bytes and bool (and for float the
// documented int-into-float difference); NewTypes of mutable or user
// types (where a conversion would copy or construct) are refused.
func (c *checker) newTypeDecl(st ast.Stmt) bool {
	n, call := nameCallAssign(st)
	if call == nil {
		return false
	}
	switch f := call.Func.(type) {
	case *ast.Name:
		if f.ID != "NewType" || c.lookup(f.ID) == nil {
			return false
		}
	case *ast.Attribute:
		b, ok := f.Value.(*ast.Name)
		if !ok || b.ID != "typing" || f.Attr != "NewType" {
			return false
		}
	default:
		return false
	}
	if len(call.Args) != 2 || len(call.Keywords) != 0 {
		c.errorf(call.Pos, "NewType() takes a name and a type")
		c.refuse(n.ID)
		return true
	}
	if sl, ok := call.Args[0].(*ast.StrLit); !ok || sl.Value != n.ID {
		c.errorf(call.Args[0].Position(), "the first argument of NewType must be the string %q", n.ID)
	}
	t := c.annotation(call.Args[1])
	if t == nil {
		c.refuse(n.ID)
		return true
	}
	switch t {
	case Int, Str, Bytes, Bool, Float:
	default:
		c.errorf(call.Args[1].Position(), "NewType of %s is not supported (int, float, str, bytes and bool are)", t)
		c.refuse(n.ID)
		return true
	}
	if prev := c.module.names[n.ID]; prev != nil {
		c.errorf(n.Pos, "NewType %s redefines %s", n.ID, n.ID)
		return true
	}
	c.module.names[n.ID] = &Symbol{Name: n.ID, Kind: SymType, Type: &TypeName{t}, Pos: n.Pos}
	return true
}
