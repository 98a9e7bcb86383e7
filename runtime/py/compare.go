package py

import (
	"cmp"
	"math"
	"slices"
)

// Equaler is implemented by values with Python == semantics of their own.
type Equaler interface {
	PyEqual(other any) bool
}

// OrderedWith is implemented by values ordered only against some other
// values: a dataclass with order=True compares with instances of exactly its
// own class (its __lt__ returns NotImplemented otherwise, and CPython raises
// TypeError when both sides do).
type OrderedWith interface {
	PyOrderedWith(other any) bool
}

// Subclass is implemented by instances of user classes with user base
// classes: PyProperSubclassOf reports whether the receiver's class is a
// proper subclass of other's class. In a == b CPython calls b's __eq__
// first when b's class is a proper subclass of a's (do_richcompare).
type Subclass interface {
	PyProperSubclassOf(other any) bool
}

// Comparer is implemented by values that support ordering; PyCompare returns
// -1, 0 or 1 and panics with TypeError when the operands are incomparable.
type Comparer interface {
	PyCompare(other any) int
}

// OpComparer is implemented by dataclasses with order=True, which compare
// as the tuples of their fields: PyCompareOp orders the first pair of fields
// that are not equal, with ok=false when that pair is unordered (a NaN), so
// that every order comparison is then false.
type OpComparer interface {
	PyCompareOp(other any, op string) (c int, ok bool)
}

// CompareOp is the three-way comparison of a and b for the operator op, as
// tuples order their items: ok=false when they are unordered (a NaN).
func CompareOp(a, b any, op string) (int, bool) { return cmp3(a, b, op) }

// FieldsCompareOp is FieldsCompare for the operator op, with ok=false when
// the first differing items are unordered.
func FieldsCompareOp(o FieldTuple, other any, op string) (int, bool) {
	b, ok := asSeq(unwrapOpt(other))
	if !ok || b.seqKind() != kindTuple {
		panic(notSupported(op, o, other))
	}
	return cmpSeq(fieldSeq(o.PyTupleFields()), b, op)
}

// TypeNamer is implemented by values that report their Python type name.
type TypeNamer interface {
	PyTypeName() string
}

const (
	kindList = 1 + iota
	kindTuple
)

// sequence is implemented by List and the Tuple types for cross-type
// comparisons.
type sequence interface {
	seqKind() int
	seqLen() int
	seqAt(i int) any
}

// TypeName returns the Python type name of v (for error messages).
func TypeName(v any) string {
	switch x := v.(type) {
	case int64, int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case bool:
		return "bool"
	case NoneType, nil:
		return "NoneType"
	case Bytes:
		return "bytes"
	case TypeNamer:
		return x.PyTypeName()
	case Exception:
		return x.Exc().ClassName()
	case optional:
		return TypeName(x.Any())
	}
	return "object"
}

func unwrapOpt(v any) any {
	if o, ok := v.(optional); ok {
		return o.Any()
	}
	return v
}

func asNumber(v any) (f float64, i int64, isInt bool, ok bool) {
	switch x := v.(type) {
	case int64:
		return 0, x, true, true
	case bool:
		if x {
			return 0, 1, true, true
		}
		return 0, 0, true, true
	case float64:
		return x, 0, false, true
	case int:
		return 0, int64(x), true, true
	}
	return 0, 0, false, false
}

// cmpIntFloat compares an int with a float exactly (nan → ok=false).
func cmpIntFloat(i int64, f float64) (int, bool) {
	if f != f {
		return 0, false
	}
	if math.IsInf(f, 1) {
		return -1, true
	}
	if math.IsInf(f, -1) {
		return 1, true
	}
	// Exact comparison: compare floor(f) with i, then the fractional part.
	if f >= 9.3e18 {
		return -1, true
	}
	if f <= -9.3e18 {
		return 1, true
	}
	t := math.Trunc(f)
	if t >= 9223372036854775807.0 { // 2**63
		return -1, true
	}
	ti := int64(t)
	if i < ti {
		return -1, true
	}
	if i > ti {
		return 1, true
	}
	frac := f - t
	if frac > 0 {
		return -1, true
	}
	if frac < 0 {
		return 1, true
	}
	return 0, true
}

// Equal implements Python's == (deep equality for containers, 1 == 1.0).
func Equal(a, b any) bool {
	switch x := a.(type) {
	case int64:
		switch y := b.(type) {
		case int64:
			return x == y
		case float64:
			c, ok := cmpIntFloat(x, y)
			return ok && c == 0
		case bool:
			return (x == 1 && y) || (x == 0 && !y)
		}
	case string:
		y, ok := b.(string)
		if ok {
			return x == y
		}
	case float64:
		switch y := b.(type) {
		case float64:
			return x == y
		case int64:
			c, ok := cmpIntFloat(y, x)
			return ok && c == 0
		case bool:
			return (x == 1 && y) || (x == 0 && !y)
		}
	case bool:
		switch y := b.(type) {
		case bool:
			return x == y
		case int64, float64:
			return Equal(b, a)
		}
	case NoneType:
		switch y := b.(type) {
		case NoneType:
			return true
		case optional:
			_, isNone := y.Any().(NoneType)
			return isNone
		}
		return false
	case Bytes:
		if l, ok := b.(*List[int64]); ok && l.ba {
			return l.PyEqual(x) // bytes == bytearray
		}
		y, ok := b.(Bytes)
		return ok && x == y
	case optional:
		return Equal(x.Any(), b)
	case Equaler:
		b = unwrapOpt(b)
		if s, ok := b.(Subclass); ok && s.PyProperSubclassOf(a) {
			if r, ok := b.(Equaler); ok {
				return r.PyEqual(a)
			}
		}
		return x.PyEqual(b)
	}
	if o, ok := b.(optional); ok {
		return Equal(a, o.Any())
	}
	if e, ok := b.(Equaler); ok {
		switch a.(type) {
		case int64, float64, bool, string, Bytes, NoneType:
			return false
		}
		return e.PyEqual(a)
	}
	return identical(a, b)
}

// EqualItem is a == b as containers compare their items (CPython's
// PyObject_RichCompareBool: x in list, list.index/count/remove, == of
// lists, tuples, dicts and dataclasses): an object is equal to itself
// without calling its __eq__.
func EqualItem(a, b any) bool {
	if _, ok := a.(Equaler); ok && identical(a, b) {
		return true
	}
	if x, ok := a.(float64); ok && x != x {
		// A float is unboxed here: a NaN's bits stand for its identity
		// (nankey.go), so a NaN item is the same object as a copy of it
		// (nan in [nan], row == row), and two float("nan") are distinct.
		y, ok := b.(float64)
		return ok && y != y && sameNaN(x, y)
	}
	return Equal(a, b)
}

func identical(a, b any) (eq bool) {
	if _, ok := funcClosure(a); ok {
		return FuncEqual(a, b) // callables in a list: cb in listeners, listeners.remove(cb)
	}
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

func notSupported(op string, a, b any) *BaseException {
	return TypeError("'" + op + "' not supported between instances of '" + TypeName(a) + "' and '" + TypeName(b) + "'")
}

// cmp3 compares a and b; ok=false means unordered (nan involved). op is used
// in the TypeError message for incomparable operands.
func cmp3(a, b any, op string) (int, bool) {
	a, b = unwrapOpt(a), unwrapOpt(b)
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return cmp.Compare(x, y), true
		}
	case int64:
		if y, ok := b.(int64); ok {
			return cmp.Compare(x, y), true
		}
	case float64:
		if y, ok := b.(float64); ok {
			if x != x || y != y {
				return 0, false
			}
			return cmp.Compare(x, y), true
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return cmp.Compare(x, y), true
		}
	}
	fa, ia, aInt, aNum := asNumber(a)
	fb, ib, bInt, bNum := asNumber(b)
	if aNum && bNum {
		switch {
		case aInt && bInt:
			return cmp.Compare(ia, ib), true
		case aInt:
			return cmpIntFloat(ia, fb)
		case bInt:
			c, ok := cmpIntFloat(ib, fa)
			return -c, ok
		default:
			if fa != fa || fb != fb {
				return 0, false
			}
			return cmp.Compare(fa, fb), true
		}
	}
	if sa, ok := asSeq(a); ok {
		if sb, ok := asSeq(b); ok && sa.seqKind() == sb.seqKind() {
			return cmpSeq(sa, sb, op) // (a NamedTuple instance reads as a tuple: valuehash.go)
		}
	}
	if v, ok := richCompare(a, b, op); ok {
		// A user class's __lt__ (or its kin) answers op itself: the
		// result is an order that op reads as v.
		if (op == "<" || op == "<=") == v {
			return -1, true
		}
		return 1, true
	}
	if c, ok := a.(OpComparer); ok {
		if o, ok := a.(OrderedWith); ok && !o.PyOrderedWith(b) {
			panic(notSupported(op, a, b))
		}
		return c.PyCompareOp(b, op)
	}
	if c, ok := a.(Comparer); ok {
		if o, ok := a.(OrderedWith); ok && !o.PyOrderedWith(b) {
			panic(notSupported(op, a, b))
		}
		return c.PyCompare(b), true
	}
	panic(notSupported(op, a, b))
}

func cmpSeq(sa, sb sequence, op string) (int, bool) {
	na, nb := sa.seqLen(), sb.seqLen()
	for i := 0; i < na && i < nb; i++ {
		x, y := sa.seqAt(i), sb.seqAt(i)
		if EqualItem(x, y) {
			continue
		}
		return cmp3(x, y, op)
	}
	return cmp.Compare(na, nb), true
}

func compareSeq(a sequence, other any) int {
	b, ok := asSeq(unwrapOpt(other))
	if !ok || b.seqKind() != a.seqKind() {
		panic(notSupported("<", a, other))
	}
	c, _ := cmpSeq(a, b, "<")
	return c
}

// Compare returns -1, 0 or 1 ordering a and b with Python semantics (ints
// and floats mixed, strings by code point, lists/tuples lexicographically).
// Incomparable operands panic with TypeError for '<'. NaN compares as 0.
func Compare(a, b any) int {
	c, _ := cmp3(a, b, "<")
	return c
}

// RichComparer is implemented by instances of user classes defining
// __lt__, __le__, __gt__ or __ge__: PyRich(op, other) runs the method for
// op ("<", "<=", ">", ">=") and reports whether the class defines it for
// other's type.
type RichComparer interface {
	PyRich(op string, other any) (result, ok bool)
}

// reflectedOp is the operator CPython tries on the right operand when the
// left one does not implement op.
var reflectedOp = map[string]string{"<": ">", "<=": ">=", ">": "<", ">=": "<="}

// richCompare runs a user class's comparison method for a op b, or the
// right operand's reflected one, as CPython's rich comparison does.
func richCompare(a, b any, op string) (result, ok bool) {
	if r, isRich := a.(RichComparer); isRich {
		if v, ok := r.PyRich(op, b); ok {
			return v, true
		}
	}
	if r, isRich := b.(RichComparer); isRich {
		if v, ok := r.PyRich(reflectedOp[op], a); ok {
			return v, true
		}
	}
	return false, false
}

// Less implements a < b.
func Less(a, b any) bool {
	if s, ok := unwrapOpt(a).(setOrderer); ok {
		return s.pySetOrder(b, "<")
	}
	c, ok := cmp3(a, b, "<")
	return ok && c < 0
}

// LessEq implements a <= b.
func LessEq(a, b any) bool {
	if s, ok := unwrapOpt(a).(setOrderer); ok {
		return s.pySetOrder(b, "<=")
	}
	c, ok := cmp3(a, b, "<=")
	return ok && c <= 0
}

// Greater implements a > b.
func Greater(a, b any) bool {
	if s, ok := unwrapOpt(a).(setOrderer); ok {
		return s.pySetOrder(b, ">")
	}
	c, ok := cmp3(a, b, ">")
	return ok && c > 0
}

// GreaterEq implements a >= b.
func GreaterEq(a, b any) bool {
	if s, ok := unwrapOpt(a).(setOrderer); ok {
		return s.pySetOrder(b, ">=")
	}
	c, ok := cmp3(a, b, ">=")
	return ok && c >= 0
}

// StableSort sorts xs stably using only less, making the calls CPython's
// list.sort makes (smallSort, or timSort for 64 elements and more).
func StableSort[T any](xs []T, less func(a, b T) bool) {
	switch {
	case len(xs) < 2:
	case len(xs) < 64:
		smallSort(xs, less)
	default:
		sortByIndex(xs, less)
	}
}

// sortByIndex sorts xs by running timSort over its positions: timSortIndex
// is compiled once, in this package, rather than once per element type in
// every program that sorts (CPython's merge state is some 15 KB of code
// for each). The comparisons are the ones timSort makes on xs itself. If
// less panics (a comparison raised), the order reached so far is applied
// before the panic goes on: CPython's list.sort leaves such a list partly
// sorted.
func sortByIndex[T any](xs []T, less func(a, b T) bool) {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	defer func() {
		sorted := make([]T, len(xs))
		for i, j := range idx {
			sorted[i] = xs[j]
		}
		copy(xs, sorted)
	}()
	timSortIndex(idx, func(a, b int) bool { return less(xs[a], xs[b]) })
}

// timSortIndex is timSort over positions (see sortByIndex).
func timSortIndex(idx []int, less func(a, b int) bool) {
	timSort(idx, less) // timsort.go
}

// smallSort sorts fewer than 64 elements making the comparisons CPython's
// list.sort makes (a user __lt__ may count or print them): the run at the
// start (count_run; a strictly descending one is reversed), then binary
// insertion of the rest (binarysort).
func smallSort[T any](xs []T, less func(a, b T) bool) {
	n := len(xs)
	run := 2
	if less(xs[1], xs[0]) {
		for run < n && less(xs[run], xs[run-1]) {
			run++
		}
		for i, j := 0, run-1; i < j; i, j = i+1, j-1 {
			xs[i], xs[j] = xs[j], xs[i]
		}
	} else {
		for run < n && !less(xs[run], xs[run-1]) {
			run++
		}
	}
	for start := run; start < n; start++ {
		pivot := xs[start]
		l, r := 0, start
		for l < r {
			p := l + (r-l)>>1
			if less(pivot, xs[p]) {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(xs[l+1:start+1], xs[l:start])
		xs[l] = pivot
	}
}

// insertionSort is a plain stable insertion sort (the tests' reference).
func insertionSort[T any](xs []T, less func(a, b T) bool) {
	for i := 1; i < len(xs); i++ {
		v := xs[i]
		j := i
		for j > 0 && less(v, xs[j-1]) {
			xs[j] = xs[j-1]
			j--
		}
		xs[j] = v
	}
}

// SortOrdered sorts xs stably in ascending (or, with reverse, descending)
// order for ordered element types. Floats: NaN handling follows <.
func SortOrdered[T cmp.Ordered](xs []T, reverse bool) {
	var zero T
	if _, isFloat := any(zero).(float64); isFloat {
		if reverse {
			StableSort(xs, func(a, b T) bool { return b < a })
		} else {
			StableSort(xs, func(a, b T) bool { return a < b })
		}
		return
	}
	// For totally ordered types equal elements are indistinguishable, so an
	// unstable sort gives the same result.
	slices.Sort(xs)
	if reverse {
		slices.Reverse(xs)
	}
}

// IntFloatCmp compares an int with a float exactly, as CPython does: a
// value whose sign is the comparison's (negative: i < f, zero: equal,
// positive: i > f) and NaN when f is NaN, so that `IntFloatCmp(i, f) < 0`
// is `i < f` for every operator. (float64(i) rounds above 2**53:
// 2**53 + 1 == float(2**53 + 1) is False.)
func IntFloatCmp(i int64, f float64) float64 {
	if -1<<53 <= i && i <= 1<<53 {
		return float64(i) - f // exact sign: float64(i) is exact
	}
	c, ok := cmpIntFloat(i, f)
	if !ok {
		return math.NaN()
	}
	return float64(c)
}

// FloatIntCmp is IntFloatCmp with the operands the other way round.
func FloatIntCmp(f float64, i int64) float64 { return -IntFloatCmp(i, f) }
