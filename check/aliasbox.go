package check

// Recursive aliases rooted in a container whose recursion goes through a
// union: `Tree = dict[str, Union[int, "Tree"]]`, `Nested = list[int |
// "Nested"]`. The union inside is itself a recursive union alias (as
// `Json = int | list["Json"]` is): containerAlias makes it one, standing
// for the union with the container in place of the name, and the alias
// names the container holding it. Each value then has a Go type: the
// container's elements are the union's boxed values.

// containerAlias retypes t, the definition of the alias ref read with ref
// standing for the name, as above; nil when t is no container holding
// exactly one union that refers to ref (ref in no other place).
func containerAlias(ref *AliasRef, t Type) Type {
	var slot *Type // the element slot of t holding the union
	var u *Union
	var target Type // what the slot holds: u, or u | None
	var find func(p *Type) bool
	find = func(p *Type) bool {
		switch x := (*p).(type) {
		case *Union:
			if typeRefers(x, ref) {
				if u != nil {
					return false // two unions refer to the alias
				}
				slot, u, target = p, x, x
			}
			return true
		case *Optional:
			if o, ok := x.Elem.(*Union); ok && typeRefers(o, ref) {
				// A union with None (dict[str, str | None | "Tree"]):
				// the recursive union alias includes None, as Json's may.
				if u != nil {
					return false
				}
				slot, u, target = p, o, x
				return true
			}
			return !typeRefers(x.Elem, ref)
		case *List:
			return find(&x.Elem)
		case *Set:
			return find(&x.Elem)
		case *Dict:
			return !typeRefers(x.Key, ref) && find(&x.Val)
		case *AliasRef:
			return x != ref // the name itself outside a union
		}
		return !typeRefers(*p, ref)
	}
	switch t.(type) {
	case *List, *Dict:
	default:
		return nil
	}
	root := t
	if !find(&root) || u == nil {
		return nil
	}
	inner := &AliasRef{Name: ref.Name}
	*slot = inner
	for i, m := range u.Types {
		u.Types[i] = replaceRef(m, ref, t)
	}
	inner.Target = target
	return t
}

// typeRefers reports whether t mentions the alias reference ref.
func typeRefers(t Type, ref *AliasRef) bool {
	switch x := t.(type) {
	case *AliasRef:
		return x == ref
	case *Union:
		for _, m := range x.Types {
			if typeRefers(m, ref) {
				return true
			}
		}
	case *Optional:
		return typeRefers(x.Elem, ref)
	case *List:
		return typeRefers(x.Elem, ref)
	case *Set:
		return typeRefers(x.Elem, ref)
	case *Dict:
		return typeRefers(x.Key, ref) || typeRefers(x.Val, ref)
	case *Tuple:
		for _, e := range x.Elems {
			if typeRefers(e, ref) {
				return true
			}
		}
	}
	return false
}

// replaceRef replaces ref by with in t, changing t's containers in place
// (the alias definition's own types).
func replaceRef(t Type, ref *AliasRef, with Type) Type {
	switch x := t.(type) {
	case *AliasRef:
		if x == ref {
			return with
		}
	case *Optional:
		x.Elem = replaceRef(x.Elem, ref, with)
	case *List:
		x.Elem = replaceRef(x.Elem, ref, with)
	case *Set:
		x.Elem = replaceRef(x.Elem, ref, with)
	case *Dict:
		x.Val = replaceRef(x.Val, ref, with)
	case *Tuple:
		for i, e := range x.Elems {
			x.Elems[i] = replaceRef(e, ref, with)
		}
	}
	return t
}
