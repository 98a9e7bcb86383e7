package parser

import (
	"strings"
	"testing"
)

func TestChain(t *testing.T) {
	long := "x = " + strings.Repeat("a - ", 5000) + "b\n"
	if _, err := ParseFile("x.py", []byte(long)); err != nil {
		t.Fatal(err)
	}
	neg := "x = [" + strings.Repeat("-1, ", 5000) + "]\n"
	if _, err := ParseFile("x.py", []byte(neg)); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		"x = " + strings.Repeat("-", 100000) + "1\n",
		"x = " + strings.Repeat("not ", 100000) + "1\n",
		"x = " + strings.Repeat("2 ** ", 100000) + "1\n",
		"x = " + strings.Repeat("a if b else ", 100000) + "1\n",
		"x = " + strings.Repeat("lambda: ", 100000) + "1\n",
		"x = " + strings.Repeat("(", 100000) + "1\n",
		"x = " + strings.Repeat("[", 100000) + "1\n",
		"x = " + strings.Repeat("await ", 100000) + "1\n",
		strings.Repeat("if x:\n", 1) + strings.Repeat(" ", 1),
	} {
		_, err := ParseFile("x.py", []byte(bad))
		t.Log(err)
	}
	deep := ""
	for i := 0; i < 150; i++ {
		deep += strings.Repeat(" ", i) + "if x:\n"
	}
	deep += strings.Repeat(" ", 150) + "pass\n"
	_, err := ParseFile("x.py", []byte(deep))
	t.Log(err)
}
