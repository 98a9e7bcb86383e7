package check

import "github.com/aiogo/aiogo/ast"

// paramList reports what CPython's compiler rejects in a parameter list
// with a SyntaxError: a name used twice, and a parameter without a
// default after one with a default (keyword-only parameters excepted).
// It returns false when it reported an error.
func (c *checker) paramList(ps []*ast.Param) bool {
	ok := true
	seen := map[string]bool{}
	seenDefault, kwOnly := false, false
	for _, p := range ps {
		if p.Kind == "*" || p.Kind == "kwonly-marker" || p.Kind == "**" {
			kwOnly = true
		}
		if p.Name == "" {
			continue
		}
		if seen[p.Name] {
			c.errorf(p.Pos, "duplicate argument '%s' in function definition", p.Name)
			ok = false
		}
		seen[p.Name] = true
		if p.Kind != "" || kwOnly {
			continue
		}
		if p.Default != nil {
			seenDefault = true
		} else if seenDefault {
			c.errorf(p.Pos, "non-default argument follows default argument")
			ok = false
		}
	}
	return ok
}
