package parser

import (
	"errors"
	"fmt"
	"testing"

	"github.com/alecthomas/participle/v2"
)

func TestDbg(t *testing.T) {
	for _, in := range []string{"if x:\npass\n", "if x:\n", "def f():\nreturn\n", "while x:\n\nx = 1\n"} {
		fp, _ := parsers()
		_, err := fp.ParseString("x.py", in)
		var ue *participle.UnexpectedTokenError
		if errors.As(err, &ue) {
			fmt.Printf("%q: %q type=%d\n", in, ue.Message(), ue.Unexpected.Type)
		} else {
			fmt.Printf("%q: %v\n", in, err)
		}
	}
}
