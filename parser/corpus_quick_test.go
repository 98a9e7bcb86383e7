package parser

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestCorpusQuick(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/conformance/*.py")
	r, _ := filepath.Glob("/work/shared/conformance/reject/*.py")
	b, _ := filepath.Glob("/work/shared/bench/*.py")
	b2, _ := filepath.Glob("/work/shared/bench/*/*.py")
	files = append(append(append(files, r...), b...), b2...)
	start := time.Now()
	for _, f := range files {
		src, _ := os.ReadFile(f)
		if _, err := ParseFile(filepath.Base(f), src); err != nil {
			t.Errorf("%v", err)
		}
	}
	t.Logf("%d files in %v", len(files), time.Since(start))
}
