package py

import (
	"fmt"
	"testing"
)

// TestRandomMatchesCPython compares with values CPython 3.11 printed for
// the same calls after the same seeds.
func TestRandomMatchesCPython(t *testing.T) {
	r := &Random{}
	r.Seed(123)
	var ints []int64
	for i := 0; i < 8; i++ {
		ints = append(ints, r.RandInt(-5, 5))
	}
	got := fmt.Sprint(ints)
	got += fmt.Sprintf(" %s %s %d %d", FloatRepr(r.Random()), FloatRepr(r.Uniform(2.5, 7.5)), r.RandRange(0, 100, 7), r.RandRange(0, 10, 1))
	xs := []int64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	Shuffle(r, xs)
	got += fmt.Sprint(" ", xs)
	pop := make([]int64, 100)
	for i := range pop {
		pop[i] = int64(i)
	}
	got += " " + Repr(Sample(r, pop, 5)) + " " + Repr(Sample(r, pop[:10], 4))
	got += fmt.Sprint(" ", []int64{3, 4, 5}[r.Choice(3)])
	r.Seed(1<<40 + 5)
	got += fmt.Sprint(" ", r.RandInt(0, 1<<40))
	want := "[-5 -1 -4 1 -1 -4 -5 1] 0.5362020400339269 4.160988492548399 91 0 [7 3 0 6 1 8 4 5 9 2] [99, 11, 76, 48, 8] [0, 5, 7, 9] 3 64105765088"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
