package parser

import (
	"strings"
	"testing"
)

func benchSrc(b *testing.B, line string) {
	src := []byte(strings.Repeat(line, 100))
	parsers()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("x.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
func BenchmarkName(b *testing.B)   { benchSrc(b, "x\n") }
func BenchmarkAssign(b *testing.B) { benchSrc(b, "x = a\n") }
func BenchmarkCall(b *testing.B)   { benchSrc(b, "f(a, b)\n") }
func BenchmarkArith(b *testing.B)  { benchSrc(b, "x = a + b * c\n") }
