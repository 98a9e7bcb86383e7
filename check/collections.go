package check

import (
	"sync"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// This file types the collections module's classes. A deque[T] is a
// list[T] and a defaultdict, Counter or OrderedDict a dict, for every
// operation they share (indexing, iteration, len, in, printing): the
// runtime object carries the difference (maxlen, the default for a
// missing key, the repr). The static type of such a value is marked with
// its class (CollectionKind), so that the methods only it has (popleft,
// most_common, move_to_end) resolve from the table rows of its receiver
// ("deque", "Counter", "OrderedDict") before the list or dict rows. A
// value whose mark is lost on the way (a join of two branches) keeps the
// list or dict methods: the shared ones behave as the class's at run time,
// the others are refused.

// collKinds marks the *List and *Dict types of collections classes.
var collKinds sync.Map // Type -> string

// markColl marks t as the type of a collections class's values.
func markColl(t Type, kind string) Type {
	collKinds.Store(t, kind)
	return t
}

// CollectionKind returns "deque", "Counter", "defaultdict" or
// "OrderedDict" for a marked type, or "".
func CollectionKind(t Type) string {
	if k, ok := collKinds.Load(t); ok {
		return k.(string)
	}
	return ""
}

// tableModuleMember resolves "from mod import name" for a function or
// class of a module the built-in table describes (not its constants:
// math.pi is written so).
func tableModuleMember(mod, name string) *Symbol {
	if e := builtins.Lookup(mod + "." + name); e == nil || e.Const {
		return nil
	}
	return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{mod + "." + name}}
}

// collectionsGeneric types deque[T], defaultdict[K, V], Counter[T] and
// OrderedDict[K, V] annotations.
func (c *checker) collectionsGeneric(name string, args []ast.Expr, x *ast.Subscript) (Type, bool) {
	need := func(n int) bool {
		if len(args) != n {
			c.errorf(x.Pos, "%s takes %d type arguments", name, n)
			return false
		}
		return true
	}
	switch name {
	case "collections.deque":
		if need(1) {
			if t := c.annotation(args[0]); t != nil {
				return markColl(&List{Elem: t}, "deque"), true
			}
		}
		return nil, true
	case "collections.Counter":
		if need(1) {
			if t := c.annotation(args[0]); t != nil {
				return markColl(&Dict{Key: c.hashKey(t, args[0].Position()), Val: Int}, "Counter"), true
			}
		}
		return nil, true
	case "collections.defaultdict", "collections.OrderedDict":
		if need(2) {
			k, v := c.annotation(args[0]), c.annotation(args[1])
			if k != nil && v != nil {
				return markColl(&Dict{Key: c.hashKey(k, args[0].Position()), Val: v}, name[len("collections."):]), true
			}
		}
		return nil, true
	}
	return nil, false
}

// wantList returns the list type an expected type asks for, or nil.
func wantOf[T Type](want Type) T {
	if o, ok := want.(*Optional); ok {
		want = o.Elem
	}
	t, _ := want.(T)
	return t
}

// checkDeque types deque(iterable, maxlen=n).
func checkDeque(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	args, msg := BindEntry(e, x)
	if msg != "" {
		c.errorf(x.Pos, "%s", msg)
		return nil
	}
	var et Type
	if wl := wantOf[*List](want); wl != nil {
		et = wl.Elem
	}
	if args[0] != nil {
		it := c.iterElem(args[0])
		if et == nil {
			et = it
		} else if it != nil && !c.assignableType(it, et) {
			c.errorf(args[0].Position(), "deque needs an iterable of %s, not of %s", et, it)
		}
	}
	if args[1] != nil {
		if t := c.exprWant(args[1], &Optional{Int}); t != nil {
			c.assignable(t, &Optional{Int}, args[1], "maxlen")
		}
	}
	if et == nil {
		c.errorf(x.Pos, "the element type of this deque is unknown: annotate it (q: deque[int] = deque())")
		return nil
	}
	return markColl(&List{Elem: et}, "deque")
}

// checkCounter types Counter() and Counter(iterable).
func checkCounter(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	args, msg := BindEntry(e, x)
	if msg != "" {
		c.errorf(x.Pos, "%s", msg)
		return nil
	}
	var et Type
	if wd := wantOf[*Dict](want); wd != nil {
		et = wd.Key
	}
	if args[0] != nil {
		var it Type
		t := c.expr(args[0])
		if od, ok := t.(*Dict); ok { // the counts of a mapping
			if od.Val != nil && !Identical(od.Val, Int) {
				c.errorf(args[0].Position(), "Counter of a dict needs int values, not %s", od.Val)
			}
			it = od.Key
		} else if t != nil {
			it = c.elemType(t, args[0])
		}
		if et == nil {
			et = it
		} else if it != nil && !c.assignableType(it, et) {
			c.errorf(args[0].Position(), "Counter needs an iterable of %s, not of %s", et, it)
		}
	}
	if et == nil {
		c.errorf(x.Pos, "the element type of this Counter is unknown: annotate it (c: Counter[str] = Counter())")
		return nil
	}
	return markColl(&Dict{Key: c.hashKey(et, x.Pos), Val: Int}, "Counter")
}

// checkDefaultDict types defaultdict(factory): the key and value types
// come from the annotation the value is assigned to (as mypy needs them).
func checkDefaultDict(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	wd := wantOf[*Dict](want)
	if wd == nil || wd.Key == nil || wd.Val == nil {
		for _, a := range x.Args {
			c.expr(a)
		}
		c.errorf(x.Pos, "defaultdict needs a type annotation (for example d: defaultdict[str, list[int]] = defaultdict(list))")
		return nil
	}
	if !c.nargs(x, "defaultdict", 1, 1) {
		return nil
	}
	if _, isNone := x.Args[0].(*ast.NoneLit); isNone {
		c.errorf(x.Args[0].Position(), "defaultdict(None) is outside the aiogo language (use a dict)")
		return nil
	}
	if t := c.factoryCall(x.Args[0], wd.Val); t != nil { // kinds.go
		c.assignable(t, wd.Val, x.Args[0], "default factory result")
	}
	return markColl(&Dict{Key: wd.Key, Val: wd.Val}, "defaultdict")
}

// checkOrderedDict types OrderedDict().
func checkOrderedDict(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	c.nargs(x, "OrderedDict", 0, 0)
	wd := wantOf[*Dict](want)
	if wd == nil || wd.Key == nil || wd.Val == nil {
		c.errorf(x.Pos, "OrderedDict needs a type annotation (for example d: OrderedDict[str, int] = OrderedDict())")
		return nil
	}
	return markColl(&Dict{Key: wd.Key, Val: wd.Val}, "OrderedDict")
}

// checkCounterUpdate types Counter.update/subtract of an iterable or of
// another Counter (a dict of counts).
func checkCounterUpdate(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
	c.noKeywords(x)
	d := recv.(*Dict)
	if !c.nargs(x, e.Short(), 1, 1) {
		return None
	}
	t := c.expr(x.Args[0])
	if od, ok := t.(*Dict); ok && Identical(od.Val, Int) {
		if !c.assignableType(od.Key, d.Key) {
			c.errorf(x.Args[0].Position(), "%s needs counts of %s, not of %s", e.Short(), d.Key, od.Key)
		}
		return None
	}
	if t == nil {
		return None
	}
	if et := c.elemType(t, x.Args[0]); et != nil && !c.assignableType(et, d.Key) {
		c.errorf(x.Args[0].Position(), "%s needs an iterable of %s, not of %s", e.Short(), d.Key, et)
	}
	return None
}

func init() {
	checkHooks["collections.deque"] = checkDeque
	checkHooks["collections.Counter"] = checkCounter
	checkHooks["collections.defaultdict"] = checkDefaultDict
	checkHooks["collections.OrderedDict"] = checkOrderedDict
	checkHooks["Counter.update"] = checkCounterUpdate
	checkHooks["Counter.subtract"] = checkCounterUpdate
}

// IsCounterOp reports whether l op r is an operator of two Counters of
// one element type: + - | & give a new Counter.
func IsCounterOp(op string, l, r Type) bool {
	switch op {
	case "+", "-", "|", "&":
		return CollectionKind(l) == "Counter" && CollectionKind(r) == "Counter" && Identical(l, r)
	}
	return false
}
