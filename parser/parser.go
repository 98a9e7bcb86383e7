// Package parser turns aiogo source (a statically typed subset of Python
// 3.11) into the syntax tree of package ast.
//
//	mod, err := parser.ParseFile("prog.py", src)
//
// It accepts the whole Python 3.11 grammar that package ast represents,
// including forms that later stages reject: its job is only to say what
// the programmer wrote. On the corpus and on thousands of mutated programs
// it accepts and rejects exactly what CPython 3.11's ast.parse does, and
// builds the same tree with the same positions, with these exceptions:
//
//   - a case pattern is parsed as an expression without a conditional
//     (ast.MatchCase): `as` is allowed around the whole pattern only, and
//     what is not a pattern is refused by the checker rather than here;
//   - \N{...} escapes name the characters of unicode_names.go (others and
//     escapes of lone surrogates are rejected);
//   - "*x = 1" is rejected here (CPython rejects it when compiling).
//
// Tree conventions (Dump shows them):
//
//   - Positions are 1-based lines and byte columns and follow CPython's
//     ast: binary operators, comparisons, boolean operators and conditional
//     expressions start at their left operand, parentheses included
//     ("(a+b)*c" starts at "("); calls, attributes and subscripts at the
//     start of the primary; a parenthesised expression at its inner
//     expression; def, async def and class at the keyword ("async" for
//     async def), not at a decorator; *args and **kwargs at the name; the
//     "/" and "*" markers at their token; a comprehension clause at "for"
//     (or "async"); a with-item at its context expression; a format spec
//     at its ":".
//   - In an f-string, SelfDoc holds the text of f"{x = }" up to and
//     including the spaces after "=", and Conv is the conversion as written
//     (0 when absent). CPython formats such a field with repr when it has
//     neither a conversion nor a spec; the parser leaves that rule to its
//     consumers. Literal parts are merged and never empty; an f-string
//     without fields is still an FString.
//   - An integer literal too large for int64 has Overflow set and Value 0.
//
// Errors are *Error values whose text is "file.py:LINE:COL: message".
//
// The work happens in three steps:
//
//   - lexer.go: a participle regexp lexer, wrapped by an indentation-aware
//     layer that synthesises Newline, Indent and Dedent tokens and types
//     tokens so that the grammar never backtracks;
//   - grammar.go: participle structs, one per production;
//   - convert.go and strings.go: conversion of the participle tree into
//     package ast, with precedence climbing, literal decoding, f-string
//     parsing and the syntax checks the grammar leaves open.
package parser

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/aiogo/aiogo/ast"
	"github.com/alecthomas/participle/v2"
)

// Error is a syntax error at a source position.
type Error struct {
	Pos ast.Pos
	Msg string
}

// Error formats the error as file:line:col: message.
func (e Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ParseFile parses one source file. filename is used in positions only.
// On failure it returns a nil module and an *Error.
func ParseFile(filename string, src []byte) (mod *ast.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod = nil
			if e, ok := r.(*Error); ok {
				err = e
				return
			}
			err = &Error{Pos: ast.Pos{File: filename, Line: 1, Col: 1}, Msg: fmt.Sprintf("internal parser error: %v", r)}
		}
	}()
	text, err := prepare(filename, src)
	if err != nil {
		return nil, err
	}
	fp, _ := parsers()
	c := &converter{file: filename}
	tree, err := fp.ParseString(filename, text)
	if err != nil {
		return nil, c.convertErr(err)
	}
	mod = c.module(tree)
	mod.Extensions = extensionsPragma.MatchString(text)
	for i, line := range strings.Split(text, "\n") {
		if typeIgnore.MatchString(line) {
			if mod.TypeIgnores == nil {
				mod.TypeIgnores = map[int]bool{}
			}
			mod.TypeIgnores[i+1] = true
		}
	}
	return mod, nil
}

// typeIgnore matches a line whose comment silences mypy.
var typeIgnore = regexp.MustCompile(`#\s*type:\s*ignore\b`)

// extensionsPragma is the comment line by which a file opts in to the
// modules beyond the language contract (see ast.Module.Extensions).
var extensionsPragma = regexp.MustCompile(`(?m)^#\s*aiogo:\s*extensions\s*$`)

// prepare checks the encoding and normalises line endings. Removing the
// "\r" of "\r\n" keeps every line and column of the source unchanged.
func prepare(filename string, src []byte) (string, error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	posOf := func(off int) ast.Pos {
		line := 1 + bytes.Count(src[:off], []byte("\n"))
		return ast.Pos{File: filename, Line: line, Col: off - (bytes.LastIndexByte(src[:off], '\n') + 1) + 1}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return "", &Error{Pos: posOf(i), Msg: "source code cannot contain null bytes"}
	}
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			i += n
		}
		return "", &Error{Pos: posOf(i), Msg: "invalid UTF-8 in source"}
	}
	if bytes.IndexByte(src, '\r') < 0 {
		return string(src), nil
	}
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// convertErr turns a lexer or participle error into an *Error with a file
// position and a lower-case, stable message.
func (c *converter) convertErr(err error) *Error {
	var le *lexError
	if errors.As(err, &le) {
		return &Error{Pos: c.pos(le.Pos), Msg: le.Msg}
	}
	var ue *participle.UnexpectedTokenError
	if errors.As(err, &ue) {
		return &Error{Pos: c.pos(ue.Unexpected.Pos), Msg: c.unexpected(ue)}
	}
	var pe participle.Error
	if errors.As(err, &pe) {
		return &Error{Pos: c.pos(pe.Position()), Msg: lowerFirst(pe.Message())}
	}
	return &Error{Pos: ast.Pos{File: c.file, Line: 1, Col: 1}, Msg: lowerFirst(err.Error())}
}

// unexpected words an unexpected-token error.
func (c *converter) unexpected(ue *participle.UnexpectedTokenError) string {
	t := ue.Unexpected
	d := lexDef
	msg := ue.Message()
	switch {
	case strings.Contains(msg, "(expected <indent>"):
		return "expected an indented block"
	case strings.Contains(msg, "(expected \":\" Block"):
		return "expected ':'"
	case strings.Contains(msg, "(expected ((ExceptClause+"):
		return "expected 'except' or 'finally' block"
	case t.EOF(), t.Type == d.newline && t.Value == "":
		return "unexpected EOF"
	case t.Type == d.indent:
		return "unexpected indent"
	case t.Type == d.dedent:
		return "unexpected dedent"
	case t.Type == d.newline:
		return "unexpected newline"
	}
	return fmt.Sprintf("unexpected token %q", t.Value)
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return strings.ToLower(string(r)) + s[n:]
}
