package check

import "github.com/aiogo/aiogo/ast"

// Container kinds in isinstance: isinstance(x, list) tests for any list,
// whatever its element type. The name list used as a value is a TypeName
// of a List with a nil element type; such a "kind" matches every List.

// isKind reports whether t is a container kind: list, dict, set or tuple
// named without type arguments.
func isKind(t Type) bool {
	switch x := t.(type) {
	case *List:
		return x.Elem == nil
	case *Set:
		return x.Elem == nil
	case *Dict:
		return x.Key == nil && x.Val == nil
	case *Tuple:
		return x.Elems == nil && !x.Var
	}
	return false
}

// sameContainerKind reports whether a is a container of kind k.
func sameContainerKind(a, k Type) bool {
	switch a.(type) {
	case *List:
		_, ok := k.(*List)
		return ok
	case *Set:
		_, ok := k.(*Set)
		return ok
	case *Dict:
		_, ok := k.(*Dict)
		return ok
	case *Tuple:
		_, ok := k.(*Tuple)
		return ok
	}
	return false
}

// anyType is typing.Any.
func anyType() Type { return &AnyType{"Any"} }

// anyFilled is the type isinstance(x, k) narrows a value of type object
// to: list[Any], tuple[Any, ...] and dict[Any, Any] for the kinds whose
// values the generator can view dynamically (AnyList, AnyTuple, AnyDict
// in runtime/py); nil for set (not expressible), k itself otherwise.
func anyFilled(k Type) Type {
	switch k.(type) {
	case *List:
		if isKind(k) {
			return &List{Elem: anyType()}
		}
	case *Tuple:
		if isKind(k) {
			return &Tuple{Elems: []Type{anyType()}, Var: true}
		}
	case *Dict:
		if isKind(k) {
			return &Dict{Key: anyType(), Val: anyType()}
		}
	case *Set:
		if isKind(k) {
			return nil
		}
	}
	return k
}

// mutatingMethods are the methods of list, dict and set that change the
// receiver.
var mutatingMethods = map[string]bool{
	"append": true, "extend": true, "insert": true, "pop": true, "remove": true,
	"clear": true, "sort": true, "reverse": true, "popitem": true, "setdefault": true,
	"update": true, "add": true, "discard": true,
}

// refuseViewMutation rejects changing a container read through a value of
// type object narrowed by isinstance (list[Any], dict[Any, Any]): the
// generator reads such a value through a snapshot of the stored container,
// so a change would not reach the original.
func (c *checker) refuseViewMutation(e ast.Expr, pos ast.Pos, what string) {
	from, ok := c.info.Narrowed[e]
	if !ok {
		return
	}
	if _, ok := from.(*AnyType); !ok {
		return
	}
	if _, ok := anyViewOf(c.info.Types[e]); ok {
		c.errorf(pos, "%s of a value of type %s narrowed to %s is not supported (annotate it with the container type)", what, from, c.info.Types[e])
	}
}

// anyViewOf reports whether t is a container type with Any elements.
func anyViewOf(t Type) (Type, bool) {
	isA := func(t Type) bool { _, ok := t.(*AnyType); return ok }
	switch x := t.(type) {
	case *List:
		return t, isA(x.Elem)
	case *Dict:
		return t, isA(x.Key) && isA(x.Val)
	}
	return t, false
}
