package check

import (
	"strconv"

	"github.com/aiogo/aiogo/ast"
)

// This file types enum.Enum and enum.IntEnum subclasses. An enum is a user
// class whose members are class attributes holding the class's only
// instances: `RED = 1` (or `RED = auto()`) in the body makes Color.RED an
// instance of Color with .name "RED" and .value 1. The members are
// singletons, so the runtime's identity equality and hashing are CPython's
// (members work as dict keys and set elements). The class object used as
// an iterable (`for c in Color`, `list(Color)`) is the list of its members;
// Color(v) looks a member up by value and Color["RED"] by name.

// EnumInfo describes an enum class.
type EnumInfo struct {
	// Int marks an IntEnum (str() and format() give the value).
	Int bool
	// Marker is set on enum.Enum and enum.IntEnum themselves.
	Marker bool
	// Members lists the member names in definition order.
	Members []string
	// Auto holds the values of members assigned auto().
	Auto map[string]int64
	// Value is the type of every member's value.
	Value Type

	lastInt  int64 // the last int value (auto() continues from it)
	haveInt  bool
	literals map[string]string // literal value -> member (aliases are refused)
}

// The enum module's base classes.
var (
	EnumClass    = &Class{Name: "Enum", Methods: map[string]*Method{}, Enum: &EnumInfo{Marker: true}}
	IntEnumClass = &Class{Name: "IntEnum", Methods: map[string]*Method{}, Enum: &EnumInfo{Marker: true, Int: true}}
)

// enumModuleMember resolves "from enum import name".
func enumModuleMember(name string) *Symbol {
	switch name {
	case "Enum":
		return &Symbol{Name: name, Kind: SymClass, Class: EnumClass, Type: &ClassRef{EnumClass}}
	case "IntEnum":
		return &Symbol{Name: name, Kind: SymClass, Class: IntEnumClass, Type: &ClassRef{IntEnumClass}}
	case "auto":
		return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{"enum.auto"}}
	}
	return nil
}

// enumHeader turns a class deriving from Enum or IntEnum into an enum
// class (a root class: the base is only a marker).
func (c *checker) enumHeader(s *ast.ClassDef, cls *Class) {
	b := cls.Base
	if b == nil || b.Enum == nil {
		return
	}
	if !b.Enum.Marker {
		c.errorf(s.Bases[0].Position(), "class %s: deriving from enum %s is outside the aiogo language", s.Name, b.Name)
		return
	}
	cls.Enum = &EnumInfo{Int: b.Enum.Int, Auto: map[string]int64{}, literals: map[string]string{}}
	cls.Base = nil
	cls.DataOrder = cls.Enum.Int // IntEnum members order by value
	if cls.Dataclass {
		c.unsupported(s, "dataclass enum")
	}
}

// isAutoCall reports whether e is a call of enum.auto().
func (c *checker) isAutoCall(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	switch f := call.Func.(type) {
	case *ast.Name:
		if sym := c.lookup(f.ID); sym != nil {
			if bf, ok := sym.Type.(*BuiltinFunc); ok && bf.Name == "enum.auto" {
				c.info.Uses[f] = sym
				return true
			}
		}
	case *ast.Attribute:
		if n, ok := f.Value.(*ast.Name); ok && f.Attr == "auto" {
			if sym := c.lookup(n.ID); sym != nil && sym.Kind == SymModule && sym.Type.(*ModuleType).Name == "enum" {
				return true
			}
		}
	}
	return false
}

// enumMember declares the member of an assignment in an enum's body.
func (c *checker) enumMember(cls *Class, m *ast.Assign) {
	n, ok := m.Targets[0].(*ast.Name)
	if !ok || len(m.Targets) != 1 {
		c.errorf(m.Pos, "an enum member is assigned as NAME = value")
		return
	}
	en := cls.Enum
	var t Type
	lit := ""
	if c.isAutoCall(m.Value) {
		if call := m.Value.(*ast.Call); len(call.Args)+len(call.Keywords) > 0 {
			c.errorf(call.Pos, "auto() takes no arguments")
		}
		if en.Value != nil && en.Value != Int {
			c.errorf(m.Value.Position(), "auto() in an enum of %s values is outside the aiogo language (auto() gives ints)", en.Value)
		}
		v := int64(1)
		if en.haveInt {
			v = en.lastInt + 1
		}
		en.Auto[n.ID] = v
		en.lastInt, en.haveInt = v, true
		t = Int
		lit = "int:" + strconv.FormatInt(v, 10)
	} else {
		t = c.expr(m.Value)
		if t == nil {
			return
		}
		if v, ok := constInt(m.Value); ok {
			en.lastInt, en.haveInt = v, true
			lit = "int:" + strconv.FormatInt(v, 10)
		} else if s, ok := m.Value.(*ast.StrLit); ok {
			lit = "str:" + s.Value
		}
	}
	switch {
	case t == None || isUnknownEmpty(t):
		c.errorf(m.Value.Position(), "enum member %s: a value of type %s is outside the aiogo language", n.ID, t)
		return
	case en.Int && t != Int:
		c.errorf(m.Value.Position(), "IntEnum member %s must be an int, not %s", n.ID, t)
		return
	case en.Value == nil:
		en.Value = t
	case en.Value.String() != t.String():
		c.errorf(m.Value.Position(), "enum member %s has type %s, earlier members %s: members of different value types are outside the aiogo language", n.ID, t, en.Value)
		return
	}
	if lit != "" {
		if prev, dup := en.literals[lit]; dup {
			c.errorf(m.Value.Position(), "enum member %s has the value of %s: enum aliases are outside the aiogo language", n.ID, prev)
			return
		}
		en.literals[lit] = n.ID
	}
	en.Members = append(en.Members, n.ID)
	cls.ClassVars = append(cls.ClassVars, &Field{Name: n.ID, Type: cls})
	if cls.ClassVarInit == nil {
		cls.ClassVarInit = map[string]any{}
	}
	cls.ClassVarInit[n.ID] = m.Value
}

// enumFinish gives an enum class its name and value attributes.
func (c *checker) enumFinish(s *ast.ClassDef, cls *Class) {
	en := cls.Enum
	for _, name := range []string{"__init__", "__new__", "__eq__", "__hash__"} {
		if m := cls.Methods[name]; m != nil {
			c.errorf(m.Def.(*ast.FuncDef).Pos, "enum %s: defining %s is outside the aiogo language", cls.Name, name)
		}
	}
	vt := en.Value
	if vt == nil {
		vt = Int
		if !en.Int {
			vt = Object
		}
	}
	cls.Fields = append([]*Field{{Name: "name", Type: Str}, {Name: "value", Type: vt}}, cls.Fields...)
	if len(cls.Fields) > 2 {
		c.errorf(s.Pos, "enum %s: instance attributes are outside the aiogo language", cls.Name)
	}
}

// enumLookup types Color(value): the member with that value.
func (c *checker) enumLookup(x *ast.Call, cls *Class) Type {
	if cls.Enum.Marker {
		c.errorf(x.Pos, "calling %s is outside the aiogo language", cls.Name)
		return nil
	}
	c.noKeywords(x)
	if !c.nargs(x, cls.Name, 1, 1) {
		return cls
	}
	if _, ok := x.Args[0].(*ast.Starred); ok {
		c.errorf(x.Args[0].Position(), "*arguments are not supported here")
		return cls
	}
	vt := cls.Fields[0+1].Type
	if t := c.exprWant(x.Args[0], vt); t != nil {
		c.assignable(t, vt, x.Args[0], cls.Name+"() argument")
	}
	return cls
}

// enumIndex types Color["RED"]: the member with that name.
func (c *checker) enumIndex(x *ast.Subscript, cls *Class) Type {
	if t := c.exprWant(x.Index, Str); t != nil {
		c.assignable(t, Str, x.Index, cls.Name+"[...] key")
	}
	return cls
}

// enumIterable retypes an enum class used as an iterable as the list of
// its members (the generator emits the class name there as that list).
func (c *checker) enumIterable(t Type, e ast.Expr) (Type, bool) {
	cr, ok := t.(*ClassRef)
	if !ok || cr.Class.Enum == nil {
		return nil, false
	}
	if cr.Class.Enum.Marker || c.info.Types[e] != t {
		c.errorf(e.Position(), "cannot iterate over %s", exprString(e))
		return nil, true
	}
	c.info.Types[e] = &List{cr.Class}
	return cr.Class, true
}

// IsEnumMembers reports whether e, typed as a list, is an enum class
// standing for the list of its members.
func IsEnumMembers(info *Info, e ast.Expr) (*Class, bool) {
	var sym *Symbol
	switch x := e.(type) {
	case *ast.Name:
		sym = info.Uses[x]
	default:
		return nil, false
	}
	if sym == nil || sym.Kind != SymClass || sym.Class.Enum == nil {
		return nil, false
	}
	return sym.Class, true
}

// enumClass returns the enum class of an enum member or enum class type t,
// or nil.
func enumClass(t Type) *Class {
	switch x := t.(type) {
	case *Class:
		if x.Enum != nil {
			return x
		}
	case *ClassRef:
		if x.Class.Enum != nil {
			return x.Class
		}
	}
	return nil
}
