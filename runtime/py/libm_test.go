package py

import (
	"math"
	"strconv"
	"testing"
)

// TestLibm checks libm.go against values printed by CPython 3.11.7 on
// glibc 2.36 (float.hex), arguments chosen where Go's math package differs.
func TestLibm(t *testing.T) {
	hex := func(s string) float64 {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	for _, c := range []struct {
		f       func(float64) float64
		x, want string
	}{
		{libmExp, "-0x1.6ed97a4749b00p+8", "0x1.adf255ed2cafbp-530"},
		{libmExp, "0x1.ef5e08e697870p+5", "0x1.4276f9085d336p+89"},
		{libmExp, "-0x1.6c2022f96b588p+7", "0x1.43cc397bc20e0p-263"},
		{libmExp, "0x1.22f9e237eb324p+7", "0x1.dc0671e37bc31p+209"},
		{libmExp, "0x1.600450614c588p+7", "0x1.e69024bc773a2p+253"},
		{libmExp, "-0x1.30213a7a02922p+9", "0x1.61d36c80edf33p-878"},
		{libmLog, "0x1.e712fed904354p-1", "-0x1.98d8f9e2022efp-5"},
		{libmLog, "0x1.dd04d415e508fp+987", "0x1.56611b4e391b6p+9"},
		{libmLog, "0x0.00bc3a31dc861p-1022", "-0x1.651fe34360916p+9"},
		{libmLog, "0x1.ee1c8f417bfb2p-1", "-0x1.2355a6228202dp-5"},
		{libmLog, "0x1.ce557c7b8a926p+480", "0x1.4d4d3fec76953p+8"},
		{libmLog, "0x0.00ae1954cb447p-1022", "-0x1.6529e009caf1bp+9"},
		{libmLog2, "0x1.f5d32ceb647a3p-1", "-0x1.da79f4e31f931p-6"},
		{libmLog2, "0x1.1c21258ca685dp+436", "0x1.b42680ec59d79p+8"},
		{libmLog2, "0x0.00745485e8ee0p-1022", "-0x1.01c8d3a8397bcp+10"},
		{libmLog2, "0x1.07b409250bcdfp+0", "0x1.5e6297341891cp-5"},
		{libmLog2, "0x1.956d3ab7a9cb5p-803", "-0x1.912b1913b4878p+9"},
		{libmLog2, "0x0.008076eaa811bp-1022", "-0x1.01bfaa6003f94p+10"},
		{libmLog10, "0x1.033e0092bc99dp+0", "0x1.6633ad96658a5p-8"},
		{libmLog10, "0x1.caa3d77dc0e4fp-298", "-0x1.65d0987fc4e22p+6"},
		{libmLog10, "0x0.00c8ddf0d5d21p-1022", "-0x1.362a8dda4c27dp+8"},
		{libmLog10, "0x1.0afb234ce4475p+0", "0x1.2ad9caa5d931cp-6"},
		{libmLog10, "0x1.6b386c3b8fcf7p-672", "-0x1.9447cbcf3526ap+7"},
		{libmLog10, "0x0.00a79f1cda8d2p-1022", "-0x1.363eab95e94b9p+8"},
	} {
		if got := c.f(hex(c.x)); got != hex(c.want) {
			t.Errorf("f(%s) = %x, want %s", c.x, got, c.want)
		}
	}
	if !math.IsInf(libmLog(0), -1) || !math.IsNaN(libmLog10(-1)) || libmExp(math.Inf(-1)) != 0 {
		t.Error("special values")
	}
}
