package runtime

import (
	"sync"
	"syscall"
)

// Prefaulting. On a virtual machine the first touch of a page costs more
// than what a task does with it (the host backs and zeroes the page): a
// burst of 100,000 tasks spends much of its time in page faults. So while
// the loop fills a large slab with boxes (slab.go), a goroutine asks the
// kernel to fault in the slab's next huge pages, a few megabytes ahead of
// the loop, on the other processor; the pages are there when the loop
// reaches them. The goroutine makes one system call per huge page,
// MADV_POPULATE_WRITE (Linux 5.14), which changes nothing the memory
// holds: it reads and writes nothing the loop uses. Only a window ahead of
// the boxes handed out is faulted in, so the part of a slab a burst does
// not use stays untouched. AIOGO_SLABS=off turns it off with the slabs.

// madvPopulateWrite is MADV_POPULATE_WRITE.
const madvPopulateWrite = 23

// prefaultBoxMax is the largest box whose slabs are prefaulted: task
// boxes and frames, the bulk of a burst, but not the ready queue's 4 KiB
// segments or the task registry's 8 KiB chunks, so that the pages faulted
// in ahead and never used (at most prefaultWindow past the last box of a
// burst) are those of one slab, not three (bench/idle.py: 2 MiB more at
// its peak instead of 10).
const prefaultBoxMax = 1024

// prefaultWindow is how far ahead of the last box handed out the pages of
// a slab are faulted in.
const prefaultWindow = 2 * hugePage

var (
	prefaults    = make(chan uintptr, 16) // huge pages to fault in
	prefaultOnce sync.Once
)

// ahead is a slab's prefaulting state: the huge pages from next to end
// are still to be faulted in; at is the address of the box whose handing
// out asks for more.
type ahead struct {
	at, next, end uintptr
}

// newAhead returns the prefaulting state of a fresh slab [p, p+n): its
// first huge page is left to the loop, and slabs smaller than a huge page
// are not prefaulted.
func newAhead(p, n uintptr) ahead {
	if n < hugePage || !slabsOn {
		return ahead{at: ^uintptr(0)}
	}
	next := (p + hugePage) &^ (hugePage - 1)
	return ahead{at: p, next: next, end: (p + n) &^ (hugePage - 1)}
}

// prefault asks for the huge pages within prefaultWindow of p, the box
// just handed out.
func (a *ahead) prefault(p uintptr) {
	for a.next < a.end && a.next < p+prefaultWindow {
		prefaultOnce.Do(func() { go prefaulter() })
		select {
		case prefaults <- a.next:
		default: // the goroutine is behind: the loop faults the page itself
		}
		a.next += hugePage
	}
	if a.next >= a.end {
		a.at = ^uintptr(0)
	} else {
		a.at = p + hugePage/2
	}
}

// prefaulter faults in the huge pages it is sent.
func prefaulter() {
	for p := range prefaults {
		_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, p, hugePage, madvPopulateWrite)
		if errno == syscall.EINVAL || errno == syscall.ENOSYS {
			return // an older kernel: the sends above fall through to default
		}
	}
}
