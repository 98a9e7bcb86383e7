package httpfetch

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"reflect"
	"testing"
	"time"

	rt "github.com/aiogo/aiogo/runtime"
)

func TestFetchAll(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow":
			select {
			case <-time.After(10 * time.Second):
			case <-r.Context().Done(): // the coroutine's timeout cancelled the request
			}
		case "/missing":
			http.Error(w, "nope", http.StatusNotFound)
		default:
			fmt.Fprint(w, "hello from "+r.URL.Path)
		}
	}))
	defer srv.Close()
	urls := []string{srv.URL + "/a", srv.URL + "/slow", srv.URL + "/missing", srv.URL + "/bb"}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out bytes.Buffer
	pages, err := FetchAll(ctx, urls, 2, 0.2, rt.WithStdout(&out))
	if err != nil {
		t.Fatal(err)
	}
	want := []Page{
		{URL: urls[0], Status: "ok", Size: 13},
		{URL: urls[1], Status: "timeout"},
		{URL: urls[2], Status: "error: GET /missing: 404 Not Found"},
		{URL: urls[3], Status: "ok", Size: 14},
	}
	if !reflect.DeepEqual(pages, want) {
		t.Errorf("FetchAll = %+v\nwant %+v", pages, want)
	}
	wantOut := fmt.Sprintf("%s ok 13\n%s timeout 0\n%s error: GET /missing: 404 Not Found 0\n%s ok 14\n", urls[0], urls[1], urls[2], urls[3])
	if out.String() != wantOut {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), wantOut)
	}
}

// TestGeneratedUpToDate fails when fetch_aiogo.go is stale (run go generate).
func TestGeneratedUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the compiler")
	}
	out, err := exec.Command("go", "run", "../../cmd/aiogo", "gen", "-check", "-pkg", "httpfetch", "-o", "fetch_aiogo.go", "fetch.py").CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}
