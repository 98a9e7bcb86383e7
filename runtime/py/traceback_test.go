package py

import (
	"strings"
	"testing"
)

func tbRaiser() { panic(ValueError("x")) }

func tbCatcher() (e Exception) {
	defer func() {
		if r := recover(); r != nil {
			e = Catch(r)
		}
	}()
	tbRaiser()
	return nil
}

func tbRecatcher() (e Exception) {
	defer func() {
		if r := recover(); r != nil {
			e = Catch(r)
		}
	}()
	panic(tbCatcher()) // re-raise what tbCatcher caught
}

func TestTraceback(t *testing.T) {
	RegisterFuncs(map[string]string{"tbRaiser": "raiser", "tbCatcher": "catcher", "tbRecatcher": "recatcher"})
	e := tbCatcher()
	tb := e.Exc().Frames()
	if len(tb) != 2 || tb[0].Func != "raiser" || tb[1].Func != "catcher" || !strings.HasSuffix(tb[0].File, "traceback_test.go") {
		t.Fatalf("traceback = %+v", tb)
	}
	e = tbRecatcher()
	var names []string
	for _, f := range e.Exc().Frames() {
		names = append(names, f.Func)
	}
	// tbCatcher re-raising is not a new entry; the frame that catches it
	// again is appended.
	if got := strings.Join(names, " "); got != "raiser catcher recatcher" {
		t.Fatalf("re-raised traceback = %s", got)
	}
}

func TestChain(t *testing.T) {
	a, b := ValueError("a"), KeyError("b")
	Chain(b, a)
	if b.Context != Exception(a) {
		t.Fatal("context not set")
	}
	Chain(b, ValueError("other"))
	if b.Context != Exception(a) {
		t.Fatal("an existing context must be kept")
	}
	Chain(a, a)
	if a.Context != nil {
		t.Fatal("an exception is not its own context")
	}
	// a raised while handling b (whose context is a): the cycle is cut.
	c := RuntimeError("c")
	Chain(c, b)
	Chain(a, c)
	if a.Context != Exception(c) || b.Context != nil {
		t.Fatalf("cycle not broken: a.ctx=%v b.ctx=%v", a.Context, b.Context)
	}
	e := RaiseFrom(TypeError("t"), a)
	if e.Exc().Cause != Exception(a) || !e.Exc().SuppressContext {
		t.Fatal("raise from")
	}
}
