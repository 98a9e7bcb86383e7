package py

import "strings"

// The sys extension module: sys.stdout and sys.stderr as print(file=)
// targets and writers, sys.maxsize, sys.getrecursionlimit (sys.exit is
// Exit).

// TextIO is sys.stdout or sys.stderr: a text stream print(file=) writes to.
type TextIO struct {
	name string
	err  bool
}

var (
	// Stdout is sys.stdout: the buffered standard output print writes to.
	Stdout = &TextIO{name: "<stdout>"}
	// Stderr is sys.stderr; writing to it flushes standard output first.
	StderrStream = &TextIO{name: "<stderr>", err: true}
)

// Write writes s and returns its length in code points, as TextIOWrapper.write.
func (t *TextIO) Write(s string) int64 {
	if t.err {
		Stderr(s)
	} else {
		WriteStdout(s)
	}
	return int64(len([]rune(s)))
}

// Flush flushes the stream's buffer.
func (t *TextIO) Flush() {
	if !t.err {
		Flush()
	}
}

// PyRepr writes the stream's repr, as CPython's for the standard streams.
func (t *TextIO) PyRepr(b *strings.Builder) {
	b.WriteString("<_io.TextIOWrapper name='" + t.name + "' mode='w' encoding='utf-8'>")
}

// PrintTo is print(*args, sep=sep, end=end, file=w, flush=flush); a nil
// w is standard output (file=None).
func PrintTo(w *TextIO, flush bool, sep, end string, args ...any) {
	if w == nil || !w.err {
		PrintFlush(flush, sep, end, args...)
		return
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(Str(a))
	}
	b.WriteString(end)
	Stderr(b.String())
}

// SysMaxsize is sys.maxsize.
func SysMaxsize() int64 { return 1<<63 - 1 }

// GetRecursionLimit is sys.getrecursionlimit().
func GetRecursionLimit() int64 { return RecursionLimit }
