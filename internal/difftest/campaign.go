package difftest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Config describes a campaign.
type Config struct {
	Seed      int64         // campaign seed: unit i is Generate(UnitSeed(Seed, i), i)
	Start     int           // index of the first unit
	N         int           // number of programs (units)
	PerModule int           // units combined into one module (one python3 run)
	PerBuild  int           // modules per go build
	Python    string        // the oracle, "python3"
	Timeout   time.Duration // per run
	Reduce    int           // findings to reduce (the rest are reported as found)
	OutDir    string        // where reduced regressions go ("" = nowhere)
	Log       io.Writer     // progress (nil = none)
	Avoid     []string      // generator features to leave out (OptLoop...)
}

// Finding is one bug the campaign found.
type Finding struct {
	Kind    string // "mismatch", "ice", "gobuild", "hang", "crash"
	Unit    int
	Seed    int64
	Program string // the reduced program (the original if not reduced)
	Detail  string
	File    string // where it was written
}

// Stats sums up a campaign.
type Stats struct {
	Programs int
	Modules  int
	Rejected int            // units aiogo rejected with a (non-internal) compile error
	Rejects  map[string]int // first line of each rejection message, without position
	// PyTimeouts counts programs CPython did not finish in time (skipped).
	PyTimeouts int
	Findings   []Finding
	Elapsed    time.Duration
}

// UnitSeed is the seed of unit i of a campaign.
func UnitSeed(seed int64, i int) int64 { return seed*1_000_003 + int64(i) }

func (c *Config) logf(format string, args ...any) {
	if c.Log != nil {
		fmt.Fprintf(c.Log, format, args...)
	}
}

// Run runs a campaign.
func Run(cfg Config) (*Stats, error) {
	if cfg.PerModule <= 0 {
		cfg.PerModule = 20
	}
	if cfg.PerBuild <= 0 {
		cfg.PerBuild = 4
	}
	if cfg.Python == "" {
		cfg.Python = "python3"
	}
	cfg.Python = ResolvePython(cfg.Python)
	if cfg.Timeout == 0 {
		cfg.Timeout = 30 * time.Second
	}
	st := &Stats{Rejects: map[string]int{}}
	start := time.Now()
	reduced := 0
	for lo := cfg.Start; lo < cfg.Start+cfg.N; lo += cfg.PerModule * cfg.PerBuild {
		hi := min(lo+cfg.PerModule*cfg.PerBuild, cfg.Start+cfg.N)
		var mods [][]Unit
		for i := lo; i < hi; i += cfg.PerModule {
			var us []Unit
			for j := i; j < min(i+cfg.PerModule, hi); j++ {
				us = append(us, Generate(UnitSeed(cfg.Seed, j), j, cfg.Avoid...))
			}
			mods = append(mods, us)
		}
		found, err := cfg.round(st, mods)
		if err != nil {
			return st, err
		}
		for _, f := range found {
			if reduced < cfg.Reduce {
				reduced++
				cfg.reduce(&f)
			}
			if cfg.OutDir != "" && f.Kind == "mismatch" {
				if file, err := writeRegression(cfg, f); err == nil {
					f.File = file
				}
			}
			cfg.logf("FINDING %s unit %d (seed %d)%s:\n%s\n%s\n", f.Kind, f.Unit, f.Seed, map[bool]string{true: " -> " + f.File, false: ""}[f.File != ""], indent(f.Program), indent(f.Detail))
			st.Findings = append(st.Findings, f)
		}
		st.Programs += hi - lo
		cfg.logf("difftest: %d programs, %d rejected, %d findings, %v\n", st.Programs, st.Rejected, len(st.Findings), time.Since(start).Round(time.Second))
	}
	st.Elapsed = time.Since(start)
	return st, nil
}

func indent(s string) string {
	if len(s) > 4000 {
		s = s[:4000] + "\n..."
	}
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}

// round runs a set of combined modules: drop the units aiogo rejects, run
// the rest under both, and check the units whose output differs alone.
func (cfg *Config) round(st *Stats, mods [][]Unit) ([]Finding, error) {
	var found []Finding
	// Compile each module; on a compile error, find the units responsible.
	var srcs []string
	for mi, us := range mods {
		for {
			src := Combine(us)
			if _, err := compileSafe("m.py", []byte(src)); err == nil {
				srcs = append(srcs, src)
				break
			}
			var keep []Unit
			for _, u := range us {
				_, err := compileSafe("u.py", []byte(u.Standalone()))
				if err == nil {
					keep = append(keep, u)
					continue
				}
				c := Compiled{CompileErr: err}
				if c.ICE() {
					found = append(found, Finding{Kind: "ice", Unit: unitIndex(u), Seed: u.Seed, Program: u.Standalone(), Detail: err.Error()})
				} else {
					st.Rejected++
					st.Rejects[rejectKey(err.Error())]++
				}
			}
			if len(keep) == len(us) {
				// Every unit compiles alone but not together: a finding.
				_, err := compileSafe("m.py", []byte(src))
				found = append(found, Finding{Kind: "ice", Unit: unitIndex(us[0]), Seed: us[0].Seed, Program: src, Detail: "combined module: " + err.Error()})
				keep = nil
			}
			us = keep
			mods[mi] = us
			if len(us) == 0 {
				break
			}
		}
	}
	var live [][]Unit
	for _, us := range mods {
		if len(us) > 0 {
			live = append(live, us)
		}
	}
	mods = live
	st.Modules += len(mods)
	if len(mods) == 0 {
		return found, nil
	}
	got, err := Aiogo(srcs, cfg.Timeout)
	if err != nil {
		return nil, err
	}
	var suspects []Unit
	for mi, us := range mods {
		want, err := Python(cfg.Python, srcs[mi], cfg.Timeout)
		if err != nil {
			return nil, err
		}
		g := got[mi]
		if g.BuildErr != nil || g.CompileErr != nil {
			// Find which units' Go fails.
			suspects = append(suspects, us...)
			continue
		}
		if want.same(g.Run) {
			continue
		}
		ws, gs := splitUnits(want.Stdout), splitUnits(g.Run.Stdout)
		for i, u := range us {
			if i >= len(ws) || i >= len(gs) || ws[i] != gs[i] || (i == len(us)-1 && !want.same(g.Run)) {
				suspects = append(suspects, u)
			}
		}
	}
	if len(suspects) == 0 {
		return found, nil
	}
	// Check each suspect alone.
	var alone []string
	for _, u := range suspects {
		alone = append(alone, u.Standalone())
	}
	res, err := Aiogo(alone, cfg.Timeout)
	if err != nil {
		return nil, err
	}
	for i, u := range suspects {
		f := Finding{Unit: unitIndex(u), Seed: u.Seed, Program: alone[i]}
		r := res[i]
		switch {
		case r.CompileErr != nil:
			f.Kind, f.Detail = "ice", r.CompileErr.Error()
		case r.BuildErr != nil:
			f.Kind, f.Detail = "gobuild", r.BuildErr.Error()
		default:
			want, err := Python(cfg.Python, alone[i], cfg.Timeout)
			if err != nil {
				return nil, err
			}
			if want.same(r.Run) {
				continue // differed only in company: reported by the unit that did
			}
			if want.Timeout {
				// CPython itself did not finish: not a finding (the
				// generator should not write such programs).
				st.PyTimeouts++
				cfg.logf("difftest: unit %d (seed %d): python3 timed out, skipped\n", f.Unit, f.Seed)
				continue
			}
			f.Kind = "mismatch"
			if r.Run.Timeout {
				f.Kind = "hang"
			}
			f.Detail = describe(want, r.Run)
		}
		found = append(found, f)
	}
	return found, nil
}

func describe(want, got Outcome) string {
	stderr := got.Stderr
	if len(stderr) > 1500 {
		stderr = stderr[:1500] + "..."
	}
	return fmt.Sprintf("python3 (exit %d):\n%s\naiogo (exit %d, timeout %v):\n%s\naiogo stderr:\n%s", want.Code, want.Stdout, got.Code, got.Timeout, got.Stdout, stderr)
}

func unitIndex(u Unit) int {
	var i int
	fmt.Sscanf(u.Prefix, "p%d_", &i)
	return i
}

// splitUnits splits a combined module's output at the unit markers.
func splitUnits(out string) []string {
	var parts []string
	cur := -1
	var b strings.Builder
	for _, l := range strings.SplitAfter(out, "\n") {
		if strings.HasPrefix(l, "#### unit ") {
			if cur >= 0 {
				parts = append(parts, b.String())
			}
			b.Reset()
			cur++
			continue
		}
		b.WriteString(l)
	}
	if cur >= 0 {
		parts = append(parts, b.String())
	}
	return parts
}

// rejectKey is a rejection message without its position.
func rejectKey(msg string) string {
	msg, _, _ = strings.Cut(msg, "\n")
	if i := strings.Index(msg, ": "); i >= 0 {
		if j := strings.Index(msg[i+2:], ": "); j >= 0 && strings.Count(msg[:i], ":") >= 0 {
			// file:line:col: message
			parts := strings.SplitN(msg, ": ", 2)
			msg = parts[1]
		}
	}
	return msg
}

// SortedRejects lists rejection messages, most frequent first.
func (s *Stats) SortedRejects() []string {
	var keys []string
	for k := range s.Rejects {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if s.Rejects[keys[i]] != s.Rejects[keys[j]] {
			return s.Rejects[keys[i]] > s.Rejects[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var out []string
	for _, k := range keys {
		out = append(out, fmt.Sprintf("%6d  %s", s.Rejects[k], k))
	}
	return out
}

// writeRegression writes a reduced mismatch to OutDir as a regression
// program with CPython's output.
func writeRegression(cfg Config, f Finding) (string, error) {
	want, err := Python(cfg.Python, f.Program, cfg.Timeout)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(f.Program))
	base := filepath.Join(cfg.OutDir, "difftest_"+hex.EncodeToString(sum[:])[:8])
	src := fmt.Sprintf("# Found by aiogo-difftest (seed %d, unit %d), reduced.\n%s", cfg.Seed, f.Unit, f.Program)
	if err := os.WriteFile(base+".py", []byte(src), 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(base+".out", []byte(want.Stdout), 0o644); err != nil {
		return "", err
	}
	if want.Code != 0 {
		if err := os.WriteFile(base+".exit", []byte(fmt.Sprintf("%d\n", want.Code)), 0o644); err != nil {
			return "", err
		}
	}
	return base + ".py", nil
}
