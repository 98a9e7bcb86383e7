package py

import (
	"sync"
	"unsafe"
)

// Recursive containers. CPython's repr of a list or dict that contains
// itself (directly or through other containers) writes [...] or {...}
// where it meets itself again (Py_ReprEnter); without the guard the repr
// would recurse until the stack overflows.

var (
	reprMu     sync.Mutex
	reprActive = map[unsafe.Pointer]bool{}
)

// reprEnter marks p as being written; false when it already is (the
// caller writes its placeholder instead).
func reprEnter(p unsafe.Pointer) bool {
	reprMu.Lock()
	defer reprMu.Unlock()
	if reprActive[p] {
		return false
	}
	reprActive[p] = true
	return true
}

// reprLeave unmarks p.
func reprLeave(p unsafe.Pointer) {
	reprMu.Lock()
	delete(reprActive, p)
	reprMu.Unlock()
}
