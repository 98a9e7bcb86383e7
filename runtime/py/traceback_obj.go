package py

import (
	"fmt"
	"strings"
)

// Traceback stands for the traceback object CPython passes as the third
// argument of __exit__/__aexit__ (the program may only pass it along).
type Traceback struct{ exc Exception }

// PyRepr implements Reprer: <traceback object at 0x...> as CPython prints
// it (the address varies between runs there too).
func (t *Traceback) PyRepr(b *strings.Builder) {
	fmt.Fprintf(b, "<traceback object at %p>", t)
}

// PyTypeName implements TypeNamer.
func (*Traceback) PyTypeName() string { return "traceback" }

// TracebackOf is the traceback argument of __exit__ for the exception
// leaving a with block: None on a normal exit.
func TracebackOf(e Exception) any {
	if e == nil {
		return None
	}
	return &Traceback{e}
}

// TracebackOpt is the traceback argument of __exit__ declared
// Optional[TracebackType] (or object | None): None on a normal exit.
func TracebackOpt(e Exception) Opt[any] {
	if e == nil {
		return Opt[any]{}
	}
	return Some[any](&Traceback{e})
}
