// Package httpfetch is the example of a Go library written in Python:
// fetch.py drives concurrent HTTP requests with asyncio (a semaphore bounds
// them, asyncio.wait_for times each out) while the requests themselves are
// Go's net/http (web.Get, declared in fetch.py with `# aiogo:go`).
// fetch_aiogo.go is what `go generate` makes of fetch.py: FetchAll and
// friends are its exported API. See fetch_test.go for a Go caller.
package httpfetch

//go:generate go run ../../cmd/aiogo gen -o fetch_aiogo.go fetch.py
