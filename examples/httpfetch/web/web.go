// Package web holds the Go function the httpfetch example's Python code
// calls to make HTTP requests.
package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
)

// Get returns the body of url. It gives up when ctx is cancelled (the
// awaiting coroutine was cancelled, for instance by asyncio.wait_for), and
// a status other than 200 is an error.
func Get(ctx context.Context, url string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("GET %s: %s", req.URL.Path, resp.Status)
	}
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}
