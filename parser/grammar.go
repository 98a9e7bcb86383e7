package parser

import (
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The grammar: one participle struct per production, private to the
// package. convert.go turns the resulting tree into package ast.
//
// The parser runs with participle.UseLookahead(0): a production that has
// consumed a token is committed, so an error is reported at the token that
// breaks it. Every alternative therefore starts with a distinct token; the
// lexer's token types make that possible (see lexer.go), and where Python's
// grammar needs more context the productions are permissive and convert.go
// rejects what Python does not allow: assignment targets, where "*" and ":="
// may appear, keyword argument names, dict/set item mixes, misplaced
// generator expressions, parameter order...
//
// Binary operators are not layered one production per precedence level:
// opExpr is a flat list and the converter applies Python's precedence. This
// keeps the tree shallow, which matters because participle allocates for
// every production it tries.

// ---------------------------------------------------------------------------
// Module and statements

type fileNode struct {
	Stmts []stmtNode `parser:"@@*"`
}

// stmtNode is a statement production (participle union).
type stmtNode interface{ stmtNode() }

// smallNode is a simple statement production (participle union).
type smallNode interface{ smallNode() }

// block is the body of a compound statement: an indented suite or simple
// statements on the header's line.
type block struct {
	Stmts  []stmtNode  `parser:"  Newline Indent @@+ Dedent"`
	Simple *simpleLine `parser:"| @@"`
}

// simpleLine is one or more simple statements separated by ";".
type simpleLine struct {
	Stmts []smallNode `parser:"@@ ( ';' @@ )* Newline"`
}

type ifStmt struct {
	Pos   lexer.Position
	Test  *test         `parser:"'if' @@ ':'"`
	Body  *block        `parser:"@@"`
	Elifs []*elifClause `parser:"@@*"`
	Else  *block        `parser:"( 'else' ':' @@ )?"`
}

type elifClause struct {
	Pos  lexer.Position
	Test *test  `parser:"'elif' @@ ':'"`
	Body *block `parser:"@@"`
}

type whileStmt struct {
	Pos  lexer.Position
	Test *test  `parser:"'while' @@ ':'"`
	Body *block `parser:"@@"`
	Else *block `parser:"( 'else' ':' @@ )?"`
}

type forStmt struct {
	Pos    lexer.Position
	Target *targetList   `parser:"'for' @@ 'in'"`
	Iter   *starExprList `parser:"@@ ':'"`
	Body   *block        `parser:"@@"`
	Else   *block        `parser:"( 'else' ':' @@ )?"`
}

type tryStmt struct {
	Pos         lexer.Position
	Body        *block          `parser:"'try' ':' @@"`
	Handlers    []*exceptClause `parser:"( @@+"`
	Else        *block          `parser:"  ( 'else' ':' @@ )?"`
	Finally     *block          `parser:"  ( 'finally' ':' @@ )?"`
	OnlyFinally *block          `parser:"| 'finally' ':' @@ )"`
}

type exceptClause struct {
	Pos  lexer.Position
	Star bool     `parser:"'except' @'*'?"`
	Type *test    `parser:"( @@"`
	Name *nameTok `parser:"  ( 'as' @@ )? )?"`
	Body *block   `parser:"':' @@"`
}

type withStmt struct {
	Pos   lexer.Position
	Paren []*withItem `parser:"'with' ( WithParen @@ ( Comma @@ )* TrailComma? ')'"`
	Items []*withItem `parser:"       | @@ ( ',' @@ )* ) ':'"`
	Body  *block      `parser:"@@"`
}

type withItem struct {
	Context *test   `parser:"@@"`
	Target  *target `parser:"( 'as' @@ )?"`
}

type funcDef struct {
	Pos     lexer.Position
	Name    *nameTok `parser:"'def' @@"`
	Params  []*param `parser:"'(' ( @@ ( Comma @@ )* TrailComma? )? ')'"`
	Returns *test    `parser:"( '->' @@ )?"`
	Body    *block   `parser:"':' @@"`
}

type param struct {
	Pos      lexer.Position
	Slash    bool     `parser:"  @'/'"`
	DStar    bool     `parser:"| @'**'"`
	DName    *nameTok `parser:"  @@"`
	DAnn     *test    `parser:"  ( ':' @@ )?"`
	Star     bool     `parser:"| @'*'"`
	StarName *nameTok `parser:"  ( @@"`
	StarAnn  *test    `parser:"    ( ':' @@ )? )?"`
	Name     *nameTok `parser:"| @@"`
	Ann      *test    `parser:"  ( ':' @@ )?"`
	Default  *test    `parser:"  ( '=' @@ )?"`
}

type classDef struct {
	Pos   lexer.Position
	Name  *nameTok     `parser:"'class' @@"`
	Paren *lexer.Token `parser:"( @'('"`
	Args  []*argument  `parser:"  ( @@ ( Comma @@ )* TrailComma? )? ')' )?"`
	Body  *block       `parser:"':' @@"`
}

// asyncStmt is async def / async for / async with.
type asyncStmt struct {
	Pos  lexer.Position
	Def  *funcDef  `parser:"'async' ( @@"`
	For  *forStmt  `parser:"        | @@"`
	With *withStmt `parser:"        | @@ )"`
}

type decorated struct {
	Decorators []*decorator `parser:"@@+"`
	Class      *classDef    `parser:"( @@"`
	Def        *funcDef     `parser:"| @@"`
	AsyncDef   *asyncDef    `parser:"| @@ )"`
}

type asyncDef struct {
	Pos lexer.Position
	Def *funcDef `parser:"'async' @@"`
}

type decorator struct {
	Expr *test `parser:"'@' @@ Newline"`
}

// matchStmt is a match statement; the checker lowers it to if statements.
type matchStmt struct {
	Pos     lexer.Position
	Subject *starExprList `parser:"MatchKw @@ ':'"`
	Cases   []*caseClause `parser:"Newline Indent @@+ Dedent"`
}

// caseClause is case PATTERN [as NAME] [if GUARD]: BODY. A pattern is
// parsed as an expression without a conditional (so that "if" starts the
// guard); the converter checks that it is a pattern.
type caseClause struct {
	Pos     lexer.Position
	Pattern []*patternItem `parser:"CaseKw @@ ( Comma @@ )*"`
	Comma   bool           `parser:"@TrailComma?"`
	As      *nameTok       `parser:"( 'as' @@ )?"`
	Guard   *test          `parser:"( 'if' @@ )?"`
	Body    *block         `parser:"':' @@"`
}

// patternItem is an operand run with an optional leading "*".
type patternItem struct {
	Star  *lexer.Token `parser:"@'*'?"`
	First *operand     `parser:"@@"`
	Rest  []*opTail    `parser:"@@*"`
}

func (*ifStmt) stmtNode()     {}
func (*whileStmt) stmtNode()  {}
func (*forStmt) stmtNode()    {}
func (*tryStmt) stmtNode()    {}
func (*withStmt) stmtNode()   {}
func (*funcDef) stmtNode()    {}
func (*classDef) stmtNode()   {}
func (*asyncStmt) stmtNode()  {}
func (*decorated) stmtNode()  {}
func (*matchStmt) stmtNode()  {}
func (*simpleLine) stmtNode() {}

// ---------------------------------------------------------------------------
// Simple statements

type passStmt struct {
	Pos lexer.Position
	Kw  bool `parser:"@'pass'"`
}

type breakStmt struct {
	Pos lexer.Position
	Kw  bool `parser:"@'break'"`
}

type continueStmt struct {
	Pos lexer.Position
	Kw  bool `parser:"@'continue'"`
}

type returnStmt struct {
	Pos   lexer.Position
	Kw    bool          `parser:"@'return'"`
	Value *starExprList `parser:"@@?"`
}

type raiseStmt struct {
	Pos   lexer.Position
	Kw    bool  `parser:"@'raise'"`
	Exc   *test `parser:"( @@"`
	Cause *test `parser:"  ( 'from' @@ )? )?"`
}

type globalStmt struct {
	Pos   lexer.Position
	Names []*nameTok `parser:"'global' @@ ( ',' @@ )*"`
}

type nonlocalStmt struct {
	Pos   lexer.Position
	Names []*nameTok `parser:"'nonlocal' @@ ( ',' @@ )*"`
}

type delStmt struct {
	Pos     lexer.Position
	Targets *targetList `parser:"'del' @@"`
}

type assertStmt struct {
	Pos  lexer.Position
	Test *test `parser:"'assert' @@"`
	Msg  *test `parser:"( ',' @@ )?"`
}

type importStmt struct {
	Pos   lexer.Position
	Names []*dottedAs `parser:"'import' @@ ( ',' @@ )*"`
}

type dottedAs struct {
	Pos    lexer.Position
	Name   *dotted  `parser:"@@"`
	AsName *nameTok `parser:"( 'as' @@ )?"`
}

type dotted struct {
	Parts []string `parser:"@Ident ( '.' @Ident )*"`
}

type fromStmt struct {
	Pos    lexer.Position
	Dots   []string    `parser:"'from' @( '.' | '...' )*"`
	Module *dotted     `parser:"@@? 'import'"`
	Star   *starTok    `parser:"( @@"`
	Paren  []*importAs `parser:"| '(' @@ ( Comma @@ )* TrailComma? ')'"`
	Names  []*importAs `parser:"| @@ ( ',' @@ )* )"`
}

type starTok struct {
	Pos lexer.Position
	Kw  bool `parser:"@'*'"`
}

type importAs struct {
	Pos    lexer.Position
	Name   *nameTok `parser:"@@"`
	AsName *nameTok `parser:"( 'as' @@ )?"`
}

// exprStmt is an expression statement, an assignment chain, an augmented
// or an annotated assignment.
type exprStmt struct {
	Pos    lexer.Position
	First  *starExprList `parser:"( @@"`
	Yield  *yieldExpr    `parser:"| @@ )"`
	Aug    *augTail      `parser:"( @@"`
	Ann    *annTail      `parser:"| @@"`
	Assign []*assignTail `parser:"| @@+ )?"`
}

type augTail struct {
	Op    string `parser:"@( '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=' | '<<=' | '>>=' | '&=' | '|=' | '^=' | '@=' )"`
	Value *rhs   `parser:"@@"`
}

type annTail struct {
	Annotation *test `parser:"':' @@"`
	Value      *rhs  `parser:"( '=' @@ )?"`
}

type assignTail struct {
	Value *rhs `parser:"'=' @@"`
}

// rhs is the right-hand side of an assignment.
type rhs struct {
	List  *starExprList `parser:"  @@"`
	Yield *yieldExpr    `parser:"| @@"`
}

func (*passStmt) smallNode()     {}
func (*breakStmt) smallNode()    {}
func (*continueStmt) smallNode() {}
func (*returnStmt) smallNode()   {}
func (*raiseStmt) smallNode()    {}
func (*globalStmt) smallNode()   {}
func (*nonlocalStmt) smallNode() {}
func (*delStmt) smallNode()      {}
func (*assertStmt) smallNode()   {}
func (*importStmt) smallNode()   {}
func (*fromStmt) smallNode()     {}
func (*exprStmt) smallNode()     {}

// ---------------------------------------------------------------------------
// Expression lists

// starExprList is Python's star_expressions: a bare tuple when it has a
// comma.
type starExprList struct {
	Items    []*test `parser:"@@ ( Comma @@ )*"`
	Trailing bool    `parser:"@TrailComma?"`
}

// targetList is the target of for, comprehensions and del (exprlist).
type targetList struct {
	Pos      lexer.Position
	Items    []*target `parser:"@@ ( Comma @@ )*"`
	Trailing bool      `parser:"@TrailComma?"`
}

// target is an assignment target: a primary, possibly starred. Anything
// that is not assignable is rejected by the converter.
type target struct {
	Pos  lexer.Position
	Star bool     `parser:"@'*'?"`
	Expr *operand `parser:"@@"`
}

// ---------------------------------------------------------------------------
// Expressions, loosest binding first

// test is any expression. It also covers a leading "*" (Python's
// star_expression) and a trailing ":=" (named_expression); the converter
// accepts each only where Python's grammar does, and checks that the
// target of := is a bare name.
type test struct {
	Star      *lexer.Token `parser:"  @'*'?"`
	First     *operand     `parser:"  @@"`
	Rest      []*opTail    `parser:"  @@*"`
	If        *lexer.Token `parser:"  ( @'if'"`
	Cond      *opExpr      `parser:"    @@"`
	Else      *test        `parser:"    'else' @@ )?"`
	WalrusTok *lexer.Token `parser:"  ( @':='"`
	Walrus    *test        `parser:"    @@ )?"`
	Lambda    *lambdaExpr  `parser:"| @@"`
}

type lambdaExpr struct {
	Pos    lexer.Position
	Params []*lambdaParam `parser:"'lambda' ( @@ ( Comma @@ )* TrailComma? )? ':'"`
	Body   *test          `parser:"@@"`
}

type lambdaParam struct {
	Pos      lexer.Position
	Slash    bool     `parser:"  @'/'"`
	DStar    bool     `parser:"| @'**'"`
	DName    *nameTok `parser:"  @@"`
	Star     bool     `parser:"| @'*'"`
	StarName *nameTok `parser:"  @@?"`
	Name     *nameTok `parser:"| @@"`
	Default  *test    `parser:"  ( '=' @@ )?"`
}

// opExpr is a flat run of operands and binary operators, from "or" down
// to "*"; the converter applies Python's precedence (precedence climbing).
type opExpr struct {
	First *operand  `parser:"@@"`
	Rest  []*opTail `parser:"@@*"`
}

type opTail struct {
	Op    lexer.Token `parser:"@BinOp"`
	Right *operand    `parser:"@@"`
}

// operand is [await] atom trailers [** operand], or a prefix operator
// (not, -, +, ~) applied to an operand.
type operand struct {
	Op       *lexer.Token `parser:"  @BinOp"`
	Operand  *operand     `parser:"  @@"`
	Await    *lexer.Token `parser:"| @'await'?"`
	Atom     *atom        `parser:"  @@"`
	Trailers []*trailer   `parser:"  @@*"`
	Exp      *operand     `parser:"  ( '**' @@ )?"`
}

// trailer is a call, a subscript or an attribute access. Each starts with
// a distinct literal, so a failed attempt is cheap.
type trailer struct {
	Call     *lexer.Token     `parser:"  @'('"`
	Args     []*argument      `parser:"  ( @@ ( Comma @@ )* TrailComma? )? ')'"`
	Index    *lexer.Token     `parser:"| @'['"`
	Items    []*subscriptItem `parser:"  @@ ( Comma @@ )*"`
	Trailing bool             `parser:"  @TrailComma? ']'"`
	Attr     *lexer.Token     `parser:"| '.' @( Ident | Keyword | BinOp )"`
}

// argument is a call argument; name=value is parsed as an expression
// followed by "=", and the converter checks that it is a bare name.
type argument struct {
	Pos     lexer.Position
	DStar   *test      `parser:"  '**' @@"`
	Value   *test      `parser:"| @@"`
	KwValue *test      `parser:"  ( '=' @@"`
	Comp    []*compFor `parser:"  | @@+ )?"`
}

type subscriptItem struct {
	Pos   lexer.Position
	Lower *test      `parser:"  @@"`
	Slice *sliceTail `parser:"  @@?"`
	Bare  *sliceTail `parser:"| @@"`
}

type sliceTail struct {
	Colon bool       `parser:"@':'"`
	Upper *test      `parser:"@@?"`
	Step  *sliceStep `parser:"@@?"`
}

type sliceStep struct {
	Colon bool  `parser:"@':'"`
	Step  *test `parser:"@@?"`
}

type atom struct {
	Name     *lexer.Token `parser:"  @Ident"`
	Number   *lexer.Token `parser:"| @Number"`
	Strings  []*strTok    `parser:"| @@+"`
	None     *lexer.Token `parser:"| @'None'"`
	True     *lexer.Token `parser:"| @'True'"`
	False    *lexer.Token `parser:"| @'False'"`
	Ellipsis *lexer.Token `parser:"| @'...'"`
	Paren    *parenAtom   `parser:"| @@"`
	List     *listAtom    `parser:"| @@"`
	Brace    *braceAtom   `parser:"| @@"`
}

type strTok struct {
	Pos   lexer.Position
	Value string `parser:"@String"`
}

type nameTok struct {
	Pos  lexer.Position
	Name string `parser:"@Ident"`
}

// parenAtom is a parenthesised expression, a tuple, a generator expression
// or a parenthesised yield.
type parenAtom struct {
	Pos      lexer.Position
	Open     bool       `parser:"@'('"`
	Yield    *yieldExpr `parser:"( @@"`
	First    *test      `parser:"| @@"`
	FirstAs  *nameTok   `parser:"  ( 'as' @@ )?"`
	Comp     []*compFor `parser:"  @@*"`
	Rest     []*asTest  `parser:"  ( Comma @@ )*"`
	Trailing bool       `parser:"  @TrailComma? )? ')'"`
}

type listAtom struct {
	Pos      lexer.Position
	Open     bool       `parser:"@'['"`
	First    *test      `parser:"( @@"`
	FirstAs  *nameTok   `parser:"  ( 'as' @@ )?"`
	Comp     []*compFor `parser:"  @@*"`
	Rest     []*asTest  `parser:"  ( Comma @@ )*"`
	Trailing bool       `parser:"  @TrailComma? )? ']'"`
}

// asTest is an element of a parenthesised or bracketed display, with the
// "as NAME" of a capture in a case pattern (case [("a" | "b") as x]); the
// converter refuses it elsewhere.
type asTest struct {
	Test *test    `parser:"@@"`
	As   *nameTok `parser:"( 'as' @@ )?"`
}

// braceAtom is a dict or set display or comprehension; convert.go sorts
// out which from the first item.
type braceAtom struct {
	Pos      lexer.Position
	Open     bool         `parser:"@'{'"`
	First    *braceItem   `parser:"( @@"`
	Comp     []*compFor   `parser:"  @@*"`
	Rest     []*braceItem `parser:"  ( Comma @@ )*"`
	Trailing bool         `parser:"  @TrailComma? )? '}'"`
}

type braceItem struct {
	Pos   lexer.Position
	DStar *opExpr `parser:"  '**' @@"`
	Key   *test   `parser:"| @@"`
	Value *test   `parser:"  ( ':' @@ )?"`
}

type compFor struct {
	Async  *lexer.Token `parser:"@'async'?"`
	For    lexer.Token  `parser:"@'for'"`
	Target *targetList  `parser:"@@"`
	Iter   *opExpr      `parser:"'in' @@"`
	Ifs    []*opExpr    `parser:"( 'if' @@ )*"`
}

type yieldExpr struct {
	Pos   lexer.Position
	Kw    bool          `parser:"@'yield'"`
	From  *test         `parser:"( 'from' @@"`
	Value *starExprList `parser:"| @@ )?"`
}

// fieldRoot is the root production for an f-string replacement field,
// which is parsed as if it were parenthesised.
type fieldRoot struct {
	Atom *parenAtom `parser:"@@ Newline"`
}

// ---------------------------------------------------------------------------
// Parser construction

var (
	buildOnce   sync.Once
	lexDef      *indentDef
	fileParser  *participle.Parser[fileNode]
	fieldParser *participle.Parser[fieldRoot]
)

func parsers() (*participle.Parser[fileNode], *participle.Parser[fieldRoot]) {
	buildOnce.Do(func() {
		lexDef = newIndentDef()
		opts := []participle.Option{
			participle.Lexer(lexDef),
			// No backtracking: once a production has consumed a token it
			// commits, so errors point at the offending token. The lexer
			// makes this possible (see indentDef.retag).
			participle.UseLookahead(0),
			participle.Union[stmtNode](&simpleLine{}, &ifStmt{}, &forStmt{}, &funcDef{},
				&asyncStmt{}, &whileStmt{}, &tryStmt{}, &withStmt{}, &classDef{},
				&decorated{}, &matchStmt{}),
			participle.Union[smallNode](&exprStmt{}, &returnStmt{}, &passStmt{},
				&breakStmt{}, &continueStmt{}, &raiseStmt{}, &importStmt{}, &fromStmt{},
				&assertStmt{}, &delStmt{}, &globalStmt{}, &nonlocalStmt{}),
		}
		fileParser = participle.MustBuild[fileNode](opts...)
		fieldParser = participle.MustBuild[fieldRoot](opts...)
	})
	return fileParser, fieldParser
}
