package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func Test500(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/conformance/*.py")
	var b strings.Builder
	lines := 0
	for _, f := range files {
		src, _ := os.ReadFile(f)
		b.Write(src)
		lines += strings.Count(string(src), "\n")
		if lines >= 500 {
			break
		}
	}
	src := []byte(b.String())
	parsers()
	best := time.Hour
	for i := 0; i < 10; i++ {
		st := time.Now()
		if _, err := ParseFile("x.py", src); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(st); d < best {
			best = d
		}
	}
	t.Logf("%d lines: best %v", lines, best)
}
