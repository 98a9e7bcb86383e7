package py

import (
	"fmt"
	"strings"
)

// CheckSpread checks the number of items got of an iterable spread into
// the want positional parameters params of the callee named name, which
// before positional arguments (self included) precede: CPython's
// TypeError when they differ.
func CheckSpread(got int64, want, before int, name string, params ...string) {
	if got == int64(want) {
		return
	}
	if got > int64(want) {
		total, given := before+want, int64(before)+got
		were := "were"
		if given == 1 {
			were = "was"
		}
		panic(TypeError(fmt.Sprintf("%s() takes %d positional argument%s but %d %s given", name, total, argsPlural(total), given, were)))
	}
	missing := params[got:]
	quoted := make([]string, len(missing))
	for i, p := range missing {
		quoted[i] = "'" + p + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	panic(TypeError(fmt.Sprintf("%s() missing %d required positional argument%s: %s", name, len(missing), argsPlural(len(missing)), list)))
}

func argsPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
