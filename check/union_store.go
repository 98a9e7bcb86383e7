package check

import "github.com/aiogo/aiogo/ast"

// UnionStore reports the type of attribute attr of a value of union type
// u when it may be assigned (v.n = 3, v.n += 1 with v: A | B): every member
// is a user class declaring it as a data field (no setter) of one type.
func UnionStore(u *Union, attr string) (Type, bool) {
	if !UnionField(u, attr) { // union_attr.go
		return nil, false
	}
	var ft Type
	for _, m := range u.Types {
		cls := m.(*Class)
		if cls.LookupSetter(attr) != nil || cls.Frozen || frozenOwner(cls, attr) {
			return nil, false
		}
		if cv, _ := cls.LookupClassVar(attr); cv != nil {
			return nil, false
		}
		t := cls.LookupField(attr).Type
		if ft != nil && !Identical(ft, t) {
			return nil, false
		}
		ft = t
	}
	return ft, true
}

// unionStore checks an assignment to attribute x of a value of union type
// u; it reports false (after an error) when the members disagree.
func (c *checker) unionStore(x *ast.Attribute, u *Union) (Type, bool) {
	c.unifyFields(u, x.Attr) // floatpos.go
	ft, ok := UnionStore(u, x.Attr)
	if !ok {
		c.errorf(x.AttrPos, "cannot assign to attribute %s of %s (every member must declare it as a data field of one type)", x.Attr, u)
		return nil, false
	}
	return ft, true
}
