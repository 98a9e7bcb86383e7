package parser

import (
	"bytes"
	"os"
	"testing"

	"github.com/alecthomas/participle/v2"
)

func TestTraceCount(t *testing.T) {
	src, _ := os.ReadFile("/work/shared/conformance/007_basics_control_flow.py")
	fp, _ := parsers()
	var buf bytes.Buffer
	_, err := fp.ParseBytes("x.py", src, participle.Trace(&buf))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/trace.txt", buf.Bytes(), 0o644)
}
