package py

import "testing"

// TestOptIsMixed covers `is` between optionals and values of other static
// types: identity of the objects held, None is None.
func TestOptIsMixed(t *testing.T) {
	a, b := NewExc(ValueErrorClass, "a"), NewExc(ValueErrorClass, "b")
	var none Opt[Exception]
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"same object", OptIsAny(Some(a), any(a)), true},
		{"other object", OptIsAny(Some(a), any(b)), false},
		{"none is object", OptIsAny(none, any(a)), false},
		{"none is None", OptIsAny(none, any(None)), true},
		{"held is None", OptIsAny(Some(a), any(None)), false},
		{"opt same", OptIsOpt(Some(a), Some[any](a)), true},
		{"opt other", OptIsOpt(Some(a), Some[any](b)), false},
		{"opt none none", OptIsOpt(none, Opt[any]{}), true},
		{"opt none value", OptIsOpt(none, Some[any](a)), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}
