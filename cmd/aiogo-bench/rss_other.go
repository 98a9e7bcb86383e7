//go:build !unix

package main

import "os"

// peakRSS is 0 where getrusage's maxrss does not exist (Windows): the
// memory table then shows 0.
func peakRSS(ps *os.ProcessState) int64 { return 0 }
