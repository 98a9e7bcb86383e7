package py

import "testing"

// TestPercentFormat checks printf-style formatting against what CPython 3.11
// prints for the same format and operands.
func TestPercentFormat(t *testing.T) {
	row := NewDict[string, any]()
	row.Set("name", "widget")
	row.Set("qty", int64(3))
	row.Set("price", 2.5)
	tests := []struct {
		format string
		args   []any
		want   string
	}{
		{"%d items", []any{int64(3)}, "3 items"},
		{"%-6s|%5.1f|%03d|%x|%%", []any{"ab", 3.14159, int64(7), int64(255)}, "ab    |  3.1|007|ff|%"},
		{"%r", []any{"q"}, "'q'"},
		{"%(name)-8s|%(qty)3d|%(price).2f", []any{row}, "widget  |  3|2.50"},
		{"%(name)s", []any{row}, "widget"},
		{"%s", []any{row}, "{'name': 'widget', 'qty': 3, 'price': 2.5}"},
	}
	for _, tt := range tests {
		if got := PercentFormat(tt.format, tt.args); got != tt.want {
			t.Errorf("PercentFormat(%q) = %q, want %q", tt.format, got, tt.want)
		}
	}
}
