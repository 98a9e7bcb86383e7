package check

import (
	"testing"

	"github.com/aiogo/aiogo/parser"
)

// TestFloatPositions checks which float positions the checker types as
// int | float (those an int reaches, directly or through other positions)
// and which stay float.
func TestFloatPositions(t *testing.T) {
	tests := []struct {
		name, src string
		want      map[string]string // variable -> type
	}{
		{"literal", "x: float = 2\ny: float = 2.5\n",
			map[string]string{"x": "int | float", "y": "float"}},
		{"later assignment", "x: float = 2.5\nx = 3\ny: float = 1.5\ny = y * 2\n",
			map[string]string{"x": "int | float", "y": "float"}},
		{"through a variable", "a: float = 1\nb: float = a\nc: float = 1.5\nd: float = c\n",
			map[string]string{"a": "int | float", "b": "int | float", "c": "float", "d": "float"}},
		{"arithmetic keeps int", "a: float = 1\nb: float = a + 1\nc: float = a / 2\nd: float = a * 0.5\n",
			map[string]string{"b": "int | float", "c": "float", "d": "float"}},
		{"float arithmetic stays float", "a: float = 1.5\nb: float = a + 1\nc: float = -a\n",
			map[string]string{"a": "float", "b": "float", "c": "float"}},
		{"parameter and return", "def f(r: float) -> float:\n    return r\n\ndef g(r: float) -> float:\n    return r\n\nx = f(2)\ny = g(2.5)\n",
			map[string]string{"x": "int | float", "y": "float"}},
		{"default", "def f(r: float = 1) -> float:\n    return r\n\nx = f()\n",
			map[string]string{"x": "int | float"}},
		{"list element", "xs: list[float] = [1, 2.5]\nys: list[float] = [1.5]\n",
			map[string]string{"xs": "list[int | float]", "ys": "list[float]"}},
		{"invariant containers unify", "xs: list[float] = [1.5]\ndef add(zs: list[float]) -> None:\n    zs.append(1)\n\nadd(xs)\n",
			map[string]string{"xs": "list[int | float]"}},
		{"dict value", "d: dict[str, float] = {}\nd['a'] = 1\ne: dict[str, float] = {'a': 0.5}\n",
			map[string]string{"d": "dict[str, int | float]", "e": "dict[str, float]"}},
		{"optional", "o: float | None = None\no = 2\np: float | None = None\np = 2.5\n",
			map[string]string{"o": "int | float | None", "p": "float | None"}},
		{"unannotated display", "xs = [1, 2.5]\nys = [1.5, 2.5]\n",
			map[string]string{"xs": "list[int | float]", "ys": "list[float]"}},
		{"field", "class A:\n    def __init__(self, v: float) -> None:\n        self.v = v\n\na = A(1)\nx = a.v\n",
			map[string]string{"x": "int | float"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := parser.ParseFile("t.py", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			info, err := Check("t.py", m)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, s := range info.Globals {
				got[s.Name] = s.Type.String()
			}
			for name, want := range tt.want {
				if got[name] != want {
					t.Errorf("%s: %s, want %s", name, got[name], want)
				}
			}
		})
	}
}

// TestFloatKeysRefused checks that int | float dict keys and set elements
// (2 and 2.0 are one key in CPython) are refused.
func TestFloatKeysRefused(t *testing.T) {
	for _, src := range []string{
		"d: dict[float, str] = {}\nd[2] = 'a'\n",
		"s: set[float] = {1, 2.5}\n",
		"d = {1: 'a', 2.5: 'b'}\n",
	} {
		m, err := parser.ParseFile("t.py", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Check("t.py", m); err == nil {
			t.Errorf("%q compiled", src)
		}
	}
}
