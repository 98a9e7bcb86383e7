package difftest

import (
	"strings"
)

// Predicate tells, for each candidate program, whether it still shows the
// finding. It sees many candidates at once so that one go build serves
// them all.
type Predicate func(cands []string) []bool

// Reduce shrinks a program by delta debugging over statements: it tries
// replacing a statement (a line and the block under it, or one clause of a
// compound statement) with pass, and deleting pass lines, keeping every
// change that preserves the finding, until nothing more can go. Candidates
// are tested chunk at a time, largest statements first.
func Reduce(prog string, keep Predicate, chunk int) string {
	if chunk <= 0 {
		chunk = 12
	}
	lines := strings.Split(strings.TrimRight(prog, "\n"), "\n")
	for rounds := 0; rounds < 200; rounds++ {
		cands := candidates(lines)
		progress := false
		for i := 0; i < len(cands); i += chunk {
			part := cands[i:min(i+chunk, len(cands))]
			srcs := make([]string, len(part))
			for j, c := range part {
				srcs[j] = strings.Join(c, "\n") + "\n"
			}
			ok := keep(srcs)
			for j := range part {
				if ok[j] {
					lines = part[j]
					progress = true
					break
				}
			}
			if progress {
				break
			}
		}
		if !progress {
			break
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

func isClause(l string) bool {
	t := strings.TrimSpace(l)
	for _, k := range []string{"elif ", "else:", "except", "finally:"} {
		if strings.HasPrefix(t, k) {
			return true
		}
	}
	return false
}

func isDef(t string) bool {
	return strings.HasPrefix(t, "def ") || strings.HasPrefix(t, "async def ") || strings.HasPrefix(t, "class ")
}

// candidates are the one-step reductions of lines, largest first.
func candidates(lines []string) [][]string {
	type span struct{ lo, hi, ind int }
	var spans []span
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "import ") || strings.HasPrefix(t, "from ") {
			continue
		}
		d := indentOf(l)
		j := i + 1
		for j < len(lines) && (strings.TrimSpace(lines[j]) == "" || indentOf(lines[j]) > d) {
			j++
		}
		if t == "pass" {
			spans = append(spans, span{i, j, -1}) // delete
			continue
		}
		if isClause(l) {
			spans = append(spans, span{i, j, -1}) // drop the clause
		}
		// The whole statement with its clauses.
		k := j
		if !isClause(l) {
			for k < len(lines) && indentOf(lines[k]) == d && isClause(lines[k]) {
				k++
				for k < len(lines) && (strings.TrimSpace(lines[k]) == "" || indentOf(lines[k]) > d) {
					k++
				}
			}
			spans = append(spans, span{i, k, d})
		}
		// Unwrap a compound statement: keep its first block only.
		if strings.HasSuffix(t, ":") && j > i+1 && !isClause(l) && !isDef(t) {
			spans = append(spans, span{i, -k - 1, d})
		}
	}
	var out [][]string
	for _, s := range spans {
		var c []string
		c = append(c, lines[:s.lo]...)
		switch {
		case s.hi < 0: // unwrap: dedent the first block, drop the clauses
			k := -s.hi - 1
			j := s.lo + 1
			for j < k && (strings.TrimSpace(lines[j]) == "" || indentOf(lines[j]) > s.ind) {
				j++
			}
			inner := -1
			for _, l := range lines[s.lo+1 : j] {
				if strings.TrimSpace(l) != "" {
					inner = indentOf(l)
					break
				}
			}
			for _, l := range lines[s.lo+1 : j] {
				if len(l) >= inner-s.ind && inner > s.ind {
					l = l[inner-s.ind:]
				}
				c = append(c, l)
			}
			c = append(c, lines[k:]...)
		case s.ind < 0:
			c = append(c, lines[s.hi:]...)
		default:
			c = append(c, strings.Repeat(" ", s.ind)+"pass")
			c = append(c, lines[s.hi:]...)
		}
		out = append(out, c)
	}
	// Largest first.
	size := func(c []string) int { return len(lines) - len(c) }
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && size(out[j]) > size(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// reduce shrinks a finding's program with the predicate that fits its kind.
func (cfg *Config) reduce(f *Finding) {
	var keep Predicate
	switch f.Kind {
	case "mismatch", "hang":
		keep = func(cands []string) []bool {
			ok := make([]bool, len(cands))
			got, err := Aiogo(cands, cfg.Timeout)
			if err != nil {
				return ok
			}
			for i, c := range cands {
				if got[i].CompileErr != nil || got[i].BuildErr != nil {
					continue
				}
				want, err := Python(cfg.Python, c, cfg.Timeout)
				if err != nil || pythonBroken(want) || nondeterministic(want.Stdout) {
					continue
				}
				ok[i] = !want.same(got[i].Run) && got[i].Run.Timeout == (f.Kind == "hang")
			}
			return ok
		}
	case "ice":
		keep = func(cands []string) []bool {
			ok := make([]bool, len(cands))
			for i, c := range cands {
				_, err := compileSafe("r.py", []byte(c))
				ok[i] = err != nil && (Compiled{CompileErr: err}).ICE()
			}
			return ok
		}
	case "gobuild":
		keep = func(cands []string) []bool {
			ok := make([]bool, len(cands))
			got, err := Aiogo(cands, cfg.Timeout)
			if err != nil {
				return ok
			}
			for i := range cands {
				ok[i] = got[i].BuildErr != nil
			}
			return ok
		}
	default:
		return
	}
	cfg.logf("difftest: reducing %s unit %d (%d lines)\n", f.Kind, f.Unit, strings.Count(f.Program, "\n"))
	f.Program = Reduce(f.Program, keep, 12)
	if f.Kind == "mismatch" || f.Kind == "hang" {
		want, _ := Python(cfg.Python, f.Program, cfg.Timeout)
		if got, err := Aiogo([]string{f.Program}, cfg.Timeout); err == nil {
			f.Detail = describe(want, got[0].Run)
		}
	}
}

// nondeterministic reports output that differs from run to run (a
// default object repr shows an address: the reducer deleted a __repr__).
func nondeterministic(stdout string) bool {
	return strings.Contains(stdout, " object at 0x")
}
