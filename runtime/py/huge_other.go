//go:build !linux

package py

// adviseHuge does nothing where transparent huge pages are not known.
func adviseHuge(p, n uintptr) {}
