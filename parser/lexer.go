package parser

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// The lexer is built in two layers, following the project's recipe:
//
//  1. base, a participle "simple" (regexp) lexer, splits the source into raw
//     tokens: names, numbers, operators, newlines and strings, skipping
//     whitespace, comments and backslash continuations (lower-case rules),
//     plus three "bad" rules that only exist to turn malformed input into
//     positioned errors.
//  2. indentDef wraps it. It reads every raw token, fixes columns to count
//     bytes, joins lines inside brackets, synthesises Newline, Indent and
//     Dedent tokens from an indentation stack, checks bracket nesting and
//     gives tokens the types the grammar dispatches on, so that it never
//     needs to backtrack (the parser runs with no lookahead at all):
//
//       - reserved words become Keyword, so they can never be names;
//       - operators become BinOp (see binOps), "not in" and "is not" one
//         token each;
//       - a comma becomes TrailComma when nothing can follow it in its list
//         (see endsList), otherwise Comma, and a ";" that ends a line is
//         dropped;
//       - the soft keyword "match" starting a match statement becomes
//         MatchKw, "case" starting a line of its body CaseKw, and the "("
//         of a parenthesised with-item list WithParen (see retag).

// digits is a run of decimal digits with single underscores between them.
const digits = `\d(?:_?\d)*`

const exponent = `[eE][+-]?` + digits

// The rules are ordered by frequency (each token tries them in order).
// Identifiers come before strings, so a string prefix (r, b, f, u, rb...)
// lexes as a name; tokenize glues it back onto the string after it.
var base = lexer.MustSimple([]lexer.SimpleRule{
	{Name: "whitespace", Pattern: `[ \t\f]+|\\\n`},
	{Name: "Ident", Pattern: `[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*`},
	{Name: "Number", Pattern: `(?:(?:` + digits + `)?\.` + digits + `(?:` + exponent + `)?[jJ]?` +
		`|` + digits + `\.(?:` + exponent + `)?[jJ]?` +
		`|` + digits + exponent + `[jJ]?` +
		`|0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+` +
		`|` + digits + `[jJ]?)`},
	{Name: "Op", Pattern: `\*\*=|//=|>>=|<<=|\.\.\.|->|:=|==|!=|<=|>=|\+=|-=|\*=|/=|%=|&=|\|=|\^=|@=|\*\*|//|<<|>>|[-+*/%@&|^~<>()\[\]{},:;.=]`},
	{Name: "Newline", Pattern: `\n`},
	{Name: "String", Pattern: `'''(?:[^\\]|\\(?s:.))*?'''|"""(?:[^\\]|\\(?s:.))*?"""|'(?:[^\\'\n]|\\(?s:.))*'|"(?:[^\\"\n]|\\(?s:.))*"`},
	{Name: "BadString", Pattern: `'''|"""|'|"`},
	{Name: "comment", Pattern: `#[^\n]*`},
	{Name: "BadContinuation", Pattern: `\\`},
	{Name: "BadChar", Pattern: `(?s:.)`},
})

// stringPrefixes are the valid string prefixes, lower-cased.
var stringPrefixes = map[string]bool{
	"r": true, "u": true, "b": true, "f": true,
	"br": true, "rb": true, "fr": true, "rf": true,
}

// keywords are Python's reserved words; they are lexed as Keyword tokens
// and so can never be used as names. The soft keywords (match, case, type,
// _) stay identifiers.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true,
	"class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true,
	"global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true,
	"yield": true,
}

const (
	maxBracketDepth = 200 // CPython: "too many nested parentheses"
	maxIndentDepth  = 100 // CPython: "too many levels of indentation"
	// maxChain bounds the operators the grammar parses by recursion (unary
	// operators, not, await, lambda, **, and the else of conditional
	// expressions) that are pending at once: within one logical line they are
	// counted per bracket level, a comma resets its level's count, and the
	// open levels are summed. It keeps hostile input from exhausting the stack.
	maxChain = 1000
)

// indentDef is the participle lexer definition used by the parser.
type indentDef struct {
	inner   *lexer.StatefulDefinition
	symbols map[string]lexer.TokenType

	// Token types, resolved once.
	newline, str, badString, number, ident, op,
	badCont, badChar, indent, dedent, keyword, matchKw, caseKw, withParen, binOp,
	comma, trailComma lexer.TokenType
}

// binOps are the operators the grammar matches by the single token type
// BinOp: every binary operator that the converter orders by precedence,
// plus the prefix operators "~" and "not" ("-" and "+" are both). "not in"
// and "is not" are merged into one token. Grammar literals match by value,
// so "*", "@", "in"... still work where they play other roles.
var binOps = map[string]bool{
	"|": true, "^": true, "&": true, "<<": true, ">>": true, "+": true,
	"-": true, "*": true, "/": true, "//": true, "%": true, "@": true,
	"<": true, ">": true, "==": true, ">=": true, "<=": true, "!=": true,
	"~": true, "or": true, "and": true, "in": true, "is": true, "not": true,
}

func newIndentDef() *indentDef {
	d := &indentDef{inner: base, symbols: map[string]lexer.TokenType{}}
	// Synthesised token types go below the inner lexer's (which are
	// negative, counting down from lexer.EOF).
	lowest := lexer.EOF
	for name, t := range base.Symbols() {
		d.symbols[name] = t
		lowest = min(lowest, t)
	}
	for i, name := range []string{"Indent", "Dedent", "Keyword", "MatchKw", "WithParen", "BinOp", "Comma", "TrailComma", "CaseKw"} {
		d.symbols[name] = lowest - 1 - lexer.TokenType(i)
	}
	s := d.symbols
	d.newline = s["Newline"]
	d.str, d.badString, d.number, d.ident, d.op = s["String"], s["BadString"], s["Number"], s["Ident"], s["Op"]
	d.badCont, d.badChar = s["BadContinuation"], s["BadChar"]
	d.indent, d.dedent, d.keyword = s["Indent"], s["Dedent"], s["Keyword"]
	d.matchKw, d.withParen, d.binOp = s["MatchKw"], s["WithParen"], s["BinOp"]
	d.caseKw = s["CaseKw"]
	d.comma, d.trailComma = s["Comma"], s["TrailComma"]
	return d
}

// Symbols implements lexer.Definition.
func (d *indentDef) Symbols() map[string]lexer.TokenType { return d.symbols }

// Lex implements lexer.Definition.
func (d *indentDef) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

// LexBytes implements lexer.BytesDefinition.
func (d *indentDef) LexBytes(filename string, b []byte) (lexer.Lexer, error) {
	return d.LexString(filename, string(b))
}

// LexString implements lexer.StringDefinition. All the work happens here:
// the returned lexer only replays the finished token slice.
func (d *indentDef) LexString(filename string, src string) (lexer.Lexer, error) {
	toks, err := d.tokenize(filename, src)
	if err != nil {
		return nil, err
	}
	return &sliceLexer{toks: toks}, nil
}

// sliceLexer replays a token slice.
type sliceLexer struct {
	toks []lexer.Token
	i    int
}

// Next implements lexer.Lexer.
func (l *sliceLexer) Next() (lexer.Token, error) {
	t := l.toks[l.i]
	if l.i < len(l.toks)-1 {
		l.i++
	}
	return t, nil
}

// lexError is an error found by the lexer, in lexer coordinates.
type lexError struct {
	Pos lexer.Position
	Msg string
}

func (e *lexError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Pos.Filename, e.Pos.Line, e.Pos.Column, e.Msg)
}

type bracket struct {
	ch  byte
	pos lexer.Position
}

// tokenize turns src into the token stream the grammar sees.
func (d *indentDef) tokenize(filename, src string) ([]lexer.Token, error) {
	// Line start offsets, to count columns in bytes.
	lineStarts := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	fix := func(p lexer.Position) lexer.Position {
		if p.Line >= 1 && p.Line <= len(lineStarts) {
			p.Column = p.Offset - lineStarts[p.Line-1] + 1
		}
		return p
	}
	errAt := func(p lexer.Position, format string, args ...any) error {
		return &lexError{Pos: p, Msg: fmt.Sprintf(format, args...)}
	}

	inner, err := d.inner.LexString(filename, src)
	if err != nil {
		return nil, err
	}

	out := make([]lexer.Token, 0, len(src)/3+8)
	var (
		brackets   []bracket
		pendingNL  *lexer.Position // first newline of a run, nil when none pending
		started    bool            // a significant token has been emitted
		widths     = []int{0}      // indentation stack (tab size 8)
		altWidths  = []int{0}      // the same with tab size 1, to detect tab/space mixing
		chain      = []int{0}      // recursion-prone operators per open bracket level
		chainTotal int
	)
	for {
		t, err := inner.Next()
		if err != nil {
			// The regexp lexer cannot fail (BadChar matches anything), but be safe.
			return nil, err
		}
		t.Pos = fix(t.Pos)
		if t.Type == d.str || t.Type == d.badString {
			// Glue a string prefix lexed as a name back on.
			if n := len(out); n > 0 && out[n-1].Type == d.ident && out[n-1].Pos.Offset+len(out[n-1].Value) == t.Pos.Offset &&
				stringPrefixes[strings.ToLower(out[n-1].Value)] {
				t.Value = out[n-1].Value + t.Value
				t.Pos = out[n-1].Pos
				out = out[:n-1]
			}
		}
		if t.Type == d.str {
			// '' or "" directly followed by the same quote is the start of
			// an unterminated triple-quoted string, not an empty string.
			v := t.Value
			body := strings.TrimLeft(v, "rRbBfFuU")
			if len(body) == 2 && body[0] == body[1] {
				if next := t.Pos.Offset + len(v); next < len(src) && src[next] == body[0] {
					return nil, errAt(t.Pos, "unterminated triple-quoted string literal")
				}
			}
		}
		switch t.Type {
		case d.newline:
			if len(brackets) == 0 && started && pendingNL == nil {
				p := t.Pos
				pendingNL = &p
			}
			continue
		case d.badString:
			q := strings.TrimLeft(t.Value, "rRbBfFuU")
			if len(q) == 3 {
				return nil, errAt(t.Pos, "unterminated triple-quoted string literal")
			}
			return nil, errAt(t.Pos, "unterminated string literal")
		case d.badCont:
			return nil, errAt(t.Pos, "unexpected character after line continuation character")
		case d.badChar:
			r, _ := utf8.DecodeRuneInString(t.Value)
			return nil, errAt(t.Pos, "invalid character %s (U+%04X)", quoteRune(r), r)
		}

		if t.EOF() {
			if len(brackets) > 0 {
				b := brackets[len(brackets)-1]
				return nil, errAt(b.pos, "'%c' was never closed", b.ch)
			}
			if started {
				// A file that does not end in a newline gets one at EOF,
				// with an empty value so errors can say "unexpected EOF".
				nl := lexer.Token{Type: d.newline, Pos: t.Pos}
				if pendingNL != nil {
					nl.Value, nl.Pos = "\n", *pendingNL
				}
				out = dropTrailingSemi(out, d)
				out = append(out, nl)
				for len(widths) > 1 {
					widths = widths[:len(widths)-1]
					out = append(out, lexer.Token{Type: d.dedent, Value: "<dedent>", Pos: t.Pos})
				}
			}
			out = append(out, t)
			break
		}

		// A significant token. First settle the line structure.
		lineStart := !started || pendingNL != nil
		if lineStart {
			if started {
				out = dropTrailingSemi(out, d)
				out = append(out, lexer.Token{Type: d.newline, Value: "\n", Pos: *pendingNL})
				pendingNL = nil
			}
			chain, chainTotal = chain[:1], 0
			chain[0] = 0
			col, alt := indentWidth(src[lineStarts[t.Pos.Line-1]:t.Pos.Offset])
			top := len(widths) - 1
			bol := t.Pos // indentation errors point at the start of the line
			bol.Column = 1
			bol.Offset = lineStarts[t.Pos.Line-1]
			switch {
			case col == widths[top]:
				if alt != altWidths[top] {
					return nil, errAt(bol, "inconsistent use of tabs and spaces in indentation")
				}
			case col > widths[top]:
				if alt <= altWidths[top] {
					return nil, errAt(bol, "inconsistent use of tabs and spaces in indentation")
				}
				if len(widths) > maxIndentDepth {
					return nil, errAt(t.Pos, "too many levels of indentation")
				}
				widths = append(widths, col)
				altWidths = append(altWidths, alt)
				out = append(out, lexer.Token{Type: d.indent, Value: "<indent>", Pos: t.Pos})
			default:
				for len(widths) > 1 && col < widths[len(widths)-1] {
					widths = widths[:len(widths)-1]
					altWidths = altWidths[:len(altWidths)-1]
					out = append(out, lexer.Token{Type: d.dedent, Value: "<dedent>", Pos: t.Pos})
				}
				if col != widths[len(widths)-1] {
					return nil, errAt(bol, "unindent does not match any outer indentation level")
				}
				if alt != altWidths[len(altWidths)-1] {
					return nil, errAt(bol, "inconsistent use of tabs and spaces in indentation")
				}
			}
			started = true
		}

		switch t.Type {
		case d.ident:
			if keywords[t.Value] {
				t.Type = d.keyword
			}
		case d.op:
			if len(t.Value) == 1 {
				switch c := t.Value[0]; c {
				case '(', '[', '{':
					if len(brackets) >= maxBracketDepth {
						return nil, errAt(t.Pos, "too many nested parentheses")
					}
					brackets = append(brackets, bracket{c, t.Pos})
					chain = append(chain, 0)
				case ')', ']', '}':
					if len(brackets) == 0 {
						return nil, errAt(t.Pos, "unmatched '%c'", c)
					}
					open := brackets[len(brackets)-1]
					if closerOf(open.ch) != c {
						if open.pos.Line != t.Pos.Line {
							return nil, errAt(t.Pos, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.pos.Line)
						}
						return nil, errAt(t.Pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
					}
					brackets = brackets[:len(brackets)-1]
					chainTotal -= chain[len(chain)-1]
					chain = chain[:len(chain)-1]
				case ',':
					chainTotal -= chain[len(chain)-1]
					chain[len(chain)-1] = 0
				}
			}
		}
		// A "@" that starts a logical line is a decorator, not an operator.
		if binOps[t.Value] && (t.Type == d.op || t.Type == d.keyword) && !(t.Value == "@" && lineStart) {
			if n := len(out); n > 0 && out[n-1].Type == d.binOp &&
				(out[n-1].Value == "not" && t.Value == "in" || out[n-1].Value == "is" && t.Value == "not") {
				out[n-1].Value += " " + t.Value
				continue
			}
			t.Type = d.binOp
		}
		if d.isChainOp(t, out) {
			chain[len(chain)-1]++
			chainTotal++
			if chainTotal > maxChain {
				return nil, errAt(t.Pos, "expression too deeply nested")
			}
		}
		out = append(out, t)
	}
	d.retag(out)
	return out, nil
}

// augOps are the augmented assignment operators.
var augOps = map[string]bool{
	"+=": true, "-=": true, "*=": true, "/=": true, "//=": true, "%=": true,
	"**=": true, "<<=": true, ">>=": true, "&=": true, "|=": true, "^=": true,
	"@=": true,
}

// endsList reports whether t can follow a trailing comma: it cannot start
// another element (a closing bracket, "=", ":", "in", end of line...).
// colonEnds says whether ":" ends the list here (it does not in a
// subscript, where it can start a slice).
func (d *indentDef) endsList(t lexer.Token, colonEnds bool) bool {
	switch t.Type {
	case d.newline, lexer.EOF:
		return true
	case d.binOp:
		return t.Value == "in"
	case d.op:
		switch t.Value {
		case ")", "]", "}", "=", ";":
			return true
		case ":":
			return colonEnds
		}
		return augOps[t.Value]
	}
	return false
}

// isChainOp reports tokens after which the grammar recurses (see
// maxChain); out holds the tokens before t.
func (d *indentDef) isChainOp(t lexer.Token, out []lexer.Token) bool {
	if t.Type != d.op && t.Type != d.keyword && t.Type != d.binOp {
		return false
	}
	switch t.Value {
	case "-", "+":
		return !d.endsOperand(out) // unary, not binary
	case "~", "**", "not", "await", "lambda", "else":
		return true
	}
	return false
}

// dropTrailingSemi removes a ";" that ends a logical line: it separates
// nothing, and dropping it spares the grammar a lookahead.
func dropTrailingSemi(out []lexer.Token, d *indentDef) []lexer.Token {
	if n := len(out); n > 1 && out[n-1].Type == d.op && out[n-1].Value == ";" &&
		!(out[n-2].Type == d.op && out[n-2].Value == ";") {
		return out[:n-1]
	}
	return out
}

// endsOperand reports whether the last emitted token can end an operand,
// which makes a following "+" or "-" binary rather than unary.
func (d *indentDef) endsOperand(out []lexer.Token) bool {
	if len(out) == 0 {
		return false
	}
	t := out[len(out)-1]
	switch t.Type {
	case d.ident, d.number, d.str:
		return true
	case d.keyword:
		return t.Value == "None" || t.Value == "True" || t.Value == "False"
	case d.op:
		return t.Value == ")" || t.Value == "]" || t.Value == "}" || t.Value == "..."
	}
	return false
}

func closerOf(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// indentWidth measures leading whitespace the way CPython's tokenizer
// does: col with tab stops of 8, alt with tabs counted as one column.
func indentWidth(s string) (col, alt int) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		}
	}
	return col, alt
}

func quoteRune(r rune) string {
	if r == utf8.RuneError {
		return "'\\ufffd'"
	}
	if r < 0x20 || r == 0x7f {
		return fmt.Sprintf("'\\x%02x'", r)
	}
	return "'" + string(r) + "'"
}

// retag types commas (Comma or TrailComma, see endsList) and resolves two
// context-dependent tokens.
//
// A logical line that starts with the name "match" and ends with ":" is a
// match statement (nothing else can end in a colon without starting with a
// keyword), so its first token becomes MatchKw.
//
// Inside the body of a match statement, a line at the body's indentation
// that starts with the name "case" is a case clause: its "case" becomes
// CaseKw.
//
// "with (" whose matching ")" is followed by ":" is CPython 3.11's
// parenthesised with-item list (`with (a as b, c):`), unless the parentheses
// hold a generator expression or start with yield, "*" or ")"; its "(" becomes
// WithParen.
func (d *indentDef) retag(toks []lexer.Token) {
	n := len(toks)
	var (
		brackets []byte
		lambdas  []int // bracket depths of the lambdas whose parameters are open
		depth    int   // indentation level (Indent minus Dedent tokens)
		cases    []int // indentation levels of the case clauses of open match statements
	)
	for i := 0; i < n; i++ {
		t := &toks[i]
		switch t.Type {
		case d.indent:
			depth++
		case d.dedent:
			depth--
			for len(cases) > 0 && cases[len(cases)-1] > depth {
				cases = cases[:len(cases)-1]
			}
		}
		if t.Type == d.ident && t.Value == "case" && len(cases) > 0 && cases[len(cases)-1] == depth &&
			(i == 0 || toks[i-1].Type == d.newline || toks[i-1].Type == d.indent || toks[i-1].Type == d.dedent) {
			t.Type = d.caseKw
			continue
		}
		if t.Type == d.keyword && t.Value == "lambda" {
			lambdas = append(lambdas, len(brackets))
		}
		if (t.Type == d.op || t.Type == d.withParen) && len(t.Value) == 1 {
			inLambda := len(lambdas) > 0 && lambdas[len(lambdas)-1] == len(brackets)
			switch c := t.Value[0]; c {
			case '(', '[', '{':
				brackets = append(brackets, c)
			case ')', ']', '}':
				brackets = brackets[:len(brackets)-1]
			case ':':
				if inLambda {
					lambdas = lambdas[:len(lambdas)-1]
				}
			case ',':
				// ":" can start a slice inside [], but not in a lambda's
				// parameter list.
				colonEnds := inLambda || len(brackets) == 0 || brackets[len(brackets)-1] != '['
				if i+1 < n && d.endsList(toks[i+1], colonEnds) {
					t.Type = d.trailComma
				} else {
					t.Type = d.comma
				}
			}
			continue
		}
		switch {
		case t.Type == d.ident && t.Value == "match":
			if i > 0 {
				pt := toks[i-1].Type
				if pt != d.newline && pt != d.indent && pt != d.dedent {
					continue
				}
			}
			j := i
			for j < n && toks[j].Type != d.newline && !toks[j].EOF() {
				j++
			}
			if j-i >= 3 && toks[j-1].Type == d.op && toks[j-1].Value == ":" {
				t.Type = d.matchKw
				cases = append(cases, depth+1)
			}
		case t.Type == d.keyword && t.Value == "with":
			if i+2 >= n || toks[i+1].Type != d.op || toks[i+1].Value != "(" {
				continue
			}
			if first := toks[i+2]; first.Value == ")" || first.Value == "*" || (first.Type == d.keyword && first.Value == "yield") {
				continue
			}
			depth, k, genexp := 0, i+1, false
			for ; k < n; k++ {
				tk := toks[k]
				if tk.Type == d.op && len(tk.Value) == 1 {
					switch tk.Value[0] {
					case '(', '[', '{':
						depth++
					case ')', ']', '}':
						depth--
					}
				}
				if depth == 1 && tk.Type == d.keyword && tk.Value == "for" {
					genexp = true
				}
				if depth == 0 {
					break
				}
			}
			if !genexp && k+1 < n && toks[k+1].Type == d.op && toks[k+1].Value == ":" {
				toks[i+1].Type = d.withParen
			}
		}
	}
}
