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
	panic(missingPositional(name, quoted))
}

func argsPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// SpreadSig describes a call spreading an iterable of run-time length into
// positional parameters some of which have defaults, or alongside keyword
// arguments (f(*dims(s)), scale(*p, factor=2)): Params are the names of the
// positional parameters from the first one the iterable fills on, Required
// tells those without a default, Named those a keyword argument fills,
// Clash the indexes into Params of the keywords naming one of them, in
// call order. Lo and Hi are the callee's required and total positional
// parameter counts (self included), Before the positional arguments before
// the iterable, KwOnly the keyword-only arguments given.
type SpreadSig struct {
	Name                   string
	Lo, Hi, Before, KwOnly int
	Params                 []string
	Required, Named        []bool
	Clash                  []int
}

// CheckSpreadSig raises CPython's TypeError when got items of the spread
// iterable do not bind to s: a keyword naming a parameter the items fill
// ("got multiple values for argument 'b'"), too many positional arguments,
// or required parameters left unfilled.
func CheckSpreadSig(got int64, s SpreadSig) {
	for _, r := range s.Clash {
		if got > int64(r) {
			panic(TypeError(fmt.Sprintf("%s() got multiple values for argument '%s'", s.Name, s.Params[r])))
		}
	}
	given := int64(s.Before) + got
	if given > int64(s.Hi) {
		sig, plural := fmt.Sprint(s.Hi), s.Hi != 1
		if s.Lo < s.Hi {
			sig, plural = fmt.Sprintf("from %d to %d", s.Lo, s.Hi), true
		}
		kw := ""
		if s.KwOnly > 0 {
			kw = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", argsPlural(int(given)), s.KwOnly, argsPlural(s.KwOnly))
		}
		were := "were"
		if given == 1 && s.KwOnly == 0 {
			were = "was"
		}
		ps := ""
		if plural {
			ps = "s"
		}
		panic(TypeError(fmt.Sprintf("%s() takes %s positional argument%s but %d%s %s given", s.Name, sig, ps, given, kw, were)))
	}
	var missing []string
	for r := int(got); r < len(s.Params); r++ {
		if s.Required[r] && !s.Named[r] {
			missing = append(missing, "'"+s.Params[r]+"'")
		}
	}
	if len(missing) == 0 {
		return
	}
	panic(missingPositional(s.Name, missing))
}

// missingPositional is CPython's TypeError for required positional
// parameters a call left without a value (missing_arguments in
// Python/ceval.c): "f() missing 2 required positional arguments: 'a' and
// 'b'", three or more as "'a', 'b', and 'c'". The names come quoted.
func missingPositional(fn string, quoted []string) *BaseException {
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return TypeError(fmt.Sprintf("%s() missing %d required positional argument%s: %s", fn, len(quoted), argsPlural(len(quoted)), list))
}
