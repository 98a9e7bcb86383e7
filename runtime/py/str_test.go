package py

import (
	"fmt"
	"strings"
	"testing"
)

func optArg(v any) Opt[int64] {
	if v == nil {
		return Opt[int64]{}
	}
	return Some(int64(v.(float64)))
}

func TestSlicesGolden(t *testing.T) {
	var cases [][5]any
	loadJSON(t, "slices.json", &cases)
	if len(cases) < 1000 {
		t.Fatal("too few slice cases")
	}
	for _, c := range cases {
		n := int(c[0].(float64))
		lo, hi, st := optArg(c[1]), optArg(c[2]), optArg(c[3])
		w := c[4].([]any)
		var want [2]string
		if w[0] == "ok" {
			want = [2]string{"ok", fmt.Sprint(w[1])}
		} else {
			want = [2]string{w[0].(string), w[1].(string)}
		}
		xs := make([]int64, n)
		s := ""
		for i := range xs {
			xs[i] = int64(i)
			s += string(rune('a' + i))
		}
		l := NewList(xs...)
		got := result(func() string {
			r := l.Slice(lo, hi, st)
			out := make([]float64, len(r.V))
			for i, v := range r.V {
				out[i] = float64(v)
			}
			return fmt.Sprint(out)
		})
		// fmt.Sprint of []any from JSON prints floats as [0 1 2]
		if got != want {
			t.Errorf("list(range(%d))[%v:%v:%v] = %v, want %v", n, c[1], c[2], c[3], got, want)
		}
		if want[0] != "ok" {
			continue
		}
		// the same slice over a str (ASCII and non-ASCII) and a tuple
		exp := ""
		for _, v := range w[1].([]any) {
			exp += string(rune('a' + int(v.(float64))))
		}
		if got := StrSlice(s, lo, hi, st); got != exp {
			t.Errorf("%q[%v:%v:%v] = %q want %q", s, c[1], c[2], c[3], got, exp)
		}
		us := strings.ReplaceAll(s, "a", "é")
		ue := strings.ReplaceAll(exp, "a", "é")
		if got := StrSlice(us, lo, hi, st); got != ue {
			t.Errorf("%q[%v:%v:%v] = %q want %q", us, c[1], c[2], c[3], got, ue)
		}
		if got := string(BytesSlice(Bytes(s), lo, hi, st)); got != exp {
			t.Errorf("bytes %q[%v:%v:%v] = %q want %q", s, c[1], c[2], c[3], got, exp)
		}
	}
}

func pyList(xs []string) string { return Repr(NewList(xs...)) }

func callStrMethod(name, s string, args []any) string {
	str := func(i int) string { return args[i].(string) }
	num := func(i int) int64 { return int64(args[i].(float64)) }
	optNum := func(i int) Opt[int64] {
		if i < len(args) {
			return Some(num(i))
		}
		return Opt[int64]{}
	}
	b := func(v bool) string { return Repr(v) }
	switch name {
	case "upper":
		return Repr(StrUpper(s))
	case "lower":
		return Repr(StrLower(s))
	case "title":
		return Repr(StrTitle(s))
	case "capitalize":
		return Repr(StrCapitalize(s))
	case "swapcase":
		return Repr(StrSwapCase(s))
	case "casefold":
		return Repr(StrCasefold(s))
	case "isdigit":
		return b(StrIsDigit(s))
	case "isalpha":
		return b(StrIsAlpha(s))
	case "isalnum":
		return b(StrIsAlnum(s))
	case "isspace":
		return b(StrIsSpace(s))
	case "isupper":
		return b(StrIsUpper(s))
	case "islower":
		return b(StrIsLower(s))
	case "isdecimal":
		return b(StrIsDecimal(s))
	case "isnumeric":
		return b(StrIsNumeric(s))
	case "isidentifier":
		return b(StrIsIdentifier(s))
	case "istitle":
		return b(StrIsTitle(s))
	case "strip", "lstrip", "rstrip":
		var chars Opt[string]
		if len(args) > 0 {
			chars = Some(str(0))
		}
		f := map[string]func(string, Opt[string]) string{"strip": StrStrip, "lstrip": StrLStrip, "rstrip": StrRStrip}[name]
		return Repr(f(s, chars))
	case "split", "rsplit":
		max := int64(-1)
		if len(args) > 1 {
			max = num(1)
		}
		if len(args) == 0 || args[0] == nil {
			if name == "split" {
				return Repr(StrSplitWhitespace(s, max))
			}
			return Repr(StrRSplitWhitespace(s, max))
		}
		if name == "split" {
			return Repr(StrSplit(s, str(0), max))
		}
		return Repr(StrRSplit(s, str(0), max))
	case "splitlines":
		return Repr(StrSplitlines(s, len(args) > 0 && args[0].(bool)))
	case "partition":
		return Repr(StrPartition(s, str(0)))
	case "rpartition":
		return Repr(StrRPartition(s, str(0)))
	case "count":
		return Repr(StrCount(s, str(0), optNum(1), optNum(2)))
	case "find":
		return Repr(StrFind(s, str(0), optNum(1), optNum(2)))
	case "rfind":
		return Repr(StrRFind(s, str(0), optNum(1), optNum(2)))
	case "index":
		return Repr(StrIndex(s, str(0), optNum(1), optNum(2)))
	case "rindex":
		return Repr(StrRIndex(s, str(0), optNum(1), optNum(2)))
	case "replace":
		c := int64(-1)
		if len(args) > 2 {
			c = num(2)
		}
		return Repr(StrReplace(s, str(0), str(1), c))
	case "startswith":
		return b(StrStartsWith(s, str(0)))
	case "endswith":
		return b(StrEndsWith(s, str(0)))
	case "zfill":
		return Repr(StrZfill(s, num(0)))
	case "center", "ljust", "rjust":
		fill := " "
		if len(args) > 1 {
			fill = str(1)
		}
		f := map[string]func(string, int64, string) string{"center": StrCenter, "ljust": StrLJust, "rjust": StrRJust}[name]
		return Repr(f(s, num(0), fill))
	case "expandtabs":
		return Repr(StrExpandTabs(s, num(0)))
	}
	panic("unknown method " + name)
}

// pyReprJSON renders a JSON-decoded python result as Python would repr it.
func pyReprJSON(v any) string {
	switch x := v.(type) {
	case string:
		return StrRepr(x)
	case bool:
		return Repr(x)
	case float64:
		return Repr(int64(x))
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pyReprJSON(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v)
}

func TestStrMethodsGolden(t *testing.T) {
	var cases [][4]any
	loadJSON(t, "strmethods.json", &cases)
	for _, c := range cases {
		name, s, args := c[0].(string), c[1].(string), c[2].([]any)
		w := c[3].([]any)
		var want [2]string
		if w[0] == "ok" {
			want = [2]string{"ok", pyReprJSON(w[1])}
			if name == "partition" || name == "rpartition" {
				p := w[1].([]any)
				want[1] = "(" + pyReprJSON(p[0]) + ", " + pyReprJSON(p[1]) + ", " + pyReprJSON(p[2]) + ")"
			}
		} else {
			want = [2]string{w[0].(string), w[1].(string)}
		}
		got := result(func() string { return callStrMethod(name, s, args) })
		if got != want {
			t.Errorf("%q.%s(%v) = %v, want %v", s, name, args, got, want)
		}
	}
}

func TestStrMisc(t *testing.T) {
	s := "héllo"
	if StrLen(s) != 5 || StrGetItem(s, 1) != "é" || StrGetItem(s, -1) != "o" {
		t.Error("rune indexing")
	}
	if got := result(func() string { return StrGetItem(s, 5) }); got != [2]string{"IndexError", "string index out of range"} {
		t.Error(got)
	}
	if Ord("é") != 233 || Chr(0x4f60) != "你" {
		t.Error("ord/chr")
	}
	if got := result(func() string { return StrInt(Ord("ab")) }); got != [2]string{"TypeError", "ord() expected a character, but string of length 2 found"} {
		t.Error(got)
	}
	for _, c := range []struct {
		i    int64
		want [2]string
	}{
		{-1, [2]string{"ValueError", "chr() arg not in range(0x110000)"}},
		{1 << 31, [2]string{"OverflowError", "Python int too large to convert to C int"}},
		{-1<<31 - 1, [2]string{"OverflowError", "Python int too large to convert to C int"}},
		{-1 << 31, [2]string{"ValueError", "chr() arg not in range(0x110000)"}},
	} {
		if got := result(func() string { return Chr(c.i) }); got != c.want {
			t.Error(c.i, got)
		}
	}
	b := StrEncode("na\u00efve", "utf-8")
	if Repr(b) != `b'na\xc3\xafve'` || BytesLen(b) != 6 || BytesDecode(b, "utf-8") != "naïve" || BytesGetItem(b, 0) != 110 ||
		Repr(BytesSlice(b, Some(int64(1)), Some(int64(3)), Opt[int64]{})) != `b'a\xc3'` {
		t.Error("bytes", Repr(b))
	}
	if got := result(func() string { return BytesDecode(Bytes("\xff"), "utf-8") }); got != [2]string{"UnicodeDecodeError", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"} {
		t.Error(got)
	}
	if got := result(func() string { return string(StrEncode("café", "ascii")) }); got != [2]string{"UnicodeEncodeError", "'ascii' codec can't encode character '\\xe9' in position 3: ordinal not in range(128)"} {
		t.Error(got)
	}
	if StrRepeat("ab", 3) != "ababab" || StrRepeat("-", 0) != "" || StrJoin("-", []string{"x", "y", "z"}) != "x-y-z" {
		t.Error("repeat/join")
	}
	if !StrStartsWithAny("Hello", []string{"X", "He"}, Opt[int64]{}, Opt[int64]{}) || StrEndsWithAny("Hello", []string{"X"}, Opt[int64]{}, Opt[int64]{}) ||
		!StrStartsWithAny("x >= 1", []string{"<=", ">="}, Opt[int64]{V: 2, Ok: true}, Opt[int64]{}) || StrEndsWithAny("abc", []string{"c"}, Opt[int64]{}, Opt[int64]{V: 2, Ok: true}) {
		t.Error("startswith tuple")
	}
	if got := result(func() string { return StrSplit("a", "", -1).V[0] }); got != [2]string{"ValueError", "empty separator"} {
		t.Error(got)
	}
}

func TestASCIIPrefix(t *testing.T) {
	base := strings.Repeat("abcdefgh", 5)
	for i := 0; i <= len(base); i++ {
		s := base[:i] + "é" + base
		if got := asciiPrefix(s); got != i {
			t.Fatalf("asciiPrefix at %d = %d", i, got)
		}
		if StrLen(s) != int64(i+1+len(base)) {
			t.Fatalf("StrLen %d", i)
		}
		if StrGetItem(s, int64(i)) != "é" || (i > 0 && StrGetItem(s, int64(i-1)) != base[i-1:i]) || StrGetItem(s, int64(i+1)) != "a" {
			t.Fatalf("StrGetItem around %d", i)
		}
	}
}

func BenchmarkStrLenASCII(b *testing.B) {
	s := strings.Repeat("hello world ", 10)
	for i := 0; i < b.N; i++ {
		sink += StrLen(s)
	}
}

func BenchmarkStrGetItem(b *testing.B) {
	s := strings.Repeat("hello world ", 10)
	for i := 0; i < b.N; i++ {
		_ = StrGetItem(s, int64(i%100))
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = Format(3.14159*float64(i), ">10.2f")
	}
}
