// Command aiogo-bench compares aiogo with its peers on the benchmark
// workloads of ../shared/bench.
//
// Usage (from the repository root):
//
//	go run ./cmd/aiogo-bench [-runs N] [-only REGEX] [-impls REGEX] [-o FILE.md] [-shared DIR] [-timeout D] [-warmmem=false]
//
// For each workload DIR/bench/W.py it builds W with aiogo (the ./cmd/aiogo
// of the current directory, built once), builds the Go peers in
// DIR/bench/peers/go (a separate module) with go build, and runs, N times
// each and in turn:
//
//	aiogo        the compiled executable
//	CPython      python3 W.py (the interpreter python3 resolves to, called by its path)
//	uvloop       PY DIR/bench/peers/uvloop_run.py W.py, PY the first of python3 and /usr/bin/python3 that imports uvloop
//	Node         node DIR/bench/peers/node/W.mjs, if node is on PATH
//	Go           the goroutine peer; "Go, 1 P" is the same binary with GOMAXPROCS=1
//
// A peer that is not available is reported as missing; nothing is ever
// installed. Every run's output must match CPython's (or aiogo's when
// CPython is missing); a mismatch is reported in the table. A workload aiogo
// cannot compile yet is reported as "does not compile: <first error line>".
//
// It prints markdown (and writes it to FILE.md with -o, for the README): a
// line with the date and the machine, then tables of median wall time, of
// median CPU time (user + system, the child's getrusage: the fair figure
// on a shared machine) and of peak resident memory (maxrss), each cell with
// the peer's ratio to aiogo (above 1: aiogo is better). -impls keeps the
// implementations whose name matches (aiogo always runs). Progress goes to
// stderr.
//
// On Linux, before each run the bench touches and frees as much memory as
// the workload's largest peak RSS so far, so that every run finds the same
// warm free memory whatever ran before it (see warmMinMiB; -warmmem=false
// turns it off). Elsewhere peak RSS is what getrusage says (0 on Windows).
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// impl is one implementation of the workloads (a table column).
type impl struct {
	name    string
	missing string                  // why it cannot run ("" if it can)
	cmd     func(w string) []string // argv for workload w; nil: not built
	env     []string                // extra environment
	broken  map[string]string       // workload -> why it cannot run it
	version string                  // for the versions line
}

// The bounds of the memory touched before each run (-warmmem), MiB.
//
// On a virtual machine whose guest reports free memory to the host (free
// page reporting: memory left free for about 2 s is handed back), the first
// touch of such memory costs the host a fault and a zeroing: on the
// machine of the README, 200-1000 ms for 300 MiB, against 20-40 ms for
// memory another process freed a moment before. A run that follows a long
// one (a peer whose collector released gigabytes while it ran) finds mostly
// handed-back memory, a run that follows a short one finds warm memory:
// the cost depends on what ran before, not on the program measured. So
// every run of a workload starts with the same state: the bench touches
// and frees as much memory as the largest peak RSS that workload has shown
// so far (any implementation), and the kernel hands those pages to the
// next process. The guest's own zeroing of every fresh page is still in
// each run's system time.
const (
	warmMinMiB = 256
	warmMaxMiB = 4096
)

// result is what the runs of one implementation on one workload gave.
type result struct {
	walls  []float64 // seconds
	cpus   []float64 // seconds of user + system time
	rss    []int64   // KiB
	output string
	err    string // failure of a run ("" if all succeeded)
}

func main() {
	runs := flag.Int("runs", 5, "runs per implementation and workload (the median is reported)")
	only := flag.String("only", "", "run only the workloads whose name matches this regular expression")
	shared := flag.String("shared", "../shared", "the shared directory (holds bench/ and bench/peers/)")
	timeout := flag.Duration("timeout", 10*time.Minute, "time limit of one run")
	implsRE := flag.String("impls", "", "run only the implementations whose name matches this regular expression (aiogo always runs)")
	outFile := flag.String("o", "", "also write the markdown report to this file")
	warm := flag.Bool("warmmem", true, "before each run, touch and free as much memory as the workload's largest peak RSS so far (at least 256 MiB), so no run pays for the host re-supplying memory a previous run released (see the README)")
	flag.Parse()
	if *runs < 1 {
		fatalf("-runs must be at least 1")
	}
	var onlyRE *regexp.Regexp
	if *only != "" {
		var err error
		if onlyRE, err = regexp.Compile(*only); err != nil {
			fatalf("-only: %v", err)
		}
	}
	benchDir, err := filepath.Abs(filepath.Join(*shared, "bench"))
	if err != nil {
		fatalf("%v", err)
	}
	files, _ := filepath.Glob(filepath.Join(benchDir, "*.py"))
	var workloads []string
	for _, f := range files {
		w := strings.TrimSuffix(filepath.Base(f), ".py")
		if onlyRE == nil || onlyRE.MatchString(w) {
			workloads = append(workloads, w)
		}
	}
	if len(workloads) == 0 {
		fatalf("no workloads in %s", benchDir)
	}
	tmp, err := os.MkdirTemp("", "aiogo-bench")
	if err != nil {
		fatalf("%v", err)
	}
	defer os.RemoveAll(tmp)

	impls := []*impl{
		buildAiogo(tmp, benchDir, workloads),
		cpython(benchDir),
		uvloop(benchDir),
		node(benchDir),
	}
	goPeer, goPeer1 := goPeers(tmp, benchDir, workloads)
	impls = append(impls, goPeer, goPeer1)
	if *implsRE != "" {
		re, err := regexp.Compile(*implsRE)
		if err != nil {
			fatalf("-impls: %v", err)
		}
		impls = slices.DeleteFunc(impls, func(im *impl) bool { return im.name != "aiogo" && !re.MatchString(im.name) })
	}

	loadStart := loadAvg()
	results := map[string]map[string]*result{} // impl -> workload -> result
	for _, im := range impls {
		results[im.name] = map[string]*result{}
	}
	warmed := *warm && warmSupported
	for _, w := range workloads {
		peak := int64(warmMinMiB) // MiB: the largest peak RSS of w so far
		for r := 0; r < *runs; r++ {
			for _, im := range impls {
				if im.missing != "" || im.broken[w] != "" {
					continue
				}
				res := results[im.name][w]
				if res == nil {
					res = &result{}
					results[im.name][w] = res
				}
				if res.err != "" {
					continue
				}
				progress("%s: %s run %d/%d", w, im.name, r+1, *runs)
				if warmed && !warmMemory(min(peak, warmMaxMiB)) {
					warmed = false // cannot map it: every later run is cold
				}
				wall, cpu, rss, out, err := runOnce(im.cmd(w), im.env, *timeout)
				if err != nil {
					res.err = err.Error()
					continue
				}
				res.walls = append(res.walls, wall)
				res.cpus = append(res.cpus, cpu)
				res.rss = append(res.rss, rss)
				peak = max(peak, (rss+1023)/1024*11/10)
				if r == 0 {
					res.output = out
				} else if out != res.output {
					res.err = "output differs between runs"
				}
			}
		}
	}
	progress("")
	var md bytes.Buffer
	report(&md, impls, workloads, results, *runs, loadStart+" at the start, "+loadAvg()+" at the end", warmed)
	os.Stdout.Write(md.Bytes())
	if *outFile != "" {
		if err := os.WriteFile(*outFile, md.Bytes(), 0o644); err != nil {
			fatalf("%v", err)
		}
	}
}

// loadAvg is the 1-minute load average (the machine may be shared).
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Fields(string(b))[0]
}

// runOnce runs argv and returns its wall time, CPU time (user + system),
// peak RSS (KiB) and stdout.
func runOnce(argv, env []string, timeout time.Duration) (float64, float64, int64, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start).Seconds()
	if ctx.Err() != nil {
		return 0, 0, 0, "", fmt.Errorf("timed out after %v", timeout)
	}
	if err != nil {
		return 0, 0, 0, "", fmt.Errorf("%v: %s", err, firstLine(errb.String()))
	}
	rss := peakRSS(cmd.ProcessState)
	cpu := (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	return wall, cpu, rss, strings.TrimSpace(out.String()), nil
}

func buildAiogo(tmp, benchDir string, workloads []string) *impl {
	im := &impl{name: "aiogo", broken: map[string]string{}}
	bin := filepath.Join(tmp, "aiogo")
	progress("building ./cmd/aiogo")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/aiogo").CombinedOutput(); err != nil {
		fatalf("cannot build ./cmd/aiogo (run aiogo-bench from the aiogo repository root): %v\n%s", err, out)
	}
	for _, w := range workloads {
		progress("aiogo build %s.py", w)
		exe := filepath.Join(tmp, "aiogo-"+w)
		out, err := exec.Command(bin, "build", "-o", exe, filepath.Join(benchDir, w+".py")).CombinedOutput()
		if err != nil {
			msg := firstLine(string(out))
			if msg == "" {
				msg = err.Error()
			}
			im.broken[w] = "does not compile: " + msg
		}
	}
	im.cmd = func(w string) []string { return []string{filepath.Join(tmp, "aiogo-"+w)} }
	im.version = goVersion()
	return im
}

// python returns the path of the interpreter python3 resolves to (so a
// pyenv shim's start-up is not measured), or "".
func python() (string, string) {
	if _, err := exec.LookPath("python3"); err != nil {
		return "", ""
	}
	out, err := exec.Command("python3", "-c", "import sys, platform; print(sys.executable); print(platform.python_version())").Output()
	if err != nil {
		return "", ""
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		return "", ""
	}
	return lines[0], lines[1]
}

func cpython(benchDir string) *impl {
	im := &impl{name: "CPython"}
	py, ver := python()
	if py == "" {
		im.missing = "python3 not found"
		return im
	}
	im.name = "CPython " + ver
	im.version = "CPython " + ver + " (" + py + ")"
	im.cmd = func(w string) []string { return []string{py, filepath.Join(benchDir, w+".py")} }
	return im
}

// uvloop runs the workloads under uvloop with the first interpreter that
// imports it: python3 from PATH, else Debian's /usr/bin/python3 (where
// apt's python3-uvloop installs it).
func uvloop(benchDir string) *impl {
	im := &impl{name: "uvloop"}
	py, _ := python()
	var cands []string
	if py != "" {
		cands = append(cands, py)
	}
	if py != "/usr/bin/python3" {
		if _, err := os.Stat("/usr/bin/python3"); err == nil {
			cands = append(cands, "/usr/bin/python3")
		}
	}
	for _, py := range cands {
		out, err := exec.Command(py, "-c", "import uvloop, platform; print(uvloop.__version__, platform.python_version())").Output()
		if err != nil {
			continue
		}
		f := strings.Fields(string(out))
		if len(f) != 2 {
			continue
		}
		im.version = "uvloop " + f[0] + " (CPython " + f[1] + ", " + py + ")"
		im.cmd = func(w string) []string {
			return []string{py, filepath.Join(benchDir, "peers", "uvloop_run.py"), filepath.Join(benchDir, w+".py")}
		}
		return im
	}
	im.missing = "no python3 imports uvloop (apt-get install python3-uvloop installs it for /usr/bin/python3)"
	return im
}

func node(benchDir string) *impl {
	im := &impl{name: "Node", broken: map[string]string{}}
	bin, err := exec.LookPath("node")
	if err != nil {
		im.missing = "node not found"
		return im
	}
	if out, err := exec.Command(bin, "--version").Output(); err == nil {
		im.version = "Node " + strings.TrimSpace(string(out))
	}
	im.cmd = func(w string) []string { return []string{bin, filepath.Join(benchDir, "peers", "node", w+".mjs")} }
	return im
}

func goPeers(tmp, benchDir string, workloads []string) (*impl, *impl) {
	g := &impl{name: "Go", broken: map[string]string{}}
	g1 := &impl{name: "Go, 1 P", broken: g.broken, env: []string{"GOMAXPROCS=1"}}
	dir := filepath.Join(benchDir, "peers", "go")
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		g.missing = "no " + filepath.Join(dir, "go.mod")
		g1.missing = g.missing
		return g, g1
	}
	for _, w := range workloads {
		progress("go build peers/go/%s", w)
		cmd := exec.Command("go", "build", "-o", filepath.Join(tmp, "go-"+w), "./"+w)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			g.broken[w] = "does not build: " + firstLine(string(out))
		}
	}
	g.cmd = func(w string) []string { return []string{filepath.Join(tmp, "go-"+w)} }
	g1.cmd = g.cmd
	return g, g1
}

func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return runtime.Version()
	}
	return strings.TrimSpace(string(out))
}

// report prints the tables.
func report(w io.Writer, impls []*impl, workloads []string, results map[string]map[string]*result, runs int, load string, warmed bool) {
	fmt.Fprintf(w, "Date: %s. Machine: %s; load average %s.\n", time.Now().UTC().Format("2006-01-02 15:04 MST"), machine(), load)
	var vs []string
	for _, im := range impls {
		if im.version != "" && !slices.Contains(vs, im.version) {
			vs = append(vs, im.version)
		}
	}
	fmt.Fprintf(w, "Versions: %s. Median of %d runs each, interleaved; start-up included.", strings.Join(vs, ", "), runs)
	if warmed {
		fmt.Fprintf(w, " Before each run, memory as large as the workload's largest peak RSS so far (%d MiB to %d MiB) was touched and freed (-warmmem).", warmMinMiB, warmMaxMiB)
	} else {
		fmt.Fprint(w, " No memory was touched before the runs (-warmmem=false).")
	}
	fmt.Fprintln(w)
	for _, im := range impls {
		if im.missing != "" {
			fmt.Fprintf(w, "%s: missing (%s).\n", im.name, im.missing)
		}
	}
	ref := func(wl string) *result {
		for _, im := range impls[1:] { // CPython is the oracle
			if strings.HasPrefix(im.name, "CPython") {
				if r := results[im.name][wl]; r != nil && r.err == "" {
					return r
				}
			}
		}
		return results["aiogo"][wl]
	}
	table := func(title string, cell func(r *result) float64, format func(float64) string) {
		fmt.Fprintf(w, "\n%s\n\n| workload |", title)
		for _, im := range impls {
			fmt.Fprintf(w, " %s |", im.name)
		}
		fmt.Fprint(w, "\n| --- |")
		for range impls {
			fmt.Fprint(w, " --- |")
		}
		fmt.Fprintln(w)
		for _, wl := range workloads {
			fmt.Fprintf(w, "| %s |", wl)
			base := results["aiogo"][wl]
			rr := ref(wl)
			for _, im := range impls {
				r := results[im.name][wl]
				switch {
				case im.missing != "":
					fmt.Fprint(w, " missing |")
				case im.broken[wl] != "":
					fmt.Fprintf(w, " %s |", escape(im.broken[wl]))
				case r == nil:
					fmt.Fprint(w, " – |")
				case r.err != "":
					fmt.Fprintf(w, " failed: %s |", escape(r.err))
				case rr != nil && rr.err == "" && r.output != rr.output:
					fmt.Fprintf(w, " wrong output: %s |", escape(firstLine(r.output)))
				default:
					v := cell(r)
					s := format(v)
					if im.name != "aiogo" && base != nil && base.err == "" && len(base.walls) > 0 {
						if b := cell(base); b > 0 {
							s += fmt.Sprintf(" (%s)", ratio(v/b))
						}
					}
					fmt.Fprintf(w, " %s |", s)
				}
			}
			fmt.Fprintln(w)
		}
	}
	table("Median wall time, seconds (ratio peer/aiogo: above 1× aiogo is faster)",
		func(r *result) float64 { return median(r.walls) },
		func(v float64) string { return num(v) + " s" })
	table("Median CPU time (user + system), seconds (ratio peer/aiogo: above 1× aiogo uses less)",
		func(r *result) float64 { return median(r.cpus) },
		func(v float64) string { return num(v) + " s" })
	table("Peak RSS, MiB (ratio peer/aiogo: above 1× aiogo uses less)",
		func(r *result) float64 { return float64(medianInt(r.rss)) / 1024 },
		func(v float64) string { return num(v) })
	fmt.Fprintln(w, "\nChecksums: every cell above printed the same output as CPython unless marked.")
	for _, wl := range workloads {
		if r := ref(wl); r != nil && r.err == "" {
			fmt.Fprintf(w, "- %s: %s\n", wl, firstLine(r.output))
		}
	}
}

// num formats a measurement with three significant digits, without
// exponents.
func num(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	case v >= 1:
		return fmt.Sprintf("%.2f", v)
	}
	return strconv.FormatFloat(v, 'g', 3, 64)
}

func ratio(x float64) string {
	switch {
	case x >= 100:
		return fmt.Sprintf("%.0f×", x)
	case x >= 10:
		return fmt.Sprintf("%.1f×", x)
	}
	return fmt.Sprintf("%.2f×", x)
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func medianInt(xs []int64) int64 {
	fs := make([]float64, len(xs))
	for i, x := range xs {
		fs[i] = float64(x)
	}
	return int64(median(fs))
}

// machine describes the CPU, the CPU count and the OS.
func machine() string {
	cpu := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	if cpu == "" {
		cpu = runtime.GOARCH
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kb); err == nil {
			mem = fmt.Sprintf(", %.0f GiB RAM", float64(kb)/(1<<20))
		}
	}
	return fmt.Sprintf("%s, %d CPUs%s, %s/%s", cpu, runtime.NumCPU(), mem, runtime.GOOS, runtime.GOARCH)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

func escape(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

var lastProgress int

func progress(format string, a ...any) {
	msg := fmt.Sprintf(format, a...)
	pad := ""
	if n := lastProgress - len(msg); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	lastProgress = len(msg)
	fmt.Fprintf(os.Stderr, "\r%s%s", msg, pad)
	if msg == "" {
		fmt.Fprint(os.Stderr, "\r")
	}
}

func fatalf(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "aiogo-bench: "+format+"\n", a...)
	os.Exit(1)
}
