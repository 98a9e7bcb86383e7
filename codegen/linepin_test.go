package codegen

import (
	"strings"
	"testing"
)

func TestPinLineDirectives(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{
			name: "continuation lines of a call with a function literal",
			in: `package p

func f() {
//line a.py:31
	g(func() int {
		return h()
	}())
	goto x
x:
}
`,
			want: `package p

func f() {
//line a.py:31
	g(func() int {
//line a.py:31
		return h()
//line a.py:31
	}())
	goto x
x:
}
`,
		},
		{
			name: "raw string lines are left alone",
			in:   "package p\n\nfunc f() {\n//line a.py:3\n\tg(`one\ntwo`,\n\t\t1)\n}\n",
			want: "package p\n\nfunc f() {\n//line a.py:3\n\tg(`one\ntwo`,\n//line a.py:3\n\t\t1)\n}\n",
		},
		{
			name: "no directives",
			in:   "package p\n\nfunc f() {\n\tg(1,\n\t\t2)\n}\n",
			want: "package p\n\nfunc f() {\n\tg(1,\n\t\t2)\n}\n",
		},
	}
	for _, tt := range tests {
		if got := string(pinLineDirectives([]byte(tt.in))); got != tt.want {
			t.Errorf("%s:\n%s\nwant:\n%s", tt.name, got, tt.want)
		}
		if strings.Count(tt.want, "//line") < strings.Count(tt.in, "//line") {
			t.Errorf("%s: directives lost", tt.name)
		}
	}
}
