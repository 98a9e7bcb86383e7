package py

import "testing"

// TestUnicodeErrorRanges checks the (start, end, reason) CPython's codecs
// report, and the messages and reprs built from them.
func TestUnicodeErrorRanges(t *testing.T) {
	tests := []struct {
		in        string
		end       int
		reason    string
		str, repr string
	}{
		{"\xff", 1, "invalid start byte", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
			`UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')`},
		{"\xe4\xb8", 2, "unexpected end of data", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
			`UnicodeDecodeError('utf-8', b'\xe4\xb8', 0, 2, 'unexpected end of data')`},
		{"\xed\xa0\x80", 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
			`UnicodeDecodeError('utf-8', b'\xed\xa0\x80', 0, 1, 'invalid continuation byte')`},
	}
	for _, tt := range tests {
		end, reason := utf8Error(tt.in, 0)
		if end != tt.end || reason != tt.reason {
			t.Errorf("utf8Error(%q) = %d, %q; want %d, %q", tt.in, end, reason, tt.end, tt.reason)
		}
		e := unicodeDecodeError("utf-8", tt.in, 0, end, reason)
		if e.PyStr() != tt.str || Repr(e) != tt.repr {
			t.Errorf("%q: str %q repr %s", tt.in, e.PyStr(), Repr(e))
		}
	}
	e := unicodeEncodeError("ascii", "ab\u4e2d\u4e2dx", 2, 0x7f, "ordinal not in range(128)")
	if got, want := e.PyStr(), "'ascii' codec can't encode characters in position 2-3: ordinal not in range(128)"; got != want {
		t.Errorf("encode: %q, want %q", got, want)
	}
}
