package codegen

import (
	"bytes"
	"go/format"
	"go/scanner"
	"go/token"
)

// Line directives inside multi-line statements.
//
// A //line directive numbers the Go lines after it consecutively: the
// second Go line of a statement generated for Python line 31 counts as
// line 32. A Python statement often lowers to one Go statement spanning
// lines (a call whose argument is a function literal, a wrapped argument
// list), and a panic raised through a call on a later line of it printed
// a traceback naming a later Python line (35 for an error on line 31).
// pinLineDirectives repeats the directive before every continuation line
// of the statement that follows it, so all of them count as its Python
// line.

// pinLineDirectives returns src, gofmt-formatted Go, with each //line
// directive repeated before the continuation lines of the statement it
// precedes: the lines indented deeper than the statement's first line and
// the closing brackets at its indentation, up to the next statement, blank
// line or top-level line. Lines inside a multi-line raw string are left
// alone. The result is formatted again.
func pinLineDirectives(src []byte) []byte {
	if !bytes.Contains(src, []byte("\n//line ")) {
		return src
	}
	inString := rawStringLines(src)
	lines := bytes.SplitAfter(src, []byte("\n"))
	var out bytes.Buffer
	out.Grow(len(src) + len(src)/4)
	var directive []byte // the directive of the statement being continued
	first := -1          // the indentation of that statement's first line
	for i, ln := range lines {
		if bytes.HasPrefix(ln, []byte("//line ")) {
			directive, first = ln, -1
			out.Write(ln)
			continue
		}
		body := bytes.TrimLeft(ln, "\t")
		indent := len(ln) - len(body)
		switch {
		case directive == nil || inString[i+1]:
		case len(bytes.TrimSpace(ln)) == 0 || indent == 0:
			directive = nil
		case first < 0:
			first = indent // the statement's first line, just below its directive
		case indent > first || indent == first && (body[0] == '}' || body[0] == ')'):
			out.Write(directive)
		default:
			directive = nil
		}
		out.Write(ln)
	}
	formatted, err := format.Source(out.Bytes())
	if err != nil {
		return src // keep the consecutive numbering rather than fail
	}
	return formatted
}

// rawStringLines reports the lines (1-based) that begin inside a token
// spanning lines: a raw string or a block comment.
func rawStringLines(src []byte) map[int]bool {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(f, src, nil, scanner.ScanComments)
	inside := map[int]bool{}
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			return inside
		}
		if (tok == token.STRING || tok == token.COMMENT) && bytes.IndexByte([]byte(lit), '\n') >= 0 {
			line := func(p token.Pos) int { return f.PositionFor(p, false).Line } // not renumbered by //line
			end := line(pos + token.Pos(len(lit)) - 1)
			for l := line(pos) + 1; l <= end; l++ {
				inside[l] = true
			}
		}
	}
}
