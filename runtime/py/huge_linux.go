package py

import (
	"os"
	"syscall"
)

// adviseOn is false when AIOGO_SLABS=off turns the runtime's huge-page
// advice off.
var adviseOn = os.Getenv("AIOGO_SLABS") != "off"

// adviseHuge asks the kernel to back the huge pages that [p, p+n) (a fresh
// array, not touched yet) overlaps with transparent huge pages, as the
// runtime's task slabs do (runtime/slab_linux.go).
func adviseHuge(p, n uintptr) {
	const hugePage, madvHugepage = 2 << 20, 14
	beg := p &^ (hugePage - 1)
	end := (p + n + hugePage - 1) &^ (hugePage - 1)
	if beg < end && adviseOn {
		syscall.Syscall(syscall.SYS_MADVISE, beg, end-beg, madvHugepage)
	}
}
