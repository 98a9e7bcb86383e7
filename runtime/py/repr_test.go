package py

import (
	"math"
	"strings"
	"testing"
)

func TestFloatReprGolden(t *testing.T) {
	var cases [][2]string
	loadJSON(t, "floats.json", &cases)
	if len(cases) < 500 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		x := hexf(t, c[0])
		if got := FloatRepr(x); got != c[1] {
			t.Errorf("FloatRepr(%s) = %q, want %q", c[0], got, c[1])
		}
		if got := Repr(x); got != c[1] {
			t.Errorf("Repr(%s) = %q, want %q", c[0], got, c[1])
		}
	}
}

func TestStrReprGolden(t *testing.T) {
	var cases [][2]string
	loadJSON(t, "strrepr.json", &cases)
	for _, c := range cases {
		if got := StrRepr(c[0]); got != c[1] {
			t.Errorf("StrRepr(%q) = %s, want %s", c[0], got, c[1])
		}
	}
}

func TestReprContainers(t *testing.T) {
	names := NewList("ann", "bob", "it's", `say "hi"`, "both ' and \"")
	nested := NewDict[string, *Dict[string, int64]]()
	inner := NewDict[string, int64]()
	inner.Set("a", 1)
	inner.Set("b", 2)
	nested.Set("x", inner)
	nested.Set("y", NewDict[string, int64]())
	d2 := NewDict[MyPair, string]()
	d2.Set(MyPair{1, 2}, "pair")
	tests := []struct {
		v    any
		want string
	}{
		{names, `['ann', 'bob', "it's", 'say "hi"', 'both \' and "']`},
		{NewList[int64](), "[]"},
		{NewList(NewList[int64](1, 2), NewList[int64](3)), "[[1, 2], [3]]"},
		{NewList(1.5, 2.0), "[1.5, 2.0]"},
		{nested, "{'x': {'a': 1, 'b': 2}, 'y': {}}"},
		{d2, "{(1, 2): 'pair'}"},
		{MakeTuple1(int64(1)), "(1,)"},
		{MakeTuple3[int64, string, any](1, "a", None), "(1, 'a', None)"},
		{MakeTuple2(MakeTuple2[int64, int64](1, 2), MakeTuple2[int64, int64](3, 4)), "((1, 2), (3, 4))"},
		{MakeTuple2("x", MakeTuple1("y")), "('x', ('y',))"},
		{Tuple0{}, "()"},
		{NewList[any](None, true, false), "[None, True, False]"},
		{Bytes("abc"), "b'abc'"},
		{Bytes(""), "b''"},
		{StrEncode("caf\u00e9", "utf-8"), `b'caf\xc3\xa9'`},
		{Bytes("a\nb\t'"), `b"a\nb\t'"`},
		{Bytes("'\""), `b'\'"'`},
		{NewSet[int64](), "set()"},
		{NewSet[int64](5), "{5}"},
		{NewList(MakeTuple2("a", int64(1)), MakeTuple2("b", int64(2))), "[('a', 1), ('b', 2)]"},
		{Opt[int64]{}, "None"},
		{Some(int64(4)), "4"},
		{Some("s"), "'s'"},
		{Some(NewList[int64](1)), "[1]"},
		{NewList(Some(1.5), Opt[float64]{}), "[1.5, None]"},
		{NewTuple[int64](), "()"},
		{NewTuple[int64](1), "(1,)"},
		{NewTuple[int64](1, 2), "(1, 2)"},
		{math.Inf(-1), "-inf"},
		{NewList("héllo wörld", "ü"), "['héllo wörld', 'ü']"},
	}
	for _, tc := range tests {
		if got := Repr(tc.v); got != tc.want {
			t.Errorf("Repr(%T) = %s, want %s", tc.v, got, tc.want)
		}
	}
	if got := Str("plain"); got != "plain" {
		t.Error(got)
	}
	if got := Str(NewList[any]("1", int64(2))); got != "['1', 2]" {
		t.Error(got)
	}
	if got := Str(Some("x")); got != "x" {
		t.Error(got)
	}
}

type MyPair = Tuple2[int64, int64]

func TestPrint(t *testing.T) {
	var b strings.Builder
	for _, a := range []any{int64(1), 2.0, None, "x", true} {
		b.WriteString(Str(a) + "|")
	}
	if b.String() != "1|2.0|None|x|True|" {
		t.Error(b.String())
	}
}

func BenchmarkReprInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = Repr(int64(i))
	}
}

func BenchmarkReprFloat(b *testing.B) {
	x := 0.1
	for i := 0; i < b.N; i++ {
		_ = Repr(x * float64(i))
	}
}

func BenchmarkReprList(b *testing.B) {
	l := NewList[int64]()
	for i := int64(0); i < 100; i++ {
		l.Append(i * 1000)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = Repr(l)
	}
}
