package check

import (
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// isinstance(v, P) with a protocol P (@runtime_checkable): CPython checks
// that v has attributes of P's member names, whatever their types; aiogo
// checks that v's class implements P (its members with P's types). The two
// agree unless a class has P's names with other types, or v may be a
// built-in object with attributes of those names (a generator's close):
// such tests are refused.

// builtinMemberNames are method names of built-in objects of the subset
// outside the built-in table (generators, coroutines, tasks and futures,
// streams, synchronization primitives, queues).
var builtinMemberNames = map[string]bool{
	"close": true, "send": true, "throw": true, "cancel": true, "cancelled": true, "done": true,
	"result": true, "exception": true, "add_done_callback": true, "remove_done_callback": true,
	"get_name": true, "set_name": true, "set_result": true, "set_exception": true, "write": true,
	"writelines": true, "drain": true, "read": true, "readline": true, "readexactly": true,
	"readuntil": true, "wait_closed": true, "is_closing": true, "write_eof": true, "at_eof": true,
	"acquire": true, "release": true, "locked": true, "set": true, "clear": true, "is_set": true,
	"wait": true, "notify": true, "notify_all": true, "put": true, "get": true, "put_nowait": true,
	"get_nowait": true, "qsize": true, "empty": true, "full": true, "join": true, "task_done": true,
	"asend": true, "athrow": true, "aclose": true, "get_coro": true, "args": true, "name": true,
}

// refuseProtocolIsinstance reports isinstance(v, P) (P among the classes
// e names) where aiogo's answer could differ from CPython's. vt is v's
// static type.
func (c *checker) refuseProtocolIsinstance(e ast.Expr, vt Type) {
	var protos []*Class
	var collect func(e ast.Expr)
	collect = func(e ast.Expr) {
		if tu, ok := e.(*ast.TupleExpr); ok {
			for _, el := range tu.Elems {
				collect(el)
			}
			return
		}
		if ops := UnionOperands(e); ops != nil {
			for _, el := range ops {
				collect(el)
			}
			return
		}
		if cr, ok := c.info.Types[e].(*ClassRef); ok && cr.Class.Protocol {
			protos = append(protos, cr.Class)
		}
	}
	collect(e)
	for _, p := range protos {
		var names []string
		for _, f := range p.Fields {
			names = append(names, f.Name)
		}
		names = append(names, p.Order...)
		for _, k := range c.info.ClassList {
			if hasMembers(k, names) && !implements(k, p) {
				c.errorf(e.Position(), "isinstance with protocol %s: class %s has the members of %s with other types (CPython's test looks at the names only): not supported", p.Name, k.Name, p.Name)
				return
			}
		}
		if mayHoldBuiltin(vt) && builtinMembers(names) {
			c.errorf(e.Position(), "isinstance with protocol %s of a value of type %s: it may be a built-in object with members named as %s's (CPython's test looks at the names only): not supported; test the classes", p.Name, vt, p.Name)
			return
		}
	}
}

// hasMembers reports whether class k has an attribute of each name.
func hasMembers(k *Class, names []string) bool {
	for _, n := range names {
		if k.LookupField(n) == nil && k.LookupMethod(n) == nil {
			if cv, _ := k.LookupClassVar(n); cv == nil {
				return false
			}
		}
	}
	return true
}

// mayHoldBuiltin reports whether a value of static type t may be a
// built-in object (not only instances of user classes, or None).
func mayHoldBuiltin(t Type) bool {
	switch x := Unalias(t).(type) {
	case *Class:
		return x.Builtin
	case *Optional:
		return mayHoldBuiltin(x.Elem)
	case *Union:
		for _, m := range x.Types {
			if m != None && mayHoldBuiltin(m) {
				return true
			}
		}
		return false
	case *Basic:
		return x != None
	}
	return true
}

// builtinMembers reports whether every name may be a member of some
// built-in object: a dunder, a method of the built-in table or of
// builtinMemberNames.
func builtinMembers(names []string) bool {
	table := map[string]bool{}
	for _, e := range builtins.All() {
		if e.Receiver() != "" {
			table[e.Short()] = true
		}
	}
	for _, n := range names {
		if !strings.HasPrefix(n, "__") && !table[n] && !builtinMemberNames[n] {
			return false
		}
	}
	return true
}
