package py

import "testing"

func TestInterner(t *testing.T) {
	type key struct {
		a int64
		b string
	}
	in := NewInterner[key, *int]()
	one, two := new(int), new(int)
	if got := in.Get(key{1, "x"}, one); got != one {
		t.Fatalf("first Get returned another value")
	}
	if got := in.Get(key{1, "x"}, two); got != one {
		t.Fatalf("equal key: got a new value, want the interned one")
	}
	if got := in.Get(key{2, "x"}, two); got != two {
		t.Fatalf("distinct key: got the interned value of another key")
	}
	if in.Len() != 2 {
		t.Fatalf("Len = %d, want 2", in.Len())
	}
}
