// Package ir is aiogo's intermediate representation: each function is a
// control-flow graph of basic blocks whose instructions hold type-checked
// expression trees with no suspension points inside them.
//
// # Theory of operation
//
// Lowering (Build) walks a function's statements and emits blocks. Every
// `await` ends a block with an Await terminator; the block that follows is
// a resume point. Expressions that contain awaits are normalised first so
// that each await stands at statement level: sub-expressions that Python
// evaluates before the await are spilled into temporaries, and
// short-circuiting forms (and/or, conditional expressions) and
// comprehensions that contain awaits become explicit branches and loops.
// The original expression tree is kept; Func.Subst maps each replaced
// sub-expression to the temporary holding its value, so the code generator
// prints the tree and substitutes where told.
//
// Before:
//
//	async def f(x: int) -> int:
//	    y = g(x) + await h(x)
//	    return y
//
// After (blocks):
//
//	b0:  t0 = g(x)                      // spilled: evaluated before the await
//	     await h(x) -> t1, resume b1    // suspension point 1
//	b1:  y = t0 + t1                    // Subst: g(x) -> t0, await h(x) -> t1
//	     return y
//
// A liveness pass then decides which variables live across a suspension
// point (here t0, but not x or y): those become fields of the coroutine's
// frame struct, everything else stays a Go local of the resume method.
//
// Exceptions: each block names its Handler, the block that receives an
// exception raised while it runs (nil: the exception leaves the function).
// A handler block starts by binding the current exception and dispatches
// over except clauses with MatchExc terminators. finally blocks and with
// statements are reached through pending-completion records (a code and a
// pending exception replayed by a Switch at the end of the cleanup); see
// try.go.
package ir

import (
	"fmt"
	"strings"

	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/names"
)

// Func is one lowered function.
type Func struct {
	Info   *check.FuncInfo
	Name   string // Go-level name
	Blocks []*Block
	Vars   []*Var
	// Subst maps expressions evaluated earlier (awaits, spilled operands,
	// lowered short-circuits) to the temporaries that hold their values.
	Subst map[ast.Expr]*Var
	// Fields maps an f-string to the temporaries holding the formatted
	// text of its replacement fields (per part; nil: not formatted
	// earlier): a field before an await is formatted before it, as
	// Python does (a user __format__ or __str__ runs then).
	Fields map[*ast.FString][]*Var
	// Types holds the types of the expression nodes lowering made up (names
	// standing for temporaries, implicit None values); the checker's Info
	// covers the rest. Lowering never writes into the checker's Info.
	Types map[ast.Expr]check.Type
	// SymVars maps the function's own symbols to their variables.
	SymVars map[*check.Symbol]*Var
	// ExcVar holds the exception being handled (set when a handler is entered).
	HasTry bool
	// Awaits counts suspension points.
	Awaits int
	// Nested functions and lambdas defined in this one.
	Nested []*Func
	// Comps are comprehensions lowered into loops (they contain awaits).
	Comps map[ast.Expr]bool
	// Lambdas maps lambda expressions in this function to their lowering.
	Lambdas map[*ast.Lambda]*Func
	// Defaults holds, per nested def of this function, the temporaries
	// its default values are evaluated into when the def runs (nil for
	// parameters without one): calls that leave them out read them. They
	// are kept in the frame, since the calls are not IR uses.
	Defaults map[*check.FuncInfo][]*Var
	// Reusable says that frames of the function may be recycled by the
	// functions awaiting it, and ReuseSlots lists the callees whose frames
	// it keeps (FrameReusePass).
	Reusable   bool
	ReuseSlots []*Func

	// Unbound maps the reads of locals that may not be assigned yet to
	// the flag saying whether they are (unbound.go): the read raises
	// UnboundLocalError when it is false.
	Unbound  map[*ast.Name]*Var
	nameUse  func(*ast.Name, *Var) // unbound.go's view of reads
	info     *check.Info
	nextTemp int
}

// Var is a local variable or a compiler temporary.
type Var struct {
	ID      int
	Name    string
	Type    check.Type
	Sym     *check.Symbol // nil for temporaries
	Param   bool
	Cell    bool // captured by a nested function: lives in a heap cell
	InFrame bool // live across a suspension point (or into a handler)
	// Kind says what the variable holds beyond its Python type.
	Kind VarKind
	// IterType is the type iterated over, for VarIter, VarDeleg and
	// VarAIter variables (their Go type is derived from it).
	IterType check.Type
}

// VarKind classifies variables whose Go representation differs from
// their Python type.
type VarKind int

// The kinds of variables.
const (
	// VarPlain is a local, a parameter or an ordinary temporary.
	VarPlain VarKind = iota
	// VarFree is a variable of an enclosing function that this one
	// captures: it is reached through the enclosing function's cell.
	VarFree
	// VarIter is the iterator of a for loop or comprehension clause over
	// IterType.
	VarIter
	// VarExc holds an exception: one caught by a handler, or one pending
	// while a finally block runs.
	VarExc
	// VarDeleg is the delegate of a yield from over IterType.
	VarDeleg
	// VarAIter is the async iterator of an async for over IterType.
	VarAIter
)

var varKindNames = [...]string{"plain", "free", "iter", "exc", "deleg", "aiter"}

func (k VarKind) String() string {
	if int(k) < len(varKindNames) {
		return varKindNames[k]
	}
	return fmt.Sprintf("VarKind(%d)", int(k))
}

func (v *Var) String() string { return v.Name }

// Block is a basic block.
type Block struct {
	ID      int
	Instrs  []Instr
	Term    Term
	Handler *Block
	Pos     ast.Pos
	// Resume marks blocks entered from the resume switch: continuations
	// after awaits and exception handlers.
	Resume bool
	// ResumeID numbers resume points (state values) when Resume is set.
	ResumeID int
	// Await is set on the continuation block of an await.
	AwaitFrom *Await
	Preds     []*Block
	liveIn    map[*Var]bool
}

// Instr is a non-terminating instruction.
type Instr interface {
	instr()
	// Effects calls use for each variable the instruction reads and def
	// for each it writes, in the order it does so (see effects.go).
	Effects(f *Func, def, use func(*Var))
}

// Term ends a block.
type Term interface {
	// Succs lists the blocks control may continue at.
	Succs() []*Block
	// Effects reports the variables the terminator reads (and writes)
	// before control leaves the block.
	Effects(f *Func, def, use func(*Var))
	// EdgeEffects reports the variables written on the way to successor
	// to (and read to write them): a loop target on entry to the loop
	// body, an await's destination on resumption.
	EdgeEffects(f *Func, to *Block, def, use func(*Var))
}

// Assign stores Value into a Python assignment target (name, attribute,
// subscript or tuple of targets).
type Assign struct {
	Pos    ast.Pos
	Target ast.Expr
	Value  ast.Expr
}

// SetVar stores Value into a temporary.
type SetVar struct {
	Pos   ast.Pos
	Var   *Var
	Value ast.Expr
	// Conv, when non-nil, is the type Value is converted to.
	Conv check.Type
	// Spill marks the evaluation of a spilled sub-expression: Value is
	// itself mapped to Var in Subst, so its root must not be substituted.
	Spill bool
	// Empty marks the start of a lowered comprehension (Value, in
	// Func.Comps): Var, its result, starts as an empty container. Any other
	// SetVar of such a Value copies the comprehension's result.
	Empty bool
}

// Eval evaluates an expression for its effects.
type Eval struct {
	Pos  ast.Pos
	Expr ast.Expr
}

// AugAssign is Target Op= Value.
type AugAssign struct {
	Pos    ast.Pos
	Target ast.Expr
	Op     string
	Value  ast.Expr
	// Old, when set, holds the target's value read before Value's awaits
	// (Python reads the target first); the operation uses it instead of
	// reading the target again.
	Old *Var
}

// Delete is del Target (a subscript).
type Delete struct {
	Pos    ast.Pos
	Target ast.Expr
}

// IterInit starts iterating over Src into the iterator variable Iter.
type IterInit struct {
	Pos  ast.Pos
	Iter *Var
	Src  ast.Expr
}

// Append appends Value to the list, set or dict held in Var (lowered
// comprehensions). For dicts Key is set.
type Append struct {
	Pos   ast.Pos
	Var   *Var
	Key   ast.Expr
	Value ast.Expr
}

// BindExc stores the exception being handled into Var (the handler's
// "as" name, or the try statement's exception temporary).
type BindExc struct {
	Pos ast.Pos
	Var *Var
	// From is the exception temporary to copy from; nil means the
	// function's current exception slot.
	From *Var
}

// DefFunc creates a closure for a nested def and stores it in Var.
type DefFunc struct {
	Pos  ast.Pos
	Var  *Var
	Func *Func
}

// BindDefaults evaluates the default values of module-level functions
// or of a class's methods where the def (the class statement) runs, as
// CPython does: a default reading a module variable sees its value at
// that point, and one calling a function calls it once. Literal defaults
// need no binding (see BoundDefault).
type BindDefaults struct {
	Pos   ast.Pos
	Funcs []*check.FuncInfo
}

// BoundDefault reports whether the default value e of a module-level
// function or method is evaluated by BindDefaults (anything but a literal).
func BoundDefault(e ast.Expr) bool { return !ast.IsLiteral(e) }

// Decorate binds the module-level name of a decorated function to its
// decorators applied to it (check.FuncInfo.Decorated), where its def
// runs: decorators may use module variables assigned above the def, and
// their effects happen in order with the module's other statements.
type Decorate struct {
	Pos  ast.Pos
	Def  *ast.FuncDef
	Info *check.FuncInfo
}

func (*Decorate) instr()     {}
func (*BindDefaults) instr() {}
func (*Assign) instr()       {}
func (*SetVar) instr()       {}
func (*Eval) instr()         {}
func (*AugAssign) instr()    {}
func (*Delete) instr()       {}
func (*IterInit) instr()     {}
func (*Append) instr()       {}
func (*BindExc) instr()      {}
func (*DefFunc) instr()      {}

// Jump continues at To.
type Jump struct{ To *Block }

// Branch goes to Then if Cond is true (Python truthiness), else to Else.
type Branch struct {
	Pos        ast.Pos
	Cond       ast.Expr
	Then, Else *Block
}

// Return leaves the function; Value is nil for a bare return.
type Return struct {
	Pos   ast.Pos
	Value ast.Expr
}

// Await suspends until Value (an awaitable expression) is done, stores its
// result into Dst (nil: discarded) and continues at Next.
type Await struct {
	Pos   ast.Pos
	Value ast.Expr
	Dst   *Var
	Next  *Block
	ID    int // 1-based suspension point number
	// Result is the awaited result type.
	Result check.Type
	// CM, when set, makes this the await of a context manager's
	// __aenter__ (CMOp == CMEnter) or __aexit__ (CMExit, with the
	// exception in CMExc, nil for a normal exit); Value is nil.
	CM    *WithMgr
	CMOp  CMOp
	CMExc *Var

	// Kind says how the await holds what it awaits; Callee is the
	// coroutine a frame, direct or reuse await calls and Op the operation
	// an op await embeds (AwaitKindsPass, FrameReusePass).
	Kind   AwaitKind
	Callee *Func
	Op     SyncOp
}

// Raise raises Exc (a class or instance expression); with Exc nil it
// re-raises the exception in ExcVar.
type Raise struct {
	Pos    ast.Pos
	Exc    ast.Expr
	ExcVar *Var
	// AssertMsg marks the AssertionError of a failed assert: Exc is then the
	// message expression or nil.
	Assert bool
	// Cause is the expression after "from" (raise X from Y), or nil.
	Cause ast.Expr
}

// ForNext advances Iter: if it yields a value, assigns Target and goes to
// Body, otherwise goes to Exit.
type ForNext struct {
	Pos    ast.Pos
	Iter   *Var
	Target ast.Expr
	Body   *Block
	Exit   *Block
	// TargetVar, when set, receives the value instead of Target.
	TargetVar *Var
}

// MatchExc tests whether the exception in ExcVar is an instance of Class
// (an exception class or a tuple of them).
type MatchExc struct {
	Pos        ast.Pos
	ExcVar     *Var
	Class      ast.Expr
	Then, Else *Block
}

// Succs implementations.
func (t *Jump) Succs() []*Block     { return []*Block{t.To} }
func (t *Branch) Succs() []*Block   { return []*Block{t.Then, t.Else} }
func (t *Return) Succs() []*Block   { return nil }
func (t *Await) Succs() []*Block    { return []*Block{t.Next} }
func (t *Raise) Succs() []*Block    { return nil }
func (t *ForNext) Succs() []*Block  { return []*Block{t.Body, t.Exit} }
func (t *MatchExc) Succs() []*Block { return []*Block{t.Then, t.Else} }

// Dump renders the CFG for debugging and golden tests.
func (f *Func) Dump() string {
	var b strings.Builder
	fmt.Fprintf(&b, "func %s\n", f.Name)
	for _, v := range f.Vars {
		flags := ""
		if v.InFrame {
			flags += " frame"
		}
		if v.Cell {
			flags += " cell"
		}
		if v.Param {
			flags += " param"
		}
		fmt.Fprintf(&b, "  var %s %v%s\n", v.Name, v.Type, flags)
	}
	for _, bl := range f.Blocks {
		fmt.Fprintf(&b, "b%d:", bl.ID)
		if bl.Resume {
			fmt.Fprintf(&b, " resume=%d", bl.ResumeID)
		}
		if bl.Handler != nil {
			fmt.Fprintf(&b, " handler=b%d", bl.Handler.ID)
		}
		b.WriteString("\n")
		for _, in := range bl.Instrs {
			fmt.Fprintf(&b, "  %T\n", in)
		}
		switch t := bl.Term.(type) {
		case *Jump:
			fmt.Fprintf(&b, "  jump b%d\n", t.To.ID)
		case *Branch:
			fmt.Fprintf(&b, "  branch b%d b%d\n", t.Then.ID, t.Else.ID)
		case *Await:
			fmt.Fprintf(&b, "  await #%d -> b%d\n", t.ID, t.Next.ID)
		case *ForNext:
			fmt.Fprintf(&b, "  fornext %s b%d b%d\n", t.Iter.Name, t.Body.ID, t.Exit.ID)
		case *MatchExc:
			fmt.Fprintf(&b, "  matchexc b%d b%d\n", t.Then.ID, t.Else.ID)
		case *Switch:
			fmt.Fprintf(&b, "  switch %s", t.Var.Name)
			for _, c := range t.Cases {
				fmt.Fprintf(&b, " %d:b%d", c.Value, c.To.ID)
			}
			fmt.Fprintf(&b, " default:b%d\n", t.Default.ID)
		case nil:
			b.WriteString("  <none>\n")
		default:
			fmt.Fprintf(&b, "  %T\n", t)
		}
	}
	return b.String()
}

// GoName maps a Python identifier to its Go identifier (see package names).
func GoName(name string) string { return names.User(name) }

// SymName is the Go identifier of a symbol: the name the checker chose
// for a rebound or comprehension variable, else its Python name mapped.
func SymName(sym *check.Symbol) string {
	if sym.GoName != "" {
		return sym.GoName
	}
	return names.User(sym.Name)
}
