package main

import (
	"testing"
	"time"
)

// TestWarmMemory: the warmer child touches the memory and exits 0, and a
// process started after it does not inherit its peak RSS (the reason a
// child does the touching).
func TestWarmMemory(t *testing.T) {
	for _, tc := range []struct {
		name string
		mib  int64
	}{
		{"nothing", 0},
		{"8 MiB", 8},
		{"96 MiB", 96},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !warmMemory(tc.mib) {
				t.Fatalf("warmMemory(%d) failed", tc.mib)
			}
			_, _, rss, _, err := runOnce([]string{"true"}, nil, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			if rss >= 64<<10 {
				t.Fatalf("a child started after warming %d MiB reports a peak RSS of %d KiB", tc.mib, rss)
			}
		})
	}
}
