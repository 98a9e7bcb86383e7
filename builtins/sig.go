package builtins

import (
	"fmt"
	"strings"
	"unicode"
)

// Sig is a parsed signature: "(a: int, /, b: str = 'x', *, c: bool = False) -> R".
type Sig struct {
	Params []Param
	Ret    *TypeExpr
}

// Param is one parameter of a Sig.
type Param struct {
	Name string
	Type *TypeExpr
	// Default is the default value's Python source ("None", "-1", "' '",
	// "False"), "..." for a parameter that may be left out but whose
	// default no literal expresses, or "" for a required parameter.
	Default string
	// PosOnly parameters precede "/"; KwOnly ones follow "*" or *args.
	PosOnly, KwOnly bool
	// Star is *args, StarStar is **kwargs.
	Star, StarStar bool
}

// TypeExpr is a type in typeshed notation: a name with optional arguments
// (list[T], Callable[[T], Any]). Name is "|" for a union (Args are the
// alternatives), "[]" for a bracketed list of types (Callable's parameter
// list) and "..." for the ellipsis of tuple[T, ...].
type TypeExpr struct {
	Name string
	Args []*TypeExpr
}

// String renders the type back in typeshed notation.
func (t *TypeExpr) String() string {
	switch t.Name {
	case "|":
		parts := make([]string, len(t.Args))
		for i, a := range t.Args {
			parts[i] = a.String()
		}
		return strings.Join(parts, " | ")
	case "[]":
		return "[" + typeList(t.Args) + "]"
	}
	if len(t.Args) == 0 {
		return t.Name
	}
	return t.Name + "[" + typeList(t.Args) + "]"
}

func typeList(ts []*TypeExpr) string {
	parts := make([]string, len(ts))
	for i, a := range ts {
		parts[i] = a.String()
	}
	return strings.Join(parts, ", ")
}

// Required reports how many leading parameters have no default.
func (s *Sig) Required() int {
	n := 0
	for _, p := range s.Params {
		if p.Default != "" || p.Star || p.StarStar {
			break
		}
		n++
	}
	return n
}

// String renders the signature in typeshed notation.
func (s *Sig) String() string {
	var b strings.Builder
	b.WriteByte('(')
	kw := false
	for i, p := range s.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		if p.KwOnly && !kw && !p.Star && !p.StarStar {
			if i == 0 || !s.Params[i-1].Star {
				b.WriteString("*, ")
			}
		}
		kw = kw || p.KwOnly || p.Star
		switch {
		case p.Star:
			b.WriteByte('*')
		case p.StarStar:
			b.WriteString("**")
		}
		b.WriteString(p.Name)
		if p.Type != nil {
			b.WriteString(": " + p.Type.String())
		}
		if p.Default != "" {
			b.WriteString(" = " + p.Default)
		}
		if p.PosOnly && (i+1 == len(s.Params) || !s.Params[i+1].PosOnly) {
			b.WriteString(", /")
		}
	}
	b.WriteString(") -> ")
	b.WriteString(s.Ret.String())
	return b.String()
}

// ParseSig parses a signature in typeshed notation without the function
// name and self: "(sub: str, start: int | None = None, /) -> int".
func ParseSig(src string) (*Sig, error) {
	p := &sigParser{toks: tokenize(src)}
	s, err := p.sig()
	if err != nil {
		return nil, fmt.Errorf("signature %q: %v", src, err)
	}
	return s, nil
}

type sigParser struct {
	toks []string
	pos  int
}

func (p *sigParser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *sigParser) next() string {
	t := p.peek()
	p.pos++
	return t
}

func (p *sigParser) expect(t string) error {
	if got := p.next(); got != t {
		return fmt.Errorf("expected %q, found %q", t, got)
	}
	return nil
}

func (p *sigParser) sig() (*Sig, error) {
	if err := p.expect("("); err != nil {
		return nil, err
	}
	s := &Sig{}
	kwOnly := false
	for p.peek() != ")" {
		switch t := p.next(); t {
		case "/":
			for i := range s.Params {
				s.Params[i].PosOnly = true
			}
		case "*", "**":
			if p.peek() == "," || p.peek() == ")" {
				if t == "**" {
					return nil, fmt.Errorf("bare **")
				}
				kwOnly = true
				break
			}
			prm, err := p.param(p.next())
			if err != nil {
				return nil, err
			}
			prm.Star, prm.StarStar = t == "*", t == "**"
			kwOnly = true
			s.Params = append(s.Params, prm)
		default:
			if !isIdent(t) {
				return nil, fmt.Errorf("unexpected %q", t)
			}
			prm, err := p.param(t)
			if err != nil {
				return nil, err
			}
			prm.KwOnly = kwOnly
			s.Params = append(s.Params, prm)
		}
		if p.peek() == "," {
			p.next()
		} else if p.peek() != ")" {
			return nil, fmt.Errorf("expected , or ), found %q", p.peek())
		}
	}
	p.next()
	if err := p.expect("->"); err != nil {
		return nil, err
	}
	ret, err := p.typ()
	if err != nil {
		return nil, err
	}
	if p.pos != len(p.toks) {
		return nil, fmt.Errorf("trailing %q", p.peek())
	}
	s.Ret = ret
	return s, nil
}

func (p *sigParser) param(name string) (Param, error) {
	prm := Param{Name: name}
	if p.peek() == ":" {
		p.next()
		t, err := p.typ()
		if err != nil {
			return prm, err
		}
		prm.Type = t
	}
	if p.peek() == "=" {
		p.next()
		d := p.next()
		if d == "-" {
			d += p.next()
		}
		if d == "" || d == "," || d == ")" {
			return prm, fmt.Errorf("missing default of %s", name)
		}
		prm.Default = d
	}
	return prm, nil
}

func (p *sigParser) typ() (*TypeExpr, error) {
	t, err := p.primary()
	if err != nil {
		return nil, err
	}
	if p.peek() != "|" {
		return t, nil
	}
	u := &TypeExpr{Name: "|", Args: []*TypeExpr{t}}
	for p.peek() == "|" {
		p.next()
		a, err := p.primary()
		if err != nil {
			return nil, err
		}
		u.Args = append(u.Args, a)
	}
	return u, nil
}

func (p *sigParser) primary() (*TypeExpr, error) {
	t := p.next()
	if t == "[" {
		l := &TypeExpr{Name: "[]"}
		args, err := p.typeArgs()
		l.Args = args
		return l, err
	}
	if t == "..." {
		return &TypeExpr{Name: "..."}, nil
	}
	if !isIdent(t) {
		return nil, fmt.Errorf("expected a type, found %q", t)
	}
	te := &TypeExpr{Name: t}
	if p.peek() == "[" {
		p.next()
		args, err := p.typeArgs()
		if err != nil {
			return nil, err
		}
		te.Args = args
	}
	return te, nil
}

// typeArgs parses types up to and including "]".
func (p *sigParser) typeArgs() ([]*TypeExpr, error) {
	var out []*TypeExpr
	for p.peek() != "]" {
		a, err := p.typ()
		if err != nil {
			return nil, err
		}
		out = append(out, a)
		if p.peek() == "," {
			p.next()
		} else if p.peek() != "]" {
			return nil, fmt.Errorf("expected , or ], found %q", p.peek())
		}
	}
	p.next()
	return out, nil
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r) || i > 0 && r == '.') {
			return false
		}
	}
	return true
}

// tokenize splits a signature into identifiers, numbers, quoted strings and
// punctuation ("->", "...", "**" as single tokens).
func tokenize(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case strings.HasPrefix(s[i:], "->"), strings.HasPrefix(s[i:], "**"):
			out = append(out, s[i:i+2])
			i += 2
		case strings.HasPrefix(s[i:], "..."):
			out = append(out, "...")
			i += 3
		case c == '\'' || c == '"', c == 'b' && i+1 < len(s) && (s[i+1] == '\'' || s[i+1] == '"'):
			start := i
			if c == 'b' { // a bytes literal: b'...'
				i++
				c = s[i]
			}
			j := i + 1
			for j < len(s) && s[j] != c {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			out = append(out, s[start:min(j+1, len(s))])
			i = j + 1
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			j := i
			for j < len(s) && (s[j] == '_' || s[j] == '.' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
				j++
			}
			out = append(out, s[i:j])
			i = j
		default:
			out = append(out, string(c))
			i++
		}
	}
	return out
}
