package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMutants(t *testing.T) {
	dir := os.Getenv("MUTDIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	bad := 0
	for _, f := range files {
		src, _ := os.ReadFile(f)
		_, err := ParseFile("m.py", src)
		wantOK := strings.HasSuffix(f, "_ok.py")
		if (err == nil) != wantOK {
			bad++
			fmt.Printf("=== %s python=%v go=%v\n%s\n", f, wantOK, err, src)
		}
	}
	fmt.Println("mismatches:", bad, "of", len(files))
}
