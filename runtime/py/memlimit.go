package py

import (
	"sync"
	"unsafe"
)

// Allocation limits. CPython raises MemoryError when malloc refuses a
// request, which (with Linux's default overcommit heuristics) happens when
// one allocation asks for more than the machine's memory; Go instead
// stops the whole program with a fatal "out of memory" error that cannot be
// recovered. Operations whose result size is known before they allocate
// (sequence repetition, bytes(n)) check it here first and raise
// MemoryError for a request no machine like this one could satisfy.

var (
	memOnce  sync.Once
	memBytes int64
)

// memLimit is the largest allocation attempted: the machine's physical
// memory plus swap (1 TiB when it cannot be read).
func memLimit() int64 {
	memOnce.Do(func() {
		memBytes = totalMemory()
		if memBytes <= 0 {
			memBytes = 1 << 40
		}
	})
	return memBytes
}

// CheckAlloc raises MemoryError when n elements of size bytes each (n
// possibly computed with overflow, as len * count) cannot be allocated.
func CheckAlloc(n, size int64) {
	if n < 0 || size > 0 && n > memLimit()/size {
		panic(NewExc(MemoryErrorClass))
	}
}

// checkRepeat checks the allocation of a sequence of length elements of
// type T repeated count times.
func checkRepeat[T any](length int, count int64) {
	var zero T
	size := int64(unsafe.Sizeof(zero))
	if size == 0 {
		size = 1
	}
	l := int64(length)
	if count > 0 && l > 0 && (l*count/count != l || l*count < 0) {
		panic(NewExc(MemoryErrorClass))
	}
	CheckAlloc(l*count, size)
}
