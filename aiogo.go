// Package aiogo carries the runtime source that compiled programs link
// against, so that the aiogo command can build programs from any
// directory without network access.
package aiogo

import "embed"

// RuntimeFS holds the Go source of the runtime packages (runtime and
// runtime/py) and this module's go.mod.
//
//go:embed go.mod runtime/*.go runtime/py/*.go
var RuntimeFS embed.FS
