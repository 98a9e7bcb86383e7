package driver

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	goparser "go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
)

// TypeCheckGo type-checks generated Go source in-process with go/types
// against the runtime (compiled once per process from the embedded runtime
// source; its export data then serves every call). It is fast enough for a
// fuzz loop, and catches what go build would reject in the generated file.
func TypeCheckGo(goSrc []byte) error {
	imp, err := runtimeImporter()
	if err != nil {
		return err
	}
	tcMu.Lock()
	defer tcMu.Unlock()
	f, err := goparser.ParseFile(tcFset, "gen.go", goSrc, goparser.SkipObjectResolution)
	if err != nil {
		return fmt.Errorf("generated Go does not parse: %v", err)
	}
	var errs []string
	conf := types.Config{Importer: imp, Error: func(err error) {
		if len(errs) < 10 {
			errs = append(errs, err.Error())
		}
	}}
	conf.Check(f.Name.Name, tcFset, []*ast.File{f}, nil)
	if len(errs) > 0 {
		return fmt.Errorf("generated Go does not type-check:\n%s", strings.Join(errs, "\n"))
	}
	return nil
}

var (
	tcMu     sync.Mutex
	tcFset   = token.NewFileSet()
	tcOnce   sync.Once
	tcImp    types.Importer
	tcImpErr error
)

// runtimeImporter returns an importer that reads the export data of the
// runtime packages and their dependencies, as go list -export reports it
// for the extracted runtime module.
func runtimeImporter() (types.Importer, error) {
	tcOnce.Do(func() {
		dir, err := runtimeDir()
		if err != nil {
			tcImpErr = err
			return
		}
		cmd := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}}={{.Export}}", "./runtime", "./runtime/py", "fmt", "math", "strings")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GOSUMDB=off")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			tcImpErr = fmt.Errorf("go list -export of the runtime: %v\n%s", err, stderr.Bytes())
			return
		}
		exports := map[string]string{}
		for _, l := range strings.Split(string(out), "\n") {
			if path, file, ok := strings.Cut(l, "="); ok && file != "" {
				exports[path] = file
			}
		}
		tcImp = importer.ForCompiler(tcFset, "gc", func(path string) (io.ReadCloser, error) {
			file, ok := exports[path]
			if !ok {
				return nil, fmt.Errorf("no export data for %s (not a dependency of the runtime)", path)
			}
			return os.Open(file)
		})
	})
	return tcImp, tcImpErr
}
