package driver

import (
	"fmt"
	"go/ast"
	goparser "go/parser"
	"go/token"
	"go/types"
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
		tcImp, tcImpErr = exportImporter(tcFset, dir, offlineEnv, []string{"./runtime", "./runtime/py", "fmt", "math", "strings"})
	})
	return tcImp, tcImpErr
}
