package check

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/builtins"
)

// The module functions of the built-in table (asyncio.X, time.X) are typed
// by moduleCall (call.go and the files it dispatches to: exc.go, sync.go,
// threads.go, streams.go): their overloads (gather, sleep) and results
// that depend on the arguments need code. Registering the hook for every
// module row here keeps the table the list of what resolves.
func init() {
	for _, e := range builtins.All() {
		if (e.Receiver() == "asyncio" || e.Receiver() == "time") && checkHooks[e.Name] == nil {
			checkHooks[e.Name] = func(c *checker, x *ast.Call, e *builtins.Entry, recv, want Type) Type {
				return c.moduleCall(x, e.Name, want)
			}
		}
	}
}
