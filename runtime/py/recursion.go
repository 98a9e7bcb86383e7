package py

import "sync/atomic"

// RecursionLimit is CPython's default sys.getrecursionlimit().
const RecursionLimit = 1000

// depth counts the active frames of functions that can recurse (see
// codegen/recursion.go); RecursionBase approximates the frames CPython
// has below them (the module, or asyncio's machinery under a task).
var (
	depth         atomic.Int32
	RecursionBase atomic.Int32
)

func init() { RecursionBase.Store(1) }

// Enter counts a frame of a recursive function and raises RecursionError
// as CPython does when the limit would be exceeded.
func Enter() {
	if depth.Add(1)+RecursionBase.Load() > RecursionLimit {
		depth.Add(-1)
		panic(NewExc(RecursionErrorClass, "maximum recursion depth exceeded"))
	}
}

// Leave uncounts a frame counted by Enter.
func Leave() { depth.Add(-1) }
