package codegen

import (
	"testing"

	runtime "github.com/aiogo/aiogo/runtime"
)

func TestVersionsAgree(t *testing.T) {
	if Version != runtime.Version || GenVersion != runtime.GenVersion || GenVersion < runtime.MinGenVersion {
		t.Errorf("codegen %s v%d, runtime %s v%d (min %d)", Version, GenVersion, runtime.Version, runtime.GenVersion, runtime.MinGenVersion)
	}
}

func TestExportName(t *testing.T) {
	for in, want := range map[string]string{
		"fetch_all": "FetchAll", "url": "URL", "urls": "URLs", "http_id": "HTTPID", "x": "X",
		"fetchAll": "FetchAll", "main": "Main", "_private": "", "a__b": "AB", "é": "É", "v2": "V2",
	} {
		if got := exportName(in); got != want {
			t.Errorf("exportName(%q) = %q, want %q", in, got, want)
		}
	}
}
