package py

import "testing"

var sinkInt int64

// BenchmarkIntOps: int + - * % // of generated code (one op per iteration, on
// a loop counter, as in `total += i % 7`).
func BenchmarkIntOps(b *testing.B) {
	n := int64(7)
	for _, bc := range []struct {
		name string
		f    func(i int64) int64
	}{
		{"Add", func(i int64) int64 { return AddInt(i, 3) }},
		{"Sub", func(i int64) int64 { return SubInt(i, 3) }},
		{"Mul", func(i int64) int64 { return MulInt(i, 3) }},
		{"ModConst", func(i int64) int64 { return ModInt(i, 7) }},
		{"ModVar", func(i int64) int64 { return ModInt(i, n) }},
		{"FloorDivConst", func(i int64) int64 { return FloorDivInt(i, 7) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var s int64
			for i := range int64(b.N) {
				s += bc.f(i)
			}
			sinkInt = s
		})
	}
}
