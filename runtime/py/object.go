package py

import (
	"fmt"
	"strings"
)

// PlainObject is an instance of the built-in class object, made by
// object() (typically a sentinel compared with `is`). It is not of zero
// size: each one has its own address, so each is a distinct object.
type PlainObject struct{ _ byte }

// NewObject is object(): a new, distinct object.
func NewObject() any { return &PlainObject{} }

// PyRepr writes CPython's repr of an object: <object object at 0x...>.
func (o *PlainObject) PyRepr(b *strings.Builder) {
	fmt.Fprintf(b, "<object object at %p>", o)
}

// PyTypeName reports the Python type name, object.
func (*PlainObject) PyTypeName() string { return "object" }
