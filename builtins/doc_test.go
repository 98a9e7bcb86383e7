package builtins

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated section of docs/language.md")

const docPath = "../docs/language.md"

// TestLanguageDoc fails when the tables in docs/language.md drift from the
// built-in table; with -update (go generate ./builtins) it rewrites them.
func TestLanguageDoc(t *testing.T) {
	src, err := os.ReadFile(docPath)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(src)
	i, j := strings.Index(doc, DocBegin), strings.Index(doc, DocEnd)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the generated-section markers", docPath)
	}
	want := doc[:i] + DocBegin + "\n\n" + Markdown() + "\n" + doc[j:]
	if want == doc {
		return
	}
	if *update {
		if err := os.WriteFile(docPath, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s is stale: run go generate ./builtins", docPath)
}
