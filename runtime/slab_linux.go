package runtime

import "syscall"

// hugePage is the size of a transparent huge page (x86-64, arm64 with 4 KiB
// pages).
const hugePage = 2 << 20

// madvHugepage is MADV_HUGEPAGE.
const madvHugepage = 14

// adviseHuge asks the kernel to back the huge pages that [p, p+n) (a fresh
// slab, not touched yet) overlaps with transparent huge pages. The huge
// pages at either end also hold neighbouring heap objects: the advice
// covers them too (it is only advice; for memory already touched, and with
// THP off, nothing changes), so the slab is not faulted in 4 KiB pages at
// its ends.
func adviseHuge(p, n uintptr) {
	beg := p &^ (hugePage - 1)
	end := (p + n + hugePage - 1) &^ (hugePage - 1)
	if beg < end {
		syscall.Syscall(syscall.SYS_MADVISE, beg, end-beg, madvHugepage)
	}
}
