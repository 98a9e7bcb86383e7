package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/aiogo/aiogo/ast"
	"github.com/alecthomas/participle/v2/lexer"
)

// advance returns the position just after s, which starts at p.
func advance(p lexer.Position, s string) lexer.Position {
	p.Offset += len(s)
	n := strings.Count(s, "\n")
	if n == 0 {
		p.Column += len(s)
		return p
	}
	p.Line += n
	p.Column = len(s) - strings.LastIndexByte(s, '\n')
	return p
}

// strInfo describes one string token.
type strInfo struct {
	tok             *strTok
	raw, bytes, f   bool
	start, end      int // body bounds in tok.Value
	bodyPos         lexer.Position
	prefixAndQuotes int
}

func splitString(t *strTok) strInfo {
	v := t.Value
	i := 0
	for i < len(v) && v[i] != '\'' && v[i] != '"' {
		i++
	}
	info := strInfo{tok: t}
	for _, ch := range strings.ToLower(v[:i]) {
		switch ch {
		case 'r':
			info.raw = true
		case 'b':
			info.bytes = true
		case 'f':
			info.f = true
		}
	}
	q := 1
	if len(v)-i >= 6 && v[i+1] == v[i] && v[i+2] == v[i] {
		q = 3
	}
	info.start, info.end = i+q, len(v)-q
	info.bodyPos = advance(t.Pos, v[:info.start])
	return info
}

// strings converts a run of adjacent string literals.
func (c *converter) strings(toks []*strTok) ast.Expr {
	infos := make([]strInfo, len(toks))
	anyBytes, anyStr, anyF := false, false, false
	for i, t := range toks {
		infos[i] = splitString(t)
		if infos[i].bytes {
			anyBytes = true
		} else {
			anyStr = true
		}
		anyF = anyF || infos[i].f
	}
	p := c.pos(toks[0].Pos)
	if anyBytes && anyStr {
		c.fail(p, "cannot mix bytes and nonbytes literals")
	}
	if anyBytes {
		var b strings.Builder
		for _, in := range infos {
			b.WriteString(c.decode(in.tok.Value[in.start:in.end], in.raw, true, in.bodyPos))
		}
		return &ast.BytesLit{Pos: p, Value: b.String()}
	}
	if !anyF {
		if len(infos) == 1 {
			in := infos[0]
			return &ast.StrLit{Pos: p, Value: c.decode(in.tok.Value[in.start:in.end], in.raw, false, in.bodyPos)}
		}
		var b strings.Builder
		for _, in := range infos {
			b.WriteString(c.decode(in.tok.Value[in.start:in.end], in.raw, false, in.bodyPos))
		}
		return &ast.StrLit{Pos: p, Value: b.String()}
	}
	fs := &ast.FString{Pos: p}
	for _, in := range infos {
		var parts []ast.FStringPart
		if in.f {
			parts, _ = c.fparts(in.tok.Value, in.start, in.end, in.raw, in.tok.Pos, false, 0)
		} else if s := c.decode(in.tok.Value[in.start:in.end], in.raw, false, in.bodyPos); s != "" {
			parts = []ast.FStringPart{{Lit: s}}
		}
		for _, part := range parts {
			n := len(fs.Parts)
			if part.Expr == nil && n > 0 && fs.Parts[n-1].Expr == nil {
				fs.Parts[n-1].Lit += part.Lit
				continue
			}
			fs.Parts = append(fs.Parts, part)
		}
	}
	return fs
}

func hexVal(ch byte) int {
	switch {
	case '0' <= ch && ch <= '9':
		return int(ch - '0')
	case 'a' <= ch && ch <= 'f':
		return int(ch-'a') + 10
	case 'A' <= ch && ch <= 'F':
		return int(ch-'A') + 10
	}
	return -1
}

// decode processes the escapes of a literal body s (which starts at base).
// Bytes literals keep \u, \U and \N as written, like CPython.
func (c *converter) decode(s string, raw, isBytes bool, base lexer.Position) string {
	if isBytes {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				c.failAt(advance(base, s[:i]), "bytes can only contain ASCII literal characters")
			}
		}
	}
	if raw || strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		ch := s[i]
		if ch != '\\' {
			b.WriteByte(ch)
			i++
			continue
		}
		if i+1 >= len(s) {
			b.WriteByte('\\')
			i++
			continue
		}
		at := i
		e := s[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for n := 1; n < 3 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
		case 'x':
			if i+2 > len(s) || hexVal(s[i]) < 0 || hexVal(s[i+1]) < 0 {
				c.failAt(advance(base, s[:at]), "truncated \\xXX escape")
			}
			v := hexVal(s[i])*16 + hexVal(s[i+1])
			i += 2
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
		case 'u', 'U':
			if isBytes {
				b.WriteByte('\\')
				b.WriteByte(e)
				break
			}
			n := 4
			if e == 'U' {
				n = 8
			}
			v := 0
			for k := 0; k < n; k++ {
				if i+k >= len(s) || hexVal(s[i+k]) < 0 {
					c.failAt(advance(base, s[:at]), "truncated \\%c%s escape", e, strings.Repeat("X", n))
				}
				v = v*16 + hexVal(s[i+k])
			}
			i += n
			switch {
			case v > utf8.MaxRune:
				c.failAt(advance(base, s[:at]), "illegal Unicode character")
			case v >= 0xD800 && v <= 0xDFFF:
				c.failAt(advance(base, s[:at]), "lone surrogate escapes are not supported")
			}
			b.WriteRune(rune(v))
		case 'N':
			if isBytes {
				b.WriteString("\\N")
				break
			}
			end := strings.IndexByte(s[i:], '}')
			if i >= len(s) || s[i] != '{' || end < 0 {
				c.failAt(advance(base, s[:at]), "malformed \\N character escape")
			}
			name := s[i+1 : i+end]
			r, ok := lookupUnicodeName(name)
			if !ok {
				c.failAt(advance(base, s[:at]), "\\N{%s}: not a Unicode character name aiogo knows (it knows Latin, Greek and Cyrillic letters, punctuation, symbols, arrows, box drawing, shapes and emoji): write the character or a \\u escape", name)
			}
			b.WriteRune(r)
			i += end + 1
		default:
			// Unknown escapes are kept, backslash included (CPython warns).
			b.WriteByte('\\')
			i--
		}
	}
	return b.String()
}

// fparts parses the f-string text v[i:end] into parts. In a format spec
// (inSpec) it stops at the "}" that closes the enclosing field and returns
// its index. tokPos is the position of v[0].
func (c *converter) fparts(v string, i, end int, raw bool, tokPos lexer.Position, inSpec bool, depth int) ([]ast.FStringPart, int) {
	var (
		parts    []ast.FStringPart
		lit      strings.Builder
		litStart = i
	)
	flush := func(k int) {
		if k > litStart {
			lit.WriteString(c.decode(v[litStart:k], raw, false, advance(tokPos, v[:litStart])))
		}
	}
	emit := func() {
		if lit.Len() > 0 {
			parts = append(parts, ast.FStringPart{Lit: lit.String()})
			lit.Reset()
		}
	}
	for i < end {
		switch ch := v[i]; {
		case ch == '\\' && !raw:
			if i+2 < end && v[i+1] == 'N' && v[i+2] == '{' {
				if k := strings.IndexByte(v[i:end], '}'); k > 0 {
					i += k + 1 // \N{NAME}: literal text (decode)
					continue
				}
			}
			if i+1 < end && (v[i+1] == '{' || v[i+1] == '}') {
				i++
			} else {
				i += 2
			}
		case ch == '{':
			if !inSpec && i+1 < end && v[i+1] == '{' {
				flush(i + 1)
				i += 2
				litStart = i
				continue
			}
			flush(i)
			emit()
			part, k := c.field(v, i, end, raw, tokPos, depth)
			parts = append(parts, part)
			i, litStart = k, k
		case ch == '}':
			if inSpec {
				flush(i)
				emit()
				return parts, i
			}
			if i+1 < end && v[i+1] == '}' {
				flush(i + 1)
				i += 2
				litStart = i
				continue
			}
			c.failAt(advance(tokPos, v[:i]), "f-string: single '}' is not allowed")
		default:
			i++
		}
	}
	flush(end)
	emit()
	return parts, end
}

// field parses the replacement field that starts with the "{" at v[i] and
// returns it with the index just after its closing "}".
func (c *converter) field(v string, i, end int, raw bool, tokPos lexer.Position, depth int) (ast.FStringPart, int) {
	at := func(k int) lexer.Position { return advance(tokPos, v[:k]) }
	open := i
	if depth >= 2 {
		c.failAt(at(open), "f-string: expressions nested too deeply")
	}
	start := i + 1
	i = start
	var stack []byte
	exprEnd := -1
	for i < end && exprEnd < 0 {
		ch := v[i]
		switch {
		case ch == '\\':
			c.failAt(at(i), "f-string expression part cannot include a backslash")
		case ch == '#':
			c.failAt(at(i), "f-string expression part cannot include '#'")
		case ch == '\'' || ch == '"':
			q := v[i : i+1]
			if i+2 < end && v[i+1] == ch && v[i+2] == ch {
				q = v[i : i+3]
			}
			k := strings.Index(v[i+len(q):end], q)
			if k < 0 {
				c.failAt(at(i), "f-string: unterminated string")
			}
			if b := strings.IndexByte(v[i:i+len(q)+k], '\\'); b >= 0 {
				c.failAt(at(i+b), "f-string expression part cannot include a backslash")
			}
			i += 2*len(q) + k
		case ch == '(' || ch == '[' || ch == '{':
			stack = append(stack, ch)
			i++
		case ch == ')' || ch == ']' || ch == '}':
			if len(stack) == 0 {
				if ch == '}' {
					exprEnd = i
					continue
				}
				c.failAt(at(i), "f-string: unmatched '%c'", ch)
			}
			if top := stack[len(stack)-1]; closerOf(top) != ch {
				c.failAt(at(i), "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, top)
			}
			stack = stack[:len(stack)-1]
			i++
		case len(stack) == 0 && (ch == '!' || ch == '=' || ch == '<' || ch == '>') && i+1 < end && v[i+1] == '=':
			i += 2
		case len(stack) == 0 && (ch == '!' || ch == ':' || ch == '='):
			exprEnd = i
		default:
			i++
		}
	}
	if exprEnd < 0 {
		c.failAt(at(open), "f-string: expecting '}'")
	}
	text := v[start:exprEnd]
	if strings.TrimSpace(text) == "" {
		c.failAt(at(open), "f-string: empty expression not allowed")
	}
	var part ast.FStringPart
	j := exprEnd
	if v[j] == '=' {
		j++
		for j < end && strings.IndexByte(" \t\n\f", v[j]) >= 0 {
			j++
		}
		part.SelfDoc = v[start:j]
	}
	if j < end && v[j] == '!' {
		if j+1 >= end || strings.IndexByte("rsa", v[j+1]) < 0 {
			c.failAt(at(j), "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		part.Conv = rune(v[j+1])
		j += 2
	}
	if j < end && v[j] == ':' {
		specStart := j + 1
		parts, k := c.fparts(v, specStart, end, raw, tokPos, true, depth+1)
		part.Spec = &ast.FString{Pos: c.pos(at(j)), Parts: parts}
		j = k
	}
	if j >= end || v[j] != '}' {
		c.failAt(at(min(j, end)), "f-string: expecting '}'")
	}
	part.Expr = c.fieldExpr(text, at(start))
	return part, j + 1
}

// fieldExpr parses the expression of a replacement field, which starts at
// p, as if it were parenthesised (as CPython does).
func (c *converter) fieldExpr(text string, p lexer.Position) ast.Expr {
	fp := c.pos(p)
	sub := &converter{file: c.file, sub: true, lineBase: fp.Line, colBase: fp.Col}
	_, parser := parsers()
	root, err := parser.ParseString(c.file, "("+text+")")
	if err != nil {
		panic(sub.convertErr(err))
	}
	e := sub.paren(root.Atom)
	if t, ok := e.(*ast.TupleExpr); ok && (len(root.Atom.Rest) > 0 || root.Atom.Trailing) {
		// The parentheses are implicit: the tuple starts at its first element.
		t.Pos = t.Elems[0].Position()
	}
	return e
}
