package py

import (
	"reflect"
	"runtime"
	"strings"
	"sync"
	"unsafe"
)

// Names of function values (f.__name__ where f is only known at run time).
//
// A function value is a Go func. Generated code that makes one from a
// Python function (a def or lambda, a method value, a built-in function
// wrapped as a value) passes it through Named, which records the name
// against the func's code pointer: every func made by one Go literal or
// naming one Go function shares that pointer and stands for one Python
// function. A conversion that wraps an arbitrary function value (an
// adapter between Callable types) is one literal for many functions: Adopt
// records the wrapper itself, by its closure object, with the name of the
// function it wraps. Generated code does this only in programs that read
// __name__ of function values (check.Info.FuncNames).

var (
	funcCodeNames sync.Map // code pointer -> name
	funcCodeDocs  sync.Map // code pointer -> docstring
	funcInstNames sync.Map // closure object -> adopted
	funcCodeCoro  sync.Map // code pointer -> true: made from an async def
)

// adopted is the name (and docstring, if any) of a wrapper; keep holds the
// wrapper so that its address is not reused while the entry exists.
type adopted struct {
	name   string
	doc    string
	hasDoc bool
	coro   bool
	keep   any
}

// Named records name as the __name__ of the functions f's code makes and
// returns f.
func Named[F any](f F, name string) F {
	pc := reflect.ValueOf(f).Pointer()
	if _, ok := funcCodeNames.Load(pc); !ok {
		funcCodeNames.Store(pc, name)
	}
	return f
}

// Adopt records that the wrapper f has the name of the function inner it
// wraps, and returns f.
func Adopt[F, G any](f F, inner G) F {
	if cls, ok := objClass(any(inner)); ok {
		funcObjClasses.Store(closureOf(any(f)), objFunc{cls, f})
		return f
	}
	if name, ok := funcName(any(inner)); ok {
		doc, hasDoc := funcDoc(any(inner))
		funcInstNames.Store(closureOf(any(f)), adopted{name, doc, hasDoc, IsCoroFunc(any(inner)), f})
	}
	return f
}

// closureOf is the closure object of the func held by f.
func closureOf(f any) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&f))[1]
}

func funcName(f any) (string, bool) {
	if f == nil {
		return "", false
	}
	if _, ok := objClass(f); ok {
		return "", false // a callable object has no __name__
	}
	if a, ok := funcInstNames.Load(closureOf(f)); ok {
		return a.(adopted).name, true
	}
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Func || v.IsNil() {
		return "", false
	}
	if n, ok := funcCodeNames.Load(v.Pointer()); ok {
		return n.(string), true
	}
	return "", false
}

// NamedCoro is Named for a function value made from an async def: it
// also records that such values are coroutine functions (IsCoroFunc).
func NamedCoro[F any](f F, name string) F {
	funcCodeCoro.Store(reflect.ValueOf(f).Pointer(), true)
	return Named(f, name)
}

// IsCoroFunc is asyncio.iscoroutinefunction(f): whether f is a function
// value made from an async def (an adapter wrapping one is too).
func IsCoroFunc(f any) bool {
	if f == nil {
		return false
	}
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Func || v.IsNil() {
		return false
	}
	if a, ok := funcInstNames.Load(closureOf(f)); ok {
		return a.(adopted).coro
	}
	_, ok := funcCodeCoro.Load(v.Pointer())
	return ok
}

// FuncName is f.__name__ for a function value f.
func FuncName(f any) string {
	if n, ok := funcName(f); ok {
		return n
	}
	if cls, ok := objClass(f); ok {
		panic(AttributeError("'" + cls + "' object has no attribute '__name__'"))
	}
	panic(RuntimeError("internal error: the name of this function value is unknown"))
}

// Doc records doc as the __doc__ of the functions f's code makes (a def
// with a docstring) and returns f.
func Doc[F any](f F, doc string) F {
	pc := reflect.ValueOf(f).Pointer()
	if _, ok := funcCodeDocs.Load(pc); !ok {
		funcCodeDocs.Store(pc, doc)
	}
	return f
}

func funcDoc(f any) (string, bool) {
	if f == nil {
		return "", false
	}
	if a, ok := funcInstNames.Load(closureOf(f)); ok {
		return a.(adopted).doc, a.(adopted).hasDoc
	}
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Func || v.IsNil() {
		return "", false
	}
	if d, ok := funcCodeDocs.Load(v.Pointer()); ok {
		return d.(string), true
	}
	return "", false
}

// FuncDoc is f.__doc__ for a function value f: its docstring, or None.
func FuncDoc(f any) Opt[string] {
	if d, ok := funcDoc(f); ok {
		return Some(d)
	}
	return Opt[string]{}
}

// funcCodeReprs maps the code pointer of a func made from a built-in
// callable (an eta-expansion of len, max, str.upper) to CPython's repr of
// that callable.
var funcCodeReprs sync.Map

// BuiltinFunc records repr as the text CPython prints for the built-in
// callable the func value f stands for (<built-in function max>) and
// returns f: a built-in stored in a Callable-typed variable prints as
// CPython prints it.
func BuiltinFunc[F any](f F, repr string) F {
	pc := reflect.ValueOf(f).Pointer()
	if _, ok := funcCodeReprs.Load(pc); !ok {
		funcCodeReprs.Store(pc, repr)
	}
	return f
}

// funcInstReprs maps the closure object of an adapter between Callable
// types wrapping a built-in's func value to adoptedRepr.
var funcInstReprs sync.Map

// adoptedRepr is the repr of the built-in an adapter wraps; keep holds the
// adapter so that its address is not reused while the entry exists.
type adoptedRepr struct {
	repr string
	keep any
}

// AdoptRepr records that the adapter f prints as the built-in callable
// inner stands for, if inner stands for one, and returns f.
func AdoptRepr[F, G any](f F, inner G) F {
	if r, ok := funcRepr(any(inner)); ok {
		funcInstReprs.Store(closureOf(any(f)), adoptedRepr{r, f})
	}
	return f
}

// funcRepr is the repr recorded for the func value f by BuiltinFunc or
// AdoptRepr.
func funcRepr(f any) (string, bool) {
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Func || v.IsNil() {
		return "", false
	}
	if a, ok := funcInstReprs.Load(closureOf(f)); ok {
		return a.(adoptedRepr).repr, true
	}
	if r, ok := funcCodeReprs.Load(v.Pointer()); ok {
		return r.(string), true
	}
	return "", false
}

// SetFuncName is f.__name__ = name for the function object f (a def's
// value): f keeps its docstring and kind.
func SetFuncName(f any, name string) {
	a := currentAdopted(f)
	a.name = name
	funcInstNames.Store(closureOf(f), a)
}

// SetFuncDoc is f.__doc__ = doc for the function object f (a def's
// value): f keeps its name and kind.
func SetFuncDoc(f any, doc Opt[string]) {
	a := currentAdopted(f)
	a.doc, a.hasDoc = doc.V, doc.Ok
	funcInstNames.Store(closureOf(f), a)
}

// currentAdopted is what f carries now, as an entry of funcInstNames.
func currentAdopted(f any) adopted {
	name, _ := funcName(f)
	doc, hasDoc := funcDoc(f)
	return adopted{name, doc, hasDoc, IsCoroFunc(f), f}
}

// Fresh returns a function value that calls f and is distinct from every
// other (its own closure object), carrying f's name, docstring and kind:
// the value of one execution of a nested def whose __name__ or __doc__
// the program assigns (SetFuncName sets it on that value only).
func Fresh[F any](f F) F {
	v := reflect.ValueOf(f)
	g := reflect.MakeFunc(v.Type(), func(args []reflect.Value) []reflect.Value {
		return v.Call(args)
	}).Interface().(F)
	a := currentAdopted(any(f))
	a.keep = g
	funcInstNames.Store(closureOf(any(g)), a)
	return g
}

// funcObjClasses maps the closure object of the func value that stands for
// a callable object (the bound __call__ of an instance stored where a
// Callable is declared) to objFunc: such a value has no __name__.
var funcObjClasses sync.Map

// objFunc is the class of a callable object; keep holds its func value so
// that the closure's address is not reused while the entry exists.
type objFunc struct {
	class string
	keep  any
}

// CallableObj records that the func value f stands for an instance of the
// user class class (its bound __call__), which has no __name__, and
// returns f.
func CallableObj[F any](f F, class string) F {
	funcObjClasses.Store(closureOf(any(f)), objFunc{class, f})
	return f
}

// objClass is the class of the callable object f stands for, directly or
// through adapters (AdoptObj).
func objClass(f any) (string, bool) {
	if f == nil {
		return "", false
	}
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Func || v.IsNil() {
		return "", false
	}
	if o, ok := funcObjClasses.Load(closureOf(f)); ok {
		return o.(objFunc).class, true
	}
	return "", false
}

// HasFuncName is hasattr(f, "__name__") for a function value f: false for
// a callable object (CallableObj), true for functions, methods and
// built-ins.
func HasFuncName(f any) bool {
	_, obj := objClass(f)
	return !obj
}

// NamedAs is type(v).__name__ where the static type of v names the class
// (codegen's staticTypeName): v is evaluated for its effects.
func NamedAs(v any, name string) string { return name }

// FuncTypeName is type(f).__name__ for a function value f: the class of a
// callable object (CallableObj), builtin_function_or_method for a built-in,
// method for a bound method value, function otherwise.
func FuncTypeName(f any) string {
	if cls, ok := objClass(f); ok {
		return cls
	}
	if _, ok := funcRepr(f); ok {
		return "builtin_function_or_method"
	}
	v := reflect.ValueOf(f)
	if v.Kind() == reflect.Func && !v.IsNil() {
		if _, ok := funcCodeMethods.Load(v.Pointer()); ok {
			return "method"
		}
		if fn := runtime.FuncForPC(v.Pointer()); fn != nil && strings.HasSuffix(fn.Name(), "-fm") {
			return "method"
		}
	}
	return "function"
}

// funcCodeMethods holds the code pointers of the function literals that
// make bound method values.
var funcCodeMethods sync.Map

// MethodCode records that the functions f's code makes are bound methods
// and returns f.
func MethodCode[F any](f F) F {
	funcCodeMethods.Store(reflect.ValueOf(f).Pointer(), true)
	return f
}
