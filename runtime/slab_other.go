//go:build !linux

package runtime

// adviseHuge does nothing outside Linux.
func adviseHuge(p, n uintptr) {}
