package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// The sys extension module (check/sysmod.go, runtime/py/sysmod.go).

func init() { lowerHooks["sys.exit"] = lowerExit }

// sysStream is the Go value of sys.stdout or sys.stderr.
func sysStream(attr string) (*Statement, bool) {
	switch attr {
	case "stdout":
		return py("Stdout"), true
	case "stderr":
		return py("StderrStream"), true
	}
	return nil, false
}

// textIOMethod emits sys.stdout.write(s) and sys.stderr.flush().
func (g *gen) textIOMethod(x *ast.Call, r *Statement, name string) (*Statement, bool) {
	switch name {
	case "write":
		return r.Dot("Write").Call(g.exprTo(x.Args[0], check.Str)), true
	case "flush":
		return r.Dot("Flush").Call(), true
	}
	return nil, false
}
