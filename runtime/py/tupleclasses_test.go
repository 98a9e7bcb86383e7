package py

import "testing"

// TestTupleClasses covers exception classes held in tuples (except kinds,
// issubclass(t, kinds), isinstance(e, kinds)) and SystemExit.code.
func TestTupleClasses(t *testing.T) {
	kinds := TupleClasses(MkTuple([]*Class{KeyErrorClass, ValueErrorClass}))
	if len(kinds) != 2 || kinds[0] != KeyErrorClass || kinds[1] != ValueErrorClass {
		t.Fatalf("TupleClasses = %v", kinds)
	}
	if !IsSubclassAny(LookupErrorClass, TupleClasses(Tuple1[*Class]{LookupErrorClass})...) {
		t.Error("LookupError is in (LookupError,)")
	}
	if IsInstanceAny(NewExc(IndexErrorClass), kinds...) {
		t.Error("IndexError is not KeyError or ValueError")
	}
	if IsInstanceAny(NewExc(KeyErrorClass), TupleClasses(MkTuple[*Class](nil))...) {
		t.Error("nothing is an instance of ()")
	}
	tests := []struct {
		args []any
		want string
	}{
		{nil, "None"},
		{[]any{int64(3)}, "3"},
		{[]any{int64(1), "two"}, "(1, 'two')"},
	}
	for _, tt := range tests {
		e := NewExc(SystemExitClass, tt.args...)
		if got := Repr(e.Code()); got != tt.want {
			t.Errorf("SystemExit%v.code = %s, want %s", tt.args, got, tt.want)
		}
	}
}
