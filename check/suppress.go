package check

import "github.com/aiogo/aiogo/ast"

// SuppressType is what contextlib.suppress(...) returns: a context
// manager swallowing the exceptions of the given classes.
var SuppressType = &Opaque{"suppress", "Suppress"}

func init() {
	RuntimeCMs["Suppress"] = &RuntimeCM{EnterResult: None, ExitTakesExc: true, ExitResult: Bool}
}

// suppressCall types contextlib.suppress(E1, E2, ...): exception classes.
func (c *checker) suppressCall(x *ast.Call) Type {
	c.noKeywords(x)
	for _, a := range x.Args {
		t := c.expr(a)
		if cr, ok := t.(*ClassRef); t != nil && (!ok || !cr.Class.IsExc) {
			c.errorf(a.Position(), "suppress() needs exception classes, not %s", t)
			return nil
		}
	}
	return SuppressType
}
