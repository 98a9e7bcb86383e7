package parser

import (
	"strings"
	"testing"
	"time"
)

func TestChainWorst(t *testing.T) {
	for _, src := range []string{
		"x = " + strings.Repeat("-", 999) + "1\n",
		"x = " + strings.Repeat("2 ** ", 999) + "1\n",
		"x = " + strings.Repeat("(-", 199) + "1" + strings.Repeat(")", 199) + "\n",
		"x = " + strings.Repeat("[", 199) + "1" + strings.Repeat("]", 199) + "\n",
		"x = " + strings.Repeat("f(", 199) + "1" + strings.Repeat(")", 199) + "\n",
		"x = " + strings.Repeat("{1: ", 199) + "1" + strings.Repeat("}", 199) + "\n",
	} {
		st := time.Now()
		_, err := ParseFile("x.py", []byte(src))
		t.Log(err, time.Since(st))
	}
}
