package check

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/names"
)

// SymKind says what a name denotes.
type SymKind int

// The kinds of symbols.
const (
	SymVar     SymKind = iota // a variable (local, parameter or module-level)
	SymFunc                   // a module-level def / async def
	SymClass                  // a class
	SymModule                 // an imported module
	SymBuiltin                // a built-in function (print, len, ...)
	SymType                   // a built-in type name (int, list, ...)
	// SymClassVar is a class attribute named in a later class-level
	// value of the same class body (ALL = (RED, GREEN)): Class and Name.
	SymClassVar
)

// Symbol is a named entity.
type Symbol struct {
	Name  string
	Kind  SymKind
	Type  Type
	Owner *FuncInfo // function owning a variable; nil at module level
	// Captured marks a variable that a nested function uses: it lives in a
	// heap cell shared by both.
	Captured bool
	Param    bool
	// Comp marks a comprehension variable.
	Comp  bool
	Func  *FuncInfo // for SymFunc
	Class *Class    // for SymClass
	Pos   ast.Pos
	// GoName is the Go identifier chosen by the checker for variables that
	// would otherwise clash (comprehension variables, rebound names): a
	// generated name (package names), used as it is.
	GoName string
}

// FuncInfo describes one function, method, lambda or nested def.
type FuncInfo struct {
	Name    string
	Def     *ast.FuncDef // nil for a lambda
	Lambda  *ast.Lambda
	Sig     *Func
	IsAsync bool
	IsGen   bool
	Parent  *FuncInfo
	Class   *Class // the class of a method
	Method  *Method
	Params  []*Symbol
	Locals  []*Symbol // every local including params, in declaration order
	Free    []*Symbol // variables of enclosing functions used here
	// Nested lists functions defined inside this one.
	Nested []*FuncInfo
	// RetType is the declared (or inferred) result: for async functions the
	// awaited result, not the coroutine.
	RetType Type
	// InferRet marks a function without a return annotation whose return
	// type is taken from its first return statement.
	InferRet bool
	bodyDone bool
	// Decorated is the type of the name after its decorators were applied
	// (nil: not decorated); the name then holds dec(fn), not fn.
	Decorated Type
	// Gen describes a generator function (IsGen).
	Gen *GenInfo
	// Overloads are the signatures of the function's @overload stubs
	// (overload.go).
	Overloads []*Func
	// Guard is T of a function annotated -> TypeGuard[T] (typeguard.go).
	Guard  Type
	scope  *scope
	unique map[string]int
}

// Info is what the checker found out about a module.
type Info struct {
	Types   map[ast.Expr]Type
	Conv    map[ast.Expr]Type // the type an expression is converted to where it is used
	Uses    map[*ast.Name]*Symbol
	Defs    map[ast.Node]*Symbol // symbols introduced by a node (targets, params, except-as)
	Funcs   map[*ast.FuncDef]*FuncInfo
	Lambdas map[*ast.Lambda]*FuncInfo
	Classes map[*ast.ClassDef]*Class
	// Narrowed maps a read of a variable or attribute chain whose type was
	// narrowed (Types holds the narrowed type) to its declared type.
	Narrowed map[ast.Expr]Type
	// Loose maps a narrowed read of a gather(..., return_exceptions=True)
	// result that mypy types Any to the check made when it holds an
	// exception (gatherloose.go).
	Loose    map[ast.Expr]*LooseUse
	Globals  []*Symbol   // module-level variables
	TopFuncs []*FuncInfo // module-level functions in order
	Module   *FuncInfo   // pseudo-function holding module-level statements
	// Body is the module's statements as checked: the parser's, with the
	// checker's desugarings applied (bare Final, method decorators) and
	// type aliases left out. The syntax tree given to Check is unchanged;
	// lowering reads Body.
	Body      []ast.Stmt
	ClassList []*Class
	// Downcasts records the calls of typing.cast that narrow their value
	// (object to int, a union to a member): cast.go.
	Downcasts map[*ast.Call]bool
	// IntConsts holds the module-level names that always hold the value of
	// an int expression of literals (MASK32 = 0xFFFFFFFF): intconsts.go.
	IntConsts map[*Symbol]ast.Expr
	// DataclassFields reports that the program calls dataclasses.asdict or
	// astuple: every dataclass reports its fields (dataclass_asdict.go).
	DataclassFields bool
	// FuncNames reports that the program reads __name__ of function values
	// only known at run time: function values carry their names
	// (funcname.go).
	FuncNames bool
	// FuncDocs reports that the program reads __doc__ of function values:
	// function values made from defs with a docstring carry it.
	FuncDocs bool
	// RenamedFuncs holds the defs whose __name__ or __doc__ the program
	// assigns (funcname_store.go): reads of their names are made at run
	// time, and each execution of such a nested def makes a distinct
	// function value.
	RenamedFuncs map[*Symbol]bool
	// DecoratedAttrs maps m.__name__ / m.__doc__ of a method rewritten by
	// desugarMethodDecorators to the name of the module-level variable
	// holding its decorated value, whose attribute it reads at run time
	// (funcname_store.go).
	DecoratedAttrs map[*ast.Attribute]*ast.Name
	// TypedDictCalls maps the calls of TypedDict classes, and dict() calls
	// with keyword arguments, to the dict displays of their keywords
	// (typeddict.go, kinds.go dictKeywords).
	TypedDictCalls map[*ast.Call]ast.Expr
	// TypedDictGets maps d.get("k") and d.get("k", default) of a key a
	// TypedDict may lack (total=False, NotRequired) to the read d["k"]
	// and the default (nil for None): a lookup (typeddict.go).
	TypedDictGets map[*ast.Call]*TypedDictGet
	// Protocols lists the typing.Protocol classes (not in ClassList: they
	// have no instances of their own).
	Protocols []*Class
	// CompSyms maps comprehension clauses to the variables they bind.
	CompSyms map[*ast.Comprehension][]*Symbol
	// With maps the items of with statements to their context managers.
	With map[*ast.WithItem]*CtxMgr
	// MethodValues maps a user method named as a value (not called) to
	// the bound method it is; the expression's type is its Func.
	MethodValues map[*ast.Attribute]*BoundMethod
	// CallVia maps a call through a variable (or element) holding a
	// built-in callable to the call it stands for (see callables.go).
	CallVia map[*ast.Call]*ast.Call
	// SentNone marks the yields typed send | None although the send type
	// excludes None (gen.go noneSeenYields): their value is None when the
	// generator is resumed by next() or a for loop.
	SentNone map[*ast.Yield]bool
	// SpreadOnce maps a call spreading a fixed-length tuple that an
	// expression computes (f(*divmod(a, b)), weekday(*d.add(k))), and the
	// call standing for it, to that expression: the arguments read the
	// tuple's items, from a temporary the expression is evaluated into
	// once (dataclass_base.go).
	SpreadOnce map[*ast.Call]ast.Expr
	// SpreadChecks maps a call spreading an iterable of run-time length
	// into the remaining positional parameters of a user function
	// (area(*dims), Point(*map(int, parts))), and the call standing for
	// it, to the check of the item count made before the call
	// (spread_runtime.go).
	SpreadChecks map[*ast.Call]*SpreadCheck
	// StackCalls maps the calls of exit-stack methods that register an
	// exit (enter_context, callback, ...) to what they register
	// (exitstack.go).
	StackCalls map[*ast.Call]*StackCall
	// DynCtors maps a call constructing through a class object (cls(...))
	// whose subclasses' __init__ differ to the number of positional
	// arguments it passes: each class builds its instance from them and
	// its own defaults (clsobj.go).
	DynCtors map[*ast.Call]int
	// FuncValues maps a built-in callable used where a Callable is
	// expected to its eta-expansion.
	FuncValues map[ast.Expr]*FuncValue
	// Factories maps a field(default_factory=F) factory that is a class
	// or a built-in callable to the call F() that makes a default.
	Factories map[ast.Expr]*ast.Call
	// Args maps each call checked against a signature (a user function,
	// method or constructor, or a callable value) to its arguments bound
	// per parameter, as BindArgs binds them: nil where the parameter takes
	// its default. Later stages read the binding instead of re-binding.
	Args map[*ast.Call][]ast.Expr
	// UnionAttrs maps an attribute read or method named through a value of
	// a union type to the attribute's type for each member, in the order
	// of the union's members (union_methods.go).
	UnionAttrs map[*ast.Attribute][]Type
	// UnionCallResults maps a call of a built-in method through a union
	// whose members give different results (t.result() of a Task[int] |
	// Task[str]) to each member's result, in the order of UnionAttrs; the
	// call's type is their union (union_methods.go).
	UnionCallResults map[*ast.Call][]Type
	// Inspect holds the answer of each asyncio.iscoroutinefunction,
	// iscoroutine and isfuture call (coroinspect.go).
	Inspect map[*ast.Call]Inspect
	// JoinedAny maps the Any of the Task[Any] of a list of tasks of
	// different results to mypy's join of the results (taskjoin.go).
	JoinedAny map[*AnyType]Type
	// UnionBinops describes the binary operations with a union operand
	// (union_binop.go).
	UnionBinops map[*ast.BinOp]*UnionBinop
	// AugWidened maps the target of an augmented assignment whose result
	// does not fit the target's narrowed type, only its declared one
	// (total: int | float = 0; total += 0.5), to the result's type: it is
	// stored converted to the declared type (stmt.go).
	AugWidened map[ast.Expr]Type
	// AndNone holds the non-last operands of `and` whose values other than
	// None are never false (a task, a future, a function, a runtime
	// object): true for a T | None, the value of the whole when it is None;
	// false for a T, never the value (andnone.go).
	AndNone map[ast.Expr]bool
	// LambdaCaptured maps a lambda whose trailing parameters capture their
	// default values (lambda i=i: out.append(i) given where a Callable of
	// fewer parameters is expected) to the number of parameters its value
	// takes (lambdadefaults.go).
	LambdaCaptured map[*ast.Lambda]int
	// NotesCalls describes hasattr(e, "__notes__") and getattr(e,
	// "__notes__", default) on exceptions (excnotes.go).
	NotesCalls map[*ast.Call]*NotesCall
	// CoroClose reports that the program closes coroutine objects
	// (coro.close(): coroclose.go), so coroutine frames need PyClose.
	CoroClose bool
	// NTMakes describes the calls C._make(iterable) of NamedTuple classes
	// (namedtuple_make.go).
	NTMakes map[*ast.Call]*NTMake
	// DynClassVars lists the class attributes (by the topmost class
	// declaring them) that live in the class objects, looked up along the
	// base chain at run time: some store binds them in a class that may be
	// a subclass (cls.count += 1, type(self).count += 1; classattrs.go).
	DynClassVars map[*Class]map[string]bool
	// ExprVia maps calls that stand for another expression to it:
	// getattr(obj, "name") is obj.name (getattr.go).
	ExprVia map[ast.Expr]ast.Expr
	// DynGetattrs maps getattr calls with a name known only at run time
	// to the attributes they read (getattr_dyn.go).
	DynGetattrs map[*ast.Call]*DynGetattr
	// DynMethodCalls maps calls of getattr(obj, name)'s result with a name
	// known only at run time to the methods they may call (getattr_dyn.go).
	DynMethodCalls map[*ast.Call]*DynMethodCall
	// DynSetattrs maps setattr calls to the fields they may store
	// (setattr_dyn.go).
	DynSetattrs map[*ast.Call]*DynSetattr
	// AsyncGenExps maps the asynchronous generator expressions to the
	// nested async generator function each stands for (asyncgenexp.go).
	AsyncGenExps map[*ast.GeneratorExp]*AsyncGenExp
	// FormatAttrs reports a str.format (or format_map) call whose
	// template is not a literal: its fields may read attributes by name at
	// run time, so every class reads its attributes by name
	// (codegen/formatattrs.go).
	FormatAttrs bool
	// AttrFlags maps hasattr(obj, "name") calls answered by the presence
	// flag of a field instances may lack (lazyfield.go).
	AttrFlags map[*ast.Call]*AttrFlag
	// lazyFields caches LazyField (lazyfield.go).
	lazyFields map[lazyKey]bool
	// FuncHasName marks hasattr(f, "__name__") calls on function values:
	// false only for a callable object (funcgetattr.go).
	FuncHasName map[*ast.Call]bool
}

// Error is a positioned checker error.
type Error struct {
	Pos ast.Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is a list of errors sorted by position.
type ErrorList []*Error

func (l ErrorList) Error() string {
	s := ""
	for i, e := range l {
		if i > 0 {
			s += "\n"
		}
		s += e.Error()
	}
	return s
}

type scope struct {
	names  map[string]*Symbol
	parent *scope
	fn     *FuncInfo // function this scope belongs to (nil: module)
	class  bool      // a class body scope (skipped by nested functions)
	comp   bool
}

func (s *scope) lookupLocal(name string) *Symbol { return s.names[name] }

type checker struct {
	// truthCtx holds the and/or expressions whose value only decides a
	// test (flow.go: truthExpr).
	truthCtx map[ast.Expr]bool
	// overloadStubs maps an overloaded function's implementation to its
	// @overload stubs (overload.go).
	overloadStubs map[*ast.FuncDef][]*ast.FuncDef
	file          string
	info          *Info
	errs          ErrorList
	module        *scope
	builtins      *scope
	fn            *FuncInfo // current function (Module for top level)
	sc            *scope
	narrow        map[narrowKey]Type // flow.go
	// loose marks the T | BaseException element types of gathers that
	// mypy types list[Any] (gatherloose.go).
	loose    map[*Union]bool
	dead     bool // the current point is unreachable
	loops    []*loopFlow
	noNarrow ast.Expr    // a test operand read with its declared type
	stmtExpr ast.Expr    // the value of the expression statement being checked
	dels     []*ast.Name // the targets of del of a name (delname.go)
	// tdPartial marks the TypedDict classes declared with total=False
	// (typeddict.go).
	tdPartial map[*Class]bool
	tryRecs   []*tryRecord // the try statements being checked (flow.go)
	cvStores  []cvStore    // the stores to class attributes through classes (clsobj.go)
	// speculating counts nested speculative checks of loop bodies (flow.go),
	// during which errors are not recorded.
	speculating int
	// deferred holds the bodies of nested functions of the function being
	// checked, checked after its body (closures bind late).
	deferred []func()
	// partial maps local variables bound to an empty list or set whose
	// element type is not known yet to the name where they were bound.
	partial map[*Symbol]*ast.Name
	// futPartials are the locals bound to an unannotated create_future()
	// whose result type their first use may determine (partialfuture.go).
	futPartials map[*Symbol]*futPartial
	// partialAttrs are the attributes first assigned an empty collection
	// (self.xs = []) in the function being checked whose element type is
	// not known yet (partial.go).
	partialAttrs map[*Field]partialAttr
	// pendingLambdas maps the locals bound to a lambda whose parameter
	// types wait for a use (lambdavar.go).
	pendingLambdas map[*Symbol]*pendingLambda
	loopDepth      int
	panicked       bool
	excClasses     map[string]*Class
	inCallee       bool                   // typing the callee of a call
	calleeAttr     *ast.Attribute         // the attribute being typed as a call's callee
	synth          map[ast.Expr]synthExpr // expressions made up by callables.go
	synthAnns      map[ast.Expr]Type      // annotations made up by asyncgenexp.go
	boolTarget     ast.Expr               // the annotation of the place a value is being stored (boolint.go)
	symAnns        map[*Symbol]ast.Expr   // the annotations of annotated variables (boolint.go)
	opaqueParams   map[opaqueKey]bool     // int parameters where a bool acts as its int (boolint.go)
	boolParam      *Param                 // the parameter an argument is being passed to (boolint.go)
	curClass       *Class                 // the class whose method signatures are being read
	// deferring is the conditional expression bound to an unannotated
	// local being typed, which may wait for a use (lambdavar.go).
	deferring   ast.Expr
	deferredIf  *Func
	typeIgnores map[int]bool // lines with "# type: ignore" (ast.Module.TypeIgnores)
	modBody     []ast.Stmt   // the module's statements (modulenone.go)
	// poisoned holds the variables whose first assignment failed to
	// type-check: their uses report nothing more (diag.go).
	poisoned map[*Symbol]bool
	// deadElse holds the if statements without else whose test cannot
	// fail (an isinstance over every member of a union): falling through
	// them is unreachable (flow.go).
	deadElse map[*ast.If]bool
	// poisonedFields holds the attributes whose first assignment failed
	// to type-check (diag.go).
	poisonedFields map[*Field]bool
	// refused holds the module-level names whose import was refused:
	// their uses report nothing more (diag.go).
	refused map[string]bool
	// lazyRefused maps the names imported from allowed modules that the
	// language lacks (typing.Generic) to their full names (diag.go).
	lazyRefused map[string]string
	// broken holds the classes derived from a refused name (diag.go).
	broken map[*Class]bool
	// extensions is set when the file opts in to extensionModules.
	extensions bool
	// moduleBody is the module's statements (alias.go).
	moduleBody []ast.Stmt
	// instanceStores holds the attribute names the module assigns through
	// something other than a class name (clsobj.go).
	instanceStores map[string]bool
	// nested maps class statements to their classes made early by
	// hoistClasses (nested.go).
	nested map[*ast.ClassDef]*Class
	// initBusy holds the __init__ methods checked early because
	// module-level code reads attributes they assign (kinds.go).
	initBusy map[*FuncInfo]bool
	// ff finds the float positions that receive ints (floatpos.go).
	ff *floatFlow
	// classInits holds, while module-level class members are declared,
	// the checks of annotated class attributes' values: they run once the
	// module's function signatures are known (`OPS: dict[str, Op] =
	// {"/": safe_div}` names a function declared later).
	classInits *[]func()
	// classDecoCalls maps the calls desugarClassDecorators made of class
	// decorators to their class's name (classdeco.go).
	classDecoCalls map[*ast.Call]string
	// partialNone holds the locals first bound to None without an
	// annotation (partialnone.go).
	partialNone map[*Symbol]*partialNone
	// fieldLog records the field types a speculative pass set (partialnone.go).
	fieldLog *map[*Field]Type
	// fieldMethods maps the fields first assigned in a method other than
	// __init__ to that method (decl.go, selffields.go).
	fieldMethods map[*Field]*Method
	// partialNoneFields holds the fields first assigned None without a
	// type (self.head = None), inferringNone counts inferPartialNone's
	// speculative passes (partialnone.go).
	partialNoneFields map[*Field]*partialNone
	inferringNone     int
	// setattrStores are the targets of object.__setattr__(self, "f", v)
	// rewritten as self.f = v: stores a frozen class allows (setattr.go).
	setattrStores map[*ast.Attribute]bool
	// barrier holds the classes implementing asyncio.Barrier and
	// BrokenBarrierError in a program using them (barrier.go).
	barrier, barrierRefused bool
	// noAbstractJoin turns off joining collections to a protocol
	// (abstract.go) while a display's elements are joined to object.
	noAbstractJoin bool
	// promoted are the class attributes that became instance attributes
	// by a store through an instance; classStores the stores through the
	// class, checked against them at the end (classvar_inst.go).
	promoted    map[*Field]bool
	classStores []classStore
	// optionalKey marks the key= keywords that may be Callable | None
	// (sorted, list.sort: builtins_hooks.go keyArg).
	optionalKey map[*ast.Keyword]bool
	// openByAnn is the open callable each Callable[..., R] annotation
	// node stands for (callables_open.go: one, however often it is read).
	openByAnn map[ast.Expr]*Func
	// handlerDepth counts the except clauses of the current function
	// around the statement being checked (a bare raise needs one: exc.go).
	handlerDepth int
	// builtinSpread is set while spreadBuiltinArgs looks for held tuples
	// (spreadOnce is for calls of user functions).
	builtinSpread bool
	// factDecl is the declared type of each attribute chain or item a
	// fact narrowed (flow.go setFact): joinFacts joins facts about them.
	factDecl map[narrowKey]Type
	// noneWiden holds the locals declared T | None at their first binding
	// because a sibling branch stores None in them (nonewiden.go).
	noneWiden map[*Symbol]bool
	// gen is the monomorphization state of a module with generic defs
	// (generics.go), or nil.
	gen *genState
}

// classInit checks an annotated class attribute's value now, or after
// the function signatures when module-level class members are declared.
func (c *checker) classInit(check func()) {
	if c.classInits != nil {
		*c.classInits = append(*c.classInits, check)
		return
	}
	check()
}

// Check type-checks a parsed module. A module with float annotations is
// checked twice: first to find the float positions that receive ints, then
// with those typed int | float (floatpos.go).
func Check(file string, m *ast.Module) (info *Info, err error) {
	m, err = monoClasses(file, m) // genclass.go
	if err != nil {
		return nil, err
	}
	defer func() { err = pyClassNames(err) }()
	if g := findGenerics(m); g != nil {
		return checkGeneric(file, m, g) // generics.go
	}
	return checkRounds(file, m, nil)
}

// checkRounds is Check for a module without generic defs (g: the
// monomorphization state of a module of their instances, or nil).
func checkRounds(file string, m *ast.Module, g *genState) (info *Info, err error) {
	intBool := map[ast.Pos]bool{}
	info, err, boolInts := checkPasses(file, m, intBool, g)
	if err == nil || !growBoolInts(intBool, boolInts) {
		return info, err
	}
	// Bools refused where an int is declared: check again with those
	// annotations typed int | bool (boolint.go); if the program is still
	// refused, the errors reported are the last round's when they are
	// some of the first round's (the others were resolved), else the
	// first round's.
	for round := 1; round <= maxBoolRounds; round++ {
		info2, err2, more := checkPasses(file, m, intBool, g)
		if err2 == nil {
			return info2, nil
		}
		if subsetErrors(err2, err) {
			info, err = info2, err2
		}
		if !growBoolInts(intBool, more) {
			break
		}
	}
	return info, err
}

// checkPasses is Check with the int annotations at the positions of
// intBool typed int | bool (boolint.go); boolInts are the int annotations
// where a bool was refused.
func checkPasses(file string, m *ast.Module, intBool map[ast.Pos]bool, g *genState) (info *Info, err error, boolInts map[ast.Pos]bool) {
	ff := newFloatFlow()
	ff.intBool, ff.boolInts = intBool, map[ast.Pos]bool{}
	info, err = check1g(file, m, ff, g)
	nt := ff.namedTupleWidened()
	if len(ff.tags) == 0 && len(ff.boolInto) == 0 && len(nt) == 0 {
		return info, err, ff.boolInts
	}
	f2 := &floatFlow{widened: ff.solve(), boolFloat: ff.solveBools(), boolWidened: ff.boolInto, ntWidened: nt, intBool: intBool, boolInts: map[ast.Pos]bool{}}
	info, err = check1g(file, m, f2, g)
	return info, err, f2.boolInts
}

// check1 is one pass of Check (ff: the float flow analysis, floatpos.go).
func check1(file string, m *ast.Module, ff *floatFlow) (info *Info, err error) {
	return check1g(file, m, ff, nil)
}

// check1g is one pass of Check; g is the monomorphization state of a
// module with generic defs (generics.go), or nil. A probe round of g
// returns what it found out despite errors.
func check1g(file string, m *ast.Module, ff *floatFlow, g *genState) (info *Info, err error) {
	c := &checker{file: file, synth: map[ast.Expr]synthExpr{}, extensions: m.Extensions, ff: ff, typeIgnores: m.TypeIgnores, gen: g}
	c.info = &Info{
		Types:            map[ast.Expr]Type{},
		Conv:             map[ast.Expr]Type{},
		Uses:             map[*ast.Name]*Symbol{},
		Defs:             map[ast.Node]*Symbol{},
		Funcs:            map[*ast.FuncDef]*FuncInfo{},
		Lambdas:          map[*ast.Lambda]*FuncInfo{},
		Classes:          map[*ast.ClassDef]*Class{},
		Narrowed:         map[ast.Expr]Type{},
		MethodValues:     map[*ast.Attribute]*BoundMethod{},
		CallVia:          map[*ast.Call]*ast.Call{},
		SentNone:         map[*ast.Yield]bool{},
		SpreadOnce:       map[*ast.Call]ast.Expr{},
		SpreadChecks:     map[*ast.Call]*SpreadCheck{},
		StackCalls:       map[*ast.Call]*StackCall{},
		DynCtors:         map[*ast.Call]int{},
		FuncValues:       map[ast.Expr]*FuncValue{},
		CompSyms:         map[*ast.Comprehension][]*Symbol{},
		With:             map[*ast.WithItem]*CtxMgr{},
		Args:             map[*ast.Call][]ast.Expr{},
		UnionAttrs:       map[*ast.Attribute][]Type{},
		UnionCallResults: map[*ast.Call][]Type{},
		Inspect:          map[*ast.Call]Inspect{},
		JoinedAny:        map[*AnyType]Type{},
		UnionBinops:      map[*ast.BinOp]*UnionBinop{},
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok && os.Getenv("AIOGO_DEBUG") != "" {
				panic(r) // keep the stack for compiler developers
			}
			if _, ok := r.(bailout); !ok {
				c.errs = append(c.errs, &Error{Pos: m.Pos, Msg: fmt.Sprintf("internal compiler error: %v", r)})
			}
		}
		if len(c.errs) > 0 {
			sort.SliceStable(c.errs, func(i, j int) bool {
				a, b := c.errs[i].Pos, c.errs[j].Pos
				if a.Line != b.Line {
					return a.Line < b.Line
				}
				return a.Col < b.Col
			})
			info, err = nil, c.errs
			if g != nil && g.probe {
				info = c.info
			}
		}
	}()
	m = hoistImports(m)             // importhoist.go: a copy, m is left alone
	m = desugarTotalOrdering(m)     // totalordering.go: a copy, m is left alone
	m = c.desugarOverloads(m)       // overload.go: a copy, m is left alone
	m = c.desugarClassDecorators(m) // classdeco.go: a copy, m is left alone
	m = c.desugarInitSubclass(m)    // initsubclass.go: a copy
	m = desugarMethodAliases(m)     // methalias.go: a copy
	m = desugarUnsafeHash(m)        // unsafehash.go: a copy
	c.nested = map[*ast.ClassDef]*Class{}
	m = desugarExitStar(desugarMethodDecorators(desugarFinal(c.hoistClasses(c.withBarrier(m))))) // barrier.go, nested.go, kinds.go, methdeco.go, exitstar.go: copies, m is left alone
	c.setattrStores = map[*ast.Attribute]bool{}
	m = desugarSetattr(m, c.setattrStores) // setattr.go
	m = c.desugarMatch(m)                  // match.go: a copy
	c.checkModule(m)
	c.looseUses(m)             // gatherloose.go
	c.classStoreConflicts()    // classvar_inst.go
	c.checkDels()              // delname.go
	c.resolveClassVarShadows() // clsobj.go
	c.unifyOverrides()         // floatpos.go
	c.moduleIntConsts(m)       // intconsts.go
	c.info.Body = m.Body
	return c.info, nil
}

type bailout struct{}

func (c *checker) errorf(pos ast.Pos, format string, args ...any) {
	if c.speculating > 0 {
		return
	}
	if pos.File == "" {
		pos.File = c.file
	}
	msg := fmt.Sprintf(format, args...)
	for _, e := range c.errs {
		if e.Pos == pos || (e.Pos.File == pos.File && e.Pos.Line == pos.Line && e.Msg == msg) {
			return // one error per position, one per line for one message
		}
	}
	c.errs = append(c.errs, &Error{Pos: pos, Msg: msg})
	if len(c.errs) >= 10 && !(c.ff != nil && c.ff.detect && len(c.ff.tags) > 0) && !(c.gen != nil && c.gen.probe) {
		panic(bailout{})
	}
}

func (c *checker) unsupported(n ast.Node, what string) {
	c.errorf(n.Position(), "%s is not supported yet", what)
}

// declare adds a symbol to scope s.
func (c *checker) declare(s *scope, sym *Symbol) *Symbol {
	s.names[sym.Name] = sym
	if s.fn != nil && sym.Kind == SymVar {
		sym.Owner = s.fn
		s.fn.Locals = append(s.fn.Locals, sym)
		if n := s.fn.unique[sym.Name]; n > 0 {
			sym.GoName = names.Derived(names.User(sym.Name), "v"+strconv.Itoa(n))
		}
		s.fn.unique[sym.Name]++
	}
	return sym
}

// lookup resolves a name from the current scope outwards.
func (c *checker) lookup(name string) *Symbol {
	first := true
	for s := c.sc; s != nil; s = s.parent {
		if s.class && !first {
			continue
		}
		first = false
		if sym := s.names[name]; sym != nil {
			return sym
		}
	}
	return c.builtins.names[name]
}

// use records a reference to sym from the current function, marking it
// captured when it belongs to an enclosing function.
func (c *checker) use(sym *Symbol) {
	if sym.Kind != SymVar || sym.Owner == nil || c.fn == nil || sym.Owner == c.fn {
		return
	}
	if sym.Owner == c.info.Module {
		return
	}
	sym.Captured = true
	for f := c.fn; f != nil && f != sym.Owner; f = f.Parent {
		found := false
		for _, x := range f.Free {
			if x == sym {
				found = true
			}
		}
		if !found {
			f.Free = append(f.Free, sym)
		}
	}
}

func newFuncInfo(name string, parent *FuncInfo) *FuncInfo {
	return &FuncInfo{Name: name, Parent: parent, unique: map[string]int{}}
}

// allowedModules lists importable modules.
var allowedModules = map[string]bool{
	"asyncio": true, "time": true, "random": true, "typing": true,
	"collections.abc": true, "contextlib": true, "dataclasses": true,
	"concurrent.futures": true, "collections": true, "enum": true, "math": true,
	"heapq": true, "bisect": true, "abc": true, "functools": true, "itertools": true,
	"sys":   true,
	"aiogo": true, // GoError and GoPanic
}

// extensionModules are importable only by a file that opts in with the
// line "# aiogo: extensions": LANGUAGE.md puts every module not in its
// list outside the language, and a program outside it must not compile
// by accident.
var extensionModules = map[string]bool{"collections": true, "enum": true, "math": true, "heapq": true, "bisect": true, "abc": true, "itertools": true, "functools": true, "json": true, "sys": true}

// moduleAllowed reports whether this file may import module name.
func (c *checker) moduleAllowed(name string) bool {
	return allowedModules[name] && (!extensionModules[name] || c.extensions)
}

// extensionHint explains how to use an extension module.
func extensionHint(name string) string {
	if extensionModules[name] && allowedModules[name] {
		return ` (an aiogo extension beyond the language contract: add the line "# aiogo: extensions" to the file to use it)`
	}
	return ""
}

func (c *checker) checkModule(m *ast.Module) {
	c.modBody = m.Body
	c.builtins = &scope{names: map[string]*Symbol{}}
	c.declareBuiltins()
	mod := newFuncInfo("<module>", nil)
	c.info.Module = mod
	c.module = &scope{names: map[string]*Symbol{}, parent: nil}
	c.sc = c.module
	c.fn = mod
	c.narrow = map[narrowKey]Type{}

	// Pass 1: imports, classes and functions are visible everywhere.
	for _, st := range m.Body {
		switch s := st.(type) {
		case *ast.Import:
			c.importStmt(s)
		case *ast.ImportFrom:
			c.importFrom(s)
		case *ast.ClassDef:
			again := c.redeclared(s.Name, s.Pos)
			cls := &Class{Name: s.Name}
			if pre := c.nested[s]; pre != nil {
				cls = pre // nested.go
			}
			cls.Methods, cls.Def = map[string]*Method{}, s
			c.info.Classes[s] = cls
			c.info.ClassList = append(c.info.ClassList, cls)
			if !again {
				c.module.names[s.Name] = &Symbol{Name: s.Name, Kind: SymClass, Class: cls, Type: &ClassRef{cls}, Pos: s.Pos}
			}
		case *ast.FuncDef:
			again := c.redeclared(s.Name, s.Pos)
			fi := newFuncInfo(s.Name, nil)
			fi.Def = s
			fi.IsAsync = s.IsAsync
			c.info.Funcs[s] = fi
			c.info.TopFuncs = append(c.info.TopFuncs, fi)
			if !again {
				c.module.names[s.Name] = &Symbol{Name: s.Name, Kind: SymFunc, Func: fi, Pos: s.Pos}
			}
		}
	}
	c.typeAliases(m) // alias.go
	// Pass 2: class headers and members.
	for _, st := range m.Body {
		if s, ok := st.(*ast.ClassDef); ok {
			c.classHeader(s)
		}
	}
	var inits []func()
	c.classInits = &inits
	// Protocols first: a callback protocol named in another class's
	// method stands for its __call__'s signature (protocol.go).
	for _, protocols := range []bool{true, false} {
		for _, st := range m.Body {
			if s, ok := st.(*ast.ClassDef); ok && c.info.Classes[s].Protocol == protocols {
				c.classMembers(s)
			}
		}
	}
	c.classInits = nil
	// Pass 3: function signatures.
	for _, st := range m.Body {
		if s, ok := st.(*ast.FuncDef); ok {
			fi := c.info.Funcs[s]
			c.signature(fi, s, nil)
			c.overloadSigs(fi, s, nil) // overload.go
			if sym := c.module.names[s.Name]; sym.Func == fi {
				sym.Type = fi.Sig
			}
		}
	}
	for _, check := range inits {
		check()
	}
	// Pass 4: module-level variables: types from annotations or first
	// assignment, then the module body in order.
	// A decorated function's decorators are typed where its def runs (they
	// may use module variables assigned above it).
	c.declareModuleVars(m.Body)
	for _, st := range m.Body {
		switch s := st.(type) {
		case *ast.FuncDef:
			if len(s.Decorators) > 0 {
				c.decorate(s)
			}
			continue
		case *ast.ClassDef, *ast.Import, *ast.ImportFrom:
			continue
		}
		c.stmt(st)
	}
	// Pass 5: bodies; those whose return type is inferred go first, so
	// that callers see it.
	for _, st := range m.Body {
		if s, ok := st.(*ast.FuncDef); ok && c.info.Funcs[s].InferRet {
			c.funcBody(c.info.Funcs[s], s.Body)
		}
	}
	for _, st := range m.Body {
		switch s := st.(type) {
		case *ast.FuncDef:
			if !c.info.Funcs[s].bodyDone {
				c.funcBody(c.info.Funcs[s], s.Body)
			}
		case *ast.ClassDef:
			c.classBodies(s)
		}
	}
	c.endPartials(c.info.Module) // module-level empty collections no function completed
	c.checkOverrides()           // override.go
}

// redeclared refuses a second module-level class or def of one name
// (mypy's no-redef; CPython binds the last one): the first one keeps the
// name, so its uses are checked against it.
func (c *checker) redeclared(name string, pos ast.Pos) bool {
	if prev := c.module.names[name]; prev != nil && (prev.Kind == SymClass || prev.Kind == SymFunc) && prev.Pos.Line > 0 {
		c.errorf(pos, "%s redeclared in this module (previous definition at line %d)", name, prev.Pos.Line)
		return true
	}
	return false
}

func (c *checker) declareModuleVars(body []ast.Stmt) {
	var walk func(stmts []ast.Stmt)
	walk = func(stmts []ast.Stmt) {
		for _, st := range stmts {
			switch s := st.(type) {
			case *ast.Assign:
				for _, t := range s.Targets {
					c.collectTargetNames(t, c.module)
				}
			case *ast.AnnAssign:
				c.collectTargetNames(s.Target, c.module)
			case *ast.AugAssign:
				c.collectTargetNames(s.Target, c.module)
			case *ast.For:
				c.collectTargetNames(s.Target, c.module)
				walk(s.Body)
				walk(s.Orelse)
			case *ast.If:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.While:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.With:
				for _, it := range s.Items {
					if it.Target != nil {
						c.collectTargetNames(it.Target, c.module)
					}
				}
				walk(s.Body)
			case *ast.Try:
				walk(s.Body)
				for _, h := range s.Handlers {
					walk(h.Body)
				}
				walk(s.Orelse)
				walk(s.Finalbody)
			}
		}
	}
	walk(body)
}

func (c *checker) collectTargetNames(t ast.Expr, s *scope) {
	switch x := t.(type) {
	case *ast.Name:
		if s.names[x.ID] == nil {
			sym := &Symbol{Name: x.ID, Kind: SymVar, Pos: x.Pos}
			if s.fn == nil {
				s.names[x.ID] = sym
				c.info.Globals = append(c.info.Globals, sym)
				sym.Owner = c.info.Module
			} else {
				c.declare(s, sym)
			}
		}
	case *ast.TupleExpr:
		for _, e := range x.Elems {
			c.collectTargetNames(e, s)
		}
	case *ast.ListExpr:
		for _, e := range x.Elems {
			c.collectTargetNames(e, s)
		}
	case *ast.Starred:
		c.collectTargetNames(x.Value, s)
	}
}

func (c *checker) importStmt(s *ast.Import) {
	for _, a := range s.Names {
		if !c.moduleAllowed(a.Name) {
			if hint := extensionHint(a.Name); hint != "" {
				c.errorf(a.Pos, "import of module %q is outside the aiogo language%s", a.Name, hint)
			} else {
				c.errorf(a.Pos, "import of module %q is outside the aiogo language (allowed: asyncio, time, random, typing, collections.abc, contextlib, dataclasses)", a.Name)
			}
			if a.AsName != "" {
				c.refuse(a.AsName)
			} else {
				c.refuse(strings.SplitN(a.Name, ".", 2)[0])
			}
			continue
		}
		name := a.Name
		if a.AsName != "" {
			name = a.AsName
		}
		c.module.names[name] = &Symbol{Name: name, Kind: SymModule, Type: &ModuleType{a.Name}, Pos: a.Pos}
	}
}

// onlyTracebackType reports `from types import TracebackType` (the one
// name of module types the language admits, as an annotation).
func onlyTracebackType(s *ast.ImportFrom) bool {
	for _, a := range s.Names {
		if a.Name != "TracebackType" {
			return false
		}
	}
	return len(s.Names) > 0
}

func (c *checker) importFrom(s *ast.ImportFrom) {
	if s.Module == "__future__" {
		return
	}
	if s.Module == "types" && s.Level == 0 && onlyTracebackType(s) {
		// The classic __exit__/__aexit__ signature's traceback parameter
		// (tb: TracebackType | None): a value only passed along, typed
		// object as the language types a traceback.
		for _, a := range s.Names {
			name := a.Name
			if a.AsName != "" {
				name = a.AsName
			}
			c.module.names[name] = &Symbol{Name: name, Kind: SymType, Type: &TypeName{Object}, Pos: s.Pos}
		}
		return
	}
	if !c.moduleAllowed(s.Module) || s.Level > 0 {
		c.errorf(s.Pos, "import from module %q is outside the aiogo language%s", s.Module, extensionHint(s.Module))
		for _, a := range s.Names {
			if a.AsName != "" {
				c.refuse(a.AsName)
			} else {
				c.refuse(a.Name)
			}
		}
		return
	}
	for _, a := range s.Names {
		name := a.Name
		if a.AsName != "" {
			name = a.AsName
		}
		sym := c.moduleMember(s.Module, a.Name)
		if sym == nil {
			c.lazyRefuse(name, s.Module+"."+a.Name) // diag.go: reported where it is used
			continue
		}
		cp := *sym
		cp.Name = name
		c.module.names[name] = &cp
	}
}

// moduleMember resolves "from M import name" to a symbol.
func (c *checker) moduleMember(mod, name string) *Symbol {
	switch mod {
	case "typing", "collections.abc":
		if mod == "typing" && name == "cast" {
			return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{"typing.cast"}}
		}
		if mod == "typing" && name == "Type" { // typing.Type[X]: type[X]
			return &Symbol{Name: name, Kind: SymType, Type: &TypeName{&AnyType{"typing.Type"}}}
		}
		if mod == "typing" && name == "NamedTuple" {
			return &Symbol{Name: name, Kind: SymClass, Class: NamedTupleClass, Type: &ClassRef{NamedTupleClass}} // namedtuple.go
		}
		if name == "runtime_checkable" { // a Protocol's class decorator (decl.go)
			return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{"typing.runtime_checkable"}}
		}
		if mod == "typing" && name == "assert_never" { // noreturn.go
			return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{"typing.assert_never"}}
		}
		if mod == "typing" && (name == "AsyncContextManager" || name == "ContextManager") { // cmabstract.go
			return &Symbol{Name: name, Kind: SymType, Type: &TypeName{&AnyType{mod + "." + name}}}
		}
		switch name {
		case "Any", "Callable", "Coroutine", "Awaitable", "Optional", "Union", "AsyncIterator",
			"AsyncGenerator", "Iterator", "Generator", "Iterable", "AsyncIterable", "List", "Dict",
			"Protocol", "Sequence", "Collection", "AbstractSet", "Mapping", "MutableMapping", "MutableSequence", "MutableSet",
			"Tuple", "Set", "FrozenSet", "Self", "TypeVar", "TypedDict", "NoReturn", "Never", "TypeGuard", "TypeAlias", "Literal", "Final", "ClassVar", "NewType",
			"Required", "NotRequired", "KeysView", "ValuesView", "ItemsView":
			return &Symbol{Name: name, Kind: SymType, Type: &TypeName{&AnyType{mod + "." + name}}}
		}
	case "asyncio":
		if cls := c.barrierClass(name); cls != nil { // barrier.go
			return &Symbol{Name: name, Kind: SymClass, Class: cls, Type: &ClassRef{cls}}
		}
		return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{"asyncio." + name}}
	case "dataclasses":
		if name == "dataclass" || name == "field" || name == "replace" || name == "asdict" || name == "astuple" || name == "fields" {
			return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{"dataclasses." + name}}
		}
	case "contextlib":
		return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{"contextlib." + name}}
	case "time", "random":
		return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{mod + "." + name}}
	case "enum":
		return enumModuleMember(name) // enum.go
	case "collections", "math", "heapq", "bisect", "itertools":
		return tableModuleMember(mod, name) // collections.go
	case "sys":
		return sysModuleMember(name) // sysmod.go
	case "abc":
		return abcMember(name) // abc.go
	case "functools":
		if name == "cache" || name == "lru_cache" || name == "total_ordering" { // memo.go, totalordering.go
			return &Symbol{Name: name, Kind: SymBuiltin, Type: &BuiltinFunc{"functools." + name}}
		}
		return tableModuleMember(mod, name) // functools.reduce
	case "concurrent.futures":
		switch name {
		case "Future": // what run_coroutine_threadsafe returns
			return &Symbol{Name: name, Kind: SymType, Type: &TypeName{&AnyType{mod + "." + name}}}
		case "TimeoutError": // an alias of the built-in since 3.11
			if cls := c.builtinClass(name); cls != nil {
				return &Symbol{Name: name, Kind: SymClass, Class: cls, Type: &ClassRef{cls}}
			}
		}
	case "aiogo":
		if name == "GoError" || name == "GoPanic" {
			cls := c.excClasses[name]
			return &Symbol{Name: name, Kind: SymClass, Class: cls, Type: &ClassRef{cls}}
		}
	}
	return nil
}

// decorate types the decorators of module-level function s: its name is
// bound to dec(fn), decorators applied bottom-up (Info.Decorated).
func (c *checker) decorate(s *ast.FuncDef) {
	fi := c.info.Funcs[s]
	if t := c.decorated(s, fi); t != nil {
		fi.Decorated = t
		c.module.names[s.Name].Type = t
	}
}

// decorated is the type of dec(fn) for the decorators of def s (fn of
// type fi.Sig), applied bottom-up; nil after an error.
func (c *checker) decorated(s *ast.FuncDef, fi *FuncInfo) Type {
	var t Type = fi.Sig
	for i := len(s.Decorators) - 1; i >= 0 && t != nil; i-- {
		d := s.Decorators[i]
		if mt, isMemo := c.memoDecorator(d, t, fi); isMemo { // memo.go
			t = mt
			continue
		}
		if gt, isGen := c.genDecorator(d, t); isGen {
			t = gt
			continue
		}
		dv := c.expr(d)
		dt, ok := dv.(*Func)
		if m := CallMethod(dv); m != nil && !m.IsAsync { // @retry(3): an object whose __call__ decorates (expr.go)
			dt, ok = m.Sig, true
		}
		if cr, isCls := dv.(*ClassRef); isCls {
			if p := DecoratorClassParam(cr.Class); p != nil { // @Memo: the name is bound to Memo(fn) (callable.go)
				dt, ok = &Func{Params: []Param{*p}, Ret: cr.Class}, true
			}
		}
		if !ok || len(dt.Params) != 1 {
			c.errorf(d.Position(), "decorator must be a function of one argument returning the decorated function")
			t = nil
			break
		}
		c.assignable(t, dt.Params[0].Type, d, "decorator argument")
		t = dt.Ret
	}
	return t
}
