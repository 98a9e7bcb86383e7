package py

import "testing"

type testMember struct {
	name  string
	value int64
}

func (m *testMember) EnumName() string { return m.name }
func (m *testMember) EnumValue() any   { return m.value }

func TestEnumLookups(t *testing.T) {
	members := NewList[*testMember](&testMember{"RED", 1}, &testMember{"GREEN", 2})
	tests := []struct {
		name string
		f    func() string
		want [2]string
	}{
		{"by value", func() string { return EnumByValue(members, int64(2), "Color").name }, [2]string{"ok", "GREEN"}},
		{"by float value", func() string { return EnumByValue(members, 1.0, "Color").name }, [2]string{"ok", "RED"}},
		{"missing value", func() string { return EnumByValue(members, int64(7), "Color").name }, [2]string{"ValueError", "7 is not a valid Color"}},
		{"missing str value", func() string { return EnumByValue(members, "x", "Color").name }, [2]string{"ValueError", "'x' is not a valid Color"}},
		{"by name", func() string { return EnumByName(members, "RED").name }, [2]string{"ok", "RED"}},
		{"missing name", func() string { return EnumByName(members, "BLUE").name }, [2]string{"KeyError", "'BLUE'"}},
	}
	for _, tc := range tests {
		if got := result(tc.f); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
