//go:build !linux

package runtime

// adviseHuge does nothing outside Linux.
func adviseHuge(p, n uintptr) {}

// ahead is a slab's prefaulting state (prefault_linux.go); outside Linux
// nothing is prefaulted.
type ahead struct{ at uintptr }

func newAhead(p, n uintptr) ahead { return ahead{at: ^uintptr(0)} }

func (a *ahead) prefault(p uintptr) { a.at = ^uintptr(0) }

// prefaultBoxMax is the largest box whose slabs are prefaulted.
const prefaultBoxMax = 0
