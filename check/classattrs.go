package check

import "github.com/aiogo/aiogo/ast"

// Class attributes stored through a class that may be a subclass of the
// one declaring them (cls.count += 1 in a class method of a class with
// subclasses, type(self).created += 1, Sub.registry = {} of a mutable
// base value) bind the attribute in that class in CPython, shadowing the
// base's from then on: a subclass reads the base's value until its own
// first store. Such attributes live in the class objects at run time
// (py.ClassAttr looks one up along the base chain, py.SetClassAttr binds
// it in one class); every read and store of them goes there.

// ClassVarRoot is the topmost class of cls's chain declaring class
// attribute name, or nil.
func ClassVarRoot(cls *Class, name string) *Class {
	var root *Class
	for k := cls; k != nil; k = k.Base {
		for _, f := range k.ClassVars {
			if f.Name == name {
				root = k
			}
		}
	}
	return root
}

// IsDynClassVar reports whether class attribute name of cls lives in the
// class objects (DynClassVars).
func (info *Info) IsDynClassVar(cls *Class, name string) bool {
	root := ClassVarRoot(cls, name)
	return root != nil && info.DynClassVars[root][name]
}

// dynClassVar makes class attribute x.Attr (declared by owner) live in
// the class objects, refusing it where the classes of the hierarchy
// declare it with different types. It reports whether it could.
func (c *checker) dynClassVar(x *ast.Attribute, owner *Class) bool {
	root := ClassVarRoot(owner, x.Attr)
	if root == nil || !classObjValue(root) {
		c.errorf(x.AttrPos, "assigning class attribute %s through %s is not supported here", x.Attr, exprString(x.Value))
		return false
	}
	rt, _ := root.LookupClassVar(x.Attr)
	for _, k := range c.info.ClassList {
		if k == root || !k.IsSubclassOf(root) {
			continue
		}
		for _, f := range k.ClassVars {
			if f.Name == x.Attr && f.Type != nil && rt.Type != nil && !Identical(f.Type, rt.Type) {
				c.errorf(x.AttrPos, "assigning class attribute %s through %s is not supported: %s declares it as %s, %s as %s", x.Attr, exprString(x.Value), root.Name, rt.Type, k.Name, f.Type)
				return false
			}
		}
	}
	if c.info.DynClassVars == nil {
		c.info.DynClassVars = map[*Class]map[string]bool{}
	}
	if c.info.DynClassVars[root] == nil {
		c.info.DynClassVars[root] = map[string]bool{}
	}
	c.info.DynClassVars[root][x.Attr] = true
	return true
}
