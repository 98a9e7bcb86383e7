package check

import "github.com/aiogo/aiogo/ast"

// taskNameArg checks the name= argument of create_task (asyncio's, the
// loop's and a TaskGroup's): str | None, as typeshed types it (None, or
// leaving it out, names the task Task-N).
func (c *checker) taskNameArg(e ast.Expr) {
	c.exprMust(e, &Optional{Str}, "argument name")
}
