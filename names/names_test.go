package names

import (
	"go/token"
	"math/rand"
	"testing"
)

func TestUser(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"fetch", "fetch"},
		{"fetch_into", "fetch_into"},
		{"module_main", "module_main"},
		{"main", "main_"},
		{"main_", "main__"},
		{"type", "type_"},
		{"len", "len_"},
		{"rt", "rt_"},
		{"_", "__"},
		{"_x", "_x_"},
		{"__init__", "__init___"},
		{"Step", "Step_"},
		{"Counter", "Counter"},
		{"né", "né"},
	} {
		if got := User(c.in); got != c.want {
			t.Errorf("User(%q) = %q, want %q", c.in, got, c.want)
		}
		if !token.IsIdentifier(User(c.in)) {
			t.Errorf("User(%q) = %q is not a Go identifier", c.in, User(c.in))
		}
	}
}

func TestGenerated(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Temp("t", 3), "_t3"},
		{Temp("f", -1), "_f"},
		{Derived("fetch", "co"), "_fetch_co"},
		{Derived("type_", "into"), "_type__into"},
		{Method("bump"), "_bump_m"},
		{Positional("outer_inner", 12, 5), "_outer_inner_12_5"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
		if !IsGenerated(c.got) {
			t.Errorf("%q is not in the generated namespace", c.got)
		}
	}
}

// TestDisjoint checks on random names that User is injective and never
// returns a generated name, and that the generated shapes do not meet.
func TestDisjoint(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	const alpha = "ab_1"
	name := func() string {
		n := 1 + r.Intn(6)
		b := make([]byte, n)
		for i := range b {
			b[i] = alpha[r.Intn(len(alpha))]
		}
		if b[0] == '1' {
			b[0] = 'a'
		}
		return string(b)
	}
	user := map[string]string{}
	gen := map[string]string{}
	for i := 0; i < 20000; i++ {
		n := name()
		u := User(n)
		if prev, ok := user[u]; ok && prev != n {
			t.Fatalf("User(%q) = User(%q) = %q", n, prev, u)
		}
		user[u] = n
		if IsGenerated(u) {
			t.Fatalf("User(%q) = %q is generated", n, u)
		}
		for _, g := range []string{Derived(u, "co"), Derived(u, "m"), Positional(u, i%7+1, i%5+1), Temp("t", i%50)} {
			if _, ok := user[g]; ok {
				t.Fatalf("generated %q is a user name", g)
			}
			gen[g] = n
		}
	}
	for g := range gen {
		if _, ok := user[g]; ok {
			t.Fatalf("generated %q is a user name", g)
		}
	}
}
