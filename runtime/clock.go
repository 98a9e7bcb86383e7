package runtime

import (
	"math"
	"os"
	"time"
)

// ClockResolution is the loop's clock resolution in seconds (CPython's
// time.get_clock_info('monotonic').resolution on Linux). A timer is due when
// its deadline is earlier than now + ClockResolution (base_events.py:1889).
const ClockResolution = 1e-9

// maxIdleWait caps one idle wait of the real clock, like CPython's
// MAXIMUM_SELECT_TIMEOUT (24 hours).
const maxIdleWait = 24 * time.Hour

// processStart is the origin of the real clock: Loop.Time and Monotonic
// return seconds elapsed since the process started, read from Go's
// monotonic clock.
var processStart = time.Now()

// realNow returns the real monotonic clock in seconds since processStart.
func realNow() float64 { return float64(time.Since(processStart)) / 1e9 }

// ClockEnv is the environment variable read by NewEventLoop (and so by Run):
// AIOGO_CLOCK=virtual selects the virtual clock.
const ClockEnv = "AIOGO_CLOCK"

// virtualFromEnv reports whether AIOGO_CLOCK asks for the virtual clock.
func virtualFromEnv() bool { return os.Getenv(ClockEnv) == "virtual" }

// Time returns the loop's clock in seconds (loop.time()). With the real clock
// it is the monotonic time since the process started; with the virtual clock
// it starts at 0 and only moves when the loop jumps to the next timer
// deadline, so programs see exact, reproducible durations.
func (l *Loop) Time() float64 {
	if l.virtual {
		return math.Float64frombits(l.vnow.Load())
	}
	return realNow()
}

// Monotonic returns what time.monotonic() (and time.perf_counter()) mean in
// generated code: the running loop's clock when a loop is running, otherwise
// the real monotonic clock in seconds since the process started.
func Monotonic() float64 {
	if l := currentLoop(); l != nil {
		return l.Time()
	}
	return realNow()
}

// MonotonicNs is Monotonic in integer nanoseconds (time.monotonic_ns(),
// time.perf_counter_ns()).
func MonotonicNs() int64 { return int64(math.Round(Monotonic() * 1e9)) }

// startUnix is the wall clock (seconds since the Unix epoch) when the
// process started.
var startUnix = float64(processStart.UnixNano()) / 1e9

// WallTime is time.time(): the wall clock at the process's start plus the
// loop's clock (Monotonic), so that durations measured with it are the
// loop's (virtual ones too) while its values are seconds since the epoch.
func WallTime() float64 { return startUnix + Monotonic() }

// WallTimeNs is WallTime in integer nanoseconds (time.time_ns()).
func WallTimeNs() int64 { return processStart.UnixNano() + MonotonicNs() }
