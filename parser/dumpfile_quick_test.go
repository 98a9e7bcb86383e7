package parser

import (
	"fmt"
	"os"
	"testing"
)

func TestDumpFile(t *testing.T) {
	f := os.Getenv("DUMPFILE")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	m, err := ParseFile("x.py", src)
	if err != nil {
		fmt.Println("ERROR", err)
		return
	}
	fmt.Print(Dump(m))
}
