package parser

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkCorpus(b *testing.B) {
	files, _ := filepath.Glob("/work/shared/conformance/*.py")
	var srcs [][]byte
	n := 0
	for _, f := range files {
		src, _ := os.ReadFile(f)
		srcs = append(srcs, src)
		n += len(src)
	}
	parsers()
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			ParseFile("x.py", s)
		}
	}
}
