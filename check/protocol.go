package check

import "github.com/aiogo/aiogo/ast"

// typing.Protocol: a class deriving from Protocol declares methods (with
// "..." bodies) that any class with the same methods satisfies, without
// naming the protocol (structural subtyping, as mypy checks it). A value of
// a protocol type is the object itself, seen through a Go interface of the
// protocol's methods: the methods of the implementing class must have
// the same signatures.

// protocolBase reports whether the base expression b names typing.Protocol.
func (c *checker) protocolBase(b ast.Expr) bool {
	switch x := b.(type) {
	case *ast.Name:
		return c.namesMarker(x.ID, "typing.Protocol")
	case *ast.Attribute:
		n, ok := x.Value.(*ast.Name)
		return ok && n.ID == "typing" && x.Attr == "Protocol"
	}
	return false
}

// namesMarker reports whether the name id refers to the typing-level
// marker (typing.Protocol, typing.Self, abc.ABC...) named marker, as
// imported into this module.
func (c *checker) namesMarker(id, marker string) bool {
	sym := c.lookup(id)
	if sym == nil || sym.Kind != SymType {
		return false
	}
	tn, ok := sym.Type.(*TypeName)
	if !ok {
		return false
	}
	a, ok := tn.T.(*AnyType)
	return ok && a.Name == marker
}

// protocolHeader marks a class deriving from Protocol. Protocol classes
// are not ordinary classes: they leave ClassList for Protocols.
func (c *checker) protocolHeader(s *ast.ClassDef, cls *Class) {
	cls.Protocol = true
	for _, d := range s.Decorators {
		if !c.runtimeCheckable(d) { // decl.go: isinstance checks the members anyway
			c.unsupported(d, "protocol class decorator")
		}
	}
	for i, k := range c.info.ClassList {
		if k == cls {
			c.info.ClassList = append(c.info.ClassList[:i:i], c.info.ClassList[i+1:]...)
			break
		}
	}
	c.info.Protocols = append(c.info.Protocols, cls)
}

// protocolMembers checks the body of a protocol class: methods only.
func (c *checker) protocolMember(st ast.Stmt, cls *Class) bool {
	if !cls.Protocol {
		return false
	}
	switch m := st.(type) {
	case *ast.FuncDef:
		if c.protocolProperty(m, cls) {
			return true
		}
		for _, d := range m.Decorators {
			c.errorf(d.Position(), "decorators on protocol methods are not supported")
		}
		if m.Name == "__call__" {
			return false // a callback protocol: the type of its __call__ (CallbackSig)
		}
		if m.Name == "__iter__" || m.Name == "__len__" {
			return false // iteration and len() through the protocol's interface (useriter.go)
		}
		if m.Name == "__init__" || (len(m.Name) > 4 && m.Name[:2] == "__" && m.Name[len(m.Name)-2:] == "__") {
			c.errorf(m.Pos, "protocol method %s is not supported (only plain methods)", m.Name)
		}
		return false // typed as any method
	case *ast.Pass, *ast.ExprStmt:
		return true // a docstring or ...
	case *ast.AnnAssign:
		if _, ok := m.Target.(*ast.Name); ok && m.Value == nil && !isClassVarAnnotation(m.Annotation) {
			return false // an attribute (name: str): a field of the protocol
		}
	}
	c.errorf(st.Position(), "protocol %s: only methods and annotated attributes without values are supported in a protocol class", cls.Name)
	return true
}

// implements reports whether instances of class k satisfy protocol p:
// every method of p exists on k, with the same kind and signature, and
// every attribute of p is a field or class attribute of k of the same
// type (invariant, as mypy reads a settable protocol member).
func implements(k, p *Class) bool {
	if k == p {
		return true
	}
	for _, f := range p.Fields {
		if ProtocolAttr(k, f) == nil && ProtocolProperty(k, f) == nil {
			return false
		}
	}
	for _, name := range p.Order {
		pm := p.Methods[name]
		m := k.LookupMethod(name)
		if m == nil || m.IsStatic || m.IsClass || m.IsProperty || m.IsAsync != pm.IsAsync || m.Sig == nil || pm.Sig == nil {
			return false
		}
		if m.Decorated != nil || !Identical(m.Sig, pm.Sig) {
			return false
		}
	}
	return true
}

// protocolFlow records, in the float-position detection pass, that the
// methods of class k are called through protocol p: their parameters and
// results are the same float positions (floatpos.go), so a float result
// that may hold an int in k's method widens p's too, and the generated
// interface and method keep one signature.
func (c *checker) protocolFlow(k, p *Class) {
	if c.ff == nil || !c.ff.detect || c.ff.probing > 0 || k == p {
		return
	}
	for _, name := range p.Order {
		if m := k.LookupMethod(name); m != nil && m.Sig != nil && p.Methods[name].Sig != nil {
			c.ff.flow(m.Sig, p.Methods[name].Sig, true, 0)
		}
	}
	for _, f := range p.Fields {
		if m := ProtocolProperty(k, f); m != nil {
			c.ff.flow(m.Sig.Ret, f.Type, true, 0) // area of a Square(2) is an int
		} else if a := ProtocolAttr(k, f); a != nil {
			c.ff.flow(a.Type, f.Type, true, 0) // Crate("apples", 12).weight is an int
		}
	}
}

// ProtocolAttr is the field or class attribute of class k that provides
// attribute f of a protocol (nil when k has none of f's type).
func ProtocolAttr(k *Class, f *Field) *Field {
	if f.Type == nil {
		return nil
	}
	if kf := k.LookupField(f.Name); kf != nil {
		if kf.Type != nil && protoCompatible(kf.Type, f.Type) {
			return kf
		}
		return nil
	}
	if cv, _ := k.LookupClassVar(f.Name); cv != nil && cv.Type != nil && protoCompatible(cv.Type, f.Type) {
		return cv
	}
	return nil
}

// protoCompatible reports whether an attribute of type from provides a
// protocol attribute of type to: the same type, or a number where the
// protocol's float position holds int | float (another implementation
// stores ints there; the getter converts).
func protoCompatible(from, to Type) bool {
	return Identical(from, to) || IntOrFloat(to) && (from == Float || from == Int || IntOrFloat(from))
}

// isClassVarAnnotation reports ClassVar[...] (typing.ClassVar).
func isClassVarAnnotation(a ast.Expr) bool {
	if sub, ok := a.(*ast.Subscript); ok {
		a = sub.Value
	}
	switch x := a.(type) {
	case *ast.Name:
		return x.ID == "ClassVar"
	case *ast.Attribute:
		return x.Attr == "ClassVar"
	}
	return false
}

// CallbackSig is the type a callback protocol stands for: a protocol
// whose only member is __call__ is the Callable of its signature
// (class Sink(Protocol): def __call__(self, msg: str) -> None is
// Callable[[str], None]), so functions, lambdas, bound methods and
// objects with a fitting __call__ are stored there as mypy accepts them.
// nil for other classes.
func CallbackSig(cls *Class) *Func {
	if cls == nil || !cls.Protocol || len(cls.Fields) > 0 || len(cls.Order) != 1 || cls.Order[0] != "__call__" {
		return nil
	}
	m := cls.Methods["__call__"]
	if m == nil || m.Sig == nil || m.IsStatic || m.IsClass {
		return nil
	}
	return m.Sig
}

// protocolProperty declares a read-only attribute of a protocol written as
// a property (@property def area(self) -> float: ...): a field of the
// protocol that implementing classes may provide by a property, a field
// or a class attribute of the same type. It reports whether m is one.
func (c *checker) protocolProperty(m *ast.FuncDef, cls *Class) bool {
	if len(m.Decorators) != 1 {
		return false
	}
	if n, ok := m.Decorators[0].(*ast.Name); !ok || n.ID != "property" {
		return false
	}
	if m.IsAsync || len(m.Params) != 1 || m.Params[0].Name != "self" || m.Returns == nil {
		c.errorf(m.Pos, "protocol property %s must take only self and declare its type", m.Name)
		return true
	}
	t := c.annotation(m.Returns)
	if t == nil {
		c.breakClass(cls)
		return true
	}
	cls.Fields = append(cls.Fields, &Field{Name: m.Name, Type: t, ReadOnly: true})
	return true
}

// ProtocolProperty is the property of class k that provides read-only
// attribute f of a protocol (declared by @property in the protocol), nil
// when k has none returning f's type.
func ProtocolProperty(k *Class, f *Field) *Method {
	if !f.ReadOnly || f.Type == nil || k.LookupField(f.Name) != nil {
		return nil
	}
	m := k.LookupMethod(f.Name)
	if m == nil || !m.IsProperty || m.IsAsync || m.Sig == nil || m.Decorated != nil || !protoCompatible(m.Sig.Ret, f.Type) {
		return nil
	}
	return m
}
