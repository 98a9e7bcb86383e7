package check

import "github.com/aiogo/aiogo/ast"

// dataclasses.asdict(obj) and dataclasses.astuple(obj) convert a
// dataclass instance, and the dataclasses, lists, tuples and dicts its
// fields hold, recursively (py.AsDict). As typeshed types them, the result
// is a dict[str, Any] or a tuple[Any, ...]: values the program prints or
// passes along. Every dataclass of a program that uses them reports its
// fields (Info.DataclassFields, codegen's PyFields).

// dataclassAsDict checks a call of dataclasses.asdict or astuple.
func (c *checker) dataclassAsDict(x *ast.Call, name string) Type {
	short := name[len("dataclasses."):]
	if len(x.Args) != 1 || len(x.Keywords) != 0 {
		c.errorf(x.Pos, "%s() takes one dataclass instance (dict_factory and tuple_factory are not supported)", short)
		for _, a := range x.Args {
			c.expr(a)
		}
		return nil
	}
	t := c.expr(x.Args[0])
	if t == nil {
		return nil
	}
	if !dataclassInstance(t) {
		c.errorf(x.Args[0].Position(), "%s() needs a dataclass instance, not %s", short, t)
		return nil
	}
	c.info.DataclassFields = true
	if short == "asdict" {
		return &Dict{Key: Str, Val: &AnyType{"Any"}}
	}
	return &Tuple{Elems: []Type{&AnyType{"Any"}}, Var: true}
}

// dataclassInstance reports whether t is a dataclass, or a union of
// dataclasses (asdict(ev) of an ItemAdded | CheckedOut: py.AsDict reads
// the fields of the instance it is given).
func dataclassInstance(t Type) bool {
	if u, ok := t.(*Union); ok {
		for _, m := range u.Types {
			if !dataclassInstance(m) {
				return false
			}
		}
		return len(u.Types) > 0
	}
	cls, ok := t.(*Class)
	return ok && cls.Dataclass && !cls.NamedTuple
}
