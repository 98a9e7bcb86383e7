package py

import (
	"math"
	"strconv"
	"testing"
)

func TestFormatGolden(t *testing.T) {
	var cases [][5]string
	loadJSON(t, "format.json", &cases)
	for _, c := range cases {
		kind, val, spec := c[0], c[1], c[2]
		want := [2]string{c[3], c[4]}
		var v any
		switch kind {
		case "float":
			v = hexf(t, val)
		case "int":
			i, err := strconv.ParseInt(val, 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			v = i
		case "str":
			v = val
		case "bool":
			v = val == "True"
		case "none":
			v = None
		}
		got := result(func() string { return Format(v, spec) })
		if got != want {
			t.Errorf("format(%s %s, %q) = %q, want %q", kind, val, spec, got, want)
		}
	}
}

func TestStrFormatGolden(t *testing.T) {
	var cases [][5]any
	loadJSON(t, "strformat.json", &cases)
	for _, c := range cases {
		f := c[0].(string)
		var args []any
		for _, a := range c[1].([]any) {
			args = append(args, toAny(a))
		}
		kw := map[string]any{}
		for k, v := range c[2].(map[string]any) {
			kw[k] = toAny(v)
		}
		want := [2]string{c[3].(string), c[4].(string)}
		got := result(func() string { return StrFormat(f, args, kw) })
		if got != want {
			t.Errorf("%q.format(%v, %v) = %q, want %q", f, c[1], c[2], got, want)
		}
	}
}

// TestFStringsConformance ports the cases of conformance/004_basics_fstrings.py.
func TestFStringsConformance(t *testing.T) {
	x := 3.14159
	n := int64(42)
	s := "hi"
	j := func(parts ...string) string {
		out := ""
		for i, p := range parts {
			if i > 0 {
				out += "|"
			}
			out += p
		}
		return out
	}
	lines := []struct{ got, want string }{
		{j(Format(x, ".2f"), Format(x, "8.3f"), Format(x, "<8.1f"), Format(x, "e"), Format(x, ".3g"), Format(x, "+.1f")),
			"3.14|   3.142|3.1     |3.141590e+00|3.14|+3.1"},
		{j(Format(n, "5d"), Format(n, "<5d"), Format(n, "^5d"), Format(n, "05d"), Format(n, "+d"), Format(-n, "d"), Format(-n, "06d")),
			"   42|42   | 42  |00042|+42|-42|-00042"},
		{j(Format(n, "x"), Format(n, "X"), Format(n, "o"), Format(n, "b"), Format(n, "#x"), Format(n, "#b"), Format(int64(1234567), ","), Format(int64(1234567), "_")),
			"2a|2A|52|101010|0x2a|0b101010|1,234,567|1_234_567"},
		{j(Format(s, ">6"), Format(s, "<6"), Format(s, "^6"), Format(s, "*^7"), Format(Repr(s), ""), Format(Str(s), ""), Format(s, ".1")),
			"    hi|hi    |  hi  |**hi***|'hi'|hi|h"},
		{j(Format(0.5, "%"), Format(0.25, ".1%"), Format(1e16, "g"), Format(1.0, "g"), Format(123456789.0, ".3e"), Format(0.0001, "g")),
			"50.000000%|25.0%|1e+16|1|1.235e+08|0.0001"},
		{"[" + Format(x, StrFormat("{}.{}f", []any{int64(10), int64(3)}, nil)) + "] [" + Format(s, ">"+Str(int64(10))) + "]",
			"[     3.142] [        hi]"},
		{StrFormat("{} and {}", []any{"a", "b"}, nil) + " " + StrFormat("{1}{0}", []any{"x", "y"}, nil) + " " + StrFormat("{:>4}", []any{int64(7)}, nil),
			"a and b yx    7"},
		{StrFormat("{name}: {val:.1f}", nil, map[string]any{"name": "t", "val": 2.25}) + " " + StrFormat("{0}{0}", []any{"ab"}, nil),
			"t: 2.2 abab"},
		{Format("apple", "<8") + Format(1.5, ">8.2f"), "apple       1.50"},
		{j(Format(true, ""), Format(None, ""), Format(NewList[any](int64(1), "a"), ""), Format(MakeTuple1(int64(1)), ""), Format(DictFromItems([]Tuple2[string, int64]{{"k", 1}}), "")),
			"True|None|[1, 'a']|(1,)|{'k': 1}"},
		{j(Format(math.Copysign(0, -1), ".1f"), Format(2.5, ".0f"), Format(3.5, ".0f"), Format(DivInt(1, 3), ".5f"), Format(1e-05, ".2e"), Format(1234.5, ",.2f")),
			"-0.0|2|4|0.33333|1.00e-05|1,234.50"},
		{Format(int64(7), ">3") + Format(int64(8), ">3") + Format(int64(9), ">3") + " " + Format("left", "<6") + "| " + Format(3.0, "5") + "|" + Format(int64(7), "5") + "|",
			"  7  8  9 left  |   3.0|    7|"},
	}
	for i, l := range lines {
		if l.got != l.want {
			t.Errorf("line %d: got %q want %q", i, l.got, l.want)
		}
	}
}
