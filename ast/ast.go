// Package ast defines the syntax tree of an aiogo source file: the typed
// Python 3.11 subset described in LANGUAGE.md.
//
// The parser builds it, the checker annotates it (types live in side
// tables keyed by node, never in the nodes), and the lowering pass turns it
// into IR. Every node carries the position of its first token.
//
// The tree covers every statement and expression form of the language, even
// those that later compiler stages reject as "not supported yet": the
// parser's job is only to say what the programmer wrote.
package ast

import "fmt"

// Pos is a source position: file name, 1-based line and 1-based column
// (counted in bytes, as the Go compiler does).
type Pos struct {
	File string
	Line int
	Col  int
}

// String formats the position as file:line:col.
func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// Before reports whether p comes before q in the same file.
func (p Pos) Before(q Pos) bool { return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col }

// Node is any syntax tree node.
type Node interface {
	Position() Pos
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Module is one source file.
type Module struct {
	Pos  Pos
	Body []Stmt
	// Extensions is set when the file opts in, with the comment line
	// "# aiogo: extensions", to modules beyond the language contract
	// (enum, collections, math).
	Extensions bool
	// TypeIgnores holds the lines carrying a "# type: ignore" comment
	// (mypy silences its errors on them; the checker honours it where
	// CPython's behaviour is still defined, e.g. an Optional function
	// falling off its end).
	TypeIgnores map[int]bool
}

// Position implements Node.
func (m *Module) Position() Pos { return m.Pos }

// ---------------------------------------------------------------------------
// Expressions

// Name is an identifier reference.
type Name struct {
	Pos Pos
	ID  string
}

// IntLit is an integer literal. Text is the literal as written; Value is
// its value, and Overflow reports a literal that does not fit in int64.
type IntLit struct {
	Pos      Pos
	Text     string
	Value    int64
	Overflow bool
}

// FloatLit is a floating-point literal.
type FloatLit struct {
	Pos   Pos
	Text  string
	Value float64
}

// ImagLit is an imaginary literal (1j); never supported, kept so the
// checker can say so.
type ImagLit struct {
	Pos  Pos
	Text string
}

// StrLit is a string literal after concatenation of adjacent literals and
// escape processing. Literals that contain f-string parts become FString.
type StrLit struct {
	Pos   Pos
	Value string
}

// BytesLit is a bytes literal; Value holds the raw bytes.
type BytesLit struct {
	Pos   Pos
	Value string
}

// FString is an f-string (possibly concatenated with plain literals).
// Parts alternate freely between literal text and replacement fields.
type FString struct {
	Pos   Pos
	Parts []FStringPart
}

// FStringPart is one piece of an f-string: either literal text (Expr nil)
// or a replacement field {Expr!Conv:Spec}.
type FStringPart struct {
	Lit  string
	Expr Expr
	// SelfDoc is the source text of the expression plus "=" (and any
	// surrounding spaces) for the f"{x=}" form; empty otherwise.
	SelfDoc string
	// Conv is 0, 'r', 's' or 'a'.
	Conv rune
	// Spec is the format spec, itself an f-string (it may nest fields);
	// nil when absent.
	Spec *FString
}

// NoneLit is None.
type NoneLit struct{ Pos Pos }

// BoolLit is True or False.
type BoolLit struct {
	Pos   Pos
	Value bool
}

// EllipsisLit is "...".
type EllipsisLit struct{ Pos Pos }

// ListExpr is [a, b, ...].
type ListExpr struct {
	Pos   Pos
	Elems []Expr
}

// TupleExpr is (a, b) or a bare a, b.
type TupleExpr struct {
	Pos   Pos
	Elems []Expr
}

// SetExpr is {a, b}.
type SetExpr struct {
	Pos   Pos
	Elems []Expr
}

// DictExpr is {k: v, ...}. A nil key means a **mapping unpacking in that
// slot (value holds the mapping).
type DictExpr struct {
	Pos    Pos
	Keys   []Expr
	Values []Expr
}

// Comprehension is one "for Target in Iter if Cond..." clause.
type Comprehension struct {
	Pos     Pos
	IsAsync bool
	Target  Expr
	Iter    Expr
	Ifs     []Expr
}

// ListComp is [Elt for ...].
type ListComp struct {
	Pos  Pos
	Elt  Expr
	Gens []*Comprehension
}

// SetComp is {Elt for ...}.
type SetComp struct {
	Pos  Pos
	Elt  Expr
	Gens []*Comprehension
}

// DictComp is {Key: Value for ...}.
type DictComp struct {
	Pos   Pos
	Key   Expr
	Value Expr
	Gens  []*Comprehension
}

// GeneratorExp is (Elt for ...), also as the sole argument of a call.
type GeneratorExp struct {
	Pos  Pos
	Elt  Expr
	Gens []*Comprehension
}

// BinOp operators.
const (
	Add      = "+"
	Sub      = "-"
	Mul      = "*"
	Div      = "/"
	FloorDiv = "//"
	Mod      = "%"
	Pow      = "**"
	LShift   = "<<"
	RShift   = ">>"
	BitOr    = "|"
	BitXor   = "^"
	BitAnd   = "&"
	MatMul   = "@"
)

// BinOp is Left Op Right for an arithmetic or bitwise operator.
type BinOp struct {
	Pos   Pos
	Op    string
	Left  Expr
	Right Expr
}

// UnaryOp is Op Operand with Op one of "-", "+", "~", "not".
type UnaryOp struct {
	Pos     Pos
	Op      string
	Operand Expr
}

// BoolOp is a chain of "and" or "or" (Op) over Values, left to right.
type BoolOp struct {
	Pos    Pos
	Op     string
	Values []Expr
}

// Compare is a chained comparison Left Ops[0] Comparators[0] Ops[1] ...
// Ops are "<", ">", "==", ">=", "<=", "!=", "in", "not in", "is", "is not".
type Compare struct {
	Pos         Pos
	Left        Expr
	Ops         []string
	Comparators []Expr
}

// IfExp is Body if Test else Orelse.
type IfExp struct {
	Pos    Pos
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Lambda is lambda Params: Body. Lambda parameters carry no annotations.
type Lambda struct {
	Pos    Pos
	Params []*Param
	Body   Expr
}

// Await is await Value.
type Await struct {
	Pos   Pos
	Value Expr
}

// Yield is yield [Value]; Value may be nil.
type Yield struct {
	Pos   Pos
	Value Expr
}

// YieldFrom is yield from Value.
type YieldFrom struct {
	Pos   Pos
	Value Expr
}

// NamedExpr is Target := Value.
type NamedExpr struct {
	Pos    Pos
	Target *Name
	Value  Expr
}

// Starred is *Value, in a call argument list, a display or an assignment
// target.
type Starred struct {
	Pos   Pos
	Value Expr
}

// MatchAs is the capture "Pattern as Name" nested in a case pattern
// (case ["go", ("north" | "south") as d]); the checker lowers it with the
// match statement.
type MatchAs struct {
	Pos     Pos
	Pattern Expr
	Name    string
	NamePos Pos
}

// Keyword is a keyword argument Name=Value; Name "" means **Value.
type Keyword struct {
	Pos   Pos
	Name  string
	Value Expr
}

// Call is Func(Args..., Keywords...).
type Call struct {
	Pos      Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Attribute is Value.Attr.
type Attribute struct {
	Pos     Pos
	Value   Expr
	Attr    string
	AttrPos Pos
}

// Subscript is Value[Index]. A tuple index (d[1, 2]) is a TupleExpr.
type Subscript struct {
	Pos   Pos
	Value Expr
	Index Expr
}

// Slice is Lower:Upper:Step inside a subscript; any part may be nil.
type Slice struct {
	Pos   Pos
	Lower Expr
	Upper Expr
	Step  Expr
}

func (*Name) exprNode()         {}
func (*IntLit) exprNode()       {}
func (*FloatLit) exprNode()     {}
func (*ImagLit) exprNode()      {}
func (*StrLit) exprNode()       {}
func (*BytesLit) exprNode()     {}
func (*FString) exprNode()      {}
func (*NoneLit) exprNode()      {}
func (*BoolLit) exprNode()      {}
func (*EllipsisLit) exprNode()  {}
func (*ListExpr) exprNode()     {}
func (*TupleExpr) exprNode()    {}
func (*SetExpr) exprNode()      {}
func (*DictExpr) exprNode()     {}
func (*ListComp) exprNode()     {}
func (*SetComp) exprNode()      {}
func (*DictComp) exprNode()     {}
func (*GeneratorExp) exprNode() {}
func (*BinOp) exprNode()        {}
func (*UnaryOp) exprNode()      {}
func (*BoolOp) exprNode()       {}
func (*Compare) exprNode()      {}
func (*IfExp) exprNode()        {}
func (*Lambda) exprNode()       {}
func (*Await) exprNode()        {}
func (*Yield) exprNode()        {}
func (*YieldFrom) exprNode()    {}
func (*NamedExpr) exprNode()    {}
func (*Starred) exprNode()      {}
func (*MatchAs) exprNode()      {}
func (*Call) exprNode()         {}
func (*Attribute) exprNode()    {}
func (*Subscript) exprNode()    {}
func (*Slice) exprNode()        {}

// Position implementations.
func (n *Name) Position() Pos         { return n.Pos }
func (n *IntLit) Position() Pos       { return n.Pos }
func (n *FloatLit) Position() Pos     { return n.Pos }
func (n *ImagLit) Position() Pos      { return n.Pos }
func (n *StrLit) Position() Pos       { return n.Pos }
func (n *BytesLit) Position() Pos     { return n.Pos }
func (n *FString) Position() Pos      { return n.Pos }
func (n *NoneLit) Position() Pos      { return n.Pos }
func (n *BoolLit) Position() Pos      { return n.Pos }
func (n *EllipsisLit) Position() Pos  { return n.Pos }
func (n *ListExpr) Position() Pos     { return n.Pos }
func (n *TupleExpr) Position() Pos    { return n.Pos }
func (n *SetExpr) Position() Pos      { return n.Pos }
func (n *DictExpr) Position() Pos     { return n.Pos }
func (n *ListComp) Position() Pos     { return n.Pos }
func (n *SetComp) Position() Pos      { return n.Pos }
func (n *DictComp) Position() Pos     { return n.Pos }
func (n *GeneratorExp) Position() Pos { return n.Pos }
func (n *BinOp) Position() Pos        { return n.Pos }
func (n *UnaryOp) Position() Pos      { return n.Pos }
func (n *BoolOp) Position() Pos       { return n.Pos }
func (n *Compare) Position() Pos      { return n.Pos }
func (n *IfExp) Position() Pos        { return n.Pos }
func (n *Lambda) Position() Pos       { return n.Pos }
func (n *Await) Position() Pos        { return n.Pos }
func (n *Yield) Position() Pos        { return n.Pos }
func (n *YieldFrom) Position() Pos    { return n.Pos }
func (n *NamedExpr) Position() Pos    { return n.Pos }
func (n *Starred) Position() Pos      { return n.Pos }
func (n *MatchAs) Position() Pos      { return n.Pos }
func (n *Keyword) Position() Pos      { return n.Pos }
func (n *Call) Position() Pos         { return n.Pos }
func (n *Attribute) Position() Pos    { return n.Pos }
func (n *Subscript) Position() Pos    { return n.Pos }
func (n *Slice) Position() Pos        { return n.Pos }

// ---------------------------------------------------------------------------
// Statements

// Param is a function or lambda parameter. Kind is "" for a normal
// parameter, "*" for *args, "**" for **kwargs. The bare "/" and "*"
// markers are not parameters: the parameters before a "/" have PosOnly
// set, those after a "*" or a *args parameter KwOnly.
type Param struct {
	Pos        Pos
	Name       string
	Kind       string
	Annotation Expr // nil when absent
	Default    Expr // nil when absent
	PosOnly    bool // before a "/" marker: positional-only
	KwOnly     bool // after "*" or *args: keyword-only
}

// Position implements Node.
func (p *Param) Position() Pos { return p.Pos }

// FuncDef is def or async def.
type FuncDef struct {
	Pos  Pos
	Name string
	// PyName is the function's Python name (its __name__) when Name is one
	// the checker made up (a decorated method's body: check/methdeco.go).
	PyName     string
	IsAsync    bool
	Decorators []Expr
	Params     []*Param
	Returns    Expr // nil when absent
	Body       []Stmt
}

// ClassDef is class Name(Bases, Keywords): Body.
type ClassDef struct {
	Pos  Pos
	Name string
	// PyName is the class's Python name (its __name__) when Name is one
	// of its copies' (a generic class's instance: check/genclass.go).
	PyName     string
	Decorators []Expr
	Bases      []Expr
	Keywords   []*Keyword
	Body       []Stmt
}

// Return is return [Value].
type Return struct {
	Pos   Pos
	Value Expr // nil for a bare return
}

// Delete is del Targets.
type Delete struct {
	Pos     Pos
	Targets []Expr
}

// Assign is Targets[0] = Targets[1] = ... = Value.
type Assign struct {
	Pos     Pos
	Targets []Expr
	Value   Expr
}

// AugAssign is Target Op= Value; Op is the binary operator ("+", "//"...).
type AugAssign struct {
	Pos    Pos
	Target Expr
	Op     string
	Value  Expr
}

// AnnAssign is Target: Annotation [= Value].
type AnnAssign struct {
	Pos        Pos
	Target     Expr
	Annotation Expr
	Value      Expr // nil when absent
}

// For is [async] for Target in Iter: Body else: Orelse.
type For struct {
	Pos     Pos
	IsAsync bool
	Target  Expr
	Iter    Expr
	Body    []Stmt
	Orelse  []Stmt
}

// While is while Test: Body else: Orelse.
type While struct {
	Pos    Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is if Test: Body else: Orelse. elif chains nest an If in Orelse.
type If struct {
	Pos    Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// WithItem is Context [as Target].
type WithItem struct {
	Pos     Pos
	Context Expr
	Target  Expr // nil when absent
}

// With is [async] with Items: Body.
type With struct {
	Pos     Pos
	IsAsync bool
	Items   []*WithItem
	Body    []Stmt
}

// Raise is raise [Exc [from Cause]].
type Raise struct {
	Pos   Pos
	Exc   Expr // nil for a bare re-raise
	Cause Expr // nil when absent
}

// ExceptHandler is except [Type [as Name]]: Body. IsStar marks except*.
type ExceptHandler struct {
	Pos    Pos
	Type   Expr // nil for a bare except
	Name   string
	IsStar bool
	Body   []Stmt
}

// Position implements Node.
func (h *ExceptHandler) Position() Pos { return h.Pos }

// Try is try: Body except...: Handlers else: Orelse finally: Finalbody.
type Try struct {
	Pos       Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is assert Test[, Msg].
type Assert struct {
	Pos  Pos
	Test Expr
	Msg  Expr // nil when absent
}

// Alias is one name in an import: Name [as AsName].
type Alias struct {
	Pos    Pos
	Name   string // dotted for "import a.b"
	AsName string
}

// Import is import a, b.c as d.
type Import struct {
	Pos   Pos
	Names []*Alias
}

// ImportFrom is from Module import names. Level counts leading dots.
type ImportFrom struct {
	Pos    Pos
	Module string
	Level  int
	Names  []*Alias // a single Alias with Name "*" for import *
}

// Global is global names.
type Global struct {
	Pos   Pos
	Names []string
}

// Nonlocal is nonlocal names.
type Nonlocal struct {
	Pos   Pos
	Names []string
}

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Pos   Pos
	Value Expr
}

// Pass is pass.
type Pass struct{ Pos Pos }

// Break is break.
type Break struct{ Pos Pos }

// Continue is continue.
type Continue struct{ Pos Pos }

// Match is a match statement. The checker lowers it to if statements
// before checking (check/match.go).
type Match struct {
	Pos     Pos
	Subject Expr
	Cases   []*MatchCase
}

// MatchCase is case Pattern [as As] [if Guard]: Body. Pattern is written
// as an expression: a Name is a capture (or the wildcard _), an Attribute
// a value, a literal a literal, a Call a class pattern, a List or
// TupleExpr a sequence (with at most one Starred capture), a DictExpr a
// mapping, a BinOp "|" an or-pattern.
type MatchCase struct {
	Pos     Pos
	Pattern Expr
	As      string // "" when absent
	AsPos   Pos    // Pos when absent
	Guard   Expr   // nil when absent
	Body    []Stmt
}

// Position implements Node.
func (c *MatchCase) Position() Pos { return c.Pos }

func (*FuncDef) stmtNode()    {}
func (*ClassDef) stmtNode()   {}
func (*Return) stmtNode()     {}
func (*Delete) stmtNode()     {}
func (*Assign) stmtNode()     {}
func (*AugAssign) stmtNode()  {}
func (*AnnAssign) stmtNode()  {}
func (*For) stmtNode()        {}
func (*While) stmtNode()      {}
func (*If) stmtNode()         {}
func (*With) stmtNode()       {}
func (*Raise) stmtNode()      {}
func (*Try) stmtNode()        {}
func (*Assert) stmtNode()     {}
func (*Import) stmtNode()     {}
func (*ImportFrom) stmtNode() {}
func (*Global) stmtNode()     {}
func (*Nonlocal) stmtNode()   {}
func (*ExprStmt) stmtNode()   {}
func (*Pass) stmtNode()       {}
func (*Break) stmtNode()      {}
func (*Continue) stmtNode()   {}
func (*Match) stmtNode()      {}

// Position implementations.
func (n *FuncDef) Position() Pos    { return n.Pos }
func (n *ClassDef) Position() Pos   { return n.Pos }
func (n *Return) Position() Pos     { return n.Pos }
func (n *Delete) Position() Pos     { return n.Pos }
func (n *Assign) Position() Pos     { return n.Pos }
func (n *AugAssign) Position() Pos  { return n.Pos }
func (n *AnnAssign) Position() Pos  { return n.Pos }
func (n *For) Position() Pos        { return n.Pos }
func (n *While) Position() Pos      { return n.Pos }
func (n *If) Position() Pos         { return n.Pos }
func (n *With) Position() Pos       { return n.Pos }
func (n *Raise) Position() Pos      { return n.Pos }
func (n *Try) Position() Pos        { return n.Pos }
func (n *Assert) Position() Pos     { return n.Pos }
func (n *Import) Position() Pos     { return n.Pos }
func (n *ImportFrom) Position() Pos { return n.Pos }
func (n *Global) Position() Pos     { return n.Pos }
func (n *Nonlocal) Position() Pos   { return n.Pos }
func (n *ExprStmt) Position() Pos   { return n.Pos }
func (n *Pass) Position() Pos       { return n.Pos }
func (n *Break) Position() Pos      { return n.Pos }
func (n *Continue) Position() Pos   { return n.Pos }
func (n *Match) Position() Pos      { return n.Pos }

// Position implements Node.
func (c *Comprehension) Position() Pos { return c.Pos }

// Position implements Node.
func (w *WithItem) Position() Pos { return w.Pos }

// Position implements Node.
func (a *Alias) Position() Pos { return a.Pos }

// IsLiteral reports a literal, or a unary operator over one (-1, not True):
// its value is the same whenever it is evaluated.
func IsLiteral(e Expr) bool {
	switch x := e.(type) {
	case *IntLit, *FloatLit, *StrLit, *BytesLit, *BoolLit, *NoneLit:
		return true
	case *UnaryOp:
		return IsLiteral(x.Operand)
	}
	return false
}
