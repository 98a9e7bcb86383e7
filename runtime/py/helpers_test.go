package py

import (
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"
)

// result runs f and returns ["ok", value] or [exception class, str(exc)].
func result(f func() string) (out [2]string) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(Exception)
			if !ok {
				panic(r)
			}
			out = [2]string{e.Exc().ClassName(), e.Error()}
		}
	}()
	return [2]string{"ok", f()}
}

func loadJSON(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}

func hexf(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad float %q: %v", s, err)
	}
	return f
}

// pyHex formats a float like Python's float.hex() for comparisons.
func pyHex(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case x != x:
		return "nan"
	}
	if x == 0 {
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	return strconv.FormatFloat(x, 'x', -1, 64)
}

// sameFloat compares a float with an expected python float.hex() string.
func sameFloat(t *testing.T, got float64, want string) bool {
	w := hexf(t, want)
	if w != w {
		return got != got
	}
	return got == w && math.Signbit(got) == math.Signbit(w)
}

func toAny(v any) any {
	switch x := v.(type) {
	case float64:
		if x == math.Trunc(x) {
			return int64(x)
		}
		return x
	case []any:
		l := NewList[any]()
		for _, e := range x {
			l.Append(toAny(e))
		}
		return l
	case nil:
		return None
	}
	return v
}
