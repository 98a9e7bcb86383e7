package parser

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/aiogo/aiogo/ast"
)

// Dump renders a syntax tree as an indented S-expression, for golden tests
// and debugging. Every node prints as "(Type line:col attrs...": scalar
// fields follow as Name=value (empty strings, false booleans and zero
// runes are left out, except a literal's Value), and child nodes follow on
// their own lines as Name=(...) or Name=[...]. Nil and empty children are
// left out. The output is stable: it depends only on the tree.
func Dump(m *ast.Module) string {
	var d dumper
	if m == nil {
		return "(nil)\n"
	}
	d.node(reflect.ValueOf(m), 0)
	d.b.WriteByte('\n')
	return d.b.String()
}

type dumper struct {
	b strings.Builder
}

var (
	posType   = reflect.TypeOf(ast.Pos{})
	exprType  = reflect.TypeOf((*ast.Expr)(nil)).Elem()
	stmtType  = reflect.TypeOf((*ast.Stmt)(nil)).Elem()
	runeField = reflect.TypeOf(rune(0))
)

func (d *dumper) indent(n int) {
	d.b.WriteByte('\n')
	for i := 0; i < n; i++ {
		d.b.WriteString("  ")
	}
}

func fmtPos(p ast.Pos) string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// isChild reports whether a field holds tree nodes rather than scalars.
func isChild(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Ptr:
		return t.Elem().Kind() == reflect.Struct
	case reflect.Slice:
		return isChild(t.Elem()) || t.Elem().Kind() == reflect.Struct
	case reflect.Struct:
		return t != posType
	}
	return false
}

// node writes v (a pointer to a node struct, a node struct or an
// interface holding one) starting at the current column.
func (d *dumper) node(v reflect.Value, depth int) {
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Ptr {
		if v.IsNil() {
			d.b.WriteString("nil")
			return
		}
		v = v.Elem()
	}
	t := v.Type()
	d.b.WriteString("(" + t.Name())
	// Header: position and scalars.
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if !f.IsExported() || isChild(f.Type) {
			continue
		}
		switch {
		case f.Type == posType:
			if f.Name == "Pos" {
				d.b.WriteString(" " + fmtPos(fv.Interface().(ast.Pos)))
			} else {
				d.b.WriteString(" " + f.Name + "=" + fmtPos(fv.Interface().(ast.Pos)))
			}
		case f.Type == runeField:
			if r := fv.Int(); r != 0 {
				d.b.WriteString(" " + f.Name + "=" + strconv.QuoteRune(rune(r)))
			}
		case f.Type.Kind() == reflect.String:
			if fv.String() != "" || f.Name == "Value" {
				d.b.WriteString(" " + f.Name + "=" + strconv.Quote(fv.String()))
			}
		case f.Type.Kind() == reflect.Bool:
			if fv.Bool() || f.Name == "Value" {
				d.b.WriteString(" " + f.Name + "=" + strconv.FormatBool(fv.Bool()))
			}
		case f.Type.Kind() == reflect.Int || f.Type.Kind() == reflect.Int64:
			d.b.WriteString(" " + f.Name + "=" + strconv.FormatInt(fv.Int(), 10))
		case f.Type.Kind() == reflect.Float64:
			d.b.WriteString(" " + f.Name + "=" + strconv.FormatFloat(fv.Float(), 'g', -1, 64))
		case f.Type.Kind() == reflect.Map:
			if fv.Len() > 0 {
				d.b.WriteString(" " + f.Name + "=" + fmt.Sprint(fv.Interface()))
			}
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.String:
			qs := make([]string, fv.Len())
			for k := range qs {
				qs[k] = strconv.Quote(fv.Index(k).String())
			}
			d.b.WriteString(" " + f.Name + "=[" + strings.Join(qs, " ") + "]")
		default:
			d.b.WriteString(" " + f.Name + "=" + fmt.Sprint(fv.Interface()))
		}
	}
	// Children.
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if !f.IsExported() || !isChild(f.Type) {
			continue
		}
		switch f.Type.Kind() {
		case reflect.Slice:
			if fv.Len() == 0 {
				continue
			}
			d.indent(depth + 1)
			d.b.WriteString(f.Name + "=[")
			for k := 0; k < fv.Len(); k++ {
				d.indent(depth + 2)
				d.node(fv.Index(k), depth+2)
			}
			d.b.WriteString("]")
		default:
			if (fv.Kind() == reflect.Interface || fv.Kind() == reflect.Ptr) && fv.IsNil() {
				continue
			}
			d.indent(depth + 1)
			d.b.WriteString(f.Name + "=")
			d.node(fv, depth+1)
		}
	}
	d.b.WriteString(")")
}
