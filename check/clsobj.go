package check

import (
	"fmt"
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// Class objects as run-time values: the cls of a class method, a variable
// or parameter of type type[C], a list of classes. A value of type[C]
// holds C or any subclass of it (codegen/clsobj.go gives each class of
// such a hierarchy a class object whose methods construct an instance,
// read class attributes and call class and static methods of that very
// class). What it cannot do correctly is refused here.

// isStaticClass reports whether e names a class (a class statement or a
// built-in class, possibly through a module) rather than holding a class
// object whose class is known only at run time.
func (c *checker) isStaticClass(e ast.Expr) bool {
	return StaticClass(c.info, e)
}

// StaticClass reports whether e, of type *ClassRef, names its class
// (class C: ...; ValueError; asyncio.CancelledError) rather than holding a
// class object (cls, a type[C] variable, an element of a list of classes).
func StaticClass(info *Info, e ast.Expr) bool {
	if cr, ok := info.Types[e].(*ClassRef); ok && cr.Class != nil && cr.Class.NamedTuple {
		return true // no class derives from a NamedTuple: cls in its class methods is the class
	}
	switch x := e.(type) {
	case *ast.Name:
		sym := info.Uses[x]
		return sym != nil && sym.Kind == SymClass
	case *ast.Attribute:
		if n, ok := x.Value.(*ast.Name); ok {
			if sym := info.Uses[n]; sym != nil && sym.Kind == SymModule {
				return true
			}
		}
		switch t := info.Types[x.Value].(type) { // Outer.Inner, self.Inner (nested.go)
		case *ClassRef:
			return t.Class.Nested[x.Attr] != nil
		case *Class:
			return t.Nested[x.Attr] != nil
		}
	}
	return false
}

// dynamicConstruct checks cls(...) where the callee holds a class object of
// static class cls: every user subclass it may hold must take the
// arguments cls's __init__ takes (the call binds them by cls's signature).
func (c *checker) dynamicConstruct(x *ast.Call, cls *Class) {
	if c.isStaticClass(x.Func) || cls.Builtin || cls.Enum != nil || cls.Protocol {
		return
	}
	var differ []*Class
	for _, k := range c.info.ClassList {
		if k != cls && k.IsSubclassOf(cls) && !SameInit(cls, k) {
			differ = append(differ, k)
		}
	}
	if len(differ) == 0 {
		return
	}
	// CPython calls the held class's own __init__ with the arguments as
	// written: each class must take them positionally, with defaults
	// (its own) for the rest.
	n := len(x.Args)
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			n = -1
		}
	}
	if len(x.Keywords) > 0 || n < 0 {
		c.errorf(x.Pos, "%s(...) through a class object may construct subclass %s, whose __init__ takes other parameters: pass the arguments by position", exprString(x.Func), differ[0].Name)
		return
	}
	base := CtorParams(cls)
	if n > len(base) {
		return // construct reports the arity
	}
	for _, k := range append([]*Class{cls}, differ...) {
		if CtorArityError(k, n) != "" {
			continue // constructing k this way raises TypeError, as in CPython
		}
		ps := CtorParams(k)
		ok := true
		for i := 0; ok && i < n && i < len(ps); i++ {
			if p := ps[i]; !p.KwOnly && !p.Star && !p.StarStar {
				bt := base[i].Type
				ok = c.probe(func() bool { return c.assignableType(bt, p.Type) })
			}
		}
		if !ok {
			c.errorf(x.Pos, "%s(...) through a class object may construct subclass %s, whose __init__ does not take these %d argument(s) as %s.__init__ does: not supported", exprString(x.Func), k.Name, n, cls.Name)
			return
		}
	}
	c.info.DynCtors[x] = n
}

// CtorArityError is the message of the TypeError CPython raises when cls
// is constructed with n positional arguments its __init__ cannot take
// (too many, or required parameters left without a value), or "" when it
// takes them. cls(...) through a class object binds the arguments by the
// static class's __init__; a subclass whose __init__ wants others raises
// only when a call actually constructs it.
func CtorArityError(cls *Class, n int) string {
	init := cls.LookupMethod("__init__")
	if init == nil || init.Sig == nil {
		if n > 0 {
			return cls.Qual() + "() takes no arguments"
		}
		return ""
	}
	fn := cls.Qual() + ".__init__()"
	ps := init.Sig.Params
	positional, required, star := 0, 0, false
	for _, p := range ps {
		switch {
		case p.Star:
			star = true
		case p.KwOnly || p.StarStar:
		default:
			positional++
			if !p.HasDefault {
				required++
			}
		}
	}
	if n > positional && !star {
		takes := fmt.Sprintf("%d positional argument", positional+1)
		if positional > 0 {
			takes += "s"
		}
		if required < positional {
			takes = fmt.Sprintf("from %d to %d positional arguments", required+1, positional+1)
		}
		was := "were"
		if n+1 == 1 {
			was = "was"
		}
		return fmt.Sprintf("%s takes %s but %d %s given", fn, takes, n+1, was)
	}
	var missing, kwMissing []string
	i := 0
	for _, p := range ps {
		switch {
		case p.Star || p.StarStar:
		case p.KwOnly:
			if !p.HasDefault {
				kwMissing = append(kwMissing, "'"+p.Name+"'")
			}
		default:
			if i >= n && !p.HasDefault {
				missing = append(missing, "'"+p.Name+"'")
			}
			i++
		}
	}
	if len(missing) > 0 {
		return fmt.Sprintf("%s missing %s", fn, missingArgs(missing, "positional"))
	}
	if len(kwMissing) > 0 {
		return fmt.Sprintf("%s missing %s", fn, missingArgs(kwMissing, "keyword-only"))
	}
	return ""
}

// missingArgs words a list of missing arguments as CPython's
// missing_arguments does: "1 required positional argument: 'a'", "2
// required positional arguments: 'a' and 'b'", "3 ...: 'a', 'b', and 'c'".
func missingArgs(quoted []string, kind string) string {
	list := quoted[0]
	switch k := len(quoted); {
	case k == 2:
		list = quoted[0] + " and " + quoted[1]
	case k > 2:
		list = strings.Join(quoted[:k-1], ", ") + ", and " + quoted[k-1]
	}
	s := ""
	if len(quoted) > 1 {
		s = "s"
	}
	return fmt.Sprintf("%d required %s argument%s: %s", len(quoted), kind, s, list)
}

// CtorParams are the parameters constructing cls takes (its __init__'s,
// or none).
func CtorParams(cls *Class) []Param {
	if init := cls.LookupMethod("__init__"); init != nil && init.Sig != nil {
		return init.Sig.Params
	}
	return nil
}

// SameInit reports whether constructing sub takes the arguments that
// constructing cls takes, with the same defaults.
func SameInit(cls, sub *Class) bool {
	a, b := cls.LookupMethod("__init__"), sub.LookupMethod("__init__")
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	if a.Def == nil && b.Def == nil { // synthesized dataclass __init__
		fa, fb := cls.AllFields(), sub.AllFields()
		if len(fa) != len(fb) {
			return false
		}
		for i := range fa {
			if fa[i] != fb[i] {
				return false
			}
		}
		return true
	}
	if len(a.Sig.Params) != len(b.Sig.Params) {
		return false
	}
	for i, p := range a.Sig.Params {
		q := b.Sig.Params[i]
		if p.HasDefault || q.HasDefault || p.Name != q.Name || p.KwOnly != q.KwOnly || p.PosOnly != q.PosOnly || !Identical(p.Type, q.Type) {
			return false
		}
	}
	return true
}

// classVarStore checks an assignment to class attribute x.Attr through a
// class (x.Value, of static class cls; owner declares the attribute).
// CPython binds the attribute in the class the value holds: through a
// subclass, or a class object that may hold one, that is a new attribute
// of the subclass, which the generator's one variable per attribute does
// not model.
func (c *checker) classVarStore(x *ast.Attribute, cls, owner *Class) {
	if c.classStoreConflict(x, owner) { // classvar_inst.go
		return
	}
	c.classStores = append(c.classStores, classStore{x, owner})
	static := c.isStaticClass(x.Value)
	c.cvStores = append(c.cvStores, cvStore{x: x, cls: cls, owner: owner, static: static})
	if static {
		return // through a subclass: resolveClassVarShadows
	}
	for _, k := range c.info.ClassList {
		if k != cls && k.IsSubclassOf(cls) {
			c.dynClassVar(x, owner) // classattrs.go: cls.count += 1 with subclasses
			return
		}
	}
}

// cvStore is an assignment to a class attribute through a class: the
// class named (static) or the static class of the class object.
type cvStore struct {
	x          *ast.Attribute
	cls, owner *Class
	static     bool
}

// resolveClassVarShadows handles the stores to a class attribute through
// a subclass that names it (Counter.calls += 1, calls declared by base
// Handler): CPython gives the subclass an attribute of its own at the
// first store, read through the base's until then. When nothing can
// assign the attribute in the base or in the classes between (so it
// keeps its class-body value until then), and that value is a constant
// of an immutable type, the subclass declares its own copy from the
// start, as if its class body repeated the base's line; otherwise the
// store is refused.
func (c *checker) resolveClassVarShadows() {
	// First the stores a copy cannot model: their attributes live in the
	// class objects (classattrs.go), and so do the others' then.
	for _, s := range c.cvStores {
		if !s.static || s.owner == s.cls || c.info.IsDynClassVar(s.owner, s.x.Attr) {
			continue
		}
		init, _ := s.owner.ClassVarInit[s.x.Attr].(ast.Expr)
		cv, _ := s.owner.LookupClassVar(s.x.Attr)
		if cv == nil || init == nil || !immutableType(cv.Type) || !constantExpr(init) || c.storedAbove(s) {
			c.dynClassVar(s.x, s.owner)
		}
	}
	seen := map[*ast.Attribute]bool{}
	for _, s := range c.cvStores {
		if !s.static || s.owner == s.cls || seen[s.x] || c.info.IsDynClassVar(s.owner, s.x.Attr) {
			continue
		}
		seen[s.x] = true
		var cv *Field
		for _, f := range s.owner.ClassVars {
			if f.Name == s.x.Attr {
				cv = f
			}
		}
		init, _ := s.owner.ClassVarInit[s.x.Attr].(ast.Expr)
		if cv == nil || init == nil || !immutableType(cv.Type) || !constantExpr(init) || c.storedAbove(s) {
			c.errorf(s.x.AttrPos, "assigning class attribute %s of %s through subclass %s is not supported (it would give %s an attribute of its own)", s.x.Attr, s.owner.Name, s.cls.Name, s.cls.Name)
			continue
		}
		own := false
		for _, f := range s.cls.ClassVars {
			own = own || f.Name == s.x.Attr
		}
		if own {
			continue
		}
		shadow := *cv
		s.cls.ClassVars = append(s.cls.ClassVars, &shadow)
		if s.cls.ClassVarInit == nil {
			s.cls.ClassVarInit = map[string]any{}
		}
		s.cls.ClassVarInit[s.x.Attr] = init
	}
}

// storedAbove reports whether some store may assign attribute s.x.Attr in
// a class between s.cls (excluded) and s.owner (included).
func (c *checker) storedAbove(s cvStore) bool {
	for _, t := range c.cvStores {
		if t.x.Attr != s.x.Attr {
			continue
		}
		for a := s.cls.Base; a != nil && (a == s.owner || a.IsSubclassOf(s.owner)); a = a.Base {
			if t.cls == a || !t.static && a.IsSubclassOf(t.cls) {
				return true
			}
		}
	}
	return false
}

// immutableType reports a type whose values cannot change in place.
func immutableType(t Type) bool {
	switch x := t.(type) {
	case *Basic:
		return true
	case *Optional:
		return immutableType(x.Elem)
	case *Tuple:
		for _, e := range x.Elems {
			if !immutableType(e) {
				return false
			}
		}
		return true
	}
	return false
}

// constantExpr reports a literal (or a tuple of literals, a negated
// number): evaluating it again has no effect and gives an equal value.
func constantExpr(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.IntLit, *ast.FloatLit, *ast.StrLit, *ast.BytesLit, *ast.BoolLit, *ast.NoneLit:
		return true
	case *ast.UnaryOp:
		return x.Op == "-" && constantExpr(x.Operand)
	case *ast.TupleExpr:
		for _, el := range x.Elems {
			if !constantExpr(el) {
				return false
			}
		}
		return true
	}
	return false
}

// refuseDynamicIsinstance reports isinstance(v, cls) where cls holds a
// class object of a class other than an exception class.
func (c *checker) refuseDynamicIsinstance(e ast.Expr) {
	if tu, ok := e.(*ast.TupleExpr); ok {
		for _, el := range tu.Elems {
			c.refuseDynamicIsinstance(el)
		}
		return
	}
	if ops := UnionOperands(e); ops != nil {
		for _, el := range ops {
			c.refuseDynamicIsinstance(el)
		}
		return
	}
	if cr, ok := c.info.Types[e].(*ClassRef); ok && !cr.Class.IsExc && !c.isStaticClass(e) {
		c.errorf(e.Position(), "isinstance with a class object (%s) is not supported: name the class", exprString(e))
	}
}

// classObjValue reports whether cls's class objects are run-time values
// (a user class other than an enum, protocol or named tuple).
func classObjValue(cls *Class) bool {
	return cls != nil && !cls.Builtin && cls.Enum == nil && !cls.Protocol && !cls.NamedTuple && cls.GroupElem == nil
}

// classRefJoin joins two class object types to the class object type of
// their nearest common base ([Circle, Square] is list[type[Shape]]), or
// returns nil.
func classRefJoin(a, b Type) Type {
	ar, ok := a.(*ClassRef)
	br, ok2 := b.(*ClassRef)
	if !ok || !ok2 {
		return nil
	}
	if !(classObjValue(ar.Class) && classObjValue(br.Class) || ar.Class.IsExc && br.Class.IsExc) {
		return nil
	}
	for k := ar.Class; k != nil; k = k.Base {
		if br.Class.IsSubclassOf(k) && (classObjValue(k) || k.IsExc) {
			if k == ar.Class {
				return a
			}
			return &ClassRef{k}
		}
	}
	return nil
}

// classAttrDecl declares x: T = value in the body of plain class cls as a
// class attribute when nothing in the module assigns attribute x other
// than through a class name (C.x = v, cls.x += 1): no instance ever has an
// x of its own, so every read finds the class's, as an annotated class
// attribute behaves in CPython (Counter.instances += 1, a registry dict
// shared by all instances). Otherwise it is an instance field whose
// default is the value.
func (c *checker) classAttrDecl(cls *Class, n *ast.Name, m *ast.AnnAssign, t Type) bool {
	if m.Value == nil || cls.Dataclass || cls.NamedTuple || cls.Protocol || cls.Enum != nil {
		return false
	}
	if c.instanceStores == nil {
		c.instanceStores = instanceStores(c.moduleBody)
	}
	if cls.LookupField(n.ID) != nil {
		// A base's class attribute that its methods assign through self
		// (promoted: it is a field and a class attribute there) declared
		// again: this class's own class attribute, as the unannotated
		// form is (classAttrAssign).
		if cls.Base == nil || !c.plainHierarchy(cls.Name) {
			return false
		}
		if cv, _ := cls.Base.LookupClassVar(n.ID); cv == nil {
			return false
		}
	}
	if c.instanceStores[n.ID] && !c.plainHierarchy(cls.Name) {
		// Instances assign x, and a class deriving from cls could not
		// take an attribute of its own (a dataclass): x stays an
		// instance field whose default is the value.
		return false
	}
	seen := len(cls.ClassVars)
	c.classInit(func() {
		c.withClassNames(cls, seen, func() {
			if vt := c.exprWant(m.Value, t); vt != nil {
				c.assignable(vt, t, m.Value, "class attribute "+n.ID)
			}
		})
	})
	cls.ClassVars = append(cls.ClassVars, &Field{Name: n.ID, Type: t})
	if cls.ClassVarInit == nil {
		cls.ClassVarInit = map[string]any{}
	}
	cls.ClassVarInit[n.ID] = m.Value
	return true
}

// plainHierarchy reports whether every class of the module deriving from
// the class named name, directly or not, is a plain class (no decorator,
// no keyword, no __slots__), so that an instance of any of them may take
// an attribute of its own where the class has one (classvar_inst.go):
// then an annotated class attribute that instances also assign
// (items: list[int] = [] and c.items = [9]) stays one class attribute,
// shared by every instance that did not assign its own, as in CPython.
func (c *checker) plainHierarchy(name string) bool {
	var defs []*ast.ClassDef
	for _, st := range c.moduleBody {
		ast.Inspect(st, func(n ast.Node) bool {
			if d, ok := n.(*ast.ClassDef); ok {
				defs = append(defs, d)
			}
			return true
		})
	}
	derived := map[string]bool{name: true}
	for changed := true; changed; {
		changed = false
		for _, d := range defs {
			if derived[d.Name] {
				continue
			}
			for _, b := range d.Bases {
				if bn, ok := b.(*ast.Name); ok && derived[bn.ID] {
					derived[d.Name] = true
					changed = true
				}
			}
		}
	}
	for _, d := range defs {
		if !derived[d.Name] {
			continue
		}
		if len(d.Decorators) > 0 || len(d.Keywords) > 0 {
			return false
		}
		for _, st := range d.Body {
			if a, ok := st.(*ast.Assign); ok && len(a.Targets) == 1 {
				if n, ok := a.Targets[0].(*ast.Name); ok && n.ID == "__slots__" {
					return false
				}
			}
			if a, ok := st.(*ast.AnnAssign); ok {
				if n, ok := a.Target.(*ast.Name); ok && n.ID == "__slots__" {
					return false
				}
			}
		}
	}
	return true
}

// instanceStores returns the names of the attributes body assigns (or
// deletes) through an expression other than a name of a class of body or
// cls.
func instanceStores(body []ast.Stmt) map[string]bool {
	classes := map[string]bool{"cls": true}
	for _, st := range body {
		if d, ok := st.(*ast.ClassDef); ok {
			classes[d.Name] = true
		}
	}
	out := map[string]bool{}
	var target func(e ast.Expr)
	target = func(e ast.Expr) {
		switch x := e.(type) {
		case *ast.Attribute:
			if n, ok := x.Value.(*ast.Name); !ok || !classes[n.ID] {
				out[x.Attr] = true
			}
		case *ast.TupleExpr:
			for _, el := range x.Elems {
				target(el)
			}
		case *ast.ListExpr:
			for _, el := range x.Elems {
				target(el)
			}
		case *ast.Starred:
			target(x.Value)
		}
	}
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Assign:
				for _, t := range x.Targets {
					target(t)
				}
			case *ast.AugAssign:
				target(x.Target)
			case *ast.AnnAssign:
				target(x.Target)
			case *ast.For:
				target(x.Target)
			case *ast.With:
				for _, it := range x.Items {
					if it.Target != nil {
						target(it.Target)
					}
				}
			case *ast.Delete:
				for _, t := range x.Targets {
					target(t)
				}
			}
			return true
		})
	}
	return out
}

// inheritedAttrType is the declared type of attribute name in the bases
// of cls (a class attribute or an instance field), or nil.
func inheritedAttrType(cls *Class, name string) Type {
	if cls.Base == nil || cls.Base.Builtin {
		return nil
	}
	if cv, _ := cls.Base.LookupClassVar(name); cv != nil {
		return cv.Type
	}
	if f := cls.Base.LookupField(name); f != nil {
		return f.Type
	}
	return nil
}

// isSelfAnnotation reports whether return annotation e is Self.
func (c *checker) isSelfAnnotation(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return c.namesMarker(x.ID, "typing.Self")
	case *ast.Attribute:
		b, ok := x.Value.(*ast.Name)
		return ok && b.ID == "typing" && x.Attr == "Self"
	}
	return false
}

// selfResult is the type of a call of method f returning r: for a method
// returning Self called through a subclass (Sub.create(), sub.copy()),
// the subclass.
func selfResult(f *BoundMethod, r Type) Type {
	if !f.Method.RetSelf || f.Super {
		return r
	}
	rc, ok := f.Recv.(*Class)
	mc, ok2 := r.(*Class)
	if ok && ok2 && rc != mc && rc.IsSubclassOf(mc) {
		return rc
	}
	return r
}

// SelfNarrowed reports the class a call of a method returning Self gives
// where it is a subclass of the method's declared return class: the
// generator asserts the value to that class.
func SelfNarrowed(m *Method, call Type) (*Class, bool) {
	if m == nil || !m.RetSelf {
		return nil, false
	}
	cc, ok := call.(*Class)
	if !ok || cc == m.Sig.Ret {
		return nil, false
	}
	return cc, true
}

// typeOfStore checks a store of class attribute x.Attr through type(obj)
// (type(self).created += 1): the class attribute of obj's class, which
// is obj's static class when no class derives from it and it declares the
// attribute itself (CPython would otherwise give the subclass an attribute
// of its own). It reports false where it refused.
func (c *checker) typeOfStore(x *ast.Attribute, tf *TypeOf) bool {
	cls, ok := tf.Of.(*Class)
	if !ok || cls.Builtin || cls.Enum != nil || cls.Protocol {
		c.errorf(x.Pos, "cannot assign to attribute %s of %s", x.Attr, tf)
		return false
	}
	cv, owner := cls.LookupClassVar(x.Attr)
	if cv == nil {
		c.errorf(x.AttrPos, "%s has no class attribute %s", cls.Name, x.Attr)
		return false
	}
	if c.classStoreConflict(x, owner) { // classvar_inst.go
		return false
	}
	dyn := owner != cls // type(self).count of a subclass: its own attribute from then on
	for _, k := range c.info.ClassList {
		dyn = dyn || k != cls && k.IsSubclassOf(cls)
	}
	if call, ok := x.Value.(*ast.Call); dyn && (!ok || len(call.Args) != 1) {
		c.errorf(x.AttrPos, "assigning class attribute %s through a stored type(...) of a class with subclasses is not supported: write type(v).%s = ...", x.Attr, x.Attr)
		return false
	}
	if dyn && !c.dynClassVar(x, owner) { // classattrs.go
		return false
	}
	c.classStores = append(c.classStores, classStore{x, owner})
	return true
}
