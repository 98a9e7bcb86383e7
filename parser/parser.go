// Package parser turns aiogo source (a statically typed subset of Python
// 3.11) into the syntax tree of package ast.
//
// It accepts every statement and expression form of Python 3.11 that the
// ast package can represent, even those that later stages reject: its job
// is only to say what the programmer wrote. Match statements are the one
// loose spot: the subject is parsed, the case blocks are skipped.
//
// The work happens in three steps:
//
//   - lexer.go: a participle regexp lexer, wrapped by an indentation-aware
//     layer that synthesises Newline, Indent and Dedent tokens;
//   - grammar.go: participle structs, one per production;
//   - convert.go and strings.go: conversion of the participle tree into
//     package ast, with literal decoding, f-string parsing and the syntax
//     checks the grammar leaves open.
//
// Errors are *Error values printed as "file.py:LINE:COL: message", with
// 1-based lines and byte columns.
package parser

import (
	"bytes"
	"errors"
	"fmt"
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
	return c.module(tree), nil
}

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
